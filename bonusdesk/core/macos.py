"""macOS Screen Recording permission (macOS 10.15+), through CoreGraphics with ctypes.

Without the permission macOS does not fail a screen grab: it returns the desktop wallpaper
and the menu bar with every other application's window left out. A capture like that
would be stored as "evidence" that shows nothing, so the capture checks first:
``CGPreflightScreenCaptureAccess()`` says whether access is granted (no prompt);
``CGRequestScreenCaptureAccess()`` shows macOS's own prompt the first time and adds
BonusDesk to the list in System Settings. macOS applies a new grant only to processes
started after it, hence "restart BonusDesk" in the message.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from typing import Any

from .errors import CaptureError

log = logging.getLogger(__name__)

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"

GRANT_ADVICE = ("allow BonusDesk in System Settings › Privacy & Security › Screen Recording "
                "(\"Screen & System Audio Recording\" on macOS 15), then quit and restart "
                "BonusDesk: macOS applies the permission only to a restarted app")


class ScreenRecordingDenied(CaptureError):
    """macOS would return only the wallpaper: the Screen Recording permission is missing."""


def core_graphics() -> Any:
    """The CoreGraphics library (a ctypes CDLL); raises OSError off macOS."""
    path = ctypes.util.find_library("CoreGraphics") or CORE_GRAPHICS
    lib = ctypes.cdll.LoadLibrary(path)
    for name in ("CGPreflightScreenCaptureAccess", "CGRequestScreenCaptureAccess"):
        func = getattr(lib, name, None)
        if func is not None:
            func.restype, func.argtypes = ctypes.c_bool, []
    return lib


def screen_recording_allowed(lib: Any = None) -> bool | None:
    """True or False; None when macOS has no such permission (before 10.15) or no library."""
    try:
        lib = lib if lib is not None else core_graphics()
        preflight = lib.CGPreflightScreenCaptureAccess
    except (OSError, AttributeError):
        return None
    return bool(preflight())


def ensure_screen_recording(lib: Any = None) -> None:
    """Return if grabs will show the screen; else ask macOS (prompt) and refuse the grab."""
    try:
        lib = lib if lib is not None else core_graphics()
    except OSError as exc:
        log.warning("CoreGraphics not loadable, permission not checked: %s", exc)
        return
    allowed = screen_recording_allowed(lib)
    if allowed is None or allowed:
        return
    try:
        lib.CGRequestScreenCaptureAccess()  # macOS shows its prompt once; returns at once
    except AttributeError:
        pass
    raise ScreenRecordingDenied(
        "macOS has not given BonusDesk the Screen Recording permission, so a screenshot would "
        f"show only the desktop background, not the windows; nothing was captured. To fix: "
        f"{GRANT_ADVICE}")
