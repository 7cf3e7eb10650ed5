"""The annotate/redact editor driven with the mouse and the keyboard: every tool, select,
move, resize, delete, undo/redo, zoom, saving a copy and re-opening it."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
from bonusdesk.core.derivative import make_derivative
from bonusdesk.core.evidence import sha256_file
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.ui.editor.canvas import Tool
from bonusdesk.ui.editor.items import HANDLE_PX

from .conftest import answer_modal
from .editor_helpers import boxes, click, drag, import_picture, key, open_editor, save_and_wait
from .test_session import reply_eml


def picture(folder, claim, tmp_path, size=(400, 300), name="page.png"):
    image = Image.new("RGB", size, (236, 239, 244))
    return import_picture(folder, claim, image, tmp_path / name)


def test_each_tool_draws_its_operation_with_the_mouse(qtbot, session, folder, claim,
                                                      tmp_path):
    ev = picture(folder, claim, tmp_path)
    dialog = open_editor(qtbot, session, ev.id)
    dialog.scene.ask_text = lambda _current: "Ici !"
    for keys, start, end in (("R", (20, 20), (120, 80)), ("A", (150, 150), (250, 200)),
                             ("M", (30, 100), (130, 120)), ("B", (200, 20), (300, 50)),
                             ("T", (20, 200), (200, 240)), ("Shift+C", (10, 10), (390, 290))):
        key(dialog, keys)
        drag(dialog, start, end)
    key(dialog, "N")
    click(dialog, 350, 250)
    assert dialog.tool_actions[Tool.STEP].isChecked()
    assert boxes(dialog) == [
        ("rect", [20, 20, 100, 60]), ("arrow", [150, 150, 100, 50]),
        ("highlight", [30, 100, 100, 20]), ("redact", [200, 20, 100, 30]),
        ("text", [20, 200, 180, 40]), ("crop", [10, 10, 380, 280]),
        ("step", [336, 236, 28, 28])]
    ops = dialog.scene.operations()
    assert ops.operations[4].text == "Ici !"
    assert ops.numbered().operations[6].step == 1
    # Arrows keep their direction: drawn right to left, the head is on the left.
    key(dialog, "A")
    drag(dialog, (300, 100), (200, 60))
    assert boxes(dialog)[-1] == ("arrow", [300, 100, -100, -40])


def test_a_drag_too_short_draws_nothing(qtbot, session, folder, claim, tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "R")
    drag(dialog, (50, 50), (51, 52))
    assert boxes(dialog) == []
    assert not dialog.save_button.isEnabled()


def test_select_move_resize_and_delete_are_each_undone_and_redone(qtbot, session, folder,
                                                                  claim, tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "R")
    drag(dialog, (20, 20), (120, 80))
    key(dialog, "S")
    drag(dialog, (60, 50), (90, 60))  # grab the inside, move by (30, 10)
    assert boxes(dialog) == [("rect", [50, 30, 100, 60])]
    drag(dialog, (150, 90), (170, 130))  # the bottom-right handle of the selected shape
    assert boxes(dialog) == [("rect", [50, 30, 120, 100])]
    key(dialog, "Delete")
    assert boxes(dialog) == []
    for expected in ([("rect", [50, 30, 120, 100])], [("rect", [50, 30, 100, 60])],
                     [("rect", [20, 20, 100, 60])], []):
        key(dialog, "Ctrl+Z")
        assert boxes(dialog) == expected
    key(dialog, "Ctrl+Shift+Z")  # Flameshot's redo
    key(dialog, "Ctrl+Y")
    assert boxes(dialog) == [("rect", [50, 30, 100, 60])]


def test_arrow_keys_nudge_the_selection_and_shift_resizes_it(qtbot, session, folder, claim,
                                                             tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "B")
    drag(dialog, (20, 20), (120, 80))
    key(dialog, "S")
    click(dialog, 50, 50)
    for _ in range(3):
        key(dialog, "Right")
    key(dialog, "Shift+Down")
    assert boxes(dialog) == [("redact", [23, 20, 100, 61])]
    key(dialog, "Ctrl+Z")  # the three nudges were one step
    assert boxes(dialog) == [("redact", [23, 20, 100, 60])]
    key(dialog, "Ctrl+Z")
    assert boxes(dialog) == [("redact", [20, 20, 100, 60])]


def test_ctrl_click_adds_to_the_selection_and_moves_both(qtbot, session, folder, claim,
                                                         tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "M")
    drag(dialog, (20, 20), (80, 40))
    drag(dialog, (20, 100), (80, 120))
    key(dialog, "S")
    click(dialog, 50, 30)
    click(dialog, 50, 110, Qt.KeyboardModifier.ControlModifier)
    drag(dialog, (50, 30), (60, 35))
    assert boxes(dialog) == [("highlight", [30, 25, 60, 20]), ("highlight", [30, 105, 60, 20])]
    key(dialog, "R")
    key(dialog, "Ctrl+A")  # every shape, back to the select tool
    assert dialog.scene.tool == Tool.SELECT and len(dialog.scene.selected_shapes()) == 2
    key(dialog, "Delete")
    assert boxes(dialog) == []


def test_a_second_crop_replaces_the_first_in_one_undo_step(qtbot, session, folder, claim,
                                                           tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "Shift+C")
    drag(dialog, (10, 10), (200, 200))
    drag(dialog, (50, 50), (300, 250))
    assert boxes(dialog) == [("crop", [50, 50, 250, 200])]
    key(dialog, "Ctrl+Z")
    assert boxes(dialog) == [("crop", [10, 10, 190, 190])]


def test_step_markers_number_themselves_in_order(qtbot, session, folder, claim, tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "N")
    for x in (50, 150, 250):
        click(dialog, x, 100)
    assert [i.shown_step for i in dialog.scene.shapes()] == [1, 2, 3]
    key(dialog, "S")
    click(dialog, 150, 100)
    key(dialog, "Delete")
    assert [i.shown_step for i in dialog.scene.shapes()] == [1, 2]
    numbered = dialog.scene.operations().numbered().operations
    assert [(op.box.x, op.step) for op in numbered] == [(36, 1), (236, 2)]


def test_the_text_tool_asks_for_the_words_and_a_double_click_changes_them(
        qtbot, session, folder, claim, tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    answers = iter([None, "Première", "Deuxième\nligne"])
    dialog.scene.ask_text = lambda _current: next(answers)
    key(dialog, "T")
    click(dialog, 40, 40)  # cancelled: nothing drawn
    assert boxes(dialog) == []
    click(dialog, 40, 40)
    assert [op.text for op in dialog.scene.operations().operations] == ["Première"]
    key(dialog, "S")
    QTestDouble = __import__("PySide6.QtTest", fromlist=["QTest"]).QTest
    QTestDouble.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier,
                            dialog.view.mapFromScene(QPointF(50, 45)))
    assert [op.text for op in dialog.scene.operations().operations] == ["Deuxième\nligne"]
    key(dialog, "Ctrl+Z")
    assert [op.text for op in dialog.scene.operations().operations] == ["Première"]


def test_escape_cancels_the_drag_then_leaves_the_tool(qtbot, session, folder, claim,
                                                      tmp_path):
    from PySide6.QtTest import QTest

    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "R")
    viewport = dialog.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     dialog.view.mapFromScene(QPointF(10, 10)))
    QTest.mouseMove(viewport, dialog.view.mapFromScene(QPointF(100, 100)))
    assert len(dialog.scene.shapes()) == 1  # the rectangle follows the mouse
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       dialog.view.mapFromScene(QPointF(100, 100)))
    assert boxes(dialog) == [] and dialog.scene.tool == Tool.RECT
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.scene.tool == Tool.SELECT and dialog.isVisible()


def test_closing_with_unsaved_shapes_asks_first(qtbot, session, folder, claim, tmp_path,
                                                monkeypatch):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "R")
    drag(dialog, (20, 20), (120, 80))
    answers = []

    def question(*_args):
        answers.append(True)
        return answer

    monkeypatch.setattr("bonusdesk.ui.editor.editor_dialog.QMessageBox.question", question)
    answer = QMessageBox.StandardButton.No
    dialog.close()
    assert dialog.isVisible() and answers
    answer = QMessageBox.StandardButton.Yes
    dialog.close()
    assert not dialog.isVisible()
    assert len(folder.evidence.list(claim.id)) == 1  # nothing saved


def test_zoom_fit_and_actual_size_keep_the_handles_the_same_size_on_screen(
        qtbot, session, folder, claim, tmp_path):
    ev = picture(folder, claim, tmp_path, size=(1920, 1080))
    dialog = open_editor(qtbot, session, ev.id, zoom=None)
    fitted = dialog.view.zoom
    assert fitted < 1
    visible = dialog.view.mapToScene(dialog.view.viewport().rect()).boundingRect()
    assert visible.contains(dialog.scene.sceneRect())
    key(dialog, "Ctrl+1")
    assert dialog.view.zoom == 1.0 and dialog.zoom_label.text() == "100\u00a0%"
    dialog.view.set_zoom(2.0)
    key(dialog, "B")
    drag(dialog, (960, 540), (1000, 560))
    item = dialog.scene.shapes()[0]
    assert item.handle * dialog.view.zoom == HANDLE_PX
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(dialog.view.viewport(), wheel)
    assert round(dialog.view.zoom, 3) == 1.6
    assert item.handle * dialog.view.zoom == HANDLE_PX
    key(dialog, "Ctrl+0")
    assert dialog.view.zoom == fitted and dialog.view.fitted


def test_saving_from_the_gallery_adds_a_copy_and_selects_it(window, qtbot, folder, claim,
                                                            tmp_path):
    original = picture(folder, claim, tmp_path, name="statement.png")
    before = folder.evidence.file_path(original).read_bytes()
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    window.claim_view.show_tab("evidence")
    gallery.view.setCurrentIndex(gallery.model.index(0))
    editor = window.commands.editor
    assert editor.act_annotate.isEnabled() and gallery.annotate_button.isEnabled()

    def draw_and_save(dialog):
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        dialog.view.set_zoom(1.0)
        key(dialog, "B")
        drag(dialog, (40, 30), (160, 80))
        dialog.save()

    answer_modal(editor.act_annotate.trigger, draw_and_save)
    items = folder.evidence.list(claim.id)
    assert len(items) == 2
    copy = items[1]
    assert copy.source == "derivative" and copy.parent_sha256 == original.sha256
    assert copy.caption == "Redacted copy of: statement.png"
    assert copy.metadata["operations"] == [{"kind": "redact", "rect": [40, 30, 120, 50]}]
    assert folder.evidence.file_path(original).read_bytes() == before
    assert sha256_file(folder.evidence.file_path(original)) == original.sha256
    # The copy is shown selected in the gallery, and is the session's current item.
    assert gallery.model.rowCount() == 2
    assert gallery.current_evidence().id == copy.id
    assert window.session.current_evidence_id == copy.id
    assert window.claim_view.tabs.currentWidget() is gallery


def test_a_caption_typed_by_the_player_is_kept(qtbot, session, folder, claim, tmp_path):
    dialog = open_editor(qtbot, session, picture(folder, claim, tmp_path).id)
    key(dialog, "A")
    drag(dialog, (20, 20), (120, 80))
    assert dialog.caption.placeholderText() == "Annotated copy of: page.png"
    dialog.caption.setText("La flèche montre le bouton")
    copy = save_and_wait(qtbot, dialog)
    assert copy.caption == "La flèche montre le bouton"
    assert copy.metadata["derivative"] == "annotated"


def test_reopening_a_copy_edits_its_operations_into_a_new_copy(qtbot, session, folder,
                                                               claim, tmp_path):
    original = picture(folder, claim, tmp_path)
    first = make_derivative(folder, original.id, OperationList([
        Operation(OpKind.RECT, Box(20, 20, 100, 60)),
        Operation(OpKind.REDACT, Box(200, 100, 80, 30))]))
    dialog = open_editor(qtbot, session, first.id)
    assert dialog.base.id == original.id and dialog.revises.id == first.id
    assert boxes(dialog) == [("rect", [20, 20, 100, 60]), ("redact", [200, 100, 80, 30])]
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    key(dialog, "S")
    drag(dialog, (240, 115), (250, 125))
    second = save_and_wait(qtbot, dialog)
    assert second.id not in (first.id, original.id)
    assert second.parent_sha256 == original.sha256
    assert second.metadata["revises_sha256"] == first.sha256
    assert second.metadata["operations"][1] == {"kind": "redact", "rect": [210, 110, 80, 30]}
    assert folder.evidence.get(first.id).sha256 == first.sha256


def test_the_actions_are_offered_only_for_pictures(window, qtbot, folder, claim, tmp_path):
    folder.evidence.import_file(claim.id, reply_eml(tmp_path / "reply.eml"))
    picture(folder, claim, tmp_path)
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    actions = window.commands.editor.actions
    rows = {gallery.model.evidence_at(r).mime: r for r in range(gallery.model.rowCount())}
    gallery.view.setCurrentIndex(gallery.model.index(rows["message/rfc822"]))
    assert not any(a.isEnabled() for a in actions)
    assert not gallery.annotate_button.isEnabled() and not gallery.read_button.isEnabled()
    gallery.view.setCurrentIndex(gallery.model.index(rows["image/png"]))
    assert all(a.isEnabled() for a in actions) and gallery.read_button.isEnabled()
    window.select_claim(claim.id)
    window.set_folder(None)
    assert not any(a.isEnabled() for a in actions)



def refuse_any_question(monkeypatch):
    """A message box over a closed folder's editor fails the test instead of waiting."""
    def asked(*_args, **_kw):
        raise AssertionError("a message box was opened")
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(f"bonusdesk.ui.editor.editor_dialog.QMessageBox.{name}", asked)


def evidence_on_disk(folder, claim_id):
    again = ClaimFolder.open(folder.path, writable=False)
    try:
        return [ev.id for ev in again.evidence.list(claim_id)]
    finally:
        again.close()


def test_closing_the_folder_closes_the_editor_and_a_late_save_writes_nothing(
        qtbot, session, folder, claim, tmp_path, monkeypatch):
    ev = picture(folder, claim, tmp_path)
    dialog = open_editor(qtbot, session, ev.id)
    key(dialog, "B")
    drag(dialog, (20, 20), (120, 80))
    refuse_any_question(monkeypatch)  # unsaved shapes: the switch does not ask, it closes
    assert session.close_folder() == [dialog.windowTitle()]
    assert not dialog.isVisible()
    dialog.save()  # a click still queued: refused without a word
    assert dialog.job is None and dialog.saved is None
    assert evidence_on_disk(folder, claim.id) == [ev.id]


def test_a_copy_still_being_drawn_when_the_folder_closes_is_dropped(
        qtbot, session, folder, claim, tmp_path, monkeypatch):
    ev = picture(folder, claim, tmp_path)
    dialog = open_editor(qtbot, session, ev.id)
    key(dialog, "B")
    drag(dialog, (20, 20), (120, 80))
    stored = []
    monkeypatch.setattr(session, "store_derivative", lambda *a: stored.append(a))
    refuse_any_question(monkeypatch)
    dialog.save()  # the render runs in the pool; its result arrives after the switch
    assert dialog.job is not None
    session.close_folder()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30000)
    assert stored == [] and dialog.saved is None
    assert "nothing was saved" in dialog.status.text()
    assert evidence_on_disk(folder, claim.id) == [ev.id]
