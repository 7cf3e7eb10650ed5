"""Hand an evidence file to the desktop: open it with the default application, or show
it in the file manager.

The stored file is read-only (content-addressed, ``evidence/ab/<sha256>.<ext>``), so the
application it opens in cannot change the evidence. "Show in folder" selects the file
where the platform can (Explorer, Finder, a freedesktop file manager over D-Bus) and
otherwise opens its folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices


def open_with_default_app(path: Path) -> bool:
    """True when the desktop accepted to open ``path``."""
    return path.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show ``path`` selected in the file manager (else its folder opened)."""
    if not path.exists():
        return False
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])
    if _freedesktop_show_items(path):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _freedesktop_show_items(path: Path) -> bool:
    """org.freedesktop.FileManager1.ShowItems (Nautilus, Dolphin, Nemo, Thunar...)."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    manager = QDBusInterface("org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                             "org.freedesktop.FileManager1", bus)
    if not manager.isValid():
        return False
    reply = manager.call("ShowItems", [QUrl.fromLocalFile(str(path)).toString()], "")
    return reply.type() != QDBusMessage.MessageType.ErrorMessage
