"""Prove the tables: replay the row snapshots of the event log, compare every row.

The log is read once, in order; for each tracked row the last snapshot's event number
and a 16-byte digest (not the values) go into a TEMP table, then each table is streamed
and hashed row by row, its expected rows taken from the temp table a chunk at a time.
Only a row that differs is looked up again in its event, to name the columns that
differ. Memory stays flat: SQLite keeps the temp table in a temp file (the build's
default, ``SQLITE_TEMP_STORE=1``) behind its small page cache.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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


@dataclass(slots=True)
class _Expected:
    seq: int
    digest: bytes | None  # None: the row was deleted by event ``seq``
    columns: tuple[str, ...]


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


# What the log says each row should be, replayed into a temp table (SQLite pages it to a
# temp file): memory stays flat at 300,000 rows where a dict of them took ~100 MiB.
# (first_seq, first_pos): where the key first appeared, the order "row-gone" is told in.
EXPECTED = "bd_verify_expected"
_EXPECTED_DDL = (f"CREATE TEMP TABLE {EXPECTED} (tbl TEXT NOT NULL, k TEXT NOT NULL, "
                 "seq INTEGER NOT NULL, digest BLOB, cols TEXT NOT NULL, "
                 "first_seq INTEGER NOT NULL, first_pos INTEGER NOT NULL, "
                 "PRIMARY KEY (tbl, k)) WITHOUT ROWID")
CHUNK = 500  # table rows compared per query of the expected ones


@contextmanager
def temp_table(db: Database, name: str, ddl: str) -> Iterator[None]:
    """A scratch TEMP table for the duration (also on a read-only connection: the temp
    database is the connection's own). Dropped after; the implicit transaction its
    writes opened is ended, and only if this opened it (it holds temp rows only)."""
    conn = db.conn
    was_open = conn.in_transaction
    conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
    conn.execute(ddl)
    try:
        yield
    finally:
        conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        if not was_open and conn.in_transaction:
            conn.commit()


def _snapshots(db: Database) -> Iterator[tuple]:
    """(table, key, seq, digest, columns, seq, position) for each row snapshot in the log,
    in order; tables not tracked are skipped."""
    tables = {t.table for t in tracked.TRACKED}
    colsets: dict[tuple[str, ...], str] = {}  # one JSON text per distinct shape
    for seq, data in db.execute("select seq, data from events order by seq"):
        if '"rows"' not in data:
            continue  # no snapshot: an event from before row snapshots, or a pure record
        try:
            rows = json.loads(data).get("rows") or []
        except (ValueError, AttributeError):
            continue  # an altered event: the chain check reports it
        for pos, snap in enumerate(rows):
            table = snap.get("t")
            if table not in tables:
                continue
            key = _key_json(snap.get("k"))
            values = snap.get("v")
            if values is None:
                yield table, key, seq, None, "[]", seq, pos
                continue
            cols = tuple(sorted(values))
            shape = colsets.get(cols)
            if shape is None:
                shape = colsets[cols] = json.dumps(cols)
            yield table, key, seq, tracked.row_digest(values), shape, seq, pos


def _key_json(key) -> str:
    """``events.canonical_json(key)``, without json.dumps's per-call cost for the usual
    key, a list of integer ids (half a million keys at 300,000 evidence rows)."""
    if type(key) is list and all(type(k) is int for k in key):
        return "[" + ",".join(map(str, key)) + "]"
    return events.canonical_json(key)


def _replay(db: Database) -> None:
    """Fill the temp table with each row's last snapshot (the first one's place kept)."""
    db.conn.executemany(
        f"INSERT INTO temp.{EXPECTED} VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, k) "
        "DO UPDATE SET seq = excluded.seq, digest = excluded.digest, cols = excluded.cols",
        _snapshots(db))


def _take_expected(db: Database, table: str, keys: list[str],
                   shapes: dict[str, tuple[str, ...]]) -> dict[str, _Expected]:
    """The expected rows of these keys, removed from the temp table (what is left at the
    end of a table is what the log has and the table lacks)."""
    found = {}
    for k, seq, digest, cols in db.conn.execute(
            f"DELETE FROM temp.{EXPECTED} WHERE tbl = ? AND k IN "
            "(SELECT value FROM json_each(?)) RETURNING k, seq, digest, cols",
            [table, json.dumps(keys, ensure_ascii=False)]):
        columns = shapes.get(cols)
        if columns is None:
            columns = shapes[cols] = tuple(json.loads(cols))
        found[k] = _Expected(seq, digest, columns)
    return found


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
    with temp_table(db, EXPECTED, _EXPECTED_DDL):
        _replay(db)
        problems: list[RowProblem] = []
        checked = 0
        for t in tracked.present(db):
            checked += _check_table(db, t, problems)
            for key_json, seq in db.conn.execute(
                    f"SELECT k, seq FROM temp.{EXPECTED} WHERE tbl = ? AND digest IS NOT NULL "
                    "ORDER BY first_seq, first_pos", [t.table]):
                key = json.loads(key_json)
                problems.append(RowProblem(
                    "row-gone", f"{tracked.describe(t, key)}: written by event {seq}, but "
                    "the row is gone from the table (deleted behind BonusDesk's back)",
                    t.table, key, seq))
    return checked, problems


def _check_table(db: Database, t: Tracked, problems: list[RowProblem]) -> int:
    """Compare each row of ``t`` with the log, ``CHUNK`` rows at a time; returns the count."""
    pks = tracked.primary_key(db, t.table)
    defaults = _defaults(db, t.table)
    shapes: dict[str, tuple[str, ...]] = {}
    cur = db.execute(f"SELECT {tracked.select_columns(pks)} FROM {tracked._ident(t.table)}")
    names = [d[0] for d in cur.description]
    checked = 0
    while chunk := cur.fetchmany(CHUNK):
        rows = [tracked.canonical_row(dict(zip(names, values, strict=True)), t)
                for values in chunk]
        keys = [tracked.row_key(row, pks) for row in rows]
        key_jsons = [_key_json(key) for key in keys]
        expected = _take_expected(db, t.table, key_jsons, shapes)
        for row, key, key_json in zip(rows, keys, key_jsons, strict=True):
            checked += 1
            problems.extend(_check_row(db, t, row, key, expected.get(key_json), defaults))
    return checked


def _check_row(db: Database, t: Tracked, row: dict, key: list, exp: _Expected | None,
               defaults: dict) -> list[RowProblem]:
    name = tracked.describe(t, key)
    if exp is None:
        return [RowProblem("row-unlogged", f"{name}: no event created this row (added "
                           "behind BonusDesk's back)", t.table, key)]
    if exp.digest is None:
        return [RowProblem("row-unlogged", f"{name}: deleted by event {exp.seq}, but present "
                           "in the table", t.table, key, exp.seq)]
    projected = {c: row.get(c) for c in exp.columns}
    extra = [c for c in row if c not in exp.columns and row[c] != defaults.get(c)]
    missing = [c for c in exp.columns if c not in row]
    if extra or missing or tracked.row_digest(projected) != exp.digest:
        found = list(_differences(db, t, key, row, exp, defaults))
        return found or [RowProblem(
            "row-changed", f"{name}: differs from what event {exp.seq} recorded (the type "
            "of a value was changed)", t.table, key, exp.seq)]
    return []
