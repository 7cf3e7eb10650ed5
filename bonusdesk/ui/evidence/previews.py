"""What the evidence viewer shows of a file: a picture that zooms, a PDF a page at a time,
an e-mail as a mail client shows it, or a plain word when there is nothing to preview.

``make_preview`` picks one. The PDF preview needs QtPdf (the ``pyside6-pdf`` wheel); an
installation without it says so and keeps "Open with the default application".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.inbox import is_email
from bonusdesk.core.mail_view import read_mail
from bonusdesk.core.model import Evidence
from bonusdesk.core.zones import show_time

from ..i18n import current_language


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


class ImagePreview(QWidget):
    def __init__(self, pixmap: QPixmap, parent=None):
        super().__init__(parent)
        self.image = ZoomImage(pixmap)
        self.image.setAccessibleName(self.tr("Evidence picture"))
        buttons = [(self.tr("Zoom &out"), lambda: self.image.set_scale(self.image.scale * 0.8)),
                   (self.tr("Zoom &in"), lambda: self.image.set_scale(self.image.scale * 1.25)),
                   (self.tr("&Fit"), self.image.fit),
                   (self.tr("&100 %"), lambda: self.image.set_scale(1.0))]
        row = QHBoxLayout()
        for text, slot in buttons:
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self,
                  activated=lambda: self.image.set_scale(self.image.scale * 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self,
                  activated=lambda: self.image.set_scale(self.image.scale * 0.8))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image, 1)
        layout.addLayout(row)


class PdfPreview(QWidget):
    """One page at a time, fitted; Previous/Next (Page Up/Page Down) to turn pages."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.error = self.document.load(str(path))
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("PDF page"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.previous = QPushButton(self.tr("&Previous page"))
        self.next = QPushButton(self.tr("Ne&xt page"))
        self.previous.clicked.connect(lambda: self.go(self.page() - 1))
        self.next.clicked.connect(lambda: self.go(self.page() + 1))
        self.where = QLabel()
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=self.next.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=self.previous.click)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.where)
        row.addWidget(self.next)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.error != QPdfDocument.Error.None_:
            problem = QLabel(self.tr("This PDF cannot be shown here (it may be protected by "
                                     "a password). Open it with the default application."))
            problem.setWordWrap(True)
            layout.addWidget(problem)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update())
        self._update()

    def pages(self) -> int:
        return self.document.pageCount()

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, page: int) -> None:
        if 0 <= page < self.pages():
            self.view.pageNavigator().jump(page, QPointF(), 0)

    def _update(self) -> None:
        n = max(self.pages(), 1)
        self.where.setText(self.tr("Page %1 of %2").replace("%1", str(self.page() + 1))
                           .replace("%2", str(n)))
        self.previous.setEnabled(self.page() > 0)
        self.next.setEnabled(self.page() < self.pages() - 1)


class MailPreview(QWidget):
    """From, To, Cc, Date, Subject, the body as text, attachments as links (``open_evidence``
    with the evidence id of the item that holds one)."""

    open_evidence = Signal(int)

    def __init__(self, folder, ev: Evidence, computer_zone: str, parent=None):
        super().__init__(parent)
        mail = read_mail(folder, ev)
        form = QFormLayout()

        def line(label: str, value: str) -> None:
            if value:
                v = QLabel(value)
                v.setWordWrap(True)
                v.setTextFormat(Qt.TextFormat.PlainText)
                v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, v)

        line(self.tr("From:"), mail.sender)
        line(self.tr("To:"), mail.to)
        line(self.tr("Cc:"), mail.cc)
        line(self.tr("Date:"), show_time(mail.date, computer_zone, current_language())
             if mail.date else self.tr("unknown (the e-mail has no date)"))
        line(self.tr("Subject:"), mail.subject)
        self.body = QPlainTextEdit(mail.body)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("E-mail text"))
        self.body.setTabChangesFocus(True)
        self.attachments = QLabel()
        self.attachments.setWordWrap(True)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.attachments.linkActivated.connect(
            lambda link: self.open_evidence.emit(int(link.rsplit(":", 1)[1])))
        self.attachment_ids = [a.evidence.id for a in mail.attachments if a.evidence]
        if mail.attachments:
            names = []
            for a in mail.attachments:
                name = a.name.replace("&", "&amp;").replace("<", "&lt;")
                names.append(f'<a href="evidence:{a.evidence.id}">{name}</a>'
                             if a.evidence else name)
            text = self.tr("Attachments: %1").replace("%1", ", ".join(names))
            if any(a.evidence is None for a in mail.attachments):
                text += "<br>" + self.tr("(added as evidence when you file the e-mail into "
                                         "a claim)")
            self.attachments.setText(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments)
        self.attachments.setVisible(bool(mail.attachments))


class NoPreview(QLabel):
    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)


def pdf_support() -> bool:
    try:
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def make_preview(folder, ev: Evidence, computer_zone: str) -> QWidget:
    """The preview for ``ev`` (whatever it is, something readable comes back)."""
    translate = QCoreApplication.translate
    path = folder.evidence.file_path(ev)
    if not path.exists():
        return NoPreview(translate("EvidencePreview",
                                   "The file is missing from the claim folder."))
    if ev.is_image:
        pixmap = QPixmap(str(path))
        if not pixmap.isNull():
            return ImagePreview(pixmap)
        return NoPreview(translate("EvidencePreview", "This picture cannot be shown here. "
                                   "Open it with the default application."))
    if ev.mime == "application/pdf":
        if pdf_support():
            return PdfPreview(path)
        return NoPreview(translate("EvidencePreview", "PDF preview is not installed (the "
                                   "pyside6-pdf package). Open the PDF with the default "
                                   "application."))
    if is_email(ev):
        try:
            return MailPreview(folder, ev, computer_zone)
        except Exception:  # noqa: BLE001 - extract-msg raises many kinds on a damaged .msg
            return NoPreview(translate("EvidencePreview", "This e-mail cannot be read here. "
                                       "Open it with the default application."))
    return NoPreview(translate("EvidencePreview", "No preview for this kind of file. Open it "
                               "with the default application."))
