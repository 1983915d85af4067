"""What a new register asks about the office, and what it sets from the answers (core.office_setup).

Legal points: Art. 12(3) GDPR (one month to answer a request; the holidays of the organisation's country,
and region where they differ, are skipped); Art. 33(1), 55 (the breach goes within 72 hours to the
authority of the country of establishment); Art. 24, 30(1)(a) (without a DPO, someone answers for data
protection and is named in the record).
"""

from __future__ import annotations

import pytest

from atlas_desktop.core.authorities import AUTHORITIES
from atlas_desktop.core.errors import SetupProblem
from atlas_desktop.core.office_setup import (
    check_country,
    check_person,
    check_region,
    country_of_zone,
    holiday_regions,
    organisation_values,
    picker_countries,
    proposed_authority,
    proposed_time_zone,
)


@pytest.mark.parametrize(("country", "machine", "zone"), [
    ("RO", None, "Europe/Bucharest"),
    ("ES", "Atlantic/Canary", "Atlantic/Canary"),  # this computer's zone is one of Spain's: kept
    ("ES", "Europe/Bucharest", "Europe/Madrid"),   # not Spain's: the capital's
    ("AU", None, "Australia/Sydney"),              # the tz database lists Lord Howe first; Canberra keeps Sydney's
    ("CA", None, "America/Toronto"),
    ("", None, "UTC"),
])
def test_the_time_zone_is_proposed_from_the_country(country, machine, zone):
    assert proposed_time_zone(country, machine) == zone


def test_the_country_is_guessed_from_this_computers_zone():
    assert country_of_zone("Europe/Bucharest") == "RO" and country_of_zone("Nowhere/City") == ""


def test_regions_are_asked_only_where_their_holidays_differ():
    # Art. 12(3): Bavaria keeps Epiphany and Corpus Christi, Berlin does not; Romania's holidays are national.
    german = dict(holiday_regions("DE"))
    assert "BY" in german and "BE" in german
    assert holiday_regions("RO") == () and holiday_regions("AT") == () and holiday_regions("") == ()
    assert check_region("DE", "by") == "BY" and check_region("DE", "") == ""
    with pytest.raises(SetupProblem, match="same everywhere"):
        check_region("RO", "B")
    with pytest.raises(SetupProblem, match="Use one of: BB"):
        check_region("DE", "XX")


def test_the_picker_lists_the_eea_uk_and_switzerland_first():
    codes = [code for code, _ in picker_countries()]
    assert set(codes[:32]) == {*"AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS "
                               "LI NO".split(), "GB", "CH"}
    assert "US" in codes[32:]


def test_countries_and_names_are_checked_plainly():
    assert check_country("ro") == "RO" and check_country("Romania") == "RO"
    with pytest.raises(SetupProblem, match="two-letter code"):
        check_country("Narnia")
    assert check_person("  Ana   Pop ") == "Ana Pop"
    assert check_person("", "Your role", required=False) == ""
    for bad, says in (("", "cannot be empty"), ("x" * 121, "at most 120"), ("Ana\x07Pop", "control character")):
        with pytest.raises(SetupProblem, match=says):
            check_person(bad)


def test_organisation_values_follow_the_answers():
    values = organisation_values("DE", "BY", proposed_authority("DE"), "Ana Pop")
    assert values["holiday_country"] == "DE" and values["holiday_region"] == "BY"  # Art. 12(3)
    assert values["time_zone"] == "Europe/Berlin"
    assert "federal state" in values["authority_name"]  # Germany: the Land's authority (Art. 55; BDSG § 40)
    assert values["responsible_name"] == "Ana Pop"  # no DPO: the person setting up (Art. 24, 30(1)(a))
    with_dpo = organisation_values("DE", "", None, "Ana Pop", current={"has_dpo": True})
    assert "responsible_name" not in with_dpo and "authority_name" not in with_dpo
    assert organisation_values() == {}


def test_the_authority_contact_is_one_line_with_address_form_and_phone():
    ro = proposed_authority("RO")
    # Art. 33(1), 55: Romania's authority, with what the authority's own pages give.
    assert ro.name.startswith("ANSPDCP")
    assert ro.contact.split(" \u00b7 ") == [AUTHORITIES["RO"].address, AUTHORITIES["RO"].breach_url,
                                            "+40 318 059 211"]
    assert proposed_authority("US").name == ""


def test_postal_addresses_are_the_ones_the_authorities_give():
    # ANSPDCP: dataprotection.ro, "Information notice on the processing of personal data" ("28-30 G-ral.
    # Gheorghe Magheru Boulevard, 1st district, Bucharest"). DPC: dataprotection.ie, "Data Protection
    # Statement" ("21 Fitzwilliam Square South, Dublin 2 (D02RD28)"). The others are left empty until
    # confirmed on the authority's own site, never guessed.
    assert "Magheru 28-30" in AUTHORITIES["RO"].address and "Sector 1, Bucharest" in AUTHORITIES["RO"].address
    assert AUTHORITIES["IE"].address.startswith("21 Fitzwilliam Square South, Dublin 2")
    for authority in AUTHORITIES.values():
        if authority.address:
            assert "address:" in authority.source, authority.country  # each names where it was checked


# Each postal address as the authority's own site gives it (the page is also named in the entry's source):
# AT data-protection-authority.gv.at "Privacy policy" ("Barichgasse 40-42, 1030 Vienna");
# BE dataprotectionauthority.be "Privacy statement" ("Rue de la Presse 35, 1000 Brussels");
# BG cpdp.bg "Privacy notice" ("Sofia 1592, 2 Prof. Tsvetan Lazarov blvd.");
# HR azop.hr "Zahtjev za utvrđivanje povrede prava" ("Selska cesta 136, 10 000 Zagreb");
# CZ uoou.gov.cz "Informace o zpracování osobních údajů" ("Pplk. Sochora 27, 170 00 Praha 7");
# DK datatilsynet.dk "Når du skriver til os" ("Carl Jacobsens Vej 35, 2500 Valby");
# EE aki.ee "Privacy policy" ("Tatari 39, Tallinn, 10134");
# FI tietosuoja.fi "Contact information" ("Postal address: PL 800, 00531 Helsinki, Finland");
# HU naih.hu "Tájékoztatás a személyes ügyfélfogadás rendjéről" (levelezési cím "1363 Budapest, Pf. 9.");
# LV dvi.gov.lv "Viegli lasīt" ("Elijas iela 17, Rīga, LV-1050");
# LT vdai.lrv.lt "Privatumo politika" ("L. Sapiegos g. 17, 10312 Vilnius");
# LU cnpd.public.lu "Data protection" ("15, Boulevard du Jazz L-4370 Belvaux");
# MT idpc.org.mt "Data Protection Notice" ("Floor 2, Airways House, High Street, Sliema, SLM 1549");
# NL autoriteitpersoonsgegevens.nl "Dissatisfied with the AP" ("PO Box 93374, 2509 AJ The Hague");
# SK dataprotection.gov.sk "Website Data Protection Notice" ("Hraničná 12, 820 07 Bratislava");
# SE imy.se "How we process personal data" ("Integritetsskyddsmyndigheten, Box 8114, 104 20 Stockholm");
# IS island.is, Persónuvernd ("Laugavegur 166, 4. hæð, 105 Reykjavík");
# LI datenschutzstelle.li "Datenschutzerklärung" ("Kirchstrasse 8, Postfach 684, FL-9490 Vaduz");
# NO datatilsynet.no "How to complain to the Norwegian Data Protection Authority" ("PO Box 458 Sentrum, 0105 Oslo").
@pytest.mark.parametrize(("country", "street", "postcode_and_city"), [
    ("AT", "Barichgasse 40-42", "1030 Vienna"),
    ("BE", "Rue de la Presse 35", "1000 Brussels"),
    ("BG", "2 Prof. Tsvetan Lazarov Blvd.", "Sofia 1592"),
    ("HR", "Selska cesta 136", "10 000 Zagreb"),
    ("CZ", "Pplk. Sochora 27", "170 00 Praha 7"),
    ("DK", "Carl Jacobsens Vej 35", "2500 Valby"),
    ("EE", "Tatari 39", "Tallinn, 10134"),
    ("FI", "PL 800", "00531 Helsinki"),
    ("HU", "Pf. 9.", "1363 Budapest"),
    ("LV", "Elijas iela 17", "Rīga, LV-1050"),
    ("LT", "L. Sapiegos g. 17", "10312 Vilnius"),
    ("LU", "15, Boulevard du Jazz", "L-4370 Belvaux"),
    ("MT", "Airways House, High Street", "Sliema, SLM 1549"),
    ("NL", "PO Box 93374", "2509 AJ The Hague"),
    ("SK", "Hraničná 12", "820 07 Bratislava"),
    ("SE", "Box 8114", "104 20 Stockholm"),
    ("IS", "Laugavegur 166", "105 Reykjavík"),
    ("LI", "Kirchstrasse 8, Postfach 684", "FL-9490 Vaduz"),
    ("NO", "PO Box 458 Sentrum", "0105 Oslo"),
])
def test_each_confirmed_address_has_its_street_postcode_and_city(country, street, postcode_and_city):
    address = AUTHORITIES[country].address
    assert street in address and postcode_and_city in address, (country, address)
    assert "address:" in AUTHORITIES[country].source  # the page it was confirmed on


def test_a_filled_address_reaches_the_proposed_contact_line():
    # Art. 33(1), 55: Austria's DSB, as its own "Privacy policy" page gives it (address and +43 1 52 152-0).
    at = proposed_authority("AT")
    assert at.contact.split(" \u00b7 ") == ["Barichgasse 40-42, 1030 Vienna, Austria", AUTHORITIES["AT"].breach_url,
                                            "+43 1 52 152-0", "dsb@dsb.gv.at"]
