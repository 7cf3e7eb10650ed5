"""Where a claim folder goes by default, on each system.

The default is ``BonusDesk`` inside the user's *documents* folder as the system defines it:
on Windows the shell's Documents known folder, which is often redirected (to OneDrive, to
another drive); on Linux ``XDG_DOCUMENTS_DIR`` (``user-dirs.dirs``); on macOS ``~/Documents``.
platformdirs asks the system; the app passes Qt's ``QStandardPaths`` answer instead
(``bonusdesk/ui/paths.py``), which is the same folder seen through Qt.

A claim folder made by an earlier BonusDesk at ``~/Documents/BonusDesk`` stays where it is:
evidence is never moved behind the player's back.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

FOLDER_NAME = "BonusDesk"
_DB_NAME = "bonusdesk.db"  # core/folder.py's DB_NAME; not imported, folder.py imports us


def documents_dir() -> Path:
    """The user's documents folder as the system reports it."""
    return Path(platformdirs.user_documents_path())


def legacy_default() -> Path:
    """Where BonusDesk 0.1 put the default folder, whatever the system said."""
    return Path.home() / "Documents" / FOLDER_NAME


def default_folder(documents: Path | None = None) -> Path:
    """``$BONUSDESK_FOLDER``, else ``BonusDesk`` in ``documents`` (default: the system's).

    When that folder holds no claim folder yet but the pre-0.2 location does, the
    existing one is returned: the player's claims stay where they are.
    """
    env = os.environ.get("BONUSDESK_FOLDER")
    if env:
        return Path(env).expanduser()
    preferred = (documents or documents_dir()) / FOLDER_NAME
    legacy = legacy_default()
    if preferred != legacy and not _holds_claims(preferred) and _holds_claims(legacy):
        return legacy
    return preferred


def _holds_claims(path: Path) -> bool:
    return (path / _DB_NAME).is_file()
