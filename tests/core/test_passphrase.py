"""The passphrase rules: what is refused (and why) before any key is derived or file touched."""

from __future__ import annotations

import pytest

from atlas_desktop.core.errors import AtlasError, WeakPassphrase
from atlas_desktop.core.passphrase import MIN_LENGTH, MIN_SCORE, Strength, assess, require_strong

ORG = "Acme Logistics SRL"

GOOD = ["correct horse battery staple", "lantern-orbit-pepper-canal"]


@pytest.mark.parametrize("passphrase", ["", " ", "   ", "\t\n  \u00a0"])
def test_empty_or_blank_is_refused_as_empty(passphrase):
    verdict = assess(passphrase)
    assert verdict.acceptable is False
    assert verdict.score == 0
    assert "empty" in verdict.problem.lower()
    with pytest.raises(WeakPassphrase, match="(?i)empty"):
        require_strong(passphrase)


@pytest.mark.parametrize("passphrase", ["a", "Xk9#", "Tq8$mZ2!v", "password", "zebra-kiwi"[:9]])
def test_shorter_than_minimum_is_refused_with_length_reason(passphrase):
    assert len(passphrase) < MIN_LENGTH
    verdict = assess(passphrase)
    assert verdict.acceptable is False
    assert f"shorter than {MIN_LENGTH} characters" in verdict.problem
    with pytest.raises(WeakPassphrase, match=f"shorter than {MIN_LENGTH} characters"):
        require_strong(passphrase)


def test_short_but_random_is_still_refused_for_length():
    # Nine random-looking characters can score well; the length rule must still refuse them.
    passphrase = "Tq8$mZ2!v"
    verdict = assess(passphrase)
    assert verdict.acceptable is False
    assert "shorter" in verdict.problem


@pytest.mark.parametrize("passphrase", ["password1234", "qwertyuiop", "aaaaaaaaaaaa", "1234567890", "passwordpassword"])
def test_common_or_trivial_passphrases_are_refused_as_guessable(passphrase):
    assert len(passphrase) >= MIN_LENGTH  # refused for being guessable, not for length
    verdict = assess(passphrase)
    assert verdict.acceptable is False
    assert verdict.score < MIN_SCORE
    assert verdict.problem.startswith("The passphrase is too easy to guess:")
    # The reason after the colon is a real explanation, not an empty string.
    assert len(verdict.problem.split(":", 1)[1].strip()) > 5
    with pytest.raises(WeakPassphrase, match="too easy to guess"):
        require_strong(passphrase)


@pytest.mark.parametrize("passphrase", ["Acme Logistics SRLAcme Logistics SRL", "acme logistics srl",
                                        "Acme Logistics SRL"])
def test_org_name_is_refused_when_given_as_context(passphrase):
    verdict = assess(passphrase, [ORG])
    assert verdict.acceptable is False
    assert "too easy to guess" in verdict.problem
    with pytest.raises(WeakPassphrase, match="too easy to guess"):
        require_strong(passphrase, [ORG])


def test_context_makes_the_difference_for_a_repeated_org_name():
    # Accepted with no context, refused once the organisation's name is known to the checker:
    # proves the context is really used and not ignored.
    org = "Northwind"
    passphrase = "Northwind Northwind Northwind "
    assert assess(passphrase).acceptable is True
    verdict = assess(passphrase, [org])
    assert verdict.acceptable is False
    assert "too easy to guess" in verdict.problem
    with pytest.raises(WeakPassphrase):
        require_strong(passphrase, [org])
    require_strong(passphrase)  # no context: no error


@pytest.mark.parametrize("passphrase", ["Acme Logistics SRL Acme Logistics SRL", "AcmeLogisticsSRL", "acme logistics srl 2024"])
def test_org_name_variants_are_refused_with_context(passphrase):
    assert assess(passphrase, [ORG]).acceptable is False


def test_empty_context_entries_are_ignored():
    # A register whose org name is unknown passes [""]; that must not break or weaken the check.
    assert assess("lantern-orbit-pepper-canal", [""]).acceptable is True
    assert assess("password1234", ["", None]).acceptable is False  # type: ignore[list-item]


@pytest.mark.parametrize("passphrase", GOOD)
def test_good_passphrases_are_accepted(passphrase):
    verdict = assess(passphrase, [ORG])
    assert isinstance(verdict, Strength)
    assert verdict.acceptable is True
    assert verdict.score >= MIN_SCORE
    assert verdict.problem == ""
    require_strong(passphrase, [ORG])  # must not raise


def test_refusal_message_carries_a_tip_and_is_an_atlas_error():
    with pytest.raises(WeakPassphrase) as caught:
        require_strong("qwertyuiop")
    err = caught.value
    assert isinstance(err, AtlasError)
    assert "Tip:" in str(err)
    assert err.message == str(err)
    assert "qwertyuiop" not in str(err)  # the refused secret is not echoed back


def test_passphrase_of_72_characters_is_scored():
    passphrase = ("lantern-orbit-pepper-canal-" * 4)[:72]
    assert assess(passphrase).acceptable is True


@pytest.mark.parametrize("length", [73, 100, 300])
def test_long_passphrases_are_accepted(length):
    passphrase = ("lantern-orbit-pepper-canal-" * 12)[:length]
    verdict = assess(passphrase)
    assert verdict.acceptable is True


def test_org_name_without_its_accents_is_still_the_org_name():
    org = "Ștefan & Partners SRL"
    assert assess("Stefan Partners 2026", [org]).acceptable is False
    assert assess("stefan-partners-srl", [org]).acceptable is False
    assert assess("Stefan Partners 2026", []).acceptable is True  # the context is what refuses it
