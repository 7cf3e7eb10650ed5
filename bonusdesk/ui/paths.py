"""Where the app's resources (icons, translations) are found."""

from __future__ import annotations

from pathlib import Path

from bonusdesk.resources import resource_root


def resources_dir() -> Path:
    """The shared resources folder (source checkout, $BONUSDESK_RESOURCES or a bundle)."""
    try:
        return resource_root()
    except FileNotFoundError:
        # Nothing shipped: icons and translations fall back (SVG-less icon, English).
        return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def default_claim_folder() -> Path:
    """The app's default claim folder: BonusDesk in Qt's documents location.

    Qt asks the system the same way platformdirs does (the Documents known folder on
    Windows, XDG user dirs on Linux); core/locations.py keeps an existing folder in place.
    """
    from PySide6.QtCore import QStandardPaths

    from bonusdesk.core.locations import default_folder

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return default_folder(Path(docs) if docs else None)
