"""The editor's shapes: one item per core operation (bonusdesk/core/annotate.py).

Scene coordinates are pixels of the upright picture, the core's own coordinates, so
``item.operation()`` is exactly what the core renders when the copy is saved. Items draw
themselves and answer hit tests; the scene (canvas.py) creates, moves, resizes and
deletes them, always through undo commands (undo.py).

What the editor shows follows the core's fixed order: annotations in the order they were
made, every redaction box above them, the crop above all. Nothing can be seen over a
redaction box here either.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from bonusdesk.core.annotate import DEFAULT_COLOURS, HIGHLIGHT_ALPHA, Box, Operation, OpKind

HANDLE_PX = 9  # a resize handle's size on screen, at any zoom
Z_REDACT, Z_CROP = 1_000_000, 2_000_000  # above every annotation, as the core renders
HANDLES = ("tl", "t", "tr", "r", "br", "b", "bl", "l")
_FONT: tuple[str, str] | None = None


def core_font(pixel_size: int) -> QFont:
    """The font the core draws text and step numbers with (core.stamp.truetype_font: a
    bundled DejaVu face), so the editor shows the words as the copy will have them."""
    global _FONT
    if _FONT is None:
        from bonusdesk.core.stamp import truetype_font

        pil_font, _ = truetype_font(12)
        family, style = getattr(pil_font, "getname", lambda: ("DejaVu Sans", "Book"))()
        path = getattr(pil_font, "path", "")
        if path:
            QFontDatabase.addApplicationFont(str(path))
        _FONT = (family, style)
    font = QFont(_FONT[0])
    font.setStyleName(_FONT[1])
    font.setPixelSize(pixel_size)
    return font


def text_size(op_size: int, height: float) -> int:
    """The font size the core uses for a text box (core.annotate._text)."""
    return op_size or max(10, min(200, round(abs(height) * 0.75)))


class OpItem(QGraphicsItem):
    """One operation. ``box`` is (x, y, w, h) in picture pixels; for an arrow it runs from
    the tail (x, y) to the head (x + w, y + h). ``proposed`` marks a redaction box offered
    by the ID-document preset that the player has not confirmed yet."""

    def __init__(self, op: Operation, seq: int, proposed: bool = False):
        super().__init__()
        self.kind = op.kind
        self.box = QRectF(op.box.x, op.box.y, op.box.w, op.box.h)
        self.text, self.colour, self.step = op.text, op.colour, op.step
        self.stroke, self.size = op.stroke, op.size
        self.seq = seq  # creation order: the order of the operation list
        self.proposed = proposed
        self.shown_step = op.step or 1  # the number drawn; the scene renumbers
        self.handle = float(HANDLE_PX)  # handle size in picture pixels (set from the zoom)
        self.picture = QRectF()  # the whole picture (the crop dims what is outside it)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue({OpKind.REDACT: Z_REDACT, OpKind.CROP: Z_CROP}.get(self.kind, seq))

    # -- data ----------------------------------------------------------------------------
    def operation(self) -> Operation:
        b = self.box
        box = Box(round(b.x()), round(b.y()), round(b.width()), round(b.height()))
        return Operation(self.kind, box, self.text, self.colour, self.step, self.stroke,
                         self.size)

    def props(self) -> dict:
        return {"text": self.text, "colour": self.colour, "stroke": self.stroke,
                "proposed": self.proposed}

    def set_props(self, props: dict) -> None:
        self.prepareGeometryChange()
        for name, value in props.items():
            setattr(self, name, value)
        self.update()

    def set_box(self, box: QRectF) -> None:
        self.prepareGeometryChange()
        self.box = QRectF(box)
        self.update()

    def set_handle_size(self, size: float) -> None:
        self.prepareGeometryChange()
        self.handle = size

    def area(self) -> QRectF:
        return self.box.normalized()

    @property
    def rgb(self) -> QColor:
        return QColor(self.colour or DEFAULT_COLOURS[self.kind])

    # -- handles -----------------------------------------------------------------------
    def handles(self) -> dict[str, QPointF]:
        if self.kind == OpKind.ARROW:
            return {"tail": self.box.topLeft(), "head": self.box.bottomRight()}
        r = self.area()
        cx, cy = r.center().x(), r.center().y()
        return {"tl": r.topLeft(), "t": QPointF(cx, r.top()), "tr": r.topRight(),
                "r": QPointF(r.right(), cy), "br": r.bottomRight(), "b": QPointF(cx, r.bottom()),
                "bl": r.bottomLeft(), "l": QPointF(r.left(), cy)}

    def handle_at(self, pos: QPointF) -> str | None:
        """The handle under ``pos`` (picture pixels), when the item is selected."""
        if not self.isSelected():
            return None
        reach = self.handle * 0.75
        for name, point in self.handles().items():
            if abs(point.x() - pos.x()) <= reach and abs(point.y() - pos.y()) <= reach:
                return name
        return None

    def resized(self, handle: str, pos: QPointF) -> QRectF:
        """The box after dragging ``handle`` to ``pos``."""
        b = self.box
        if handle == "tail":
            return QRectF(pos.x(), pos.y(), b.right() - pos.x(), b.bottom() - pos.y())
        if handle == "head":
            return QRectF(b.x(), b.y(), pos.x() - b.x(), pos.y() - b.y())
        r = self.area()
        left, top, right, bottom = r.left(), r.top(), r.right(), r.bottom()
        if "l" in handle:
            left = pos.x()
        if "r" in handle:
            right = pos.x()
        if "t" in handle:
            top = pos.y()
        if "b" in handle:
            bottom = pos.y()
        return QRectF(QPointF(left, top), QPointF(right, bottom)).normalized()

    # -- QGraphicsItem -------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        margin = self.handle + self.stroke + 2
        if self.kind == OpKind.ARROW:
            margin += max(10.0, self.stroke * 4.0)
        out = self.area().adjusted(-margin, -margin, margin, margin)
        return out.united(self.picture) if self.kind == OpKind.CROP else out

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.kind == OpKind.ARROW:
            path.moveTo(self.box.topLeft())
            path.lineTo(self.box.bottomRight())
        else:
            path.addRect(self.area())
        if self.kind not in (OpKind.ARROW, OpKind.CROP):
            return path
        # A line is hard to hit, and a crop must let the shapes inside it be clicked:
        # both answer only along their line.
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.stroke + 6.0, self.handle * 1.5))
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.save()
        _PAINT[self.kind](self, painter)
        painter.restore()
        if self.isSelected():
            self._paint_selection(painter)

    def _paint_selection(self, painter: QPainter) -> None:
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(QColor("#1e88e5"), 0, Qt.PenStyle.DashLine)  # cosmetic: 1 px on screen
        painter.setPen(pen)
        if self.kind != OpKind.ARROW:
            painter.drawRect(self.area())
        painter.setPen(QPen(QColor("#1e88e5"), 0))
        painter.setBrush(QColor("white"))
        half = self.handle / 2
        for point in self.handles().values():
            painter.drawRect(QRectF(point.x() - half, point.y() - half, self.handle,
                                    self.handle))
        painter.restore()


# -- how each kind looks (the core's drawing, in Qt) ----------------------------------
def _paint_rect(item: OpItem, painter: QPainter) -> None:
    # The core draws the outline inside the box: a pen centred half a stroke inwards.
    inset = item.stroke / 2
    pen = QPen(item.rgb, item.stroke)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(item.area().adjusted(inset, inset, -inset, -inset))


def _paint_arrow(item: OpItem, painter: QPainter) -> None:
    tail, tip = item.box.topLeft(), item.box.bottomRight()
    length = QLineF(tail, tip).length()
    head = max(10.0, item.stroke * 4.0)
    angle = math.atan2(tip.y() - tail.y(), tip.x() - tail.x())
    back = max(0.0, length - head * 0.8)  # the shaft stops where the head starts
    shaft_end = QPointF(tail.x() + math.cos(angle) * back, tail.y() + math.sin(angle) * back)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(item.rgb, item.stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(tail, shaft_end)
    spread = math.radians(25)
    left = QPointF(tip.x() - head * math.cos(angle - spread),
                   tip.y() - head * math.sin(angle - spread))
    right = QPointF(tip.x() - head * math.cos(angle + spread),
                    tip.y() - head * math.sin(angle + spread))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(item.rgb)
    painter.drawPolygon(QPolygonF([tip, left, right]))


def _paint_highlight(item: OpItem, painter: QPainter) -> None:
    tint = QColor(item.rgb)
    tint.setAlphaF(HIGHLIGHT_ALPHA)
    painter.fillRect(item.area(), tint)


def _paint_text(item: OpItem, painter: QPainter) -> None:
    r = item.area()
    size = text_size(item.size, r.height())
    font = core_font(size)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(item.rgb)
    # Pillow's multiline text: each line one ascent plus a quarter of the size below the last.
    for n, line in enumerate(item.text.split("\n")):
        baseline = r.top() + metrics.ascent() + n * (metrics.ascent() + size // 4)
        painter.drawText(QPointF(r.left(), baseline), line)


def _paint_step(item: OpItem, painter: QPainter) -> None:
    r = item.area()
    diameter = max(16.0, min(r.width(), r.height()))
    disc = QRectF(r.center().x() - diameter / 2, r.center().y() - diameter / 2, diameter,
                  diameter)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), max(1, int(diameter) // 16)))
    painter.setBrush(item.rgb)
    painter.drawEllipse(disc)
    painter.setFont(core_font(max(8, round(diameter * 0.55))))
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(item.shown_step))


def _paint_redact(item: OpItem, painter: QPainter) -> None:
    if not item.proposed:
        painter.fillRect(item.area(), item.rgb)
        return
    # A proposal lets the player see what it covers, to check it before confirming.
    shade = QColor(item.rgb)
    shade.setAlphaF(0.55)
    painter.fillRect(item.area(), shade)
    painter.fillRect(item.area(), QBrush(QColor("#e53935"), Qt.BrushStyle.BDiagPattern))
    painter.setPen(QPen(QColor("#e53935"), 0, Qt.PenStyle.DashLine))
    painter.drawRect(item.area())
    label = QCoreApplication.translate("OpItem", "proposed")
    font = QFont()
    font.setPixelSize(max(10, min(24, round(item.area().height() * 0.4))))
    painter.setFont(font)
    painter.setPen(QColor("#e53935"))
    painter.drawText(item.area().topLeft() + QPointF(0, -3), label)


def _paint_crop(item: OpItem, painter: QPainter) -> None:
    outside = QPainterPath()
    outside.addRect(item.picture)
    inside = QPainterPath()
    inside.addRect(item.area())
    painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 130))
    painter.setPen(QPen(QColor("white"), 0, Qt.PenStyle.DashLine))
    painter.drawRect(item.area())


_PAINT = {OpKind.RECT: _paint_rect, OpKind.ARROW: _paint_arrow,
          OpKind.HIGHLIGHT: _paint_highlight, OpKind.TEXT: _paint_text,
          OpKind.STEP: _paint_step, OpKind.REDACT: _paint_redact, OpKind.CROP: _paint_crop}
