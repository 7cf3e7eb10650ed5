"""Tray icon: show the window, quick actions, and deadline reminders.

The main window makes it (``Tray.create``: None where the desktop has no tray) with the
actions to offer; reminders come from the session (``reminders_due``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from .followup.deadline_watch import reminder_text
from .icons import app_icon
from .session import Session


class Tray(QObject):
    """Lives as long as the window; ``menu`` is where other features add entries."""

    def __init__(self, session: Session, window: QWidget, show_window: Callable[[], None],
                 actions: list[QAction | None]):
        """``actions``: menu entries after "Show BonusDesk"; None is a separator."""
        super().__init__(window)
        self.show_window = show_window
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip("BonusDesk")
        self.menu = QMenu(window)
        self.act_show = QAction(self.tr("&Show BonusDesk"), self.menu)
        self.act_show.triggered.connect(show_window)
        self.menu.addAction(self.act_show)
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        session.reminders_due.connect(self._remind)
        self.icon.show()

    @classmethod
    def create(cls, session: Session, window: QWidget, show_window: Callable[[], None],
               actions: list[QAction | None]) -> Tray | None:
        """A tray icon when the desktop has a tray; None otherwise (window-only)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        return cls(session, window, show_window, actions)

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def _remind(self, due: list) -> None:
        title, lines = reminder_text(due)
        self.notify(title, "\n".join(lines))

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)
