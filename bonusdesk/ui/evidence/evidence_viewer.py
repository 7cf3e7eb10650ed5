"""Evidence viewer: the file zoomable, its metadata and SHA-256, caption editing; for
pictures, the way into the annotate/redact editor and "Read the text" (ui/editor/)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
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
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Evidence, EvidenceKind
from bonusdesk.core.timeutil import format_local

from ..labels import evidence_kind_label
from ..safety.readonly import lock_for_read_only
from ..session import Session


class ZoomImage(QScrollArea):
    """A picture that zooms with Ctrl+wheel, +/- and 'fit'."""

    def __init__(self, pixmap: QPixmap, parent=None):
        super().__init__(parent)
        self.pixmap = pixmap
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale = 1.0
        self.fitted = True

    def set_scale(self, scale: float) -> None:
        self.fitted = False
        self.scale = max(0.05, min(8.0, scale))
        self._apply()

    def fit(self) -> None:
        self.fitted = True
        if self.pixmap.isNull():
            return
        avail = self.viewport().size()
        self.scale = min(avail.width() / self.pixmap.width(),
                         avail.height() / self.pixmap.height(), 1.0)
        self._apply()

    def _apply(self) -> None:
        if self.pixmap.isNull():
            return
        size = self.pixmap.size() * self.scale
        self.label.setPixmap(self.pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.label.resize(size)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_scale(self.scale * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
            return
        super().wheelEvent(event)


class EvidenceViewer(QDialog):
    """Shows one evidence item; the caption and note can be changed, never the file."""

    def __init__(self, session: Session, ev: Evidence, parent=None):
        super().__init__(parent)
        self.session, self.ev = session, ev
        self.binding = session.bind(self)
        folder = session.require_folder()
        self.setWindowTitle(self.tr("Evidence: %1").replace("%1", ev.original_name))
        self.resize(1000, 680)
        path = folder.evidence.file_path(ev)
        pixmap = QPixmap(str(path)) if ev.is_image else QPixmap()
        self.image = ZoomImage(pixmap)
        self.image.setAccessibleName(self.tr("Evidence picture"))
        if pixmap.isNull():
            self.image.label.setText(self.tr("No preview for this kind of file.\n%1")
                                     .replace("%1", str(path)))
        zoom_in = QPushButton(self.tr("Zoom &in"))
        zoom_out = QPushButton(self.tr("Zoom &out"))
        fit = QPushButton(self.tr("&Fit"))
        actual = QPushButton(self.tr("&100 %"))
        zoom_in.clicked.connect(lambda: self.image.set_scale(self.image.scale * 1.25))
        zoom_out.clicked.connect(lambda: self.image.set_scale(self.image.scale * 0.8))
        fit.clicked.connect(self.image.fit)
        actual.clicked.connect(lambda: self.image.set_scale(1.0))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self,
                  activated=lambda: self.image.set_scale(self.image.scale * 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self,
                  activated=lambda: self.image.set_scale(self.image.scale * 0.8))
        zoom_row = QHBoxLayout()
        for b in (zoom_out, zoom_in, fit, actual):
            zoom_row.addWidget(b)
        zoom_row.addStretch(1)
        if ev.is_image:
            annotate = QPushButton(self.tr("Annotate or re&dact…"))
            annotate.clicked.connect(lambda: session.request_edit(ev.id))
            read = QPushButton(self.tr("Read the te&xt…"))
            read.clicked.connect(lambda: session.request_read_text(ev.id))
            zoom_row.addWidget(annotate)
            zoom_row.addWidget(read)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.image, 1)
        lv.addLayout(zoom_row)

        integrity = folder.evidence.check(ev)
        facts = QFormLayout()

        def fact(label: str, value: str) -> None:
            v = QLabel(value)
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, v)

        fact(self.tr("File:"), ev.original_name)
        fact(self.tr("Added:"), format_local(ev.captured_at, ev.zone))
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
