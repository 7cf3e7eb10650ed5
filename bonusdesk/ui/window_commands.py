"""What the main window's menus open: report, export, settings, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from bonusdesk import __version__
from bonusdesk.core.model import Status

from .i18n import current_language
from .settings.settings_dialog import SettingsDialog


def write_report(window) -> None:
    """"Write my report" for the selected claim (details are saved first)."""
    from .report.report_dialog import ReportDialog

    claim_id = window.current_claim_id()
    if claim_id is None or not window._finish_editing():
        return
    dialog = ReportDialog(window.folder, claim_id, current_language(), window.prefs.user_name,
                          window)
    dialog.fix_requested.connect(
        lambda: window.claim_view.tabs.setCurrentWidget(window.claim_view.details))
    window.report_dialog = dialog  # reachable (tests) while it is open
    dialog.exec()
    window.report_dialog = None


def export_pdf(window) -> None:
    # Imported on first use: reportlab and pypdf cost ~0.4 s at start-up otherwise.
    from .report.export_dialog import ExportDialog

    claim_id = window.current_claim_id()
    if claim_id is None or not window._finish_editing():
        return
    dialog = ExportDialog(window.folder, claim_id, current_language(), window.prefs.user_name,
                          window)
    dialog.done.connect(lambda _result: window.claim_view.reload())
    window.export_dialog = dialog
    dialog.exec()
    window.export_dialog = None


def close_claim(window) -> bool:
    """Archive the selected claim (status "closed"); evidence and history stay."""
    claim_id = window.current_claim_id()
    if claim_id is None or not window._finish_editing():
        return False
    note, ok = QInputDialog.getText(
        window, QCoreApplication.translate("MainWindow", "Close the claim"),
        QCoreApplication.translate(
            "MainWindow", "The claim leaves the list of open claims; nothing is deleted and "
            "you can reopen it by recording a new status.\n\nWhy do you close it? (optional)"))
    if not ok:
        return False
    window.folder.claims.set_status(claim_id, Status.CLOSED, note=note.strip(),
                                    zone=window.prefs.zone)
    window.claim_view.reload()
    window.refresh_claim(claim_id)
    return True


def open_settings(window) -> None:
    prefs = window.prefs
    current = str(window.folder.path) if window.folder else prefs.folder
    capture = getattr(window, "capture", None)
    dialog = SettingsDialog(prefs, current, window,
                            hotkey_problem=capture.hotkey_problem if capture else None)
    if not dialog.exec():
        return
    window.claim_view.zone = prefs.zone
    if capture is not None:
        capture.apply_hotkey(prefs.hotkey)
    tray = getattr(window, "tray", None)
    QApplication.setQuitOnLastWindowClosed(tray is None or not prefs.close_to_tray)
    if dialog.chosen_folder() and dialog.chosen_folder() != current:
        window.switch_folder(Path(dialog.chosen_folder()))
    if dialog.language_changed:
        QMessageBox.information(
            window, QCoreApplication.translate("MainWindow", "Language"),
            QCoreApplication.translate(
                "MainWindow", "The new language applies the next time BonusDesk starts."))
    window.settings_changed.emit()


def show_about(window) -> None:
    QMessageBox.about(
        window, QCoreApplication.translate("MainWindow", "About BonusDesk"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>BonusDesk %1</h3><p>Keeps the evidence of a problem with an online bonus: "
            "screenshots, deadlines, contacts with support and a PDF package.</p>"
            "<p>Everything stays on this computer. BonusDesk never connects to the "
            "internet.</p>").replace("%1", __version__))
