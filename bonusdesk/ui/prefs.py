"""UI preferences in QSettings (never claim data: that lives in the claim folder)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from bonusdesk.core.model import DEFAULT_WINDOW_HOURS
from bonusdesk.core.timeutil import local_zone_name

from .i18n import LANGUAGES, system_language

MAX_RECENT = 8


class Prefs:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None):
        self.s = settings or QSettings("BonusDesk", "BonusDesk")

    def _get(self, key: str, default, kind=str):
        value = self.s.value(key, default)
        if kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def folder(self) -> str:
        return self._get("folder", "")

    @folder.setter
    def folder(self, value: str) -> None:
        self.s.setValue("folder", value)

    @property
    def language(self) -> str:
        lang = self._get("language", "")
        return lang if lang in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self.s.setValue("language", value)

    @property
    def language_choice(self) -> str:
        """The language the user picked ("en", "fr"), "" when they never did (then the
        system's is used, and follows the system when it changes)."""
        lang = self._get("language", "")
        return lang if lang in LANGUAGES else ""

    @language_choice.setter
    def language_choice(self, value: str) -> None:
        if value in LANGUAGES:
            self.s.setValue("language", value)
        else:
            self.s.remove("language")

    @property
    def window_hours(self) -> int:
        return self._get("window_hours", DEFAULT_WINDOW_HOURS, int)

    @window_hours.setter
    def window_hours(self, value: int) -> None:
        self.s.setValue("window_hours", int(value))

    @property
    def user_name(self) -> str:
        """The name older versions kept in Settings: now only offered once in "Your
        details" (core.profile, in the claim folder), which signs the letters."""
        return self._get("user_name", "")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.s.setValue("user_name", value)

    @property
    def zone(self) -> str:
        return self._get("zone", "") or local_zone_name()

    @zone.setter
    def zone(self, value: str) -> None:
        self.s.setValue("zone", value)

    @property
    def hotkey(self) -> str:
        return self._get("hotkey", "Ctrl+Shift+S")

    @hotkey.setter
    def hotkey(self, value: str) -> None:
        self.s.setValue("hotkey", value)

    @property
    def hotkey_takes(self) -> str:
        """What the capture shortcut captures: "screen" or "window" (the active one)."""
        value = self._get("hotkey_takes", "screen")
        return value if value in ("screen", "window") else "screen"

    @hotkey_takes.setter
    def hotkey_takes(self, value: str) -> None:
        self.s.setValue("hotkey_takes", value)

    @property
    def capture_stamped(self) -> bool:
        """Each capture also gets a stamped copy (banner: date, time, zone, fingerprint)."""
        return self._get("capture_stamped", False, bool)

    @capture_stamped.setter
    def capture_stamped(self, value: bool) -> None:
        self.s.setValue("capture_stamped", bool(value))

    @property
    def close_to_tray(self) -> bool:
        return self._get("close_to_tray", False, bool)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self.s.setValue("close_to_tray", bool(value))

    @property
    def welcomed(self) -> bool:
        return self._get("welcomed", False, bool)

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self.s.setValue("welcomed", bool(value))

    def recent_folders(self) -> list[str]:
        value = self.s.value("recent_folders", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_folder(self, path: str) -> None:
        recent = [p for p in self.recent_folders() if p != path]
        self.s.setValue("recent_folders", [path, *recent][:MAX_RECENT])

    def forget_recent_folder(self, path: str) -> None:
        """A folder moved away: its old place leaves the Recent folders menu."""
        self.s.setValue("recent_folders", [p for p in self.recent_folders() if p != path])

    def sync_warning_muted(self, path: str) -> bool:
        """The player asked not to be warned again that this folder is in a synced place."""
        return path in self._list("sync_warning_muted")

    def mute_sync_warning(self, path: str) -> None:
        self.s.setValue("sync_warning_muted", [*self._list("sync_warning_muted"), path])

    def _list(self, key: str) -> list[str]:
        value = self.s.value(key, [])
        if isinstance(value, str):  # QSettings gives one string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v]
