"""Back up or move a claim folder: copy it whole, then prove the copy before trusting it.

``copy_folder(folder, dest)`` works on an open folder, read-only or not, so the app can back
up the folder it has open and the CLI can back up a folder the app is using. The database is
copied with SQLite's online backup (a consistent snapshot even while the app writes); every
other file is copied with its SHA-256 computed on the way and checked again from the copy.
The copy is then opened as a claim folder and verified (evidence hashes, event chain,
``PRAGMA integrity_check``), and its newest event must be one the original has.

Everything is written into a hidden ``.<name>.partial-*`` folder beside ``dest`` and renamed
to ``dest`` only once verified, so a failed or interrupted copy leaves no half folder that
looks like a claim folder. ``move_folder`` additionally removes the original's files, only
after the verified copy is in place, and leaves a note saying where the folder went.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import events
from .atomicfile import fsync_dir, write_atomic
from .errors import BadInput, BonusDeskError
from .sync import DB_NAME, SQLITE_SIDE_FILES

if TYPE_CHECKING:
    from .folder import ClaimFolder

LOCK_NAME = ".bonusdesk.lock"  # core/folder.py's; a lock file is never copied
MOVED_NOTE = "BonusDesk - claim folder moved.txt"
_CHUNK = 1 << 20

Progress = Callable[[int, int], object]  # (files done, files in all)


class CopyNotVerified(BonusDeskError):
    """The copy did not match the original; it was removed and the original left alone."""


@dataclass
class CopyReport:
    source: Path
    dest: Path
    files: int = 0
    bytes: int = 0
    evidence_checked: int = 0
    events: int = 0
    moved: bool = False
    # Problems the original already had (copied as they are, named in the report).
    inherited_problems: list[str] = field(default_factory=list)


def check_destination(source: Path, dest: Path) -> Path:
    """``dest`` made absolute; BadInput when it cannot receive a copy of ``source``."""
    dest = Path(dest).expanduser().absolute()
    source = source.resolve()
    resolved = dest.resolve()
    if resolved == source or source in resolved.parents:
        raise BadInput(f"cannot copy the claim folder {source} into itself ({dest}): "
                       "choose a folder outside it")
    if resolved in source.parents:
        raise BadInput(f"{dest} contains the claim folder {source}: choose a new folder")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise BadInput(f"{dest} already exists and is not an empty folder: choose a new one "
                       "(nothing was copied)")
    return dest


def copy_folder(folder: ClaimFolder, dest: Path | str,
                progress: Progress | None = None) -> CopyReport:
    """Copy the claim folder whole to ``dest`` (new or empty) and verify the copy.

    Raises BadInput for an unusable destination, CopyNotVerified when the copy differs
    from the original (the copy is then removed), OSError for disk errors (same).
    """
    dest = check_destination(folder.path, Path(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    report = CopyReport(folder.path, dest)
    try:
        _copy_database(folder, staging / DB_NAME)
        files = _files_to_copy(folder.path)
        for n, src in enumerate(files, 1):
            report.bytes += _copy_checked(src, staging / src.relative_to(folder.path))
            if progress:
                progress(n, len(files))
        report.files = len(files) + 1  # and the database
        report.bytes += (staging / DB_NAME).stat().st_size
        _verify_copy(folder, staging, report)
        if dest.exists():
            dest.rmdir()  # empty (checked above); rename needs it gone
        os.replace(staging, dest)
        fsync_dir(dest.parent)
    except BaseException:
        _remove_tree(staging)
        raise
    return report


def move_folder(folder: ClaimFolder, dest: Path | str,
                progress: Progress | None = None) -> CopyReport:
    """Copy and verify like :func:`copy_folder`, then remove the original's files.

    ``folder`` must be open for writing (so nobody changes it meanwhile); it is closed here.
    Open ``report.dest`` afterwards. The original folder keeps only a note naming the new
    place (and any file that was not part of the claim folder).
    """
    if not folder.writable:
        raise BadInput("moving a claim folder needs it open for writing (nobody else using it)")
    report = copy_folder(folder, dest, progress)
    copied = _files_to_copy(folder.path)
    folder.close()
    # The database first: from then on the old place is no longer a claim folder at all.
    for name in [DB_NAME] + [DB_NAME + s for s in SQLITE_SIDE_FILES]:
        (folder.path / name).unlink(missing_ok=True)
    write_atomic(folder.path / MOVED_NOTE, (
        f"This BonusDesk claim folder was moved to:\n{report.dest}\n"
        f"on {datetime.now(UTC).isoformat(timespec='seconds')} (UTC); the copy was verified "
        "before these files were removed.\n").encode())
    for path in copied:
        _force_unlink(path)
    (folder.path / LOCK_NAME).unlink(missing_ok=True)
    for sub in sorted((p for p in folder.path.rglob("*") if p.is_dir()), reverse=True):
        try:
            sub.rmdir()
        except OSError:
            pass  # something not ours is inside: leave it
    report.moved = True
    return report


# -- copying ------------------------------------------------------------------------------
def _files_to_copy(root: Path) -> list[Path]:
    """Every file of the folder except the database (copied by SQLite), lock and temp files."""
    skip = {DB_NAME, LOCK_NAME, MOVED_NOTE} | {DB_NAME + s for s in SQLITE_SIDE_FILES}
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or (len(rel.parts) == 1 and rel.name in skip):
            continue
        if rel.name.startswith(".tmp-"):
            continue  # an interrupted import's leftover (core/folder.py TEMP_PREFIX)
        found.append(path)
    return found


def _copy_database(folder: ClaimFolder, target: Path) -> None:
    copy = sqlite3.connect(target)
    try:
        folder.db.conn.backup(copy)
        # The copy is a plain file: no write-ahead log to travel with it.
        copy.execute("PRAGMA journal_mode = DELETE").fetchone()
        copy.commit()
    finally:
        copy.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _copy_checked(src: Path, dst: Path) -> int:
    """Copy one file, fsync it, re-read it: CopyNotVerified unless the bytes are the same."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(_CHUNK):
            digest.update(chunk)
            fout.write(chunk)
            size += len(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    shutil.copystat(src, dst)  # evidence stays read-only, times stay the originals'
    if _sha256(dst) != digest.hexdigest():
        raise CopyNotVerified(f"{dst.name} reads back differently from {src}: the "
                              "destination disk or folder is not reliable; nothing was kept")
    return size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# -- verifying ----------------------------------------------------------------------------
def _verify_copy(folder: ClaimFolder, staging: Path, report: CopyReport) -> None:
    from .folder import ClaimFolder
    from .integrity import verify

    with ClaimFolder.open(staging, writable=False) as copy:
        found = verify(copy)
        seq, digest = events.head(copy.db)
    report.evidence_checked, report.events = found.files_checked, found.events_checked
    if seq:
        row = list(folder.db.query("select hash from events where seq = ?", [seq]))
        if not row or row[0]["hash"] != digest:
            raise CopyNotVerified(f"the copy's history (event {seq}) is not the original's")
    if found.problems:
        # Acceptable only if the original has exactly these problems already.
        original = {p.message.replace(str(folder.path), "") for p in verify(folder).problems}
        new = [p.message for p in found.problems
               if p.message.replace(str(staging), "") not in original]
        if new:
            raise CopyNotVerified("the copy failed verification: " + "; ".join(new))
        report.inherited_problems = [p.message for p in found.problems]


def _force_unlink(path: Path) -> None:
    try:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        path.unlink()
    except FileNotFoundError:
        pass


def _remove_tree(path: Path) -> None:
    """Remove a staging folder, read-only evidence files included."""
    if not path.exists():
        return
    for sub in path.rglob("*"):
        os.chmod(sub, stat.S_IRWXU)
    shutil.rmtree(path)
