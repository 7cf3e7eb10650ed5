"""Integrity check of a whole claim folder: database, event chain, every tracked table
against the events, evidence files and their paths, and the exported anchors.

:func:`verify` returns a :class:`Report` whose problems are structured (kind, table,
key, columns, event, evidence id, path), so the app can show the same verdicts the
CLI prints.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import anchors, events, sync
from .anchors import Anchor
from .evidence import sha256_file
from .folder import EVIDENCE_DIR, TEMP_PREFIX, is_content_address
from .outpaths import is_inside
from .tablecheck import check_tables, temp_table

if TYPE_CHECKING:
    from .folder import ClaimFolder

APPEND_ONLY_TRIGGERS = ("events_no_update", "events_no_delete")


@dataclass
class Problem:
    # missing | altered | stray | path | pending | chain | triggers | database | conflict
    # | row-changed | row-unlogged | row-gone | anchor
    kind: str
    message: str
    path: str = ""
    evidence_id: int | None = None
    event_seq: int | None = None
    table: str = ""
    key: list | None = None
    columns: list[str] = field(default_factory=list)


@dataclass
class Report:
    files_checked: int = 0
    events_checked: int = 0
    rows_checked: int = 0
    anchors_checked: int = 0
    head: str = ""  # the chain head as an anchor, "seq:hash"
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# progress(done, total, step): step is "database", "tables", "files" (done/total count the
# evidence files, the slow part: each is hashed) or "anchors". It may raise to stop early.
Progress = Callable[[int, int, str], None]


def _no_progress(_done: int, _total: int, _step: str) -> None:
    pass


def verify(folder: ClaimFolder, given: list[Anchor] | None = None,
           progress: Progress | None = None) -> Report:
    """Check everything; ``given``: anchors a recipient holds (``verify --anchor``);
    ``progress`` is told each step (the app's progress bar)."""
    report = Report(notices=list(folder.notices))
    try:
        _verify(folder, report, given or [], progress or _no_progress)
    except sqlite3.DatabaseError as exc:
        report.problems.append(Problem("database", f"database damaged: {exc}"))
    return report


def _verify(folder: ClaimFolder, report: Report, given: list[Anchor],
            progress: Progress) -> None:
    db = folder.db
    progress(0, 0, "database")
    for row in db.query("PRAGMA integrity_check"):
        value = next(iter(row.values()))
        if value != "ok":
            report.problems.append(Problem("database", f"database damaged: {value}"))
    _check_triggers(folder, report)
    report.events_checked = db["events"].count
    report.head = str(anchors.current(db))
    for copy in sync.conflict_copies(folder.path):  # left by a sync client (core/sync.py)
        report.problems.append(Problem("conflict", copy.message, copy.path.name))
    for p in events.verify_chain(db):
        report.problems.append(Problem("chain", p.message, event_seq=p.seq))
    progress(0, 0, "tables")
    report.rows_checked, row_problems = check_tables(db)
    report.problems += [Problem(p.kind, p.message, event_seq=p.event_seq, table=p.table,
                                key=p.key, columns=p.columns) for p in row_problems]
    _baseline_notice(folder, report)
    _check_files(folder, report, progress)
    progress(0, 0, "anchors")
    _check_anchors(folder, report, given)


def _check_triggers(folder: ClaimFolder, report: Report) -> None:
    found = {r["name"]: r["sql"] or "" for r in folder.db.query(
        "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'events'")}
    for name in APPEND_ONLY_TRIGGERS:
        if "RAISE(ABORT" not in found.get(name, "").upper().replace(" ", ""):
            report.problems.append(Problem(
                "triggers", f"the trigger {name} that keeps the event log append-only was "
                "removed or changed (the database was edited behind BonusDesk's back)"))


def _baseline_notice(folder: ClaimFolder, report: Report) -> None:
    first = folder.db.execute(
        "select min(seq) from events where action = 'baseline'").fetchone()[0]
    if first is not None:
        report.notices.append(
            f"this folder was made before row snapshots: tables are proven from event "
            f"{first} on (the rows as they were at that upgrade); earlier changes are "
            "covered by the hash chain only")


# The paths already checked, in a TEMP table rather than a set (300,000 paths: ~40 MiB).
KNOWN = "bd_verify_paths"
_KNOWN_DDL = f"CREATE TEMP TABLE {KNOWN} (path TEXT PRIMARY KEY) WITHOUT ROWID"


def _check_files(folder: ClaimFolder, report: Report, progress: Progress = _no_progress
                 ) -> None:
    with temp_table(folder.db, KNOWN, _KNOWN_DDL):
        _check_files_in(folder, report, progress)


def _check_files_in(folder: ClaimFolder, report: Report, progress: Progress) -> None:
    db = folder.db
    conn = db.conn
    total = db.execute("select count(distinct path) from evidence").fetchone()[0]
    progress(0, total, "files")
    evidence_root = folder.evidence_dir

    def first_time(rel: str) -> bool:
        """Whether ``rel`` was not checked yet (the same bytes stored once, shared by
        several rows); remembers it."""
        return conn.execute(f"INSERT OR IGNORE INTO temp.{KNOWN} VALUES (?)",
                            [rel]).rowcount == 1

    def checks():
        """Per evidence row, in id order: a problem found now, or a file to check."""
        for rel, sha, eid in db.execute("select path, sha256, id from evidence order by id"):
            if not is_content_address(rel, sha):
                yield Problem(
                    "path", f"evidence {eid}: its recorded path {rel!r} is not the one its "
                    f"SHA-256 gives (evidence/{sha[:2]}/{sha}.…); BonusDesk will not read it",
                    rel, eid)
            elif first_time(rel):
                report.files_checked += 1
                yield (rel, sha, eid)

    inside: dict[Path, bool] = {}  # per evidence/xx folder, not per file (realpath, stats)
    done = 0
    for result in _in_order(checks(),
                            lambda job: (_check_file(folder, evidence_root, inside, *job),)):
        if isinstance(result, tuple):  # a file checked on a worker thread
            progress(done, total, "files")  # the files done before this one, told on
            done += 1  # this thread (the app's progress bar), in evidence order
            result = result[0]
        if result is not None:
            report.problems.append(result)
    progress(total, total, "files")
    pending = set()
    for r in db.query("select path from pending_files"):
        if is_content_address(r["path"]):
            pending.add(r["path"])
        else:
            report.problems.append(Problem(
                "pending", f"pending_files names {r['path']!r}, which is not an evidence "
                "path (the database was edited behind BonusDesk's back)", r["path"]))
    for rel in _files_under(folder.path, evidence_root):
        name = rel.rsplit("/", 1)[-1]
        if name.startswith(TEMP_PREFIX) or rel in pending:
            report.notices.append(
                f"{rel}: left by an interrupted import; removed the next time the folder "
                "is opened for writing")
        elif not _known(conn, rel):
            report.problems.append(Problem(
                "stray", f"stray file {rel}: not recorded as evidence", rel))


def _known(conn: sqlite3.Connection, rel: str) -> bool:
    return conn.execute(f"SELECT 1 FROM temp.{KNOWN} WHERE path = ?", [rel]).fetchone() \
        is not None


def _check_file(folder: ClaimFolder, evidence_root: Path, inside: dict[Path, bool],
                rel: str, sha: str, eid: int) -> Problem | None:
    path = folder.abspath(rel)
    if path.is_symlink() or (path.exists() and not _parent_inside(path, evidence_root, inside)):
        return Problem("path", f"evidence {eid}: {rel} is a link, not the stored file; "
                       "BonusDesk will not follow it", rel, eid)
    if not path.exists():
        return Problem("missing", f"missing evidence file {rel} (evidence {eid})", rel, eid)
    if sha256_file(path) != sha:
        return Problem("altered", f"altered evidence file {rel} (evidence {eid}): its SHA-256 "
                       "no longer matches the one recorded at import", rel, eid)
    return None


def _parent_inside(path: Path, evidence_root: Path, inside: dict[Path, bool]) -> bool:
    """``is_inside(path, evidence_root)`` for a file that is not a link: its real path is
    its folder's real path plus its name, so the answer is its folder's, worked out once."""
    parent = path.parent
    found = inside.get(parent)
    if found is None:
        found = inside[parent] = is_inside(parent, evidence_root)
    return found


# Files hashed at once: the cores (hashlib releases the GIL), plus one to keep the disk busy.
HASH_THREADS = min(8, (os.cpu_count() or 1) + 1)


def _in_order(items, check, threads: int = HASH_THREADS):
    """Results of ``check(item)`` for each tuple item, run on ``threads`` threads, given
    back in the items' order; other items (ready results) pass through in their place.
    At most a few items per thread are in flight, so memory does not grow with the
    folder (300,000 evidence rows)."""
    window: deque = deque()
    with ThreadPoolExecutor(threads, thread_name_prefix="verify-hash") as pool:
        for item in items:
            window.append(pool.submit(check, item) if isinstance(item, tuple) else item)
            while len(window) > 4 * threads or (window and not isinstance(window[0], Future)):
                first = window.popleft()
                yield first.result() if isinstance(first, Future) else first
        while window:
            first = window.popleft()
            yield first.result() if isinstance(first, Future) else first


def _files_under(folder: Path, root: Path):
    """Relative POSIX paths of every file (and link) under ``root``, sorted, streamed."""
    if not root.is_dir():
        return
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        links = [d for d in dirs if os.path.islink(os.path.join(dirpath, d))]
        for name in sorted(files + links):
            yield Path(dirpath, name).relative_to(folder).as_posix()


def _check_anchors(folder: ClaimFolder, report: Report, given: list[Anchor]) -> None:
    db = folder.db
    for what, anchor in anchors.exported(db):
        report.anchors_checked += 1
        message = anchors.check(db, anchor)
        if message:
            report.problems.append(Problem("anchor", f"{what}: {message}",
                                           event_seq=anchor.seq))
    for anchor in given:
        report.anchors_checked += 1
        message = anchors.check(db, anchor)
        if message:
            report.problems.append(Problem("anchor", message, event_seq=anchor.seq))
        else:
            report.notices.append(f"anchor {anchor.short} is in the event log")


# survey_damaged's note for a file that checks out (the app words it from this prefix).
INTACT = "intact: "
_STORED_NAME = re.compile(r"^([0-9a-f]{64})\.[a-z0-9]{1,10}$")


def survey_damaged(path: Path, why: str) -> Report:
    """For a folder whose database is gone: what evidence is there, and is it intact.

    Each file's name is its SHA-256, so every file can still be checked on its own.
    """
    report = Report()
    report.problems.append(Problem("database", why))
    for rel in _files_under(path, path / EVIDENCE_DIR):
        name = rel.rsplit("/", 1)[-1]
        if name.startswith(TEMP_PREFIX):
            continue
        report.files_checked += 1
        m = _STORED_NAME.match(name)
        if not m:
            report.problems.append(Problem("stray", f"stray file {rel}", rel))
        elif sha256_file(path / rel) != m.group(1):
            report.problems.append(Problem(
                "altered", f"altered evidence file {rel}: its content no longer matches the "
                "SHA-256 in its name", rel))
        else:
            report.notices.append(INTACT + rel)
    return report
