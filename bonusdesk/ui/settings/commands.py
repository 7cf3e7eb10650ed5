"""Settings and About: their actions, and applying what Settings changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ..paths import default_claim_folder
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
        self.act_profile = make_action(
            self, self.tr("Your &details…"), self.edit_profile, None,
            self.tr("Your name, e-mail and postal address: your letters are signed with them"))

    def edit_profile(self) -> bool:
        from .profile_dialog import edit_profile

        return edit_profile(self.session, self.window)

    def open_settings(self) -> None:
        prefs = self.session.prefs
        folder = self.session.folder
        # No folder open and none chosen yet: the one BonusDesk would use by default.
        current = str(folder.path) if folder is not None else (
            prefs.folder or str(default_claim_folder()))
        dialog = SettingsDialog(prefs, current, self.window, hotkey_problem=self.hotkey_problem(),
                                tray_available=self.tray_available(),
                                open_profile=self.edit_profile if folder is not None else None)
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
        """Help › About: version, licence and third-party notices (settings/about_dialog.py)."""
        # Imported here: its third-party notices read the installed packages' metadata
        # (importlib.metadata, the email package: ~20 ms) that the app's start does not need.
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self.session, self.window)
        dialog.exec()
        dialog.deleteLater()
