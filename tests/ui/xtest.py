"""Type keys on the X server like a real keyboard (XTest extension, libXtst.so.6),
from a display connection of its own."""

from __future__ import annotations

import ctypes

from bonusdesk.ui.capture.hotkey.x11 import xlib

_MODIFIER_KEYSYMS = {"ctrl": 0xFFE3, "shift": 0xFFE1, "alt": 0xFFE9, "meta": 0xFFEB}


def press_hotkey(sequence: str) -> None:
    """Press and release ``sequence`` ("Ctrl+Shift+S"): modifiers down, key, all up."""
    from bonusdesk.ui.capture.hotkey.keys import parse_hotkey, x11_keysym

    hotkey = parse_hotkey(sequence)
    x = xlib()
    xtst = ctypes.CDLL("libXtst.so.6")
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                       ctypes.c_ulong]
    display = x.XOpenDisplay(None)
    assert display, "cannot open the X display"
    try:
        codes = [x.XKeysymToKeycode(display, _MODIFIER_KEYSYMS[m])
                 for m in sorted(hotkey.modifiers)]
        codes.append(x.XKeysymToKeycode(display, x11_keysym(hotkey)))
        assert all(codes)
        for code in codes:
            xtst.XTestFakeKeyEvent(display, code, 1, 0)
        for code in reversed(codes):
            xtst.XTestFakeKeyEvent(display, code, 0, 0)
        x.XSync(display, 0)
    finally:
        x.XCloseDisplay(display)
