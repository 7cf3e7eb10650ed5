"""What the evidence viewer shows of a file: a picture that zooms, a PDF a page at a time,
an e-mail as a mail client shows it, or a plain word when there is nothing to preview.

``make_preview`` picks one. PDF pages are drawn by PDFium (pypdfium2, core/pdf_pages.py)
in the job runner; a PDF it cannot draw (a password, a damaged file) says why, and
"Open with the default application" stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.inbox import is_email
from bonusdesk.core.model import Evidence
from bonusdesk.core.zones import show_time

from ..i18n import current_language
from ..jobs import JobRunner

# PDFium (pypdfium2) and the e-mail reader (the email package) are imported when a PDF or
# an e-mail is first shown: ~30 ms the app's start does not need.
if TYPE_CHECKING:
    from bonusdesk.core.pdf_pages import PageImage


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
    """One page at a time, fitted to the view; Previous/Next (Page Up/Page Down) turn pages.

    Pages are drawn by PDFium (core/pdf_pages.py) in the job runner, from the file's bytes
    (the evidence is never written to); the RGB pixels become a picture here, on the GUI
    thread. A page is drawn again, sharper, when the view grows."""

    def __init__(self, path: Path, jobs: JobRunner, parent=None):
        super().__init__(parent)
        self.path, self.jobs = path, jobs
        self._page, self._pages = 0, 0
        self._generation = 0
        self._drawn: PageImage | None = None
        self._pixmap = QPixmap()
        self.failure = ""  # PdfNotShown.PASSWORD / DAMAGED, or "unreadable", once known
        self.view = QLabel()
        self.view.setAccessibleName(self.tr("PDF page"))
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(120, 120)
        # The label must be free to shrink below the page it shows, or it never fits.
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.previous = QPushButton(self.tr("&Previous page"))
        self.next = QPushButton(self.tr("Ne&xt page"))
        self.previous.clicked.connect(lambda: self.go(self._page - 1))
        self.next.clicked.connect(lambda: self.go(self._page + 1))
        self.where = QLabel()
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=self.next.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=self.previous.click)
        self._sharpen = QTimer(self, singleShot=True, interval=150)
        self._sharpen.timeout.connect(self._render)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.where)
        row.addWidget(self.next)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._update()
        self._render()

    def pages(self) -> int:
        """The page count (0 until the first page is drawn, or when it cannot be)."""
        return self._pages

    def page(self) -> int:
        return self._page

    def page_image(self) -> QImage:
        """The current page as drawn (null until it is)."""
        return self._pixmap.toImage()

    def go(self, page: int) -> None:
        if 0 <= page < self._pages and page != self._page:
            self._page = page
            self._update()
            self._render()

    def _target(self) -> tuple[int, int]:
        ratio = self.devicePixelRatioF()
        size = self.view.size()
        return (max(200, round(size.width() * ratio)), max(200, round(size.height() * ratio)))

    def _render(self) -> None:
        self._generation += 1
        generation, path, index = self._generation, self.path, self._page
        width, height = self._target()
        from bonusdesk.core.pdf_pages import render_page

        self.jobs.start(lambda _ctx: render_page(path, index, width, height),
                        name="pdf page", owner=self,
                        on_result=lambda drawn: self._shown(generation, drawn),
                        on_error=lambda exc: self._failed(generation, exc))

    def _shown(self, generation: int, drawn: PageImage) -> None:
        if generation != self._generation:
            return  # a page turned or the view resized since: a newer one is coming
        self._drawn, self._pages, self._page = drawn, drawn.pages, drawn.index
        image = QImage(drawn.rgb, drawn.width, drawn.height, 3 * drawn.width,
                       QImage.Format.Format_RGB888).copy()  # the bytes go with the job
        self._pixmap = QPixmap.fromImage(image)
        self._fit()
        self._update()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        from bonusdesk.core.pdf_pages import PdfNotShown

        if isinstance(exc, PdfNotShown) and exc.reason == PdfNotShown.PASSWORD:
            self.failure = exc.reason
            text = self.tr('This PDF is protected by a password, so its pages cannot be shown '
                           'here. On the Evidence tab, select it and use "Give the password…": '
                           'its pages are then shown from an unlocked copy (this file is kept '
                           'as it is).')
        elif isinstance(exc, PdfNotShown):
            self.failure = exc.reason
            text = self.tr("This PDF cannot be shown here: it is damaged, or not a PDF. "
                           "Open it with the default application, which may repair it.")
        else:
            self.failure = "unreadable"
            text = self.tr("This PDF cannot be read: %1").replace("%1", str(exc))
        self._pages = 0
        self.problem.setText(text)
        self.problem.show()
        self.view.hide()
        self._update()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        ratio = self.devicePixelRatioF()
        size = self.view.size() * ratio
        fitted = self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        fitted.setDevicePixelRatio(ratio)
        self.view.setPixmap(fitted)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
        width, height = self._target()
        if self._drawn is not None and not self.failure and (
                width > self._drawn.width * 1.2 and height > self._drawn.height * 1.2):
            self._sharpen.start()  # drawn for a smaller view: draw it again, once resizing rests

    def _update(self) -> None:
        if self._pages:
            self.where.setText(self.tr("Page %1 of %2").replace("%1", str(self._page + 1))
                               .replace("%2", str(self._pages)))
        else:
            self.where.setText("" if self.failure else self.tr("Drawing the page…"))
        self.previous.setEnabled(self._page > 0)
        self.next.setEnabled(self._page < self._pages - 1)


class MailPreview(QWidget):
    """From, To, Cc, Date, Subject, the body as text, attachments as links (``open_evidence``
    with the evidence id of the item that holds one)."""

    open_evidence = Signal(int)

    def __init__(self, folder, ev: Evidence, computer_zone: str, parent=None):
        super().__init__(parent)
        from bonusdesk.core.mail_view import read_mail

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


def make_preview(folder, ev: Evidence, computer_zone: str, jobs: JobRunner) -> QWidget:
    """The preview for ``ev`` (whatever it is, something readable comes back); ``jobs``
    draws PDF pages off the GUI thread."""
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
        return PdfPreview(path, jobs)
    if is_email(ev):
        try:
            return MailPreview(folder, ev, computer_zone)
        except Exception:  # noqa: BLE001 - extract-msg raises many kinds on a damaged .msg
            return NoPreview(translate("EvidencePreview", "This e-mail cannot be read here. "
                                       "Open it with the default application."))
    return NoPreview(translate("EvidencePreview", "No preview for this kind of file. Open it "
                               "with the default application."))
