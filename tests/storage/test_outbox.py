"""The offline outbox: a breach logged while the team server cannot be reached, pushed later with its clock.

Issue 17: "Offline breach logging keeps working: when the server cannot be reached, the app says so and
offers to log the breach into a local encrypted outbox file, then pushes it (with its original timestamps
and the 72 h clock unchanged) when the server is back, and records the push in the audit trail."
"""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from conftest import TEAM_PASSWORD

from atlas_desktop.core.errors import ServerUnreachable, WrongKey
from atlas_desktop.storage import outbox as outbox_module
from atlas_desktop.storage.attachments import Attachments
from atlas_desktop.storage.dialect import Target
from atlas_desktop.storage.integrity import verify_records
from atlas_desktop.storage.outbox import (
    discard_if_empty,
    has_outbox,
    note_team,
    open_outbox,
    outbox_path,
    pending_count,
    push,
)
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.team import TeamRegister

AWARE = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=30)
BREACH = {"title": "Laptop stolen from a parked car", "description": "Payroll spreadsheets of 40 people.",
          "aware_at": AWARE}
EVIDENCE = b"police report no. 4471, Ion Popescu"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _row(reg, table: str, record_id: int) -> tuple:
    return tuple(reg.db.execute_sql(f'SELECT created_at, aware_at, notification_deadline FROM "{table}" WHERE id = ?',
                                    (record_id,)).fetchone())


def _imports(reg) -> list:
    return [e for e in reg.audit.entries(entity="breach") if e.action == "import"]


def test_a_breach_logged_offline_is_pushed_later_with_its_72_hour_clock_unchanged(team):
    target = Target.from_url(team.url())
    # The server cannot be reached: signing in says so, and points at the outbox.
    unreachable = target.with_login()
    unreachable = Target(unreachable.host, _closed_port(), unreachable.database, unreachable.user,
                         password=TEAM_PASSWORD)
    with pytest.raises(ServerUnreachable, match="outbox"):
        TeamRegister.open(unreachable)

    assert not has_outbox(target)
    with open_outbox(target, TEAM_PASSWORD) as box:
        outbox_id = Records(box).create("breach", BREACH)
        Attachments(box).add("breach", outbox_id, EVIDENCE, "police-report.txt", "scanned at the station")
        logged = _row(box, "breach", outbox_id)
        deadline = Records(box).get("breach", outbox_id)["notification_deadline"]
        assert pending_count(box) == 1 and box.actor == "maria"
    assert has_outbox(target)
    assert b"Laptop stolen" not in outbox_path(target).read_bytes()  # encrypted on this computer
    assert deadline == AWARE + dt.timedelta(hours=72)

    # The server is back.
    with team.open() as reg, open_outbox(target, TEAM_PASSWORD, create=False) as box:
        result = push(box, reg)
        [(from_id, team_id)] = result.pushed
        assert from_id == outbox_id and result.remaining == 0 and pending_count(box) == 0
        assert [e.action for e in box.audit.entries(entity="breach", record=str(outbox_id))][-1] == "delete"

        # Same creation time, awareness time and deadline as when it was logged.
        assert _row(reg, "breach", team_id) == logged
        shared = Records(reg).get("breach", team_id)
        assert shared["aware_at"] == AWARE and shared["notification_deadline"] == deadline
        assert shared["title"] == BREACH["title"]
        [attachment] = Attachments(reg).list("breach", team_id)
        assert Attachments(reg).read(attachment.id) == EVIDENCE and attachment.note == "scanned at the station"

        # The push is in the team's trail, after the breach's creation, naming who logged it and when.
        [entry] = _imports(reg)
        assert entry.record == str(team_id) and entry.actor == "maria"
        assert entry.after == {"from": "outbox", "logged_by": "maria", "logged_at": logged[0],
                               "outbox_register_id": box.register_id, "outbox_id": outbox_id}
        created = [e for e in reg.audit.entries(entity="breach", record=str(team_id)) if e.action == "create"][0]
        assert created.seq < entry.seq and created.at > logged[0]  # pushed later; created_at kept from then
        assert reg.audit.verify().ok and verify_records(reg) == []

        # Nothing left: a second push sends nothing.
        assert push(box, reg).pushed == []
        assert Records(reg).count("breach") == 1

    assert discard_if_empty(target) is True
    assert not has_outbox(target) and not outbox_path(target).with_name(outbox_path(target).name + ".keys").exists()


def test_the_outbox_opens_only_with_the_password_it_was_locked_with(team):
    target = Target.from_url(team.url())
    with open_outbox(target, TEAM_PASSWORD) as box:
        Records(box).create("breach", BREACH)
    with pytest.raises(WrongKey, match="locked with the password you typed when you logged the breach"):
        open_outbox(target, "another-strong-password-42")
    with pytest.raises(WrongKey, match="password"):
        open_outbox(target, "")
    assert discard_if_empty(target.with_login(password="another-strong-password-42")) is False
    assert discard_if_empty(target) is False  # one breach still waits
    assert has_outbox(target)


def test_a_push_cut_off_after_the_team_commit_does_not_send_twice(team, monkeypatch):
    target = Target.from_url(team.url())
    with open_outbox(target, TEAM_PASSWORD) as box:
        first = Records(box).create("breach", BREACH)

    forget = outbox_module._forget

    def power_cut(*_args):
        raise RuntimeError("power cut")

    monkeypatch.setattr(outbox_module, "_forget", power_cut)
    with team.open() as reg, open_outbox(target, TEAM_PASSWORD) as box:
        with pytest.raises(RuntimeError, match="power cut"):
            push(box, reg)
        assert Records(reg).count("breach") == 1 and pending_count(box) == 1  # in both: the risky moment
    monkeypatch.setattr(outbox_module, "_forget", forget)

    with team.open() as reg, open_outbox(target, TEAM_PASSWORD) as box:
        result = push(box, reg)
        [(outbox_id, team_id)] = result.pushed
        assert outbox_id == first and pending_count(box) == 0
        assert Records(reg).ids("breach") == [team_id] and len(_imports(reg)) == 1

        # The outbox never gives a sent breach's id to the next one (schema 7): it is a new breach and is sent.
        again = Records(box).create("breach", {**BREACH, "title": "Second laptop stolen"})
        assert again > first
        [(_, second_id)] = push(box, reg).pushed
        assert second_id != team_id and Records(reg).count("breach") == 2
        assert Records(reg).get("breach", second_id)["title"] == "Second laptop stolen"


def test_a_push_that_fails_midway_leaves_the_rest_in_the_outbox(team, monkeypatch):
    target = Target.from_url(team.url())
    with open_outbox(target, TEAM_PASSWORD) as box:
        for n in range(3):
            Records(box).create("breach", {**BREACH, "title": f"Breach {n}"})
    send = outbox_module._send
    calls = []

    def flaky(box, reg, outbox_id):
        calls.append(outbox_id)
        if len(calls) == 2:
            raise ServerUnreachable("The team register's server cannot be reached now.")
        return send(box, reg, outbox_id)

    monkeypatch.setattr(outbox_module, "_send", flaky)
    with team.open() as reg, open_outbox(target, TEAM_PASSWORD) as box:
        with pytest.raises(ServerUnreachable):
            push(box, reg)
        assert pending_count(box) == 2 and Records(reg).count("breach") == 1
    monkeypatch.setattr(outbox_module, "_send", send)
    with team.open() as reg, open_outbox(target, TEAM_PASSWORD) as box:
        assert len(push(box, reg).pushed) == 2
        assert sorted(b["title"] for b in Records(reg).list("breach")) == ["Breach 0", "Breach 1", "Breach 2"]


def test_a_new_outbox_keeps_the_team_organisations_clock(team):
    with team.open() as reg:
        Records(reg).save_organisation({"time_zone": "Pacific/Auckland"})
        note_team(reg)
        target = reg.target
    with open_outbox(target, TEAM_PASSWORD) as box:
        assert Records(box).organisation()["time_zone"] == "Pacific/Auckland"
        assert box.meta("org_name") == f"Outbox for {target.server}"
        assert box.keys.has("passphrase") and not box.keys.has("recovery")


def test_outboxes_are_kept_per_register_and_person(team):
    target = Target.from_url(team.url())
    other = target.with_login(user="ana")
    assert outbox_path(target) != outbox_path(other)
    assert outbox_path(target).parent == outbox_path(other).parent
    assert discard_if_empty(target) is False  # none yet
