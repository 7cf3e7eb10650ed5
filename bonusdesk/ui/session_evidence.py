"""The session's writes of evidence: filing between claims and the Inbox, captions,
captures and their undo, imports, derived copies, text read from pictures, decrypted
copies and finished exports. Each calls the core, then emits the signal that says what
changed (ui/session.py declares the signals; Session mixes this in).
"""

from __future__ import annotations

from bonusdesk.core.evidence import ImportResult, StagedFile
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.inbox import FilingResult
from bonusdesk.core.model import Evidence, EvidenceKind

from .session_binding import FolderClosed


class EvidenceWrites:
    """Mixed into Session: uses its ``require_writable``, ``folder`` and signals."""

    # -- evidence: filing, captions, captures, imports, copies, exports -------------
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

