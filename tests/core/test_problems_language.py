"""Core's problems and errors in the user's language (core.i18n, contexts "problems" and "errors").

What a person is told when a record cannot be saved (core/validation.py, the InvalidRecord summary and the
"row" of a table's problem), when typed text cannot be read (core/codec.py), when a date or a JSON file is
out of bounds (core/limits.py), when a clock or zone is unknown (core/clocks.py), when a passphrase is weak
and when a register's name is wrong: each reads in Romanian, French and German from the real catalogue,
with its values filled in, the field named by its translated label. The breach assessment's scores use
the language's decimal comma. English stays as it always read (tests/core/test_validation.py and others).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from atlas_desktop.core import clocks, codec, i18n, limits
from atlas_desktop.core.breach_assessment import assess
from atlas_desktop.core.context import Context
from atlas_desktop.core.entities import BY_KEY, entity
from atlas_desktop.core.errors import DateOutOfRange, InvalidRecord, LocalTimeUnclear, UsageError, WeakPassphrase
from atlas_desktop.core.passphrase import assess as strength
from atlas_desktop.core.passphrase import require_strong
from atlas_desktop.core.validation import MAX_TEXT, validate

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
ORDER = {"title": "Lost laptop", "occurred_from": dt.datetime(2026, 3, 5, tzinfo=dt.UTC),
         "occurred_to": dt.datetime(2026, 3, 1, tzinfo=dt.UTC)}
# Seen by a few known people, on purpose, identifiable with some effort (EDPB 01/2021 Case 08's shape).
BREACH = dict(impact=["confidentiality"], data_categories=["contact"], identifiability="limited",
              confidentiality_loss="known_recipients", malicious=True, subjects_count=500)


@pytest.fixture
def speak() -> Iterator[None]:
    """Each test picks its language; English again afterwards, whatever happened."""
    try:
        yield
    finally:
        i18n.use_language("en")


def _messages(entity_key: str, record: dict, ctx: Context | None = None) -> dict[str, str]:
    return {p.where(): p.message for p in validate(entity_key, record, ctx or Context(now=NOW))}


REQUIRED = {"ro": "Câmpul „Nume” este obligatoriu.", "fr": "Le champ « Nom » est obligatoire.",
            "de": "„Name“ ist erforderlich."}
TOO_LONG = {"ro": "„Nume” este prea lung (1.001 de caractere; cel mult 1.000).",
            "fr": "« Nom » est trop long (1\u202f001 caractères ; 1\u202f000 au maximum).",
            "de": "„Name“ ist zu lang (1.001 Zeichen; höchstens 1.000)."}
BEFORE = {"ro": "„S-a produs până la” nu poate fi înainte de „s-a produs de la”.",
          "fr": "« Survenue jusqu'au » ne peut pas être antérieur à « survenue à partir du ».",
          "de": "„Ereignet bis“ kann nicht vor „Ereignet von“ liegen."}
ROW = {"ro": "retention rândul 1 data_category", "fr": "retention ligne 1 data_category",
       "de": "retention Zeile 1 data_category"}
NOT_SAVED = {"ro": "Înregistrarea (activitate de prelucrare) nu a fost salvată. ",
             "fr": "La fiche (activité de traitement) n'a pas été enregistrée. ",
             "de": "Der Eintrag (Verarbeitungstätigkeit) wurde nicht gespeichert. "}


@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_validation_problems_name_the_translated_field_in_a_whole_sentence(speak, code):
    i18n.use_language(code)
    assert _messages("activity", {"name": ""})["name"] == REQUIRED[code]
    assert _messages("activity", {"name": "x" * (MAX_TEXT + 1)})["name"] == TOO_LONG[code]  # the language's grouping
    assert _messages("breach", ORDER)["occurred_to"] == BEFORE[code]
    assert ROW[code] in _messages("activity", {"name": "Payroll", "retention": [{"keep_for": 3, "unit": "years"}]})


@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_a_record_not_saved_says_which_kind_and_where_in_the_table(speak, code):
    i18n.use_language(code)
    problems = validate("activity", {"name": "Payroll", "retention": [{"keep_for": 3, "unit": "years"}]},
                        Context(now=NOW))
    text = str(InvalidRecord(BY_KEY["activity"].label.lower(), problems))
    assert text.startswith(NOT_SAVED[code])
    assert ROW[code] + (" : " if code == "fr" else ": ") in text


def test_the_extension_deadline_is_a_date_of_the_language(speak):
    record = {"received_on": dt.date(2026, 1, 5), "extended": True, "extension_reason": "Many records.",
              "extension_notified_on": dt.date(2026, 3, 1)}
    i18n.use_language("de")
    assert _messages("rights_request", record)["extension_notified_on"] == (
        "Die Verlängerung ist nur zulässig, wenn die Person innerhalb des ersten Monats informiert wird, bis zum "
        "05.02.2026 (berücksichtigt: nur Wochenenden — legen Sie Ihr Land fest; Art. 12 Abs. 3).")
    i18n.use_language("en")
    assert _messages("rights_request", record)["extension_notified_on"] == (
        "The extension is allowed only if the person is told within the first month, by 2026-02-05 "
        "(moved past weekends only — set your country; Art. 12(3)).")


@pytest.mark.parametrize("code, expected", [
    ("ro", "'31/12/2026' nu este o dată; scrieți-o ca AAAA-LL-ZZ"),
    ("fr", "'31/12/2026' n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ"),
    ("de", "'31/12/2026' ist kein Datum; schreiben Sie es als JJJJ-MM-TT"),
])
def test_a_typed_date_that_cannot_be_read(speak, code, expected):
    i18n.use_language(code)
    with pytest.raises(ValueError) as caught:
        codec.parse_text(BY_KEY["rights_request"].field("received_on"), "31/12/2026")
    assert str(caught.value) == expected


def test_a_time_the_clocks_showed_twice_is_explained_in_french(speak):
    i18n.use_language("fr")
    with pytest.raises(LocalTimeUnclear) as caught:
        codec.parse_text(BY_KEY["breach"].field("aware_at"), "2026-10-25 03:30", "Europe/Bucharest")
    assert str(caught.value) == (
        "2026-10-25 03:30 a existé deux fois dans le fuseau Europe/Bucharest (les horloges ont reculé de 04:00 "
        "à 03:00) ; écrivez 2026-10-25 03:30+03:00 (heure d'été, la première) ou +02:00 (heure d'hiver, la seconde)")


@pytest.mark.parametrize("code, zone, date, deep", [
    ("ro", "'Mars/Olympus' nu este un fus orar cunoscut; folosiți un nume precum „Europe/Bucharest”",
     "9999-01-01 este în afara datelor acceptate de Atlas (1900–2200)",
     "JSON-ul are prea multe niveluri imbricate (peste 32 de niveluri)"),
    ("fr", "'Mars/Olympus' n'est pas un fuseau horaire connu ; utilisez un nom comme « Europe/Paris »",
     "9999-01-01 est en dehors des dates acceptées par Atlas (1900–2200)",
     "le JSON est imbriqué trop profondément (plus de 32 niveaux)"),
    ("de", "'Mars/Olympus' ist keine bekannte Zeitzone; verwenden Sie einen Namen wie „Europe/Berlin“",
     "9999-01-01 liegt außerhalb der Daten, die Atlas annimmt (1900–2200)",
     "das JSON ist zu tief verschachtelt (mehr als 32 Ebenen)"),
])
def test_clock_and_limit_errors(speak, code, zone, date, deep):
    i18n.use_language(code)
    with pytest.raises(ValueError) as caught:
        clocks.zone("Mars/Olympus")
    assert str(caught.value) == zone
    with pytest.raises(DateOutOfRange) as caught:
        limits.check_date(dt.date(9999, 1, 1))
    assert str(caught.value) == date
    with pytest.raises(ValueError) as caught:
        limits.read_json("[" * 40 + "]" * 40)
    assert str(caught.value) == deep


def test_a_weak_passphrase_and_zxcvbns_advice_in_romanian(speak):
    i18n.use_language("ro")
    assert strength("short").problem == "Fraza de acces are mai puțin de 10 caractere."
    common = strength("password1234")
    assert common.problem == "Fraza de acces este prea ușor de ghicit: Aceasta este o parolă foarte des folosită."
    assert common.suggestions == ["Mai adăugați un cuvânt sau două. Cuvintele neobișnuite sunt mai bune."]
    with pytest.raises(WeakPassphrase) as caught:
        require_strong("")
    assert str(caught.value) == ("Fraza de acces este goală. Sfat: folosiți patru sau mai multe cuvinte fără legătură "
                                 "între ele, de ex. „felinar-orbită-piper-canal”.")


def test_an_unknown_register_in_german(speak):
    i18n.use_language("de")
    with pytest.raises(UsageError, match="^Es gibt kein Verzeichnis namens 'nope'; verwenden Sie eines von: "
                                         "organisation, activity"):
        entity("nope")


@pytest.mark.parametrize("code", ["ro", "fr", "de"])
def test_breach_scores_are_written_with_the_languages_decimal_comma(speak, code):
    i18n.use_language(code)
    effects = {f.key: (f.value if f.key == "severity" else f.effect) for f in assess(BREACH).factors}
    assert effects["identifiability"] == "× 0,5"
    assert effects["confidentiality_loss"] == "+ 0,25"
    assert effects["severity"] == "1 × 0,5 + 0,75 = 1,25"
    unreadable = {f.key: f.effect for f in assess({**BREACH, "unintelligible": True}).factors}
    assert unreadable["unintelligible"].startswith("EI 0,25 (")


def test_english_scores_keep_their_point():
    effects = {f.key: (f.value if f.key == "severity" else f.effect) for f in assess(BREACH).factors}
    assert effects["identifiability"] == "× 0.5"
    assert effects["severity"] == "1 × 0.5 + 0.75 = 1.25"
    unreadable = {f.key: f.effect for f in assess({**BREACH, "unintelligible": True}).factors}
    assert unreadable["unintelligible"] == "EI 0.25 (nobody can tell who)"


def test_a_team_password_is_called_a_password_in_every_language() -> None:
    """The strength rules are the register passphrase's; the verdict names what the person typed."""
    try:
        for code, passphrase, password in (("en", "The passphrase is", "The password is"),
                                           ("ro", "Fraza de acces este", "Parola este"),
                                           ("fr", "La phrase secrète est", "Le mot de passe est"),
                                           ("de", "Die Passphrase ist", "Das Passwort ist")):
            i18n.use_language(code)
            with pytest.raises(WeakPassphrase) as as_passphrase:
                require_strong("Acme SRL 2024 Acme", ["Acme SRL"])
            with pytest.raises(WeakPassphrase) as as_password:
                require_strong("Acme SRL 2024 Acme", ["Acme SRL"], password=True)
            assert as_passphrase.value.message.startswith(passphrase), as_passphrase.value.message
            assert as_password.value.message.startswith(password), as_password.value.message
    finally:
        i18n.use_language("en")
