"""Where the app's resources (icons, translations) are found."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """resources/ at the repository root, or next to a frozen executable.

    $BONUSDESK_RESOURCES overrides both (packagers put the folder elsewhere).
    """
    env = os.environ.get("BONUSDESK_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"
