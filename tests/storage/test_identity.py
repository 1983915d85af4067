"""The person's name and role live in the register (storage.identity): the audit trail and sign-offs name a
person (Art. 5(2) accountability, Art. 30), never the operating-system account."""

from __future__ import annotations

import getpass

import pytest

from atlas_desktop.core.errors import SetupProblem
from atlas_desktop.storage import register as register_module
from atlas_desktop.storage.identity import UNNAMED, actor_for, record_user, recorded_user
from atlas_desktop.storage.integrity import verify_records
from atlas_desktop.storage.register import Register
from atlas_desktop.storage.settings import Settings

from conftest import ORG, PASSPHRASE


def test_a_register_without_a_name_says_unnamed_never_the_login(register_path, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    reg, _ = Register.create(register_path, PASSPHRASE, ORG)
    with reg:
        assert reg.actor == UNNAMED
        assert {e.actor for e in reg.audit.entries()} == {UNNAMED}
    with Register.open(register_path, passphrase=PASSPHRASE) as again:
        assert again.actor == UNNAMED
    assert register_module.default_actor() == UNNAMED and Settings().actor == ""


def test_the_recorded_name_is_used_on_every_open_and_a_computers_name_wins(register_path):
    reg, _ = Register.create(register_path, PASSPHRASE, ORG, user=("Ana Pop", "Office manager"))
    reg.close()
    with Register.open(register_path, passphrase=PASSPHRASE) as reg:
        assert reg.actor == "Ana Pop" and recorded_user(reg) == ("Ana Pop", "Office manager")
        assert actor_for(reg, "  Ion   Ionescu ") == "Ion Ionescu" and actor_for(reg, "") == "Ana Pop"
        assert verify_records(reg) == []  # the name and role are register settings the trail accounts for
    with Register.open(register_path, passphrase=PASSPHRASE, actor="Ion Ionescu") as reg:
        assert reg.actor == "Ion Ionescu"


def test_recording_a_name_is_in_the_trail_by_that_person_and_refuses_an_empty_one(new_register):
    reg, _ = new_register
    with pytest.raises(SetupProblem, match="cannot be empty"):
        record_user(reg, "  ")
    assert recorded_user(reg) == ("", "")
    assert record_user(reg, " Ana  Pop ", "Office manager") == ("Ana Pop", "Office manager")
    last = list(reg.audit.entries(entity="register"))[-2:]
    assert [(e.record, e.actor, e.after) for e in last] == [
        ("user_name", "Ana Pop", {"user_name": "Ana Pop"}), ("user_role", "Ana Pop", {"user_role": "Office manager"})]
    assert reg.actor == "Ana Pop"
