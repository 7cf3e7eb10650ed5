"""The Inbox: evidence captured or imported before there is a claim, filed later.

A capture must never wait for a claim: the error on screen is gone a moment later. So
evidence may have no claim (``evidence.claim_id`` NULL: the Inbox) and is *filed* into a
claim afterwards. Filing changes the item's claim and records a ``file`` event; the file
itself is content-addressed and stays where it is, so nothing is ever copied twice.

What moves together: an item's derived copies in the same place (a stamped or redacted
copy, ``parent_sha256``) and, for an e-mail, the attachments imported from it
(``metadata.email_sha256``). An e-mail imported into the Inbox gets its attachments and
its contact when it is filed (a contact belongs to a claim).

Refused, with nothing changed: a target claim that already holds the same file; taking
an item out of a claim whose contacts or checklist point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from .errors import BadInput
from .evidence import ImportResult
from .model import Contact, Evidence, EvidenceKind

if TYPE_CHECKING:
    from .folder import ClaimFolder

EMAIL_MIMES = ("message/rfc822", "application/vnd.ms-outlook")


@dataclass
class InboxSummary:
    """What the claims list shows on its Inbox row."""

    count: int
    newest_at: datetime | None  # the latest capture or import waiting to be filed


@dataclass
class FilingResult:
    claim_id: int | None  # where the items went (None: back to the Inbox)
    moved: list[Evidence] = field(default_factory=list)  # as they are now, family included
    already: list[int] = field(default_factory=list)  # asked for, but already there
    emails: list[ImportResult] = field(default_factory=list)  # contents made at filing

    @property
    def contacts(self) -> list[Contact]:
        return [r.contact for r in self.emails if r.contact is not None]


def summary(folder: ClaimFolder) -> InboxSummary:
    items = folder.evidence.inbox()
    return InboxSummary(len(items), max((e.captured_at for e in items), default=None))


def is_email(ev: Evidence) -> bool:
    return ev.mime in EMAIL_MIMES or (ev.kind == EvidenceKind.EMAIL
                                      and ev.mime.startswith("message/"))


def _family(folder: ClaimFolder, ev: Evidence) -> list[Evidence]:
    """``ev`` and what was derived from it or extracted from it, in the same place."""
    family = [ev]
    ids, hashes = {ev.id}, {ev.sha256}
    place = (folder.evidence.inbox() if ev.claim_id is None
             else folder.evidence.list(ev.claim_id))
    grew = True
    while grew:  # a stamped copy of an attachment of an e-mail: follow the chain
        grew = False
        for other in place:
            if other.id in ids:
                continue
            if other.parent_sha256 in hashes or other.metadata.get("email_sha256") in hashes:
                family.append(other)
                ids.add(other.id)
                hashes.add(other.sha256)
                grew = True
    return family


def _links_in_claim(folder: ClaimFolder, claim_id: int, evidence_id: int) -> list[str]:
    """What in ``claim_id`` points at the item: "contact 3", "checklist item 'Terms read'"."""
    found = [f"contact {c.id}" for c in folder.contacts.list(claim_id, include_withdrawn=True)
             if evidence_id in c.evidence_ids]
    found += [f"checklist item '{it.label}'" for it in folder.claims.checklist(claim_id)
              if evidence_id in it.evidence_ids]
    return found


def _check(folder: ClaimFolder, family: list[Evidence], target: int | None) -> None:
    for ev in family:
        if ev.claim_id is not None:
            links = _links_in_claim(folder, ev.claim_id, ev.id)
            if links:
                raise BadInput(f"evidence {ev.id} is linked to {', '.join(links)} of claim "
                               f"{ev.claim_id}: remove those links before moving it")
        twin = folder.evidence.find(target, ev.sha256)
        if twin is not None and twin.id != ev.id:
            where = f"claim {target}" if target is not None else "the Inbox"
            raise BadInput(f"evidence {ev.id} ({ev.original_name}) is already in {where} as "
                           f"evidence {twin.id}: the same file is not filed twice")


def file_evidence(folder: ClaimFolder, evidence_ids: list[int], claim_id: int | None
                  ) -> FilingResult:
    """File items into ``claim_id`` (None: back to the Inbox), with their family.

    All or nothing: every item is checked before any moves, and the moves commit in one
    transaction, one ``file`` event per item. E-mails that arrive from the Inbox then get
    their attachments and contact (each in its own transaction: files are written).
    """
    if not evidence_ids:
        raise BadInput("no evidence to move: give one or more evidence ids")
    if claim_id is not None:
        folder.claims.get(claim_id)
    result = FilingResult(claim_id)
    to_move: dict[int, Evidence] = {}
    for eid in dict.fromkeys(evidence_ids):
        ev = folder.evidence.get(eid)
        if ev.claim_id == claim_id:
            result.already.append(eid)
            continue
        family = _family(folder, ev)
        _check(folder, family, claim_id)
        for member in family:
            to_move.setdefault(member.id, member)
    with folder.transaction():
        for ev in to_move.values():
            folder.db["evidence"].update(ev.id, {"claim_id": claim_id})
            if folder.db["ocr_text"].exists():  # text read from it (derived) follows it
                folder.db.execute("update ocr_text set claim_id = ? where evidence_id = ?",
                                  [claim_id, ev.id])
            folder.log("file", "evidence", ev.id, claim_id if claim_id is not None
                       else ev.claim_id, {"from_claim": ev.claim_id, "to_claim": claim_id,
                                          "sha256": ev.sha256, "name": ev.original_name})
    result.moved = [folder.evidence.get(eid) for eid in to_move]
    if claim_id is not None:
        for before in to_move.values():
            if before.claim_id is None and is_email(before) and not _has_contact(
                    folder, claim_id, before.id):
                moved = folder.evidence.get(before.id)
                contents = ImportResult(moved.original_name, [moved])
                folder.evidence.import_email_contents(moved, contents)
                result.emails.append(contents)
    return result


def _has_contact(folder: ClaimFolder, claim_id: int, evidence_id: int) -> bool:
    return any(evidence_id in c.evidence_ids
               for c in folder.contacts.list(claim_id, include_withdrawn=True))
