"""The region overlay: a full-screen picture of the desktop to drag a rectangle on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from bonusdesk.core.monitors import Rect

if TYPE_CHECKING:
    from bonusdesk.core.capture import RawCapture


def raw_to_image(raw: RawCapture) -> QImage:
    """The grabbed pixels as a QImage (mss gives BGRX, which is Qt's RGB32 in memory)."""
    return QImage(bytes(raw.bgra), raw.width, raw.height, raw.width * 4,
                  QImage.Format.Format_RGB32).copy()


class RegionOverlay(QWidget):
    """Full-screen picture of the desktop; drag a rectangle, Enter or release to take it,
    Esc to cancel. Shows the selection's size in pixels."""

    chosen = Signal(object)  # Rect in virtual-desktop pixels
    cancelled = Signal()

    def __init__(self, raw: RawCapture):
        super().__init__(None, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(self.tr("Choose the region to capture"))
        self.raw = raw
        self.background = raw_to_image(raw)
        self.origin: QPoint | None = None
        self.selection = QRect()
        self.setCursor(Qt.CursorShape.CrossCursor)
        area = raw.area
        # Widget coordinates are logical pixels; the grab is physical ones.
        ratio = self.devicePixelRatioF() or 1.0
        self.setGeometry(round(area.left / ratio), round(area.top / ratio),
                         round(area.width / ratio), round(area.height / ratio))

    def to_desktop(self, r: QRect) -> Rect:
        sx = self.raw.width / max(1, self.width())
        sy = self.raw.height / max(1, self.height())
        return Rect(self.raw.area.left + round(r.x() * sx), self.raw.area.top + round(r.y() * sy),
                    max(1, round(r.width() * sx)), max(1, round(r.height() * sy)))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.drawImage(self.rect(), self.background)
        p.fillRect(self.rect(), QColor(0, 0, 0, 110))
        if not self.selection.isNull():
            p.drawImage(self.selection, self.background,
                        QRect(self.to_desktop(self.selection).left - self.raw.area.left,
                              self.to_desktop(self.selection).top - self.raw.area.top,
                              self.to_desktop(self.selection).width,
                              self.to_desktop(self.selection).height))
            p.setPen(QPen(QColor("#3b82f6"), 2))
            p.drawRect(self.selection)
            r = self.to_desktop(self.selection)
            text = f"{r.width} × {r.height}"
            box = p.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3)
            box.moveTopLeft(self.selection.bottomLeft() + QPoint(0, 6))
            p.fillRect(box, QColor(0, 0, 0, 200))
            p.setPen(QColor("white"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        hint = self.tr("Drag to choose the region · Enter to capture · Esc to cancel")
        box = p.fontMetrics().boundingRect(hint).adjusted(-10, -6, 10, 6)
        box.moveCenter(QPoint(self.width() // 2, 30))
        p.fillRect(box, QColor(0, 0, 0, 200))
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, hint)

    def mousePressEvent(self, event) -> None:
        self.origin = event.position().toPoint()
        self.selection = QRect(self.origin, self.origin)
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if self.origin is not None:
            # Corner to corner, exclusive: dragging 150 px selects 150 px (QRect(p, q) adds 1).
            p, q = self.origin, event.position().toPoint()
            self.selection = QRect(min(p.x(), q.x()), min(p.y(), q.y()),
                                   abs(q.x() - p.x()), abs(q.y() - p.y()))
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        self.mouseMoveEvent(event)
        self.origin = None
        if self.selection.width() > 2 and self.selection.height() > 2:
            self._finish(True)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._finish(False)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.selection.isNull():
            self._finish(True)

    def _finish(self, ok: bool) -> None:
        rect = self.to_desktop(self.selection) if ok else None
        self.close()
        if ok:
            self.chosen.emit(rect)
        else:
            self.cancelled.emit()
