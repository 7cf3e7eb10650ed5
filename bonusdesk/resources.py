"""Where the shipped resources (icons, fonts, translations, rules data) are.

``resource_path("rules", "escalation.toml")`` works from a source checkout
(``resources/`` at the repository root) and from a PyInstaller bundle, which
unpacks data files under ``sys._MEIPASS`` (the spec must add ``resources`` as
``resources``). ``$BONUSDESK_RESOURCES`` points somewhere else, for packagers
who install the data files apart from the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_DIR = "resources"


def resource_root() -> Path:
    """The ``resources`` folder in use; the first of the candidates that exists."""
    candidates = []
    env = os.environ.get("BONUSDESK_RESOURCES")
    if env:
        candidates.append(Path(env).expanduser())
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / RESOURCES_DIR)
    # bonusdesk/resources.py -> repository root
    candidates.append(Path(__file__).resolve().parent.parent / RESOURCES_DIR)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"BonusDesk resources folder not found (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("rules", "escalation.toml")``.

    The file itself is not checked: callers that need it report its absence.
    """
    return resource_root().joinpath(*parts)
