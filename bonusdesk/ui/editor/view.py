"""The editor's view of its canvas: zoom (fit, 100 %, Ctrl+wheel), cursor per tool.

The resize handles keep the same size on screen at every zoom: the view tells the scene
its scale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView

from .canvas import EditorScene, Tool


class EditorView(QGraphicsView):
    """The scene zoomed: ``fit()`` (the default), ``set_zoom(scale)``; Ctrl+wheel zooms."""

    zoom_changed = Signal(float)
    MIN, MAX = 0.05, 16.0

    def __init__(self, scene: EditorScene, parent=None):
        super().__init__(scene, parent)
        self.editor_scene = scene
        self.fitted = True
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#3a3d42"))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMouseTracking(True)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, scale: float, fitted: bool = False) -> None:
        scale = min(max(scale, self.MIN), self.MAX)
        self.fitted = fitted
        self.setTransform(QTransform.fromScale(scale, scale))
        self.editor_scene.set_zoom(scale)
        self.zoom_changed.emit(scale)

    def fit(self) -> None:
        """The whole picture in view (small pictures up to 4× for comfortable editing)."""
        r = self.sceneRect()
        avail = self.viewport().size()
        if r.isEmpty() or avail.isEmpty():
            return
        scale = min((avail.width() - 4) / r.width(), (avail.height() - 4) / r.height(), 4.0)
        self.set_zoom(scale, fitted=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
            return
        super().wheelEvent(event)

    def set_tool_cursor(self, tool: Tool) -> None:
        shape = Qt.CursorShape.ArrowCursor if tool == Tool.SELECT else Qt.CursorShape.CrossCursor
        self.viewport().setCursor(shape)
