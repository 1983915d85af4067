"""The Qt figures, each run in a fresh process: `python -m benchmarks.gui_child MODE REGISTER [REPEAT]`.

Modes (offscreen; each prints one JSON line on stdout):

- ``start-app``: the app's own start-up path (``launch.prepare``: the headless modules, the QApplication,
  settings, translation; then ``AtlasApp``, the unlock the unlock dialog does, ``open_register``) up to the
  first paint of the main window; prints "painted" the moment it is painted (the parent times the whole
  process).
- ``start-floor``: a bare QApplication and QMainWindow, and the same SQLCipher file opened with
  the same key derivation, up to the window's first paint.
- ``table``: the breaches table (``RegisterView``) with its floors: time to first painted rows, and
  one-keystroke filter changes (3 to 4 characters); the floor is a bare QTableView over a minimal model
  showing the same rows read by raw SQL (``benchmarks/bare_table.py``), and the raw SQL alone is given too.
- ``memory``: the main window with the breaches page open, scrolled and filtered; prints the peak RSS.
- ``memory-table``: the same with the breaches table alone (no main window): what the table costs.
"""

from __future__ import annotations

import json
import sys
import time


def _emit(payload: dict) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def _paint_watch(app, is_target):
    """An event filter that notes the first paint of a widget ``is_target`` accepts."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj, event) -> bool:
            if not self.painted and event.type() == QEvent.Paint and is_target(obj):
                self.painted = True
            return False

    watch = Watch()
    app.installEventFilter(watch)
    return watch


def _exit_when_painted(app, watch) -> None:
    import os

    from PySide6.QtCore import QTimer

    def poll() -> None:
        if watch.painted:
            _emit({"painted": time.time()})
            os._exit(0)  # at once: tearing Qt down is not part of starting up
        QTimer.singleShot(0, poll)

    QTimer.singleShot(0, poll)
    app.exec()


def start_app(path: str) -> None:
    from pathlib import Path

    from atlas_desktop.gui.launch import prepare

    app, settings = prepare()  # what `python -m atlas_desktop` runs: headless modules, QApplication, settings
    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.storage.register import Register
    from benchmarks.rawopen import PASSPHRASE

    controller = AtlasApp(settings)
    watch = _paint_watch(app, lambda w: getattr(w, "window", None) and w.isWidgetType()
                         and w.window() is controller.window)
    # What the unlock dialog does with the typed passphrase, then what it hands the controller.
    controller.open_register(Register.open(Path(path), passphrase=PASSPHRASE, actor=settings.actor))
    _exit_when_painted(app, watch)


def start_floor(path: str) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks.rawopen import open_raw  # the key file's code and SQLCipher: nothing else of the app

    app = QApplication([sys.argv[0]])
    conn = open_raw(Path(path))
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # proves the key: SQLCipher reads lazily
    window = QMainWindow()
    window.resize(1200, 780)
    watch = _paint_watch(app, lambda w: w.isWidgetType() and w.window() is window)
    window.show()
    _exit_when_painted(app, watch)


def _session(path: str):
    from pathlib import Path

    from atlas_desktop.gui.session import Session
    from atlas_desktop.storage.settings import Settings
    from benchmarks.figures import open_register

    return Session(open_register(Path(path)), Settings.load())


def _settle(app, until, limit: float = 30.0) -> None:
    """Process events until ``until()`` holds (a paint happened)."""
    deadline = time.perf_counter() + limit
    while not until():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the view never painted")


def _viewport_watch(view):
    """Notes each paint of the view's table area while it has rows (the paint reads the rows it shows).
    Installed on that one widget: a filter on the whole application sees every event and is itself a cost."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        seen = False

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Paint and view.model.rowCount():
                self.seen = True
            return super().eventFilter(obj, event)

    watch = Watch(view)
    view.table.viewport().installEventFilter(watch)
    return watch


def table(path: str, repeat: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from atlas_desktop.core.entities import entity
    from atlas_desktop.gui.registerview import RegisterView
    from atlas_desktop.gui.tablemodel import PAGE_SIZE
    from benchmarks.bare_table import BareTable, page_rows
    from benchmarks.timing import Stats

    app = QApplication([sys.argv[0]])
    session = _session(path)
    records = session.records
    breach = entity("breach")
    size = (1200, 700)

    def page_query(view: RegisterView, text: str | None):  # noqa: ANN202
        """The quickest raw SQL for the rows the view shows first: the first page's ids in the view's order
        (from the title index, as the app's own id query does), and those rows."""
        model = view.model
        ids_sql, params = records._ordered(breach, records._query(breach, None, text, records.models["breach"].id,
                                                                  whole=True),
                                           model.order_by, model.descending, whole=True).sql()
        sql = f'SELECT * FROM "breach" WHERE "id" IN ({ids_sql} LIMIT {PAGE_SIZE})'

        def fetch() -> tuple[list[str], list[tuple]]:
            cursor = records.reg.db.execute_sql(sql, params)
            return [d[0] for d in cursor.description], cursor.fetchall()
        return fetch

    def sql_floor(view: RegisterView, text: str | None) -> float:
        fetch = page_query(view, text)
        started = time.perf_counter()
        fetch()
        return time.perf_counter() - started

    def shape(view: RegisterView) -> tuple[list[str], list[str], int]:
        model = view.model
        headers = [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
        return headers, [f.key for f in model.fields], model.columnCount()

    def bare_floor(view: RegisterView, text: str | None, bare: BareTable | None = None) -> float:
        """The same page read by the raw SQL, made text and painted by a bare QTableView: a new one (first rows,
        as opening the page makes the view) or ``bare`` kept from the previous keystroke (the filter)."""
        headers, keys, width = shape(view)
        fetch = page_query(view, text)
        started = time.perf_counter()
        rows = page_rows(fetch, keys, width)
        table = bare or BareTable(headers, size)
        table.show_rows(app, rows)
        took = time.perf_counter() - started
        if bare is None:
            table.close(app)
        return took

    first, first_floor, first_sql, counted = Stats(), Stats(), Stats(), Stats()
    view = watch = None
    for i in range(repeat + 1):  # the first round warms Qt and SQLite up and is not counted
        if view is not None:
            view.deleteLater()
            app.processEvents()
        # The main window makes a register's page when it is first shown: opening the Breaches page is making
        # the view and showing it.
        started = time.perf_counter()
        view = RegisterView(session, "breach")
        watch = _viewport_watch(view)
        view.resize(*size)
        view.show()
        _settle(app, lambda w=watch: w.seen)
        took = time.perf_counter() - started
        # Not part of the figure: when every matching id (the row count, the scroll bar) has followed.
        _settle(app, lambda v=view: v.model.complete)
        counted_took = time.perf_counter() - started
        view.hide()  # the floor's table is shown alone, as the view was
        floor_took, sql_took = bare_floor(view, None), sql_floor(view, None)
        view.show()
        if i:
            first.samples.append(took)
            first_floor.samples.append(floor_took)
            first_sql.samples.append(sql_took)
            counted.samples.append(counted_took)

    assert view is not None and watch is not None
    words = _words(records)
    keys, keys_floor, keys_sql, keys_counted = Stats(), Stats(), Stats(), Stats()
    headers, _keys, _width = shape(view)
    bare = BareTable(headers, size)
    for word in words:
        view.filter_edit.setText(word[:3])
        view._apply_filters()
        _settle(app, lambda: view.model.complete)  # the pause after typing the third character...
        for _ in range(5):  # ...in which the rows it added are painted too
            app.processEvents()
        watch.seen = False
        started = time.perf_counter()
        view.filter_edit.setText(word)  # the fourth character
        view._apply_filters()  # what the 150 ms pause after typing triggers; the pause itself is not counted
        if view.model.rowCount():
            _settle(app, lambda: watch.seen)
        else:
            app.processEvents()
        keys.samples.append(time.perf_counter() - started)
        # Not part of the figure: when every matching id has followed the painted first page.
        _settle(app, lambda: view.model.complete)
        keys_counted.samples.append(time.perf_counter() - started)
        bare_floor(view, word[:3], bare)  # the bare table shows the third character's rows first, as the view did
        keys_floor.samples.append(bare_floor(view, word, bare))
        keys_sql.samples.append(sql_floor(view, word))
    bare.close(app)
    _emit({"records": records.count("breach"), "first": first.samples, "first_floor": first_floor.samples,
           "first_sql": first_sql.samples, "first_counted": counted.samples, "keys": keys.samples,
           "keys_floor": keys_floor.samples, "keys_sql": keys_sql.samples, "keys_counted": keys_counted.samples,
           "words": words})


def _words(records) -> list[str]:
    """Four-letter beginnings of words found in the breaches' text: what someone would type."""
    from atlas_desktop.core.entities import entity
    from atlas_desktop.core.search import search_text

    seen: dict[str, None] = {}
    for record in records.list("breach", limit=50):
        for word in search_text(entity("breach"), record).split():
            word = "".join(c for c in word if c.isalpha())
            if len(word) >= 4:
                seen.setdefault(word[:4])
    return list(seen)[:40]


def memory(path: str) -> None:
    import resource
    from pathlib import Path

    from atlas_desktop.gui.app import AtlasApp
    from atlas_desktop.gui.launch import make_application
    from atlas_desktop.storage.settings import Settings
    from benchmarks.figures import open_register

    app = make_application()
    controller = AtlasApp(Settings.load())
    window = controller.open_register(open_register(Path(path)))
    # The dashboard is the first page: its findings and charts (read in a thread on a big register)
    # are part of what the app holds, so the figure waits for them.
    deadline = time.perf_counter() + 300
    while window.dashboard._data is None or window.dashboard._task is not None:
        app.processEvents()
        time.sleep(0.01)
        if time.perf_counter() > deadline:
            raise RuntimeError("the dashboard never finished")
    window.show_page("breach")
    view = window.view_for("breach")
    assert view is not None
    for _ in range(20):
        app.processEvents()
    _scroll_and_filter(app, view)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _emit({"peak_mb": peak_kb / 1024, "rows": view.model.rowCount(), "total": view.model.total,
           "findings": len(window.dashboard.findings)})
    import os
    os._exit(0)  # the figure is taken; tearing Qt down is not part of it


def memory_table(path: str) -> None:
    """The breaches table alone (no main window, dashboard or audit log): what the table itself costs."""
    import os
    import resource

    from PySide6.QtWidgets import QApplication

    from atlas_desktop.gui.registerview import RegisterView

    app = QApplication([sys.argv[0]])
    view = RegisterView(_session(path), "breach")
    view.resize(1200, 700)
    view.show()
    for _ in range(20):
        app.processEvents()
    _scroll_and_filter(app, view)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _emit({"peak_mb": peak_kb / 1024, "rows": view.model.rowCount(), "total": view.model.total})
    os._exit(0)


def _scroll_and_filter(app, view) -> None:
    bar = view.table.verticalScrollBar()
    for step in range(0, 101, 5):  # scroll through the whole table, as someone looking for a record would
        bar.setValue(bar.maximum() * step // 100)
        app.processEvents()
    view.filter_edit.setText("laptop")
    view._apply_filters()
    app.processEvents()


if __name__ == "__main__":
    mode, register = sys.argv[1], sys.argv[2]
    if mode == "start-app":
        start_app(register)
    elif mode == "start-floor":
        start_floor(register)
    elif mode == "table":
        table(register, int(sys.argv[3]) if len(sys.argv) > 3 else 10)
    elif mode == "memory":
        memory(register)
    elif mode == "memory-table":
        memory_table(register)
    else:
        sys.exit(f"unknown mode {mode}")
