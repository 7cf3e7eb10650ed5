"""Other applications' windows on the desktop: where they are, which one is active.

Window capture needs the rectangle of a window (the casino's, not BonusDesk's) in the
virtual-desktop pixels a grab uses. The window system knows it; this module asks it:

- **X11** (also XWayland windows): libX11 through ctypes. With a window manager, its
  EWMH list ``_NET_CLIENT_LIST_STACKING`` gives the application windows in stacking
  order and ``_NET_FRAME_EXTENTS`` their title bar and borders; without one (Xvfb), the
  mapped children of the root window. The active window is ``_NET_ACTIVE_WINDOW``, else
  the window holding the keyboard focus.
- **Windows**: ``EnumWindows`` (top to bottom), the frame as drawn
  (``DwmGetWindowAttribute(DWMWA_EXTENDED_FRAME_BOUNDS)``: ``GetWindowRect`` adds an
  invisible resize border), cloaked windows of other virtual desktops left out;
  ``GetForegroundWindow`` is the active one. Not run in CI (no Windows machine).
- **macOS and Wayland**: not available. A Wayland application cannot see other windows
  (the desktop portal's interactive screenshot lets the player pick one instead); on
  macOS it would need the Quartz window list, not written in this version.

No Qt: the capture job calls it off the GUI thread, with BonusDesk's windows hidden.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from .monitors import Rect


@dataclass(frozen=True)
class WindowInfo:
    """A top-level window: ``rect`` in virtual-desktop pixels, frame included."""

    rect: Rect
    title: str = ""
    wid: int = 0  # the window system's id (X11 window, Windows HWND)

    def as_metadata(self) -> dict:
        return {"title": self.title, "rect": self.rect.as_dict(), "id": self.wid}


def unavailable_reason(platform: str | None = None, env: dict | None = None) -> str:
    """Why windows cannot be listed here ("" when they can)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform == "win32":
        return ""
    if platform == "darwin":
        return "window capture is not available on macOS in this version"
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "Wayland does not let applications see other windows"
    if not env.get("DISPLAY"):
        return "no X11 display"
    return ""


def list_windows() -> list[WindowInfo]:
    """Visible application windows, the top one first ([] where not available)."""
    if unavailable_reason():
        return []
    if sys.platform == "win32":
        return _win32_windows()
    with _X11() as x:
        return x.windows()


def active_window() -> WindowInfo | None:
    """The window that has the keyboard (None when unknown or not available)."""
    if unavailable_reason():
        return None
    if sys.platform == "win32":
        return _win32_active()
    with _X11() as x:
        return x.active()


def window_at(windows: Iterable[WindowInfo], x: int, y: int) -> WindowInfo | None:
    """The topmost of ``windows`` (top first) showing pixel (x, y)."""
    return next((w for w in windows if w.rect.contains(x, y)), None)


# -- X11 ----------------------------------------------------------------------------------
_X_SUCCESS, _IS_VIEWABLE, _ANY_PROPERTY_TYPE = 0, 2, 0


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("border_width", ctypes.c_int),
                ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int),
                ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
                ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
                ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long),
                ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
# A window may close between listing and asking about it: BadWindow must not end the app
# (Xlib's default handler exits the process). One callback for the process, kept alive.
_IGNORE_ERRORS = _ERROR_HANDLER(lambda _display, _event: 0)
_lib: ctypes.CDLL | None = None


def _xlib() -> ctypes.CDLL:
    global _lib
    if _lib is not None:
        return _lib
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    vp, c_int, c_ulong = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong
    pul, pint = ctypes.POINTER(c_ulong), ctypes.POINTER(c_int)
    for name, res, args in (
        ("XOpenDisplay", vp, [ctypes.c_char_p]),
        ("XCloseDisplay", c_int, [vp]),
        ("XDefaultRootWindow", c_ulong, [vp]),
        ("XInternAtom", c_ulong, [vp, ctypes.c_char_p, c_int]),
        ("XGetWindowProperty", c_int, [vp, c_ulong, c_ulong, ctypes.c_long, ctypes.c_long,
                                       c_int, c_ulong, pul, pint, pul, pul,
                                       ctypes.POINTER(ctypes.c_void_p)]),
        ("XFree", c_int, [vp]),
        ("XGetWindowAttributes", c_int, [vp, c_ulong, ctypes.POINTER(_XWindowAttributes)]),
        ("XTranslateCoordinates", c_int, [vp, c_ulong, c_ulong, c_int, c_int, pint, pint,
                                          pul]),
        ("XQueryTree", c_int, [vp, c_ulong, pul, pul, ctypes.POINTER(ctypes.POINTER(c_ulong)),
                               ctypes.POINTER(ctypes.c_uint)]),
        ("XGetInputFocus", c_int, [vp, pul, pint]),
        ("XSetErrorHandler", vp, [vp]),
        ("XSync", c_int, [vp, c_int]),
    ):
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, args
    _lib = lib
    return lib


class _X11:
    """One short-lived X connection (the capture job's own: Qt's is not ours to use)."""

    def __enter__(self) -> _X11:
        self.x = _xlib()
        self.display = self.x.XOpenDisplay(None)
        if not self.display:
            raise OSError("cannot open the X display")
        self.previous_handler = self.x.XSetErrorHandler(
            ctypes.cast(_IGNORE_ERRORS, ctypes.c_void_p))
        self.root = self.x.XDefaultRootWindow(self.display)
        return self

    def __exit__(self, *_exc) -> None:
        self.x.XSync(self.display, 0)
        self.x.XSetErrorHandler(self.previous_handler)
        self.x.XCloseDisplay(self.display)

    def atom(self, name: str) -> int:
        return self.x.XInternAtom(self.display, name.encode(), 0)

    def prop(self, window: int, name: str, kind: str = "") -> tuple[int, bytes, int] | None:
        """(format, raw bytes, item count) of a property, None when the window lacks it."""
        actual, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        req = self.atom(kind) if kind else _ANY_PROPERTY_TYPE
        status = self.x.XGetWindowProperty(self.display, window, self.atom(name), 0, 1 << 16,
                                           0, req, actual, fmt, count, after, data)
        if status != _X_SUCCESS or not data.value:
            return None
        try:
            # Format 32 items are C longs in Xlib's memory, whatever the architecture.
            size = {8: 1, 16: 2, 32: ctypes.sizeof(ctypes.c_long)}.get(fmt.value, 1)
            raw = ctypes.string_at(data.value, count.value * size)
        finally:
            self.x.XFree(data)
        return fmt.value, raw, count.value

    def longs(self, window: int, name: str) -> list[int]:
        found = self.prop(window, name)
        if found is None or found[0] != 32:
            return []
        return list((ctypes.c_ulong * found[2]).from_buffer_copy(found[1]))

    def title(self, window: int) -> str:
        for name, kind in (("_NET_WM_NAME", "UTF8_STRING"), ("WM_NAME", "")):
            found = self.prop(window, name, kind)
            if found is not None and found[1]:
                codec = "utf-8" if kind else "latin-1"
                return found[1].decode(codec, "replace")
        return ""

    def geometry(self, window: int, frame: bool) -> Rect | None:
        attrs = _XWindowAttributes()
        if not self.x.XGetWindowAttributes(self.display, window, ctypes.byref(attrs)):
            return None
        if attrs.map_state != _IS_VIEWABLE or attrs.width < 2 or attrs.height < 2:
            return None
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        if not self.x.XTranslateCoordinates(self.display, window, self.root, 0, 0, x, y,
                                            child):
            return None
        left, top, width, height = x.value, y.value, attrs.width, attrs.height
        extents = self.longs(window, "_NET_FRAME_EXTENTS") if frame else []
        if len(extents) == 4:  # left, right, top, bottom: the title bar and borders
            el, er, et, eb = extents
            left, top, width, height = left - el, top - et, width + el + er, height + et + eb
        return Rect(left, top, width, height)

    def info(self, window: int, frame: bool = True) -> WindowInfo | None:
        rect = self.geometry(window, frame)
        return None if rect is None else WindowInfo(rect, self.title(window), window)

    def children(self) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self.x.XQueryTree(self.display, self.root, root, parent, kids, count):
            return []
        try:
            return [kids[i] for i in range(count.value)]
        finally:
            if kids:
                self.x.XFree(kids)

    def _managed(self) -> list[int] | None:
        """Application windows bottom to top, per the window manager (None: no manager)."""
        stacking = self.longs(self.root, "_NET_CLIENT_LIST_STACKING")
        return stacking or None

    def windows(self) -> list[WindowInfo]:
        managed = self._managed()
        ids = managed if managed is not None else self.children()
        found = [self.info(w, frame=managed is not None) for w in reversed(ids)]
        return [w for w in found if w is not None]

    def active(self) -> WindowInfo | None:
        active = self.longs(self.root, "_NET_ACTIVE_WINDOW")
        if active and active[0]:
            return self.info(active[0])
        focus, revert = ctypes.c_ulong(), ctypes.c_int()
        self.x.XGetInputFocus(self.display, focus, revert)
        window = focus.value
        if window in (0, 1, self.root):  # None, PointerRoot, the desktop itself
            return None
        top = self._toplevel(window)
        return None if top is None else self.info(top, frame=False)

    def _toplevel(self, window: int) -> int | None:
        """The child of the root window that holds ``window``."""
        tops = set(self.children())
        for _ in range(64):  # a window tree is never this deep; a loop guard
            if window in tops:
                return window
            root, parent = ctypes.c_ulong(), ctypes.c_ulong()
            kids, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
            if not self.x.XQueryTree(self.display, window, root, parent, kids, count):
                return None
            if kids:
                self.x.XFree(kids)
            if parent.value in (0, self.root):
                return window
            window = parent.value
        return None


# -- Windows (not run in CI) ----------------------------------------------------------------
_DWMWA_EXTENDED_FRAME_BOUNDS, _DWMWA_CLOAKED = 9, 14
_GWL_EXSTYLE, _WS_EX_TOOLWINDOW = -20, 0x00000080


def _win32_rect(hwnd) -> Rect | None:
    from ctypes import wintypes

    rect = wintypes.RECT()
    dwm = ctypes.windll.dwmapi
    if dwm.DwmGetWindowAttribute(wintypes.HWND(hwnd), _DWMWA_EXTENDED_FRAME_BOUNDS,
                                 ctypes.byref(rect), ctypes.sizeof(rect)) != 0:
        if not ctypes.windll.user32.GetWindowRect(wintypes.HWND(hwnd), ctypes.byref(rect)):
            return None
    width, height = rect.right - rect.left, rect.bottom - rect.top
    return Rect(rect.left, rect.top, width, height) if width > 1 and height > 1 else None


def _win32_info(hwnd) -> WindowInfo | None:
    from ctypes import wintypes

    user32 = ctypes.windll.user32
    h = wintypes.HWND(hwnd)
    if not user32.IsWindowVisible(h) or user32.IsIconic(h):
        return None
    if user32.GetWindowLongW(h, _GWL_EXSTYLE) & _WS_EX_TOOLWINDOW:
        return None
    cloaked = ctypes.c_int(0)
    ctypes.windll.dwmapi.DwmGetWindowAttribute(h, _DWMWA_CLOAKED, ctypes.byref(cloaked),
                                               ctypes.sizeof(cloaked))
    if cloaked.value:  # on another virtual desktop, or a suspended store app
        return None
    length = user32.GetWindowTextLengthW(h)
    buffer = ctypes.create_unicode_buffer(length + 1)
    user32.GetWindowTextW(h, buffer, length + 1)
    rect = _win32_rect(hwnd)
    return None if rect is None or not buffer.value else WindowInfo(rect, buffer.value,
                                                                     int(hwnd))


def _win32_windows() -> list[WindowInfo]:
    from ctypes import wintypes

    found: list[WindowInfo] = []
    callback_type = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)

    def visit(hwnd, _lparam):
        info = _win32_info(hwnd)
        if info is not None:
            found.append(info)
        return True

    ctypes.windll.user32.EnumWindows(callback_type(visit), 0)  # top of the z-order first
    return found


def _win32_active() -> WindowInfo | None:
    hwnd = ctypes.windll.user32.GetForegroundWindow()
    return _win32_info(hwnd) if hwnd else None
