"""Settings and About: their actions, and applying what Settings changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from bonusdesk import __version__

from ..session import Session
from ..widgets import make_action
from .settings_dialog import SettingsDialog


class SettingsCommands(QObject):
    """``act_settings``, ``act_about``. After Settings, ``session.settings_changed`` tells
    whoever applies a preference (capture hotkey, tray, zone); a new claim folder is
    opened through ``switch_folder``."""

    def __init__(self, session: Session, window: QWidget,
                 switch_folder: Callable[[Path], bool],
                 hotkey_problem: Callable[[], str | None] = lambda: None,
                 tray_available: Callable[[], bool] = lambda: True):
        super().__init__(window)
        self.session, self.window = session, window
        self.switch_folder, self.hotkey_problem = switch_folder, hotkey_problem
        self.tray_available = tray_available
        self.act_settings = make_action(self, self.tr("S&ettings…"), self.open_settings,
                                        QKeySequence.StandardKey.Preferences)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_about = make_action(self, self.tr("&About BonusDesk"), self.show_about)

    def open_settings(self) -> None:
        prefs = self.session.prefs
        folder = self.session.folder
        current = str(folder.path) if folder is not None else prefs.folder
        dialog = SettingsDialog(prefs, current, self.window, hotkey_problem=self.hotkey_problem(),
                                tray_available=self.tray_available())
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return
        self.session.settings_changed.emit()
        chosen = dialog.chosen_folder()
        if chosen and Path(chosen).expanduser() != Path(current):
            self.switch_folder(Path(chosen))
        if dialog.language_changed:
            QMessageBox.information(
                self.window, self.tr("Language"),
                self.tr("The new language applies the next time BonusDesk starts."))

    def show_about(self) -> None:
        QMessageBox.about(
            self.window, self.tr("About BonusDesk"),
            self.tr("<h3>BonusDesk %1</h3><p>Keeps the evidence of a problem with an online "
                    "bonus: screenshots, deadlines, contacts with support and a PDF "
                    "package.</p><p>Everything stays on this computer. BonusDesk never "
                    "connects to the internet.</p>").replace("%1", __version__))
