"""Platforms, claims, status history and eligibility checklists."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import NamedTuple

from .errors import BadInput, NotFound
from .folder import ClaimFolder, no_claim, store
from .model import (
    DEFAULT_WINDOW_HOURS,
    EDITABLE_CLAIM_FIELDS,
    Category,
    ChecklistItem,
    CheckState,
    Claim,
    Platform,
    PlatformKind,
    Recurrence,
    Remedy,
    Status,
    StatusChange,
)
from .parsing import parse_bool, parse_enum  # noqa: F401 - where callers import them from
from .rows import from_row, from_values, to_db, to_row
from .timeutil import from_iso, get_zone, local_zone_name, now_utc, parse_user_time, to_iso
from .vocabulary import CHECKLIST

# Eligibility items: key -> English label, stored with each seeded item (the words are
# declared in vocabulary.CHECKLIST; readers see them in their language by key).
CHECKLIST_ITEMS = {key: term.text("en") for key, term in CHECKLIST.terms.items()}
_ALL = list(CHECKLIST_ITEMS)
CHECKLIST_BY_KIND = {
    PlatformKind.CASINO: _ALL,
    PlatformKind.SPORTSBOOK: _ALL,
    PlatformKind.OTHER: _ALL,
    # Cashback and loyalty credits rarely carry wagering or KYC conditions of their own.
    PlatformKind.CASHBACK: ["account_verified", "minimum_deposit", "opted_in",
                            "promotion_period", "terms_read"],
    PlatformKind.LOYALTY: ["account_verified", "opted_in", "promotion_period", "terms_read"],
}


def parse_id_list(text: str) -> list[int]:
    """"3,7,12" -> [3, 7, 12]; "" -> []."""
    try:
        return [int(x) for x in str(text or "").split(",") if x.strip()]
    except ValueError:
        raise BadInput(f"expected comma-separated ids such as 3,7,12, not {text!r}") from None


# Words a user may type for each recurrence answer (CLI, imports), in both languages.
_RECURRENCE_WORDS = {
    Recurrence.ONCE: ("once", "one time", "une fois", "une seule fois"),
    Recurrence.EVERY_TIME: ("every_time", "every time", "always", "à chaque fois",
                            "a chaque fois", "toujours"),
    Recurrence.SOMETIMES: ("sometimes", "intermittent", "parfois", "par intermittence"),
    Recurrence.UNKNOWN: ("unknown", "", "?", "not sure", "je ne sais pas", "inconnu"),
}


def parse_recurrence(value) -> Recurrence:
    if isinstance(value, Recurrence):
        return value
    text = " ".join(str(value or "").strip().lower().replace("-", " ").split())
    for answer, words in _RECURRENCE_WORDS.items():
        if text in words or text == answer.value.replace("_", " "):
            return answer
    raise BadInput(f"recurrence must be one of {', '.join(r.value for r in Recurrence)}, "
                   f"not {value!r}")


def parse_amount_text(value, what: str) -> str:
    """An amount typed by a user, kept as text; refused when it is not a number."""
    from .localefmt import parse_amount

    text = "" if value is None else str(value).strip()
    if text and parse_amount(text) is None:
        raise BadInput(f"{what} must be a number such as 100 or 49.90, not {value!r}")
    return text


def parse_window(value, what: str = "reporting window") -> int:
    try:
        hours = int(value)
    except (TypeError, ValueError):
        raise BadInput(f"{what} must be a whole number of hours, not {value!r}") from None
    if not 1 <= hours <= 24 * 366:
        raise BadInput(f"{what} must be between 1 hour and a year, not {hours}")
    return hours


class ClaimLine(NamedTuple):
    id: int
    status: Status
    platform_id: int
    title: str


class ClaimSummary(NamedTuple):
    """What the app's claims list shows and sorts by, read without the whole claim (the
    claims list at 30,000 claims reads six columns, not twenty-nine). A full
    :class:`Claim` has the same attributes, so a list may hold either."""

    id: int
    title: str
    platform_id: int
    status: Status
    created_at: datetime | None
    updated_at: datetime | None


@store("claims")
class Claims:
    def __init__(self, folder: ClaimFolder):
        self.folder = folder
        self.db = folder.db

    # -- platforms -----------------------------------------------------------
    def add_platform(self, platform: Platform) -> Platform:
        name = platform.name.strip()
        if not name:
            raise BadInput("platform name is empty")
        platform = dataclasses.replace(platform, name=name,
                                       window_hours=parse_window(platform.window_hours))
        if platform.zone:
            get_zone(platform.zone)
        if self.find_platform(name) is not None:
            raise BadInput(f"platform {name!r} already exists")
        with self.folder.transaction():
            row = to_row(platform)
            row["created_at"] = to_iso(now_utc())
            pid = self.db["platforms"].insert(row).last_pk
            self.folder.log("create", "platform", pid, None, {"name": name})
        return dataclasses.replace(platform, id=pid)

    def find_platform(self, name: str) -> Platform | None:
        # casefold in Python: SQLite's lower() leaves "É" alone
        wanted = name.strip().casefold()
        return next((p for p in self.platforms() if p.name.casefold() == wanted), None)

    def platform(self, platform_id: int) -> Platform:
        rows = list(self.db.query("select * from platforms where id = ?", [platform_id]))
        if not rows:
            raise NotFound(f"no platform with id {platform_id}")
        return from_row(Platform, rows[0])

    def platforms(self) -> list[Platform]:
        return [from_row(Platform, r) for r in self.db.query(
            "select * from platforms order by lower(name)")]

    def update_platform(self, platform_id: int, **changes) -> Platform:
        current = self.platform(platform_id)
        if "window_hours" in changes:
            changes["window_hours"] = parse_window(changes["window_hours"])
        if changes.get("zone"):
            get_zone(changes["zone"])
        updated = dataclasses.replace(current, **changes)
        with self.folder.transaction():
            self.db["platforms"].update(platform_id, {k: to_db(v) for k, v in changes.items()})
            self.folder.log("change", "platform", platform_id, None,
                            {k: to_db(v) for k, v in changes.items()})
        return updated

    # -- claims --------------------------------------------------------------
    def create(self, claim: Claim) -> Claim:
        if not claim.title.strip():
            raise BadInput("claim title is empty")
        platform = self.platform(claim.platform_id)
        get_zone(claim.incident_zone)
        if claim.incident_at.tzinfo is None:
            raise BadInput("incident time needs a time zone")
        now = now_utc()
        claim = dataclasses.replace(claim, title=claim.title.strip(), status=Status.DRAFT,
                                    created_at=now, updated_at=now)
        with self.folder.transaction():
            cid = self.db["claims"].insert(to_row(claim)).last_pk
            self.db["status_changes"].insert({
                "claim_id": cid, "status": Status.DRAFT.value, "at": to_iso(now),
                "zone": claim.incident_zone, "note": "", "contact_id": None})
            for pos, key in enumerate(CHECKLIST_BY_KIND[platform.kind]):
                self.db["checklist"].insert({
                    "claim_id": cid, "key": key, "label": CHECKLIST_ITEMS[key],
                    "state": CheckState.UNKNOWN.value, "note": "", "evidence_ids": "[]",
                    "position": pos})
            self.folder.log("create", "claim", cid, cid,
                            {"title": claim.title, "platform": platform.name,
                             "incident_at": to_iso(claim.incident_at)})
        return self.get(cid)  # as stored: times normalised to UTC

    def get(self, claim_id: int) -> Claim:
        rows = list(self.db.query("select * from claims where id = ?", [claim_id]))
        if not rows:
            raise no_claim(claim_id)
        return from_row(Claim, rows[0])

    def list(self, status: Status | None = None) -> list[Claim]:
        if status is None:
            cursor = self.db.execute("select * from claims order by id")
        else:
            cursor = self.db.execute("select * from claims where status = ? order by id",
                                     [status.value])
        return from_values(Claim, [d[0] for d in cursor.description], cursor.fetchall())

    def lines(self, status: Status | None = None) -> list[ClaimLine]:
        """What a list of claims shows (id, status, platform, title), in id order, read
        without making whole claims: ``claim list`` at 10,000 claims."""
        sql = "select id, status, platform_id, title from claims"
        rows = (self.db.execute(sql + " order by id") if status is None else
                self.db.execute(sql + " where status = ? order by id", [status.value]))
        return [ClaimLine(cid, Status(value), pid, title) for cid, value, pid, title in rows]

    def summaries(self) -> list[ClaimSummary]:
        """Every claim as the claims list needs it, in id order."""
        statuses, iso = Status._value2member_map_, from_iso
        rows = self.db.execute("select id, title, platform_id, status, created_at, "
                               "updated_at from claims order by id")
        return [ClaimSummary(cid, title, pid, statuses[status], iso(created), iso(updated))
                for cid, title, pid, status, created, updated in rows]

    def platform_ids(self) -> dict[int, int]:
        """Claim id -> platform id, every claim, without reading whole rows."""
        return dict(self.db.execute("select id, platform_id from claims order by id").fetchall())

    def coerce_field(self, field: str, value, zone: str | None = None):
        """Turn text typed by a user into the stored value of ``field``."""
        if field not in EDITABLE_CLAIM_FIELDS:
            raise BadInput(f"unknown or read-only claim field {field!r}; editable fields: "
                           + ", ".join(EDITABLE_CLAIM_FIELDS))
        if field == "category":
            return parse_enum(Category, value, "category")
        if field == "recurrence":
            return parse_recurrence(value)
        if field == "connection_stable":
            return parse_bool(value, field)
        if field == "remedy":
            return parse_enum(Remedy, value or Remedy.AUTO.value, "remedy")
        if field == "remedy_amount":
            return parse_amount_text(value, "remedy amount")
        if field == "window_hours":
            return None if value in (None, "") else parse_window(value)
        if field in ("incident_at", "info_due_at"):
            if value in (None, "") and field == "info_due_at":
                return None
            return parse_user_time(str(value), zone or local_zone_name())
        if field == "incident_zone":
            get_zone(str(value))
            return str(value)
        if field == "title" and not str(value).strip():
            raise BadInput("claim title is empty")
        return "" if value is None else str(value)

    def update(self, claim_id: int, **changes) -> Claim:
        """Change fields (already-typed values or user text); logs old and new values."""
        current = self.get(claim_id)
        zone = changes.get("incident_zone") or current.incident_zone
        typed = {k: self.coerce_field(k, v, zone) for k, v in changes.items()}
        diff = {k: v for k, v in typed.items() if getattr(current, k) != v}
        if not diff:
            return current
        now = now_utc()
        with self.folder.transaction():
            row = {k: to_db(v) for k, v in diff.items()}
            row["updated_at"] = to_iso(now)
            self.db["claims"].update(claim_id, row)
            self.folder.log("change", "claim", claim_id, claim_id, {
                k: {"old": to_db(getattr(current, k)), "new": to_db(v)} for k, v in diff.items()})
        return dataclasses.replace(current, updated_at=now, **diff)

    def set_status(self, claim_id: int, status: Status | str, note: str = "",
                   contact_id: int | None = None, at=None, zone: str | None = None,
                   written: bool | None = None, info_items: list[str] | None = None
                   ) -> StatusChange:
        """Record a status change; ``written`` says whether a report was made in writing
        (mediators only count a written complaint); ``info_items`` what support asked for
        (``core/status_flow.py`` links contacts and proposes statuses)."""
        if not isinstance(status, Status):
            status = parse_enum(Status, status, "status")
        claim = self.get(claim_id)
        at = at or now_utc()
        zone = zone or local_zone_name()
        items = list(info_items or [])
        with self.folder.transaction():
            sid = self.db["status_changes"].insert({
                "claim_id": claim_id, "status": status.value, "at": to_iso(at), "zone": zone,
                "note": note, "contact_id": contact_id,
                "written": None if written is None else int(written),
                "info_items": to_db(items)}).last_pk
            self.db["claims"].update(claim_id, {"status": status.value,
                                                "updated_at": to_iso(now_utc())})
            data = {"old": claim.status.value, "new": status.value, "at": to_iso(at),
                    "note": note, "contact_id": contact_id, "written": written}
            if items:
                data["info_items"] = items
            self.folder.log("status", "claim", claim_id, claim_id, data)
        return StatusChange(status, at, zone, note, contact_id, sid, written, info_items=items)

    def history(self, claim_id: int, include_withdrawn: bool = False) -> list[StatusChange]:
        """Status changes in time order; those withdrawn with their contact only when
        asked (History)."""
        where = "" if include_withdrawn else " and withdrawn_at is null"
        return [from_row(StatusChange, r) for r in self.db.query(
            f"select * from status_changes where claim_id = ?{where} order by at, id",
            [claim_id])]

    # -- checklist -----------------------------------------------------------
    def checklist(self, claim_id: int) -> list[ChecklistItem]:
        self.get(claim_id)
        return [from_row(ChecklistItem, r) for r in self.db.query(
            "select * from checklist where claim_id = ? order by position, id", [claim_id])]

    def find_checklist_item(self, claim_id: int, item: str | int) -> ChecklistItem:
        """An item by key ("terms_read"), by its 1-based number in the list, or by label."""
        items = self.checklist(claim_id)
        text = str(item).strip()
        for it in items:
            if it.key == text or it.label.lower() == text.lower():
                return it
        if text.isdigit() and 1 <= int(text) <= len(items):
            return items[int(text) - 1]
        keys = ", ".join(it.key or str(n) for n, it in enumerate(items, 1))
        raise NotFound(f"claim {claim_id} has no checklist item {item!r}; items: {keys}")

    def set_checklist(self, claim_id: int, item: str | int, state: CheckState | str | None = None,
                      note: str | None = None, evidence_ids: list[int] | None = None
                      ) -> ChecklistItem:
        it = self.find_checklist_item(claim_id, item)
        changes: dict = {}
        if state is not None:
            changes["state"] = (state if isinstance(state, CheckState)
                                else parse_enum(CheckState, state, "checklist state"))
        if note is not None:
            changes["note"] = note
        if evidence_ids is not None:
            for eid in evidence_ids:
                self.folder.evidence.get(eid, claim_id=claim_id)
            changes["evidence_ids"] = sorted(set(evidence_ids))
        with self.folder.transaction():
            self.db["checklist"].update(it.id, {k: to_db(v) for k, v in changes.items()})
            self.folder.log("change", "checklist", it.id, claim_id,
                            {"key": it.key, "label": it.label,
                             **{k: to_db(v) for k, v in changes.items()}})
        return dataclasses.replace(it, **changes)

    def add_checklist_item(self, claim_id: int, label: str) -> ChecklistItem:
        if not label.strip():
            raise BadInput("checklist item label is empty")
        items = self.checklist(claim_id)
        item = ChecklistItem(claim_id, label.strip(), position=len(items))
        with self.folder.transaction():
            iid = self.db["checklist"].insert(to_row(item)).last_pk
            self.folder.log("create", "checklist", iid, claim_id, {"label": item.label})
        return dataclasses.replace(item, id=iid)


def effective_window(claim: Claim, platform: Platform) -> int:
    return claim.window_hours or platform.window_hours or DEFAULT_WINDOW_HOURS
