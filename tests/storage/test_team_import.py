"""Moving a register file into a team register: records, links, attachments, reviews and the audit history.

Issue 17: "Move a register: `atlas team import --from register.atlas` copies a local register (records,
attachments, audit history kept as an imported segment whose head is anchored) into the team register".
A real demo register (SQLCipher) goes into a real team register (PostgreSQL), and is read back both ways.
"""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from atlas_desktop.core.entities import ENTITIES
from atlas_desktop.core.errors import IntegrityProblem, NotAllowed, UsageError
from atlas_desktop.storage import team_import, team_members
from atlas_desktop.storage.attachments import Attachments
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.integrity import verify_records
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.reviews import Reviews
from atlas_desktop.storage.team_import import import_register, verify_segments

EVIDENCE = b"Scan of the police report: Ion Popescu, laptop serial 5CD-1234"
DPA = b"%PDF-1.7 signed data processing agreement with Cloudy SRL"


@pytest.fixture
def office(tmp_path):
    """A demo register with attachments and a closed annual review: everything an import has to carry."""
    reg, _ = create_demo(tmp_path / "office.atlas")
    records = Records(reg)
    breach = records.ids("breach")[0]
    processor = records.ids("processor")[0]
    attachments = Attachments(reg)
    attachments.add("breach", breach, EVIDENCE, "police-report.txt", "from the police station")
    attachments.add("processor", processor, DPA, "dpa.pdf")
    reviews = Reviews(records)
    started = reviews.start()
    reviews.confirm()
    reviews.confirm([i.id for i in reviews.items(started.id, decision="open")], note="Looked at one by one")
    reviews.close(lambda review: ("review-pack.zip", b"PK\x03\x04 a closed review's pack"))
    yield reg
    reg.close()


def _everything(reg) -> dict[str, list[dict]]:
    records = Records(reg)
    return {ent.key: records.list(ent.key) for ent in ENTITIES}


def _trail_rows(db, sql: str) -> list[tuple]:
    return [tuple(row) for row in db.execute_sql(sql).fetchall()]


def test_import_copies_every_record_with_its_id_links_attachments_reviews_and_history(team, office, pg_cluster):
    with team.open() as reg:
        summary = import_register(reg, office)
        # The same records, field for field, under the same ids: links and reverse links included.
        assert _everything(reg) == _everything(office)
        assert summary.records == {ent.key: Records(office).count(ent.key) for ent in ENTITIES}
        assert summary.total_records > 30 and summary.attachments == 2 and summary.reviews == 1
        assert reg.meta("org_name") == office.meta("org_name")

        # Links point at the same people and activities by name, not only by number.
        local, shared = Records(office), Records(reg)
        breach = next(b for b in local.list("breach") if b["staff"] and b["activities"])
        for entity, field in (("person", "staff"), ("activity", "activities")):
            assert shared.titles(entity, breach[field]) == local.titles(entity, breach[field])

        # Attachments open with the team key and reach the server only sealed.
        breach_id = local.ids("breach")[0]
        mine = {a.filename: a for a in Attachments(reg).list("breach", breach_id)}
        assert Attachments(reg).read(mine["police-report.txt"].id) == EVIDENCE
        assert mine["police-report.txt"].note == "from the police station"
        assert [a.filename for a in Attachments(reg).list("breach", breach_id)] == ["police-report.txt"]

        # The search index was rebuilt: text search finds what it finds in the file.
        title = local.get("breach", breach_id)["title"]
        assert shared.ids("breach", text=title[3:12]) == local.ids("breach", text=title[3:12]) != []

        # The closed review came along, with its pack.
        [review] = Reviews(shared).list()
        assert review.title == Reviews(local).list()[0].title and review.pack_size == len(
            b"PK\x03\x04 a closed review's pack")
        assert len(Reviews(shared).items(review.id)) == len(Reviews(local).items(review.id)) > 10

        # The file's trail is kept row for row as segment 1, and the team's trail anchors it.
        columns = "seq, at, actor, action, entity, record, before, after, mac"
        assert _trail_rows(reg.db, f"SELECT {columns} FROM audit_import WHERE segment = 1 ORDER BY seq") == \
            _trail_rows(office.db, f"SELECT {columns} FROM audit_entry ORDER BY seq")
        anchor = [e for e in reg.audit.entries(entity="register", record="import") if e.action == "import"][-1]
        head = office.audit.head()
        assert anchor.after["entries"] == head.count == summary.audit_entries
        assert anchor.after["head"] == head.head == summary.head
        assert anchor.after["segment"] == summary.segment == 1
        assert anchor.after["source_register_id"] == office.register_id
        assert anchor.actor == "maria"

        # Every check of the team register is clean: the chain, the records against it, the segment.
        assert reg.audit.verify().ok
        assert verify_records(reg) == []
        assert verify_segments(reg) == []

        # New records get new ids: the sequences were moved past the copied ones.
        top = max(local.ids("person"))
        assert shared.create("person", {"name": "Radu Ionescu", "status": "current"}) == top + 1
        assert Attachments(reg).add("breach", breach_id, b"later", "later.txt") > max(
            a.id for e in ENTITIES for r in local.ids(e.key) for a in Attachments(office).list(e.key, r))

    with pg_cluster.admin(team.database) as conn:  # what the server (and its backups) hold
        stored = [bytes(r[0]) for r in conn.execute("SELECT data FROM attachment ORDER BY id")]
    assert all(blob.startswith(b"ATS1") for blob in stored)
    assert not any(b"Popescu" in blob or b"Cloudy" in blob for blob in stored)


def test_an_import_is_all_or_nothing(team, office, monkeypatch):
    def fail(*_args):
        raise OSError("the network dropped")

    monkeypatch.setattr(team_import, "_copy_trail", fail)
    with team.open() as reg:
        with pytest.raises(Exception, match="network dropped"):
            import_register(reg, office)
        assert all(Records(reg).count(e.key) == 0 for e in ENTITIES if not e.singleton)
        assert reg.db.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == 0
        assert reg.db.execute_sql("SELECT count(*) FROM audit_import").fetchone()[0] == 0
        assert reg.meta("org_name") != office.meta("org_name")
        assert reg.audit.verify().ok


def test_only_into_an_empty_team_register(team, office):
    with team.open() as reg:
        Records(reg).create("person", {"name": "Ana Pop", "status": "current"})
        with pytest.raises(UsageError, match="new, empty team register"):
            import_register(reg, office)
        assert reg.db.execute_sql("SELECT count(*) FROM audit_import").fetchone()[0] == 0
        assert Records(reg).count("person") == 1


def test_only_a_manager_imports(team, office):
    with team.open() as reg:
        # A name of this test's own: sign-ins belong to the whole (shared, per session) test server.
        team_members.add_member(reg, "import.editor", "editor", "copper-meadow-lantern-88")
    with team.open("import.editor", "copper-meadow-lantern-88") as editor:
        with pytest.raises(NotAllowed, match="Only a manager can import"):
            import_register(editor, office)
        assert Records(editor).count("breach") == 0


def test_a_file_whose_trail_is_broken_is_refused(team, office):
    office.db.execute_sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3")
    with team.open() as reg:
        with pytest.raises(IntegrityProblem, match="audit trail of office.atlas is broken"):
            import_register(reg, office)
        assert Records(reg).count("breach") == 0


def test_a_review_in_progress_is_closed_first(team, tmp_path):
    local, _ = create_demo(tmp_path / "busy.atlas")
    try:
        Reviews(Records(local)).start()
        with team.open() as reg:
            with pytest.raises(UsageError, match="in progress"):
                import_register(reg, local)
    finally:
        local.close()


def test_imported_history_is_append_only_and_a_change_by_the_owner_is_found(team, office, pg_cluster):
    with team.open() as reg:
        import_register(reg, office)
        # A manager (or anyone but the schema's owner) can neither change nor delete it, even with raw SQL.
        for sql in ("UPDATE audit_import SET actor = 'mallory' WHERE seq = 3", "DELETE FROM audit_import"):
            with pytest.raises(peewee.PeeweeException):
                with reg.db.atomic():
                    reg.db.execute_sql(sql)
        assert verify_segments(reg) == []

    # The schema's owner (here the server's administrator) passes the trigger; the anchor still catches it.
    with pg_cluster.admin(team.database) as conn:
        conn.execute("UPDATE audit_import SET actor = 'mallory' WHERE segment = 1 AND seq = 3")
    with team.open() as reg:
        [problem] = verify_segments(reg)
        assert "changed on the server after the import" in problem and "segment 1" in problem

    with pg_cluster.admin(team.database) as conn:
        conn.execute("DELETE FROM audit_import WHERE segment = 1 AND seq = "
                     "(SELECT max(seq) FROM audit_import WHERE segment = 1)")
        conn.execute("INSERT INTO audit_import (segment, seq, at, actor, action, entity, record, mac) "
                     "VALUES (7, 1, '2026-01-01T00:00:00.000000Z', 'mallory', 'create', 'breach', '1', 'x')")
    with team.open() as reg:
        problems = verify_segments(reg)
    assert len(problems) == 2
    assert "entries where" in problems[0]
    assert "segment 7 is not anchored" in problems[1]


def test_a_local_register_reports_no_segments(new_register):
    reg, _ = new_register
    assert verify_segments(reg) == []


def test_records_keep_their_original_creation_time(team, office):
    with team.open() as reg:
        import_register(reg, office)
        for table in ("breach", "person"):
            local = _trail_rows(office.db, f'SELECT id, created_at, updated_at, row_version FROM "{table}" ORDER BY id')
            shared = _trail_rows(reg.db, f'SELECT id, created_at, updated_at, row_version FROM "{table}" ORDER BY id')
            assert shared == local and local
        assert dt.datetime.fromisoformat(local[0][1])  # a real timestamp, not a placeholder


def test_an_id_deleted_in_the_file_is_never_handed_out_again_by_the_team_register(team, office):
    """Issue 22: "never reuse ids". The file's newest breach was deleted before the move: its id is named in the
    imported trail, so the team register must give the next breach a higher one, not that id again."""
    records = Records(office)
    newest = max(records.ids("breach"))
    records.delete("breach", newest)
    with team.open() as reg:
        import_register(reg, office)
        again = Records(reg).create("breach", {"title": "Laptop left on a train", "description": "Left on a train",
                                               "aware_at": dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)})
        assert again > newest
