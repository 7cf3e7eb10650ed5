"""Desktop notifications where there is no system tray (GNOME without its extension,
many Wayland desktops): deadline reminders must still reach a player who is not looking
at BonusDesk.

Where the desktop has a tray, the tray's balloon says it (ui/tray.py). Without one, on
Linux, the freedesktop notification service (``org.freedesktop.Notifications`` on the
session bus) shows it; the call is made with jeepney (pure Python D-Bus: PySide6's QtDBus
cannot send the unsigned ``replaces_id`` that strict servers such as GNOME Shell check),
in the job pool so a slow bus never freezes the window. The status bar line and the
window's alert (taskbar) are shown in every case by the main window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from .jobs import JobRunner

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_S = 2.0
EXPIRE_MS = 15_000


def send_freedesktop(title: str, body: str, app_name: str = "BonusDesk",
                     icon: str = "io.bonusdesk.BonusDesk", urgent: bool = False) -> int:
    """Show a notification through the session bus's notification service; its id.
    Raises OSError / jeepney errors when there is no bus or no service."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import unwrap_msg

    address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    hints = {"urgency": ("y", 2 if urgent else 1), "desktop-entry": ("s", icon)}
    call = new_method_call(address, "Notify", "susssasa{sv}i",
                           (app_name, 0, icon, title, body, [], hints, EXPIRE_MS))
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(call, timeout=TIMEOUT_S)
    return int(unwrap_msg(reply)[0])


class Notifier(QObject):
    """``notify(title, body)`` on the desktop when the app has no tray; ``sent(channel)``
    says where it went ("freedesktop"), ``failed(reason)`` when nothing could show it."""

    sent = Signal(str)
    failed = Signal(str)

    def __init__(self, jobs: JobRunner, has_tray: Callable[[], bool], parent=None,
                 backend: Callable[..., int] | None = None):
        super().__init__(parent)
        self.jobs, self.has_tray = jobs, has_tray
        self.backend = backend or (send_freedesktop if sys.platform.startswith("linux")
                                   else None)

    def needed(self) -> bool:
        """True when reminders need this path (no tray to show them)."""
        return not self.has_tray()

    def notify(self, title: str, body: str, urgent: bool = False) -> bool:
        """Send it (in the pool); False when this system has no way to show it."""
        if not self.needed():
            return False
        backend = self.backend
        if backend is None:
            self.failed.emit("no desktop notification service on this system")
            return False
        self.jobs.start(lambda _ctx: backend(title, body, urgent=urgent),
                        name="notification", owner=self,
                        on_result=lambda _id: self.sent.emit("freedesktop"),
                        on_error=lambda exc: self.failed.emit(str(exc) or type(exc).__name__))
        return True
