"""The session's writes to claims and what hangs off them: claims, platforms, the
checklist, contacts and their references, the player's details, transactions and
referrals. Each calls the core, then emits the signal that says what changed
(ui/session.py declares the signals; :class:`~bonusdesk.ui.session.Session` mixes this in).
"""

from __future__ import annotations

from datetime import datetime

from bonusdesk.core import escalations
from bonusdesk.core.model import Claim, Contact, Escalation, Platform, Status, Transaction
from bonusdesk.core.status_flow import ContactLogged, StatusRecorded


class ClaimWrites:
    """Mixed into Session: uses its ``require_writable`` and its signals."""

    # -- claims, platforms, checklist --------------------------------------------
    def create_claim(self, claim: Claim, new_platform: Platform | None = None) -> Claim:
        """Create ``claim``; with ``new_platform``, create that platform with it (one
        transaction) and file the claim under it."""
        folder = self.require_writable()
        with folder.transaction():
            if new_platform is not None:
                claim.platform_id = folder.claims.add_platform(new_platform).id
            created = folder.claims.create(claim)
        self.claim_added.emit(created.id)
        self.claims_changed.emit()
        return created

    def update_claim(self, claim_id: int, **changes) -> Claim:
        claim = self.require_writable().claims.update(claim_id, **changes)
        self.claim_changed.emit(claim_id)
        return claim

    def set_status(self, claim_id: int, status: Status, note: str = "", **when) -> None:
        """Record a status change (``at``, ``zone``, ``contact_id`` as the core takes them)."""
        when.setdefault("zone", self.zone)
        self.require_writable().claims.set_status(claim_id, status, note=note, **when)
        self.claim_changed.emit(claim_id)

    def record_status(self, claim_id: int, status: Status, *, contact: Contact | None = None,
                      contact_id: int | None = None, info_due_at: datetime | None = None,
                      info_items: list[str] | None = None) -> StatusRecorded:
        """A status action: with a new ``contact`` or linked to the logged ``contact_id``
        (core.status_flow.record_status), contact, due date and status in one transaction."""
        from bonusdesk.core.status_flow import record_status

        recorded = record_status(self.require_writable(), claim_id, status, contact=contact,
                                 contact_id=contact_id, info_due_at=info_due_at,
                                 info_items=info_items)
        if contact is not None:
            self.contacts_changed.emit(claim_id)
        self.claim_changed.emit(claim_id)
        return recorded

    def update_platform(self, platform_id: int, **changes) -> Platform:
        platform = self.require_writable().claims.update_platform(platform_id, **changes)
        self.platform_changed.emit(platform_id)
        return platform

    def set_checklist(self, claim_id: int, item: str | int, **changes) -> None:
        self.require_writable().claims.set_checklist(claim_id, item, **changes)
        self.checklist_changed.emit(claim_id)

    def add_checklist_item(self, claim_id: int, label: str) -> None:
        self.require_writable().claims.add_checklist_item(claim_id, label)
        self.checklist_changed.emit(claim_id)

    # -- contacts and evidence ------------------------------------------------------
    def add_contact(self, contact: Contact) -> Contact:
        saved = self.require_writable().contacts.add(contact)
        self.contacts_changed.emit(contact.claim_id)
        return saved

    def log_contact(self, contact: Contact) -> ContactLogged:
        """Add a contact the player typed (core.status_flow.log_contact): a written report
        in time marks the claim reported; anything less sure comes back as a proposal."""
        from bonusdesk.core.status_flow import log_contact

        logged = log_contact(self.require_writable(), contact)
        self.contacts_changed.emit(contact.claim_id)
        if logged.change is not None:
            self.claim_changed.emit(contact.claim_id)
        return logged

    def correct_contact(self, contact_id: int, reason: str = "", **changes) -> Contact:
        """Put corrected values in place; History keeps the original (Contacts.correct)."""
        corrected = self.require_writable().contacts.correct(contact_id, reason=reason, **changes)
        self.contacts_changed.emit(corrected.claim_id)
        self.claim_changed.emit(corrected.claim_id)  # a linked status may have moved
        return corrected

    def withdraw_contact(self, contact_id: int, reason: str) -> Contact:
        """Hide a contact logged by mistake, with ``reason`` (its statuses go with it)."""
        withdrawn = self.require_writable().contacts.withdraw(contact_id, reason)
        self.contacts_changed.emit(withdrawn.claim_id)
        self.claim_changed.emit(withdrawn.claim_id)
        return withdrawn

    def mark_final_response(self, contact_id: int, final: bool = True) -> Contact:
        """Say that a received answer is (or is not) the operator's final response /
        deadlock letter: the ADR clocks and readiness checks read this flag."""
        saved = self.require_writable().contacts.update(contact_id, final_response=final)
        self.contacts_changed.emit(saved.claim_id)
        return saved

    def confirm_reference(self, contact_id: int) -> Contact:
        """The player says the reference found in an e-mail is a real one."""
        contact = self.require_writable().contacts.confirm_reference(contact_id)
        self.contacts_changed.emit(contact.claim_id)
        return contact

    def remove_reference(self, contact_id: int) -> Contact:
        """The player says the reference found in an e-mail is not one: it leaves the letter."""
        contact = self.require_writable().contacts.remove_reference(contact_id)
        self.contacts_changed.emit(contact.claim_id)
        return contact

    def set_reference(self, contact_id: int, reference: str) -> Contact:
        """The right reference, typed by the player (no longer "detected"); "" removes it."""
        contact = self.require_writable().contacts.update(
            contact_id, reference=reference.strip(), reference_origin="")
        self.contacts_changed.emit(contact.claim_id)
        return contact

    # -- the player, transactions, referrals (escalation files) ----------------------
    def save_profile(self, **changes: str):
        """The player's details (core.profile fields); letters are signed with them."""
        from bonusdesk.core import profile

        saved = profile.save(self.require_writable(), **changes)
        self.profile_changed.emit()
        return saved

    def add_transaction(self, transaction: Transaction) -> Transaction:
        saved = escalations.add_transaction(self.require_writable(), transaction)
        self.transactions_changed.emit(transaction.claim_id)
        return saved

    def remove_transaction(self, claim_id: int, transaction_id: int) -> None:
        escalations.remove_transaction(self.require_writable(), transaction_id)
        self.transactions_changed.emit(claim_id)

    def record_escalation(self, plan, sent_at: datetime, case_number: str = "",
                          note: str = "", status_note: str | None = None,
                          letter: str | None = None, letter_caption: str | None = None
                          ) -> Escalation:
        """Record a referral (core.escalate plan), the claim's "escalated" status and the
        letter as sent (kept as a document of the claim): the recipient's own clocks
        start at ``sent_at``."""
        from bonusdesk.core.escalate import record_escalation, sent_letter

        folder = self.require_writable()
        saved = record_escalation(folder, plan, sent_at, case_number, note, zone=self.zone,
                                  status_note=status_note, letter=letter,
                                  letter_caption=letter_caption)
        kept = sent_letter(folder, saved)
        if kept is not None:
            self.evidence_added.emit(plan.claim_id, [kept.id])
        self.escalations_changed.emit(plan.claim_id)
        self.claim_changed.emit(plan.claim_id)
        return saved

    def update_escalation(self, escalation_id: int, **changes) -> Escalation:
        saved = escalations.update_escalation(self.require_writable(), escalation_id, **changes)
        self.escalations_changed.emit(saved.claim_id)
        return saved

