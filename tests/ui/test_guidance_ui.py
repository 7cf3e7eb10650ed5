"""Guidance in the app: the next step in the claim's header, the guide (F1, welcome),
Ctrl+S that says so, the claims list that keeps titles readable, Qt's own dialogs in
French, reminders without a tray, and an accessible name on every control."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QFileDialog, QLabel

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Status
from bonusdesk.ui.folders import show_welcome
from bonusdesk.ui.guide import GuideDialog
from bonusdesk.ui.main_window import MainWindow

from .a11y import unnamed_controls
from .conftest import answer_modal, click_button
from .test_evidence_gallery import make_png
from .test_french_ui import english_words

IN_THE_WINDOW = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)  # the claim's incident + 1 h 45


def test_the_header_says_what_to_do_next_and_follows_the_session(claim, window, qtbot,
                                                                folder, tmp_path):
    window.session.clock = lambda: IN_THE_WINDOW
    window.select_claim(claim.id)
    view = window.claim_view
    assert view.next_step.toolTip() == (
        "Take a screenshot of the error or of your account, then report the problem to "
        "Casino Étoile in writing before Sat 21 Nov 21:15")
    assert view.action.urgency == "soon" and 'href="tab:evidence"' in view.next_step.text()
    view.next_step.linkActivated.emit("tab:evidence")
    assert view.tabs.currentWidget() is view.evidence
    with qtbot.waitSignal(view.evidence.import_finished, timeout=20000):
        view.evidence.import_paths([make_png(tmp_path / "erreur.png")])
    assert view.next_step.toolTip() == (
        "Report the problem to Casino Étoile in writing (form or e-mail) before "
        "Sat 21 Nov 21:15")
    window.session.set_status(claim.id, Status.RESOLVED_ACCEPTED)
    assert view.next_step.toolTip() == "Nothing left to do: the claim is settled"


def test_f1_opens_the_guide_in_french_and_the_header_links_to_its_escalation_part(
        qtbot, prefs, folder, claim, french):
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.set_folder(folder)
    window.session.clock = lambda: IN_THE_WINDOW
    window.commands.guide.act_guide.trigger()
    guide = window.findChild(GuideDialog)
    assert guide.isVisible() and guide.windowTitle() == "Que faire maintenant\u202f?"
    assert guide.sections.count() == 5 and guide.current_section() == "journey"
    assert "Le parcours en 6 étapes" in guide.text.toPlainText()
    window.claim_view.guide_requested.emit("escalate")
    assert guide.current_section() == "escalate"
    assert window.findChildren(GuideDialog) == [guide]  # one guide, brought forward
    window.quit()


def test_the_welcome_screen_links_the_guide(qtbot, window, tmp_path):
    answer_modal(lambda: show_welcome(window, tmp_path),
                 lambda box: click_button(box, "What do I do now?"))
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()


def test_ctrl_s_says_the_claim_is_saved_even_when_nothing_changed(claim, window, folder):
    window.select_claim(claim.id)
    save = window.commands.claims.act_save
    assert save.shortcut().toString() == "Ctrl+S"
    window.claim_view.details.edits["promo_code"].setText("BIENVENUE")
    save.trigger()
    assert folder.claims.get(claim.id).promo_code == "BIENVENUE"
    assert window.statusBar().currentMessage().startswith(
        "Saved: the claim is up to date in the claim folder")
    assert window.claim_view.details.saved_note.text().startswith("Saved at ")
    window.statusBar().clearMessage()
    save.trigger()  # nothing to save: still said
    assert window.statusBar().currentMessage().startswith("Saved:")


def test_the_claims_list_keeps_the_title_in_view_at_any_width(claim, window, qtbot, folder,
                                                              prefs):
    def check(w):
        table = w.table
        header = table.horizontalHeader()
        width = table.viewport().width()
        assert header.sectionViewportPosition(0) == 0  # never scrolled sideways
        assert header.sectionSize(0) >= 0.45 * width - 1
        assert sum(header.sectionSize(c) for c in range(4)) <= width + 1

    window.resize(1024, 700)
    window.split.setSizes([300, 724])
    window.select_claim(claim.id)
    window.session.set_status(claim.id, Status.INFO_REQUESTED)  # the longest status
    qtbot.wait(50)
    window.table.setCurrentIndex(window.proxy.index(0, 3))  # as a click on the last column
    check(window)
    window.close()  # the geometry is saved; the next start is checked the same way
    again = MainWindow(prefs)
    qtbot.addWidget(again)
    again.show()
    again.set_folder(ClaimFolder.open(folder.path))  # closing the window closed it
    qtbot.waitExposed(again)
    again.split.setSizes([300, 724])
    qtbot.wait(50)
    check(again)
    status = again.proxy.index(0, 2)
    assert status.data(0x03) == "Information requested"  # the full text in the tooltip
    again.quit()


def test_qt_file_dialog_speaks_french(qtbot, french):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "&Regarder dans\u202f:" in labels and "Fichiers de &type\u202f:" in labels
    assert [t for t in labels if english_words(t)] == []


def test_reminders_reach_the_desktop_when_there_is_no_tray(claim, window, qtbot):
    sent = []
    window.notifier.backend = lambda title, body, urgent=False: sent.append(
        (title, body, urgent)) or 1
    assert window.tray is None
    window.session.clock = lambda: datetime(2026, 11, 21, 19, 0, tzinfo=UTC)  # 1 h 15 left
    with qtbot.waitSignal(window.notifier.sent, timeout=10000):
        with qtbot.waitSignal(window.session.reminders_due, timeout=10000):
            window.session.refresh_deadlines()
    ((title, body, urgent),) = sent
    assert title == "BonusDesk: 1 deadline needs attention"
    assert "Bonus de bienvenue non crédité" in body and urgent


def test_every_control_has_an_accessible_name(claim, window, qtbot, folder, tmp_path):
    folder.evidence.import_file(None, make_png(tmp_path / "a.png"))
    window.select_claim(claim.id)
    problems = []
    for i in range(window.claim_view.tabs.count()):
        window.claim_view.tabs.setCurrentIndex(i)
        problems += unnamed_controls(window)
    window.claims_panel.show_inbox()
    problems += unnamed_controls(window)
    assert problems == []


def test_an_empty_folder_says_the_error_can_be_captured_before_any_claim(qtbot, prefs, folder,
                                                                        french):
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.set_folder(folder)
    assert window.right.currentWidget() is window.empty
    assert ("L'erreur est à l'écran en ce moment\u202f? Capturez-la d'abord (Ctrl+Maj+S)\u202f: "
            "pas besoin de réclamation, la capture attend dans «\u202fÀ classer\u202f»."
            ) in window.empty.text()
    prefs.hotkey = "Ctrl+Alt+P"  # the shortcut the player set in Settings
    window.session.settings_changed.emit()
    assert "(Ctrl+Alt+P)" in window.empty.text()
    window.quit()
