"""The supervisory authority table: every EU/EEA country, the UK and Switzerland, with nothing guessed."""

from __future__ import annotations

import pytest

from atlas_desktop.core.authorities import AUTHORITIES, authority_for, authority_line
from atlas_desktop.core.countries import EEA


def test_every_eea_country_the_uk_and_switzerland_have_an_entry():
    assert set(AUTHORITIES) == EEA | {"GB", "CH"}
    for code, found in AUTHORITIES.items():
        assert found.country == code and found.name, code
        assert found.source, code  # every entry says where it was checked
        assert found.breach_url == "" or found.breach_url.startswith(("https://", "http://")), code


def test_lookup_is_by_code_in_any_case():
    assert authority_for("ro").display == ("ANSPDCP \u2014 Autoritatea Națională de Supraveghere a Prelucrării "
                                          "Datelor cu Caracter Personal (National Supervisory Authority for "
                                          "Personal Data Processing)")
    assert authority_for("GB").phone == "0303 123 1113"
    assert authority_for(None) is None and authority_for("") is None and authority_for("US") is None


def test_germany_names_the_land_authority_in_words_instead_of_picking_one():
    de = authority_for("DE")
    assert "federal state (Land)" in de.display
    assert "BfDI" in de.note and "telecommunications and postal" in de.note
    assert de.breach_url == "" and de.phone == ""


@pytest.mark.parametrize("org, expected", [
    ({"authority_name": "Our own DPA", "country": "RO"}, "Our own DPA"),
    ({"country": "SE"}, "IMY \u2014 Integritetsskyddsmyndigheten (Swedish Authority for Privacy Protection)"),
    ({"country": "US"}, ""), ({}, ""), (None, ""),
])
def test_the_organisations_own_authority_wins_over_the_country(org, expected):
    assert authority_line(org) == expected
