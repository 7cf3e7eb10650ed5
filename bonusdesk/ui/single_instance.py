"""One BonusDesk per user and desktop session: a second launch hands its request to the
first and exits.

Uses a local socket (a Unix domain socket or a Windows named pipe): no network.
The message is the claim folder asked for on the command line, or empty.

The socket's name includes the desktop session, not only the user: the same user logged
in twice (two X displays, a Wayland and an X session, Windows fast user switching or a
remote desktop) gets one BonusDesk per session, each on its own screen, rather than a
second launch raising a window on a screen nobody is looking at.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 500


def desktop_session(env: Mapping[str, str] | None = None, system: str | None = None) -> str:
    """What tells this login session apart from another of the same user ("" if nothing)."""
    env = os.environ if env is None else env
    system = system or sys.platform
    if system == "win32":
        # Asking Windows is the truth; a given environment (tests) stands for it.
        return "win:" + str(_windows_session_id() if env is os.environ
                            else env.get("SESSIONNAME", ""))
    parts = [env.get(name, "") for name in ("XDG_SESSION_ID", "DISPLAY", "WAYLAND_DISPLAY")]
    return ":".join(parts) if any(parts) else ""


def _windows_session_id() -> int | str:
    """The Terminal Services session of this process (fast user switching, RDP)."""
    import ctypes

    session = ctypes.c_ulong()
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if kernel32.ProcessIdToSessionId(kernel32.GetCurrentProcessId(), ctypes.byref(session)):
        return session.value
    return os.environ.get("SESSIONNAME", "")


def default_server_name(env: Mapping[str, str] | None = None, system: str | None = None,
                        user: str | None = None) -> str:
    """bonusdesk-<hash of user and desktop session>: no names leak into /tmp."""
    key = f"{user or getpass.getuser()}\0{desktop_session(env, system)}"
    return "bonusdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    """``request(folder)`` is emitted in the first instance when another one starts."""

    request = Signal(str)

    def __init__(self, name: str | None = None, parent=None):
        super().__init__(parent)
        self.name = name or default_server_name()
        self.server: QLocalServer | None = None

    def hand_over(self, message: str = "") -> bool:
        """True when another instance is running and took the message."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(message.encode("utf-8") + b"\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the first instance (a stale socket of a crashed one is removed)."""
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        return self.server.listen(self.name)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The other launch writes one short line right away: read it here (at most
            # TIMEOUT_MS, only when someone starts BonusDesk again).
            data = bytes(socket.readAll())
            while b"\n" not in data and socket.waitForReadyRead(TIMEOUT_MS):
                data += bytes(socket.readAll())
            socket.disconnectFromServer()
            socket.deleteLater()
            self.request.emit(data.decode("utf-8", "replace").split("\n", 1)[0])
