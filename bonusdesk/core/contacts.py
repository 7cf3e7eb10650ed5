"""Contacts: every exchange with support (form, chat, email, phone, ...).

A contact is never deleted. A mistake is put right in one of two ways:

* **correct**: the row takes the corrected values (every reader, the export and the
  deadlines use them) and a ``correct`` event keeps each field's old and new value, so
  History shows the original and the correction;
* **withdraw**: an entry made by mistake leaves the lists, the export and the deadlines,
  with a reason; History still shows it. A status change recorded with it (the "I
  reported it" button) is withdrawn with it and the claim's status goes back.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from .errors import BadInput, NotFound
from .folder import ClaimFolder, store
from .model import Channel, Contact, Direction
from .rows import from_row, to_db, to_row
from .timeutil import get_zone, now_utc, parse_user_time, to_iso

# Fields a correction may change, in the order the CLI lists them.
CORRECTABLE_FIELDS = ("channel", "direction", "at", "zone", "reference", "agent", "summary",
                      "promised_action", "promised_due_at", "evidence_ids")


@store("contacts")
class Contacts:
    def __init__(self, folder: ClaimFolder):
        self.folder = folder
        self.db = folder.db

    def validate(self, contact: Contact) -> None:
        """Refuse what cannot be saved at all (before any overridable warning)."""
        self.folder.claims.get(contact.claim_id)
        if contact.final_response and contact.direction != Direction.RECEIVED:
            raise BadInput("only an answer received from the operator can be its final "
                           "response")
        for eid in contact.evidence_ids:
            self.folder.evidence.get(eid, claim_id=contact.claim_id)

    def add(self, contact: Contact) -> Contact:
        self.validate(contact)
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

    def list(self, claim_id: int, include_withdrawn: bool = False) -> list[Contact]:
        """The claim's contacts in time order; withdrawn ones only when asked (History)."""
        where = "" if include_withdrawn else " and withdrawn_at is null"
        return [from_row(Contact, r) for r in self.db.query(
            f"select * from contacts where claim_id = ?{where} order by at, id", [claim_id])]

    def confirm_reference(self, contact_id: int) -> Contact:
        """The player says a reference detected in an e-mail is a real one."""
        contact = self.get(contact_id)
        if not contact.reference:
            raise BadInput(f"contact {contact_id} has no reference to confirm")
        return self.update(contact_id, reference_origin="confirmed")

    def remove_reference(self, contact_id: int) -> Contact:
        """The player says a detected reference is not one: it leaves the letter and the PDF."""
        contact = self.get(contact_id)
        if not contact.reference:
            raise BadInput(f"contact {contact_id} has no reference to remove")
        return self.update(contact_id, reference="", reference_origin="")

    def update(self, contact_id: int, **changes) -> Contact:
        current = self.get(contact_id)
        if changes.get("final_response") and current.direction != Direction.RECEIVED:
            raise BadInput(f"contact {contact_id} was sent by you: only an answer received "
                           "from the operator can be its final response")
        if "reference" in changes and "reference_origin" not in changes:
            changes["reference_origin"] = ""  # typed by the player: no longer "detected"
        updated = dataclasses.replace(current, **changes)
        with self.folder.transaction():
            self.db["contacts"].update(contact_id, {k: to_db(v) for k, v in changes.items()})
            self.folder.log("change", "contact", contact_id, current.claim_id,
                            {k: to_db(v) for k, v in changes.items()})
        return updated

    # -- corrections and withdrawals ---------------------------------------------------
    def coerce_field(self, name: str, value, zone: str):
        """A correction's value from what a user typed (times read in ``zone``)."""
        from .claims import parse_enum

        if name not in CORRECTABLE_FIELDS:
            raise BadInput(f"unknown contact field {name!r}; fields you can correct: "
                           + ", ".join(CORRECTABLE_FIELDS))
        if name == "channel":
            return value if isinstance(value, Channel) else parse_enum(Channel, value,
                                                                       "channel")
        if name == "direction":
            return value if isinstance(value, Direction) else parse_enum(Direction, value,
                                                                         "direction")
        if name in ("at", "promised_due_at"):
            if isinstance(value, datetime) or (value in (None, "") and name != "at"):
                return value or None
            return parse_user_time(str(value), zone)
        if name == "zone":
            get_zone(str(value))
            return str(value)
        if name == "evidence_ids":
            if isinstance(value, list):
                return [int(v) for v in value]
            from .claims import parse_id_list

            return parse_id_list(str(value))
        return "" if value is None else str(value).strip()

    def correct(self, contact_id: int, reason: str = "", **changes) -> Contact:
        """Put the corrected values in place; the ``correct`` event keeps the old ones.

        Status changes recorded with the contact at its old time move to the new time
        (they are the same act). No change, no event.
        """
        current = self.get(contact_id)
        if current.withdrawn:
            raise BadInput(f"contact {contact_id} was withdrawn: it cannot be corrected")
        zone = str(changes.get("zone") or current.zone)
        typed = {k: self.coerce_field(k, v, zone) for k, v in changes.items()}
        diff = {k: v for k, v in typed.items() if getattr(current, k) != v}
        if not diff:
            return current
        for eid in diff.get("evidence_ids", []):
            self.folder.evidence.get(eid, claim_id=current.claim_id)
        now = now_utc()
        with self.folder.transaction():
            row = {k: to_db(v) for k, v in diff.items()}
            row["corrected_at"] = to_iso(now)
            self.db["contacts"].update(contact_id, row)
            moved = []
            if "at" in diff or "zone" in diff:
                for change in self._linked_changes(contact_id):
                    if change["at"] == to_iso(current.at):
                        self.db["status_changes"].update(change["id"], {
                            "at": to_iso(diff.get("at", current.at)),
                            "zone": diff.get("zone", current.zone)})
                        moved.append(change["id"])
            self.folder.log("correct", "contact", contact_id, current.claim_id, {
                "reason": reason.strip(), "status_changes": moved,
                "changes": {k: {"old": to_db(getattr(current, k)), "new": to_db(v)}
                            for k, v in diff.items()}})
        return self.get(contact_id)

    def withdraw(self, contact_id: int, reason: str) -> Contact:
        """Hide an entry made by mistake (kept, with ``reason``, in History)."""
        if not (reason or "").strip():
            raise BadInput("say why the contact is withdrawn (--reason): History shows it")
        current = self.get(contact_id)
        if current.withdrawn:
            raise BadInput(f"contact {contact_id} is already withdrawn")
        claim = self.folder.claims.get(current.claim_id)
        now = to_iso(now_utc())
        with self.folder.transaction():
            self.db["contacts"].update(contact_id, {"withdrawn_at": now,
                                                    "withdrawn_reason": reason.strip()})
            linked = [c["id"] for c in self._linked_changes(contact_id)]
            for sid in linked:
                self.db["status_changes"].update(sid, {"withdrawn_at": now})
            status = claim.status.value
            if linked:
                status = self._current_status(claim.id) or status
                self.db["claims"].update(claim.id, {"status": status, "updated_at": now})
            self.folder.log("withdraw", "contact", contact_id, current.claim_id, {
                "reason": reason.strip(), "status_changes": linked,
                "status": {"old": claim.status.value, "new": status}})
        return self.get(contact_id)

    def _linked_changes(self, contact_id: int) -> list[dict]:
        return list(self.db.query(
            "select id, at from status_changes where contact_id = ? and withdrawn_at is null",
            [contact_id]))

    def _current_status(self, claim_id: int) -> str | None:
        """The status last recorded (and not withdrawn): what the claim is back to."""
        rows = list(self.db.query(
            "select status from status_changes where claim_id = ? and withdrawn_at is null "
            "order by id desc limit 1", [claim_id]))
        return rows[0]["status"] if rows else None
