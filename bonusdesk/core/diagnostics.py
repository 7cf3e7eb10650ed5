"""What a support request needs to know about this installation, and never claim content.

``bonusdesk-cli diagnostics``, the app's "Copy diagnostics" button and crash reports use
:func:`collect` / :func:`format_text`: BonusDesk version, how it was installed, OS, Python,
Qt (read from the installed package's metadata, Qt itself is not imported here), the screen
layout and capture handlers, the time zone, where the default claim folder is and whether a
sync client covers it, and the last lines of the log. The claim database is never opened.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys
import traceback
from pathlib import Path

from bonusdesk import APP_NAME, __version__

from . import applog

LOG_LINES = 40


NO_QT = "not installed (command line only)"


def qt_version() -> str:
    """PySide6's version from its package metadata, never by importing Qt (the core stays
    Qt-free; the app bundle carries the metadata: packaging/bonusdesk.spec)."""
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return f"PySide6 {importlib.metadata.version(dist)}"
        except importlib.metadata.PackageNotFoundError:
            continue
    return NO_QT


def _screens() -> dict:
    from .capture import CaptureError, current_monitors, session_type
    from .capture_chain import Environment, choose

    info: dict = {"session": session_type(), "capture_handlers": choose(Environment.current())}
    try:
        info["monitors"] = [m.as_dict() for m in current_monitors()]
    except CaptureError as exc:
        info["monitors"] = f"unavailable: {exc}"
    return info


def _folder() -> dict:
    from .folder import default_folder
    from .sync import detect

    path = default_folder()
    synced = detect(path)
    return {"default_folder": str(path), "exists": (path / "bonusdesk.db").exists(),
            "synced_by": f"{synced.provider} ({synced.evidence})" if synced else "no"}


def collect(log_lines: int = LOG_LINES, extra: dict | None = None) -> dict:
    """Everything above as a dict; ``extra`` adds what only the UI knows (Qt's screens)."""
    from .timeutil import local_zone_name

    log = applog.log_file("app")
    info = {
        "app": f"{APP_NAME} {__version__}",
        "install": "bundle" if getattr(sys, "frozen", False) else _install_kind(),
        "os": platform.platform(),
        "machine": platform.machine(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "qt": qt_version(),
        "time_zone": local_zone_name(),
        **_screens(),
        **_folder(),
        "log_folder": str(applog.log_dir()),
        "log_tail": applog.tail(log, log_lines),
    }
    info.update(extra or {})
    return info


def _install_kind() -> str:
    try:
        dist = importlib.metadata.distribution("bonusdesk")
    except importlib.metadata.PackageNotFoundError:
        return "source checkout"
    direct = dist.read_text("direct_url.json") or ""
    return "editable (development)" if '"editable": true' in direct else "pip/pipx (wheel)"


def format_text(info: dict) -> str:
    lines = []
    for key, value in info.items():
        if key == "log_tail":
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            lines += [f"  {item}" for item in value]
        else:
            lines.append(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    tail = info.get("log_tail") or []
    lines.append(f"last {len(tail)} log lines ({Path(info['log_folder']).name}):")
    lines += [f"  {line}" for line in tail]
    return "\n".join(lines)


def crash_report(exc_type, exc, tb) -> str:
    """The text behind "Copy diagnostics" after an unexpected error."""
    trace = "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()
    try:
        about = format_text(collect(log_lines=20))
    except Exception as problem:  # diagnostics must never hide the error they describe
        about = f"(diagnostics unavailable: {problem!r})"
    return f"{APP_NAME} error report\n\n{trace}\n\n{about}\n"
