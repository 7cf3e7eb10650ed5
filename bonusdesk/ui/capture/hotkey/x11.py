"""Global hotkey on X11: ``XGrabKey`` on the root window through ctypes on libX11.

The hotkey has its own Display connection (Qt's xcb connection is not ours to read).
Key presses are read on the GUI thread when a QSocketNotifier says the connection has
data, so nothing polls. A grab that another client already holds fails with BadAccess,
which a temporary X error handler catches: ``register`` then returns False with a reason.
"""

from __future__ import annotations

import ctypes
import ctypes.util

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from .base import GlobalHotkey, is_wayland_session, register_backend
from .keys import (
    X_IGNORED_VARIANTS,
    X_RELEVANT_MASK,
    BadHotkey,
    parse_hotkey,
    x11_keysym,
    x11_modifiers,
)

KEY_PRESS, KEY_RELEASE = 2, 3
GRAB_MODE_ASYNC = 1
BAD_ACCESS = 10


class XErrorEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("display", ctypes.c_void_p),
                ("resourceid", ctypes.c_ulong), ("serial", ctypes.c_ulong),
                ("error_code", ctypes.c_ubyte), ("request_code", ctypes.c_ubyte),
                ("minor_code", ctypes.c_ubyte)]


class XKeyEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", ctypes.c_ulong), ("root", ctypes.c_ulong),
                ("subwindow", ctypes.c_ulong), ("time", ctypes.c_ulong),
                ("x", ctypes.c_int), ("y", ctypes.c_int),
                ("x_root", ctypes.c_int), ("y_root", ctypes.c_int),
                ("state", ctypes.c_uint), ("keycode", ctypes.c_uint),
                ("same_screen", ctypes.c_int)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xkey", XKeyEvent), ("pad", ctypes.c_long * 24)]


ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))
_xlib: ctypes.CDLL | None = None
_errors: list[tuple[int, int]] = []  # (display, error code) seen while grabbing


def _record_error(display, event) -> int:
    # Installed process-wide only around a grab; the caller keeps its own display's errors.
    _errors.append((display, event.contents.error_code))
    return 0


# One callback for the process: a ctypes callback made per call is a garbage cycle.
_ON_ERROR = ERROR_HANDLER(_record_error)


def xlib() -> ctypes.CDLL:
    """libX11 with the signatures used here (loaded once; OSError when it is missing)."""
    global _xlib
    if _xlib is not None:
        return _xlib
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    vp, c_int, c_uint, c_ulong = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong
    for name, res, args in (
        ("XOpenDisplay", vp, [ctypes.c_char_p]),
        ("XCloseDisplay", c_int, [vp]),
        ("XDefaultRootWindow", c_ulong, [vp]),
        ("XConnectionNumber", c_int, [vp]),
        ("XKeysymToKeycode", ctypes.c_ubyte, [vp, c_ulong]),
        ("XGrabKey", c_int, [vp, c_int, c_uint, c_ulong, c_int, c_int, c_int]),
        ("XUngrabKey", c_int, [vp, c_int, c_uint, c_ulong]),
        ("XSync", c_int, [vp, c_int]),
        ("XPending", c_int, [vp]),
        ("XNextEvent", c_int, [vp, ctypes.POINTER(XEvent)]),
        ("XSetErrorHandler", vp, [vp]),
        ("XkbSetDetectableAutoRepeat", c_int, [vp, c_int, vp]),
    ):
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, args
    _xlib = lib
    return lib


@register_backend("x11", lambda platform, env, _system:
                  platform == "xcb" and not is_wayland_session(env))
class X11Hotkey(GlobalHotkey):
    """XGrabKey-based hotkey; see the module docstring.

    The owner calls ``close()`` when done (the capture controller does when the window
    closes); otherwise the grab lasts until the process exits. (Releasing from a
    ``destroyed`` slot or a weakref finalizer crashed PySide's deferred wrapper deletion.)"""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._display = None
        self._notifier: QSocketNotifier | None = None
        self._keycode = 0
        self._modifiers = 0
        self._down = False  # the key is held: auto-repeat must not fire again

    # -- public interface --------------------------------------------------------
    def register(self, sequence: str) -> bool:
        self.unregister()
        self.reason = ""
        try:
            hotkey = parse_hotkey(sequence)
            keysym = x11_keysym(hotkey)
        except BadHotkey as exc:
            self.reason = str(exc)
            return False
        try:
            x = xlib()
        except OSError:
            self.reason = QCoreApplication.translate(
                "GlobalHotkey", "The X11 library (libX11) is missing: the shortcut works only "
                                "while BonusDesk is in front.")
            return False
        display = self._connect(x)
        if not display:
            self.reason = QCoreApplication.translate(
                "GlobalHotkey", "Cannot connect to the X server for a system-wide shortcut.")
            return False
        keycode = x.XKeysymToKeycode(display, keysym)
        if not keycode:
            self.reason = QCoreApplication.translate(
                "GlobalHotkey", "The key of “%1” is not on this keyboard.").replace(
                                "%1", hotkey.text)
            return False
        modifiers = x11_modifiers(hotkey)
        if not self._grab(display, keycode, modifiers):
            self.reason = QCoreApplication.translate(
                "GlobalHotkey", "“%1” is already used by another application: choose another "
                                "shortcut. It works only while BonusDesk is in front."
                                ).replace("%1", hotkey.text)
            return False
        self._keycode, self._modifiers = keycode, modifiers
        self._down = False
        self.sequence = hotkey.text
        self._read_events()  # events Xlib already queued would not wake the notifier
        return True

    def unregister(self) -> None:
        """Ungrab the key; the X connection stays open for the next ``register``."""
        if self._display and self.sequence:
            x = xlib()
            root = x.XDefaultRootWindow(self._display)
            for extra in X_IGNORED_VARIANTS:
                x.XUngrabKey(self._display, self._keycode, self._modifiers | extra, root)
            x.XSync(self._display, 0)
        super().unregister()

    def close(self) -> None:
        """Ungrab and close the X connection (the app is closing)."""
        self.unregister()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._display:
            xlib().XCloseDisplay(self._display)
            self._display = None

    def _connect(self, x):
        """The hotkey's own X connection, opened once and read when it has data."""
        if self._display:
            return self._display
        display = x.XOpenDisplay(None)
        if not display:
            return None
        # Without this, holding the keys sends release/press pairs we could not tell apart.
        x.XkbSetDetectableAutoRepeat(display, 1, None)
        self._display = display
        # One notifier for the connection's life: re-creating notifiers for a socket
        # number the X library had just closed and reused crashed the test suite.
        self._notifier = QSocketNotifier(x.XConnectionNumber(display),
                                         QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_events)
        return display

    # -- X11 ---------------------------------------------------------------------
    @staticmethod
    def _grab(display, keycode: int, modifiers: int) -> bool:
        """Grab the key with every Caps/Num Lock variant; False (nothing grabbed) when
        another client holds one of them."""
        x = xlib()
        root = x.XDefaultRootWindow(display)
        _errors.clear()
        errors: list[int] = []
        x.XSync(display, 0)
        previous = x.XSetErrorHandler(ctypes.cast(_ON_ERROR, ctypes.c_void_p))
        try:
            for extra in X_IGNORED_VARIANTS:
                x.XGrabKey(display, keycode, modifiers | extra, root, 1,
                           GRAB_MODE_ASYNC, GRAB_MODE_ASYNC)
            x.XSync(display, 0)  # the errors arrive here
            errors = [code for d, code in _errors if d == display]
            if errors:
                for extra in X_IGNORED_VARIANTS:
                    x.XUngrabKey(display, keycode, modifiers | extra, root)
                x.XSync(display, 0)
        finally:
            x.XSetErrorHandler(previous)
            _errors.clear()
        return not errors

    def _read_events(self, *_args) -> None:
        if not self._display:
            return
        x = xlib()
        event = XEvent()
        fire = False
        while self._display and x.XPending(self._display):
            x.XNextEvent(self._display, ctypes.byref(event))
            key = event.xkey
            if event.type not in (KEY_PRESS, KEY_RELEASE) or key.keycode != self._keycode:
                continue
            if event.type == KEY_RELEASE:
                self._down = False
            elif (key.state & X_RELEVANT_MASK) == self._modifiers and not self._down:
                self._down = True
                fire = True
        if fire and self.sequence:
            self.triggered.emit()
