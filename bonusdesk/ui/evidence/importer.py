"""Importing files as evidence from the app, without freezing it.

1. GUI thread: check the claim, note the folder the files go to, show a progress dialog.
2. Job pool: expand folders, then copy, hash and inspect each file into the evidence
   folder's temp area (``EvidenceStore.stage_file``: files only, no database).
3. GUI thread: ``session.commit_import`` stores them (one transaction each) and says so
   (``evidence_added``, ``contacts_changed`` for e-mails, ``inbox_changed`` for the
   Inbox); refusals are listed to the user; an e-mail that asks for documents proposes
   "They asked for information" (asked, never applied silently).

Cancel stops between files and keeps those already copied. If the folder was closed
meanwhile, the copies are discarded and nothing is stored anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from bonusdesk.core.errors import BonusDeskError, EvidenceRejected
from bonusdesk.core.evidence import INBOX_EMAIL_NOTE, ImportResult

from ..jobs import Job, JobContext
from ..session import Session

PROGRESS_AFTER_MS = 800  # short imports finish before a progress dialog would flash up


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders replaced by the files inside them (recursively, sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*")
                              if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


class EvidenceImport(QObject):
    """One import into one claim, or into the Inbox (``claim_id`` None). ``done(results)``
    at the end, also after a cancel or a failure, with what was stored (maybe nothing)."""

    done = Signal(list)  # list[ImportResult]

    def __init__(self, session: Session, claim_id: int | None, parent: QWidget,
                 expect_email: bool = False):
        super().__init__(parent)
        self.session, self.claim_id, self.parent_widget = session, claim_id, parent
        self.expect_email = expect_email
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None

    def start(self, paths: list[Path]) -> Job:
        folder = self.session.require_writable()  # read-only: refused before any copy
        if self.claim_id is not None:
            folder.claims.get(self.claim_id)  # an unknown claim is refused before any copy
        stage = folder.evidence.stage_file  # files only: safe in the pool
        self.progress = QProgressDialog(self.tr("Importing evidence…"), self.tr("Cancel"),
                                        0, 0, self.parent_widget)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_AFTER_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)

        def work(ctx: JobContext) -> list:
            files = expand_paths(paths)
            staged: list = []
            for n, f in enumerate(files):
                if ctx.cancelled:
                    break  # what is staged so far is still stored
                ctx.progress(n, len(files), f.name)
                try:
                    staged.append(stage(f))
                except EvidenceRejected as exc:
                    staged.append(ImportResult(exc.path, error=exc.reason))
                except OSError as exc:  # disk full, folder gone: tell, keep going
                    staged.append(ImportResult(str(f), error=exc.strerror or str(exc)))
            return staged

        self.job = self.session.jobs.start(
            work, name="import", owner=self, on_progress=self._moved,
            on_result=lambda staged: self._store(folder, staged), on_error=self._failed,
            on_cancelled=lambda: self._finish([]))
        self.progress.canceled.connect(self.job.cancel)
        return self.job

    def _moved(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Importing %1…").replace("%1", name))

    def _store(self, folder, staged: list) -> None:
        try:
            results = self.session.commit_import(folder, self.claim_id, staged)
        except BonusDeskError as exc:
            self._close_progress()
            QMessageBox.warning(self.parent_widget, self.tr("The files were not added"),
                                str(exc))
            results = []
        self._finish(results)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        QMessageBox.warning(self.parent_widget, self.tr("The files were not added"), str(exc))
        self._finish([])

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finish(self, results: list[ImportResult]) -> None:
        self._close_progress()
        if results:
            self.report(results)
        self.done.emit(results)
        contacts = [r.contact for r in results if r.contact is not None]
        if contacts:
            from ..followup.proposals import ask_about_contacts

            ask_about_contacts(self.session, contacts, self.parent_widget)
        self.deleteLater()

    def report(self, results: list[ImportResult]) -> None:
        """One line in the status bar; refused files and warnings in a dialog."""
        added = sum(1 for r in results if r.ok and not r.duplicate)
        dupes = sum(1 for r in results if r.duplicate)
        bad = [r for r in results if not r.ok]
        # The Inbox note on e-mails is said once, in words of the UI, not as a warning.
        warnings = [w for r in results for w in r.warnings if w != INBOX_EMAIL_NOTE]
        contacts = sum(1 for r in results if r.contact is not None)
        parts = [self.tr("%n files added", "", added)]
        if dupes:
            parts.append(self.tr("%n already there", "", dupes))
        if self.claim_id is None and added:
            parts.append(self.tr("in the Inbox: file them into a claim when you are ready"))
        if contacts:
            parts.append(self.tr("%n e-mails logged as contacts", "", contacts))
        self.session.notify(", ".join(parts))
        if self.expect_email:
            not_mail = [Path(r.path).name for r in results
                        if r.ok and not r.duplicate and r.contact is None]
            if not_mail:
                self.session.notify(self.tr("%1 was added as evidence but is not an e-mail.")
                                    .replace("%1", ", ".join(not_mail)))
        if bad or warnings:
            lines = [f"• {Path(r.path).name}: {r.error}" for r in bad] + [
                f"• {w}" for w in warnings]
            QMessageBox.warning(self.parent_widget, self.tr("Some files were not added"), self.tr(
                "These files were refused; nothing of them was kept:\n\n%1")
                .replace("%1", "\n".join(lines[:30])))


def start_import(session: Session, claim_id: int | None, paths: list[Path], parent: QWidget,
                 expect_email: bool = False) -> EvidenceImport:
    """Import ``paths`` (files or folders) into the claim; connect to ``done``."""
    importer = EvidenceImport(session, claim_id, parent, expect_email)
    importer.start(paths)
    return importer
