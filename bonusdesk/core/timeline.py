"""The claim's chronology, built once for the PDF and the app's History tab.

Rules, so that a reader sees each fact once and in order:

* sorted by instant (UTC), and shown in one zone: the claim's incident zone;
* duplicates merged: a status change recorded with a contact (``contact_id``, or
  the same minute) is part of that contact's line; an e-mail imported as evidence
  and the contact made from it are one line; the initial "draft" status is the
  claim's creation;
* entries dated before the incident or in the future are flagged, so a reader
  knows the player typed that date (e.g. a contact logged days later, backdated).

The builder returns language-neutral entries (kinds, ids, statuses); the PDF and
the UI put them into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from .events import list_events
from .model import Claim, Contact, Evidence, EvidenceKind, Status, StatusChange
from .timeutil import from_iso, now_utc

SAME_MOMENT = timedelta(minutes=1)  # a status typed with the same time as its contact
CLOCK_SLACK = timedelta(minutes=5)  # clocks differ a little: not "in the future" yet


class EntryKind(StrEnum):
    INCIDENT = "incident"
    CREATED = "created"  # the claim was opened in BonusDesk
    EVIDENCE = "evidence"  # captured or imported (see Entry.source)
    CONTACT = "contact"  # an exchange with support, with its merged statuses/e-mail
    STATUS = "status"  # a status change not tied to a contact
    EXPORT = "export"  # a complaint package was made
    RECORD = "record"  # other log events (field edits, checklist): History tab only


class Flag(StrEnum):
    BEFORE_INCIDENT = "before_incident"
    IN_FUTURE = "in_future"


@dataclass
class Entry:
    at: datetime
    kind: EntryKind
    statuses: list[StatusChange] = field(default_factory=list)
    contact: Contact | None = None
    evidence: list[Evidence] = field(default_factory=list)
    event: dict = field(default_factory=dict)  # action, entity, data of a log event
    flags: set[Flag] = field(default_factory=set)

    @property
    def withdrawn(self) -> bool:
        """A contact (or a status) withdrawn as a mistake: History shows it struck out."""
        if self.contact is not None:
            return self.contact.withdrawn
        return bool(self.statuses) and all(s.withdrawn_at for s in self.statuses)

    @property
    def backdated(self) -> bool:
        return bool(self.flags)


@dataclass
class Timeline:
    zone: str  # every time is shown in this zone (said once, in the header)
    entries: list[Entry]


def _merged_email_ids(contact: Contact, by_id: dict[int, Evidence]) -> list[int]:
    """Evidence that *is* this contact: the .eml it was made from and its attachments."""
    emails = [by_id[i] for i in contact.evidence_ids
              if i in by_id and by_id[i].kind == EvidenceKind.EMAIL]
    hashes = {e.sha256 for e in emails}
    return [i for i in contact.evidence_ids if i in by_id and (
        by_id[i].kind == EvidenceKind.EMAIL
        or by_id[i].metadata.get("email_sha256") in hashes)]


def build(claim: Claim, history: list[StatusChange], contacts: list[Contact],
          evidence: list[Evidence], events: list, now: datetime | None = None,
          records: bool = False) -> Timeline:
    """The timeline from already-read rows (``events``: the claim's log events)."""
    now = now or now_utc()
    entries: list[Entry] = [Entry(claim.incident_at, EntryKind.INCIDENT)]
    by_id = {ev.id: ev for ev in evidence}
    used_evidence: set[int] = set()

    created = next((e for e in events if e.action == "create" and e.entity == "claim"), None)
    creation = Entry(from_iso(created.at) if created else claim.created_at or now,
                     EntryKind.CREATED)
    entries.append(creation)

    contact_lines: dict[int, Entry] = {}
    for c in contacts:
        line = Entry(c.at, EntryKind.CONTACT, contact=c)
        for eid in _merged_email_ids(c, by_id):
            line.evidence.append(by_id[eid])
            used_evidence.add(eid)
        contact_lines[c.id] = line
        entries.append(line)

    # The claim's first status row (lowest id) is written by its creation: "draft".
    first = min(history, key=lambda h: h.id or 0, default=None)
    for change in history:
        if change is first and change.status == Status.DRAFT:
            creation.statuses.append(change)  # part of the creation line
            continue
        line = contact_lines.get(change.contact_id) if change.contact_id else None
        if line is None:
            line = next((ln for ln in contact_lines.values()
                         if abs(ln.at - change.at) < SAME_MOMENT), None)
        if line is not None:
            line.statuses.append(change)
        else:
            entries.append(Entry(change.at, EntryKind.STATUS, statuses=[change]))

    for ev in evidence:
        if ev.id not in used_evidence:
            entries.append(Entry(ev.captured_at, EntryKind.EVIDENCE, evidence=[ev]))

    for ev in events:
        if ev.action == "export":
            entries.append(Entry(from_iso(ev.at), EntryKind.EXPORT, event=_event(ev)))
        elif records and not _shown_elsewhere(ev):
            entries.append(Entry(from_iso(ev.at), EntryKind.RECORD, event=_event(ev)))

    for entry in entries:
        if entry.kind != EntryKind.INCIDENT and entry.at < claim.incident_at \
                and entry.kind in (EntryKind.CONTACT, EntryKind.STATUS):
            entry.flags.add(Flag.BEFORE_INCIDENT)
        if entry.at > now + CLOCK_SLACK:
            entry.flags.add(Flag.IN_FUTURE)
    order = {k: i for i, k in enumerate(EntryKind)}
    entries.sort(key=lambda e: (e.at, order[e.kind]))
    return Timeline(claim.incident_zone, entries)


def _event(ev) -> dict:
    return {"seq": ev.seq, "action": ev.action, "entity": ev.entity,
            "entity_id": ev.entity_id, "data": ev.data}


# Log events whose facts have their own line (with the time the player gave).
_ELSEWHERE = {("status", "claim"), ("contact", "contact"), ("create", "claim"),
              ("export", "claim")}


def _shown_elsewhere(ev) -> bool:
    return (ev.action, ev.entity) in _ELSEWHERE or (ev.entity == "evidence"
                                                     and ev.action in ("import", "capture",
                                                                       "create"))


def claim_timeline(folder, claim_id: int, *, evidence: list[Evidence] | None = None,
                   now: datetime | None = None, records: bool = False,
                   withdrawn: bool = False) -> Timeline:
    """The timeline of ``claim_id`` read from ``folder`` (in the thread that opened it).

    ``evidence``: the items to show (an export's selection); default all of them.
    ``records=True`` adds the other log events (field edits, corrections, filings,
    checklist), for the History tab; the PDF leaves them out. ``withdrawn=True`` keeps
    withdrawn contacts and their statuses (``Entry.withdrawn``), for History too.
    """
    claim = folder.claims.get(claim_id)
    return build(claim, folder.claims.history(claim_id, include_withdrawn=withdrawn),
                 folder.contacts.list(claim_id, include_withdrawn=withdrawn),
                 folder.evidence.list(claim_id) if evidence is None else evidence,
                 list_events(folder.db, claim_id), now, records)
