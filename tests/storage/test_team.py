"""The team register on a real PostgreSQL server: opening, roles, the append-only trail, conflicts, sealing.

Issue 17: "Role test: a reader cannot write (the server refuses, the app explains), an editor cannot delete
audit rows even with raw SQL"; "optimistic locking ... the second save is refused with a clear message
showing who changed what"; "Attachments are encrypted client-side with a team key wrapped per user".
"""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.errors import EditConflict, NotAllowed, WrongKey
from atlas_desktop.storage import team_members
from atlas_desktop.storage.attachments import Attachments
from atlas_desktop.storage.records import Records

BREACH = {"title": "Laptop left on a train", "description": "An unencrypted laptop with payroll files.",
          "aware_at": dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)}


def test_manager_signs_in_as_themselves_and_the_trail_names_them(team):
    with team.open() as reg:
        assert reg.actor == "maria" and reg.app_role() == "manager"
        bid = Records(reg).create("breach", BREACH)
        entry = list(reg.audit.entries(entity="breach", record=str(bid)))[-1]
        assert entry.actor == "maria"
        assert reg.audit.verify().ok


def test_a_wrong_password_is_refused_plainly(team):
    with pytest.raises(WrongKey, match="name or the password is wrong"):
        team.open(password="not-the-password-at-all")


def test_reader_cannot_write_and_is_told_why(team):
    with team.open() as reg:
        team_members.add_member(reg, "ion", "reader", "quiet-harbour-violet-51")
    with team.open("ion", "quiet-harbour-violet-51") as reader:
        assert reader.app_role() == "reader"
        with pytest.raises(NotAllowed, match="does not allow"):
            Records(reader).create("breach", BREACH)
        assert Records(reader).count("breach") == 0


def test_editor_cannot_change_or_delete_audit_entries_even_with_raw_sql(team):
    import peewee
    with team.open() as reg:
        Records(reg).create("breach", BREACH)
        team_members.add_member(reg, "ana", "editor", "copper-meadow-lantern-88")
    with team.open("ana", "copper-meadow-lantern-88") as editor:
        before = editor.audit.count()
        for sql in ("DELETE FROM audit_entry", "UPDATE audit_entry SET actor = 'someone'",
                    "TRUNCATE audit_entry"):
            with pytest.raises(peewee.PeeweeException):
                with editor.db.atomic():
                    editor.db.execute_sql(sql)
        # Nor can an editor write an entry in someone else's name.
        with pytest.raises(peewee.PeeweeException):
            with editor.db.atomic():
                editor.db.execute_sql("INSERT INTO audit_entry (seq, at, actor, action, entity, record, mac) "
                                      "VALUES (999, 'x', 'maria', 'create', 'breach', '1', 'x')")
        assert editor.audit.count() == before
        assert editor.audit.verify().ok


def test_the_schema_owner_is_stopped_by_the_trigger_too(team, pg_cluster):
    """Even the server's administrator, who owns the tables, meets the append-only trigger unless they
    are the tables' owner; here the administrator is the owner, so only revoking is possible for others."""
    with team.open() as reg:
        Records(reg).create("breach", BREACH)
    with pg_cluster.admin(team.database) as conn:
        owner = conn.execute("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'audit_entry'"
                             ).fetchone()[0]
        assert owner == conn.execute("SELECT session_user").fetchone()[0]
        triggers = {r[0] for r in conn.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass")}
        assert {"audit_entry_append_only", "audit_entry_no_truncate"} <= triggers


def test_second_save_from_an_old_copy_is_refused_with_who_changed_what(team):
    with team.open() as reg:
        team_members.add_member(reg, "ana", "editor", "copper-meadow-lantern-88")
        bid = Records(reg).create("breach", BREACH)
    with team.open() as maria, team.open("ana", "copper-meadow-lantern-88") as ana:
        seen_by_maria = Records(maria).version("breach", bid)
        seen_by_ana = Records(ana).version("breach", bid)
        Records(ana).update("breach", bid, {"title": "Laptop stolen from a car"}, expected_version=seen_by_ana)
        with pytest.raises(EditConflict) as refused:
            Records(maria).update("breach", bid, {"description": "Maria's draft"}, expected_version=seen_by_maria)
        assert "ana" in str(refused.value) and "Title" in str(refused.value)
        assert Records(maria).get("breach", bid)["title"] == "Laptop stolen from a car"
        assert Records(maria).get("breach", bid)["description"] == BREACH["description"]


def test_attachments_reach_the_server_only_sealed(team, pg_cluster):
    secret = b"payroll evidence: Ion Popescu, 4,200 RON"
    with team.open() as reg:
        bid = Records(reg).create("breach", BREACH)
        aid = Attachments(reg).add("breach", bid, secret, "evidence.txt")
        assert Attachments(reg).read(aid) == secret
    with pg_cluster.admin(team.database) as conn:  # what the server's operator (and its backups) hold
        stored = bytes(conn.execute("SELECT data FROM attachment WHERE id = %s", (aid,)).fetchone()[0])
        key_pem = conn.execute("SELECT value FROM meta WHERE key = 'signing_key_pem'").fetchone()[0]
    assert secret not in stored and b"Popescu" not in stored
    assert key_pem.startswith("sealed:") and "PRIVATE KEY" not in key_pem


def test_text_search_and_sorting_work_as_on_the_local_file(team):
    with team.open() as reg:
        records = Records(reg)
        a = records.create("breach", {**BREACH, "title": "beta incident"})
        b = records.create("breach", {**BREACH, "title": "Alpha incident"})
        assert records.ids("breach", order_by="title") == [b, a]  # case ignored, as NOCASE on SQLite
        assert records.ids("breach", text="ALPHA") == [b]
        assert records.ids("breach", text="Lp") == [b]  # shorter than a trigram: read from the rows
        assert records.ids("breach", text="100%") == []


def test_a_name_already_used_on_the_server_is_not_taken_over(team, pg_cluster):
    """Roles belong to the whole server: adding "ana" to a second register must not reset the password
    she signs in with to the first one (it would lock her out there)."""
    from atlas_desktop.core.errors import UsageError
    from atlas_desktop.storage.dialect import Target
    from atlas_desktop.storage.team import TeamRegister

    with team.open() as reg:
        team_members.add_member(reg, "ana", "editor", "copper-meadow-lantern-88")
    second = pg_cluster.new_database()
    TeamRegister.init(Target.from_url(pg_cluster.url(second)), org_name="Second office", manager="victor",
                      manager_password="granite-willow-signal-42")
    with TeamRegister.open(pg_cluster.url(second, user="victor", password="granite-willow-signal-42")) as other:
        with pytest.raises(UsageError, match="already signs in to this server"):
            team_members.add_member(other, "ana", "reader", "another-password-entirely-7")
        team_members.add_member(other, "ana", "reader", "copper-meadow-lantern-88")  # her own password: joins
    with team.open("ana", "copper-meadow-lantern-88") as ana:  # still signs in where she was
        assert ana.app_role() == "editor"
    with TeamRegister.open(pg_cluster.url(second, user="ana", password="copper-meadow-lantern-88")) as ana:
        assert ana.app_role() == "reader"


def test_a_removed_person_is_told_plainly(team):
    with team.open() as reg:
        team_members.add_member(reg, "ana", "editor", "copper-meadow-lantern-88")
        team_members.remove_member(reg, "ana")
        assert [m.person for m in team_members.members(reg)] == ["maria"]
    with pytest.raises(WrongKey, match="no longer"):
        team.open("ana", "copper-meadow-lantern-88")
