"""Open a claim folder's SQLite database: for writing, or strictly for reading.

Readers never write: they open ``mode=ro``. On read-only media SQLite cannot create
the WAL index (``-shm``) it needs, so a reader falls back to ``immutable=1`` (nobody
can change the file there anyway); when a non-empty ``-wal`` (changes not yet merged,
left by a crash) sits beside the database, immutable mode would not see them, so the
database and its WAL are copied to a private temp folder and read from there.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from . import schema, scratch
from .errors import DatabaseLost, FolderDamaged, FolderTooNew

DB_NAME = "bonusdesk.db"
_COPY_PREFIX = "bonusdesk-readonly-"


def file_state(db_path: Path) -> str:
    """"missing", "empty" (0 bytes) or "present"."""
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except NotADirectoryError:
        return "missing"
    return "present" if size else "empty"


def configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")


def refuse_unknown(db: Database, folder: Path, evidence_files: Callable[[], int]) -> None:
    """Refuse a database that is not one, or was written by a newer BonusDesk.

    ``evidence_files()``: how many evidence files the folder holds (core/folder.py knows).
    """
    try:
        unknown = schema.unknown_applied(db)
    except sqlite3.DatabaseError as exc:
        files = evidence_files()
        what = f"its database {DB_NAME} cannot be read ({exc})"
        if files:
            raise DatabaseLost(folder, what, files) from None
        raise FolderDamaged(folder, what, "restore bonusdesk.db from a backup") from None
    if unknown:
        raise FolderTooNew(folder, unknown)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{Path(path).absolute().as_uri()}?{query}"  # as_uri escapes "?" and "#" too


class Reader:
    """A read-only connection, and the temp copy it may read from."""

    def __init__(self, db: Database, notices: list[str], copy_dir: Path | None = None,
                 hold: scratch.Hold | None = None):
        self.db = db
        self.notices = notices
        self._copy_dir = copy_dir
        self._hold = hold

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self._hold is not None:
                self._hold.release()
            if self._copy_dir is not None:
                shutil.rmtree(self._copy_dir, ignore_errors=True)


def _connect(uri: str) -> Database:
    # execute_plugins=False: no third-party sqlite-utils plugin touches evidence
    # connections, and no scan of every installed package at each start (~15 ms).
    db = Database(sqlite3.connect(uri, uri=True, check_same_thread=True),
                  execute_plugins=False)
    configure(db)
    db.execute("select count(*) from sqlite_master").fetchone()  # really open it
    return db


def open_reader(folder: Path) -> Reader:
    db_path = folder / DB_NAME
    try:
        return Reader(_connect(_uri(db_path, mode="ro")), [])
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise
    # The folder cannot be written: no WAL index can be created beside the database.
    wal = db_path.with_name(DB_NAME + "-wal")
    if not (wal.exists() and wal.stat().st_size):
        return Reader(_connect(_uri(db_path, mode="ro", immutable="1")), [])
    return _read_from_copy(db_path, wal)


def _read_from_copy(db_path: Path, wal: Path) -> Reader:
    base = Path(tempfile.gettempdir())
    scratch.clean_stale(base, _COPY_PREFIX + "*")  # left by readers that were killed
    copy_dir = Path(tempfile.mkdtemp(prefix=_COPY_PREFIX, dir=base))
    hold = scratch.Hold(copy_dir / scratch.MARKER)
    try:
        shutil.copyfile(db_path, copy_dir / DB_NAME)
        shutil.copyfile(wal, copy_dir / (DB_NAME + "-wal"))
        db = _connect(_uri(copy_dir / DB_NAME, mode="ro"))
    except BaseException:
        hold.release()
        shutil.rmtree(copy_dir, ignore_errors=True)
        raise
    notice = (f"the claim folder is read-only and its database had changes not yet merged "
              f"({wal.name}, {wal.stat().st_size} bytes, left by an interrupted session): "
              "they were read from a temporary copy")
    return Reader(db, [notice], copy_dir, hold)

