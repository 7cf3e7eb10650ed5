"""Global hotkey on Windows: ``RegisterHotKey`` + a Qt native event filter for WM_HOTKEY.

NOT RUN IN CI (tests run on Linux/X11): only the key mapping (``hotkey_keys.windows_keys``)
is tested. With no window handle, Windows posts WM_HOTKEY to the registering thread's
queue: that is the GUI thread, whose Qt event dispatcher hands every message to the native
event filters as "windows_generic_MSG" before dispatching it.
"""

from __future__ import annotations

import ctypes
import itertools

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject

from .base import GlobalHotkey, register_backend
from .keys import BadHotkey, parse_hotkey, windows_keys

WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
_ids = itertools.count(0xB0D0)  # ids of this process's hotkeys (0x0000-0xBFFF for apps)



class _HotkeyFilter(QAbstractNativeEventFilter):
    """Calls ``on_hotkey`` for the WM_HOTKEY messages carrying ``hotkey_id``."""

    def __init__(self, hotkey_id: int, on_hotkey):
        super().__init__()
        self.hotkey_id, self.on_hotkey = hotkey_id, on_hotkey

    def nativeEventFilter(self, event_type, message):
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam == self.hotkey_id:
                self.on_hotkey()
                return True, 0
        return False, 0

@register_backend("windows", lambda platform, _env, system:
                  platform == "windows" and system == "win32")
class WindowsHotkey(GlobalHotkey):
    """RegisterHotKey-based hotkey; see the module docstring."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._id = next(_ids)
        self._filter: _HotkeyFilter | None = None

    def register(self, sequence: str) -> bool:
        self.unregister()
        self.reason = ""
        try:
            modifiers, vk = windows_keys(parse_hotkey(sequence))
        except BadHotkey as exc:
            self.reason = str(exc)
            return False
        user32 = ctypes.WinDLL("user32", use_last_error=True)
        if not user32.RegisterHotKey(None, self._id, modifiers, vk):
            if ctypes.get_last_error() == ERROR_HOTKEY_ALREADY_REGISTERED:
                self.reason = QCoreApplication.translate(
                    "GlobalHotkey", "“%1” is already used by another application: choose "
                                    "another shortcut. It works only while BonusDesk is in "
                                    "front.").replace("%1", sequence)
            else:
                self.reason = QCoreApplication.translate(
                    "GlobalHotkey", "Windows refused the system-wide shortcut “%1”.").replace(
                                    "%1", sequence)
            return False
        self._filter = _HotkeyFilter(self._id, self.triggered.emit)
        QCoreApplication.instance().installNativeEventFilter(self._filter)
        self.sequence = parse_hotkey(sequence).text
        return True

    def unregister(self) -> None:
        if self._filter is not None:
            QCoreApplication.instance().removeNativeEventFilter(self._filter)
            self._filter = None
            ctypes.WinDLL("user32").UnregisterHotKey(None, self._id)
        super().unregister()
