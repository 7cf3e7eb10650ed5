"""Undoable edits of the editor's shapes (QUndoStack commands).

Every change the player makes to the operation list is one of these, pushed on the
editor's stack: draw (add), delete, move or resize (change boxes), recolour or retype
(change properties), confirm proposed boxes. The scene does the actual adding and
removing (``put``/``take``) so it can renumber step markers and say what changed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, SignalInstance
from PySide6.QtGui import QUndoCommand

from .items import OpItem


class Shapes(Protocol):
    """What the commands need of the scene (``canvas.EditorScene``, which pushes them):
    named here so the two modules do not import each other."""

    ops_changed: SignalInstance

    def put(self, items: list[OpItem]) -> None: ...

    def take(self, items: list[OpItem]) -> None: ...

# Consecutive arrow-key moves (or resizes) of the same shapes are one undo step.
MERGE_NUDGE, MERGE_GROW = 1, 2


class AddItems(QUndoCommand):
    """Add ``items``; ``replaces`` leave at the same time (a new crop replaces the old)."""

    def __init__(self, scene: Shapes, items: list[OpItem], replaces=()):
        super().__init__()
        self.scene, self.items, self.replaces = scene, list(items), list(replaces)

    def redo(self) -> None:
        self.scene.take(self.replaces)
        self.scene.put(self.items)

    def undo(self) -> None:
        self.scene.take(self.items)
        self.scene.put(self.replaces)


class RemoveItems(QUndoCommand):
    def __init__(self, scene: Shapes, items: list[OpItem]):
        super().__init__()
        self.scene, self.items = scene, list(items)

    def redo(self) -> None:
        self.scene.take(self.items)

    def undo(self) -> None:
        self.scene.put(self.items)


class ChangeBoxes(QUndoCommand):
    """Move or resize: each item's box from ``old`` to ``new``."""

    def __init__(self, scene: Shapes, items: list[OpItem], old: list[QRectF],
                 new: list[QRectF], merge: int = -1):
        super().__init__()
        self.scene, self.items = scene, list(items)
        self.old, self.new = [QRectF(b) for b in old], [QRectF(b) for b in new]
        self.merge = merge

    def id(self) -> int:
        return self.merge

    def mergeWith(self, other) -> bool:
        if not isinstance(other, ChangeBoxes) or other.items != self.items:
            return False
        self.new = other.new
        return True

    def _apply(self, boxes: list[QRectF]) -> None:
        for item, box in zip(self.items, boxes, strict=True):
            item.set_box(box)
        self.scene.ops_changed.emit()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class ChangeProps(QUndoCommand):
    """Colour, line width, text, or a proposed box confirmed: properties from old to new."""

    def __init__(self, scene: Shapes, items: list[OpItem], new: dict):
        super().__init__()
        self.scene, self.items = scene, list(items)
        self.old = [{k: item.props()[k] for k in new} for item in self.items]
        self.new = dict(new)

    def redo(self) -> None:
        for item in self.items:
            item.set_props(self.new)
        self.scene.ops_changed.emit()

    def undo(self) -> None:
        for item, old in zip(self.items, self.old, strict=True):
            item.set_props(old)
        self.scene.ops_changed.emit()
