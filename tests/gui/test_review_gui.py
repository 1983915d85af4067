"""Tools → Annual review… and the Annual reviews page, on a real demo register with pytest-qt.

The review is started, decided item by item (confirm, retire, edit in the normal editor,
undo), paused by a lock, finished and closed from the GUI; the real ``close_review`` and
``write_pack`` build and sign the pack in the background task, and the test checks the
zip against its manifest. File dialogs and message boxes are stand-ins that answer as a
user would. Screenshots land in ATLAS_SCREENSHOTS for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox

from atlas_desktop.core import review as rv
from atlas_desktop.exports.review_pack import check_pack, close_review
from atlas_desktop.gui import dialogs
from atlas_desktop.gui.app import AtlasApp
from atlas_desktop.gui.audit_details import action_label, field_label, register_label
from atlas_desktop.gui.editors import open_editors
from atlas_desktop.gui.review import review_windows
from atlas_desktop.gui.review.item_dialogs import NoteDialog, RetireDialog
from atlas_desktop.gui.review.window import CHANGES, CLOSE, FIGURES, ITEMS, ReviewWindow
from atlas_desktop.storage.demo import DEMO_PASSPHRASE, create_demo
from atlas_desktop.storage.reviews import Reviews
from atlas_desktop.storage.settings import Settings

MADE = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
SHOTS = Path(os.environ["ATLAS_SCREENSHOTS"])


@pytest.fixture
def app(qtbot, tmp_path):
    reg, _ = create_demo(tmp_path / "demo.atlas", now=MADE, actor="tester")
    controller = AtlasApp(Settings(auto_lock_minutes=5, user_name="Ana Reviewer"))
    window = controller.open_register(reg)
    qtbot.waitExposed(window)
    yield controller
    for editor in open_editors():
        editor.discard_and_close()
    for review_window in review_windows():
        review_window.close()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.deleteLater()
    controller._finish_close()


@pytest.fixture
def user(monkeypatch, tmp_path):
    """Answers "Export anyway", "Confirm all", and saves the pack as tmp_path/pack.zip; records what was said."""
    seen: dict[str, list] = {"confirm": [], "information": [], "warning": [], "asked": []}
    seen["save_as"] = [tmp_path / "pack.zip"]
    monkeypatch.setattr(dialogs, "_warned_unencrypted", False)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, yes: seen["confirm"].append(text) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: seen["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen["warning"].append(text))

    def save_as(parent, title, start, filters):
        seen["asked"].append(start)
        return str(seen["save_as"][0]), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    return seen


def _retire_with(monkeypatch, note: str) -> list[RetireDialog]:
    shown: list[RetireDialog] = []

    def exec_(self) -> int:
        shown.append(self)
        self.note_edit.setText(note)
        self.show()
        _shoot(self, "review-retire-dialog.png")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RetireDialog, "exec", exec_)
    return shown


def _note_with(monkeypatch, note: str | None) -> list[NoteDialog]:
    shown: list[NoteDialog] = []

    def exec_(self) -> int:
        shown.append(self)
        self.show()
        _shoot(self, "review-note-dialog-empty.png")
        if note is None:
            return QDialog.DialogCode.Rejected
        self.note_edit.setText(note)
        _shoot(self, "review-note-dialog.png")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", exec_)
    return shown


def _shoot(widget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / name))


def _open_window(controller, qtbot) -> ReviewWindow:
    controller.open_review()
    window = review_windows()[-1]
    qtbot.waitExposed(window)
    return window


def _items(controller) -> dict[int, rv.Item]:
    reviews = Reviews(controller.session.records)
    return {i.id: i for i in reviews.items(reviews.list()[0].id)}


def _first(window: ReviewWindow, entity: str, decision: str = rv.OPEN) -> rv.Item:
    return next(i for i in window.items_step.items.values() if i.entity == entity and i.decision == decision)


def _unlock(controller, qtbot) -> None:
    dialog = controller.unlock_dialog
    dialog.passphrase_edit.setText(DEMO_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not controller.session.is_locked, timeout=15_000)


def test_a_review_from_start_to_signed_pack(app, qtbot, user, monkeypatch, tmp_path):
    controller = app
    window = _open_window(controller, qtbot)
    assert window.pages.currentWidget() is window.intro
    intro = window.intro_text.text()
    assert "Art. 5(2)" in intro and "Art. 24(1)" in intro and "pause" in intro.lower()
    window.resize(1000, 720)
    _shoot(window, "review-intro.png")

    window.start_button.click()
    assert window.pages.currentWidget() is window.steps
    items = window.items_step.items
    # 17 activities in force (the retired logbook is not an item), 7 processors, 2 DPIAs, 5 policies and
    # 5 purposes relying on consent (the family-day photo's is the fifth).
    assert len(items) == 36 and all(i.decision == rv.OPEN for i in items.values())
    assert window.items_step.progress_label.text() == "0 of 36 reviewed"
    assert window.items_step.tree.topLevelItemCount() == len(rv.REVIEWED)  # a heading per register
    assert not window.items_step.confirm_button.isEnabled()               # nothing selected yet

    # Confirm one activity.
    activity = _first(window, "activity")
    window.items_step.select_ids([activity.id])
    window.items_step.confirm_button.click()
    assert _items(controller)[activity.id].decision == rv.CONFIRMED
    assert _items(controller)[activity.id].decided_by == "Ana Reviewer"

    # Retire one policy, with a note; the record keeps its history as retired.
    policy = _first(window, "policy")
    shown = _retire_with(monkeypatch, "Replaced by the new handbook")
    window.items_step.select_ids([policy.id])
    window.items_step.retire_button.click()
    assert shown and any(rv.BY_ENTITY["policy"].retire_help in label.text()
                         for label in shown[0].findChildren(type(window.title)))
    retired = _items(controller)[policy.id]
    assert retired.decision == rv.RETIRED and retired.note == "Replaced by the new handbook"
    assert controller.session.records.get("policy", policy.record_id)["status"] == "retired"

    # Edit one processor in its normal editor: saving marks the item updated, and the window shows it.
    processor = _first(window, "processor")
    window.items_step.select_ids([processor.id])
    window.items_step.edit_button.click()
    editor = open_editors()[-1]
    qtbot.waitExposed(editor)
    assert (editor.entity.key, editor.record_id) == ("processor", processor.record_id)
    editor.rows["contact"].widget.set_value("dpo@contab-expert.example")
    assert editor.save()
    editor.close()
    assert _items(controller)[processor.id].decision == rv.UPDATED
    assert window.items_step.items[processor.id].decision == rv.UPDATED
    assert window.items_step.progress_label.text() == "3 of 36 reviewed"

    # Undo a confirmation.
    window.items_step.select_ids([activity.id])
    assert window.items_step.undo_button.isEnabled()
    window.items_step.undo_button.click()
    assert _items(controller)[activity.id].decision == rv.OPEN
    window.items_step.select_ids([activity.id])
    window.items_step.confirm_button.click()
    window.items_step.select_ids([activity.id])
    _shoot(window, "review-items.png")

    # The close button waits for every item, and says why.
    window.go(CLOSE)
    assert not window.close_step.close_button.isEnabled()
    assert window.close_step.blocked.isVisible()
    assert "33 items are not reviewed yet" in window.close_step.blocked_label.text()
    _shoot(window, "review-close-blocked.png")

    # Pause by locking: the window hides with everything else and comes back with the progress kept.
    controller.lock("manual")
    assert controller.session.is_locked and not window.isVisible()
    _unlock(controller, qtbot)
    assert window.isVisible()
    assert window.items_step.progress_label.text() == "3 of 36 reviewed"
    assert window.items_step.items[processor.id].decision == rv.UPDATED

    # The figures and the (first-review) comparison.
    window.go(FIGURES)
    assert window.figures_step.figures is not None
    assert window.figures_step.figures.staff == 7
    _shoot(window, "review-figures.png")
    window.go(CHANGES)
    assert "first review" in window.changes_step.intro.text()
    window.go(ITEMS)

    # Confirm the rest, then close: the real close and pack run in the background task. "Confirm all" leaves
    # the items that need attention; each of those is confirmed with a note.
    waiting = len(window.items_step.waiting())
    assert waiting
    window.items_step.all_button.click()
    assert f"{33 - waiting} items" in user["confirm"][-1] and f"{waiting} more need your attention" in user["confirm"][-1]
    _note_with(monkeypatch, "Looked at one by one")
    window.items_step.select_ids([i.id for i in window.items_step.waiting()])
    window.items_step.confirm_button.click()
    assert all(not i.is_open for i in _items(controller).values())
    window.go(CLOSE)
    assert window.close_step.close_button.isEnabled() and not window.close_step.blocked.isVisible()
    window.close_step.close_button.click()
    assert user["asked"] and user["asked"][0].endswith("Annual review 2026.zip")
    qtbot.waitUntil(lambda: any("closed and signed" in t for t in user["information"]), timeout=120_000)
    pack = tmp_path / "pack.zip"
    assert pack.exists() and check_pack(pack.read_bytes()) == []
    closed = Reviews(controller.session.records).list()[0]
    assert closed.status == rv.CLOSED and closed.closed_by == "Ana Reviewer"

    # The window now shows the closed review read-only, with its pack.
    assert window.review.status == rv.CLOSED
    assert not window.items_step.buttons_bar.isVisible()
    assert window.close_step.save_button.isVisible() and not window.close_step.close_button.isVisible()
    _shoot(window, "review-closed.png")

    # The Annual reviews page lists it, and saves its pack again.
    main = controller.window
    main.show_page("reviews")
    page = main.reviews_page
    assert page.table.topLevelItemCount() == 1
    row = page.table.topLevelItem(0)
    assert row.text(0) == "Annual review 2026" and row.text(1) == "Closed" and "Ana Reviewer" in row.text(4)
    assert page.save_button.isEnabled()
    _shoot(main, "window-reviews.png")
    user["save_as"][0] = tmp_path / "again.zip"
    page.save_button.click()
    saved = len(user["information"])
    # Wait for the task's own word, not only the file: the file appears a moment before the task ends, and
    # its message must not arrive after the test has put the real QMessageBox back (a loaded machine did that).
    qtbot.waitUntil(lambda: len(user["information"]) > saved, timeout=30_000)
    assert (tmp_path / "again.zip").read_bytes() == pack.read_bytes()


def test_a_consent_purpose_opens_the_consents_page_filtered(app, qtbot):
    controller = app
    window = _open_window(controller, qtbot)
    window.start()
    purpose = _first(window, rv.CONSENT_PURPOSE)
    window.items_step.select_ids([purpose.id])
    assert "no editor" in window.items_step.edit_button.toolTip()
    window.items_step.edit_button.click()
    main = controller.window
    assert main.current_page() == "consent"
    view = main.view_for("consent")
    assert view.filter_edit.text() == purpose.title
    qtbot.waitUntil(lambda: 1 <= view.model.rowCount() < view.model.total)  # that purpose's consents only
    assert not open_editors()


def test_the_reviews_page_starts_and_opens_reviews_and_names_them_in_the_audit_log(app, qtbot, user):
    controller = app
    main = controller.window
    main.show_page("reviews")
    page = main.reviews_page
    assert page.stack.currentWidget() is page.empty
    _shoot(main, "window-reviews-empty.png")
    page.empty_button.click()
    window = review_windows()[-1]
    qtbot.waitExposed(window)
    window.start()
    assert page.stack.currentWidget() is page.listing
    assert page.table.topLevelItem(0).text(1) == "In progress: 0 of 36 reviewed"
    assert not page.save_button.isEnabled()
    assert page.start_button.text().replace("&", "") == "Continue the review…"
    window.close()
    # Opening the review in progress from the page, or from the menu, shows one window for it.
    page.open_button.click()
    controller.open_review()
    assert len(review_windows()) == 1

    assert register_label("review") == "Annual reviews" and action_label("review") == "Reviewed"
    assert field_label("review", "pack_sha256") == "Pack SHA-256"


def test_a_second_review_lists_the_changes_since_the_first(app, qtbot, user):
    controller = app
    records = controller.session.records
    reviews = Reviews(records)
    started = reviews.start()
    reviews.confirm(None)
    reviews.confirm([i.id for i in reviews.items(started.id, decision=rv.OPEN)], note="Looked at one by one")
    first = close_review(records)
    controller.session.notify("review")
    reviews.start()
    activity = next(i for i in reviews.items(reviews.current().id) if i.entity == "activity")
    records.update("activity", activity.record_id, {"name": "Payroll and HR administration"})
    controller.session.notify("activity")

    window = _open_window(controller, qtbot)
    window.go(CHANGES)
    assert first.title in window.changes_step.intro.text()
    tree = window.changes_step.tree
    assert tree.isVisible() and tree.topLevelItemCount() == 1
    group = tree.topLevelItem(0)
    assert group.text(0).startswith("Changed") and group.child(0).text(0) == "Payroll and HR administration"
    assert "Name" in group.child(0).text(2)
    _shoot(window, "review-changes.png")

    # The first, closed review opens read-only from the page.
    controller.window.show_page("reviews")
    page = controller.window.reviews_page
    page.select_id(first.id)
    page.open_button.click()
    closed_window = next(w for w in review_windows() if w.review is not None and w.review.id == first.id)
    assert not closed_window.items_step.buttons_bar.isVisible()
    assert closed_window.step_list.item(CLOSE).text() == "4. Review pack"


def test_on_a_big_register_the_figures_are_counted_off_the_gui_thread(app, qtbot, monkeypatch):
    monkeypatch.setattr("atlas_desktop.gui.review.window.SYNC_LIMIT", 0)  # the demo counts as big
    controller = app
    window = _open_window(controller, qtbot)
    window.start()
    window.go(FIGURES)
    assert window.figures_step.figures is None and "Counting" in window.figures_step.status.text()
    qtbot.waitUntil(lambda: window.figures_step.figures is not None, timeout=30_000)
    # The demo's four breaches: the laptop notified late; the roster (a trusted recipient, assessed unlikely to
    # result in a risk) and the driver's phone (Retail Sud's data: the client notifies, Art. 33(2)) not needed;
    # the phishing to be notified but not sent yet.
    total = window.figures_step.figures.breach_total
    # (Counted as to be notified, not as undecided: that is what the assessment recorded, Art. 33(1).)
    assert (total.breaches, total.notified, total.on_time, total.late, total.not_needed, total.to_notify,
            total.undecided) == (4, 1, 0, 1, 2, 1, 0)
    legend = [label.text() for label in window.figures_step.findChildren(QLabel) if "Not needed:" in label.text()]
    assert legend and "Art. 33(2)" in legend[0]  # the column's words say a client's breach counts there too
    assert "first review" in window.changes_step.intro.text()


def test_a_close_that_fails_leaves_the_review_open_and_says_why(app, qtbot, user, monkeypatch, tmp_path):
    from atlas_desktop.core.errors import UsageError
    from atlas_desktop.exports import review_pack

    def refuse(records, **_kw):
        raise UsageError('Processing activity "Payroll" cannot be saved as reviewed: Name is required.')

    monkeypatch.setattr(review_pack, "close_review", refuse)
    controller = app
    window = _open_window(controller, qtbot)
    window.start()
    window.items_step.all_button.click()
    _note_with(monkeypatch, "Looked at one by one")
    window.items_step.select_ids([i.id for i in window.items_step.waiting()])
    window.items_step.confirm_button.click()
    window.go(CLOSE)
    window.close_step.close_button.click()
    qtbot.waitUntil(lambda: bool(user["warning"]), timeout=30_000)
    assert "cannot be saved as reviewed" in user["warning"][-1]
    assert not (tmp_path / "pack.zip").exists()
    assert window.review.is_open and window.close_step.close_button.isEnabled()


def test_items_that_need_attention_are_marked_left_by_confirm_all_and_confirmed_with_a_note(app, qtbot, user,
                                                                                            monkeypatch):
    """Overdue reviews, a breach whose clock runs (Art. 33(1), 34(1)) and gaps stand out in the list; "Confirm all
    remaining" leaves them and says so; confirming one asks for a note, required, kept with the reviewer's name."""
    controller = app
    window = _open_window(controller, qtbot)
    window.resize(1366, 768)
    window.start()
    step = window.items_step
    waiting = step.waiting()
    assert waiting and "need your attention" in step.breakdown.text()
    rows = {}
    for g in range(step.tree.topLevelItemCount()):
        group = step.tree.topLevelItem(g)
        for c in range(group.childCount()):
            rows[group.child(c).data(0, Qt.ItemDataRole.UserRole + 1)] = group.child(c)
    for item in waiting:
        row = rows[item.id]
        assert row.text(1) == "Needs attention" and row.font(0).bold() and row.text(4)
        assert step.attention[item.id][0].article in row.toolTip(1)
    calm = next(i for i in step.items.values() if i.id not in step.attention)
    assert rows[calm.id].text(1) == "Not reviewed yet" and not rows[calm.id].font(0).bold()
    _shoot(window, "review-items-attention.png")

    step.all_button.click()
    assert f"{len(waiting)} more need your attention" in user["confirm"][-1]
    after = _items(controller)
    assert all(after[i.id].is_open for i in waiting)
    assert all(not i.is_open for i in after.values() if i.id not in step.attention)

    # Cancelled: nothing saved. With a note: confirmed, with the note and the reviewer's name.
    breach_item = next(i for i in waiting if any(r.kind == "breach" for r in step.attention[i.id]))
    shown = _note_with(monkeypatch, None)
    step.select_ids([breach_item.id])
    step.confirm_button.click()
    assert shown and not shown[0].confirm_button.isEnabled()   # no note yet: the button waits for one
    assert "Art. 33(1), 34(1)" in " ".join(label.text() for label in shown[0].findChildren(QLabel))
    assert _items(controller)[breach_item.id].is_open
    shown = _note_with(monkeypatch, "Authority notified by phone; the form goes today")
    step.select_ids([breach_item.id])
    step.confirm_button.click()
    assert shown[0].confirm_button.isEnabled()
    done = _items(controller)[breach_item.id]
    assert done.decision == rv.CONFIRMED and done.decided_by == "Ana Reviewer"
    assert done.note == "Authority notified by phone; the form goes today"


def test_the_note_dialogs_show_their_example_whole_and_no_gaps(app, qtbot):
    """The example in the note field is the hint a busy reviewer reads: it is not cut off, and the dialog
    is as tall as its wrapped text at its width (the size hint's height, for another width, left gaps)."""
    controller = app
    window = _open_window(controller, qtbot)
    window.start()
    step = window.items_step
    waiting = step.waiting()
    for dialog in (NoteDialog(waiting[:3], step.attention, window), RetireDialog(waiting[:3], window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.note_edit
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()), type(dialog)
        layout = dialog.layout()
        assert dialog.height() <= layout.totalHeightForWidth(dialog.width()) + 1, type(dialog)
        _shoot(dialog, f"review-{type(dialog).__name__}.png")


def test_blank_decision_columns_leave_the_record_titles_room(app, qtbot):
    """Before any decision "Decided by" and "When" are blank: they take only their heading's width, so at the
    window's opening size on a laptop the records' names are not cut (they were: "Client-expert chat and e…")."""
    controller = app
    window = _open_window(controller, qtbot)
    window.resize(1100, 700)
    window.start()
    step = window.items_step
    qtbot.waitUntil(lambda: step.tree.topLevelItemCount() > 0)
    header = step.tree.header()
    for column in (2, 3):
        heading = header.fontMetrics().horizontalAdvance(step.tree.headerItem().text(column))
        assert header.sectionSize(column) < heading + 4 * header.fontMetrics().averageCharWidth() + 24
    widest = max(step.tree.fontMetrics().horizontalAdvance(step.tree.topLevelItem(g).child(c).text(0))
                 for g in range(step.tree.topLevelItemCount())
                 for c in range(step.tree.topLevelItem(g).childCount()))
    assert header.sectionSize(0) > widest
