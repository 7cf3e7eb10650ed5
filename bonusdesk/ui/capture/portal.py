"""Screenshots through the desktop portal (org.freedesktop.portal.Screenshot) over QtDBus,
plugged into the core's handler chain (core/capture_chain.py) in Wayland sessions.

The portal answers in two steps: the ``Screenshot`` call returns a request object path at
once, and the result comes later as that object's ``Response(u code, a{sv} results)``
signal, after the desktop took the picture (and may have asked the player). The signal is
subscribed to *before* the call, on the path the portal will use
(``…/request/<our unique name>/<token>``), so a quick answer is not missed.

The core chain runs in the capture thread and waits (``PortalScreenshot.request``); the
D-Bus traffic happens on the GUI thread, where QtDBus delivers it. The portal writes the
picture as a file (in the player's Pictures folder): it is read into the evidence, then
deleted, since the claim folder now holds it.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable

from PySide6.QtCore import SLOT, QObject, QThread, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
    QDBusVariant,
)
from PySide6.QtGui import QGuiApplication

from bonusdesk.core import capture_chain
from bonusdesk.core.capture import CaptureError, WaylandUnsupported
from bonusdesk.core.capture_chain import PortalHandler, PortalReply, portal_image_path
from bonusdesk.core.monitors import Monitor

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SCREENSHOT = "org.freedesktop.portal.Screenshot"
REQUEST = "org.freedesktop.portal.Request"
REQUEST_PREFIX = "/org/freedesktop/portal/desktop/request"
# The desktop may show a dialog the player has to answer; some portals never answer when
# screenshots are not allowed (NormCap notes the same), so the wait has an end.
TIMEOUT_S = 60
_tokens = itertools.count(1)


def read_vardict(arg) -> dict:
    """An ``a{sv}`` from a QDBusMessage argument as a dict of plain values.

    PySide6 binds only the writing ``beginMapEntry``, so a dict entry is read as a
    one-entry map inside an array (the entries' layout on the wire is the same)."""
    if isinstance(arg, dict):
        return {str(k): v.variant() if isinstance(v, QDBusVariant) else v
                for k, v in arg.items()}
    out: dict = {}
    arg.beginArray()
    while not arg.atEnd():
        arg.beginMap()
        key, value = arg.asVariant(), arg.asVariant()
        arg.endMap()
        out[str(key)] = value.variant() if isinstance(value, QDBusVariant) else value
    arg.endArray()
    return out


def request_path(bus: QDBusConnection, token: str) -> str:
    """Where the portal puts the request object for ``token`` (xdg-desktop-portal ≥ 0.9)."""
    sender = bus.baseService().lstrip(":").replace(".", "_")
    return f"{REQUEST_PREFIX}/{sender}/{token}"


class _Pending:
    """One request, shared by the waiting capture thread and the GUI thread."""

    def __init__(self, interactive: bool):
        self.interactive = interactive
        self.done = threading.Event()
        self.reply: PortalReply | None = None
        self.error: Exception | None = None
        self.path = ""

    def finish(self, reply: PortalReply | None = None, error: Exception | None = None):
        if not self.done.is_set():
            self.reply, self.error = reply, error
            self.done.set()


class PortalScreenshot(QObject):
    """The D-Bus side. Lives on the GUI thread; :meth:`request` is called from the capture
    thread and waits for the answer."""

    _asked = Signal(object)  # a _Pending, emitted from the capture thread (queued)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None,
                 timeout_s: float = TIMEOUT_S):
        super().__init__(parent)
        self.bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.timeout_s = timeout_s
        self._waiting: dict[str, _Pending] = {}
        self._watchers: list[QDBusPendingCallWatcher] = []
        self._asked.connect(self._ask)

    def available(self) -> bool:
        """The portal is on the session bus, or can be started by it."""
        if not self.bus.isConnected():
            return False
        bus = self.bus.interface()
        registered = bus.isServiceRegistered(PORTAL_SERVICE)
        if registered.isValid() and registered.value():
            return True
        names = bus.activatableServiceNames()
        return names.isValid() and PORTAL_SERVICE in (names.value() or [])

    def request(self, interactive: bool = False) -> PortalReply:
        """Ask for a screenshot and wait for the answer (never on the GUI thread, which
        delivers it). Raises WaylandUnsupported when the portal fails or stays silent."""
        if QThread.currentThread() is self.thread():
            raise RuntimeError("PortalScreenshot.request waits for the GUI thread: call it "
                               "from the capture thread")
        pending = _Pending(interactive)
        self._asked.emit(pending)
        if not pending.done.wait(self.timeout_s):
            pending.finish(error=WaylandUnsupported(
                f"the desktop portal did not answer within {self.timeout_s:g} seconds: check "
                "that screenshots are allowed for BonusDesk in the desktop's settings"))
        if pending.error is not None:
            raise pending.error
        assert pending.reply is not None
        return pending.reply

    # -- the GUI thread ------------------------------------------------------------------
    @Slot(object)
    def _ask(self, pending: _Pending) -> None:
        token = f"bonusdesk_{os.getpid()}_{next(_tokens)}"
        self._listen(pending, request_path(self.bus, token))
        call = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, SCREENSHOT,
                                             "Screenshot")
        call.setArguments(["", {"handle_token": token, "interactive": pending.interactive}])
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(call), self)
        self._watchers.append(watcher)
        watcher.finished.connect(lambda w: self._called(pending, w))

    def _listen(self, pending: _Pending, path: str) -> None:
        pending.path = path
        self._waiting[path] = pending
        self.bus.connect(PORTAL_SERVICE, path, REQUEST, "Response", self,
                         SLOT("_response(QDBusMessage)"))

    def _forget(self, path: str) -> None:
        self._waiting.pop(path, None)
        self.bus.disconnect(PORTAL_SERVICE, path, REQUEST, "Response", self,
                            SLOT("_response(QDBusMessage)"))

    def _called(self, pending: _Pending, watcher: QDBusPendingCallWatcher) -> None:
        self._watchers.remove(watcher)
        watcher.deleteLater()
        if watcher.isError():
            self._forget(pending.path)
            error = watcher.error()
            pending.finish(error=WaylandUnsupported(
                f"the desktop portal refused the screenshot ({error.name()}: "
                f"{error.message()})"))
            return
        values = watcher.reply().arguments()
        handle = values[0].path() if values and isinstance(values[0], QDBusObjectPath) else ""
        if handle and handle != pending.path and not pending.done.is_set():
            # An older portal chose another path: listen there instead.
            self._forget(pending.path)
            self._listen(pending, handle)

    @Slot(QDBusMessage)
    def _response(self, message: QDBusMessage) -> None:
        pending = self._waiting.get(message.path())
        if pending is None:
            return
        self._forget(message.path())
        args = message.arguments()
        try:
            reply = PortalReply(int(args[0]), read_vardict(args[1]) if len(args) > 1 else {})
        except (TypeError, ValueError, IndexError) as exc:
            pending.finish(error=WaylandUnsupported(
                f"the desktop portal answered something unexpected: {exc}"))
            return
        pending.finish(reply)


def screen_layout() -> list[Monitor]:
    """The screens in grab pixels (origin as Qt gives it, size × scale). GUI thread."""
    monitors = []
    primary = QGuiApplication.primaryScreen()
    for i, screen in enumerate(QGuiApplication.screens(), start=1):
        g, ratio = screen.geometry(), screen.devicePixelRatio()
        monitors.append(Monitor(i, g.x(), g.y(), round(g.width() * ratio),
                                round(g.height() * ratio), screen is primary, screen.name(),
                                ratio, g.x(), g.y()))
    return monitors


class AppPortalHandler(PortalHandler):
    """The core's portal handler with this D-Bus transport. The screen layout is read on
    the GUI thread (``refresh_layout``, before each capture), not in the capture thread."""

    def __init__(self, transport: PortalScreenshot,
                 layout: Callable[[], list[Monitor]] = screen_layout):
        self.transport, self.layout = transport, layout
        self.monitors_now: list[Monitor] = []
        super().__init__(self._request, lambda: list(self.monitors_now))
        self._last: PortalReply | None = None

    def refresh_layout(self) -> None:
        self.monitors_now = self.layout()

    def _request(self) -> PortalReply:
        self._last = self.transport.request()
        return self._last

    def grab(self, request, env):
        try:
            return super().grab(request, env)
        finally:
            self._delete_file()

    def _delete_file(self) -> None:
        reply, self._last = self._last, None
        if reply is None or reply.code != 0:
            return
        try:
            portal_image_path(reply).unlink()
        except (OSError, CaptureError):
            pass  # no file, or not ours to remove (read-only): it stays where it is


def install_portal_handler(owner: QObject, bus: QDBusConnection | None = None,
                           force: bool = False) -> AppPortalHandler | None:
    """In a Wayland session with a portal on the bus (or ``force``), put the portal
    handler first in the capture chain; the handler (None when not installed)."""
    from bonusdesk.core.capture import session_type

    if not force and session_type() != "wayland":
        return None
    transport = PortalScreenshot(bus, owner)
    if not force and not transport.available():
        transport.deleteLater()
        return None
    handler = AppPortalHandler(transport)
    handler.refresh_layout()
    capture_chain.register(handler)
    transport.destroyed.connect(lambda _obj=None: capture_chain.unregister(handler))
    return handler
