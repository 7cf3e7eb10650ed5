"""A derived cache of every claim's deadlines, outside the claim folder.

Listing the deadlines of 10,000 claims means reading ~100,000 rows and working out
~33,000 deadlines: over a second each time, and the app does it on every change. Each
claim's deadlines are kept here as drafts (deadlines.Draft: all but the state, which
``now`` decides at read time) until that claim, or what it depends on, changes.

Where: one SQLite file per claim folder in the user's cache directory
(``platformdirs.user_cache_dir("BonusDesk")/deadlines``, or ``$BONUSDESK_CACHE_DIR``),
named from the folder's id and resolved path. Nothing is written into the claim folder,
so read-only folders, ``verify``, backups and bundles never see it. It is never evidence:
deleting it only costs one slower listing.

When it holds (checked on every use, docs/deadlines.md "The deadline cache"):

* the whole cache is keyed by FORMAT (bump it when the deadline logic changes), the
  rules file actually used (its bytes), ``follow_up_days``, the folder's migrations;
* it records the event chain head it was computed at (seq and hash); a folder without
  that event (a restored backup, another history) rebuilds everything;
* a claim is recomputed when an event after that head touched a row it is computed
  from (claimfacts.CLAIM_TABLES, or the platform it names), when it is new, or when the
  requested ``now`` falls outside the range its result holds for (a proposed start
  appears once a date passes; ``--now`` in the past).

Anything wrong with the cache (unwritable, corrupt, locked, another version) means the
deadlines are computed as without it; it is never an error for the user.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import platformdirs

from . import events
from .claimfacts import CLAIM_TABLES, SHARED_TABLES, ClaimFacts
from .deadlines import (
    _URGENCY,
    DRAFT_FIELDS,
    FIELDS,
    Deadline,
    DeadlineKind,
    DeadlineState,
    Draft,
    drafts,
    finish,
    make_deadline,
    urgency_key,
)
from .durations import Duration, add
from .rules import RULES_FILE, rules_for_folder, shipped_rules_path

log = logging.getLogger(__name__)

FORMAT = 1  # bump when deadlines.py, clocks.py or claimfacts.py change what they compute
APP_NAME = "BonusDesk"
# Entities whose events never change a deadline input when they name no claim; any
# other event that names neither a claim nor the rows it changed rebuilds everything.
_UNRELATED = frozenset({"profile", "evidence", "ocr_text", "export", "checklist"})
_PER_CLAIM_READ = 200  # fewer stale claims than this: read their facts claim by claim
_TIMES = {DRAFT_FIELDS.index(n) for n in ("due_at", "started_at", "done_at")}
_KIND_AT = DRAFT_FIELDS.index("kind")
_COLUMNS = ("fixed_state", "soft", "ended_at", "written_amount", "written_unit", *DRAFT_FIELDS)


class CacheUnusable(Exception):
    """The cache file cannot be used this time (logged; deadlines are computed)."""


def cache_dir() -> Path:
    env = os.environ.get("BONUSDESK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def cache_path(folder) -> Path:
    """The cache file of this claim folder (its id and resolved path)."""
    identity = f"{_folder_uid(folder)}\0{Path(folder.path).resolve()}"
    name = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
    return cache_dir() / "deadlines" / f"{name}.sqlite3"


def _folder_uid(folder) -> str:
    row = folder.db.execute("select value from meta where key = 'folder_uid'").fetchone()
    return row[0] if row else ""


def cache_key(folder, follow_up_days: int) -> str:
    """What every cached draft was computed with, besides the folder's rows."""
    own = Path(folder.path) / RULES_FILE
    rules = (own if own.is_file() else shipped_rules_path()).read_bytes()
    migrations = [r[0] for r in folder.db.execute(
        "select name from _sqlite_migrations order by name")]
    text = json.dumps([FORMAT, hashlib.sha256(rules).hexdigest(), follow_up_days, migrations])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- what changed since the cache was written ------------------------------------------
def touched_claims(folder, since_seq: int) -> set[int] | None:
    """Claims whose deadline inputs events after ``since_seq`` changed; ``None``: all."""
    claims: set[int] = set()
    platforms: set[int] = set()
    cursor = folder.db.execute(
        "select claim_id, entity, entity_id, data from events where seq > ?", [since_seq])
    for claim_id, entity, entity_id, data in cursor:
        if claim_id is not None:
            claims.add(claim_id)
        rows = json.loads(data).get("rows") if data else None
        if not rows:  # an event without row snapshots (older versions): trust its names
            if entity == "platform" and entity_id is not None:
                platforms.add(entity_id)
            elif claim_id is None and entity not in _UNRELATED:
                return None
            continue
        for row in rows:
            table, key, values = row.get("t"), row.get("k") or [None], row.get("v")
            if table == "claims":
                claims.add(key[0])
            elif table in SHARED_TABLES:
                platforms.add(key[0])
            elif table in CLAIM_TABLES:
                if values and values.get("claim_id") is not None:
                    claims.add(values["claim_id"])
                elif claim_id is None:  # a deleted row of an unknown claim
                    return None
    if platforms:
        marks = ",".join("?" * len(platforms))
        claims.update(r[0] for r in folder.db.execute(
            f"select id from claims where platform_id in ({marks})", list(platforms)))
    return claims


def _has_event(folder, seq: int, digest: str) -> bool:
    if seq == 0:
        return True
    row = folder.db.execute("select hash from events where seq = ?", [seq]).fetchone()
    return row is not None and row[0] == digest


# -- the cache file --------------------------------------------------------------------
_SCHEMA = f"""
create table if not exists meta (key text primary key, value text not null);
create table if not exists claims (id integer primary key, now_from text, now_until text);
create table if not exists deadlines (
    claim_id integer not null, {", ".join(c for c in _COLUMNS if c != "claim_id")});
create index if not exists deadlines_by_claim on deadlines (claim_id);
"""


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=1.0, isolation_level=None)
    try:
        con.execute("pragma journal_mode = wal")  # the app's job and the CLI read at once
        con.execute("pragma synchronous = normal")  # a lost update is only recomputed
        version = con.execute("pragma user_version").fetchone()[0]
        if version != FORMAT:
            con.executescript("drop table if exists meta; drop table if exists claims; "
                              "drop table if exists deadlines;")
            con.executescript(_SCHEMA)
            con.execute(f"pragma user_version = {FORMAT}")
    except BaseException:
        con.close()
        raise
    return con


def _open(path: Path) -> sqlite3.Connection:
    """The cache connection; a file that is not a database is replaced once."""
    try:
        return _connect(path)
    except sqlite3.DatabaseError as exc:
        if not path.exists() or isinstance(exc, sqlite3.OperationalError):
            raise  # locked, unwritable: leave it to whoever holds it
        log.warning("deadline cache %s is damaged (%s): rebuilding it", path, exc)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return _connect(path)


def _iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.isoformat()


def _range_text(dt: datetime | None) -> str | None:
    # One fixed form so that SQLite compares them as text in time order.
    return None if dt is None else dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def _row(draft: Draft, now: datetime) -> tuple:
    """A draft as stored: with its state when ``now`` cannot change it (done, ended,
    waiting for a written complaint), else NULL and worked out in SQL at read time."""
    values = list(draft.values)
    for at in _TIMES:
        values[at] = _iso(values[at])
    values[_KIND_AT] = str(values[_KIND_AT])
    written = draft.written_in
    fixed = None
    if written is not None or not draft.is_open:
        fixed = str(finish(draft, now).state)
    return (fixed, int(draft.soft), _iso(draft.ended_at),
            written.amount if written else None, written.unit if written else None, *values)


def _draft(row: tuple, iso=datetime.fromisoformat,
           kinds=DeadlineKind._value2member_map_) -> Draft:
    _fixed, soft, ended, amount, unit, *values = row
    for at in _TIMES:
        if values[at] is not None:
            values[at] = iso(values[at])
    values[_KIND_AT] = kinds[values[_KIND_AT]]
    return Draft(tuple(values), bool(soft), ended and iso(ended),
                 Duration(amount, unit) if unit else None)


# The state of an undone deadline of a claim still going, as deadlines.state_of works it
# out (due_at is UTC ISO text: it compares as text in time order), then the sort order of
# deadlines.urgency_key.
_STATE_SQL = """case when d.fixed_state is not null then d.fixed_state
    when d.due_at < ? then (case when d.soft then 'late' else 'overdue' end)
    when d.due_at < ? then 'due_soon' else 'upcoming' end"""
_URGENCY_SQL = "case state " + " ".join(
    f"when '{state}' then {rank}" for state, rank in _URGENCY.items()) + " end"
_DEADLINE_COLUMNS = ", ".join("due as due_at" if f == "due_at" else f for f in FIELDS)


def _deadline(row, iso=datetime.fromisoformat, kinds=DeadlineKind._value2member_map_,
              states=DeadlineState._value2member_map_) -> Deadline:
    values = list(row)
    values[_D_KIND] = kinds[values[_D_KIND]]
    values[_D_DUE] = iso(values[_D_DUE])
    values[_D_STATE] = states[values[_D_STATE]]
    for at in _D_OPTIONAL_TIMES:
        if values[at] is not None:
            values[at] = iso(values[at])
    return make_deadline(values)


_D_KIND, _D_DUE, _D_STATE = (FIELDS.index(n) for n in ("kind", "due_at", "state"))
_D_OPTIONAL_TIMES = tuple(FIELDS.index(n) for n in ("started_at", "done_at"))
_D_CLAIM = FIELDS.index("claim_id")


class _Cache:
    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def meta(self) -> dict[str, str]:
        return dict(self.con.execute("select key, value from meta"))

    def claim_ids(self) -> set[int]:
        return {r[0] for r in self.con.execute("select id from claims")}

    def out_of_range(self, now: datetime) -> set[int]:
        at = _range_text(now)
        return {r[0] for r in self.con.execute(
            "select id from claims where now_from > ? or now_until <= ?", [at, at])}

    def ordered(self, now: datetime, soon: timedelta, open_only: bool, skip: set[int]
                ) -> list[Deadline]:
        """The stored deadlines finished at ``now``, most urgent first: SQLite works out
        their states and sorts them (the order of deadlines.urgency_key)."""
        # A clock waiting for a written complaint is due ``now`` + its duration: the same
        # for every clock of one (duration, zone), worked out once each.
        written = [(amount, unit, zone, add(now, Duration(amount, unit), zone).isoformat())
                   for amount, unit, zone in self.con.execute(
                       "select distinct written_amount, written_unit, zone from deadlines "
                       "where written_unit is not null")]
        table = (" union all ".join(["select ?, ?, ?, ?"] * len(written)) if written
                 else "select null, null, null, null where 0")
        where = " where d.fixed_state is null or d.written_unit is not null" if open_only \
            else ""
        rows = self.con.execute(
            f"with written (amount, unit, zone, due) as ({table}) "
            f"select {_DEADLINE_COLUMNS} from (select d.*, coalesce(d.due_at, w.due) as due, "
            f"{_STATE_SQL} as state from deadlines d left join written w "
            "on d.written_amount = w.amount and d.written_unit = w.unit and d.zone = w.zone"
            f"{where}) order by {_URGENCY_SQL}, due, key",
            [v for row in written for v in row]
            + [now.astimezone(UTC).isoformat(), (now + soon).astimezone(UTC).isoformat()])
        return [_deadline(r) for r in rows if r[_D_CLAIM] not in skip]

    def write(self, generation: str | None, meta: dict[str, str], stale: Iterable[int], now,
              everything: bool, computed: dict[int, tuple[ClaimFacts, list[Draft]]]) -> None:
        """Store the recomputed claims unless someone else wrote since we read."""
        con = self.con
        con.execute("begin immediate")
        try:
            if self.meta().get("generation") != generation:
                con.execute("rollback")  # theirs is as good; ours is recomputed next time
                return
            if everything:
                con.execute("delete from deadlines")
                con.execute("delete from claims")
            else:
                ids = [(cid,) for cid in stale]
                con.executemany("delete from deadlines where claim_id = ?", ids)
                con.executemany("delete from claims where id = ?", ids)
            con.executemany(
                "insert into claims (id, now_from, now_until) values (?, ?, ?)",
                [(cid, _range_text(facts.now_from), _range_text(facts.now_until))
                 for cid, (facts, _) in computed.items()])
            con.executemany(
                f"insert into deadlines ({', '.join(_COLUMNS)}) "
                f"values ({', '.join('?' * len(_COLUMNS))})",
                [_row(d, now) for _, found in computed.values() for d in found])
            meta = {**meta, "generation": str(int(generation or 0) + 1)}
            con.executemany("insert or replace into meta (key, value) values (?, ?)",
                            meta.items())
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise


def cached_deadlines(folder, now: datetime, soon: timedelta, follow_up_days: int,
                     open_only: bool) -> list[Deadline] | None:
    """Every claim's deadlines (only open ones if ``open_only``) at ``now``, most urgent
    first, through the cache; ``None`` when the cache cannot be read (the caller then
    computes as without it)."""
    head = events.head(folder.db)  # first: the rows read later are at least as new
    try:
        key = cache_key(folder, follow_up_days)
        cache = _Cache(_open(cache_path(folder)))
    except (OSError, sqlite3.Error) as exc:
        log.info("deadline cache not used: %s", exc)
        return None
    try:
        return _use(folder, cache, key, head, now, soon, follow_up_days, open_only)
    finally:
        cache.con.close()


def _use(folder, cache: _Cache, key: str, head: tuple[int, str], now: datetime,
         soon: timedelta, follow_up_days: int, open_only: bool) -> list[Deadline] | None:
    folder_ids = {r[0] for r in folder.db.execute("select id from claims")}
    kept: list[Deadline] = []
    try:
        cache.con.execute("begin")  # one snapshot of the cache for all that is read
        meta = cache.meta()
        cached_seq, cached_hash = int(meta.get("head_seq", -1)), meta.get("head_hash", "")
        same = meta.get("key") == key and _has_event(folder, cached_seq, cached_hash)
        stale = touched_claims(folder, cached_seq) if same else None
        if stale is not None:
            cached_ids = cache.claim_ids()
            stale |= (folder_ids - cached_ids) | cache.out_of_range(now)
            stale |= cached_ids - folder_ids  # deleted claims: dropped from the cache
            if not folder_ids <= stale:
                kept = cache.ordered(now, soon, open_only, stale)
        cache.con.execute("commit")
    except sqlite3.Error as exc:
        log.warning("deadline cache unreadable (%s): computing without it", exc)
        return None
    everything = stale is None
    computed = _compute(folder, folder_ids if everything else stale & folder_ids, now,
                        follow_up_days, per_claim=not everything)
    try:
        cache.write(meta.get("generation"), {"key": key, "head_seq": str(head[0]),
                                             "head_hash": head[1],
                                             "folder": str(folder.path)},
                    stale or (), now, everything, computed)
    except sqlite3.Error as exc:
        log.info("deadline cache not updated: %s", exc)
    fresh = (finish(d, now, soon) for _, found in computed.values() for d in found)
    return _merge(kept, [d for d in fresh if not open_only or d.state.is_open])


def _merge(ordered: list[Deadline], others: list[Deadline]) -> list[Deadline]:
    """``others`` placed into the urgency-ordered list (usually a handful of them)."""
    if len(others) > 64:
        return sorted(ordered + others, key=urgency_key)  # runs of sorted data: near linear
    for d in others:
        bisect.insort(ordered, d, key=urgency_key)
    return ordered


def _compute(folder, ids: set[int], now: datetime, follow_up_days: int, per_claim: bool
             ) -> dict[int, tuple[ClaimFacts, list[Draft]]]:
    if not ids:
        return {}
    rules = rules_for_folder(folder)
    if per_claim and len(ids) < _PER_CLAIM_READ:
        every = [ClaimFacts.read(folder, folder.claims.get(cid)) for cid in sorted(ids)]
    else:
        every = ClaimFacts.read_all(folder, [c for c in folder.claims.list() if c.id in ids])
    return {facts.claim.id: (facts, drafts(facts, now, rules, follow_up_days))
            for facts in every}
