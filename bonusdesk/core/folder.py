"""ClaimFolder: the on-disk claim folder (database + evidence files).

Layout (see docs/claim-folder.md)::

    bonusdesk.db            SQLite, WAL, foreign keys on
    evidence/ab/<sha256>.<ext>   content-addressed, read-only evidence files
    cache/thumbs/           regenerable thumbnails (not evidence)
    cache/export/           an export's scratch files while it runs
    .bonusdesk.lock         locked while a process has the folder open for writing
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from . import dbopen, events, outpaths, schema, scratch, sync, tracked
from .errors import (
    BadInput,
    DatabaseLost,
    FolderDamaged,
    FolderError,
    FolderLocked,
    FolderNeedsUpgrade,
    FolderReadOnly,
    NotAClaimFolder,
    NotFound,
)
from .faults import disk_errors, is_read_only, read_only_reason
from .lock import LOCK_NAME, FolderLock

DB_NAME = dbopen.DB_NAME
EVIDENCE_DIR = "evidence"
CACHE_DIR = "cache"
EXPORT_SCRATCH = "export"
TEMP_PREFIX = ".tmp-"
__all__ = ["ClaimFolder", "DB_NAME", "LOCK_NAME", "default_folder", "evidence_relpath"]

# evidence/<first two hex digits>/<sha256>.<ext>: the only paths evidence may have.
_CONTENT_ADDRESS = re.compile(r"^evidence/([0-9a-f]{2})/([0-9a-f]{64})\.([a-z0-9]{1,10})$")


def evidence_relpath(sha256: str, ext: str) -> str:
    return f"{EVIDENCE_DIR}/{sha256[:2]}/{sha256}.{ext}"


def is_content_address(relpath: str, sha256: str | None = None) -> bool:
    """True when ``relpath`` is where content with ``sha256`` must be stored."""
    m = _CONTENT_ADDRESS.match(relpath or "")
    if not m or m.group(1) != m.group(2)[:2]:
        return False
    return sha256 is None or m.group(2) == sha256

# The folder's domain stores (``folder.claims``, ``folder.evidence``, ...) register
# themselves with @store("name") in the module of that name; they import this module, so
# it imports each one when a folder first uses that store (ClaimFolder.__getattr__): a
# capture loads no claims, contacts or checklist words (~5 ms of a CLI capture, issue 17).
_STORES: dict[str, type] = {}
_STORE_MODULES = ("claims", "contacts", "evidence")


def store(name: str):
    """Class decorator: every ClaimFolder gets ``folder.<name> = cls(folder)`` when it opens."""
    def register(cls: type) -> type:
        if _STORES.get(name, cls) is not cls:
            raise ValueError(f"two claim folder stores are called {name!r}")
        _STORES[name] = cls
        return cls
    return register


def no_claim(claim_id: int) -> NotFound:
    return NotFound(f"no claim with id {claim_id}")


def default_folder() -> Path:
    """$BONUSDESK_FOLDER, else BonusDesk in the user's documents folder (core/locations.py)."""
    from .locations import default_folder as located

    return located()


def evidence_file_count(path: Path) -> int:
    """Files under ``path/evidence`` (temp files of interrupted imports left out)."""
    root = path / EVIDENCE_DIR
    if not root.is_dir():
        return 0
    count = 0
    for _dirpath, _dirs, files in os.walk(root):
        count += sum(1 for f in files if not f.startswith(TEMP_PREFIX))
    return count


def _check_location(path: Path, allow_new: bool) -> None:
    """Refuse what is not (and must not become) a claim folder, before opening SQLite."""
    if path.exists() and not path.is_dir():
        raise BadInput(f"{path} is a file, not a claim folder: give the folder that holds "
                       f"{DB_NAME}")
    db_path = path / DB_NAME
    state = dbopen.file_state(db_path)
    if state == "present":
        return
    files = evidence_file_count(path)
    if files:
        what = (f"its database {DB_NAME} is missing" if state == "missing"
                else f"its database {DB_NAME} is empty (0 bytes)")
        raise DatabaseLost(path, what, files)
    if not allow_new:
        raise NotAClaimFolder(path)


class ClaimFolder:
    """An open claim folder. Use :meth:`open`, :meth:`create` or :meth:`open_or_read_only`.

    Its stores are attributes made when it opens (see :func:`store`): ``claims``
    (core/claims.py), ``evidence`` (core/evidence.py), ``contacts`` (core/contacts.py).

    ``writable=False`` opens without the lock, for reading and verifying while
    another process (the app) holds the folder. ``read_only_reason`` says why a
    folder could not be opened for writing (read-only disk, no permission), or None.
    """

    def __init__(self, path: Path, db: dbopen.Connection, lock: FolderLock | None,
                 read_only_reason: str | None = None, connection: dbopen.Reader | None = None):
        self.path = path
        self.db = db
        self._lock = lock
        self.read_only_reason = read_only_reason
        self._reader = connection
        self._depth = 0

    def __getattr__(self, name: str):
        """A store (``claims``, ``contacts``, ``evidence``: domain operations, each in the
        module of that name, registered with store()) is made the first time it is used."""
        if name not in _STORE_MODULES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        importlib.import_module(f"{__package__}.{name}")  # at once if already loaded
        made = _STORES[name](self)
        setattr(self, name, made)  # found as an attribute from now on
        return made

    def require_claim(self, claim_id: int) -> None:
        """Refuse an unknown claim id, as ``claims.get`` does, without reading the claim."""
        if not list(self.db.query("select 1 from claims where id = ?", [claim_id])):
            raise no_claim(claim_id)

    @property
    def notices(self) -> list[str]:
        """Things a reader should know about how the folder was opened."""
        return list(self._reader.notices) if self._reader else []

    # -- opening -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> ClaimFolder:
        """Create the folder if needed and open it for writing."""
        path = Path(path).expanduser()
        _check_location(path, allow_new=True)
        if not (path / DB_NAME).exists():
            outer = outpaths.enclosing_claim_folder(path, DB_NAME)
            if outer is not None:  # its files would be the other folder's stray files
                raise FolderError(f"cannot create a claim folder inside the claim folder "
                                  f"{outer}: choose a place outside it")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if is_read_only(exc):
                raise FolderReadOnly(path, read_only_reason(path.parent) or
                                     "BonusDesk may not create it there") from None
            raise FolderError(f"cannot create the claim folder {path}: "
                              f"{exc.strerror or exc}") from None
        return cls.open(path, writable=True, _allow_new=True)

    @classmethod
    def open(cls, path: Path | str, writable: bool = True, _allow_new: bool = False,
             brief: bool = False) -> ClaimFolder:
        """``brief``: for a writer that makes a change or two and closes (a CLI capture).
        It keeps a settled folder in SQLite's rollback-journal mode, which is as safe
        (every commit synced to disk) but needs no switch to write-ahead logging and back
        at close: 10 disk syncs for a capture instead of 16 (issue 17)."""
        path = Path(path).expanduser()
        _check_location(path, _allow_new)
        path = path.resolve()
        if writable:
            return cls._open_writer(path, _allow_new, brief)
        return cls._open_reader(path)

    @classmethod
    def open_or_read_only(cls, path: Path | str) -> ClaimFolder:
        """For the app: writable when possible, else read-only with the reason set."""
        try:
            return cls.open(path, writable=True)
        except FolderReadOnly as exc:
            folder = cls.open(path, writable=False)
            folder.read_only_reason = exc.reason
            return folder

    @classmethod
    def _open_writer(cls, path: Path, allow_new: bool, brief: bool = False) -> ClaimFolder:
        reason = read_only_reason(path)
        if reason:
            raise FolderReadOnly(path, reason)
        lock = FolderLock(path)
        lock.acquire()
        db = None
        try:
            with disk_errors(path, "opening the claim folder"):
                db = dbopen.connect(path / DB_NAME)
                dbopen.configure(db)
                applied = dbopen.refuse_unknown(db, path, lambda: evidence_file_count(path))
                if not applied:
                    files = evidence_file_count(path)
                    if files:
                        raise DatabaseLost(path, f"its database {DB_NAME} holds no claim "
                                           "folder", files)
                    if not allow_new:
                        raise NotAClaimFolder(path)
                if not (brief and applied):  # a new folder starts in WAL mode
                    db.enable_wal()
                db.execute("PRAGMA synchronous = FULL")
                if schema.pending_names(applied):  # up to date: no sqlite-utils at all
                    schema.migrations.apply(db)
                tracked.install(db)
            folder = cls(path, db, lock)
            folder._recover()
            return folder
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            raise

    @classmethod
    def _open_reader(cls, path: Path) -> ClaimFolder:
        reader = dbopen.open_reader(path)
        db = reader.db
        try:
            applied = dbopen.refuse_unknown(db, path, lambda: evidence_file_count(path))
            if schema.pending_names(applied):
                initialised = bool(applied)
                if not initialised:
                    files = evidence_file_count(path)
                    if files:
                        raise DatabaseLost(path, f"its database {DB_NAME} holds no claim "
                                           "folder", files)
                    raise NotAClaimFolder(path)
                reason = read_only_reason(path)
                if reason:
                    raise FolderError(
                        f"claim folder {path} was made by an older BonusDesk and needs a "
                        f"one-time upgrade, but it is read-only ({reason}): copy it to a "
                        "place you can write to, or open it with that older version")
                reader.close()
                # Made by an older BonusDesk: upgrade once (needs the lock), then read.
                try:
                    cls.open(path, writable=True).close()
                except FolderLocked:
                    raise FolderNeedsUpgrade(path) from None
                return cls._open_reader(path)
        except BaseException:
            reader.close()
            raise
        return cls(path, db, None, read_only_reason(path), reader)

    def close(self) -> None:
        try:
            if self._reader is not None:
                self._reader.close()
            else:
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
    def transaction(self) -> Iterator[dbopen.Connection]:
        """One atomic change: the data and its event commit together or not at all.

        Every change to a tracked table must be described by :meth:`log` inside the
        same transaction; the outermost transaction refuses to commit otherwise.
        """
        if not self.writable:
            raise FolderReadOnly(self.path, self.read_only_reason or "it was opened for "
                                 "reading only")
        outer = self._depth == 0
        if outer:
            sync.before_write(self)  # back to WAL after an idle settle (core/sync.py)
        self._depth += 1
        try:
            with disk_errors(self.path, "writing the claim folder's database"), \
                    self.db.atomic():
                if outer:
                    tracked.begin(self.db)
                yield self.db
                if outer:
                    tracked.end(self.db)
                    tracked.check_all_logged(self.db)
        except Exception as exc:
            if is_read_only(exc) and not isinstance(exc, FolderError):
                raise FolderReadOnly(self.path, read_only_reason(self.path) or
                                     "the database refused the change") from exc
            raise
        finally:
            self._depth -= 1

    def log(self, action: str, entity: str, entity_id: int | None = None,
            claim_id: int | None = None, data: dict | None = None):
        """Append an event describing the change just made; it carries snapshots of
        every tracked row the transaction touched since the previous event."""
        return events.append(self.db, action, entity, entity_id, claim_id, data,
                             rows=tracked.take_snapshots(self.db) if self.writable else None)

    # -- paths ---------------------------------------------------------------
    @property
    def evidence_dir(self) -> Path:
        return self.path / EVIDENCE_DIR

    @property
    def cache_dir(self) -> Path:
        return self.path / CACHE_DIR

    def abspath(self, relpath: str) -> Path:
        """The file for a path stored in the database; refuses anything that could
        lead outside the folder ("..", absolute paths, drive letters)."""
        parts = (relpath or "").split("/")
        if (not relpath or relpath.startswith("/") or "\\" in relpath or ":" in relpath
                or any(p in ("", ".", "..") for p in parts)):
            raise FolderDamaged(self.path, f"the database names a file outside the claim "
                                f"folder ({relpath!r})")
        return self.path.joinpath(*parts)

    # -- crash recovery ------------------------------------------------------
    def _recover(self) -> None:
        """Remove what an interrupted write left behind: temp files, orphan evidence,
        an export's scratch folder. Only runs with the folder's lock held, so no other
        writer can be using them."""
        # Only the top of evidence/: that is where BonusDesk writes its temp files (an
        # import's copy, evidence.py), and always has. Walking every subfolder cost ~20 ms
        # at 10,000 evidence files, paid by every command that writes (issue 17: costs flat
        # as folders grow), and would delete files BonusDesk never wrote.
        try:
            entries = list(os.scandir(self.evidence_dir))
        except FileNotFoundError:
            entries = []
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) and not entry.is_dir(follow_symlinks=False):
                _force_unlink(Path(entry.path))
        scratch.clean_stale(self.cache_dir / EXPORT_SCRATCH, "*")
        with disk_errors(self.path, "cleaning up after an interrupted import"):
            for row in list(self.db.query("select path from pending_files")):
                rel = row["path"]
                if not is_content_address(rel):
                    continue  # not a path BonusDesk writes: verify reports it
                referenced = list(self.db.query(
                    "select 1 from evidence where path = ? limit 1", [rel]))
                if not referenced:
                    _force_unlink(self.abspath(rel))
                self.db.execute("delete from pending_files where path = ?", [rel])
            self.db.conn.commit()


def _force_unlink(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
        path.unlink()
    except FileNotFoundError:
        pass
