"""Locate files under resources/ (fonts, icons, translations, rules data)."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts>``: repo root from source, ``sys._MEIPASS`` when frozen."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
