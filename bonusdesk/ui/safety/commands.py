"""Folder safety commands: "Check the claim folder…" (File menu)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..session import Session
from ..widgets import make_action


class SafetyCommands(QObject):
    """``act_check``; ``dialog`` is the one open (tests reach it)."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.dialog = None
        self.act_check = make_action(
            self, self.tr("&Check the claim folder…"), self.check_folder, None,
            self.tr("Check that no evidence file, event or table row was changed behind "
                    "BonusDesk's back"))

    def check_folder(self) -> None:
        from .check_dialog import CheckFolderDialog

        if self.session.folder is None:
            return
        dialog = CheckFolderDialog(self.session, self.window)
        self.dialog = dialog
        try:
            dialog.start()
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
