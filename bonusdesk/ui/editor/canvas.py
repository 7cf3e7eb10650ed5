"""The editor's canvas: the picture, the shapes drawn on it, the tools.

``EditorScene`` holds the shapes (items.py) in picture pixels and turns mouse gestures
into undo commands (undo.py): with a drawing tool a drag draws, with the selection tool a
click selects, a drag moves, a handle resizes. ``operations()`` is the core
``OperationList`` the copy is made from. view.py shows it zoomed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QUndoStack
from PySide6.QtWidgets import QGraphicsScene

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind

from .items import HANDLE_PX, OpItem
from .undo import MERGE_GROW, MERGE_NUDGE, AddItems, ChangeBoxes, ChangeProps, RemoveItems


class Tool(StrEnum):
    SELECT = "select"
    RECT = "rect"
    ARROW = "arrow"
    HIGHLIGHT = "highlight"
    TEXT = "text"
    STEP = "step"
    CROP = "crop"
    REDACT = "redact"
    READ = "read"  # drag a region to read its text: draws nothing


MIN_DRAG = 3  # picture pixels: a shorter drag is a click
KEEPS_OWN_COLOUR = (OpKind.REDACT, OpKind.CROP, OpKind.HIGHLIGHT)  # new ones ignore the pick
COLOURED = (OpKind.RECT, OpKind.ARROW, OpKind.TEXT, OpKind.STEP, OpKind.HIGHLIGHT)


@dataclass
class _Draw:
    start: QPointF
    item: OpItem | None = None


@dataclass
class _Move:
    items: list[OpItem]
    start: QPointF
    old: list[QRectF] = field(default_factory=list)


@dataclass
class _Resize:
    item: OpItem
    handle: str
    old: QRectF


class EditorScene(QGraphicsScene):
    """``ops_changed`` after any change of the shapes; ``region_chosen(Box)`` when the
    read-text tool was dragged. ``ask_text(current)`` asks the player for a text shape's
    words (None: cancelled); the dialog sets it."""

    ops_changed = Signal()
    region_chosen = Signal(object)

    def __init__(self, image: QImage, parent=None):
        super().__init__(parent)
        self.undo = QUndoStack(self)
        self.picture = self.addPixmap(QPixmap.fromImage(image))
        self.picture.setZValue(-1)
        self.setSceneRect(QRectF(image.rect()))
        self.tool = Tool.SELECT
        self.colour = ""  # "#RRGGBB" for new shapes; "" = each kind's default colour
        self.stroke = 4
        self.ask_text: Callable[[str], str | None] = lambda _current: None
        self.handle_size = float(HANDLE_PX)
        self._seq = itertools.count(1)
        self._gesture: _Draw | _Move | _Resize | None = None

    # -- the shapes ------------------------------------------------------------------
    def shapes(self) -> list[OpItem]:
        """Every shape, in the order they were made (the operation list's order)."""
        return sorted((i for i in self.items() if isinstance(i, OpItem)), key=lambda i: i.seq)

    def selected_shapes(self) -> list[OpItem]:
        return [i for i in self.shapes() if i.isSelected()]

    def proposals(self) -> list[OpItem]:
        return [i for i in self.shapes() if i.proposed]

    def operations(self) -> OperationList:
        return OperationList([i.operation() for i in self.shapes()])

    def make_item(self, op: Operation, proposed: bool = False) -> OpItem:
        return OpItem(op, next(self._seq), proposed)

    def load(self, ops: OperationList) -> None:
        """Shapes to start from (a copy re-opened): not an edit, nothing to undo."""
        self.put([self.make_item(op) for op in ops.operations])
        self.undo.clear()
        self.undo.setClean()

    def add_operations(self, ops: list[Operation], proposed: bool = False) -> list[OpItem]:
        """Add shapes as one undo step; a crop among them replaces the current one."""
        items = [self.make_item(op, proposed) for op in ops]
        replaced = [i for i in self.shapes() if i.kind == OpKind.CROP] if any(
            op.kind == OpKind.CROP for op in ops) else []
        self.undo.push(AddItems(self, items, replaced))
        return items

    def put(self, items: list[OpItem]) -> None:
        for item in items:
            item.picture = self.sceneRect()
            item.set_handle_size(self.handle_size)
            self.addItem(item)
        self._renumber()

    def take(self, items: list[OpItem]) -> None:
        for item in items:
            if item.scene() is self:
                item.setSelected(False)
                self.removeItem(item)
        self._renumber()

    def _renumber(self) -> None:
        """Step markers show the numbers the core will draw (core.annotate.numbered)."""
        shapes = self.shapes()
        numbered = OperationList([i.operation() for i in shapes]).numbered().operations
        for item, op in zip(shapes, numbered, strict=True):
            if item.kind == OpKind.STEP and item.shown_step != op.step:
                item.shown_step = op.step
                item.update()
        self.ops_changed.emit()

    def set_zoom(self, scale: float) -> None:
        self.handle_size = HANDLE_PX / scale
        for item in self.shapes():
            item.set_handle_size(self.handle_size)

    # -- editing the selection -----------------------------------------------------------
    def delete_selected(self) -> None:
        chosen = self.selected_shapes()
        if chosen:
            self.undo.push(RemoveItems(self, chosen))

    def select_all(self) -> None:
        for item in self.shapes():
            item.setSelected(True)

    def nudge(self, dx: int, dy: int, resize: bool = False) -> None:
        """Arrow keys: move the selection by a pixel (with Shift: resize it)."""
        chosen = self.selected_shapes()
        if not chosen:
            return
        old = [QRectF(i.box) for i in chosen]
        if resize:
            new = [QRectF(b.x(), b.y(), b.width() + dx, b.height() + dy) for b in old]
            new = [b if i.kind == OpKind.ARROW or (b.width() >= 1 and b.height() >= 1) else o
                   for i, b, o in zip(chosen, new, old, strict=True)]
        else:
            new = [b.translated(dx, dy) for b in old]
        self.undo.push(ChangeBoxes(self, chosen, old, new, MERGE_GROW if resize else MERGE_NUDGE))

    def recolour_selected(self, colour: str) -> None:
        chosen = [i for i in self.selected_shapes() if i.kind in COLOURED]
        if chosen:
            self.undo.push(ChangeProps(self, chosen, {"colour": colour}))

    def restroke_selected(self, stroke: int) -> None:
        chosen = [i for i in self.selected_shapes() if i.kind in (OpKind.RECT, OpKind.ARROW)]
        if chosen:
            self.undo.push(ChangeProps(self, chosen, {"stroke": stroke}))

    def confirm_proposals(self) -> int:
        """The player accepted the proposed boxes: they become ordinary redactions."""
        chosen = self.proposals()
        if chosen:
            self.undo.push(ChangeProps(self, chosen, {"proposed": False}))
        return len(chosen)

    def edit_text(self, item: OpItem) -> None:
        text = self.ask_text(item.text)
        if text is not None and text.strip() and text != item.text:
            self.undo.push(ChangeProps(self, [item], {"text": text}))

    def cancel_gesture(self) -> bool:
        """Escape during a drag: undo what the drag did so far. True if there was one."""
        gesture, self._gesture = self._gesture, None
        if isinstance(gesture, _Draw) and gesture.item is not None:
            self.take([gesture.item])
        elif isinstance(gesture, _Move):
            for item, box in zip(gesture.items, gesture.old, strict=True):
                item.set_box(box)
        elif isinstance(gesture, _Resize):
            gesture.item.set_box(gesture.old)
        return gesture is not None

    # -- mouse ---------------------------------------------------------------------------
    def _snap(self, pos: QPointF) -> QPointF:
        """Whole picture pixels, inside the picture: what is shown is what is saved."""
        r = self.sceneRect()
        return QPointF(min(max(round(pos.x()), 0), r.width()),
                       min(max(round(pos.y()), 0), r.height()))

    def _shape_at(self, pos: QPointF) -> OpItem | None:
        return next((i for i in self.items(pos) if isinstance(i, OpItem)), None)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        event.accept()
        pos = self._snap(event.scenePos())
        if self.tool != Tool.SELECT:
            self.clearSelection()
            self._gesture = _Draw(pos)
            return
        for item in reversed(self.selected_shapes()):
            handle = item.handle_at(event.scenePos())
            if handle:
                self._gesture = _Resize(item, handle, QRectF(item.box))
                return
        hit = self._shape_at(event.scenePos())
        if hit is None:
            self.clearSelection()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            hit.setSelected(not hit.isSelected())
            return
        if not hit.isSelected():
            self.clearSelection()
            hit.setSelected(True)
        chosen = self.selected_shapes()
        self._gesture = _Move(chosen, pos, [QRectF(i.box) for i in chosen])

    def mouseMoveEvent(self, event) -> None:
        gesture = self._gesture
        if gesture is None:
            return super().mouseMoveEvent(event)
        pos = self._snap(event.scenePos())
        if isinstance(gesture, _Draw):
            self._draw_to(gesture, pos)
        elif isinstance(gesture, _Move):
            dx, dy = self._move_delta(gesture, pos)
            for item, box in zip(gesture.items, gesture.old, strict=True):
                item.set_box(box.translated(dx, dy))
        else:
            gesture.item.set_box(gesture.item.resized(gesture.handle, pos))

    def mouseReleaseEvent(self, event) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        pos = self._snap(event.scenePos())
        if isinstance(gesture, _Draw):
            self._finish_draw(gesture, pos)
        elif isinstance(gesture, _Move):
            new = [QRectF(i.box) for i in gesture.items]
            if new != gesture.old:
                self.undo.push(ChangeBoxes(self, gesture.items, gesture.old, new))
        else:
            item, new = gesture.item, QRectF(gesture.item.box)
            empty = item.kind != OpKind.ARROW and (new.width() < 1 or new.height() < 1)
            if empty or new == gesture.old:
                item.set_box(gesture.old)
            else:
                self.undo.push(ChangeBoxes(self, [item], [gesture.old], [new]))

    def mouseDoubleClickEvent(self, event) -> None:
        hit = self._shape_at(event.scenePos())
        if self.tool == Tool.SELECT and hit is not None and hit.kind == OpKind.TEXT:
            self.edit_text(hit)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in steps and self.selected_shapes():
            self.nudge(*steps[key], resize=shift)
        else:
            return super().keyPressEvent(event)
        event.accept()

    # -- drawing -------------------------------------------------------------------------
    def _move_delta(self, gesture: _Move, pos: QPointF) -> tuple[float, float]:
        """How far the drag moved the shapes, keeping them on the picture."""
        dx, dy = pos.x() - gesture.start.x(), pos.y() - gesture.start.y()
        union = QRectF()
        for box in gesture.old:
            union = union.united(box.normalized())
        r = self.sceneRect()
        if r.contains(union):
            dx = min(max(dx, -union.left()), r.right() - union.right())
            dy = min(max(dy, -union.top()), r.bottom() - union.bottom())
        return dx, dy

    def _kind(self) -> OpKind:
        return OpKind(self.tool.value)

    def _new_op(self, box: Box, text: str = "") -> Operation:
        kind = self._kind()
        colour = "" if kind in KEEPS_OWN_COLOUR else self.colour
        return Operation(kind, box, text, colour, None, self.stroke)

    def _draw_to(self, gesture: _Draw, pos: QPointF) -> None:
        s = gesture.start
        if self.tool == Tool.READ:
            kind_box = Box(round(s.x()), round(s.y()), round(pos.x() - s.x()),
                           round(pos.y() - s.y())).normalised()
            op = Operation(OpKind.CROP, kind_box)  # shown as the crop frame, never saved
        else:
            w, h = round(pos.x() - s.x()), round(pos.y() - s.y())
            box = Box(round(s.x()), round(s.y()), w, h)
            op = self._new_op(box if self.tool == Tool.ARROW else box.normalised(), "…")
        if gesture.item is None:
            gesture.item = self.make_item(op)
            self.put([gesture.item])
        gesture.item.set_box(QRectF(*op.box.as_list()))

    def _finish_draw(self, gesture: _Draw, pos: QPointF) -> None:
        if gesture.item is not None:
            self.take([gesture.item])
        s = gesture.start
        w, h = round(pos.x() - s.x()), round(pos.y() - s.y())
        small = abs(w) < MIN_DRAG and abs(h) < MIN_DRAG
        drawn = Box(round(s.x()), round(s.y()), w, h)
        if self.tool == Tool.READ:
            if not small and w and h:
                self.region_chosen.emit(drawn.normalised())
            return
        if self.tool == Tool.STEP:
            self._add(drawn.normalised() if not small else self._around(s, self._step_size()))
        elif self.tool == Tool.TEXT:
            box = drawn.normalised() if not small and abs(h) >= 8 else self._text_box(s)
            text = self.ask_text("")
            if text and text.strip():
                self._add(box, text)
        elif self.tool == Tool.ARROW:
            if not small:
                self._add(drawn)
        elif abs(w) >= MIN_DRAG and abs(h) >= MIN_DRAG:
            self._add(drawn.normalised())

    def _add(self, box: Box, text: str = "") -> None:
        self.add_operations([self._new_op(box, text)])

    def _step_size(self) -> int:
        r = self.sceneRect()
        return max(28, round(min(r.width(), r.height()) / 25))

    def _around(self, centre: QPointF, size: int) -> Box:
        return Box(round(centre.x() - size / 2), round(centre.y() - size / 2), size, size)

    def _text_box(self, at: QPointF) -> Box:
        """A click with the text tool: a line of text about 1/40 of the picture high."""
        r = self.sceneRect()
        height = max(24, round(min(r.width(), r.height()) / 40))
        return Box(round(at.x()), round(at.y()), height * 12, height)
