"""Append-only, hash-chained event log.

Each row stores the SHA-256 of the previous row; its own hash covers every
field, so editing, inserting or deleting history breaks the chain. The head
(last seq and hash) is also kept in ``meta`` so deleting the newest rows is
caught too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlite_utils import Database

from .model import Event
from .timeutil import now_utc, to_iso

GENESIS = "0" * 64


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(seq: int, at: str, action: str, entity: str, entity_id, claim_id,
               data_json: str, prev_hash: str) -> str:
    payload = canonical_json([seq, at, action, entity, entity_id, claim_id, data_json, prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _meta_get(db: Database, key: str) -> str | None:
    rows = list(db.query("select value from meta where key = ?", [key]))
    return rows[0]["value"] if rows else None


def _meta_set(db: Database, key: str, value: str) -> None:
    db["meta"].upsert({"key": key, "value": value}, pk="key")


def append(db: Database, action: str, entity: str, entity_id: int | None = None,
           claim_id: int | None = None, data: dict | None = None) -> Event:
    """Append one event. Call inside the transaction that makes the change."""
    last = list(db.query("select seq, hash from events order by seq desc limit 1"))
    seq = last[0]["seq"] + 1 if last else 1
    prev = last[0]["hash"] if last else GENESIS
    at = to_iso(now_utc())
    data_json = canonical_json(data or {})
    digest = event_hash(seq, at, action, entity, entity_id, claim_id, data_json, prev)
    db["events"].insert({
        "seq": seq, "at": at, "action": action, "entity": entity, "entity_id": entity_id,
        "claim_id": claim_id, "data": data_json, "prev_hash": prev, "hash": digest,
    })
    _meta_set(db, "event_head", f"{seq}:{digest}")
    return Event(seq, at, action, entity, entity_id, claim_id, data or {}, prev, digest)


@dataclass
class ChainProblem:
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
        digest = event_hash(seq, row["at"], row["action"], row["entity"], row["entity_id"],
                            row["claim_id"], row["data"], row["prev_hash"])
        if digest != row["hash"]:
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


def list_events(db: Database, claim_id: int | None = None) -> list[Event]:
    if claim_id is None:
        rows = db.query("select * from events order by seq")
    else:
        rows = db.query("select * from events where claim_id = ? order by seq", [claim_id])
    return [
        Event(r["seq"], r["at"], r["action"], r["entity"], r["entity_id"], r["claim_id"],
              json.loads(r["data"]), r["prev_hash"], r["hash"])
        for r in rows
    ]
