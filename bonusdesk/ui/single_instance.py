"""One BonusDesk per user: a second launch hands its request to the first and exits.

Uses a local socket (a Unix domain socket or a Windows named pipe): no network.
The message is the claim folder asked for on the command line, or empty.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 500


def default_server_name() -> str:
    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:12]
    return f"bonusdesk-{user}"


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
