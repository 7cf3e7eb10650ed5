"""BonusDesk's windows out of the picture during a grab, and back without covering the game.

A capture hides every visible window of the app (they would be in the screenshot), then
shows them again. Where they come back depends on where the player was:

- BonusDesk was in front (its menu, its toolbar): it comes back in front, as it was;
- BonusDesk was behind (the capture shortcut pressed in the game, the tray menu): its
  windows come back *behind* the game, without taking the keyboard, so the player keeps
  playing or typing in the casino's chat. The notice confirms the capture.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def app_in_front() -> bool:
    """True when one of BonusDesk's windows has the keyboard."""
    return QApplication.activeWindow() is not None


class AppHider:
    def __init__(self):
        self.hidden: list[QWidget] = []
        self.front: QWidget | None = None
        self.was_in_front = False

    def hide(self, keep: tuple[QWidget, ...] = ()) -> None:
        """Hide the app's visible, non-minimised windows (not ``keep``)."""
        self.was_in_front = app_in_front()
        self.front = QApplication.activeWindow() if self.was_in_front else None
        self.hidden = [w for w in QApplication.topLevelWidgets()
                       if w.isVisible() and not w.isMinimized() and w not in keep]
        for w in self.hidden:
            w.hide()
        QApplication.processEvents()

    def restore(self) -> None:
        """Show them again: in front if the app was, else behind what is in front now."""
        hidden, self.hidden = self.hidden, []
        for w in hidden:
            if self.was_in_front:
                w.show()
                continue
            quiet = w.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            w.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            w.show()
            w.lower()  # mapping a window puts it on top: send it back under the game
            w.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, quiet)
        if self.front is not None:
            self.front.raise_()
            self.front.activateWindow()
        self.front = None
