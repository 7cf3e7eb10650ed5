"""The app's session: the open claim folder, the current claim, the job runner and the
domain signals. Views, dialogs, capture, tray and commands depend on it, not on the
main window (docs/desktop-app.md draws it).

Every change to the claim folder made by the UI goes through a method here, which calls
the core and then emits the signal that says what changed::

    session.add_contact(contact)        # -> contacts_changed(claim_id)
    session.contacts_changed.connect(lambda claim_id: ...)   # any view that shows contacts

so a view stays current whoever made the change (an e-mail imported in the Evidence tab
shows in the Contacts tab at once). Reads go straight to the core
(``session.folder.contacts.list(claim_id)``); the UI never runs SQL.

Core errors (``BonusDeskError``) propagate to the caller, which shows them. A write when
no folder is open, or through a dialog opened on a folder that has since been closed
(:meth:`bind`), raises :class:`FolderClosed` instead of touching a closed database.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from bonusdesk.core import escalations
from bonusdesk.core.deadlines import Deadline
from bonusdesk.core.errors import FolderError
from bonusdesk.core.evidence import ImportResult, StagedFile
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.inbox import FilingResult
from bonusdesk.core.model import (
    Claim,
    Contact,
    Escalation,
    Evidence,
    EvidenceKind,
    Platform,
    Status,
    Transaction,
)
from bonusdesk.core.reminders import due_reminders, mark_notified
from bonusdesk.core.status_flow import ContactLogged, StatusRecorded
from bonusdesk.core.timeutil import now_utc

from .followup.deadline_watch import DeadlineWatch
from .jobs import JobRunner
from .prefs import Prefs


class FolderClosed(FolderError):
    """The claim folder this change was meant for is closed (another one was opened)."""

    def __init__(self):
        super().__init__("the claim folder was closed: nothing was changed")


class Binding:
    """A dialog's hold on the folder it was opened on (see :meth:`Session.bind`). It does
    not hold the dialog: a dialog kept alive by a reference cycle could be freed by
    Python's garbage collector on a worker thread, which Qt does not survive."""

    def __init__(self, session: Session):
        self.session, self.folder = session, session.folder

    @property
    def valid(self) -> bool:
        return self.folder is not None and self.session.folder is self.folder

    def check(self) -> None:
        """Raise FolderClosed when the dialog's folder is no longer the open one."""
        if not self.valid:
            raise FolderClosed()


class Session(QObject):
    """One per app. ``folder`` and ``current_claim_id`` may be None."""

    # The folder: about to close (dialogs bound to it close), then opened/closed.
    folder_closing = Signal()
    folder_changed = Signal()
    # Navigation: the claim the user works on (None: none); a request to show a claim
    # on a tab ("details", "evidence", "contacts", "checklist", "timeline", "deadlines").
    current_claim_changed = Signal(object)
    show_claim_requested = Signal(int, str)
    show_inbox_requested = Signal()  # the window shows the Inbox (no claim current)
    # Data, by what changed. claim_changed covers fields, status and history entries.
    claims_changed = Signal()  # claims were added (lists re-read)
    claim_added = Signal(int)  # claim id: sent just before claims_changed, for lists that
    # add one row rather than re-read (the claims list at 30,000 claims)
    claim_changed = Signal(int)  # claim id
    platform_changed = Signal(int)  # platform id (its claims' windows and names)
    checklist_changed = Signal(int)  # claim id
    evidence_added = Signal(int, list)  # claim id, evidence ids
    evidence_changed = Signal(int, int)  # claim id, evidence id (caption, note, kind)
    evidence_removed = Signal(int, list)  # claim id, evidence ids (filed elsewhere, undone)
    inbox_changed = Signal()  # evidence with no claim yet was added, filed or removed
    # The gallery's current item (evidence id or None); requests to annotate or read one
    # (the editor's commands answer); a request to show one item in the gallery; text
    # read from a picture was stored (search finds it).
    current_evidence_changed = Signal(object)
    edit_evidence_requested = Signal(int)
    read_text_requested = Signal(int)
    show_evidence_requested = Signal(int, int)  # claim id, evidence id
    text_read = Signal(int, int)  # claim id, evidence id
    contacts_changed = Signal(int)  # claim id
    transactions_changed = Signal(int)  # claim id (bets, rounds, deposits)
    escalations_changed = Signal(int)  # claim id (referrals recorded or updated)
    profile_changed = Signal()  # the player's details (name, e-mail, address) of the folder
    # Deadlines of the whole folder, recomputed off the GUI thread (``deadlines``).
    deadlines_changed = Signal()
    reminders_due = Signal(list)  # deadlines that just became due soon / overdue
    # UI preferences changed (Settings); a line for the status bar (text, milliseconds).
    settings_changed = Signal()
    message = Signal(str, int)

    def __init__(self, prefs: Prefs, parent: QObject | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.folder: ClaimFolder | None = None
        self.current_claim_id: int | None = None
        self.current_evidence_id: int | None = None
        self.clock: Callable[[], datetime] = now_utc  # what time it is; tests freeze it
        self.jobs = JobRunner(self)
        self.deadlines: list[Deadline] = []  # open deadlines, most urgent first
        self.deadlines_at: datetime = now_utc()  # the time they were worked out for
        self.deadline_watch = DeadlineWatch(self.jobs, lambda: self.clock(), self)
        self.deadline_watch.updated.connect(self._deadlines_updated)
        self.deadline_watch.failed.connect(lambda text: self.notify(text))
        # Whatever changed a claim may have moved its deadlines.
        for signal in (self.claims_changed, self.claim_changed, self.platform_changed,
                       self.contacts_changed, self.escalations_changed):
            signal.connect(lambda *_args: self.deadline_watch.refresh_soon())
        self._editors: list[Callable[[], bool]] = []
        self._bound: dict[int, weakref.ref] = {}  # dialogs bound to the folder, weakly
        self.closed_dialogs: list[str] = []  # titles closed by the last folder switch
        self._reminded_read_only: set = set()  # (deadline key, state) shown this opening

    # -- the folder -------------------------------------------------------------
    @property
    def zone(self) -> str:
        return self.prefs.zone

    def set_folder(self, folder: ClaimFolder | None) -> None:
        """Show ``folder`` (already open, or None); the previous one is closed first."""
        if self.folder is not None and self.folder is not folder:
            self.close_folder()
        self.folder = folder
        self.current_claim_id = None
        self.select_evidence(None)
        self.deadlines = []
        self._reminded_read_only = set()
        if folder is not None:
            self.prefs.folder = str(folder.path)
            self.prefs.add_recent_folder(str(folder.path))
        self.deadline_watch.watch(folder.path if folder is not None else None)
        self.folder_changed.emit()
        self.current_claim_changed.emit(None)

    def close_folder(self) -> list[str]:
        """Close the open folder: edits are saved, dialogs bound to it are closed (their
        titles are returned, for a word to the user), then the database. Safe to repeat."""
        if self.folder is None:
            return []
        self.flush_edits()
        self.folder_closing.emit()
        self.closed_dialogs = self._close_bound_dialogs()
        self.deadline_watch.watch(None)
        folder, self.folder = self.folder, None
        self.current_claim_id = None
        self.select_evidence(None)
        self.deadlines = []
        folder.close()
        self.folder_changed.emit()
        self.current_claim_changed.emit(None)
        return self.closed_dialogs

    def require_folder(self) -> ClaimFolder:
        if self.folder is None:
            raise FolderClosed()
        return self.folder

    # Read-only mode (ui/safety/readonly.py): a folder on read-only media or without write
    # permission is open for reading; every write method below goes through this check.
    @property
    def read_only(self) -> bool:
        return self.folder is not None and not self.folder.writable

    @property
    def read_only_reason(self) -> str | None:
        """Why the open folder cannot be changed (core/faults.py), or None."""
        if not self.read_only:
            return None
        return self.folder.read_only_reason or "it was opened for reading only"

    def require_writable(self) -> ClaimFolder:
        """The open folder, or ReadOnlyRefusal (a plain sentence, nothing written)."""
        from .safety.readonly import ReadOnlyRefusal

        folder = self.require_folder()
        if not folder.writable:
            raise ReadOnlyRefusal(folder.path, self.read_only_reason)
        return folder

    def bind(self, dialog: QDialog) -> Binding:
        """Tie ``dialog`` to the open folder: if the folder closes while the dialog is
        open, the dialog is closed (rejected) and named in ``closed_dialogs``; writes it
        makes through ``binding.check()`` then raise FolderClosed."""
        key = id(dialog)
        self._bound[key] = weakref.ref(dialog)
        dialog.finished.connect(lambda _result: self._bound.pop(key, None))
        dialog.destroyed.connect(lambda _obj=None: self._bound.pop(key, None))
        return Binding(self)

    def _close_bound_dialogs(self) -> list[str]:
        titles = []
        for key, ref in list(self._bound.items()):
            self._bound.pop(key, None)
            dialog = ref()
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                titles.append(dialog.windowTitle())
                dialog.reject()
        return titles

    # -- the claim the user works on -----------------------------------------------
    def register_editor(self, flush: Callable[[], bool]) -> None:
        """``flush()`` saves unsaved edits (the details form); False if it could not."""
        self._editors.append(flush)

    def flush_edits(self) -> bool:
        """Save what the user typed and did not save yet, before moving on."""
        return all([flush() for flush in self._editors])

    def select_claim(self, claim_id: int | None) -> None:
        """Make ``claim_id`` the current claim (edits of the previous one are saved)."""
        if claim_id == self.current_claim_id:
            return
        self.flush_edits()
        self.current_claim_id = claim_id
        self.select_evidence(None)
        self.current_claim_changed.emit(claim_id)

    def show_claim(self, claim_id: int, tab: str = "") -> None:
        """Ask the window to show ``claim_id`` (and a tab of it)."""
        self.show_claim_requested.emit(claim_id, tab)

    def show_inbox(self) -> None:
        """Ask the window to show the Inbox (a capture made with no claim: its "Show")."""
        self.show_inbox_requested.emit()

    def select_evidence(self, evidence_id: int | None) -> None:
        """The evidence item the user is on in the gallery (None: none)."""
        if evidence_id != self.current_evidence_id:
            self.current_evidence_id = evidence_id
            self.current_evidence_changed.emit(evidence_id)

    def current_evidence(self) -> Evidence | None:
        if self.folder is None or self.current_evidence_id is None:
            return None
        return self.folder.evidence.get(self.current_evidence_id)

    def request_edit(self, evidence_id: int) -> None:
        """Ask for the annotate/redact editor on an image (ui/editor/commands.py opens it)."""
        self.edit_evidence_requested.emit(evidence_id)

    def request_read_text(self, evidence_id: int) -> None:
        self.read_text_requested.emit(evidence_id)

    def show_evidence(self, claim_id: int, evidence_id: int) -> None:
        """Show one evidence item: its claim, on the Evidence tab, the item selected."""
        self.show_claim(claim_id, "evidence")
        self.show_evidence_requested.emit(claim_id, evidence_id)

    def current_claim(self) -> Claim | None:
        if self.folder is None or self.current_claim_id is None:
            return None
        return self.folder.claims.get(self.current_claim_id)

    def notify(self, text: str, msecs: int = 8000) -> None:
        self.message.emit(text, msecs)

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

    def file_evidence(self, evidence_ids: list[int], claim_id: int | None) -> FilingResult:
        """File items (Inbox or another claim) into ``claim_id`` (None: back to the Inbox)
        with what goes with them (core.inbox.file_evidence); an e-mail coming from the
        Inbox gets its attachments and contact there."""
        from bonusdesk.core.inbox import file_evidence

        folder = self.require_writable()
        sources = {folder.evidence.get(eid).claim_id for eid in evidence_ids}
        result = file_evidence(folder, evidence_ids, claim_id)
        moved = [ev.id for ev in result.moved]
        if not moved:
            return result
        for source in sources - {claim_id}:
            if source is not None:
                self.evidence_removed.emit(source, moved)
                self.claim_changed.emit(source)  # its history has the filing
        if claim_id is None or None in sources:
            self.inbox_changed.emit()
        if claim_id is not None:
            made = [ev.id for r in result.emails for ev in r.evidence if ev.id not in moved]
            self.evidence_added.emit(claim_id, moved + made)
            if result.contacts:
                self.contacts_changed.emit(claim_id)
            self.claim_changed.emit(claim_id)
        return result

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

    def update_evidence(self, evidence_id: int, **changes) -> Evidence:
        ev = self.require_writable().evidence.update(evidence_id, **changes)
        if ev.claim_id is None:
            self.inbox_changed.emit()
        else:
            self.evidence_changed.emit(ev.claim_id, ev.id)
        return ev

    def add_image(self, claim_id: int, png: bytes, name: str, caption: str = "",
                  source: str = "clipboard") -> Evidence:
        ev = self.require_writable().evidence.add_bytes(
            claim_id, png, name, kind=EvidenceKind.SCREENSHOT, caption=caption, source=source)
        self.evidence_added.emit(claim_id, [ev.id])
        return ev

    def store_capture(self, claim_id: int | None, encoded, caption: str = "") -> Evidence:
        """Store a capture encoded off the GUI thread (core.capture.EncodedCapture) into a
        claim, or into the Inbox when ``claim_id`` is None."""
        from bonusdesk.core import capture

        ev = capture.store_encoded(self.require_writable(), claim_id, encoded, caption=caption)
        self._evidence_added(claim_id, [ev.id])
        return ev

    def store_stamped(self, job, data: bytes, meta: dict) -> Evidence:
        """Store a stamped copy rendered off the GUI thread (core.stamp.render_stamped_png)."""
        from bonusdesk.core.stamp import store_rendered

        ev = store_rendered(self.require_writable(), job, data, meta)
        self._evidence_added(job.claim_id, [ev.id])
        return ev

    def undo_capture(self, evidence_id: int) -> list[Evidence]:
        """Remove a capture made by mistake, with its stamped copy (core.capture_undo);
        UndoRefused (nothing changed) when it is too late or already used."""
        from bonusdesk.core.capture_undo import undo_capture

        removed = undo_capture(self.require_writable(), evidence_id)
        claim_id = removed[0].claim_id
        if claim_id is None:
            self.inbox_changed.emit()
        else:
            self.evidence_removed.emit(claim_id, [ev.id for ev in removed])
            self.claim_changed.emit(claim_id)  # its history has the undo
        return removed

    def _evidence_added(self, claim_id: int | None, ids: list[int]) -> None:
        if claim_id is None:
            self.inbox_changed.emit()
        else:
            self.evidence_added.emit(claim_id, ids)

    def commit_import(self, folder: ClaimFolder, claim_id: int | None,
                      staged: list[StagedFile | ImportResult]) -> list[ImportResult]:
        """Store files staged in the job pool (evidence/importer.py) into a claim, or into
        the Inbox for None. ``folder`` is the one they were staged for: if it was closed
        since, they are discarded (FolderClosed)."""
        if folder is not self.folder or not folder.writable:
            for item in staged:
                if isinstance(item, StagedFile):
                    item.discard()
            if folder is self.folder:
                self.require_writable()  # raises: the folder is read-only
            raise FolderClosed()
        from bonusdesk.core.errors import EvidenceRejected

        results: list[ImportResult] = []
        for item in staged:
            if isinstance(item, ImportResult):  # refused while staging
                results.append(item)
                continue
            try:
                results.append(folder.evidence.commit_staged(claim_id, item))
            except EvidenceRejected as exc:
                results.append(ImportResult(exc.path, error=exc.reason))
            except OSError as exc:  # disk full, folder gone: tell, keep going
                results.append(ImportResult(item.label, error=exc.strerror or str(exc)))
        added = [ev.id for r in results for ev in r.evidence if not r.duplicate]
        if added and claim_id is None:
            self.inbox_changed.emit()
        elif added:
            self.evidence_added.emit(claim_id, added)
        if claim_id is not None and any(r.contact is not None for r in results):
            self.contacts_changed.emit(claim_id)
        return results

    def store_derivative(self, folder: ClaimFolder, job, data: bytes) -> Evidence:
        """Store an annotated or redacted copy rendered in the job pool
        (core.derivative); it is added and shown selected in the gallery. ``folder`` is
        the one it was prepared on: if that was closed since, nothing is stored."""
        from bonusdesk.core.derivative import store_derivative

        if folder is not self.folder:
            raise FolderClosed()
        self.require_writable()
        ev = store_derivative(folder, job, data)
        self.evidence_added.emit(ev.claim_id, [ev.id])
        self.show_evidence(ev.claim_id, ev.id)
        return ev

    def store_text(self, folder: ClaimFolder, job, result):
        """Keep the text read from a picture in the job pool (core.ocr_store): derived
        data, never evidence; search finds it from now on."""
        from bonusdesk.core.ocr_store import store_text

        if folder is not self.folder:
            raise FolderClosed()
        self.require_writable()
        stored = store_text(folder, job, result)
        self.text_read.emit(stored.claim_id, stored.evidence_id)
        return stored

    def store_decrypted(self, folder: ClaimFolder, evidence_id: int, data: bytes) -> Evidence:
        """Store the decrypted copy of a password-protected PDF, decrypted in the job pool
        (evidence/unlock.py) for ``folder``: FolderClosed if it was closed since."""
        from bonusdesk.core.pdf_unlock import decrypted_copy, protected_pdf, store_decrypted

        if folder is not self.folder:
            raise FolderClosed()
        self.require_writable()
        ev = protected_pdf(folder, evidence_id)
        existing = decrypted_copy(folder, ev)
        if existing is not None:
            return existing
        copy = store_decrypted(folder, ev, data)
        self.evidence_added.emit(ev.claim_id, [copy.id])
        return copy

    def record_export(self, prepared, result) -> None:
        """Log a finished export (export.package) in the claim's history."""
        from bonusdesk.export.package import record_export

        record_export(self.require_writable(), prepared, result)
        self.claim_changed.emit(prepared.claim_id)

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

    # -- deadlines -----------------------------------------------------------------
    def _deadlines_updated(self, now: datetime, deadlines: list[Deadline]) -> None:
        if self.folder is None:
            return
        self.deadlines, self.deadlines_at = deadlines, now
        self.deadlines_changed.emit()
        due = due_reminders(self.folder, now, deadlines)
        if self.read_only:  # cannot be marked as reminded: remind once per opening
            due = [d for d in due if (d.key, d.state) not in self._reminded_read_only]
            self._reminded_read_only.update((d.key, d.state) for d in due)
        elif due:
            mark_notified(self.folder, due, now)
        if due:
            self.reminders_due.emit(due)

    def refresh_deadlines(self) -> None:
        """Recompute the folder's deadlines now (they also refresh every minute)."""
        self.deadline_watch.refresh()

    def recent_folders(self) -> list[Path]:
        return [Path(p) for p in self.prefs.recent_folders()]
