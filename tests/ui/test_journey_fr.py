"""Issue 14's "Done when": the whole journey a stressed French player makes, from the
error on screen to the exported package, driven from the keyboard where the player would
use it (shortcuts, Return, Escape) and checked in the words the player reads.

The screenshot is a real capture of the Xvfb screen, taken with no claim: into the Inbox."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from bonusdesk.core import integrity
from bonusdesk.core.events import list_events
from bonusdesk.core.model import Status
from bonusdesk.ui.guide import GuideDialog
from bonusdesk.ui.main_window import MainWindow

from .a11y import unnamed_controls
from .conftest import answer_modal, answer_modals
from .test_french_ui import untranslated

N = "\u202f"
EVENING = datetime(2026, 11, 20, 22, 30, tzinfo=UTC)  # the night of the incident


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the main window, as the player does (shortcuts need it active)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, key, modifiers)


def type_into(widget, text: str) -> None:
    """Typed key by key; accented letters arrive as a French keyboard sends them."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def support_email(path):
    msg = EmailMessage()
    msg["From"] = "Support Casino Étoile <support@etoile.example>"
    msg["To"] = "camille@example.org"
    msg["Date"] = "Sat, 21 Nov 2026 10:12:00 +0100"
    msg["Subject"] = "RE: Bonus de bienvenue [Ticket #48213]"
    msg.set_content("Bonjour,\n\nAfin de traiter votre demande, merci de nous transmettre une "
                    "copie de votre relevé bancaire faisant apparaître le dépôt, sous 7 jours."
                    "\n\nCordialement,\nLe service client")
    path.write_bytes(bytes(msg))
    return path


def test_the_whole_journey_in_french_from_the_inbox_to_the_pdf(qtbot, prefs, folder, french,
                                                             tmp_path):
    prefs.language = "fr"
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.set_folder(folder)
    qtbot.waitExposed(window)
    session, view, panel = window.session, window.claim_view, window.claims_panel
    session.clock = lambda: EVENING

    # 1. The error is on screen, no claim exists yet: the capture shortcut pressed in the
    # game (what the system-wide shortcut sends) puts the screenshot into the Inbox; the
    # notice says where it went, and its Show button opens the Inbox.
    capture = window.commands.capture
    assert capture.global_hotkey is not None
    with qtbot.waitSignal(capture.after.confirmed, timeout=30000) as captured:
        capture.global_hotkey.triggered.emit()
    shot = captured.args[0].original
    assert shot.claim_id is None and shot.source == "capture"
    notice = capture.after.notice
    assert notice.isVisible() and notice.title.text() == f"Capture ajoutée dans «{N}À classer{N}»"
    assert panel.inbox_button.text() == f"À classer{N}: 1 élément en attente"
    assert untranslated(notice, folder.path.name) == [] and unnamed_controls(notice) == []
    QTest.mouseClick(notice.show_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and window.right.currentWidget() is window.inbox_view
    assert window.inbox_view.selected_ids() == [shot.id]

    # 2. Ctrl+N: the claim, typed and confirmed with Return.
    def new_claim(dialog):
        type_into(dialog.platform.lineEdit(), "Casino Étoile")
        type_into(dialog.title, "Bonus de bienvenue non crédité")
        dialog.category.setCurrentIndex(dialog.category.findData("bonus_not_credited"))
        dialog.incident.edit.setDateTime(datetime(2026, 11, 20, 21, 15))
        dialog.incident.zone_box.set_zone("Europe/Paris")
        enter(dialog.title)  # a plain dialog: Return creates the claim

    answer_modal(lambda: press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                 new_claim)
    (claim,) = folder.claims.list()
    assert view.next_step.toolTip().startswith("Faites une capture d'écran de l'erreur")

    # 3. File the screenshot: Ctrl+Shift+I to the Inbox, Ctrl+M, type to find the claim,
    # Return twice.
    press(qtbot, window, Qt.Key.Key_I,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.right.currentWidget() is window.inbox_view and panel.inbox_shown

    def file_it(dialog):
        assert dialog.windowTitle() == "Classer dans une réclamation"
        type_into(dialog.filter, "bienvenue")
        enter(dialog.filter)  # to the list of claims
        enter(dialog.claims)  # file here

    answer_modal(lambda: press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier),
                 file_it)
    assert [e.id for e in folder.evidence.list(claim.id)] == [shot.id]
    assert folder.evidence.inbox() == []
    window.select_claim(claim.id)
    assert view.next_step.toolTip().startswith("Décrivez ce qui s'est passé")

    # 3b. What happened, in the Details tab; Ctrl+S says it is saved.
    view.tabs.setCurrentWidget(view.details)
    type_into(view.details.edits["error_code"], "BNS-402")
    type_into(view.details.edits["happened"], "Le dépôt est passé, pas le bonus")
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage().startswith(f"Enregistré{N}:")
    assert folder.claims.get(claim.id).error_code == "BNS-402"
    assert view.next_step.toolTip() == (
        "Signalez le problème à Casino Étoile par écrit (formulaire ou e-mail) avant le "
        "lun. 23 nov. à 21:15")  # 72 h: the reporting window BonusDesk assumes

    # 4. Ctrl+L: the chat with support, in the claim's zone; Return walks the fields.
    def chat(dialog):
        assert dialog.when.zone() == "Europe/Paris"
        dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 22, 5))
        type_into(dialog.reference, "CHAT-5521")
        enter(dialog.reference)
        assert dialog.focusWidget() is dialog.agent and dialog.isVisible()
        type_into(dialog.agent, "Julie")
        type_into(dialog.summary, "Julie a transmis au service bonus")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.setFocus()  # Tab to OK, then Return presses it
        enter(ok)

    def not_the_report(box: QMessageBox):
        assert "Ce chat ou cet appel était-il votre signalement" in box.text()
        QTest.keyClick(box, Qt.Key.Key_Escape)  # Not now

    answer_modals(lambda: press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
                  chat, not_the_report)
    (logged,) = folder.contacts.list(claim.id)
    assert folder.claims.get(claim.id).status == Status.DRAFT

    # 5. Ctrl+1 "Je l'ai signalé": the chat just logged is offered; nothing typed twice.
    def reported(dialog):
        assert dialog.linked_id() == logged.id
        dialog.accept()

    answer_modal(lambda: press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier),
                 reported)
    assert view.status.text() == "Signalée"  # la réclamation
    assert len(folder.contacts.list(claim.id)) == 1

    # 6. The time was wrong: F2 on the contact, a reason, History keeps both.
    view.tabs.setCurrentWidget(view.contacts)
    view.contacts.view.setCurrentIndex(view.contacts.model.index(0, 0))

    def correct(dialog):
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 21, 55))
        type_into(dialog.reason, "mauvaise heure")
        dialog.accept()

    # Shortcuts reach only the active window: after the dialogs above, wait until the
    # main window has it back (under load the window system answers late).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.contacts.view.setFocus()
    answer_modal(lambda: QTest.keyClick(view.contacts.view, Qt.Key.Key_F2), correct)
    history = [row.text for row in view.timeline.build_rows(
        folder, folder.claims.get(claim.id))]
    assert (f"Échange corrigé{N}: Quand{N}: 20/11/2026 22:05 → 20/11/2026 21:55 "
            "(mauvaise heure)") in history

    # 7. Support's e-mail asks for a bank statement: BonusDesk asks, the player agrees.
    def record(box: QMessageBox):
        assert box.text() == (f"Le support demande le relevé bancaire avant le 28/11/2026 "
                              f"10:12. Enregistrer «{N}Ils demandent des informations{N}»{N}?")
        enter(box)  # "Enregistrer" is the default button

    def import_reply():  # the question comes once the import (a job) is over
        with qtbot.waitSignal(view.contacts.import_finished, timeout=20000):
            view.contacts.import_eml(support_email(tmp_path / "support.eml"))

    answer_modal(import_reply, record)
    assert folder.claims.get(claim.id).status == Status.INFO_REQUESTED
    assert view.next_step.toolTip().startswith(
        "Envoyez le relevé bancaire à Casino Étoile avant le sam. 28 nov.")

    # 8. Ctrl+R: the report, written in French from the claim.
    def report(dialog):
        assert dialog.body.toPlainText().startswith("Madame, Monsieur,")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    answer_modal(lambda: press(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
                 report)

    # 9. Ctrl+E: the PDF package.
    out = tmp_path / "dossier.pdf"

    def export(dialog):
        dialog.out.setText(str(out))
        dialog.done.connect(lambda _r: dialog.accept())
        dialog.start()

    answer_modal(lambda: press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
                 export)
    assert out.read_bytes().startswith(b"%PDF")
    exports = [e for e in list_events(folder.db, claim.id) if e.action == "export"]
    assert exports and exports[-1].data["language"] == "fr"

    # 10. F1 at any time: the guide, in French.
    press(qtbot, window, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide.isVisible() and "Le parcours en 6 étapes" in guide.text.toPlainText()
    guide.close()

    # Everything the journey wrote is in the folder's history: verify replays it.
    report = integrity.verify(folder)
    assert report.ok, report

    # Every screen the journey went through: in French, and every control named.
    for tab in view.claim_tabs():
        view.tabs.setCurrentWidget(tab)
        assert untranslated(window, folder.path.name) == []
        assert unnamed_controls(window) == []
    window.quit()
