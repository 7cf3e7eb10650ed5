"""ClaimFolder: the on-disk claim folder (database + evidence files).

Layout (see docs/claim-folder.md)::

    bonusdesk.db            SQLite, WAL, foreign keys on
    evidence/ab/<sha256>.<ext>   content-addressed, read-only evidence files
    cache/thumbs/           regenerable thumbnails (not evidence)
    .bonusdesk.lock         held while a process has the folder open for writing
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from . import events, schema, sync
from .errors import FolderLocked, FolderNeedsUpgrade, FolderTooNew, NotAClaimFolder

DB_NAME = "bonusdesk.db"
LOCK_NAME = ".bonusdesk.lock"
EVIDENCE_DIR = "evidence"
CACHE_DIR = "cache"
TEMP_PREFIX = ".tmp-"

# The folder's domain stores (``folder.claims``, ``folder.evidence``, ...) register
# themselves with @store("name"); this module never imports them, they import it.
# bonusdesk/core/__init__.py imports the stores, so any ClaimFolder has all of them.
_STORES: dict[str, type] = {}


def store(name: str):
    """Class decorator: every ClaimFolder gets ``folder.<name> = cls(folder)`` when it opens."""
    def register(cls: type) -> type:
        if _STORES.get(name, cls) is not cls:
            raise ValueError(f"two claim folder stores are called {name!r}")
        _STORES[name] = cls
        return cls
    return register


def default_folder() -> Path:
    """$BONUSDESK_FOLDER, else BonusDesk in the user's documents folder (core/locations.py)."""
    from .locations import default_folder as located

    return located()


class _FileLock:
    """An exclusive OS lock on a file, released when the process dies."""

    def __init__(self, path: Path):
        self.path = path
        self._fh = None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's life
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise FolderLocked(self.path.parent) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if os.name == "nt":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
        finally:
            self._fh.close()
            self._fh = None


class ClaimFolder:
    """An open claim folder. Use :meth:`open` or :meth:`create`.

    Its stores are attributes made when it opens (see :func:`store`): ``claims``
    (core/claims.py), ``evidence`` (core/evidence.py), ``contacts`` (core/contacts.py).

    ``writable=False`` opens without the lock, for reading and verifying while
    another process (the app) holds the folder.
    """

    def __init__(self, path: Path, db: Database, lock: _FileLock | None):
        self.path = path
        self.db = db
        self._lock = lock
        # Domain operations, each in a module of its own that registered itself (store()).
        for name, cls in _STORES.items():
            setattr(self, name, cls(self))

    # -- opening -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> ClaimFolder:
        """Create the folder if needed and open it for writing."""
        path = Path(path).expanduser()
        path.mkdir(parents=True, exist_ok=True)
        return cls.open(path, writable=True, _allow_new=True)

    @classmethod
    def open(cls, path: Path | str, writable: bool = True, _allow_new: bool = False
             ) -> ClaimFolder:
        path = Path(path).expanduser().resolve()
        db_path = path / DB_NAME
        if not db_path.exists() and not _allow_new:
            raise NotAClaimFolder(path)
        lock = None
        if writable:
            lock = _FileLock(path / LOCK_NAME)
            lock.acquire()
        try:
            db = Database(db_path)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA busy_timeout = 5000")
            unknown = schema.unknown_applied(db)
            if unknown:
                db.close()
                raise FolderTooNew(path, unknown)
            if writable:
                db.enable_wal()
                db.execute("PRAGMA synchronous = FULL")
                schema.migrations.apply(db)
            elif schema.migrations.pending(db):
                initialised = bool(schema.migrations.applied(db))
                db.close()
                if not initialised:
                    raise NotAClaimFolder(path)
                # Made by an older BonusDesk: upgrade once (needs the lock), then read.
                try:
                    cls.open(path, writable=True).close()
                except FolderLocked:
                    raise FolderNeedsUpgrade(path) from None
                return cls.open(path, writable=False)
            folder = cls(path, db, lock)
            if writable:
                folder._recover()
            return folder
        except BaseException:
            if lock:
                lock.release()
            raise

    def close(self) -> None:
        try:
            if self.writable:
                sync.settle(self)  # a closed folder is bonusdesk.db alone (core/sync.py)
            self.db.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> ClaimFolder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        return self._lock is not None

    # -- transactions and events ---------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic change: the data and its event commit together or not at all."""
        sync.before_write(self)  # back to WAL after an idle settle (core/sync.py)
        with self.db.atomic():
            yield self.db

    def log(self, action: str, entity: str, entity_id: int | None = None,
            claim_id: int | None = None, data: dict | None = None):
        return events.append(self.db, action, entity, entity_id, claim_id, data)

    # -- paths ---------------------------------------------------------------
    @property
    def evidence_dir(self) -> Path:
        return self.path / EVIDENCE_DIR

    @property
    def cache_dir(self) -> Path:
        return self.path / CACHE_DIR

    def abspath(self, relpath: str) -> Path:
        return self.path.joinpath(*relpath.split("/"))

    # -- crash recovery ------------------------------------------------------
    def _recover(self) -> None:
        """Remove what an interrupted write left behind: temp files and orphan evidence."""
        if self.evidence_dir.exists():
            for tmp in self.evidence_dir.rglob(TEMP_PREFIX + "*"):
                _force_unlink(tmp)
        for row in list(self.db.query("select path from pending_files")):
            referenced = list(self.db.query(
                "select 1 from evidence where path = ? limit 1", [row["path"]]))
            if not referenced:
                _force_unlink(self.abspath(row["path"]))
            self.db.execute("delete from pending_files where path = ?", [row["path"]])
        self.db.conn.commit()


def _force_unlink(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
        path.unlink()
    except FileNotFoundError:
        pass
