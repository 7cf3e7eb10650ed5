"""What a screen reader hears: the accessible name Qt gives each interactive control (its
accessibleName, else its text, else the label whose buddy it is, as QAccessible works
it out), and the controls that have none."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QKeySequenceEdit)


def accessible_name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # Qt falls back on the current item ("Europe/Paris combo box"): not a name.
        buddies = [label for label in widget.window().findChildren(QLabel)
                   if label.buddy() is widget]
        return buddies[0].text().replace("&", "").strip() if buddies else ""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _part_of_another_control(widget: QWidget) -> bool:
    """The line edit inside a combo box or a spin box, a view's own scroll buttons...:
    named by the control they belong to."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QKeySequenceEdit,
                               QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible interactive controls under ``root`` that a screen reader cannot name."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not w.isVisible() or _part_of_another_control(w):
            continue
        if type(w).__name__ in ("QToolButton",) and w.parentWidget() is not None \
                and type(w.parentWidget()).__name__ in ("QTabBar", "QMenuBar", "QToolBar"):
            continue  # scroll arrows and extension buttons of bars Qt names itself
        if not accessible_name(w):
            path = type(w).__name__
            parent = w.parentWidget()
            while parent is not None and parent is not root:
                path = f"{type(parent).__name__}/{path}"
                parent = parent.parentWidget()
            found.append(f"{path} {w.objectName()!r} tip={w.toolTip()!r}")
    return found
