"""Contacts: every exchange with support (form, chat, email, phone, ...)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .errors import BadInput, NotFound
from .model import Contact, Direction
from .rows import from_row, to_db, to_row

if TYPE_CHECKING:
    from .folder import ClaimFolder


class Contacts:
    def __init__(self, folder: ClaimFolder):
        self.folder = folder
        self.db = folder.db

    def add(self, contact: Contact) -> Contact:
        self.folder.claims.get(contact.claim_id)
        if contact.final_response and contact.direction != Direction.RECEIVED:
            raise BadInput("only an answer received from the operator can be its final "
                           "response")
        for eid in contact.evidence_ids:
            self.folder.evidence.get(eid, claim_id=contact.claim_id)
        with self.folder.transaction():
            cid = self.db["contacts"].insert(to_row(contact)).last_pk
            self.folder.log("contact", "contact", cid, contact.claim_id, {
                "channel": contact.channel.value, "direction": contact.direction.value,
                "at": to_db(contact.at), "reference": contact.reference,
                "written": contact.written, "counterpart": contact.counterpart.value,
                "final_response": contact.final_response})
        return self.get(cid)  # as stored: times normalised to UTC

    def get(self, contact_id: int) -> Contact:
        rows = list(self.db.query("select * from contacts where id = ?", [contact_id]))
        if not rows:
            raise NotFound(f"no contact with id {contact_id}")
        return from_row(Contact, rows[0])

    def list(self, claim_id: int) -> list[Contact]:
        return [from_row(Contact, r) for r in self.db.query(
            "select * from contacts where claim_id = ? order by at, id", [claim_id])]

    def update(self, contact_id: int, **changes) -> Contact:
        current = self.get(contact_id)
        if changes.get("final_response") and current.direction != Direction.RECEIVED:
            raise BadInput(f"contact {contact_id} was sent by you: only an answer received "
                           "from the operator can be its final response")
        updated = dataclasses.replace(current, **changes)
        with self.folder.transaction():
            self.db["contacts"].update(contact_id, {k: to_db(v) for k, v in changes.items()})
            self.folder.log("change", "contact", contact_id, current.claim_id,
                            {k: to_db(v) for k, v in changes.items()})
        return updated
