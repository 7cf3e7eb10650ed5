"""Export dialog: package options, then the PDF (and ZIP) made as a job (ui/jobs.py)
with a progress bar and Cancel; the window stays responsive. A picture that has a
redacted copy gets a choice: the copy (the default), the original, or both
(export/versions.py), and the originals can go into the ZIP.

Three steps because the folder's database connection belongs to the GUI thread:
``prepare_export`` here, ``ExportJob.run`` in the pool, ``session.record_export`` back here.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from bonusdesk.core.derivative import is_redacted_copy
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Claim, Evidence
from bonusdesk.export.options import ExportOptions
from bonusdesk.export.package import ExportJob, not_drawn_summary, prepare_export
from bonusdesk.export.versions import BOTH, ORIGINAL, REDACTED, newest_redacted_copies

from ..jobs import Job, JobContext
from ..labels import evidence_kind_label
from ..session import Session
from .not_drawn import NotDrawnBox


def _run_export(prepared: ExportJob, ctx: JobContext):
    """In the pool: the prepared export touches files only, never the database."""
    return prepared.run(progress=ctx.progress, cancel=ctx.cancel_event)


def default_file_name(claim: Claim, recipient: str | None = None) -> str:
    slug = re.sub(r"[^\w-]+", "-", claim.title, flags=re.UNICODE).strip("-")[:60] or "claim"
    return f"bonusdesk-{claim.id}-{slug}" + (f"-{recipient}" if recipient else "") + ".pdf"


class ExportDialog(QDialog):
    """``done(result)`` after a successful export; ``progressed(done, total)`` as it goes."""

    done = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, session: Session, claim_id: int, language: str, user_name: str,
                 parent=None, recipient: str | None = None,
                 referral_letter: tuple[str, str] | None = None):
        """``referral_letter``: (language, text) of the recipient's letter as the player
        edited it; it goes into a package in that language."""
        super().__init__(parent)
        self.recipient = recipient
        self.referral_letter = referral_letter
        self.session = session
        self.binding = session.bind(self)
        self.folder = folder = session.require_folder()
        self.claim = folder.claims.get(claim_id)
        self.job: Job | None = None
        self.prepared: ExportJob | None = None
        self.result = None
        self.setMinimumWidth(640)
        if recipient is None:
            self.setWindowTitle(self.tr("Export the claim as PDF"))
            intro = QLabel(self.tr(
                "One PDF with your complaint, the checklist, the timeline, the contacts and "
                "every piece of evidence with its fingerprint: ready to send to support, a "
                "regulator or a mediator."))
        else:
            from bonusdesk.core.rules import rules_for_folder

            from ..labels import recipient_name

            name = recipient_name(rules_for_folder(folder).get(recipient))
            self.setWindowTitle(self.tr("Export the file for %1").replace("%1", name))
            intro = QLabel(self.tr(
                "The file for %1: its own summary page (who, where, by when, what the file "
                "holds), the referral letter, then the timeline, the contacts and every piece "
                "of evidence with its fingerprint.").replace("%1", name))
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        # Which referral letter the package holds: say it, the edited one is not dropped
        # silently when the package's language differs from the letter's.
        self.letter_note = QLabel()
        self.letter_note.setWordWrap(True)
        self.letter_note.setVisible(referral_letter is not None)
        self.language.currentIndexChanged.connect(lambda _i: self._note_letter())
        self._note_letter()
        self.out = QLineEdit(str(folder.path.parent / default_file_name(self.claim,
                                                                         recipient)))
        self.out.setAccessibleName(self.tr("PDF file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        self.author = QLineEdit(user_name)
        self.author.setAccessibleName(self.tr("Your name"))
        self.limit = QCheckBox(self.tr("Keep the PDF under"))
        self.limit.setChecked(True)
        self.max_mb = QDoubleSpinBox()
        self.max_mb.setRange(1, 500)
        self.max_mb.setValue(20)
        self.max_mb.setSuffix(self.tr(" MB"))
        self.max_mb.setAccessibleName(self.tr("Size limit in megabytes"))
        self.limit.toggled.connect(self.max_mb.setEnabled)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit)
        limit_row.addWidget(self.max_mb)
        limit_row.addStretch(1)
        self.attachments = QCheckBox(self.tr("Attach the original files inside the PDF"))
        self.attachments.setChecked(True)
        self.bundle = QCheckBox(self.tr("Also make a ZIP with the original files and their "
                                        "checksums"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional: protect the PDF with a password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.bundle_originals = QCheckBox(self.tr(
            "Put the originals of redacted pictures in the ZIP too (never in the PDF)"))
        self.bundle_originals.setEnabled(False)
        self.bundle.toggled.connect(self.bundle_originals.setEnabled)
        self._fill_evidence(folder.evidence.list(claim_id))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        out_label = QLabel(self.tr("&Save as:"))
        out_label.setBuddy(self.out)
        form.addRow(out_label, out_row)
        form.addRow(self.tr("Your &name:"), self.author)
        size_label = QLabel(self.tr("Si&ze:"))
        size_label.setBuddy(self.limit)  # a layout cannot be a buddy
        form.addRow(size_label, limit_row)
        form.addRow("", self.attachments)
        form.addRow("", self.bundle)
        form.addRow("", self.bundle_originals)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        if self.versions:
            versions_note = QLabel(self.tr(
                "A picture you redacted goes out as its redacted copy unless you choose "
                "otherwise; the index names the original and its SHA-256, so a mediator can "
                "ask you for it."))
            versions_note.setWordWrap(True)
            form.addRow("", versions_note)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.not_drawn = NotDrawnBox()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Show the &file"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._show_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.letter_note)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.not_drawn)
        layout.addLayout(buttons)

    def _fill_evidence(self, every: list[Evidence]) -> None:
        """One line per item; a picture with a redacted copy stands for both, with a choice
        of version; earlier redacted copies (a newer one replaces them) start unticked."""
        copies = newest_redacted_copies(every)  # original id -> its newest redacted copy
        newest = {c.id for c in copies.values()}
        redacted_parents = {c.parent_sha256 for c in copies.values()}
        self.evidence = QTreeWidget()
        self.evidence.setAccessibleName(self.tr("Evidence to include"))
        self.evidence.setColumnCount(2)
        self.evidence.setHeaderLabels([self.tr("Evidence"), self.tr("Version sent")])
        self.evidence.setRootIsDecorated(False)
        self.evidence.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.evidence.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.evidence.header().setStretchLastSection(False)
        self.versions: dict[int, QComboBox] = {}
        for ev in every:
            if ev.id in newest:
                continue  # offered on its original's line
            earlier = is_redacted_copy(ev) and ev.parent_sha256 in redacted_parents
            label = f"{ev.caption or ev.original_name} ({evidence_kind_label(ev.kind)})"
            if earlier:
                label += " — " + self.tr("earlier redacted copy")
            item = QTreeWidgetItem([label])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if earlier else Qt.CheckState.Checked)
            item.setData(0, Qt.ItemDataRole.UserRole, ev.id)
            self.evidence.addTopLevelItem(item)
            if ev.id in copies:
                self.evidence.setItemWidget(item, 1, self._version_box(ev))
        self.evidence.setMaximumHeight(180)
        self.evidence.setMinimumHeight(70)  # a few rows, even when more lines show below
        self.bundle_originals.setVisible(bool(copies))

    def _version_box(self, ev: Evidence) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Redacted copy"), REDACTED)
        box.addItem(self.tr("Original"), ORIGINAL)
        box.addItem(self.tr("Both"), BOTH)
        box.setAccessibleName(self.tr("Version of %1 sent").replace(
            "%1", ev.caption or ev.original_name))
        self.versions[ev.id] = box
        return box

    def edited_letter(self) -> str | None:
        """The edited referral letter, when the package is in its language."""
        if self.referral_letter is None:
            return None
        lang, text = self.referral_letter
        return text if lang == self.language.currentData() else None

    def _note_letter(self) -> None:
        if self.referral_letter is None:
            return
        if self.edited_letter() is not None:
            self.letter_note.setText(self.tr("The referral letter goes in as you edited it."))
            self.letter_note.setStyleSheet("")
        else:
            self.letter_note.setText(self.tr(
                "Your edited letter is in another language: this file will hold the letter "
                "written from the claim in the language chosen below."))
            self.letter_note.setStyleSheet("color:#b45309;")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), self.out.text(),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def options(self) -> ExportOptions:
        items = [self.evidence.topLevelItem(i) for i in range(self.evidence.topLevelItemCount())]
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in items
               if item.checkState(0) == Qt.CheckState.Checked]
        out = Path(self.out.text()).expanduser()
        bundle = self.bundle.isChecked()
        return ExportOptions(
            lang=self.language.currentData(), evidence_ids=ids, recipient=self.recipient,
            referral_letter=self.edited_letter(),
            max_mb=self.max_mb.value() if self.limit.isChecked() else None,
            attachments=self.attachments.isChecked(),
            password=self.password.text() or None, author=self.author.text().strip(),
            bundle=out.with_suffix(".zip") if bundle else None,
            versions={pid: box.currentData() for pid, box in self.versions.items()
                      if pid in ids},
            bundle_originals=bundle and bool(self.versions) and self.bundle_originals.isChecked())

    def start(self) -> None:
        out = Path(self.out.text()).expanduser()
        if not out.name or out.is_dir():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file name for the PDF."))
            return
        if out.exists() and QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(out))
        ) != QMessageBox.StandardButton.Yes:
            return
        # Step 1 here (reads the folder); step 2 in the pool; step 3 in _finished.
        try:
            self.binding.check()
            prepared = prepare_export(self.folder, self.claim.id, out, self.options())
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        self.prepared = prepared
        self.not_drawn.show_items([])  # a list from an earlier run would mislead
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.job = self.session.jobs.start(
            lambda ctx: _run_export(prepared, ctx), name="export", owner=self,
            on_progress=self._progress, on_result=self._finished, on_error=self._failed,
            on_cancelled=self._cancelled)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Exporting… %1").replace("%1", message))
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def is_running(self) -> bool:
        return self.job is not None

    def _stopped(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)

    def _cancelled(self) -> None:
        self._stopped()
        self.status.setText(self.tr("Export cancelled: nothing was written."))

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self.status.setText("")
        QMessageBox.warning(self, self.tr("Export failed"), str(exc))

    def _finished(self, result) -> None:
        self._stopped()
        try:
            self.binding.check()
            self.session.record_export(self.prepared, result)
        except BonusDeskError as exc:  # the PDF is there; only the history entry failed
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
        self.result = result
        size_mb = result.size / (1024 * 1024)
        text = self.tr("Saved %1 (%n pages, %2 MB).\nSHA-256: %3", "", result.pages).replace(
            "%1", str(result.pdf)).replace("%2", QLocale().toString(size_mb, "f", 1)).replace(
            "%3", result.sha256)
        if result.bundle:
            text += "\n" + self.tr("ZIP: %1").replace("%1", str(result.bundle))
        # Items not drawn are listed below, in the UI's language, not as the core's line.
        summary = not_drawn_summary(result.not_drawn) if result.not_drawn else None
        for w in result.warnings:
            if w != summary:
                text += f"\n⚠ {w}"
        self.not_drawn.show_items(result.not_drawn)
        if self.height() < self.sizeHint().height():  # the list below needs the room
            self.resize(self.width(), self.sizeHint().height())
        self.status.setText(text)
        self.cancel_button.setText(self.tr("Close"))
        self.open_button.setVisible(True)
        self.done.emit(result)

    def _show_file(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.pdf.parent)))

    def reject(self) -> None:
        if self.job is not None:  # closing while exporting: cancel, keep nothing
            self.job.cancel()
        super().reject()
