"""The first page before every id: a refresh of a register table reads one page of matching ids, lets those
rows paint, then reads the rest and adds it as inserted rows (no reset: the selection, the current row and
the scroll position stay); a newer refresh supersedes an older one's rest; anything that needs an id past
the first page (selecting a record, the row after a deleted one, scrolling to the end) reads the rest at once.
On the demo register with 350 more breaches: four pages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView

from atlas_desktop.core.entities import BY_KEY
from atlas_desktop.gui import registerview
from atlas_desktop.gui.registerview import RegisterView
from atlas_desktop.gui.session import Session
from atlas_desktop.gui.tablemodel import PAGE_SIZE, REST_WAIT_MS, RecordTableModel
from atlas_desktop.storage import search
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.settings import Settings

NOW = dt.datetime.now(dt.UTC)
CLONES = 350
BREACHES = CLONES + 4  # the demo's own four


@pytest.fixture
def big(qapp, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=NOW)
    session = Session(reg, Settings())
    clone_breaches(session, CLONES)
    yield session
    session.close()


def clone_breaches(session, count: int) -> None:
    """``count`` copies of the first breach, titled "Generated 00001"…: written in SQL (350 audited saves would
    take a while and only reading is tested), then the search index rebuilt."""
    ent = BY_KEY["breach"]
    db = session.register.db
    template = Records(session.register).ids("breach")[0]
    columns = [row[1] for row in db.execute_sql(f'PRAGMA table_info("{ent.table}")').fetchall() if row[1] != "id"]
    chosen = ", ".join("printf('Generated %05d', n.i)" if c == ent.title else f't."{c}"' for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    db.execute_sql(f'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) '
                   f'INSERT INTO "{ent.table}" ({names}) SELECT {chosen} FROM n, "{ent.table}" AS t WHERE t.id = ?',
                   (count, template))
    search.reindex(db, ["breach"])


class Seen(QObject):
    """Notes the model's state at each paint of a table's rows, and every reset and insertion of the model."""

    def __init__(self, model: RecordTableModel) -> None:
        super().__init__()
        self.model = model
        self.paints: list[tuple[int, bool]] = []  # (row count, complete) as each paint began
        self.resets = 0
        self.inserted: list[tuple[int, int]] = []
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(lambda _parent, first, last: self.inserted.append((first, last)))

    def _reset(self) -> None:
        self.resets += 1

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint and self.model.rowCount():
            self.paints.append((self.model.rowCount(), self.model.complete))
        return False


def open_view(qtbot, session) -> RegisterView:
    view = RegisterView(session, "breach", now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.complete)
    return view


def title_order(session, **filters) -> list[int]:
    return Records(session.register).ids("breach", order_by="title", **filters)


def test_a_refresh_reads_one_page_of_ids_then_the_rest(big, qtbot):
    model = RecordTableModel(big, "breach", now=lambda: NOW)
    seen = Seen(model)
    model.refresh()
    assert model.rowCount() == PAGE_SIZE and not model.complete and model.rest_reads == 0
    assert model.canFetchMore(QModelIndex()) and model.total == BREACHES
    assert [model.id_at(r) for r in range(PAGE_SIZE)] == Records(big.register).ids("breach")[:PAGE_SIZE]
    qtbot.wait(REST_WAIT_MS // 5)
    assert not model.complete  # nothing painted the first page yet: the rest waits for it...
    qtbot.waitUntil(lambda: model.complete, timeout=REST_WAIT_MS * 20)  # ...or for REST_WAIT_MS
    assert model.rowCount() == BREACHES and model.rest_reads == 1 and not model.canFetchMore(QModelIndex())
    assert [model.id_at(r) for r in range(BREACHES)] == Records(big.register).ids("breach")
    assert (seen.resets, seen.inserted) == (1, [(PAGE_SIZE, BREACHES - 1)])


def test_the_first_rows_paint_before_the_rest_is_read(big, qtbot):
    view = RegisterView(big, "breach", now=lambda: NOW)
    qtbot.addWidget(view)
    seen = Seen(view.model)
    view.table.viewport().installEventFilter(seen)
    view.resize(1000, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.complete)
    assert seen.paints[0] == (PAGE_SIZE, False)  # the first page painted while the rest was still unread
    assert view.model.rowCount() == BREACHES and view.model.rest_reads == 1
    assert (seen.resets, seen.inserted) == (1, [(PAGE_SIZE, BREACHES - 1)])  # shown: one reset, then rows added
    assert view.count_label.text() == f"{BREACHES} breaches"


def test_the_rest_arrives_without_a_reset_keeping_selection_and_scroll(big, qtbot):
    view = open_view(qtbot, big)
    chosen = view.model.id_at(60)
    assert view.select_id(chosen)
    view.refresh()
    assert view.model.rowCount() == PAGE_SIZE and not view.model.complete
    # Found on the first page: selected again without reading every id, and the whole register's count stands.
    assert view.current_id() == chosen and view.model.rest_reads == 1
    assert view.count_label.text() == f"{BREACHES} breaches"
    qtbot.wait(10)
    bar = view.table.verticalScrollBar()
    scrolled = bar.value()
    seen = Seen(view.model)
    qtbot.waitUntil(lambda: view.model.complete)
    assert seen.resets == 0 and seen.inserted == [(PAGE_SIZE, BREACHES - 1)]
    assert view.model.rowCount() == BREACHES and view.model.rest_reads == 2
    assert view.current_id() == chosen and view.table.currentIndex().row() == 60
    assert scrolled > 0 and bar.value() == scrolled


def test_the_count_says_more_than_a_page_until_every_match_is_read(big, qtbot):
    view = open_view(qtbot, big)
    view.filter_edit.setText("Generated")
    view._apply_filters()
    assert view.model.rowCount() == PAGE_SIZE
    assert view.count_label.text() == f"{PAGE_SIZE}+ of {BREACHES} breaches"
    qtbot.waitUntil(lambda: view.model.complete)
    assert view.count_label.text() == f"{CLONES} of {BREACHES} breaches"
    view.filter_edit.setText("Generated 0001")  # ten of them: every id with the first page
    view._apply_filters()
    assert view.model.complete and view.count_label.text() == f"10 of {BREACHES} breaches"


def test_a_superseded_refresh_never_reads_or_applies_its_rest(big, qtbot):
    model = RecordTableModel(big, "breach", now=lambda: NOW)
    model.refresh()
    model.index(0, 1).data()  # the first page is painted: its rest is posted for the next turn...
    model.sort(model.column_of("title"), Qt.DescendingOrder)  # ...but a newer reload came first
    assert not model.complete
    qtbot.wait(REST_WAIT_MS // 5)
    assert not model.complete and model.rest_reads == 0  # the older reload's rest was dropped
    qtbot.waitUntil(lambda: model.complete, timeout=REST_WAIT_MS * 20)
    assert model.rest_reads == 1
    assert [model.id_at(r) for r in range(model.rowCount())] == title_order(big, descending=True)
    model.refresh()
    model.index(0, 1).data()
    model.set_filter("Generated 0001")  # a reload that has every id at once
    qtbot.wait(REST_WAIT_MS + 200)
    assert model.rowCount() == 10 and model.rest_reads == 1
    assert [model.id_at(r) for r in range(10)] == title_order(big, descending=True, text="Generated 0001")


def test_a_register_changed_meanwhile_is_read_again_whole(big, qtbot):
    model = RecordTableModel(big, "breach", now=lambda: NOW)
    model.sort(model.column_of("title"))
    assert not model.complete
    last = title_order(big)[-1]
    big.register.db.execute_sql('UPDATE "breach" SET "title" = ? WHERE "id" = ?', ("AAA first of all", last))
    seen = Seen(model)
    model.read_rest()  # a view not refreshed since (hidden): the first page it has is no longer the first
    assert seen.resets == 1 and seen.inserted == []
    assert model.rowCount() == BREACHES and model.id_at(0) == last
    assert [model.id_at(r) for r in range(BREACHES)] == title_order(big)
    assert model.index(0, model.column_of("title")).data() == "AAA first of all"  # its rows read again too


def test_selecting_a_record_past_the_first_page_reads_the_rest_at_once(big, qtbot):
    view = open_view(qtbot, big)
    view.refresh()
    assert not view.model.complete
    target = title_order(big)[250]
    assert view.select_id(target)
    assert view.model.complete and view.current_id() == target and view.table.currentIndex().row() == 250


def test_a_kept_selection_past_a_new_filters_first_page_is_found_once_the_rest_is_read(big, qtbot):
    view = open_view(qtbot, big)
    chosen = title_order(big)[250]
    assert view.select_id(chosen)
    view.filter_edit.setText("Generated")
    view._apply_filters()
    # Typing does not wait for every match to find out whether the kept record is one of them...
    assert not view.model.complete and view.current_id() is None
    view.filter_edit.setText("Generated 00")
    view._apply_filters()  # ...not even across keystrokes
    assert not view.model.complete and view.current_id() is None
    qtbot.waitUntil(lambda: view.model.complete)
    assert view.current_id() == chosen and view.model.row_of(chosen) == view.table.currentIndex().row() > PAGE_SIZE
    view.filter_edit.setText("Generated 0001")  # ten rows, the kept record not among them
    view._apply_filters()
    assert view.model.complete and view.current_id() is None
    view.refresh()
    assert view.current_id() is None


def test_a_refresh_keeps_the_place_past_the_first_page_and_a_new_filter_starts_at_the_top(big, qtbot):
    view = open_view(qtbot, big)
    view.table.scrollTo(view.model.index(250, 1), QAbstractItemView.PositionAtTop)
    qtbot.wait(10)
    top = view.table.rowAt(0)
    assert top > PAGE_SIZE and view.current_id() is None
    view.refresh()  # nothing selected: the rows in sight are what must stay
    assert view.model.complete and view.model.rowCount() == BREACHES
    qtbot.wait(10)
    assert view.table.rowAt(0) == top
    view.filter_edit.setText("Generated")
    view._apply_filters()
    assert not view.model.complete
    qtbot.waitUntil(lambda: view.model.complete)
    assert view.table.rowAt(0) == 0


def test_scrolling_to_the_end_reads_the_rest(big, qtbot):
    view = open_view(qtbot, big)
    view.refresh()
    assert not view.model.complete
    view.table.scrollToBottom()  # Qt's fetchMore: the view wants the rows past its last one
    assert view.model.complete and view.model.rowCount() == BREACHES


def test_delete_past_the_first_page_selects_the_row_that_took_its_place(big, qtbot, monkeypatch):
    monkeypatch.setattr(registerview, "confirm", lambda *_args: True)
    view = open_view(qtbot, big)
    order = title_order(big)
    view.select_id(order[150])
    view.table.scrollToTop()  # the selected row out of sight: only its place says the rest is needed
    qtbot.wait(10)
    view.delete_current()  # a refresh: the first page, then the row below the deleted one past it
    assert not Records(big.register).exists("breach", order[150])
    assert view.current_id() == order[151] and view.table.currentIndex().row() == 150


def test_the_model_tester_passes_while_the_rest_is_pending(big, qtmodeltester):
    model = RecordTableModel(big, "breach", now=lambda: NOW)
    model.refresh()
    assert not model.complete
    qtmodeltester.check(model, force_py=True)  # it fetches more: the rows are added as Qt's rules want
    assert model.complete and model.rowCount() == BREACHES
