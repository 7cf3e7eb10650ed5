"""The deadline cache's SQLite file: how drafts are stored and read back as deadlines.

deadline_cache.py decides what is still valid; this module only stores and reads. The
layout is made for the read that every listing does (30,000 deadlines at 10,000 claims):

* ``deadlines`` is ordered by (due_at, key) (a WITHOUT ROWID table with that primary key),
  so SQLite returns the rows in due order without sorting, and Python only splits them by
  urgency (the order of deadlines.urgency_key: urgency, due time, key);
* what many deadlines share (kind, label, zone, party, rule, ...) is a ``shape`` stored
  once; a row holds only its own values (key, claim, times, contact, promised action)
  and its state when ``now`` cannot change it any more (done, claim ended, waiting for a
  written complaint). The other states are worked out at read time from ``now``;
* one scan (``Store._listing``) reads them back, either as Deadline objects or, for the
  CLI's text, as the lines themselves (``Store.lines``): no object per row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .claimfacts import ClaimFacts
from .deadline_types import (
    DRAFT_FIELDS,
    FIELDS,
    URGENCY,
    Deadline,
    DeadlineKind,
    DeadlineState,
    Draft,
    state_of,
)
from .durations import Duration, add

FORMAT = 3  # of this file's tables and meta; deadline_cache.FORMAT is the deadline logic's
SHAPE_FIELDS = ("kind", "label", "zone", "party", "rule", "label_fr", "window_hours",
                "working_days", "recipient", "role", "basis")
_SHAPE_AT = tuple(DRAFT_FIELDS.index(n) for n in SHAPE_FIELDS)
_AT = {n: DRAFT_FIELDS.index(n) for n in ("key", "claim_id", "due_at", "started_at",
                                           "done_at", "contact_id", "promised_action")}
_TABLES = ("meta", "claims", "shapes", "deadlines")
# What Store._listing reads: what orders and states a deadline first, then the rest.
_LINE_COLUMNS = "due_at, key, claim_id, shape_id, fixed_state"
_ALL_COLUMNS = f"{_LINE_COLUMNS}, started_at, done_at, contact_id, promised_action"
_SCHEMA = f"""
create table meta (key text primary key, value text not null);
create table claims (id integer primary key, title text not null, now_from text,
                     now_until text);
create table shapes (id integer primary key, soft integer not null, written_amount integer,
                     written_unit text, {", ".join(SHAPE_FIELDS)});
create table deadlines (due_at text not null, key text not null, claim_id integer not null,
                        shape_id integer not null, started_at text, done_at text,
                        contact_id integer, promised_action text, fixed_state text,
                        primary key (due_at, key)) without rowid;
create index deadlines_by_claim on deadlines (claim_id);
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open (or make) the cache file; tables of another format are dropped and remade."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=1.0, isolation_level=None)
    try:
        con.execute("pragma journal_mode = wal")  # the app's job and the CLI read at once
        con.execute("pragma synchronous = normal")  # a lost update is only recomputed
        if con.execute("pragma user_version").fetchone()[0] != FORMAT:
            Store(con).reset()
    except BaseException:
        con.close()
        raise
    return con


def range_text(dt: datetime | None) -> str | None:
    # One fixed form, so that SQLite compares them as text in time order.
    return None if dt is None else dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def _iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.isoformat()


class Store:
    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def close(self) -> None:
        self.con.close()

    def reset(self) -> None:
        """Empty tables of this format, whatever was there."""
        if self.con.in_transaction:
            self.con.execute("rollback")
        drops = "".join(f"drop table if exists {table};" for table in _TABLES)
        self.con.executescript(f"begin immediate; {drops} {_SCHEMA} "
                               f"pragma user_version = {FORMAT}; commit;")

    def meta(self) -> dict[str, str]:
        return dict(self.con.execute("select key, value from meta"))

    def claim_ids(self) -> set[int]:
        return {r[0] for r in self.con.execute("select id from claims")}

    def out_of_range(self, now: datetime) -> set[int]:
        """Claims whose stored result does not hold at ``now``."""
        at = range_text(now)
        return {r[0] for r in self.con.execute(
            "select id from claims where now_from > ? or now_until <= ?", [at, at])}

    # -- reading ---------------------------------------------------------------------
    def deadlines(self, now: datetime, soon: timedelta, open_only: bool, skip: set[int],
                  iso=datetime.fromisoformat) -> list[Deadline]:
        """The stored deadlines of every claim but ``skip``, at ``now``, most urgent first."""
        new, set_dict = object.__new__, object.__setattr__
        bases: dict[int, dict] = {}  # per shape: a Deadline's fields in order, its values set

        def make(state, due_at, title, row, shape) -> Deadline:
            # As deadline_types.make_deadline, cheaper: a copy of the shape's fields and the
            # row's own (30,000 rows); a frozen dataclass's __init__ costs 20 setattr calls.
            base = bases.get(id(shape))
            if base is None:
                base = bases[id(shape)] = dict.fromkeys(FIELDS)
                base.update(zip(SHAPE_FIELDS, shape, strict=False))  # shape: SHAPE_FIELDS, ...
            values = base.copy()
            values["key"], values["claim_id"], values["claim_title"] = row[1], row[2], title
            values["due_at"], values["state"] = due_at, state
            started, done = row[5], row[6]
            values["started_at"] = started and iso(started)
            values["done_at"] = done and iso(done)
            values["contact_id"], values["promised_action"] = row[7], row[8]
            deadline = new(Deadline)
            set_dict(deadline, "__dict__", values)
            return deadline
        return self._listing(now, soon, open_only, skip, make, _ALL_COLUMNS)

    def lines(self, now: datetime, soon: timedelta, open_only: bool, skip: set[int],
              line: Callable) -> list:
        """What ``line(state, due_at, claim_id, label, claim_title)`` makes of each deadline
        ``deadlines`` would list, in the same order, without a Deadline per row and reading
        only the columns the line needs (the CLI's text listing: 30,000 lines at 10k)."""
        def make(state, due_at, title, row, shape):
            return line(state, due_at, row[2], shape[1], title)
        return self._listing(now, soon, open_only, skip, make, _LINE_COLUMNS)

    def _listing(self, now: datetime, soon: timedelta, open_only: bool, skip: set[int],
                 make: Callable, columns: str, iso=datetime.fromisoformat) -> list:
        """``make(state, due_at, claim_title, row, shape)`` of every stored deadline of the
        claims but ``skip``, at ``now``, most urgent first (deadline_types.urgency_key).
        ``row`` holds ``columns`` (due_at, key, claim_id, shape_id, fixed_state first),
        ``shape`` is SHAPE_FIELDS then whether soft and the due time if written now."""
        titles = dict(self.con.execute("select id, title from claims"))
        shapes = self._shapes(now)
        now_text = now.astimezone(UTC).isoformat()  # due_at is UTC ISO text: compared as text
        soon_text = (now + soon).astimezone(UTC).isoformat()
        S = DeadlineState
        overdue, late, due_soon, upcoming = (  # with their urgency
            (S.OVERDUE, URGENCY[S.OVERDUE]), (S.LATE, URGENCY[S.LATE]),
            (S.DUE_SOON, URGENCY[S.DUE_SOON]), (S.UPCOMING, URGENCY[S.UPCOMING]))
        fixed_states = {s.value: (s, URGENCY[s]) for s in S}  # by text: an enum hashes slowly
        buckets: list[list] = [[] for _ in range(max(URGENCY.values()) + 1)]
        # Due now + a duration (written_due): sorted into their urgency by (due_at, key).
        waiting_at, waiting, beside = URGENCY[S.NEEDS_WRITTEN], [], []
        where = " where fixed_state is null or fixed_state = 'needs_written'" \
            if open_only else ""
        rows = self.con.execute(
            f"select {columns} from deadlines{where} order by due_at, key")
        appends = [bucket.append for bucket in buckets]
        for row in rows:
            cid = row[2]
            if cid in skip:
                continue
            due, fixed = row[0], row[4]
            shape = shapes[row[3]]
            if fixed is None:  # deadlines.state_of for an undone deadline of a going claim
                state, urgency = ((late if shape[-2] else overdue) if due < now_text
                                  else due_soon if due < soon_text else upcoming)
            else:
                state, urgency = fixed_states[fixed]
            written_due = shape[-1]
            due_at = written_due or iso(due)
            item = make(state, due_at, titles[cid], row, shape)
            if written_due:
                waiting.append((due_at, row[1], item))
            else:
                appends[urgency](item)
                if urgency == waiting_at:
                    beside.append((due_at, row[1], item))
        if waiting:
            buckets[waiting_at] = [item for *_, item in sorted(beside + waiting,
                                                               key=lambda t: t[:2])]
        return [item for bucket in buckets for item in bucket]

    def _shapes(self, now: datetime) -> dict[int, tuple]:
        kinds = DeadlineKind._value2member_map_
        shapes = {}
        for sid, soft, amount, unit, kind, *rest in self.con.execute(
                f"select id, soft, written_amount, written_unit, {', '.join(SHAPE_FIELDS)} "
                "from shapes"):
            # A clock waiting for a written complaint is due when written now: now + its
            # duration in its zone (rest[1]), the same for every deadline of the shape.
            written_due = add(now, Duration(amount, unit), rest[1]) if unit else None
            shapes[sid] = (kinds[kind], *rest, bool(soft), written_due)
        return shapes

    # -- writing ---------------------------------------------------------------------
    def write(self, generation: str | None, meta: dict[str, str], stale: Iterable[int],
              everything: bool, computed: dict[int, tuple[ClaimFacts, list[Draft]]],
              now: datetime) -> bool:
        """Store the recomputed claims, unless another process wrote since ``generation``
        was read (its result is as good; ours is recomputed next time): False then."""
        con = self.con
        con.execute("begin immediate")
        try:
            if self.meta().get("generation") != generation:
                con.execute("rollback")
                return False
            if everything:
                for table in ("deadlines", "claims", "shapes"):
                    con.execute(f"delete from {table}")
            else:
                ids = [(cid,) for cid in stale]
                con.executemany("delete from deadlines where claim_id = ?", ids)
                con.executemany("delete from claims where id = ?", ids)
            con.executemany(
                "insert into claims (id, title, now_from, now_until) values (?, ?, ?, ?)",
                [(cid, facts.claim.title, range_text(facts.now_from),
                  range_text(facts.now_until)) for cid, (facts, _) in computed.items()])
            shape_ids = self._shape_ids()
            con.executemany(
                "insert into deadlines (due_at, key, claim_id, shape_id, started_at, done_at, "
                "contact_id, promised_action, fixed_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                # in key order: appended to the table's b-tree rather than scattered in it
                sorted(self._row(d, now, shape_ids) for _, found in computed.values()
                       for d in found))
            meta = {**meta, "generation": str(int(generation or 0) + 1)}
            con.executemany("insert or replace into meta (key, value) values (?, ?)",
                            meta.items())
            con.execute("commit")
            return True
        except BaseException:
            con.execute("rollback")
            raise

    def _shape_ids(self) -> dict[tuple, int]:
        return {tuple(shape): sid for sid, *shape in self.con.execute(
            f"select id, soft, written_amount, written_unit, {', '.join(SHAPE_FIELDS)} "
            "from shapes")}

    def _row(self, draft: Draft, now: datetime, shape_ids: dict[tuple, int]) -> tuple:
        values, written = draft.values, draft.written_in
        kind, *rest = [values[at] for at in _SHAPE_AT]
        shape = (int(draft.soft), written.amount if written else None,
                 written.unit if written else None, kind.value, *rest)
        sid = shape_ids.get(shape)
        if sid is None:
            sid = shape_ids[shape] = self.con.execute(
                f"insert into shapes (soft, written_amount, written_unit, "
                f"{', '.join(SHAPE_FIELDS)}) values ({', '.join('?' * len(shape))})",
                shape).lastrowid
        # The state when ``now`` no longer changes it (done, ended, waiting for writing).
        if written:
            fixed = DeadlineState.NEEDS_WRITTEN.value
        elif draft.is_open:
            fixed = None
        else:
            fixed = state_of(values[_AT["due_at"]], values[_AT["done_at"]], now,
                             draft.ended_at, soft=draft.soft).value
        return (_iso(values[_AT["due_at"]]) or "", values[_AT["key"]],
                values[_AT["claim_id"]], sid, _iso(values[_AT["started_at"]]),
                _iso(values[_AT["done_at"]]), values[_AT["contact_id"]],
                values[_AT["promised_action"]], fixed)
