"""Global hotkey on Wayland through the desktop portal's GlobalShortcuts interface.

Wayland gives applications no global keys; desktops that offer the GlobalShortcuts portal
(KDE Plasma 6, GNOME 48 and later, Hyprland...) bind one for us, after asking the player:
``CreateSession`` → ``BindShortcuts`` (our preferred trigger; the desktop may show its
own dialog and the player may choose another key) → ``Activated`` signals. Each step
answers through a Request object's ``Response`` signal, like the Screenshot portal.

The D-Bus messages are built with jeepney, not QtDBus: ``BindShortcuts`` takes an array of
structures (``a(sa{sv})``) that PySide6's QtDBus cannot build. jeepney only encodes and
decodes; the connection's socket is read on the GUI thread when a QSocketNotifier says it
has data, so nothing blocks or polls.

``register`` answers at once (True: asked for); the portal's answer comes later: when the
desktop has no GlobalShortcuts portal, or the player refuses, ``failed(reason)`` is
emitted and the capture controller falls back to the in-app shortcut, saying why.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from .base import GlobalHotkey, is_wayland_session, register_backend
from .keys import ALT, CTRL, META, SHIFT, BadHotkey, Hotkey, parse_hotkey

PORTAL = "org.freedesktop.portal.Desktop"
DESKTOP = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
SHORTCUT_ID = "capture"
_tokens = itertools.count(1)

# The "shortcuts" XDG specification: modifiers, then an xkbcommon key name.
_PORTAL_MODIFIERS = ((CTRL, "CTRL"), (ALT, "ALT"), (SHIFT, "SHIFT"), (META, "LOGO"))


def portal_trigger(hotkey: Hotkey) -> str:
    """Ctrl+Shift+S -> "CTRL+SHIFT+s" (the portal's preferred_trigger)."""
    from PySide6.QtGui import QKeySequence

    key = QKeySequence(hotkey.key).toString(QKeySequence.SequenceFormat.PortableText)
    names = {"Print": "Print", "Space": "space", "Esc": "Escape", "Ins": "Insert",
             "Del": "Delete", "PgUp": "Prior", "PgDown": "Next", "Backspace": "BackSpace"}
    key = names.get(key, key.lower() if len(key) == 1 else key)
    mods = [name for flag, name in _PORTAL_MODIFIERS if flag in hotkey.modifiers]
    return "+".join([*mods, key])


def _applies(platform: str, env, system: str) -> bool:
    if not system.startswith("linux") or not is_wayland_session(env):
        return False
    try:
        import jeepney  # noqa: F401 - a Linux dependency; missing in odd installs
    except ImportError:
        return False
    return bool(env.get("DBUS_SESSION_BUS_ADDRESS") or env.get("XDG_RUNTIME_DIR"))


@register_backend("portal", _applies)
class PortalHotkey(GlobalHotkey):
    """See the module docstring. ``bus`` (an address) is for tests."""

    def __init__(self, parent: QObject | None = None, bus: str | None = None):
        super().__init__(parent)
        self.bus = bus or os.environ.get("DBUS_SESSION_BUS_ADDRESS") or "SESSION"
        self.conn = None
        self._notifier: QSocketNotifier | None = None
        self._replies: dict[int, Callable] = {}  # our call's serial -> what to do with it
        self._responses: dict[str, Callable] = {}  # request path -> what to do with it
        self.session = ""  # the portal session while a shortcut is bound
        self.bound = False  # the desktop confirmed the shortcut

    # -- public interface ------------------------------------------------------------------
    def register(self, sequence: str) -> bool:
        self.unregister()
        self.reason = ""
        try:
            trigger = portal_trigger(parse_hotkey(sequence))
        except BadHotkey as exc:
            self.reason = str(exc)
            return False
        if not self._connect():
            self.reason = QCoreApplication.translate(
                "GlobalHotkey", "Cannot reach the desktop's session bus for a system-wide "
                                "shortcut: the shortcut works while BonusDesk is in front.")
            return False
        self.sequence = sequence
        self._call(self._message("org.freedesktop.DBus.Properties", DESKTOP, "Get", "ss",
                                 (SHORTCUTS, "version")),
                   lambda reply: self._has_portal(reply, trigger))
        return True

    def unregister(self) -> None:
        if self.session and self.conn is not None:
            self._send(self._message("org.freedesktop.portal.Session", self.session, "Close"))
        self.session, self.bound = "", False
        self._responses.clear()
        super().unregister()

    def close(self) -> None:
        self.unregister()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    # -- the portal's steps -----------------------------------------------------------------
    def _has_portal(self, reply, trigger: str) -> None:
        if _is_error(reply):
            self._fail(QCoreApplication.translate(
                "GlobalHotkey", "Your desktop offers no system-wide shortcuts to applications "
                                "(no GlobalShortcuts portal): the shortcut works while "
                                "BonusDesk is in front. Bind a key to your desktop's "
                                "screenshot tool instead."))
            return
        token = self._token()
        options = {"handle_token": ("s", token), "session_handle_token": ("s", self._token())}
        self._request(token, self._message(SHORTCUTS, DESKTOP, "CreateSession", "a{sv}",
                                           (options,)),
                      lambda code, results: self._session_created(code, results, trigger))

    def _session_created(self, code: int, results: dict, trigger: str) -> None:
        if code != 0 or "session_handle" not in results:
            self._fail(QCoreApplication.translate(
                "GlobalHotkey", "The desktop refused a system-wide shortcut: the shortcut "
                                "works while BonusDesk is in front."))
            return
        self.session = str(results["session_handle"][1])
        token = self._token()
        shortcut = (SHORTCUT_ID, {
            "description": ("s", QCoreApplication.translate(
                "GlobalHotkey", "Capture the screen into BonusDesk")),
            "preferred_trigger": ("s", trigger)})
        bind = self._message(SHORTCUTS, DESKTOP, "BindShortcuts", "oa(sa{sv})sa{sv}",
                             (self.session, [shortcut], "", {"handle_token": ("s", token)}))
        self._request(token, bind, self._bound)

    def _bound(self, code: int, results: dict) -> None:
        if code != 0:
            self._fail(QCoreApplication.translate(
                "GlobalHotkey", "The shortcut was not allowed in the desktop's dialog: it "
                                "works while BonusDesk is in front."))
            return
        self.bound = True

    def _fail(self, reason: str) -> None:
        self.unregister()
        self.reason = reason
        self.failed.emit(reason)

    # -- D-Bus plumbing (jeepney encodes; Qt tells when the socket has data) -----------------
    def _connect(self) -> bool:
        if self.conn is not None:
            return True
        try:
            from jeepney import MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection

            self.conn = open_dbus_connection(self.bus)
            for rule in (MatchRule(type="signal", interface="org.freedesktop.portal.Request",
                                   member="Response"),
                         MatchRule(type="signal", interface=SHORTCUTS, member="Activated")):
                self.conn.send(message_bus.AddMatch(rule))
        except (OSError, ImportError, ValueError, KeyError) as exc:
            self.conn = None
            self.reason = str(exc)
            return False
        self.conn.sock.setblocking(False)
        self._notifier = QSocketNotifier(self.conn.sock.fileno(), QSocketNotifier.Type.Read,
                                         self)
        self._notifier.activated.connect(self._readable)
        self._drain()  # messages read during the connection's greeting
        return True

    def _message(self, interface: str, path: str, member: str, signature: str | None = None,
                 body: tuple = ()):
        from jeepney import DBusAddress, new_method_call

        return new_method_call(DBusAddress(path, PORTAL, interface), member, signature, body)

    def _token(self) -> str:
        return f"bonusdesk_{os.getpid()}_{next(_tokens)}"

    def _send(self, message) -> int:
        serial = next(self.conn.outgoing_serial)
        self.conn.send(message, serial=serial)
        return serial

    def _call(self, message, then: Callable) -> None:
        self._replies[self._send(message)] = then

    def _request(self, token: str, message, then: Callable[[int, dict], None]) -> None:
        """A portal call answered by Response on the request path (listened to first)."""
        sender = self.conn.unique_name.lstrip(":").replace(".", "_")
        self._responses[f"{DESKTOP}/request/{sender}/{token}"] = then
        self._call(message, lambda reply: _is_error(reply) and then(2, {}))

    def _readable(self) -> None:
        try:
            data = self.conn.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self.close()
            self.failed.emit(QCoreApplication.translate(
                "GlobalHotkey", "The connection to the desktop's session bus was lost: the "
                                "shortcut works while BonusDesk is in front."))
            return
        self.conn.parser.add_data(data)
        self._drain()

    def _drain(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self.conn is not None:
            msg = self.conn.parser.get_next_message()
            if msg is None:
                return
            fields, kind = msg.header.fields, msg.header.message_type
            if kind in (MessageType.method_return, MessageType.error):
                then = self._replies.pop(fields.get(HeaderFields.reply_serial, -1), None)
                if then is not None:
                    then(msg)
            elif kind == MessageType.signal:
                self._signal(fields.get(HeaderFields.path, ""),
                             fields.get(HeaderFields.member, ""), msg.body)

    def _signal(self, path: str, member: str, body: tuple) -> None:
        if member == "Response":
            then = self._responses.pop(path, None)
            if then is not None:
                then(int(body[0]), dict(body[1]))
        elif member == "Activated" and self.bound and body[:2] == (self.session, SHORTCUT_ID):
            self.triggered.emit()


def _is_error(reply) -> bool:
    from jeepney import MessageType

    return reply.header.message_type == MessageType.error
