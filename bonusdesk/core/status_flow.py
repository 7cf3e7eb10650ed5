"""Status changes and the contacts they come from, without re-typing or duplicates.

* :func:`record_status`: a status change with a new contact, or linked to one already
  logged ("the chat I just logged", "the e-mail I just imported"), in one transaction;
* :func:`linkable_contacts`: the contacts a status button offers to link;
* :func:`log_contact`: add a contact; a **written** report sent to the operator within
  the reporting window marks a claim not yet reported as ``reported`` (linked to it).
  Anything less certain comes back as a :class:`StatusProposal`, never applied silently:
  a late or oral report, an e-mail from support asking for documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .errors import BadInput
from .model import Channel, Contact, Counterpart, Direction, Status, StatusChange

NOT_REPORTED = frozenset({Status.DRAFT, Status.READY_TO_REPORT})
# The direction of the contacts each status is about: you report, they answer.
LINK_DIRECTION = {
    Status.READY_TO_REPORT: Direction.SENT, Status.REPORTED: Direction.SENT,
    Status.ESCALATED: Direction.SENT, Status.ACKNOWLEDGED: Direction.RECEIVED,
    Status.IN_PROGRESS: Direction.RECEIVED, Status.INFO_REQUESTED: Direction.RECEIVED,
    Status.RESOLVED_ACCEPTED: Direction.RECEIVED, Status.RESOLVED_REJECTED: Direction.RECEIVED,
}


def is_written(contact: Contact) -> bool:
    """A written exchange (form, e-mail, letter; or said so): what mediators count."""
    return contact.is_written


def to_operator(contact: Contact) -> bool:
    """Sent to the operator (not to a mediator, a regulator or a forum)."""
    return contact.direction == Direction.SENT and contact.counterpart == Counterpart.OPERATOR


# Why a status is proposed; what the player is asked: vocabulary "status_proposal".
PROPOSAL_REASONS = ("oral_report", "late_written_report", "email_asks_information")


@dataclass
class StatusProposal:
    """A status change BonusDesk suggests; the player confirms it (or not)."""

    claim_id: int
    status: Status
    reason: str  # one of PROPOSAL_REASONS
    contact_id: int | None = None
    due_at: datetime | None = None  # info requested: the answer's due time (UTC)
    due_stated: bool = False  # the e-mail gave that time (else the default)
    info_items: list[str] = field(default_factory=list)


@dataclass
class StatusRecorded:
    change: StatusChange
    contact: Contact | None  # the contact the change is linked to


@dataclass
class ContactLogged:
    contact: Contact
    change: StatusChange | None = None  # made automatically: a written report in time
    proposal: StatusProposal | None = None


def record_status(folder, claim_id: int, status: Status | str, *, contact: Contact | None = None,
                  contact_id: int | None = None, note: str | None = None,
                  info_due_at: datetime | None = None, info_items: list[str] | None = None,
                  at: datetime | None = None, zone: str | None = None,
                  written: bool | None = None) -> StatusRecorded:
    """A status change, with a new ``contact`` or linked to logged ``contact_id``.

    Linked, the change takes the contact's time and zone (the report *was* that
    message). One transaction: contact, due date and status commit together.
    """
    from .claims import parse_enum

    if not isinstance(status, Status):
        status = parse_enum(Status, status, "status")
    if contact is not None and contact_id is not None:
        raise BadInput("give a new contact or the id of a logged one, not both")
    folder.claims.get(claim_id)
    linked = None
    if contact_id is not None:
        linked = linkable(folder, claim_id, contact_id, status)
    if contact is not None and contact.claim_id != claim_id:
        raise BadInput(f"the contact is for claim {contact.claim_id}, not claim {claim_id}")
    with folder.transaction():
        if contact is not None:
            linked = folder.contacts.add(contact)
        if info_due_at is not None:
            folder.claims.update(claim_id, info_due_at=info_due_at)
        if note is None:
            note = linked.summary.splitlines()[0][:200] if linked and linked.summary else ""
        if written is None and linked is not None and to_operator(linked):
            written = is_written(linked)  # the report is that message: written or not
        change = folder.claims.set_status(
            claim_id, status, note=note, contact_id=linked.id if linked else None,
            at=linked.at if linked else at, zone=linked.zone if linked else zone,
            written=written, info_items=info_items)
    return StatusRecorded(change, linked)


def linkable(folder, claim_id: int, contact_id: int, status: Status) -> Contact:
    """The contact ``contact_id`` if it can be linked to a new ``status`` change."""
    found = folder.contacts.get(contact_id)
    if found.claim_id != claim_id:
        raise BadInput(f"contact {contact_id} belongs to claim {found.claim_id}, not to "
                       f"claim {claim_id}")
    if found.withdrawn:
        raise BadInput(f"contact {contact_id} was withdrawn: it cannot back a status")
    twin = next((c for c in folder.claims.history(claim_id)
                 if c.contact_id == contact_id and c.status == status), None)
    if twin is not None:
        raise BadInput(f"contact {contact_id} already records the status {status.value} of "
                       f"claim {claim_id}: nothing to add")
    return found


def linkable_contacts(folder, claim_id: int, status: Status, limit: int = 5) -> list[Contact]:
    """Contacts a status button offers to link, newest first: in the status's direction,
    not withdrawn, not already the record of a status change."""
    used = {c.contact_id for c in folder.claims.history(claim_id) if c.contact_id}
    direction = LINK_DIRECTION.get(status)
    found = [c for c in folder.contacts.list(claim_id)
             if c.id not in used and (direction is None or c.direction == direction)]
    return sorted(found, key=lambda c: (c.at, c.id), reverse=True)[:limit]


def reporting_due_at(folder, claim) -> datetime | None:
    """End of the claim's reporting window (None when the claim is over)."""
    from .deadlines import DeadlineKind, claim_deadlines

    return next((d.due_at for d in claim_deadlines(folder, claim)
                 if d.kind == DeadlineKind.REPORTING), None)


def log_contact(folder, contact: Contact) -> ContactLogged:
    """Add ``contact``; mark the claim reported when it is a written report in time.

    The contact and the automatic status commit together. Otherwise a proposal says
    what the player may want to record (see the module docstring).
    """
    claim = folder.claims.get(contact.claim_id)
    report = to_operator(contact) and claim.status in NOT_REPORTED \
        and contact.at >= claim.incident_at
    due = reporting_due_at(folder, claim) if report else None
    with folder.transaction():
        saved = folder.contacts.add(contact)
        change = None
        if report and is_written(saved) and due is not None and saved.at <= due:
            change = folder.claims.set_status(
                claim.id, Status.REPORTED, note=_first_line(saved), contact_id=saved.id,
                at=saved.at, zone=saved.zone, written=True)
    proposal = None
    if change is None and report:
        reason = "late_written_report" if is_written(saved) else "oral_report"
        proposal = StatusProposal(claim.id, Status.REPORTED, reason, saved.id)
    elif change is None:
        proposal = propose_for_contact(folder, saved)
    return ContactLogged(saved, change, proposal)


def propose_for_contact(folder, contact: Contact) -> StatusProposal | None:
    """"They asked for information" for a received e-mail that asks for documents."""
    from .info_request import detect

    if contact.direction != Direction.RECEIVED or contact.channel != Channel.EMAIL \
            or contact.withdrawn:
        return None
    claim = folder.claims.get(contact.claim_id)
    if claim.status == Status.INFO_REQUESTED or not claim.status.is_open:
        return None
    if any(c.contact_id == contact.id for c in folder.claims.history(claim.id)):
        return None  # already the record of a status
    request = detect(_without_headers(contact.summary), contact.at, contact.zone)
    if request is None:
        return None
    return StatusProposal(claim.id, Status.INFO_REQUESTED, "email_asks_information",
                          contact.id, request.due_at, request.stated, request.items)


def _first_line(contact: Contact) -> str:
    return contact.summary.splitlines()[0][:200] if contact.summary else ""


def _without_headers(summary: str) -> str:
    """An imported e-mail's summary is "subject / From: / To: / body": keep subject, body."""
    lines = summary.splitlines()
    head = [ln for ln in lines[1:4] if ln.startswith(("From:", "To:", "Cc:", "Date:"))]
    return "\n".join(lines[:1] + lines[1 + len(head):])


def proposal_text(proposal: StatusProposal, lang: str, zone: str) -> str:
    """The question the app (or the CLI) asks about ``proposal``, in ``lang``."""
    from . import vocabulary
    from .info_request import items_text
    from .zones import show_time

    items = items_text(proposal.info_items, lang) or (
        "des informations" if lang == "fr" else "information")
    return vocabulary.text("status_proposal", proposal.reason, lang, items=items,
                           due=show_time(proposal.due_at, zone, lang))
