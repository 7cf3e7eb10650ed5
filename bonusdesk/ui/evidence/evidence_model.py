"""Evidence gallery model: one row per evidence item, thumbnails loaded lazily.

A thumbnail is asked for only when the view paints its row; the work (decode,
scale, cache write) runs as a job (ui/jobs.py) and comes back on the GUI thread.
Jobs touch files only, never the database (SQLite connections stay on the GUI thread).

Items can be dragged (onto a claim of the claims list: filing); the drag carries their
ids and the claim folder they belong to (``EVIDENCE_MIME``), so nothing is filed into
another folder's claim.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QLocale, QMimeData, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from bonusdesk.core.inbox import is_email
from bonusdesk.core.model import Evidence
from bonusdesk.core.zones import show_time

from ..i18n import current_language
from ..icons import mail_icon
from ..jobs import JobRunner
from ..labels import evidence_kind_label

if TYPE_CHECKING:  # pypdfium2 (~15 ms) is imported when a PDF is first drawn, not at start
    from bonusdesk.core.pdf_pages import PageImage

EvidenceIdRole = Qt.ItemDataRole.UserRole + 10
EvidenceRole = Qt.ItemDataRole.UserRole + 11
THUMB_SIZE = 160
EVIDENCE_MIME = "application/x-bonusdesk-evidence"


def evidence_mime(folder_path: Path, ids: list[int]) -> QMimeData:
    """A drag of evidence items of the claim folder at ``folder_path``."""
    mime = QMimeData()
    mime.setData(EVIDENCE_MIME, json.dumps({"folder": str(folder_path),
                                            "ids": list(ids)}).encode())
    return mime


def dropped_evidence(mime: QMimeData, folder_path: Path | None) -> list[int]:
    """The evidence ids a drop carries, if they belong to the folder at ``folder_path``."""
    if folder_path is None or not mime.hasFormat(EVIDENCE_MIME):
        return []
    try:
        data = json.loads(bytes(mime.data(EVIDENCE_MIME)).decode())
        if Path(data["folder"]) != Path(folder_path):
            return []
        return [int(i) for i in data["ids"]]
    except (ValueError, KeyError, TypeError):
        return []


def _thumbnail(make: Callable[[], Path | None]) -> QImage:
    """In the pool: make (or reuse) the cached thumbnail file and load it."""
    try:
        path = make()
        return _square(QImage(str(path))) if path is not None else QImage()
    except Exception:  # noqa: BLE001 - a broken image shows the generic icon, no crash
        return QImage()


def _pdf_first_page(locate: Callable[[], Path]) -> PageImage | None:
    """In the pool: a PDF's first page drawn on white by PDFium, from the file's bytes, or
    None when it cannot be drawn (a password, a damaged file): the file icon stays."""
    try:
        from bonusdesk.core.pdf_pages import render_page

        return render_page(locate(), 0, THUMB_SIZE, THUMB_SIZE)
    except Exception:  # noqa: BLE001 - a PDF that cannot be drawn keeps the file icon
        return None


def _pdf_thumbnail(page: PageImage | None) -> QImage:
    """On the GUI thread: the drawn page as a sheet with a grey edge (a white page on a
    white list), squared like the pictures' thumbnails."""
    if page is None:
        return QImage()
    paper = QImage(page.rgb, page.width, page.height, 3 * page.width,
                   QImage.Format.Format_RGB888).convertToFormat(
                       QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(paper)
    painter.setPen(QColor("#9aa4ae"))
    painter.drawRect(0, 0, paper.width() - 1, paper.height() - 1)
    painter.end()
    return _square(paper)


def _square(image: QImage) -> QImage:
    """Scaled to fit THUMB_SIZE and centred on a transparent square, so captions line up."""
    if image.isNull():
        return image
    scaled = image.scaled(THUMB_SIZE, THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    out = QImage(THUMB_SIZE, THUMB_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawImage((THUMB_SIZE - scaled.width()) // 2, (THUMB_SIZE - scaled.height()) // 2,
                      scaled)
    painter.end()
    return out


class EvidenceListModel(QAbstractListModel):
    """Thumbnails + captions of one claim's evidence."""

    def __init__(self, jobs: JobRunner, parent=None):
        super().__init__(parent)
        self.jobs = jobs
        self._items: list[Evidence] = []
        self._thumbs: dict[int, QPixmap] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._thumbnailer: Callable[[Evidence], Path | None] | None = None
        self.folder_path: Path | None = None  # where the items live (for drags)
        self._file_path: Callable[[Evidence], Path] | None = None  # a PDF's, for its page

    def set_items(self, items: list[Evidence],
                  thumbnailer: Callable[[Evidence], Path | None] | None,
                  folder_path: Path | None = None,
                  file_path: Callable[[Evidence], Path] | None = None) -> None:
        self.beginResetModel()
        self.folder_path = folder_path
        self._file_path = file_path
        self._generation += 1
        self._items = list(items)
        self._thumbs.clear()
        self._pending.clear()
        self._thumbnailer = thumbnailer
        self.endResetModel()

    def append(self, ev: Evidence) -> None:
        if any(e.id == ev.id for e in self._items):
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        self._items.append(ev)
        self.endInsertRows()

    def replace(self, ev: Evidence) -> None:
        for n, e in enumerate(self._items):
            if e.id == ev.id:
                self._items[n] = ev
                self.dataChanged.emit(self.index(n), self.index(n))

    def evidence_at(self, row: int) -> Evidence:
        return self._items[row]

    def items(self) -> list[Evidence]:
        return list(self._items)

    def pending_thumbnails(self) -> int:
        return len(self._pending)

    def loaded_thumbnails(self) -> int:
        return len(self._thumbs)

    # -- Qt model API --------------------------------------------------------
    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [EVIDENCE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self._items[i.row()].id for i in indexes if i.isValid()))
        return evidence_mime(self.folder_path or Path(), ids)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ev = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ev.caption or ev.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(ev)
        if role == Qt.ItemDataRole.ToolTipRole:
            size = QLocale().formattedDataSize(ev.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            when = show_time(ev.captured_at, ev.zone, current_language())
            return f"{ev.original_name}\n{evidence_kind_label(ev.kind)} · {size} · {when}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{evidence_kind_label(ev.kind)}: {ev.caption or ev.original_name}"
        if role == EvidenceIdRole:
            return ev.id
        if role == EvidenceRole:
            return ev
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMB_SIZE + 24, THUMB_SIZE + 44)
        return None

    def _decoration(self, ev: Evidence):
        pix = self._thumbs.get(ev.id)
        if pix is not None:
            return pix
        style = QApplication.style()
        if ev.is_image and self._thumbnailer is not None:
            make = self._thumbnailer
            self._request(ev, lambda: _thumbnail(lambda: make(ev)))
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if ev.mime == "application/pdf" and self._file_path is not None:
            file_path = self._file_path
            self._request(ev, lambda: _pdf_first_page(lambda: file_path(ev)),
                          broken_icon=False, finish=_pdf_thumbnail)
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if is_email(ev):  # .eml and Outlook .msg
            return mail_icon()
        return QIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def _request(self, ev: Evidence, render: Callable[[], object],
                 broken_icon: bool = True,
                 finish: Callable[[object], QImage] | None = None) -> None:
        """``render`` runs in the job pool; ``finish`` (if any) turns its result into the
        image on the GUI thread. A null image shows the warning icon (a picture that cannot
        be read), or the file icon when ``broken_icon`` is False (a PDF that cannot be drawn
        may still be fine: it may only need its password)."""
        if ev.id in self._pending:
            return
        self._pending.add(ev.id)
        generation, evidence_id = self._generation, ev.id
        self.jobs.start(lambda _ctx: render(), name="thumbnail", owner=self,
                        on_result=lambda value: self._thumb_ready(
                            generation, evidence_id, finish(value) if finish else value,
                            broken_icon))

    def _thumb_ready(self, generation: int, evidence_id: int, image: QImage,
                     broken_icon: bool = True) -> None:
        if generation != self._generation:
            return  # a result for the previously shown claim
        self._pending.discard(evidence_id)
        if image.isNull():
            style = QApplication.style()
            icon = (QStyle.StandardPixmap.SP_MessageBoxWarning if broken_icon
                    else QStyle.StandardPixmap.SP_FileIcon)
            pix = style.standardIcon(icon).pixmap(48)
        else:
            pix = QPixmap.fromImage(image)
        self._thumbs[evidence_id] = pix
        for n, e in enumerate(self._items):
            if e.id == evidence_id:
                self.dataChanged.emit(self.index(n), self.index(n),
                                      [Qt.ItemDataRole.DecorationRole])
                break
