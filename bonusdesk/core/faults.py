"""Recognise the disk faults a user can meet and name them: disk full, read-only.

The operating system and SQLite report the same two situations in several ways
(``ENOSPC``/``EDQUOT``, "database or disk is full"; ``EROFS``/``EACCES``, "attempt to
write a readonly database"). Everything that writes goes through these helpers, so
the user always reads one clear sentence naming the disk, never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .errors import NoSpaceLeft

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_SQLITE_FULL = 13
_SQLITE_READONLY = 8


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in DISK_FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        return (_sqlite_code(exc) == _SQLITE_FULL
                or "database or disk is full" in str(exc))
    return False


def is_read_only(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in READ_ONLY_ERRNOS
    if isinstance(exc, sqlite3.Error):
        return (_sqlite_code(exc) == _SQLITE_READONLY
                or "readonly database" in str(exc))
    return False


def mount_point(path: Path | str) -> Path:
    """The mount point of the disk that holds ``path`` (or its nearest existing parent)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        dev = path.stat().st_dev
        while path != path.parent and path.parent.stat().st_dev == dev:
            path = path.parent
    except OSError:
        pass
    return path


def disk_full(path: Path | str, doing: str = "") -> NoSpaceLeft:
    return NoSpaceLeft(path, str(mount_point(path)), doing)


@contextlib.contextmanager
def disk_errors(path: Path | str, doing: str = "") -> Iterator[None]:
    """Turn "no space left" from the OS or SQLite into :class:`NoSpaceLeft` naming ``path``."""
    try:
        yield
    except NoSpaceLeft:
        raise
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc):
            where = getattr(exc, "filename", None) or path
            raise disk_full(where, doing) from exc
        raise


def read_only_reason(folder: Path) -> str | None:
    """Why ``folder`` (a claim folder) cannot be changed, or None when it can."""
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "it is on a read-only disk"
    except OSError:
        pass
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return "you do not have permission to change it"
    for name in ("bonusdesk.db", "evidence"):
        target = folder / name
        if target.exists() and not os.access(target, os.W_OK):
            return f"you do not have permission to change {name}"
    return None
