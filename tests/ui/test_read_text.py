"""Read the text of a screenshot in the app: real OCR off the GUI thread, cancel, the claim
filled only after the player says yes, the text searchable."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import Remedy
from bonusdesk.core.ocr_store import stored_texts
from bonusdesk.ui.editor.read_text_dialog import ReadTextDialog
from tests.core.rendered import error_dialog

from .conftest import answer_modal
from .editor_helpers import FakeOcr, drag, import_picture, key, open_editor, save_and_wait

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def reader(qtbot, session, evidence_id, region=None, chain=None) -> ReadTextDialog:
    dialog = ReadTextDialog(session, evidence_id, region, chain=chain)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def read(qtbot, dialog) -> ReadTextDialog:
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    return dialog


@pytest.fixture
def answers(monkeypatch):
    """What the player answers to "Change the claim?", and the questions asked."""
    asked: list[str] = []
    replies: list = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr("bonusdesk.ui.editor.read_text_dialog.QMessageBox.question", question)
    return asked, replies


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_error_code_of_a_rendered_dialog_is_read_and_offered(qtbot, session, folder,
                                                                 claim, tmp_path, lang):
    ev = import_picture(folder, claim, error_dialog(lang), tmp_path / f"erreur-{lang}.png")
    dialog = read(qtbot, reader(qtbot, session, ev.id))
    assert "BNS-402" in dialog.text.toPlainText()
    assert dialog.codes.currentText() == "BNS-402"
    if lang == "fr":
        assert "Le bonus n'a pas pu être crédité sur votre compte." in dialog.text.toPlainText()
    [kept] = stored_texts(folder, ev.id)
    assert kept.text == dialog.text.toPlainText() and kept.engine in ("tesserocr", "tesseract")


def test_nothing_goes_into_the_claim_until_the_player_says_yes(qtbot, session, folder, claim,
                                                               tmp_path, answers):
    asked, replies = answers
    session.update_claim(claim.id, error_code="", error_text="")
    ev = import_picture(folder, claim, error_dialog("en"), tmp_path / "err.png")
    dialog = read(qtbot, reader(qtbot, session, ev.id))
    assert folder.claims.get(claim.id).error_code == ""  # reading fills nothing
    replies.append(NO)
    assert not dialog.fill_error_code()
    assert folder.claims.get(claim.id).error_code == ""
    replies.append(YES)
    with qtbot.waitSignal(session.claim_changed):
        assert dialog.fill_error_code()
    assert folder.claims.get(claim.id).error_code == "BNS-402"
    assert asked[-1] == "Put “BNS-402” in the claim's error code?"
    # The message: the sentence the player selected, on one line.
    text = dialog.text.toPlainText()
    start = text.index("The bonus could not")
    cursor = dialog.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(text.index("account.") + len("account."),
                       QTextCursor.MoveMode.KeepAnchor)
    dialog.text.setTextCursor(cursor)
    replies.append(YES)
    assert dialog.fill_error_message()
    assert (folder.claims.get(claim.id).error_text
            == "The bonus could not be credited to your account.")


def test_replacing_a_value_shows_the_old_one_first(qtbot, session, folder, claim, tmp_path,
                                                   answers):
    asked, replies = answers
    ev = import_picture(folder, claim, error_dialog("fr"), tmp_path / "err.png")
    session.update_claim(claim.id, error_code="OLD-1")
    dialog = read(qtbot, reader(qtbot, session, ev.id))
    replies.append(NO)
    dialog.fill_error_code()
    assert "It replaces: “OLD-1”" in asked[-1]
    assert folder.claims.get(claim.id).error_code == "OLD-1"


def test_unsaved_details_are_saved_before_the_code_goes_in(window, qtbot, folder, claim,
                                                           tmp_path, answers):
    _asked, replies = answers
    ev = import_picture(folder, claim, error_dialog("en"), tmp_path / "err.png")
    folder.claims.update(claim.id, error_code="")
    window.select_claim(claim.id)
    details = window.claim_view.details
    details.edits["account_id"].setText("typed-but-not-saved")
    dialog = read(qtbot, reader(qtbot, window.session, ev.id))
    replies.append(YES)
    dialog.fill_error_code()
    saved = folder.claims.get(claim.id)
    assert saved.account_id == "typed-but-not-saved" and saved.error_code == "BNS-402"
    assert details.edits["error_code"].text() == "BNS-402"  # the form shows the new code
    assert not details.is_dirty()
    details.edits["notes"].setPlainText("typed after")
    window.session.flush_edits()  # saving the form later does not put the old code back
    saved = folder.claims.get(claim.id)
    assert saved.error_code == "BNS-402" and saved.notes == "typed after"


def test_reading_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, session, folder, claim,
                                                              tmp_path):
    ev = import_picture(folder, claim, error_dialog("en", size=(800, 600)), tmp_path / "e.png")
    engine = FakeOcr(block=True)
    dialog = reader(qtbot, session, ev.id, chain=[engine])
    dialog.start()
    qtbot.waitUntil(lambda: engine.started, timeout=10000)
    assert dialog.is_running() and dialog.cancel_button.isEnabled()
    assert engine.threads[0] is not threading.main_thread()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert dialog.status.text() == "Cancelled: nothing was read or stored."
    assert stored_texts(folder, ev.id) == []
    assert not dialog.use_code.isEnabled()


def test_a_region_drawn_in_the_editor_is_read_alone(qtbot, session, folder, claim, tmp_path):
    ev = import_picture(folder, claim, error_dialog("fr"), tmp_path / "err.png")
    engine = FakeOcr("BNS-402")
    editor = open_editor(qtbot, session, ev.id, zoom=None, ocr_chain=[engine])
    key(editor, "O")
    seen = []

    def look(dialog):
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
        seen.append((dialog.region, dialog.text.toPlainText()))
        dialog.reject()

    answer_modal(lambda: drag(editor, (560, 450), (1360, 640)), look)
    (x, y, w, h), text = seen[0]
    assert abs(x - 560) <= 2 and abs(y - 450) <= 2 and abs(w - 800) <= 3 and abs(h - 190) <= 3
    assert text == "BNS-402"
    assert engine.threads and engine.threads[0] is not threading.main_thread()
    assert editor.scene.operations().operations == []  # reading draws nothing
    [kept] = stored_texts(folder, ev.id)
    assert kept.region == ",".join(map(str, (x, y, w, h)))


def test_text_read_makes_the_screenshot_found_by_search(window, qtbot, folder, claim,
                                                        tmp_path):
    ev = import_picture(folder, claim, error_dialog("fr"), tmp_path / "capture.png")
    window.select_claim(claim.id)
    window.search.setText("crédité votre compte")
    window.claims_panel.apply_search()
    assert window.proxy.rowCount() == 0  # nothing says it yet
    gallery = window.claim_view.evidence
    window.claim_view.show_tab("evidence")
    gallery.view.setCurrentIndex(gallery.model.index(0))

    def wait_and_close(dialog):
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
        dialog.reject()

    answer_modal(gallery.read_button.click, wait_and_close)
    assert [t.evidence_id for t in stored_texts(folder, ev.id)] == [ev.id]
    assert window.proxy.rowCount() == 1  # the search already typed finds it now


def test_a_change_made_elsewhere_keeps_the_choices_being_made_in_the_form(window, folder,
                                                                         claim):
    window.select_claim(claim.id)
    details = window.claim_view.details
    details.remedy.setCurrentIndex(details.remedy.findData(Remedy.RESTORE_BALANCE.value))
    details.edits["remedy_amount"].setText("250")
    window.session.update_claim(claim.id, error_code="BNS-500")  # e.g. read from a picture
    assert details.edits["error_code"].text() == "BNS-500"
    assert details.remedy.currentData() == Remedy.RESTORE_BALANCE.value
    assert details.changes() == {"remedy": "restore_balance", "remedy_amount": "250"}
    window.session.flush_edits()
    saved = folder.claims.get(claim.id)
    assert (saved.remedy, saved.remedy_amount, saved.error_code) == (
        Remedy.RESTORE_BALANCE, "250", "BNS-500")


def test_what_the_app_stores_passes_the_folder_check(qtbot, session, folder, claim, tmp_path,
                                                     answers):
    """Text read, the error code put in, a redacted copy saved: every change is an event
    that ``bonusdesk-cli verify`` replays (folder safety, issue 10)."""
    _asked, replies = answers
    ev = import_picture(folder, claim, error_dialog("fr"), tmp_path / "erreur.png")
    folder.claims.update(claim.id, error_code="")
    dialog = read(qtbot, reader(qtbot, session, ev.id, chain=[FakeOcr("Code : BNS-402")]))
    replies.append(YES)
    dialog.fill_error_code()
    editor = open_editor(qtbot, session, ev.id)
    key(editor, "B")
    drag(editor, (20, 20), (120, 80))
    save_and_wait(qtbot, editor)
    report = verify(folder)
    assert report.problems == []


def test_text_read_after_the_folder_closed_is_not_stored_anywhere(qtbot, session, folder,
                                                                 claim, tmp_path):
    ev = import_picture(folder, claim, error_dialog("en"), tmp_path / "e.png")
    release = threading.Event()

    class SlowOcr(FakeOcr):
        def read(self, image, cancel):
            self.started = True
            release.wait(10)  # ignores cancel: the result arrives anyway
            return super().read(image, cancel)

    engine = SlowOcr()
    dialog = reader(qtbot, session, ev.id, chain=[engine])
    dialog.start()
    qtbot.waitUntil(lambda: engine.started, timeout=10000)
    assert session.close_folder() == [dialog.windowTitle()]
    release.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert dialog.result is None and "closed" in dialog.status.text()
    again = ClaimFolder.open(folder.path, writable=False)
    try:
        assert stored_texts(again, ev.id) == []
    finally:
        again.close()
