"""Prove the tables: replay the row snapshots of the event log, compare every row.

The log is read once, in order; for each tracked row only the last snapshot's event
number and a 16-byte digest are kept in memory (not the values), then each table is
streamed and hashed row by row. Only a row that differs is looked up again in its
event, to name the columns that differ. Memory grows with the number of rows (about
150 bytes each), never with their size.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlite_utils import Database

from . import events, tracked
from .tracked import Tracked


@dataclass
class RowProblem:
    kind: str  # row-changed | row-unlogged | row-gone
    message: str
    table: str
    key: list
    event_seq: int | None = None
    columns: list[str] = field(default_factory=list)


@dataclass(slots=True)  # one per row of every table: no __dict__ each (~100 bytes)
class _Expected:
    seq: int
    digest: bytes | None  # None: the row was deleted by event ``seq``
    columns: tuple[str, ...]


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


def _replay(db: Database) -> dict[str, dict[str, _Expected]]:
    expected: dict[str, dict[str, _Expected]] = {t.table: {} for t in tracked.TRACKED}
    colsets: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per distinct shape
    for seq, data in db.execute("select seq, data from events order by seq"):
        if '"rows"' not in data:
            continue  # no snapshot: an event from before row snapshots, or a pure record
        try:
            rows = json.loads(data).get("rows") or []
        except (ValueError, AttributeError):
            continue  # an altered event: the chain check reports it
        for snap in rows:
            table_rows = expected.get(snap.get("t"))
            if table_rows is None:
                continue
            key = events.canonical_json(snap.get("k"))
            values = snap.get("v")
            if values is None:
                table_rows[key] = _Expected(seq, None, ())
                continue
            cols = tuple(sorted(values))
            table_rows[key] = _Expected(seq, tracked.row_digest(values),
                                        colsets.setdefault(cols, cols))
    return expected


def _defaults(db: Database, table: str) -> dict[str, object]:
    """Each column's default value (NULL when none): the value a column added by a
    migration holds in rows no event has touched since."""
    out = {}
    for _cid, name, _type, _notnull, default, _pk in db.execute(
            f"PRAGMA table_info({tracked._ident(table)})"):
        value = None
        if default is not None:
            try:
                value = db.execute(f"SELECT {default}").fetchone()[0]
            except sqlite3.Error:
                value = default
        out[name] = value
    return out


def _snapshot_in(db: Database, seq: int, table: str, key: list) -> dict:
    ev = events.get_event(db, seq)
    for snap in (ev.rows if ev else []):
        if snap.get("t") == table and snap.get("k") == key:
            return snap.get("v") or {}
    return {}


def _differences(db: Database, t: Tracked, key: list, row: dict, exp: _Expected,
                 defaults: dict) -> Iterator[RowProblem]:
    name = tracked.describe(t, key)
    recorded = _snapshot_in(db, exp.seq, t.table, key)
    for col in sorted(set(recorded) | set(row)):
        if col in recorded and col not in row:
            yield RowProblem("row-changed", f"{name}: column {col} recorded by event "
                             f"{exp.seq} is missing from the table", t.table, key, exp.seq, [col])
        elif col not in recorded:
            if row[col] != defaults.get(col):
                yield RowProblem(
                    "row-changed", f"{name}: {col} is {_show(row[col])} in the table, but no "
                    f"event set it (event {exp.seq} recorded the row without it)",
                    t.table, key, exp.seq, [col])
        elif row[col] != recorded[col]:
            yield RowProblem(
                "row-changed", f"{name}: {col} is {_show(row[col])} in the table, "
                f"{_show(recorded[col])} by event {exp.seq}", t.table, key, exp.seq, [col])


def check_tables(db: Database) -> tuple[int, list[RowProblem]]:
    """(rows checked, problems) for every tracked table."""
    expected = _replay(db)
    problems: list[RowProblem] = []
    checked = 0
    for t in tracked.present(db):
        pending = expected.get(t.table, {})
        pks = tracked.primary_key(db, t.table)
        defaults = _defaults(db, t.table)
        cur = db.execute(f"SELECT {tracked.select_columns(pks)} FROM "
                         f"{tracked._ident(t.table)}")
        names = [d[0] for d in cur.description]
        for values in cur:
            checked += 1
            row = tracked.canonical_row(dict(zip(names, values, strict=True)), t)
            key = tracked.row_key(row, pks)
            exp = pending.pop(events.canonical_json(key), None)
            name = tracked.describe(t, key)
            if exp is None:
                problems.append(RowProblem("row-unlogged", f"{name}: no event created this "
                                           "row (added behind BonusDesk's back)", t.table, key))
            elif exp.digest is None:
                problems.append(RowProblem(
                    "row-unlogged", f"{name}: deleted by event {exp.seq}, but present in the "
                    "table", t.table, key, exp.seq))
            else:
                projected = {c: row.get(c) for c in exp.columns}
                extra = [c for c in row if c not in exp.columns and row[c] != defaults.get(c)]
                missing = [c for c in exp.columns if c not in row]
                if extra or missing or tracked.row_digest(projected) != exp.digest:
                    found = list(_differences(db, t, key, row, exp, defaults))
                    problems.extend(found or [RowProblem(
                        "row-changed", f"{name}: differs from what event {exp.seq} recorded "
                        "(the type of a value was changed)", t.table, key, exp.seq)])
        for key_json, exp in pending.items():
            if exp.digest is not None:
                key = json.loads(key_json)
                problems.append(RowProblem(
                    "row-gone", f"{tracked.describe(t, key)}: written by event {exp.seq}, but "
                    "the row is gone from the table (deleted behind BonusDesk's back)",
                    t.table, key, exp.seq))
    return checked, problems
