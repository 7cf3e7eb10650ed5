"""The editor's toolbars: the tool palette (one key per tool, as in Flameshot and ksnip)
and the edit bar (undo, redo, delete, colour, line width, zoom)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QToolBar, QWidget

from .canvas import EditorScene, Tool
from .view import EditorView

COLOURS = ("#E53935", "#FDD835", "#43A047", "#1E88E5", "#000000", "#FFFFFF")


def key_text(key) -> str:
    """A shortcut as the player's keyboard spells it (Ctrl+Z; ⌘Z on macOS)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class ToolPalette(QToolBar):
    """One checkable action per tool, in ``tool_actions``; picking one calls ``on_tool``.
    Keys: Flameshot's and ksnip's where they agree (R, A, T, M, Select S, Number N, Crop
    Shift+C); redaction takes B, where both put their blur/pixelate tools."""

    def __init__(self, on_tool: Callable[[Tool], None], owner: QWidget):
        super().__init__(owner)
        self.setWindowTitle(self.tr("Tools"))
        self.setOrientation(Qt.Orientation.Vertical)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        group = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, text, key in (
                (Tool.SELECT, self.tr("Select"), "S"), (Tool.RECT, self.tr("Rectangle"), "R"),
                (Tool.ARROW, self.tr("Arrow"), "A"), (Tool.HIGHLIGHT, self.tr("Highlight"), "M"),
                (Tool.TEXT, self.tr("Text"), "T"), (Tool.STEP, self.tr("Numbered step"), "N"),
                (Tool.CROP, self.tr("Crop"), "Shift+C"),
                (Tool.REDACT, self.tr("Redact (solid box)"), "B"),
                (Tool.READ, self.tr("Read text in a region"), "O")):
            # The key is on the button: players of Flameshot and ksnip look for theirs.
            action = QAction(f"{text}  {key_text(key)}", owner, checkable=True)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{text} ({key_text(key)})")
            action.triggered.connect(lambda _on=False, t=tool: on_tool(t))
            group.addAction(action)
            self.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.REDACT].setToolTip(self.tr(
            "Redact (B): an opaque box; what is under it is destroyed in the copy. Blur and "
            "pixelation are not offered: they can be reversed."))


class EditBar(QToolBar):
    """Undo, redo, delete, colour, line width and zoom, with their keys."""

    def __init__(self, scene: EditorScene, view: EditorView, owner: QWidget):
        super().__init__(owner)
        self.owner = owner
        self.setWindowTitle(self.tr("Edit"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_undo = self._action(self.tr("Undo"), scene.undo.undo,
                                     [QKeySequence.StandardKey.Undo])
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # Flameshot's and ksnip's, and Windows'
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.act_redo = self._action(self.tr("Redo"), scene.undo.redo, redo_keys)
        scene.undo.canUndoChanged.connect(self.act_undo.setEnabled)
        scene.undo.canRedoChanged.connect(self.act_redo.setEnabled)
        self.act_delete = self._action(self.tr("Delete"), scene.delete_selected, [])
        self.act_delete.setToolTip(self.tr("Delete the selected shapes (Delete)"))
        self.colour = QComboBox()
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.setToolTip(self.tr("Colour of new and selected shapes"))
        self.colour.addItem(self.tr("Usual colours"), "")
        for value, label in zip(COLOURS, (self.tr("Red"), self.tr("Yellow"), self.tr("Green"),
                                          self.tr("Blue"), self.tr("Black"), self.tr("White")),
                                strict=True):
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(value))
            self.colour.addItem(QIcon(swatch), label, value)
        self.stroke = QSpinBox()
        self.stroke.setRange(1, 30)
        self.stroke.setValue(scene.stroke)
        self.stroke.setSuffix(self.tr(" px"))
        self.stroke.setAccessibleName(self.tr("Line width"))
        self.stroke.setToolTip(self.tr("Line width of rectangles and arrows"))
        self.addActions([self.act_undo, self.act_redo, self.act_delete])
        self.addSeparator()
        self.addWidget(self.colour)
        self.addWidget(self.stroke)
        self.addSeparator()
        self.addActions([
            self._action(self.tr("Zoom out"), lambda: view.set_zoom(view.zoom * 0.8),
                         [QKeySequence.StandardKey.ZoomOut]),
            self._action(self.tr("Zoom in"), lambda: view.set_zoom(view.zoom * 1.25),
                         [QKeySequence.StandardKey.ZoomIn]),
            self._action(self.tr("Fit"), view.fit, [QKeySequence("Ctrl+0")]),
            self._action(self.tr("Actual size"), lambda: view.set_zoom(1.0),
                         [QKeySequence("Ctrl+1")])])
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)}\u00a0%"))
        self.addWidget(self.zoom_label)

    def _action(self, text: str, slot, keys) -> QAction:
        """An action whose keys work anywhere in the editor window."""
        action = QAction(text, self.owner)
        action.setShortcuts(keys)
        if keys:
            action.setToolTip(f"{text} ({key_text(keys[0])})")
        action.triggered.connect(slot)
        self.owner.addAction(action)
        return action
