"""Where the shipped resources (icons, fonts, translations, rules data) are.

``resource_path("rules", "escalation.toml")`` works wherever BonusDesk runs:

1. ``$BONUSDESK_RESOURCES``, for packagers who install the data files apart from the code;
2. a PyInstaller bundle, which unpacks data files under ``sys._MEIPASS/resources``
   (``packaging/bundle_config.py`` puts them there);
3. the ``bonusdesk.data`` package, read with importlib.resources: an installed wheel
   carries ``resources/`` as that package (setup.py), and an editable install maps it to
   the repository's ``resources/``;
4. ``resources/`` next to the ``bonusdesk`` folder: a source checkout run without any
   install (``PYTHONPATH=.``).
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

RESOURCES_DIR = "resources"
DATA_PACKAGE = "bonusdesk.data"


def _package_data() -> Path | None:
    """The ``bonusdesk.data`` package's folder, when it is installed as real files."""
    try:
        root = importlib.resources.files(DATA_PACKAGE)
    except ModuleNotFoundError:
        return None
    # Fonts and Qt translations are opened by file name, so only a real folder will do
    # (a zip import would need extracting; no installer produces one for BonusDesk).
    return root if isinstance(root, Path) else None


def candidates() -> list[Path]:
    """Every place looked at, in order (for error messages and diagnostics)."""
    found = []
    env = os.environ.get("BONUSDESK_RESOURCES")
    if env:
        found.append(Path(env).expanduser())
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / RESOURCES_DIR)
    package = _package_data()
    if package is not None:
        found.append(package)
    # bonusdesk/resources.py -> repository root
    found.append(Path(__file__).resolve().parent.parent / RESOURCES_DIR)
    return found


def resource_root() -> Path:
    """The ``resources`` folder in use; the first of the candidates that exists."""
    tried = candidates()
    for candidate in tried:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("BonusDesk resources folder not found (looked in: "
                            f"{', '.join(str(c) for c in tried)}); reinstall BonusDesk")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("rules", "escalation.toml")``.

    The file itself is not checked: callers that need it report its absence.
    """
    return resource_root().joinpath(*parts)
