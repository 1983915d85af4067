"""The declarations themselves: every field explained and cited, and the GDPR's lists complete."""

from __future__ import annotations

import re

import pytest

from atlas_desktop.core import vocab
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.spec import Entity, Field, Kind

ARTICLE = re.compile(r"^(Art\. \d+|ICO |EDPB |WP248)")


def _all_fields():
    for ent in ENTITIES:
        for f in ent.fields:
            yield ent, f, f
            for column in f.fields:
                yield ent, f, column


@pytest.mark.parametrize("ent, top, field", list(_all_fields()),
                         ids=lambda x: x.key if isinstance(x, (Entity, Field)) else str(x))
def test_every_field_says_what_it_is_and_cites_what_asks_for_it(ent, top, field):
    assert field.label and field.label[0].isupper()
    assert field.help.endswith((".", ")")) and len(field.help) >= 8, "help is a plain sentence"
    assert ARTICLE.match(field.article), f"{ent.key}.{field.key} cites no article"
    assert field.cite().endswith(f"({field.article})")
    assert re.fullmatch(r"[a-z][a-z0-9_]*", field.key)


def test_every_entity_has_an_article_a_required_title_and_list_columns():
    assert [e.key for e in ENTITIES] == ["organisation", "activity", "processor", "dpia", "breach",
                                         "rights_request", "consent", "person", "training", "policy"]
    tables = [e.table for e in ENTITIES]
    assert len(set(tables)) == len(tables)
    for ent in ENTITIES:
        assert ARTICLE.match(ent.article), ent.key
        assert ent.field(ent.title).required, ent.key
        assert ent.list_columns, ent.key
        if ent.status:
            assert ent.field(ent.status).kind is Kind.CHOICE and ent.field(ent.status).default


def test_links_point_at_real_registers_and_reverse_links_match():
    for ent in ENTITIES:
        for f in ent.fields:
            if f.kind in (Kind.LINK, Kind.LINKS):
                assert f.target in BY_KEY
                if f.reverse:
                    back = BY_KEY[f.target].field(f.reverse)
                    assert back.target == ent.key and back.stored and not f.stored


def _letters(vocabulary) -> list[str]:
    return [re.search(r"\(([a-j])\)$", t.article).group(1) for t in vocabulary.terms]


def test_closed_lists_follow_the_regulation():
    assert _letters(vocab.LAWFUL_BASIS) == list("abcdef")            # Art. 6(1)(a)–(f)
    assert _letters(vocab.ART9_CONDITION) == list("abcdefghij")      # Art. 9(2)(a)–(j)
    assert _letters(vocab.ART28_CLAUSE) == list("abcdefgh")          # Art. 28(3)(a)–(h)
    assert _letters(vocab.ART34_EXEMPTION) == list("abc")            # Art. 34(3)(a)–(c)
    assert len(vocab.SPECIAL_CATEGORY.terms) == 8                    # Art. 9(1)
    assert len(vocab.WP248.terms) == 9                               # WP248 rev.01
    assert [t.article for t in vocab.RIGHT_TYPE.terms] == ["Art. 15", "Art. 16", "Art. 17", "Art. 18",
                                                           "Art. 20", "Art. 21", "Art. 22"]
    assert vocab.BREACH_CAUSE.codes == ("ransomware", "exfiltration", "human_error", "lost_stolen",
                                        "mispostal", "social_engineering", "other")
    assert vocab.BREACH_RISK.codes == ("none", "risk", "high")
    assert {t.article for t in vocab.TRANSFER_MECHANISM.terms} >= {"Art. 45", "Art. 46(2)(c)", "Art. 47"}


def test_suggestion_lists_are_open_and_closed_lists_are_not():
    for v in (vocab.SUBJECT_CATEGORY, vocab.DATA_CATEGORY, vocab.RECIPIENT_CATEGORY):
        assert v.open
    for v in (vocab.LAWFUL_BASIS, vocab.ART9_CONDITION, vocab.WP248, vocab.BREACH_RISK, vocab.RIGHT_TYPE):
        assert not v.open


def test_a_vocabulary_reads_codes_and_labels_typed_by_a_person():
    assert vocab.LAWFUL_BASIS.code_for("  legal   OBLIGATION ") == "legal_obligation"
    assert vocab.LAWFUL_BASIS.code_for("contract") == "contract"
    assert vocab.LAWFUL_BASIS.code_for("gut feeling") is None
    assert vocab.DATA_CATEGORY.label_of("Tachograph cards") == "Tachograph cards"
    with pytest.raises(ValueError, match="repeats a code"):
        vocab.Vocabulary("x", "X", (vocab.Term("a", "A"), vocab.Term("a", "B")))
