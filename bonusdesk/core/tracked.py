"""The tables that carry evidence value, and how every change to them reaches the log.

**Registry.** :data:`TRACKED` lists them; a branch that adds such a table adds one
line. :data:`UNTRACKED` lists the others with the reason (a test fails for a table
in neither list). Derived data (search indexes, reminders shown, caches) is not
tracked.

**Mechanism** (per writable connection, nothing stored in the folder):

* TEMP triggers on every tracked table note the primary key of each row inserted,
  updated or deleted in ``temp.bd_touched``, and refuse a change made outside a
  ``folder.transaction()`` (``temp.bd_txn`` holds one row while one is open);
* ``folder.log()`` calls :func:`take_snapshots`: each touched row, read as it is now
  (or a "deleted" marker), goes into the event's data under ``"rows"``;
* the outermost transaction calls :func:`check_all_logged` before committing and
  refuses changes that no event describes (:class:`UnloggedChange`).

``bonusdesk.core.tablecheck`` replays those snapshots and compares every row.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import cache

from . import events
from .sqlwrite import ident

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from sqlite_utils import Database  # only a type here: a CLI capture never imports it


@dataclass(frozen=True)
class Tracked:
    """A table whose every change an event must describe, and how verify names a row."""

    table: str
    entity: str  # how verify names a row: "claim 3", "status change 12"
    ignore: frozenset[str] = frozenset()  # derived columns: not evidence, not compared


TRACKED: tuple[Tracked, ...] = (
    Tracked("platforms", "platform"),
    Tracked("claims", "claim"),
    Tracked("status_changes", "status change"),
    Tracked("checklist", "checklist item"),
    Tracked("evidence", "evidence"),
    Tracked("contacts", "contact"),
    Tracked("profile", "profile"),
    Tracked("exports", "export"),
    Tracked("transactions", "transaction"),
    Tracked("escalations", "escalation"),
)
BY_TABLE = {t.table: t for t in TRACKED}

# Tables deliberately left out, and why. ``*_fts*`` search indexes are derived too.
UNTRACKED = {
    "events": "the log itself, protected by its hash chain",
    "meta": "folder-level values; event_head is checked against the chain",
    "pending_files": "transient notes for crash recovery",
    "reminders": "derived: which deadline reminders were already shown",
    "ocr_text": "derived: text read from images by OCR, read again at will",
    "_sqlite_migrations": "the schema version",
}

SNAPSHOT_CHUNK = 500  # rows per baseline event: events stay small, the log stays quick


class UnloggedChange(RuntimeError):
    """A bug: a transaction changed tracked rows that no ``folder.log()`` described."""


def is_derived_table(name: str) -> bool:
    return "_fts" in name or name.startswith("sqlite_")


_ident = cache(ident)  # quoted once per name: the table check quotes per row


def primary_key(db: Database, table: str) -> list[str]:
    cols = sorted((r[5], r[1]) for r in db.execute(f"PRAGMA table_info({_ident(table)})")
                  if r[5])
    return [name for _, name in cols] or ["rowid"]


def present(db: Database) -> list[Tracked]:
    names = set(db.table_names())
    return [t for t in TRACKED if t.table in names]


# -- triggers ----------------------------------------------------------------------
def install(db: Database) -> None:
    """Create this connection's temp tables and triggers (call after migrations)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS bd_touched "
               "(tbl TEXT NOT NULL, k TEXT NOT NULL, PRIMARY KEY (tbl, k))")
    db.execute("CREATE TEMP TABLE IF NOT EXISTS bd_txn (open INTEGER)")
    for t in present(db):
        pks = primary_key(db, t.table)
        name = t.table.replace("'", "''")
        guard = (f"SELECT RAISE(ABORT, 'bonusdesk: {name} changed outside "
                 "folder.transaction()') WHERE NOT EXISTS (SELECT 1 FROM bd_txn);")

        def note(row: str, pks=pks, name=name) -> str:
            # Not "INSERT OR IGNORE": an outer UPSERT's conflict handling overrides it.
            key = "json_array(" + ", ".join(f"{row}.{_ident(c)}" for c in pks) + ")"
            return (f"INSERT INTO bd_touched SELECT '{name}', {key} WHERE NOT EXISTS "
                    f"(SELECT 1 FROM bd_touched WHERE tbl = '{name}' AND k = {key});")

        for op, body in (("INSERT", note("NEW")), ("UPDATE", note("OLD") + note("NEW")),
                         ("DELETE", note("OLD"))):
            trigger = _ident(f"bd_track_{t.table}_{op.lower()}")
            db.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {op} ON "
                       f"main.{_ident(t.table)} BEGIN {guard} {body} END")


def begin(db: Database) -> None:
    db.execute("INSERT INTO temp.bd_txn VALUES (1)")


def end(db: Database) -> None:
    db.execute("DELETE FROM temp.bd_txn")


def pending(db: Database) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT tbl, k FROM temp.bd_touched")]


def check_all_logged(db: Database) -> None:
    left = pending(db)
    if left:
        rows = ", ".join(describe(BY_TABLE[t], json.loads(k)) for t, k in left[:5])
        raise UnloggedChange(f"changes no event describes ({rows}): every write to a tracked "
                             "table must be followed by folder.log() in its transaction")


def take_snapshots(db: Database) -> list[dict]:
    """The rows touched since the last call, as they are now; forgets them."""
    out = []
    for tbl, key_json in sorted(pending(db)):
        key = json.loads(key_json)
        out.append({"t": tbl, "k": key, "v": read_row(db, BY_TABLE[tbl], key)})
    db.execute("DELETE FROM temp.bd_touched")
    return out


# -- rows as the log records them -----------------------------------------------------
def select_columns(pks: list[str]) -> str:
    return "rowid AS rowid, *" if pks == ["rowid"] else "*"


def read_row(db: Database, t: Tracked, key: list) -> dict | None:
    pks = primary_key(db, t.table)
    where = " AND ".join(f"{_ident(c)} = ?" for c in pks)
    cur = db.execute(f"SELECT {select_columns(pks)} FROM {_ident(t.table)} WHERE {where}", key)
    row = cur.fetchone()
    if row is None:
        return None
    return canonical_row(dict(zip([d[0] for d in cur.description], row, strict=True)), t)


def canonical_row(row: dict, t: Tracked) -> dict:
    return {k: _plain(v) for k, v in row.items() if k not in t.ignore}


def _plain(value):
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def row_digest(values: dict) -> bytes:
    return hashlib.blake2b(events.canonical_json(values).encode("utf-8"),
                           digest_size=16).digest()


def row_key(row: dict, pks: list[str]) -> list:
    return [row[c] for c in pks]


def describe(t: Tracked, key: list) -> str:
    return f"{t.entity} {', '.join(str(k) for k in key)}"


# -- baseline: the honest start for rows written before snapshots existed ------------
def baseline(db: Database, reason: str, tables: list[str] | None = None) -> int:
    """Append events snapshotting every row of the tracked ``tables`` (default: all).

    For upgrades (migration m004) and for migrations that add or rewrite rows of a
    tracked table outside ``folder.transaction()``. Rows are grouped by claim, and each
    event carries its claim's id, so a bundle's event log excerpt includes them.
    Returns the number of events.
    """
    count = 0
    for t in present(db):
        if tables is not None and t.table not in tables:
            continue
        pks = primary_key(db, t.table)
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({_ident(t.table)})")}
        claim_col = "id" if t.table == "claims" else "claim_id" if "claim_id" in columns \
            else None
        order = ", ".join(_ident(c) for c in ([claim_col] if claim_col else []) + pks)
        cur = db.execute(f"SELECT {select_columns(pks)} FROM {_ident(t.table)} ORDER BY {order}")
        names = [d[0] for d in cur.description]
        group, rows = None, []
        for values in cur:
            row = dict(zip(names, values, strict=True))
            claim = row[claim_col] if claim_col else None
            if rows and (claim != group or len(rows) >= SNAPSHOT_CHUNK):
                count += _baseline_event(db, t, group, rows, reason)
                rows = []
            group = claim
            rows.append({"t": t.table, "k": row_key(row, pks), "v": canonical_row(row, t)})
        count += _baseline_event(db, t, group, rows, reason)
    return count


def _baseline_event(db: Database, t: Tracked, claim_id, rows: list[dict], reason: str) -> int:
    if not rows:
        return 0
    events.append(db, "baseline", t.entity, None, claim_id, {"reason": reason}, rows=rows)
    return 1
