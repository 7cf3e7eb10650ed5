"""Issue 18 in the app: an item that cannot be drawn is listed by the export dialog (the
export still done); undated e-mails say "Date unknown" in Contacts and History; a
reference found in an e-mail is confirmed, removed or corrected by the player; .msg files
are offered by the import dialogs; a password-protected PDF gets "Give the password…",
decrypted off the GUI thread, the password kept nowhere."""

from __future__ import annotations

import threading
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from bonusdesk.core import applog, integrity
from bonusdesk.core.events import list_events
from bonusdesk.core.inspect_file import FileFacts
from bonusdesk.core.model import EvidenceKind
from bonusdesk.ui.evidence import unlock as unlock_module
from bonusdesk.ui.followup.timeline_tab import TimelineTab
from bonusdesk.ui.report.export_dialog import ExportDialog
from tests.factories import write_msg
from tests.pdf_samples import damaged_stream_pdf, password_pdf

from .conftest import answer_modal
from .test_evidence_gallery import make_png
from .test_folder_safety import on_next_modal

SECRET = "s3cret-Étoile"


def undated_eml(path: Path, subject: str = "Re: bonus [Ticket #55120]") -> Path:
    msg = EmailMessage()
    msg["From"] = "support@etoile.example"
    msg["To"] = "me@example.org"
    msg["Subject"] = subject
    msg.set_content("Nous examinons votre demande.")  # and no Date header
    path.write_bytes(msg.as_bytes())
    return path


# -- the export dialog lists what could not be drawn -------------------------------------
def _damaged_item(folder, claim):
    """A damaged PDF stored as an older BonusDesk did, without today's import checks."""
    return folder.evidence.add_bytes(
        claim.id, damaged_stream_pdf(), "releve-abime.pdf", kind=EvidenceKind.DOCUMENT,
        source="import", facts=FileFacts("application/pdf", "pdf", pages=2))


def _export(qtbot, session, claim, tmp_path, language="en") -> ExportDialog:
    dialog = ExportDialog(session, claim.id, language, "Camille")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out.setText(str(tmp_path / "package.pdf"))
    with qtbot.waitSignal(dialog.done, timeout=60000):
        dialog.start()
    return dialog


def test_export_dialog_lists_the_item_it_could_not_draw_and_the_export_is_done(
        qtbot, session, folder, claim, tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "error.png"))
    bad = _damaged_item(folder, claim)
    dialog = _export(qtbot, session, claim, tmp_path)
    assert (tmp_path / "package.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.status.text().startswith("Saved ")
    box = dialog.not_drawn
    assert box.isVisible()
    assert box.title.text() == "⚠ 1 item could not be drawn:"
    (line,) = [box.items.item(i).text() for i in range(box.items.count())]
    assert line.startswith("#2 releve-abime.pdf — page 2")
    # The list takes the room its lines need, not the evidence list's (which keeps 3 rows).
    assert box.items.height() >= box.items.sizeHintForRow(0)
    assert dialog.evidence.height() >= 3 * dialog.evidence.sizeHintForRow(0)
    assert "export is done" in box.explain.text()
    assert "could not be drawn" not in dialog.status.text()  # said once, in the list
    exports = [e for e in list_events(folder.db, claim.id) if e.action == "export"]
    assert exports  # counted as done, in the claim's history
    assert dialog.result.not_drawn[0][1] == bad.id


def test_export_dialog_shows_no_list_when_everything_was_drawn(qtbot, session, folder, claim,
                                                               tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "error.png"))
    dialog = _export(qtbot, session, claim, tmp_path)
    assert not dialog.not_drawn.isVisible()


def test_export_dialog_lists_what_could_not_be_drawn_in_french(qtbot, session, folder, claim,
                                                               tmp_path, french):
    _damaged_item(folder, claim)
    dialog = _export(qtbot, session, claim, tmp_path, "fr")
    assert dialog.not_drawn.title.text() == "⚠ 1 élément n'a pas pu être dessiné\u202f:"
    assert "L'export est fait" in dialog.not_drawn.explain.text()


# -- undated e-mails and detected references ------------------------------------------------
@pytest.fixture
def contacts(window, qtbot, claim, tmp_path):
    window.select_claim(claim.id)
    window.claim_view.show_tab("contacts")
    tab = window.claim_view.contacts
    with qtbot.waitSignal(tab.import_finished, timeout=20000):
        tab.import_eml(undated_eml(tmp_path / "reply.eml"))
    return tab


def test_an_undated_email_says_date_unknown_in_contacts_and_history(contacts, session,
                                                                    folder, claim, qtbot):
    (contact,) = folder.contacts.list(claim.id)
    assert contact.at_unknown
    cell = contacts.model.item(0, 0)
    assert cell.text() == "Date unknown"
    assert cell.font().italic() and "no date" in cell.toolTip()
    assert "imported" in cell.toolTip()
    history = TimelineTab(session)
    qtbot.addWidget(history)
    history.load(folder, folder.claims.get(claim.id), "Europe/Paris")
    rows = [(history.model.item(r, 0).text(), history.model.item(r, 1).text())
            for r in range(history.model.rowCount())]
    assert ("Date unknown", "Contact") in rows
    dated = [when for when, kind in rows if kind == "Incident"]
    assert dated == ["2026-11-20 21:15"]  # other lines keep their time


def test_a_detected_reference_is_marked_and_can_be_confirmed(contacts, folder, claim):
    cell = contacts.model.item(0, 3)
    assert cell.text() == "55120 (found: check it)" and cell.font().italic()
    assert "letter" in cell.toolTip()
    contacts.view.setCurrentIndex(contacts.model.index(0, 0))
    refs = contacts.references
    assert refs.act_confirm.isEnabled() and refs.act_remove.isEnabled()
    refs.act_confirm.trigger()
    (contact,) = folder.contacts.list(claim.id)
    assert (contact.reference, contact.reference_origin) == ("55120", "confirmed")
    assert contacts.model.item(0, 3).text() == "55120"  # plain once confirmed
    assert not contacts.model.item(0, 3).font().italic()
    assert contacts.selected_contact().id == contact.id  # still selected after the reload
    assert not refs.act_confirm.isEnabled()  # nothing left to confirm
    changes = [e.data for e in list_events(folder.db, claim.id)
               if (e.action, e.entity) == ("change", "contact")]
    assert changes[-1] == {"reference_origin": "confirmed"}


def test_a_detected_reference_that_is_not_one_is_removed(contacts, folder, claim, window):
    contacts.view.setCurrentIndex(contacts.model.index(0, 0))
    contacts.references.act_remove.trigger()
    (contact,) = folder.contacts.list(claim.id)
    assert (contact.reference, contact.reference_origin) == ("", "")
    assert contacts.model.item(0, 3).text() == ""
    assert "no longer in your letter" in window.statusBar().currentMessage()


def test_a_detected_reference_is_corrected_by_typing_the_right_one(contacts, folder, claim):
    contacts.view.setCurrentIndex(contacts.model.index(0, 0))

    def type_it(dialog):
        assert dialog.textValue() == "55120"
        dialog.setTextValue(" T-55120 ")
        dialog.accept()

    assert answer_modal(contacts.references.act_correct.trigger, type_it) is None
    (contact,) = folder.contacts.list(claim.id)
    assert (contact.reference, contact.reference_origin) == ("T-55120", "")
    assert integrity.verify(folder).ok  # the change is in the history, row and all
    assert contacts.model.item(0, 3).text() == "T-55120"


def test_right_click_on_a_contact_offers_the_reference_actions(contacts, qtbot):
    rect = contacts.view.visualRect(contacts.model.index(0, 3))
    contacts.view.customContextMenuRequested.emit(rect.center())
    menu = contacts.context_menu  # the contact's own actions, then the reference's
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Correct…", "Withdraw…",
        "&Confirm the reference", "&Not a reference: remove it", "Co&rrect the reference…"]
    menu.hide()


# -- .msg in the import dialogs ---------------------------------------------------------------
def test_the_email_import_dialog_offers_outlook_msg_files(window, qtbot, folder, claim,
                                                          tmp_path, monkeypatch):
    msg = write_msg(tmp_path / "réponse.msg")
    offered = []

    def choose(_parent, _title, _start, filters):
        offered.append(filters)
        return [str(msg)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.select_claim(claim.id)
    tab = window.claim_view.contacts
    with qtbot.waitSignal(tab.import_finished, timeout=20000):
        tab.choose_eml()
    assert offered[0].startswith("E-mails (*.eml *.msg)")
    (contact,) = folder.contacts.list(claim.id)
    assert contact.reference == "884211"
    evidence = window.claim_view.evidence
    with qtbot.waitSignal(evidence.import_finished, timeout=20000) as again:
        evidence.choose_files()
    assert "E-mails (*.eml *.msg)" in offered[1]
    assert [r.duplicate for r in again.args[0]] == [True]  # the same mail, not added twice


# -- password-protected PDFs ---------------------------------------------------------------
@pytest.fixture
def locked(window, folder, claim, tmp_path):
    original = tmp_path / "releve.pdf"
    original.write_bytes(password_pdf(user=SECRET))
    ev = folder.evidence.import_file(claim.id, original).evidence[0]
    assert ev.metadata["encrypted"] is True
    window.select_claim(claim.id)
    window.claim_view.show_tab("evidence")
    return ev


def _select(tab, evidence_id: int) -> None:
    for row, ev in enumerate(tab.model.items()):
        if ev.id == evidence_id:
            tab.view.setCurrentIndex(tab.model.index(row))


def test_a_protected_pdf_is_named_and_unlocked_with_its_password_in_a_job(
        window, qtbot, folder, claim, locked, monkeypatch, prefs, tmp_path):
    tab = window.claim_view.evidence
    assert tab.locked_note.isVisible()
    assert "1 PDF file is protected by a password (releve.pdf):" in tab.locked_note.text()
    assert tab.unlock_button.isVisible() and not tab.unlock_button.isEnabled()
    _select(tab, locked.id)
    assert tab.unlock_button.isEnabled()
    threads = []
    real = unlock_module.decrypt_file

    def decrypt(path, password):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(path, password)

    monkeypatch.setattr(unlock_module, "decrypt_file", decrypt)

    def right_password(dialog):
        dialog.setTextValue(SECRET)
        dialog.accept()

    def wrong_password(dialog):
        assert "Password of releve.pdf" in dialog.labelText()
        on_next_modal(lambda again: (again.labelText().startswith("That password does not "
                                                                  "open releve.pdf")
                                     and right_password(again)))
        dialog.setTextValue("not-it")
        dialog.accept()

    with qtbot.waitSignal(tab.unlock.unlocked, timeout=30000) as got:
        answer_modal(tab.unlock_button.click, wrong_password)
    copy = got.args[0]
    assert threads == [False, False]  # both attempts decrypted off the GUI thread
    assert copy.source == "decrypted" and copy.parent_sha256 == locked.sha256
    assert copy.id in [ev.id for ev in tab.model.items()]  # in the gallery at once
    original = folder.abspath(locked.path).read_bytes()
    assert original == (tmp_path / "releve.pdf").read_bytes()  # untouched
    qtbot.waitUntil(lambda: not tab.locked_note.isVisible())
    assert integrity.verify(folder).ok  # the history replays the copy's row
    assert not tab.unlock_button.isVisible()
    # The password is kept nowhere: not in the folder's history, the files, the settings,
    # the log.
    assert not any(SECRET in str(e.data) for e in list_events(folder.db))
    assert SECRET.encode() not in folder.abspath(copy.path).read_bytes()
    prefs.s.sync()
    assert SECRET not in Path(prefs.s.fileName()).read_text(encoding="utf-8")
    log = applog.log_file("app")
    assert not log.exists() or SECRET not in log.read_text(encoding="utf-8")
    assert SECRET not in QApplication.clipboard().text()


def test_the_evidence_context_menu_offers_the_password_for_a_protected_pdf(
        window, qtbot, locked):
    tab = window.claim_view.evidence
    _select(tab, locked.id)
    tab.view.customContextMenuRequested.emit(tab.view.visualRect(tab.view.currentIndex())
                                             .center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert "Give the &password…" in [a.text() for a in menu.actions()]
    menu.hide()
