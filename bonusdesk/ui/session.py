"""The app's session: the open claim folder, the current claim, the job runner and the
domain signals. Views, dialogs, capture, tray and commands depend on it, not on the
main window (docs/desktop-app.md draws it).

Every change to the claim folder made by the UI goes through a method here, which calls
the core and then emits the signal that says what changed::

    session.add_contact(contact)        # -> contacts_changed(claim_id)
    session.contacts_changed.connect(lambda claim_id: ...)   # any view that shows contacts

(the writes live by subject in ui/session_claims.py and ui/session_evidence.py), so a
view stays current whoever made the change (an e-mail imported in the Evidence tab
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

from bonusdesk.core.deadlines import Deadline
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Evidence
from bonusdesk.core.reminders import due_reminders, mark_notified
from bonusdesk.core.timeutil import now_utc

from .followup.deadline_watch import DeadlineWatch
from .jobs import JobRunner
from .prefs import Prefs
from .session_binding import Binding, FolderClosed
from .session_claims import ClaimWrites
from .session_evidence import EvidenceWrites


class Session(ClaimWrites, EvidenceWrites, QObject):
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
        # False from opening a folder until its first listing arrives: until then an
        # empty ``deadlines`` means "not known yet", not "no deadline".
        self.deadlines_known = False
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
        self.deadlines, self.deadlines_known = [], False
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
        self.deadlines, self.deadlines_known = [], False
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

    # -- deadlines -----------------------------------------------------------------
    def _deadlines_updated(self, now: datetime, deadlines: list[Deadline]) -> None:
        if self.folder is None:
            return
        self.deadlines, self.deadlines_at, self.deadlines_known = deadlines, now, True
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
