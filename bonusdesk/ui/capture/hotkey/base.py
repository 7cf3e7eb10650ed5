"""A system-wide capture hotkey, where the window system lets an application have one.

``create_global_hotkey()`` walks the registered backends in order and takes the first
that applies to the running platform:

- X11 (Qt platform "xcb", not under Wayland): ``XGrabKey`` on the root window, ``x11.py``;
- Windows: ``RegisterHotKey`` + a native event filter, ``windows.py``;
- Wayland: the desktop portal's GlobalShortcuts, ``portal_shortcuts.py`` (where the
  desktop offers it: the answer comes later, ``failed`` when it is no);
- otherwise ``UnavailableHotkey``, whose ``register`` says why (macOS is not done in this
  version).

Backends register themselves with ``@register_backend(name, applies)``; this module never
imports them (the package ``__init__`` does, so the registry is complete). A new backend
(macOS) is one new module and one line in ``__init__``.

Every backend has the same small interface: ``register(sequence) -> bool`` (False with a
human-readable ``reason``), ``unregister()``, the ``triggered`` signal, and ``failed(reason)``
when a registration accepted at first is refused later.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication


class GlobalHotkey(QObject):
    """Base of the backends: one hotkey at a time; ``triggered`` when it is pressed."""

    triggered = Signal()
    # A registration accepted at first was refused later (an asynchronous backend: the
    # desktop portal asks the player): the reason, for the user.
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.reason = ""  # why the last register() failed, for the user
        self.sequence = ""  # the registered sequence, "" when none

    @property
    def active(self) -> bool:
        return bool(self.sequence)

    def register(self, sequence: str) -> bool:
        """Make ``sequence`` ("Ctrl+Shift+S") system-wide, replacing the previous one."""
        raise NotImplementedError

    def unregister(self) -> None:
        """Release the hotkey (nothing happens when none is registered)."""
        self.sequence = ""

    def close(self) -> None:
        """Release the hotkey and whatever the backend holds open (the app is closing)."""
        self.unregister()


class UnavailableHotkey(GlobalHotkey):
    """The platform has no global hotkey for us: ``register`` always explains why."""

    def __init__(self, why: str, parent: QObject | None = None):
        super().__init__(parent)
        self.why = why

    def register(self, sequence: str) -> bool:
        self.unregister()
        self.reason = self.why
        return False


def is_wayland_session(env: Mapping[str, str]) -> bool:
    return bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"


@dataclass(frozen=True)
class Backend:
    """A hotkey implementation and the platforms it serves."""

    name: str
    # (Qt platform name, environment, sys.platform) -> True when this backend serves it
    applies: Callable[[str, Mapping[str, str], str], bool]
    make: Callable[[QObject | None], GlobalHotkey]


_BACKENDS: list[Backend] = []


def register_backend(name: str, applies: Callable[[str, Mapping[str, str], str], bool]):
    """Class decorator for a GlobalHotkey subclass: offer it where ``applies`` says so.
    Backends are tried in registration order (the package ``__init__``'s import order)."""
    def decorate(cls):
        _BACKENDS.append(Backend(name, applies, cls))
        return cls
    return decorate


def backends() -> list[Backend]:
    return list(_BACKENDS)


def create_global_hotkey(parent: QObject | None = None, platform: str | None = None,
                         env: Mapping[str, str] | None = None,
                         system: str | None = None) -> GlobalHotkey:
    """The backend for this platform (Qt platform name, environment and OS can be given
    for tests), or an UnavailableHotkey that says why there is none."""
    platform = platform if platform is not None else QGuiApplication.platformName()
    env = os.environ if env is None else env
    system = system or sys.platform
    for backend in _BACKENDS:
        if backend.applies(platform, env, system):
            return backend.make(parent)
    return UnavailableHotkey(_why_unavailable(platform, env, system), parent)


def _why_unavailable(platform: str, env: Mapping[str, str], system: str) -> str:
    if platform == "xcb" and is_wayland_session(env):
        # Under XWayland a grab only sees keys typed into X11 windows: not global.
        return _wayland_reason()
    if platform == "cocoa" or system == "darwin":
        return QCoreApplication.translate(
            "GlobalHotkey",
            "A system-wide shortcut is not available on macOS yet in this version: use the "
            "shortcut while BonusDesk is in front, or take the screenshot with Cmd+Shift+5 "
            "and import the file.")
    if platform.startswith("wayland") or is_wayland_session(env):
        return _wayland_reason()
    return QCoreApplication.translate(
        "GlobalHotkey",
        "This display system offers no system-wide shortcut to applications: the shortcut "
        "works while BonusDesk is in front.")


def _wayland_reason() -> str:
    return QCoreApplication.translate(
        "GlobalHotkey", "Wayland does not let applications use system-wide shortcuts: the shortcut "
                        "works while BonusDesk is in front. For other windows, take the screenshot "
                        "with your desktop's screenshot tool and import the file.")
