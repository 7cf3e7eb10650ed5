"""Where BonusDesk writes its own log files (never claim content).

One place for the app's rotating log, crash reports and self-check results,
so the windowed Windows and macOS builds, which have no console, still leave
something to read. ``$BONUSDESK_LOG_DIR`` overrides it (tests, portable use).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BonusDesk"


def log_dir() -> Path:
    """The per-user log folder (created on demand by the writers, not here)."""
    env = os.environ.get("BONUSDESK_LOG_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_log_path(APP_NAME, appauthor=False)
