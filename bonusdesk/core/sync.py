"""Claim folders inside cloud-synced folders (OneDrive, Dropbox, Google Drive, iCloud...).

A sync client uploads files one by one whenever they change. SQLite in WAL mode keeps recent
changes in ``bonusdesk.db-wal`` next to a shared-memory index ``-shm``: a client that copies
the three files at different moments, or only some of them, gives the other computer a
database that misses changes, and two computers writing give "conflicted copies". So:

* :func:`detect` tells whether a path is in a synced folder (known roots, sync markers), so
  the app and the CLI can say so when a claim folder is created or opened there;
* :func:`settle` folds the write-ahead log into the database and switches to the rollback
  journal: an idle or closed folder is ``bonusdesk.db`` alone, complete at every moment a
  client may copy it. :func:`before_write` switches back to WAL for the next change;
* :func:`conflict_copies` finds the copies of the database a sync client made when two
  versions met; ``verify`` names them.

Nothing here needs the network: detection reads environment variables, a few well-known
folders and marker files.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import sys
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database  # only a type here: a CLI capture never imports it


class ClaimFolder(Protocol):
    """What this module needs of a core.folder.ClaimFolder (which imports this module)."""

    path: Path
    db: Database


log = logging.getLogger(__name__)

DB_NAME = "bonusdesk.db"  # core/folder.py's name (folder.py imports this module)
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


# -- where is it? ------------------------------------------------------------------------
@dataclass(frozen=True)
class SyncedLocation:
    """A synced folder: ``root``, kept in sync by ``provider``; ``evidence``: how we know."""

    provider: str
    root: Path
    evidence: str


# Folder names that sync clients create in the home folder (or, on macOS, CloudStorage).
_HOME_ROOTS = [
    (re.compile(r"^OneDrive( - .+)?$"), "OneDrive"),
    (re.compile(r"^Dropbox( \(.+\))?$"), "Dropbox"),
    (re.compile(r"^Google Drive$"), "Google Drive"),
    (re.compile(r"^iCloudDrive$"), "iCloud Drive"),  # iCloud for Windows
    (re.compile(r"^(Nextcloud|ownCloud)$"), "Nextcloud"),
]
_CLOUD_STORAGE = [  # macOS 12+: ~/Library/CloudStorage/<Provider>-<account>
    (re.compile(r"^OneDrive"), "OneDrive"),
    (re.compile(r"^Dropbox"), "Dropbox"),
    (re.compile(r"^GoogleDrive"), "Google Drive"),
    (re.compile(r"^Box"), "Box"),
]
# Files or folders a sync client keeps at (or in every folder of) what it syncs.
_MARKERS = [
    (".dropbox", "Dropbox"), (".dropbox.cache", "Dropbox"),
    (".tmp.drivedownload", "Google Drive"), (".tmp.driveupload", "Google Drive"),
    (".stfolder", "Syncthing"),
    (".owncloudsync.log", "Nextcloud"), (".nextcloudsync.log", "Nextcloud"),
]
_MARKER_PATTERNS = [(re.compile(r"^\.?_?sync_[0-9a-f]+\.db$"), "Nextcloud")]
# Google Drive for desktop on Windows: a drive letter whose top folder is "My Drive".
_DRIVE_TOP = {"My Drive": "Google Drive", "Mon Drive": "Google Drive",
              "Shared drives": "Google Drive", "Drive partagés": "Google Drive"}


def detect(path: Path | str, *, env: Mapping[str, str] | None = None,
           home: Path | None = None, platform: str | None = None) -> SyncedLocation | None:
    """The synced folder holding ``path``, or None. Existing or not yet created paths alike.

    ``env``, ``home`` and ``platform`` default to this process's; tests pass others.
    """
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    platform = sys.platform if platform is None else platform
    target = _absolute(Path(path))
    for found in (_from_env(target, env), _from_dropbox_info(target, home, env, platform),
                  _from_home(target, home, platform), _from_markers(target),
                  _from_drive_top(target)):
        if found:
            return found
    return None


def _absolute(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


def _inside(path: Path, root: Path) -> bool:
    a, b = os.path.normcase(str(path)), os.path.normcase(str(_absolute(root)))
    return a == b or a.startswith(b.rstrip("/\\") + os.sep)


def _from_env(path: Path, env: Mapping[str, str]) -> SyncedLocation | None:
    # Set by the OneDrive client on Windows for the personal and each work account.
    for var in ("OneDriveCommercial", "OneDriveConsumer", "OneDrive"):
        root = env.get(var)
        if root and _inside(path, Path(root)):
            return SyncedLocation("OneDrive", Path(root), f"inside %{var}% ({root})")
    return None


def _from_dropbox_info(path: Path, home: Path, env: Mapping[str, str],
                       platform: str) -> SyncedLocation | None:
    # Dropbox writes where its folders are to info.json (documented by Dropbox).
    places = [home / ".dropbox" / "info.json"]
    if platform == "win32":
        places = [Path(env[v]) / "Dropbox" / "info.json"
                  for v in ("APPDATA", "LOCALAPPDATA") if env.get(v)]
    for info in places:
        try:
            accounts = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for account in accounts.values() if isinstance(accounts, dict) else []:
            root = account.get("path") if isinstance(account, dict) else None
            if root and _inside(path, Path(root)):
                return SyncedLocation("Dropbox", Path(root), f"Dropbox folder listed in {info}")
    return None


def _from_home(path: Path, home: Path, platform: str) -> SyncedLocation | None:
    home = _absolute(home)
    if not _inside(path, home) or path == home:
        return None
    first = path.relative_to(home).parts[0]
    for pattern, provider in _HOME_ROOTS:
        if pattern.match(first):
            return SyncedLocation(provider, home / first, f"{provider} folder in your home")
    if platform != "darwin":
        return None
    cloud = home / "Library" / "CloudStorage"
    if _inside(path, cloud) and path != cloud:
        name = path.relative_to(cloud).parts[0]
        provider = next((p for pattern, p in _CLOUD_STORAGE if pattern.match(name)), name)
        return SyncedLocation(provider, cloud / name, "macOS CloudStorage folder")
    icloud = home / "Library" / "Mobile Documents"
    if _inside(path, icloud):
        return SyncedLocation("iCloud Drive", icloud, "iCloud Drive folder")
    # "Desktop & Documents Folders" in iCloud: the two folders are kept in iCloud Drive.
    mirror = icloud / "com~apple~CloudDocs"
    for name in ("Documents", "Desktop"):
        if _inside(path, home / name) and (mirror / name).is_dir():
            return SyncedLocation("iCloud Drive", home / name,
                                  f"~/{name} is stored in iCloud Drive (Desktop & Documents)")
    return None


def _from_markers(path: Path) -> SyncedLocation | None:
    for folder in [path, *path.parents]:
        try:
            names = set(os.listdir(folder))
        except OSError:
            continue  # not created yet, or not readable
        for marker, provider in _MARKERS:
            if marker in names:
                return SyncedLocation(provider, folder, f"sync marker {folder / marker}")
        for name in names:
            for pattern, provider in _MARKER_PATTERNS:
                if pattern.match(name):
                    return SyncedLocation(provider, folder, f"sync marker {folder / name}")
    return None


def _from_drive_top(path: Path) -> SyncedLocation | None:
    parts = path.parts
    if len(parts) > 1 and parts[1] in _DRIVE_TOP:
        return SyncedLocation(_DRIVE_TOP[parts[1]], Path(*parts[:2]),
                              f"Google Drive for desktop folder {parts[1]!r}")
    return None


def warning(location: SyncedLocation, folder: Path) -> str:
    """One line for the CLI (the app shows its own translated text)."""
    return (f"the claim folder {folder} is inside {location.provider} ({location.evidence}). "
            "A sync client can copy the database half-written or make conflict copies; "
            "BonusDesk leaves no journal files there while idle, but a folder outside "
            "synced folders is safer: 'bonusdesk-cli backup --move DIR' moves it")


# -- idle: the database file alone ---------------------------------------------------------
_settled: weakref.WeakSet = weakref.WeakSet()  # open folders currently out of WAL mode


def side_files(folder_path: Path) -> list[Path]:
    """SQLite's own files next to the database (write-ahead log, index, rollback journal)."""
    return [p for s in SQLITE_SIDE_FILES if (p := folder_path / (DB_NAME + s)).exists()]


@contextmanager
def _no_waiting(conn: sqlite3.Connection) -> Iterator[None]:
    # A journal-mode switch needs the database to itself: fail at once rather than hold the
    # GUI thread for the folder's 5 s busy timeout while a reader finishes.
    before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(before)}")


def _journal_mode(conn: sqlite3.Connection, mode: str | None = None) -> str:
    sql = "PRAGMA journal_mode" + (f" = {mode}" if mode else "")
    try:
        return str(conn.execute(sql).fetchone()[0]).lower()
    except sqlite3.OperationalError as exc:  # "database is locked": another connection
        log.info("journal mode %s not possible now: %s", mode, exc)
        return "locked"


def settle(folder: ClaimFolder) -> bool:
    """Leave the folder as ``bonusdesk.db`` alone: checkpoint the WAL, use the rollback journal.

    For the app when it has been idle a while and before it closes a folder (``close()``
    does it too). Returns True when no SQLite side file is left; False when another
    connection has the database open or a transaction is running (try again later:
    nothing is lost, the folder simply stays in WAL mode meanwhile).
    """
    if not folder.writable:
        return False
    conn = folder.db.conn
    if conn.in_transaction:
        return False
    try:  # never raises: close() relies on it to release the folder's lock afterwards
        with _no_waiting(conn):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            mode = _journal_mode(conn, "DELETE")
    except sqlite3.Error as exc:
        log.info("cannot settle %s now: %s", folder.path, exc)
        return False
    if mode != "delete":
        return False
    _settled.add(folder)
    return not side_files(folder.path)


def before_write(folder: ClaimFolder) -> None:
    """Back to WAL before the first change after :func:`settle` (called by transactions).

    If a reader holds the database the switch waits for a later write: changes are then
    made with the rollback journal, which is just as safe, only less concurrent.
    """
    if folder not in _settled or folder.db.conn.in_transaction:
        return
    with _no_waiting(folder.db.conn):
        if _journal_mode(folder.db.conn, "WAL") == "wal":
            _settled.discard(folder)


def is_settled(folder: ClaimFolder) -> bool:
    return folder in _settled


# -- conflict copies -----------------------------------------------------------------------
@dataclass(frozen=True)
class ConflictCopy:
    """A conflict copy of the database that a sync service left beside it."""

    path: Path
    provider: str
    detail: str = ""

    @property
    def message(self) -> str:
        return (f"conflict copy of the database: {self.path.name} (made by {self.provider}"
                f"{', ' + self.detail if self.detail else ''}). Two versions of the claim "
                f"folder met; BonusDesk reads only {DB_NAME}, so changes made elsewhere may "
                "be in this copy only. Keep it until you have compared it: copy it alone into "
                f"a new folder, rename it {DB_NAME} and open that folder")


# Each client's naming, most specific first; {stem} is "bonusdesk", {ext} ".db" and kin.
_CONFLICT_NAMES = [
    (re.compile(r"\(.*conflicted copy.*\)", re.I), "Dropbox or Nextcloud"),
    (re.compile(r"\.sync-conflict-\d{8}-\d{6}", re.I), "Syncthing"),
    (re.compile(r"\[conflict\]|\(conflict\)", re.I), "Google Drive"),
    (re.compile(r"^bonusdesk \(\d+\)\.db", re.I), "Google Drive"),
    (re.compile(r"^bonusdesk \d+\.db", re.I), "iCloud Drive"),
    (re.compile(r"^bonusdesk-[^.]+\.db", re.I), "OneDrive (it adds the computer's name)"),
]
_OWN_FILES = {DB_NAME} | {DB_NAME + s for s in SQLITE_SIDE_FILES}


def conflict_copies(folder_path: Path) -> list[ConflictCopy]:
    """Copies of ``bonusdesk.db`` (or its journal files) a sync client left in the folder."""
    found = []
    try:
        entries = sorted(folder_path.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if name in _OWN_FILES or not entry.is_file():
            continue
        if not (name.lower().startswith("bonusdesk") and ".db" in name.lower()):
            continue
        provider = next((p for pattern, p in _CONFLICT_NAMES if pattern.search(name)),
                        "a sync or backup program")
        found.append(ConflictCopy(entry, provider, _describe_copy(entry)))
    return found


def _describe_copy(path: Path) -> str:
    """How much history the copy holds, read without writing anything next to it."""
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        with sqlite3.connect(uri, uri=True) as conn:
            count, last = conn.execute("select count(*), max(at) from events").fetchone()
        conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return ""
    return f"{count} events, last change {last}" if count else ""
