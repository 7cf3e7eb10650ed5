"""Read the text in a picture (or a region of it), offline, and use it in the claim.

OCR runs as a job (ui/jobs.py) with a Cancel button; the text is stored through the
session as derived data (core/ocr_store.py: searchable, never evidence). The player can
put a code or a sentence of it into the claim's error code or error message — only after
saying yes to exactly what will be written: nothing is filled silently.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.ocr_store import Region, error_code_candidates, prepare_read_text

from ..jobs import Job
from ..session import Session

MESSAGE_MAX = 500  # characters of error message taken at most (a whole page is not one)


class ReadTextDialog(QDialog):
    """``read(result)`` once the text is read and stored; ``claim_filled(field)`` after the
    player put something into the claim. ``chain``: OCR handlers to use (tests)."""

    read = Signal(object)
    claim_filled = Signal(str)

    def __init__(self, session: Session, evidence_id: int, region: Region | None = None,
                 parent=None, chain=None):
        super().__init__(parent)
        self.session, self.chain = session, chain
        self.binding = session.bind(self)
        self.folder = session.require_folder()
        self.evidence = self.folder.evidence.get(evidence_id)
        self.region = region
        self.job: Job | None = None
        self.result = None
        name = self.evidence.caption or self.evidence.original_name
        self.setWindowTitle(self.tr("Read the text: %1").replace("%1", name))
        self.resize(720, 560)
        where = QLabel(self.tr("The whole picture.") if region is None else self.tr(
            "The region %1 × %2 pixels at %3, %4 of the picture.").replace(
            "%1", str(region[2])).replace("%2", str(region[3])).replace(
            "%3", str(region[0])).replace("%4", str(region[1])))
        where.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text read"))
        self.text.setPlaceholderText(self.tr("The text read in the picture appears here."))
        self.codes = QComboBox()
        self.codes.setEditable(True)
        self.codes.setAccessibleName(self.tr("Error code"))
        self.codes.setMinimumContentsLength(14)
        self.use_code = QPushButton(self.tr("Use as the claim's error &code…"))
        self.use_code.clicked.connect(self.fill_error_code)
        self.use_message = QPushButton(self.tr("Use as the claim's error &message…"))
        self.use_message.setToolTip(self.tr("Select the sentence in the text first; without a "
                                            "selection the whole text is offered."))
        self.use_message.clicked.connect(self.fill_error_message)
        code_row = QHBoxLayout()
        code_row.addWidget(self.codes, 1)
        code_row.addWidget(self.use_code)
        use = QFormLayout()
        use.addRow(self.tr("Error code found:"), code_row)
        use.addRow("", self.use_message)
        self.copy_button = QPushButton(self.tr("Co&py the text"))
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        layout.addLayout(use)
        layout.addLayout(buttons)
        self._enable_use(False)

    # -- reading -------------------------------------------------------------------------
    def start(self) -> None:
        """Read in the job pool; the window stays responsive and Cancel works."""
        try:
            self.binding.check()
            job = prepare_read_text(self.folder, self.evidence.id, self.region)
        except BonusDeskError as exc:
            self._stopped(str(exc))
            return
        chain = self.chain
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Reading the text… (a few seconds for a full screen)"))
        self.job = self.session.jobs.start(
            lambda ctx: job.run(cancel=ctx.cancel_event, chain=chain), name="read-text",
            owner=self, on_result=lambda result: self._finished(job, result),
            on_error=lambda exc: self._stopped(str(exc)),
            on_cancelled=lambda: self._stopped(self.tr("Cancelled: nothing was read or "
                                                       "stored.")))

    def is_running(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _stopped(self, message: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.status.setText(message)

    def _finished(self, job, result) -> None:
        self._stopped("")
        try:
            self.binding.check()
            self.session.store_text(self.folder, job, result)
        except BonusDeskError as exc:
            self.status.setText(str(exc))
            return
        self.result = result
        self.text.setPlainText(result.text)
        codes = error_code_candidates(result.text)
        self.codes.clear()
        self.codes.addItems(codes)
        seconds = QLocale().toString(result.seconds, "f", 1)
        if not result.text.strip():
            self.status.setText(self.tr("No text was found in the picture."))
        else:
            self.status.setText(self.tr(
                "Read in %1 s by %2. Kept with the evidence: searching the claims now "
                "finds these words.").replace("%1", seconds).replace("%2", result.version))
        self._enable_use(bool(result.text.strip()))
        self.read.emit(result)

    def _enable_use(self, on: bool) -> None:
        for widget in (self.codes, self.use_code, self.use_message, self.copy_button):
            widget.setEnabled(on)

    # -- into the claim, once the player says yes --------------------------------------
    def chosen_message(self) -> str:
        """The selected text, else the whole text, on one line."""
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n")
        text = selected if selected.strip() else self.text.toPlainText()
        return " ".join(text.split())[:MESSAGE_MAX]

    def fill_error_code(self) -> bool:
        return self._fill("error_code", self.codes.currentText().strip(), self.tr(
            "Put “%1” in the claim's error code?"))

    def fill_error_message(self) -> bool:
        return self._fill("error_text", self.chosen_message(), self.tr(
            "Put this text in the claim's error message?\n\n“%1”"))

    def _fill(self, field: str, value: str, question: str) -> bool:
        if not value:
            return False
        try:
            self.binding.check()
            claim = self.folder.claims.get(self.evidence.claim_id)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the claim"), str(exc))
            return False
        current = getattr(claim, field)
        if current == value:
            self.status.setText(self.tr("The claim already says exactly that."))
            return False
        text = question.replace("%1", value)
        if current:
            text += "\n\n" + self.tr("It replaces: “%1”").replace("%1", current)
        answer = QMessageBox.question(self, self.tr("Change the claim?"), text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.binding.check()
            self.session.flush_edits()  # the details form must not save its old value back
            self.session.update_claim(claim.id, **{field: value})
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the claim"), str(exc))
            return False
        self.status.setText(self.tr("Saved in the claim.") + " " + (
            self.tr("Error code: %1") if field == "error_code" else
            self.tr("Error message: %1")).replace("%1", value))
        self.claim_filled.emit(field)
        return True

    def reject(self) -> None:
        if self.job is not None:  # closing while reading: stop, keep nothing
            self.job.cancel()
        super().reject()
