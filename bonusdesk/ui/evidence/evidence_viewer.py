"""Evidence viewer: a preview of the file (picture, PDF pages, e-mail), its metadata and
SHA-256, caption editing, the file handed to the desktop ("Open with the default
application", "Show in folder"); for pictures, the way into the annotate/redact editor and
"Read the text" (ui/editor/)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Evidence, EvidenceKind
from bonusdesk.core.zones import show_time

from ..i18n import current_language
from ..labels import evidence_kind_label
from ..safety.readonly import lock_for_read_only
from ..session import Session
from .file_actions import open_with_default_app, show_in_folder
from .previews import MailPreview, make_preview


class EvidenceViewer(QDialog):
    """Shows one evidence item; the caption and note can be changed, never the file."""

    def __init__(self, session: Session, ev: Evidence, parent=None):
        super().__init__(parent)
        self.session, self.ev = session, ev
        self.binding = session.bind(self)
        folder = session.require_folder()
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", ev.original_name))
        self.resize(1000, 680)
        self.folder = folder
        self.path = folder.evidence.file_path(ev)
        self.preview = make_preview(folder, ev, session.zone, session.jobs)
        if isinstance(self.preview, MailPreview):
            self.preview.open_evidence.connect(self.open_other)
        open_app = QPushButton(self.tr("Open with the default &application"))
        open_app.clicked.connect(self.open_outside)
        show = QPushButton(self.tr("Show in fo&lder"))
        show.clicked.connect(self.show_in_folder)
        file_row = QHBoxLayout()
        file_row.addWidget(open_app)
        file_row.addWidget(show)
        if ev.is_image:
            annotate = QPushButton(self.tr("Annotate or re&dact…"))
            annotate.clicked.connect(lambda: session.request_edit(ev.id))
            read = QPushButton(self.tr("Read the te&xt…"))
            read.clicked.connect(lambda: session.request_read_text(ev.id))
            file_row.addWidget(annotate)
            file_row.addWidget(read)
        file_row.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.preview, 1)
        lv.addLayout(file_row)

        integrity = folder.evidence.check(ev)
        facts = QFormLayout()

        def fact(label: str, value: str) -> None:
            v = QLabel(value)
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, v)

        fact(self.tr("File:"), ev.original_name)
        fact(self.tr("Added:"), show_time(ev.captured_at, ev.zone, current_language(),
                                          session.zone))
        fact(self.tr("Filed in:"), self.tr("the Inbox (not filed yet)") if ev.claim_id is None
             else folder.claims.get(ev.claim_id).title)
        fact(self.tr("Size:"), self.tr("%1 bytes").replace("%1", QLocale().toString(ev.size)))
        fact(self.tr("Type:"), ev.mime)
        if ev.width and ev.height:
            fact(self.tr("Dimensions:"), f"{ev.width} × {ev.height}")
        if ev.pages:
            fact(self.tr("Pages:"), str(ev.pages))
        if ev.exif_time:
            fact(self.tr("Taken (EXIF):"), ev.exif_time)
        # Two lines of 32 hex digits: readable, and the panel stays narrow.
        fact(self.tr("SHA-256:"), f"{ev.sha256[:32]}\n{ev.sha256[32:]}")
        fact(self.tr("Integrity:"), {
            "": self.tr("Intact: the file matches its fingerprint"),
            "missing": self.tr("MISSING: the file is not in the folder any more"),
            "altered": self.tr("ALTERED: the file no longer matches its fingerprint"),
        }.get(integrity, integrity))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of evidence"))
        for k in EvidenceKind:
            self.kind.addItem(evidence_kind_label(k), k.value)
        self.kind.setCurrentIndex(self.kind.findData(ev.kind.value))
        facts.insertRow(1, self.tr("Kind of &evidence:"), self.kind)
        self.caption = QLineEdit(ev.caption)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("What this shows, in a few words"))
        self.note = QPlainTextEdit(ev.note)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        facts.addRow(self.tr("&Caption:"), self.caption)
        facts.addRow(self.tr("&Note:"), self.note)
        right = QWidget()
        right.setLayout(facts)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 340])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        lock_for_read_only([self.kind, self.caption, self.note,
                            buttons.button(QDialogButtonBox.StandardButton.Save)],
                           session.read_only)

    def accept(self) -> None:
        changes = {}
        if self.kind.currentData() != self.ev.kind.value:
            changes["kind"] = EvidenceKind(self.kind.currentData())
        if self.caption.text() != self.ev.caption:
            changes["caption"] = self.caption.text()
        if self.note.toPlainText() != self.ev.note:
            changes["note"] = self.note.toPlainText()
        if changes:
            try:
                self.binding.check()
                self.ev = self.session.update_evidence(self.ev.id, **changes)
            except BonusDeskError as exc:
                QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
                return
        super().accept()

    # -- the file, outside BonusDesk ---------------------------------------------------
    def open_outside(self) -> bool:
        if open_with_default_app(self.path):
            return True
        QMessageBox.warning(self, self.tr("Cannot open the file"), self.tr(
            "No application on this computer opened it. The file is here:\n%1")
            .replace("%1", str(self.path)))
        return False

    def show_in_folder(self) -> bool:
        if show_in_folder(self.path):
            return True
        QMessageBox.warning(self, self.tr("Cannot show the file"), self.tr(
            "The file manager did not open. The file is here:\n%1").replace("%1", str(self.path)))
        return False

    def open_other(self, evidence_id: int) -> None:
        """An e-mail's attachment: its own viewer, on top of this one."""
        try:
            self.binding.check()
            other = self.folder.evidence.get(evidence_id)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        viewer = EvidenceViewer(self.session, other, self)
        viewer.exec()
        viewer.deleteLater()
