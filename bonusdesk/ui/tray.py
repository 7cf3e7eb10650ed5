"""Tray icon: show the window, quick actions, and deadline notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .icons import app_icon


class Tray(QObject):
    """Lives as long as the window; ``menu`` is where other features add entries."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.icon = QSystemTrayIcon(app_icon(), window)
        self.icon.setToolTip("BonusDesk")
        self.menu = QMenu(window)
        self.act_show = QAction(self.tr("&Show BonusDesk"), self.menu)
        self.act_show.triggered.connect(self.show_window)
        self.menu.addAction(self.act_show)
        self.menu.addAction(window.act_new_claim)
        capture = getattr(window, "capture", None)
        if capture is not None:
            self.menu.addSeparator()
            self.menu.addActions(capture.actions)
        self.extra_separator = self.menu.addSeparator()
        self.menu.addSeparator()
        self.menu.addAction(window.act_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.show()

    def _activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)


def install_tray(window) -> Tray | None:
    """Attach a tray icon when the desktop has a tray; None otherwise (window-only)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        window.tray = None
        return None
    window.tray = Tray(window)
    return window.tray
