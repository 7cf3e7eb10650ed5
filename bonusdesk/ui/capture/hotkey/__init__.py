"""The system-wide capture hotkey (see ``base.py`` for how a backend is chosen).

The backends register themselves when imported: importing them here means the registry
is complete whichever of these modules is imported first. Order = preference.
"""

from . import x11, windows, portal_shortcuts  # noqa: F401, I001 - registration, in order
from .base import GlobalHotkey, UnavailableHotkey, create_global_hotkey, is_wayland_session

__all__ = ["GlobalHotkey", "UnavailableHotkey", "create_global_hotkey", "is_wayland_session"]
