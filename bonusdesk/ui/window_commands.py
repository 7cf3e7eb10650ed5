"""What the main window's menus open: settings, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from bonusdesk import __version__

from .settings_dialog import SettingsDialog


def open_settings(window) -> None:
    prefs = window.prefs
    current = str(window.folder.path) if window.folder else prefs.folder
    dialog = SettingsDialog(prefs, current, window)
    if not dialog.exec():
        return
    window.claim_view.zone = prefs.zone
    capture = getattr(window, "capture", None)
    if capture is not None:
        capture.actions[0].setShortcut(QKeySequence(prefs.hotkey))
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
