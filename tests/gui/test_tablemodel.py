"""The generic table model on real registers: Qt's model rules (qtmodeltester), columns and tooltips from the
declarations, labels and link titles, SQL sorting and filtering, overdue rows exactly as the checks judge them,
and lazy reading: a 20,000-row register is never read whole."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from atlas_desktop.core.checks import DUE_SOON, OVERDUE, run_checks
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.tablemodel import (
    ATTENTION_ROLE,
    CACHE_PAGES,
    ID_ROLE,
    PAGE_SIZE,
    RecordTableModel,
)
from atlas_desktop.storage import search
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings())
    yield session
    session.close()


def model_for(session, key: str) -> RecordTableModel:
    model = RecordTableModel(session, key, now=lambda: NOW)
    model.refresh()
    return model


def column_texts(model: RecordTableModel, key: str) -> list[str]:
    column = model.column_of(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def clone(session, entity: str, template: int, count: int) -> None:
    """``count`` copies of one record, numbered in the title: written straight in SQL, since 20,000 audited
    saves would take minutes and the model only reads; the search index is then rebuilt, as writing around
    ``Records`` leaves it behind."""
    ent = BY_KEY[entity]
    db = session.register.db
    columns = [row[1] for row in db.execute_sql(f'PRAGMA table_info("{ent.table}")').fetchall() if row[1] != "id"]
    chosen = ", ".join("printf('Generated %05d', n.i)" if c == ent.title else f't."{c}"' for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    db.execute_sql(f'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) '
                   f'INSERT INTO "{ent.table}" ({names}) SELECT {chosen} FROM n, "{ent.table}" AS t WHERE t.id = ?',
                   (count, template))
    search.reindex(db, [entity])


@pytest.mark.parametrize("key", [e.key for e in ENTITIES])
def test_every_register_passes_the_model_tester(qtmodeltester, demo, key):
    model = model_for(demo, key)
    assert model.rowCount() == Records(demo.register).count(key) > 0
    qtmodeltester.check(model, force_py=True)


def test_columns_and_header_tooltips_come_from_the_declaration(demo):
    model = model_for(demo, "breach")
    ent = BY_KEY["breach"]
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Attention"] + [f.label for f in ent.list_columns]
    aware = model.column_of("aware_at")
    assert model.headerData(aware, Qt.Horizontal, Qt.ToolTipRole) == ent.field("aware_at").cite()
    assert "Overdue" in model.headerData(0, Qt.Horizontal, Qt.ToolTipRole)
    assert model.headerData(0, Qt.Vertical) is None and model.headerData(99, Qt.Horizontal) is None
    # Registers the checks never judge have no attention column.
    assert model_for(demo, "consent").headerData(0, Qt.Horizontal) == BY_KEY["consent"].list_columns[0].label


def test_cells_show_labels_titles_and_local_times(demo):
    records = Records(demo.register)
    breach = model_for(demo, "breach")
    stored = {r["id"]: r for r in records.list("breach")}
    for row in range(breach.rowCount()):
        rec = stored[breach.index(row, 0).data(ID_ROLE)]
        status = breach.index(row, breach.column_of("status")).data()
        assert status == BY_KEY["breach"].field("status").vocab.label_of(rec["status"])
        aware = breach.index(row, breach.column_of("aware_at")).data()
        local = rec["aware_at"].astimezone(dt.timezone(dt.timedelta(hours=2)))  # Bucharest in winter/EET
        assert aware.startswith(rec["aware_at"].astimezone(__import__("zoneinfo").ZoneInfo("Europe/Bucharest"))
                                .strftime("%Y-%m-%d %H:%M")), (aware, local)
    dpia = model_for(demo, "dpia")
    activity_titles = records.titles("activity")
    for row in range(dpia.rowCount()):
        rec = records.get("dpia", dpia.index(row, 0).data(ID_ROLE))
        assert dpia.index(row, dpia.column_of("activity")).data() == activity_titles[rec["activity"]]


def test_overdue_and_due_soon_rows_are_those_the_checks_find(demo):
    records = Records(demo.register)
    findings = run_checks(records.snapshot(), records.context(NOW))
    seen = {OVERDUE: 0, DUE_SOON: 0}
    for ent in ENTITIES:
        model = model_for(demo, ent.key)
        if model.attention_column < 0:
            continue
        expected: dict[int, str] = {}
        for f in findings:
            if f.entity == ent.key and f.record is not None and f.severity in (OVERDUE, DUE_SOON):
                expected[f.record] = OVERDUE if OVERDUE in (expected.get(f.record), f.severity) else DUE_SOON
        got = {model.index(r, 0).data(ID_ROLE): model.index(r, 0).data(ATTENTION_ROLE)
               for r in range(model.rowCount())}
        assert {k: v for k, v in got.items() if v} == expected, ent.key
        for row in range(model.rowCount()):
            severity = model.index(row, 0).data(ATTENTION_ROLE)
            cell = model.index(row, 0)
            if severity is None:
                assert cell.data() == "" and cell.data(Qt.DecorationRole) is None
                assert model.index(row, 1).data(Qt.BackgroundRole) is None
                continue
            seen[severity] += 1
            # Never colour alone: a word, an icon and the check's own sentence, then the tint.
            assert cell.data() == ("Overdue" if severity == OVERDUE else "Due soon")
            assert isinstance(cell.data(Qt.DecorationRole), QIcon)
            messages = [f.message for f in findings if f.entity == ent.key and f.record == cell.data(ID_ROLE)
                        and f.severity in (OVERDUE, DUE_SOON)]
            assert cell.data(Qt.ToolTipRole) == "\n".join(messages)
            assert messages[0] in cell.data(Qt.AccessibleTextRole)
            tint = model.index(row, 2).data(Qt.BackgroundRole)
            assert isinstance(tint, QColor) if severity == OVERDUE else tint is None
    assert seen[OVERDUE] and seen[DUE_SOON]  # the demo shows both


def test_sorting_requeries_in_a_persons_order(demo):
    model = model_for(demo, "activity")
    name = model.column_of("name")
    model.sort(name, Qt.AscendingOrder)
    names = column_texts(model, "name")
    assert names == sorted(names, key=str.casefold) and len(names) == 18
    model.sort(name, Qt.DescendingOrder)
    assert column_texts(model, "name") == names[::-1]
    model.sort(model.column_of("next_review_due"), Qt.AscendingOrder)
    dates = [d for d in column_texts(model, "next_review_due") if d]
    assert dates == sorted(dates)
    model.sort(0, Qt.AscendingOrder)  # the attention column sorts by the deadline
    assert model.order_by == "next_review_due"
    # Earliest deadline first: a retired activity's lapsed review (the checks ignore it), then the overdue one.
    assert [model.index(r, 0).data() for r in range(3)] == ["", "Overdue", ""]
    assert model.index(0, model.column_of("status")).data() == "Retired"
    model.sort(-1)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == \
        Records(demo.register).ids("activity")


def test_text_and_status_filters(demo):
    model = model_for(demo, "breach")
    model.set_filter("phishing")  # found in the title, and in the cause's label
    assert column_texts(model, "title") == ["Phishing: support mailbox accessed"]
    assert model.total == 4  # the demo's four breaches
    model.set_filter("", "closed")  # the laptop, the roster and the driver's phone
    assert set(column_texts(model, "status")) == {"Closed"} and model.rowCount() == 3
    model.set_filter("roster", "closed")
    assert model.rowCount() == 1
    model.set_filter("roster", "open")
    assert model.rowCount() == 0 and model.total == 4


def test_lock_clears_every_row_and_refresh_while_locked_shows_nothing(demo):
    model = model_for(demo, "person")
    assert model.rowCount() == 8 and model.cached_rows() == 0
    model.index(0, 1).data()
    assert model.cached_rows() == 8
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows() == 0
    demo.lock()
    model.refresh()
    assert model.rowCount() == 0


def test_a_large_register_is_read_page_by_page(qtbot, demo):
    from PySide6.QtWidgets import QTableView

    template = Records(demo.register).ids("breach")[0]
    clone(demo, "breach", template, 20_000)
    model = model_for(demo, "breach")
    assert model.rowCount() == PAGE_SIZE and not model.complete  # the first page's ids, the rest just after
    qtbot.waitUntil(lambda: model.complete)  # nothing painted it: read after REST_WAIT_MS
    assert model.rowCount() == 20_004 and model.pages_read == 0  # the clones and the demo's four breaches
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setResizeContentsPrecision(PAGE_SIZE)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    first = model.index(0, model.column_of("title")).data()
    view.scrollToBottom()
    qtbot.wait(10)
    last = model.index(model.rowCount() - 1, model.column_of("title")).data()
    assert first == Records(demo.register).get("breach", template)["title"]
    assert last == "Generated 20000"  # sorted by id: the clones come last
    view.scrollTo(model.index(10_000, 1))
    qtbot.wait(10)
    assert model.index(10_000, 0).data(ID_ROLE) == model.id_at(10_000)
    # Only the pages shown were read, and the cache stays bounded.
    assert model.pages_read <= 8, model.pages_read
    assert model.cached_rows() <= CACHE_PAGES * PAGE_SIZE
    model.set_filter("Generated 1999")
    assert model.rowCount() == 10 and model.pages_read == 0  # 19990 to 19999
    model.sort(model.column_of("title"), Qt.DescendingOrder)
    assert model.index(0, model.column_of("title")).data() == "Generated 19999"
    assert model.pages_read == 1
