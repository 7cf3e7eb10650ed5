"""Open a claim folder's SQLite database: for writing, or strictly for reading.

Readers never write: they open ``mode=ro``. On read-only media SQLite cannot create
the WAL index (``-shm``) it needs, so a reader falls back to ``immutable=1`` (nobody
can change the file there anyway); when a non-empty ``-wal`` (changes not yet merged,
left by a crash) sits beside the database, immutable mode would not see them, so the
database and its WAL are copied to a private temp folder and read from there.

Both kinds of connection are a :class:`Connection`: the few calls the everyday paths
make (``execute``, ``query`` of a SELECT, ``atomic``) run on the plain ``sqlite3``
connection, and sqlite-utils' ``Database`` is made on first use of anything else
(``db["table"]``, migrations, ...). Importing sqlite-utils costs ~40 ms (it pulls in
click, dateutil and pluggy), a quarter of a ``bonusdesk-cli capture`` (issue 17).
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

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


# Statements that leave a transaction as it is (sqlite-utils' execute() does not commit them).
_TRANSACTION_CONTROL = ("begin", "commit", "end", "rollback", "savepoint", "release")


def _first_word(sql: str) -> str:
    """The statement's first keyword, lower case, after any leading comments."""
    text = sql.lstrip()
    while text.startswith(("--", "/*")):
        end = text.find("\n") if text.startswith("--") else text.find("*/")
        text = "" if end < 0 else text[end + (1 if text.startswith("--") else 2):].lstrip()
    return text.split(None, 1)[0].lower() if text else ""


class Connection:
    """A claim folder's connection, used like sqlite-utils' ``Database``.

    ``execute``, ``query`` (of a SELECT), ``atomic``, ``table_names`` and ``close`` behave
    as sqlite-utils' do, on the plain connection; any other attribute or ``db[name]``
    goes to a ``Database`` wrapping the same connection, made the first time it is needed.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._full = None
        # As sqlite-utils does for every Database: triggers fire inside triggers.
        conn.execute("PRAGMA recursive_triggers=on;")

    @property
    def full(self):
        """sqlite-utils' Database over this connection (imports sqlite-utils once)."""
        if self._full is None:
            from sqlite_utils import Database

            # No sqlite-utils plugins: none may touch evidence (and no entry-point scan).
            self._full = Database(self.conn, execute_plugins=False)
        return self._full

    def __getattr__(self, name: str):
        if name.startswith("_"):  # copy, pickle, _full itself: never build a Database
            raise AttributeError(name)
        return getattr(self.full, name)

    def __getitem__(self, table: str):
        return self.full[table]

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        """Like ``Database.execute``: a write outside a transaction commits at once."""
        was_open = self.conn.in_transaction
        try:
            cursor = (self.conn.execute(sql) if parameters is None
                      else self.conn.execute(sql, parameters))
        except Exception:
            if not was_open and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit transaction the failure opened
            raise
        if (not was_open and self.conn.in_transaction and cursor.description is None
                and _first_word(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params=None) -> Iterator[dict]:
        """The rows of a SELECT as dicts; other statements go to sqlite-utils."""
        if _first_word(sql) != "select":
            return self.full.query(sql, params)
        cursor = self.conn.execute(sql, params) if params is not None else self.conn.execute(sql)
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) != len(keys):  # sqlite-utils renames repeated column names
            cursor.close()
            return self.full.query(sql, params)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "select name from sqlite_master where type = 'table'")]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """A transaction (a savepoint when one is already open), as ``Database.atomic``."""
        if self.conn.in_transaction:
            name = f"bd_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it all
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def enable_wal(self) -> None:
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode=wal")

    def close(self) -> None:
        self.conn.close()


def connect(path: Path) -> Connection:
    """The writer's connection to ``path`` (a database file)."""
    return Connection(sqlite3.connect(str(path)))


def configure(db: Connection) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")


def refuse_unknown(db: Connection, folder: Path, evidence_files: Callable[[], int]
                   ) -> list[str]:
    """Refuse a database that is not one, or was written by a newer BonusDesk; else
    return the migrations it records (one query: what opening a folder checks).

    ``evidence_files()``: how many evidence files the folder holds (core/folder.py knows).
    """
    try:
        applied = schema.applied_names(db)
    except sqlite3.DatabaseError as exc:
        files = evidence_files()
        what = f"its database {DB_NAME} cannot be read ({exc})"
        if files:
            raise DatabaseLost(folder, what, files) from None
        raise FolderDamaged(folder, what, "restore bonusdesk.db from a backup") from None
    known = schema.known_migration_names()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise FolderTooNew(folder, unknown)
    return applied


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{Path(path).absolute().as_uri()}?{query}"  # as_uri escapes "?" and "#" too


class Reader:
    """A read-only connection, and the temp copy it may read from."""

    def __init__(self, db: Connection, notices: list[str], copy_dir: Path | None = None,
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


def _connect(uri: str) -> Connection:
    db = Connection(sqlite3.connect(uri, uri=True, check_same_thread=True))
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

