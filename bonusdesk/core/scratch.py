"""Temporary files and folders that tell whether their writer is still alive.

A process killed with ``kill -9`` cannot clean up after itself, so the next one must;
but it must never remove the temp file of a writer that is still running (two exports
to the same folder, an app and a CLI). Each temp file or folder is therefore *held*
while in use: on POSIX an ``flock`` on it (released by the kernel when the process
dies, however it dies); on Windows an open handle, which already prevents deletion.
:func:`remove_if_stale` removes only what nobody holds.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

MARKER = ".live"
# A folder without its marker is being set up, or was left by a process killed in the
# microseconds before it created the marker: only the second is old.
_UNMARKED_GRACE_S = 60


class Hold:
    """Keeps ``path`` marked as in use until :meth:`release` (or the process's end)."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.name != "nt":
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_EX)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def _held_by_someone(path: Path) -> bool:
    if os.name == "nt":
        return False  # an open file cannot be deleted there: the removal itself tells
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # also releases the test lock
    return False


def _force_rmtree(path: Path) -> None:
    def make_writable_and_retry(func, p, _exc):
        with contextlib.suppress(OSError):
            os.chmod(p, 0o700)
            func(p)

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=make_writable_and_retry)
    else:
        shutil.rmtree(path, onerror=make_writable_and_retry)


def remove_if_stale(path: Path) -> bool:
    """Remove a temp file or folder left by a dead writer; True if it was removed."""
    try:
        if path.is_dir() and not path.is_symlink():
            marker = path / MARKER
            if marker.exists():
                if _held_by_someone(marker):
                    return False
            elif time.time() - path.stat().st_mtime < _UNMARKED_GRACE_S:
                return False
            _force_rmtree(path)
            return True
        if _held_by_someone(path):
            return False
        path.unlink()
        return True
    except FileNotFoundError:
        return True
    except OSError:  # in use (Windows), or not ours to remove: leave it
        return False


def clean_stale(folder: Path, pattern: str) -> int:
    """Remove every stale entry of ``folder`` matching ``pattern``; returns how many."""
    if not folder.is_dir():
        return 0
    return sum(remove_if_stale(p) for p in folder.glob(pattern))


def new_file(folder: Path, prefix: str) -> tuple[Path, Hold]:
    """Create an empty temp file (never an existing one) and hold it."""
    while True:
        path = folder / f"{prefix}{secrets.token_hex(4)}"
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        return path, Hold(path)


@contextlib.contextmanager
def work_dir(parent: Path, prefix: str) -> Iterator[Path]:
    """A private folder under ``parent``, held while in use and removed afterwards."""
    parent.mkdir(parents=True, exist_ok=True)
    while True:
        path = parent / f"{prefix}{secrets.token_hex(4)}"
        try:
            path.mkdir(mode=0o700)
            break
        except FileExistsError:
            continue
    hold = None
    try:
        hold = Hold(path / MARKER)
        yield path
    finally:
        if hold is not None:
            hold.release()
        _force_rmtree(path)
