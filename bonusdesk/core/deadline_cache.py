"""A derived cache of every claim's deadlines, outside the claim folder.

Listing the deadlines of 10,000 claims means reading ~100,000 rows and working out
~33,000 deadlines: over a second each time, and the app does it on every change. Each
claim's deadlines are kept (deadline_store.py) as drafts (deadlines.Draft: all but the
state, which ``now`` decides at read time) until that claim, or what it depends on,
changes. This module decides which claims still hold; docs/adr/0003 says why.

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

The CLI's text listing (``cached_lines``) reads its lines straight from the stored rows,
without a Deadline per row, and the notes of platforms without escalation clocks kept
beside them. A listing that recomputed nothing at the same event head writes nothing.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import platformdirs

from . import events
from .claimfacts import CLAIM_TABLES, SHARED_TABLES, ClaimFacts
from .deadline_store import FORMAT as STORE_FORMAT
from .deadline_store import Store, connect
from .deadline_types import Deadline, Draft, finish, urgency_key
from .rules import RULES_FILE, RuleBook, rules_for_folder, shipped_rules_path

log = logging.getLogger(__name__)

# Bump when deadlines.py, clocks.py or claimfacts.py change what they compute, or
# recipients.platform_match what it says (the stored notes: regulator_notes).
FORMAT = 1
APP_NAME = "BonusDesk"  # as applog.APP_NAME (not imported: it loads logging.handlers)
# Entities whose events never change a deadline input when they name no claim; any
# other event that names neither a claim nor the rows it changed rebuilds everything.
_UNRELATED = frozenset({"profile", "evidence", "ocr_text", "export", "checklist"})
_PER_CLAIM_READ = 200  # fewer stale claims than this: read their facts claim by claim
_NOTES = "regulator_notes"  # meta key: regulator_notes as JSON


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
    text = json.dumps([FORMAT, STORE_FORMAT, hashlib.sha256(rules).hexdigest(),
                       follow_up_days, migrations])
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


def _open(path: Path) -> Store:
    """The cache file; one that is not a database (damaged) is replaced once."""
    try:
        return Store(connect(path))
    except sqlite3.DatabaseError as exc:
        if not path.exists() or isinstance(exc, sqlite3.OperationalError):
            raise  # locked, unwritable: leave it to whoever holds it
        log.warning("deadline cache %s is damaged (%s): rebuilding it", path, exc)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return Store(connect(path))


def cached_deadlines(folder, now: datetime, soon: timedelta, follow_up_days: int,
                     open_only: bool, drafts: Callable) -> list[Deadline] | None:
    """Every claim's deadlines (only open ones if ``open_only``) at ``now``, most urgent
    first, through the cache; ``None`` when the cache cannot be read (the caller then
    computes as without it). ``drafts(facts, now, rules, follow_up_days)`` computes one
    claim's (deadlines.drafts: passed in, so that this module does not import the one
    that imports it)."""
    return _through_cache(folder, now, soon, follow_up_days, open_only, drafts, True)


def refresh(folder, now: datetime, soon: timedelta, follow_up_days: int,
            drafts: Callable) -> bool:
    """Recompute and store only the claims that changed, as ``cached_deadlines`` does
    before it lists: True when the cache then holds every claim at ``now``."""
    return bool(_through_cache(folder, now, soon, follow_up_days, False, drafts, False))


def _through_cache(folder, now: datetime, soon: timedelta, follow_up_days: int,
                   open_only: bool, drafts: Callable, listing: bool
                   ) -> list[Deadline] | bool | None:
    head = events.head(folder.db)  # first: the rows read later are at least as new
    try:
        key = cache_key(folder, follow_up_days)
        cache = _open(cache_path(folder))
    except (OSError, sqlite3.Error) as exc:
        log.info("deadline cache not used: %s", exc)
        return None if listing else False
    try:
        return _use(folder, cache, key, head, now, soon, follow_up_days, open_only, drafts,
                    listing)
    finally:
        cache.close()


def cached_lines(folder, now: datetime, soon: timedelta, follow_up_days: int,
                 open_only: bool, line: Callable, drafts: Callable | None = None
                 ) -> tuple[list, list[tuple[int, str]]] | None:
    """What ``cached_deadlines`` would list, as ``line(state, due_at, claim_id, label,
    claim_title)`` makes each deadline (deadline_store.Store.lines), and (claim id, note)
    for each claim whose platform has no escalation clocks, by claim id (the notes of
    regulator_notes, stored with the deadlines), all read from the cache: no
    Deadline per row, neither the rules nor the claims' facts. Claims that changed are
    first recomputed and stored if ``drafts`` is given (``refresh``).
    ``None`` when the cache does not hold every claim at ``now`` after that (unreadable,
    unwritable, another process wrote meanwhile): the caller then lists without it."""
    found = _read_lines(folder, now, soon, follow_up_days, open_only, line)
    if found is None and drafts is not None and refresh(folder, now, soon, follow_up_days,
                                                         drafts):
        found = _read_lines(folder, now, soon, follow_up_days, open_only, line)
    return found


def _read_lines(folder, now: datetime, soon: timedelta, follow_up_days: int,
                open_only: bool, line: Callable) -> tuple[list, list[tuple[int, str]]] | None:
    """cached_lines when every claim holds as stored; writes nothing."""
    try:
        key = cache_key(folder, follow_up_days)
        cache = _open(cache_path(folder))
    except (OSError, sqlite3.Error) as exc:
        log.info("deadline cache not used: %s", exc)
        return None
    try:
        cache.con.execute("begin")  # one snapshot of the cache for all that is read
        meta = cache.meta()
        platform_of = folder.claims.platform_ids()  # claim id -> platform id, by claim id
        if _NOTES not in meta or _stale(folder, cache, meta, key, now,
                                         set(platform_of)) != set():
            return None  # None: nothing holds; a set: the claims to recompute first
        notes = {int(pid): text for pid, text in json.loads(meta[_NOTES]).items()}
        return (cache.lines(now, soon, open_only, set(), line),
                [(cid, notes[pid]) for cid, pid in platform_of.items() if pid in notes])
    except sqlite3.Error as exc:
        log.info("deadline cache not read: %s", exc)  # cached_deadlines deals with it
        return None
    finally:
        cache.close()  # only read: closing ends the transaction


def _claim_ids(folder) -> set[int]:
    return {r[0] for r in folder.db.execute("select id from claims")}


def _stale(folder, cache: Store, meta: dict[str, str], key: str, now: datetime,
           folder_ids: set[int]) -> set[int] | None:
    """The claims whose stored deadlines do not hold at ``now`` (``None``: the whole
    cache); ``folder_ids`` are the folder's claims. Call inside a transaction of ``cache``."""
    cached_seq, cached_hash = int(meta.get("head_seq", -1)), meta.get("head_hash", "")
    same = meta.get("key") == key and _has_event(folder, cached_seq, cached_hash)
    stale = touched_claims(folder, cached_seq) if same else None
    if stale is not None:
        cached_ids = cache.claim_ids()
        stale |= (folder_ids - cached_ids) | cache.out_of_range(now)
        stale |= cached_ids - folder_ids  # deleted claims: dropped from the cache
    return stale


def _use(folder, cache: Store, key: str, head: tuple[int, str], now: datetime,
         soon: timedelta, follow_up_days: int, open_only: bool, drafts: Callable,
         listing: bool) -> list[Deadline] | bool | None:
    folder_ids = _claim_ids(folder)
    kept: list[Deadline] = []
    try:
        cache.con.execute("begin")  # one snapshot of the cache for all that is read
        meta = cache.meta()
        stale = _stale(folder, cache, meta, key, now, folder_ids)
        if listing and stale is not None and not folder_ids <= stale:
            kept = cache.deadlines(now, soon, open_only, stale)
        cache.con.execute("commit")
    except sqlite3.Error as exc:
        log.warning("deadline cache unreadable (%s): rebuilding it", exc)
        try:
            cache.reset()
        except sqlite3.Error:
            return None if listing else False
        meta, stale, kept = {}, None, []
    everything = stale is None
    computed = _compute(folder, folder_ids if everything else stale & folder_ids, now,
                        follow_up_days, drafts, per_claim=not everything)
    written = {"key": key, "head_seq": str(head[0]), "head_hash": head[1],
               "folder": str(folder.path)}
    if everything or stale:
        # A platform's note changes only with the rules (the key) or the platform, whose
        # claims are then stale; a platform without claims has no line to note.
        written[_NOTES] = json.dumps(_notes(folder), sort_keys=True)
    stored = True
    if everything or stale or written.items() - meta.items():
        # Nothing recomputed at the same head: nothing to write (the app lists at every
        # start and change; a write is a transaction and a checkpoint when it closes).
        try:
            stored = cache.write(meta.get("generation"), written, stale or (), everything,
                                 computed, now)
        except sqlite3.Error as exc:
            log.info("deadline cache not updated: %s", exc)
            stored = False
    if not listing:
        return stored
    return _merge(kept, [finish(d, now, soon) for _, found in computed.values()
                         for d in found if not open_only or d.is_open])


def _merge(ordered: list[Deadline], others: list[Deadline]) -> list[Deadline]:
    """``others`` placed into the urgency-ordered list (usually a handful of them)."""
    if len(others) > 64:
        return sorted(ordered + others, key=urgency_key)  # runs of sorted data: near linear
    for d in others:
        bisect.insort(ordered, d, key=urgency_key)
    return ordered


def _notes(folder) -> dict[int, str]:
    return regulator_notes(rules_for_folder(folder), folder.claims.platforms())


def regulator_notes(book: RuleBook, platforms) -> dict[int, str]:
    """Platform id -> why its claims have no escalation clocks (the regulator it names is
    unknown to the rules, or it names none), for each platform in that case."""
    from .recipients import MATCHED, platform_match  # recipients imports babel

    matches = {p.id: platform_match(book, p) for p in platforms}  # a few dozen
    return {pid: m.message for pid, m in matches.items() if m.state != MATCHED}


def _compute(folder, ids: set[int], now: datetime, follow_up_days: int, drafts: Callable,
             per_claim: bool) -> dict[int, tuple[ClaimFacts, list[Draft]]]:
    if not ids:
        return {}
    rules = rules_for_folder(folder)
    if per_claim and len(ids) < _PER_CLAIM_READ:
        every = [ClaimFacts.read(folder, folder.claims.get(cid)) for cid in sorted(ids)]
    else:
        every = ClaimFacts.read_all(folder, [c for c in folder.claims.list() if c.id in ids])
    return {facts.claim.id: (facts, drafts(facts, now, rules, follow_up_days))
            for facts in every}
