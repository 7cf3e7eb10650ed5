"""Where Tesseract's language data (``eng.traineddata``, ``fra.traineddata``) is.

The installers carry their own copy (``resources/tessdata``, added by the PyInstaller
build from the build machine's Tesseract data); a source install uses the system's
(Debian ``tesseract-ocr-fra``, Homebrew ``tesseract-lang``, the Windows installer).
"""

from __future__ import annotations

import os
from pathlib import Path

WANTED = ("fra", "eng")  # French first: "é" read as "e" is worse than the reverse

SYSTEM_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",  # Debian, Ubuntu
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",  # Fedora, Arch
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",  # macOS Homebrew (Apple silicon)
    "C:/Program Files/Tesseract-OCR/tessdata",
)


def candidates() -> list[Path]:
    out = []
    env = os.environ.get("BONUSDESK_TESSDATA")
    if env:
        out.append(Path(env).expanduser())
    try:
        from ...resources import resource_path

        out.append(resource_path("tessdata"))
    except FileNotFoundError:
        pass
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        out += [Path(prefix), Path(prefix) / "tessdata"]
    return out + [Path(p) for p in SYSTEM_DIRS]


def find() -> tuple[Path | None, list[str]]:
    """(folder, languages it has among WANTED) for the first folder with any of them."""
    for folder in candidates():
        have = [lang for lang in WANTED if (folder / f"{lang}.traineddata").is_file()]
        if have:
            return folder, have
    return None, []


def missing_message() -> str:
    return ("no Tesseract language data (eng/fra.traineddata) found; install it (Debian: "
            "apt install tesseract-ocr-fra tesseract-ocr-eng) or set BONUSDESK_TESSDATA")
