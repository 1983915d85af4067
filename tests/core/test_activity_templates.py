"""The activity templates: each is a valid activity made of real vocabulary codes, says it is a starting point,
and rests on the lawful basis its sources give (each test cites the article or guideline paragraph)."""

from __future__ import annotations

import pytest

from atlas_desktop.core import retention
from atlas_desktop.core.activity_templates import BY_KEY, TEMPLATES, template
from atlas_desktop.core.entities import ACTIVITY
from atlas_desktop.core.errors import UsageError
from atlas_desktop.core.screening import screen
from atlas_desktop.core.spec import Kind
from atlas_desktop.core.validation import validate

KEYS = [t.key for t in TEMPLATES]


def bases(key: str) -> list[set[str]]:
    return [set(p["bases"]) for p in template(key).record()["purposes"]]


def all_bases(key: str) -> set[str]:
    return set().union(*bases(key))


def test_the_issue_s_activities_each_have_a_template():
    # Cookies apart from the contact form: their bases differ (ePrivacy Art. 5(3) consent vs Art. 6(1)(b)/(f)).
    assert KEYS == ["payroll", "staff_records", "customers", "suppliers", "contact_form", "cookies", "cctv",
                    "recruitment", "newsletter"]


@pytest.mark.parametrize("key", KEYS)
def test_every_template_is_a_valid_activity(key):
    """What the editor would save: the whole record (blank fields included) passes core validation."""
    record = {**ACTIVITY.blank(), **template(key).record()}
    assert validate(ACTIVITY, record) == []


@pytest.mark.parametrize("key", KEYS)
def test_every_value_is_a_real_field_and_a_real_vocabulary_code(key):
    """Stricter than validation, which lets an open list (people, data, recipients) take free text: a template
    uses the list's own codes, so it reads in the register's words and every filter and check finds it."""
    def check(fields, values, where):
        for name, value in values.items():
            f = next(f for f in fields if f.key == name)  # StopIteration: no such field
            assert f.editable, f"{where}{name} is worked out, not set"
            if f.kind is Kind.TABLE:
                for row in value:
                    check(f.fields, {k: v for k, v in row.items() if v is not None}, f"{where}{name}.")
            elif f.vocab is not None:
                codes = value if isinstance(value, list) else [value]
                assert set(codes) <= set(f.vocab.codes), f"{where}{name}: {set(codes) - set(f.vocab.codes)}"

    check(ACTIVITY.fields, template(key).record(), "")


@pytest.mark.parametrize("key", KEYS)
def test_every_template_says_it_is_a_starting_point_and_fills_what_art_30_asks(key):
    record = template(key).record()
    assert record["description"].startswith(f"Started from Atlas's \u201c{template(key).name}\u201d template: a "
                                            "starting point, not legal advice.")
    # Art. 30(1)(b)-(g): purposes, people and data, recipients, retention, security measures.
    for field in ("purposes", "subject_categories", "data_categories", "recipients_external", "retention",
                  "security_measures", "rights_available"):
        assert record[field], field
    assert all(p["bases"] for p in record["purposes"])  # Art. 6(1): every purpose has its basis
    # Every retention period says why (Art. 5(1)(e)); a number only ever comes with its unit.
    for row in record["retention"]:
        assert row["period"]
        assert (row["keep_for"] is None) == (row["unit"] is None)


def test_record_is_a_fresh_copy_each_time():
    first = template("payroll").record()
    first["purposes"][0]["bases"].append("consent")
    assert "consent" not in template("payroll").record()["purposes"][0]["bases"]


# -- each template's lawful basis, with its source -----------------------------------------------
def test_payroll_rests_on_the_contract_and_on_tax_and_social_security_law():
    # Art. 6(1)(b): paying the salary performs the employment contract; Art. 6(1)(c): withholding tax and
    # social-security contributions is a legal obligation.
    assert bases("payroll") == [{"contract"}, {"legal_obligation"}]
    # Sick pay needs health data (Art. 9(1)), allowed by employment and social-security law (Art. 9(2)(b)).
    record = template("payroll").record()
    assert record["special_categories"] == ["health"] and record["art9_conditions"] == ["employment"]


def test_staff_records_rest_on_the_contract_and_labour_law():
    # Art. 6(1)(b) (the employment contract) and Art. 6(1)(c) (records labour law requires); Art. 88 for
    # national employment rules.
    assert all_bases("staff_records") == {"contract", "legal_obligation"}


def test_customers_rest_on_the_contract_and_on_tax_law_which_sets_invoice_retention_nationally():
    # Art. 6(1)(b) for the order; Art. 6(1)(c) for invoicing; the VAT Directive 2006/112/EC, Art. 247(1),
    # leaves the period invoices are stored to each Member State: so no number is invented.
    assert all_bases("customers") == {"contract", "legal_obligation"}
    invoices = template("customers").record()["retention"][0]
    assert invoices["keep_for"] is None and "Art. 247(1)" in invoices["period"]
    assert "differs between countries" in invoices["period"]


def test_suppliers_rest_on_the_contract_with_a_person_and_a_legitimate_interest_for_company_contacts():
    # Art. 6(1)(b): a sole trader is party to the contract; Art. 6(1)(f): a supplier company's staff are not,
    # so their work contact details rest on a legitimate interest, which must be stated (Art. 13(1)(d)).
    assert {"contract", "legitimate_interests"} <= all_bases("suppliers")
    assert template("suppliers").record()["legitimate_interest"]


def test_the_contact_form_rests_on_pre_contract_steps_or_a_legitimate_interest():
    # Art. 6(1)(b) "steps at the request of the data subject prior to entering into a contract"; otherwise
    # Art. 6(1)(f) answering the person who wrote.
    assert bases("contact_form") == [{"contract"}, {"legitimate_interests"}]


def test_non_essential_cookies_rest_on_consent():
    # ePrivacy Directive 2002/58/EC, Art. 5(3): storing or reading information on the user's device needs
    # prior consent unless strictly necessary; GDPR Art. 6(1)(a) is then the basis for what follows.
    assert all_bases("cookies") == {"consent"}
    assert "Art. 5(3)" in template("cookies").record()["description"]


def test_cctv_rests_on_a_legitimate_interest_and_keeps_footage_a_few_days():
    # EDPB Guidelines 3/2019 on video devices, section 3.1.1: Art. 6(1)(f), with a real danger documented.
    assert all_bases("cctv") == {"legitimate_interests"}
    record = template("cctv").record()
    assert record["legitimate_interest"] and "3/2019" in record["legitimate_interest"]
    # EDPB Guidelines 3/2019, para. 121: in most cases erased after a few days; beyond 72 hours needs reasons.
    (footage,) = record["retention"]
    assert retention.duration(footage) == (3, "days") and "para. 121" in footage["period"]
    # Video surveillance is systematic monitoring (WP248 rev.01, criterion 3): the screening counts it.
    assert "systematic_monitoring" in screen(record).criteria


def test_recruitment_rests_on_pre_contract_steps_and_consent_for_a_talent_pool():
    # Art. 6(1)(b): assessing an application is a step at the candidate's request before a contract;
    # keeping the CV for later vacancies goes beyond that, so it needs consent, Art. 6(1)(a).
    assert bases("recruitment") == [{"contract"}, {"consent"}]


def test_the_newsletter_rests_on_consent_or_the_soft_opt_in_for_existing_customers():
    # Art. 6(1)(a) for sign-ups; ePrivacy Directive 2002/58/EC, Art. 13(2) lets a seller email its own
    # customers about similar products with an easy refusal, under GDPR Art. 6(1)(f) (Recital 47).
    assert bases("newsletter") == [{"consent"}, {"legitimate_interests"}]
    record = template("newsletter").record()
    assert "Art. 13(2)" in record["purposes"][1]["purpose"] and "Art. 13(2)" in record["legitimate_interest"]
    assert "objection" in record["rights_available"]  # Art. 21(2)-(3): an objection to marketing always wins


@pytest.mark.parametrize("key", KEYS)
def test_the_rights_offered_follow_the_bases(key):
    """Portability only with consent or a contract (Art. 20(1)(a)); objection only with a legitimate interest
    or public task (Art. 21(1)); a legitimate interest is said in words (Art. 13(1)(d))."""
    used = all_bases(key)
    record = template(key).record()
    rights = set(record["rights_available"])
    assert ("portability" in rights) == bool(used & {"consent", "contract"})
    assert ("objection" in rights) == bool(used & {"legitimate_interests", "public_task"})
    assert bool(record.get("legitimate_interest")) == ("legitimate_interests" in used)


@pytest.mark.parametrize("key", ["payroll", "staff_records", "customers", "suppliers"])
def test_retention_set_by_national_law_is_left_to_check_not_invented(key):
    """Payroll, personnel and accounting records: national law sets how long, so the first row gives no number
    and says to check the country's law."""
    row = template(key).record()["retention"][0]
    assert row["keep_for"] is None and "your country's" in row["period"]


def test_special_categories_appear_only_where_usual_and_always_with_a_condition():
    for t in TEMPLATES:
        record = t.record()
        assert bool(record.get("special_categories")) == (t.key == "payroll"), t.key
        assert bool(record.get("special_categories")) == bool(record.get("art9_conditions")), t.key  # Art. 9(2)


def test_an_unknown_template_is_a_plain_error_listing_the_names():
    assert template(" CCTV ") is BY_KEY["cctv"]
    with pytest.raises(UsageError, match="no activity template called 'pension'; use one of: payroll, "):
        template("pension")
