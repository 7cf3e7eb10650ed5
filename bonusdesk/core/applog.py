"""Where BonusDesk writes its own log files (never claim content).

One place for the app's rotating log, crash reports and self-check results,
so the windowed Windows and macOS builds, which have no console, still leave
something to read. ``$BONUSDESK_LOG_DIR`` overrides it (tests, portable use).
"""

from __future__ import annotations

import collections
import faulthandler
import logging
import os
import platform
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "BonusDesk"


def log_dir() -> Path:
    """The per-user log folder (created on demand by the writers, not here)."""
    env = os.environ.get("BONUSDESK_LOG_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


# -- the log itself (stdlib logging), crash dumps and uncaught exceptions ----------------------
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3  # bonusdesk.log.1 .. .3: a few MB at most, ever
# A CLI command is one short process: it rotates its log when it starts, if the log has
# less than this room left, and then appends to it (see _handler).
CLI_ROOM = 256_000
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_installed: dict[str, Path] = {}
_fault_file = None  # kept open for faulthandler, which writes from a signal handler


def log_file(kind: str = "app") -> Path:
    """``bonusdesk.log`` for the app, ``bonusdesk-cli.log`` for the CLI (two processes may
    run at once; one file each keeps rotation simple and safe)."""
    return log_dir() / ("bonusdesk.log" if kind == "app" else f"bonusdesk-{kind}.log")


def crash_file() -> Path:
    """Where faulthandler writes the Python stacks of a hard crash (segfault, abort)."""
    return log_dir() / "crash.log"


def install(kind: str = "app", level: int = logging.INFO) -> Path | None:
    """Log to a rotating file, dump stacks on hard crashes, log uncaught exceptions.

    Returns the log file, or None when the log folder cannot be written (read-only home):
    BonusDesk then runs without a log rather than not at all. Safe to call twice.
    Log records must never carry claim content (titles, notes, file names of evidence).
    """
    if kind in _installed:
        return _installed[kind]
    path = log_file(kind)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _handler(kind, path)
    except OSError as exc:
        print(f"bonusdesk: no log file ({exc})", file=sys.stderr)
        return None
    formatter = logging.Formatter(_FORMAT)
    formatter.converter = time.gmtime  # UTC, like every time BonusDesk stores
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    _enable_faulthandler()
    install_excepthook()
    _installed[kind] = path
    logging.getLogger("bonusdesk").info("%s %s started (%s, Python %s)", APP_NAME,
                                        _version(), kind, platform.python_version())
    return path


def _handler(kind: str, path: Path) -> logging.Handler:
    """The app rotates its log whenever it fills. A CLI command, a short process that
    writes a few lines, rotates it only when it starts with less than CLI_ROOM left, and
    otherwise appends with a plain FileHandler: logging.handlers brings socket, pickle and
    queue, ~6 ms of a command that must stay near scrot's time (issue 17). The log then
    exceeds LOG_MAX_BYTES only by what one command writes past CLI_ROOM."""
    if kind == "cli":
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size + CLI_ROOM <= LOG_MAX_BYTES:
            return logging.FileHandler(path, encoding="utf-8")
    from logging.handlers import RotatingFileHandler

    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    if kind == "cli":  # less than CLI_ROOM left: rotate before this command writes
        handler.doRollover()
    return handler


def _version() -> str:
    from bonusdesk import __version__

    return __version__


def _enable_faulthandler() -> None:
    global _fault_file
    if _fault_file is not None:
        return
    try:
        _fault_file = open(crash_file(), "a", encoding="utf-8")  # noqa: SIM115 - kept open
    except OSError:
        return
    faulthandler.enable(file=_fault_file, all_threads=True)


ErrorListener = Callable[[str], object]
_listeners: list[ErrorListener] = []


def install_excepthook(on_error: ErrorListener | None = None) -> None:
    """Log every uncaught exception (main thread and others) with its traceback.

    ``on_error(report)`` is called too, with the text a "Copy diagnostics" button offers
    (``diagnostics.crash_report``): the app's dialog plugs in here. The previous hook
    still runs, so a console shows the traceback as before.
    """
    if on_error is not None and on_error not in _listeners:
        _listeners.append(on_error)
    if getattr(sys.excepthook, "_bonusdesk", False):
        return
    previous, previous_thread = sys.excepthook, threading.excepthook

    def hook(exc_type, exc, tb):
        _report(exc_type, exc, tb)
        previous(exc_type, exc, tb)

    def thread_hook(args):
        if args.exc_type is not SystemExit:
            _report(args.exc_type, args.exc_value, args.exc_traceback)
        previous_thread(args)

    hook._bonusdesk = True
    sys.excepthook, threading.excepthook = hook, thread_hook


def remove_error_listener(on_error: ErrorListener) -> None:
    """Stop calling ``on_error`` (the app's dialog is gone; tests clean up)."""
    if on_error in _listeners:
        _listeners.remove(on_error)


def _report(exc_type, exc, tb) -> None:
    logging.getLogger("bonusdesk").critical("uncaught exception",
                                            exc_info=(exc_type, exc, tb))
    if not _listeners:
        return
    from .diagnostics import crash_report

    text = crash_report(exc_type, exc, tb)
    for listener in list(_listeners):
        try:
            listener(text)
        except Exception:  # a failing dialog must not hide the original error
            logging.getLogger("bonusdesk").exception("error listener failed")


def tail(path: Path, lines: int = 40) -> list[str]:
    """The last ``lines`` lines of a log file ([] when there is none)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return [line.rstrip("\n") for line in collections.deque(fh, maxlen=lines)]
    except OSError:
        return []
