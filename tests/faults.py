"""Fault injection for the data-safety tests: a full disk, read-only media, a tamperer.

* :func:`disk_fills_up` makes writes under a folder fail with a real ``OSError(ENOSPC)``
  after a number of bytes (the part before really lands on disk, as on a full disk);
  :func:`database_full` makes SQLite itself report "database or disk is full".
* :func:`small_disk` mounts a real tiny tmpfs (root with mount rights only).
* :func:`read_only` makes a folder read-only for real: a read-only bind mount of the
  folder onto itself when root can mount, else (not root) permissions.
* :func:`tamper` opens the database behind BonusDesk's back, as a person with a SQLite
  tool would (the append-only triggers stay: it edits tables, not the log).
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest


class _FillingFile:
    """A file object whose writes hit a full disk after ``room`` bytes."""

    def __init__(self, fh, room: list[int], path: str):
        self._fh, self._room, self._path = fh, room, path

    def write(self, data) -> int:
        fits = max(0, min(len(data), self._room[0]))
        if fits:
            self._fh.write(data[:fits])
            self._room[0] -= fits
        if fits < len(data):
            self._fh.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self._path)
        return len(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __iter__(self):
        return iter(self._fh)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()


def disk_fills_up(monkeypatch, under: Path, room: int = 0) -> None:
    """Writes to files under ``under`` fail with ENOSPC once ``room`` bytes are written
    (shared by all files, like free space). Reads and files elsewhere are untouched."""
    real_open = builtins.open
    left = [room]
    under = Path(os.path.realpath(under))

    def opener(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if isinstance(file, int) or not any(c in mode for c in "wax+"):
            return fh
        if under in Path(os.path.realpath(file)).parents:
            if "b" not in mode:
                raise AssertionError("the fault injector only wraps binary files")
            return _FillingFile(fh, left, str(file))
        return fh

    monkeypatch.setattr(builtins, "open", opener)
    monkeypatch.setattr(io, "open", opener)


def database_full(folder) -> None:
    """From now on SQLite cannot grow the folder's database: SQLITE_FULL."""
    pages = folder.db.execute("PRAGMA page_count").fetchone()[0]
    folder.db.execute(f"PRAGMA max_page_count = {pages}")


def _can_mount() -> bool:
    return os.geteuid() == 0 and subprocess.run(
        ["mount", "--version"], capture_output=True).returncode == 0


@contextlib.contextmanager
def small_disk(path: Path, size: str = "1m"):
    """A real tmpfs of ``size`` at ``path`` (skips the test where mounting is not allowed)."""
    path.mkdir(parents=True, exist_ok=True)
    if not _can_mount() or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            capture_output=True).returncode != 0:
        pytest.skip("a real full disk needs root allowed to mount a tmpfs")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` read-only for real while inside; yields "mount" or "permissions"."""
    if os.geteuid() != 0:
        changed = []
        for p in [path, *path.rglob("*")]:
            mode = p.stat().st_mode
            os.chmod(p, mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            changed.append((p, mode))
        try:
            yield "permissions"
        finally:
            for p, mode in reversed(changed):
                os.chmod(p, mode)
        return
    ok = _can_mount() and subprocess.run(
        ["mount", "--bind", str(path), str(path)], capture_output=True).returncode == 0
    if not ok:
        pytest.skip("read-only media needs a bind mount (root with mount rights) or a "
                    "non-root user")
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(path)],
                                 capture_output=True, text=True)
        assert remount.returncode == 0, remount.stderr
        yield "mount"
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def tamper(folder_path: Path, *statements: str, params=()) -> None:
    """Run SQL on the folder's database behind BonusDesk's back, and commit."""
    con = sqlite3.connect(Path(folder_path) / "bonusdesk.db")
    try:
        for sql in statements:
            con.execute(sql, params) if params else con.execute(sql)
        con.commit()
    finally:
        con.close()
