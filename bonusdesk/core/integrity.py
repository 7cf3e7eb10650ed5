"""Integrity check of a whole claim folder: files, event chain, database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import events, sync
from .evidence import sha256_file
from .folder import TEMP_PREFIX

if TYPE_CHECKING:
    from .folder import ClaimFolder


@dataclass
class Problem:
    kind: str  # missing | altered | stray | chain | database | temp | conflict
    message: str
    path: str = ""
    evidence_id: int | None = None
    event_seq: int | None = None


@dataclass
class Report:
    files_checked: int = 0
    events_checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(folder: ClaimFolder) -> Report:
    report = Report()
    try:
        _verify(folder, report)
    except sqlite3.DatabaseError as exc:
        report.problems.append(Problem("database", f"database damaged: {exc}"))
    return report


def _verify(folder: ClaimFolder, report: Report) -> None:
    db = folder.db
    for row in db.query("PRAGMA integrity_check"):
        value = next(iter(row.values()))
        if value != "ok":
            report.problems.append(Problem("database", f"database damaged: {value}"))
    report.events_checked = db["events"].count
    for copy in sync.conflict_copies(folder.path):  # left by a sync client (core/sync.py)
        report.problems.append(Problem("conflict", copy.message, copy.path.name))
    for p in events.verify_chain(db):
        report.problems.append(Problem("chain", p.message, event_seq=p.seq))

    known: dict[str, str] = {}
    for row in db.query("select id, path, sha256 from evidence order by id"):
        rel, sha = row["path"], row["sha256"]
        if rel in known:
            continue  # the same bytes stored once, shared by several evidence rows
        known[rel] = sha
        path = folder.abspath(rel)
        report.files_checked += 1
        if not path.exists():
            report.problems.append(Problem(
                "missing", f"missing evidence file {rel} (evidence {row['id']})", rel, row["id"]))
        elif sha256_file(path) != sha:
            report.problems.append(Problem(
                "altered", f"altered evidence file {rel} (evidence {row['id']}): its SHA-256 "
                "no longer matches the one recorded at import", rel, row["id"]))
    pending = {r["path"] for r in db.query("select path from pending_files")}

    if folder.evidence_dir.exists():
        for path in sorted(folder.evidence_dir.rglob("*")):
            if path.is_dir():
                continue
            rel = path.relative_to(folder.path).as_posix()
            if path.name.startswith(TEMP_PREFIX) or rel in pending:
                report.notices.append(
                    f"{rel}: left by an interrupted import; removed the next time the folder "
                    "is opened for writing")
            elif rel not in known:
                report.problems.append(Problem(
                    "stray", f"stray file {rel}: not recorded as evidence", rel))

