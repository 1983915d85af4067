"""'Notify the authority?' follows the assessment until the person chooses (Art. 33(1))."""

from __future__ import annotations

import pytest

from atlas_desktop.core.context import Context
from atlas_desktop.core.derive import derive, notify_decision

HIGH = {"impact": ["confidentiality"], "data_categories": ["health"], "identifiability": "maximum",
        "confidentiality_loss": "unknown_recipients", "malicious": True}


@pytest.mark.parametrize("decision, risk, role, expected", [
    ("undecided", "risk", None, "yes"), (None, "high", "controller", "yes"), ("undecided", "none", None, "no"),
    ("undecided", None, None, "undecided"),   # nothing says what was affected: nothing to follow yet
    ("no", "high", None, "no"),               # the person's choice is kept (validation then refuses it)
    ("yes", "none", None, "yes"),             # notifying although not required is allowed
    ("undecided", "high", "processor", "undecided"),  # the client decides (Art. 33(2))
])
def test_notify_decision(decision, risk, role, expected):
    assert notify_decision(decision, risk, role) == expected


def test_derive_fills_the_decision_from_the_assessed_or_own_level():
    assessed = derive("breach", {**HIGH, "notify_authority": "undecided"}, Context())
    assert assessed["risk"] in ("risk", "high") and assessed["notify_authority"] == "yes"
    own = derive("breach", {**HIGH, "risk_override": "none", "override_reason": "x", "notify_authority": "undecided"},
                 Context())
    assert own["risk"] == "none" and own["notify_authority"] == "no"
