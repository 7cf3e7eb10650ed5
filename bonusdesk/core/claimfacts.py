"""Everything the clocks, the readiness check and the referral letter read about one
claim, read once: the claim, its platform, status history, contacts, transactions
and escalations, with the few derived facts they share (first complaint, first
*written* complaint, the operator's final response)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from .escalations import list_escalations, list_transactions
from .model import (
    Claim,
    Contact,
    Counterpart,
    Direction,
    Escalation,
    Platform,
    Status,
    StatusChange,
    Transaction,
)
from .rows import from_values

# Every table the facts are read from. The deadline cache (deadline_cache.py) recomputes a
# claim when an event touches one of its rows here: a new input must be added here too.
CLAIM_TABLES = ("claims", "status_changes", "contacts", "transactions", "escalations")
SHARED_TABLES = ("platforms",)  # a row here is the input of every claim that names it


def _grouped(folder, cls, table: str, order: str, where: str = "") -> dict[int, list]:
    """Every row of ``table`` as ``cls``, by claim id, each claim's rows in ``order``."""
    if not folder.db[table].exists():
        return {}  # a folder opened read-only before the upgrade that made the table
    sql = f"select * from {table}{' where ' + where if where else ''} order by claim_id, {order}"
    cursor = folder.db.execute(sql)
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    found: dict[int, list] = defaultdict(list)
    at = columns.index("claim_id")
    for values, obj in zip(rows, from_values(cls, columns, rows), strict=True):
        found[values[at]].append(obj)
    return found


# Statuses that show the report was made (a user may skip "reported" in the history).
REPORTED_OR_LATER = frozenset({
    Status.REPORTED, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.INFO_REQUESTED,
    Status.RESOLVED_ACCEPTED, Status.RESOLVED_REJECTED, Status.ESCALATED})
# The claim is over: open deadlines that had not run out yet no longer matter.
FINISHED = frozenset({Status.RESOLVED_ACCEPTED, Status.CLOSED})


def _after(at: datetime, after: datetime | None, strict: bool) -> bool:
    return after is None or (at > after if strict else at >= after)


def earliest(*times):
    present = [t for t in times if t is not None]
    return min(present) if present else None


@dataclass
class ClaimFacts:
    claim: Claim
    platform: Platform
    history: list[StatusChange]
    contacts: list[Contact]
    transactions: list[Transaction]
    escalations: list[Escalation]
    # The range of ``now`` in which what was worked out from these facts holds: each
    # comparison with ``now`` (``reached``) narrows it. ``None``: unbounded on that side.
    now_from: datetime | None = field(default=None, compare=False)
    now_until: datetime | None = field(default=None, compare=False)

    @classmethod
    def read(cls, folder, claim: Claim) -> ClaimFacts:
        return cls(claim, folder.claims.platform(claim.platform_id),
                   folder.claims.history(claim.id), folder.contacts.list(claim.id),
                   list_transactions(folder, claim.id), list_escalations(folder, claim.id))

    @classmethod
    def read_all(cls, folder, claims: list[Claim]) -> list[ClaimFacts]:
        """The facts of many claims from one query per table (``read`` per claim costs
        five queries each: 50,000 at 10,000 claims). Same rows, same order as ``read``."""
        platforms = {p.id: p for p in folder.claims.platforms()}
        history = _grouped(folder, StatusChange, "status_changes", "at, id",
                           "withdrawn_at is null")
        contacts = _grouped(folder, Contact, "contacts", "at, id", "withdrawn_at is null")
        transactions = _grouped(folder, Transaction, "transactions", "at, id")
        escalations = _grouped(folder, Escalation, "escalations", "sent_at, id")
        return [cls(c, platforms.get(c.platform_id) or folder.claims.platform(c.platform_id),
                    history.get(c.id, []), contacts.get(c.id, []),
                    transactions.get(c.id, []), escalations.get(c.id, [])) for c in claims]

    @property
    def zone(self) -> str:
        """Zone deadlines are counted in: the platform's if set, else the claim's."""
        return self.platform.zone or self.claim.incident_zone

    @cached_property  # asked for several times per claim, the lists never change
    def ended_at(self) -> datetime | None:
        """When the claim was resolved or closed, if it currently is."""
        if self.claim.status not in FINISHED:
            return None
        closings = [c.at for c in self.history if c.status in FINISHED]
        return max(closings) if closings else None

    def reached(self, at: datetime, now: datetime) -> bool:
        """``at <= now``, noting for which ``now`` the answer stays the same."""
        if at <= now:
            self.now_from = at if self.now_from is None else max(self.now_from, at)
            return True
        self.now_until = at if self.now_until is None else min(self.now_until, at)
        return False

    def first_status(self, statuses, after: datetime | None = None, strict: bool = False):
        for change in self.history:
            if change.status in statuses and _after(change.at, after, strict):
                return change.at
        return None

    def first_contact(self, direction: Direction, after: datetime | None = None,
                      strict: bool = False, operator_only: bool = False):
        for contact in self.contacts:
            if (contact.direction == direction and _after(contact.at, after, strict)
                    and (not operator_only or contact.counterpart == Counterpart.OPERATOR)):
                return contact.at
        return None

    # -- the facts mediators and ADR bodies ask about ---------------------------------
    def to_operator(self, written: bool | None = None) -> list[Contact]:
        """Messages sent to the operator (only written ones, or only oral ones)."""
        return [c for c in self.contacts
                if c.direction == Direction.SENT and c.counterpart == Counterpart.OPERATOR
                and (written is None or c.is_written == written)]

    @cached_property
    def complaint_at(self) -> datetime | None:
        """First complaint: a "reported" (or later) status or a message to the operator."""
        sent = self.to_operator()
        return earliest(self.first_status(REPORTED_OR_LATER), sent[0].at if sent else None)

    @cached_property
    def written_complaint_at(self) -> datetime | None:
        """First written complaint: a written message to the operator, or a report
        (status change) recorded as written."""
        written = self.to_operator(written=True)
        reports = [c.at for c in self.history if c.status in REPORTED_OR_LATER and c.written]
        return earliest(written[0].at if written else None, *reports)

    @property
    def only_oral(self) -> bool:
        """A complaint was made (chat, phone, or a report not said to be written) but
        nothing is recorded in writing."""
        return self.complaint_at is not None and self.written_complaint_at is None

    @cached_property
    def final_response(self) -> Contact | None:
        """The operator's final response / deadlock letter (a flagged received contact)."""
        return next((c for c in self.contacts if c.direction == Direction.RECEIVED
                     and c.final_response and c.counterpart == Counterpart.OPERATOR), None)

    def escalations_to(self, recipient: str) -> list[Escalation]:
        return [e for e in self.escalations if e.recipient == recipient]
