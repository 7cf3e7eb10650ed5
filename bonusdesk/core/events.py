"""Append-only, hash-chained event log.

Each event's hash covers its content and the previous event's hash, so editing,
inserting or deleting history breaks the chain. The head (last seq and hash) is also
kept in ``meta``; a gap it reveals is never "healed": the next event links to the
recorded head, so deleted events stay visible as missing.

Two hash forms (both verified):

* v2 (current): ``sha256(["bonusdesk-event/2", seq, body_sha256, prev_hash])`` where
  ``body_sha256`` is the SHA-256 of the event's own fields. A bundle can then show
  another claim's event as just ``seq, body_sha256, prev_hash, hash``: the chain
  stays checkable without revealing that claim.
* v1 (folders made before): ``sha256([seq, at, action, entity, entity_id, claim_id,
  data, prev_hash])``.

Events that change tracked tables carry snapshots of the rows they changed in
``data["rows"]`` (see :mod:`bonusdesk.core.tracked`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .record_types import Event
from .sqlwrite import upsert
from .timeutil import now_utc, to_iso

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from sqlite_utils import Database  # only a type here: a CLI capture never imports it

GENESIS = "0" * 64
V2 = "bonusdesk-event/2"


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_hash(seq: int, at: str, action: str, entity: str, entity_id, claim_id,
               data_json: str, prev_hash: str) -> str:
    """The v1 hash (folders made before v2; still verified)."""
    return _sha(canonical_json([seq, at, action, entity, entity_id, claim_id, data_json,
                                prev_hash]))


def body_hash(seq: int, at: str, action: str, entity: str, entity_id, claim_id,
              data_json: str) -> str:
    return _sha(canonical_json([seq, at, action, entity, entity_id, claim_id, data_json]))


def link_hash(seq: int, body_sha256: str, prev_hash: str) -> str:
    """The v2 hash of an event from its body hash (all a redacted event shows)."""
    return _sha(canonical_json([V2, seq, body_sha256, prev_hash]))


def _body_of(row) -> str:
    return body_hash(row["seq"], row["at"], row["action"], row["entity"], row["entity_id"],
                     row["claim_id"], row["data"])


def hash_form(row) -> str | None:
    """"v2" or "v1" when the row's hash matches its content in that form, else None."""
    if link_hash(row["seq"], _body_of(row), row["prev_hash"]) == row["hash"]:
        return "v2"
    if event_hash(row["seq"], row["at"], row["action"], row["entity"], row["entity_id"],
                  row["claim_id"], row["data"], row["prev_hash"]) == row["hash"]:
        return "v1"
    return None


def _meta_get(db: Database, key: str) -> str | None:
    rows = list(db.query("select value from meta where key = ?", [key]))
    return rows[0]["value"] if rows else None


def _meta_set(db: Database, key: str, value: str) -> None:
    upsert(db, "meta", {"key": key, "value": value}, "key")


def _next_link(db: Database) -> tuple[int, str]:
    """(seq, prev_hash) of the next event: after the recorded head when events past it
    were deleted (the gap stays visible), else after the last event."""
    last = list(db.query("select seq, hash from events order by seq desc limit 1"))
    last_seq, last_hash = (last[0]["seq"], last[0]["hash"]) if last else (0, GENESIS)
    head_seq, head_hash = head(db)
    if head_seq > last_seq:
        return head_seq + 1, head_hash
    return last_seq + 1, last_hash


def append(db: Database, action: str, entity: str, entity_id: int | None = None,
           claim_id: int | None = None, data: dict | None = None,
           rows: list[dict] | None = None) -> Event:
    """Append one event. Call inside the transaction that makes the change.

    ``rows``: snapshots of the rows the change touched (``{"t", "k", "v"}``).
    """
    data = dict(data or {})
    if "rows" in data:
        raise ValueError("'rows' is reserved for row snapshots")
    stored = {**data, "rows": rows} if rows else data
    seq, prev = _next_link(db)
    at = to_iso(now_utc())
    data_json = canonical_json(stored)
    digest = link_hash(seq, body_hash(seq, at, action, entity, entity_id, claim_id, data_json),
                       prev)
    # Plain SQL, not sqlite-utils' insert: the capture path runs without sqlite-utils.
    db.execute("INSERT INTO events (seq, at, action, entity, entity_id, claim_id, data, "
               "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [seq, at, action, entity, entity_id, claim_id, data_json, prev, digest])
    _meta_set(db, "event_head", f"{seq}:{digest}")
    return Event(seq, at, action, entity, entity_id, claim_id, data, prev, digest, rows or [])


@dataclass
class ChainProblem:
    """A break in the event log's hash chain, at event ``seq``."""

    seq: int
    message: str


def head(db: Database) -> tuple[int, str]:
    value = _meta_get(db, "event_head")
    if not value:
        return 0, GENESIS
    seq, digest = value.split(":", 1)
    return int(seq), digest


def verify_chain(db: Database) -> list[ChainProblem]:
    """Every break in the chain, each naming the event where it is seen."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    expected_seq = 1
    last_seq, last_hash = 0, GENESIS
    for row in db.query("select * from events order by seq"):
        seq = row["seq"]
        if seq != expected_seq:
            problems.append(ChainProblem(
                expected_seq, f"event chain broken at event {expected_seq}: events "
                f"{expected_seq}..{seq - 1} are missing"))
        if row["prev_hash"] != prev:
            problems.append(ChainProblem(
                seq, f"event chain broken at event {seq}: it does not follow the previous event"))
        if hash_form(row) is None:
            problems.append(ChainProblem(
                seq, f"event chain broken at event {seq}: its content was altered"))
        prev = row["hash"]
        expected_seq = seq + 1
        last_seq, last_hash = seq, row["hash"]
    head_seq, head_hash = head(db)
    if (head_seq, head_hash) != (last_seq, last_hash):
        if head_seq > last_seq:
            problems.append(ChainProblem(
                last_seq + 1, f"event chain broken at event {last_seq + 1}: events "
                f"{last_seq + 1}..{head_seq} were deleted"))
        else:
            problems.append(ChainProblem(
                head_seq, f"event chain broken at event {head_seq}: the recorded head does "
                "not match the log"))
    return problems


def _event(r) -> Event:
    data = json.loads(r["data"])
    rows = data.pop("rows", []) if isinstance(data, dict) else []
    return Event(r["seq"], r["at"], r["action"], r["entity"], r["entity_id"], r["claim_id"],
                 data, r["prev_hash"], r["hash"], rows)


def list_events(db: Database, claim_id: int | None = None) -> list[Event]:
    if claim_id is None:
        rows = db.query("select * from events order by seq")
    else:
        rows = db.query("select * from events where claim_id = ? order by seq", [claim_id])
    return [_event(r) for r in rows]


def get_event(db: Database, seq: int) -> Event | None:
    rows = list(db.query("select * from events where seq = ?", [seq]))
    return _event(rows[0]) if rows else None


# -- excerpts: one claim's history, checkable without the folder ----------------------
EXCERPT_FIELDS = ("seq", "at", "action", "entity", "entity_id", "claim_id", "data",
                  "prev_hash", "hash")


def excerpt(db: Database, claim_id: int, upto: int) -> Iterator[dict]:
    """Events from the claim's first one to ``upto``, contiguous: this claim's events in
    full, others redacted to their body hash (v2) or marked opaque (v1)."""
    first = list(db.query("select min(seq) as s from events where claim_id = ?", [claim_id]))
    start = first[0]["s"] if first and first[0]["s"] is not None else upto
    for row in db.query("select * from events where seq between ? and ? order by seq",
                        [start, upto]):
        if row["claim_id"] == claim_id:
            yield {k: row[k] for k in EXCERPT_FIELDS}
        elif hash_form(row) == "v2":
            yield {"seq": row["seq"], "body_sha256": _body_of(row),
                   "prev_hash": row["prev_hash"], "hash": row["hash"]}
        else:
            yield {"seq": row["seq"], "opaque": True, "prev_hash": row["prev_hash"],
                   "hash": row["hash"]}


@dataclass
class ExcerptCheck:
    """What checking an excerpt of the event log found: the span, counts, problems."""

    first: int = 0
    last: int = 0
    last_hash: str = ""
    full: int = 0
    redacted: int = 0
    opaque: int = 0  # v1 events of other claims: linked, but their content unprovable
    problems: list[str] | None = None
    hashes: dict[int, str] | None = None  # seq -> hash, for anchors given by a recipient


def check_excerpt(entries: Iterable[dict]) -> ExcerptCheck:
    """Check an excerpt's own chain: contiguous, linked, every hash recomputed."""
    result = ExcerptCheck(problems=[], hashes={})
    prev = None
    for e in entries:
        seq = e.get("seq")
        if not isinstance(seq, int):
            result.problems.append("an event of the excerpt has no number")
            continue
        if prev is None:
            result.first = seq
        else:
            if seq != prev[0] + 1:
                result.problems.append(f"events {prev[0] + 1}..{seq - 1} are missing")
            if e.get("prev_hash") != prev[1]:
                result.problems.append(f"event {seq} does not follow event {prev[0]}")
        if "body_sha256" in e:
            ok = link_hash(seq, e["body_sha256"], e.get("prev_hash")) == e.get("hash")
            result.redacted += 1
        elif e.get("opaque"):
            ok = True
            result.opaque += 1
        else:
            try:
                ok = hash_form(e) is not None
            except (KeyError, TypeError):
                ok = False
            result.full += 1
        if not ok:
            result.problems.append(f"event {seq} was altered: its hash does not match")
        result.hashes[seq] = e.get("hash")
        prev = (seq, e.get("hash"))
        result.last, result.last_hash = seq, e.get("hash")
    return result
