""""Give the password…" for a password-protected PDF evidence (issue 18).

Such a PDF is kept as it is (opaque evidence, attached to the package as is). With the
password its pages can be shown: the file is decrypted in the job runner
(``core.pdf_unlock.decrypt_file``: the file only, never the database) and the decrypted
copy is stored through the session as evidence of its own, linked to the original.

The password is typed in a masked field, used in memory by that one job and forgotten:
never stored (not in the claim folder, not in the settings), never logged, never shown in
a message. A wrong password asks again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Evidence
from bonusdesk.core.pdf_check import PasswordNeeded
from bonusdesk.core.pdf_unlock import decrypt_file, decrypted_copy

from ..jobs import Job
from ..session import Session


def needs_password(folder: ClaimFolder, ev: Evidence) -> bool:
    """A PDF that opens only with a password and has no decrypted copy yet."""
    return (ev.mime == "application/pdf" and bool(ev.metadata.get("encrypted"))
            and decrypted_copy(folder, ev) is None)


class UnlockPdf(QObject):
    """``act_unlock`` for the evidence given to :meth:`set_evidence`; ``unlocked(copy)``
    once the decrypted copy is stored, ``ended()`` after every attempt."""

    unlocked = Signal(object)  # Evidence: the decrypted copy
    ended = Signal()

    def __init__(self, session: Session, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.session, self.parent_widget = session, parent_widget
        self.evidence: Evidence | None = None
        self.job: Job | None = None
        self.act_unlock = QAction(self.tr("Give the &password…"), self)
        self.act_unlock.setToolTip(self.tr(
            "This PDF is protected by a password: give it once to show its pages in the PDF "
            "package (the password is not kept)"))
        self.act_unlock.triggered.connect(lambda: self.ask())
        self.set_evidence(None)

    def set_evidence(self, ev: Evidence | None) -> None:
        folder = self.session.folder
        self.evidence = ev if ev is not None and folder is not None and \
            needs_password(folder, ev) else None
        self.act_unlock.setEnabled(self.evidence is not None and self.job is None)

    def ask(self, wrong: bool = False) -> Job | None:
        """Ask for the password and decrypt in the job runner."""
        ev = self.evidence
        if ev is None or self.job is not None:
            return None
        label = self.tr("Password of %1:").replace("%1", ev.original_name)
        if wrong:
            label = self.tr("That password does not open %1. Try again:").replace(
                "%1", ev.original_name)
        password, ok = QInputDialog.getText(self.parent_widget, self.tr("Password-protected PDF"),
                                            label, QLineEdit.EchoMode.Password)
        if not ok or not password:
            return None
        return self.start(password)

    def start(self, password: str) -> Job:
        """Decrypt the current evidence with ``password`` (dialog-free: scripts, tests)."""
        folder = self.session.require_folder()
        ev = self.evidence
        path: Path = folder.evidence.file_path(ev)
        self.act_unlock.setEnabled(False)
        self.session.notify(self.tr("Opening %1…").replace("%1", ev.original_name))
        self.job = self.session.jobs.start(
            lambda _ctx: decrypt_file(path, password), name="unlock pdf", owner=self,
            on_result=lambda data: self._store(folder, ev, data),
            on_error=lambda exc: self._failed(ev, exc), on_finished=self._ended)
        return self.job

    def _store(self, folder: ClaimFolder, ev: Evidence, data: bytes) -> None:
        try:
            copy = self.session.store_decrypted(folder, ev.id, data)
        except (BonusDeskError, OSError) as exc:
            QMessageBox.warning(self.parent_widget, self.tr("The pages cannot be shown"),
                                str(exc))
            return
        self.session.notify(self.tr(
            "%1 opened: its pages are in the PDF package now, from a decrypted copy added "
            "as evidence. The original stays as it was.").replace("%1", ev.original_name),
            15000)
        self.unlocked.emit(copy)

    def _failed(self, ev: Evidence, exc: BaseException) -> None:
        if isinstance(exc, PasswordNeeded):
            self.job = None  # asked again at once, below
            self.evidence = ev
            self.ask(wrong=True)
            return
        QMessageBox.warning(self.parent_widget, self.tr("The pages cannot be shown"), self.tr(
            "%1 could not be opened: %2").replace("%1", ev.original_name).replace(
                "%2", str(exc)))

    def _ended(self) -> None:
        if self.job is not None and not self.job.running:
            self.job = None
        self.set_evidence(self.evidence)
        self.ended.emit()
