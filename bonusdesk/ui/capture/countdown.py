"""The countdown of a delayed capture: big enough to see from the game, gone before the
grab so it is never in the picture.

It never takes the keyboard (the player is opening a menu in the game meanwhile): a
frameless, always-on-top tool window shown without activation; "Cancel" works with the
mouse. ``finished`` when the time is up (the window is already hidden), ``cancelled``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Countdown(QWidget):
    finished = Signal()
    cancelled = Signal()

    def __init__(self, seconds: int):
        super().__init__(None, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the frame below
        self.setObjectName("CaptureCountdown")
        self.setAccessibleName(self.tr("Screenshot countdown"))
        self.setStyleSheet("#CaptureCountdown { background: #111827; border: 3px solid #f59e0b;"
                           " border-radius: 10px; } QLabel { color: white; }")
        self.setMinimumWidth(260)
        self.remaining = seconds
        self.number = QLabel()
        big = QFont(self.font())
        big.setPointSize(max(40, big.pointSize() * 5))
        big.setBold(True)
        self.number.setFont(big)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        medium = QFont(self.font())
        medium.setPointSize(round(medium.pointSize() * 1.3))
        self.text.setFont(medium)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._show_remaining()

    def start(self) -> None:
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        # Top centre: where a game rarely has its error message, and easy to find.
        self.move(area.center().x() - self.width() // 2, area.top() + 40)
        self.show()
        self.raise_()
        self.timer.start()

    def where(self) -> QPoint:
        return self.geometry().topLeft()

    def _show_remaining(self) -> None:
        self.number.setText(str(self.remaining))
        self.text.setText(self.tr("Screenshot in %n seconds", "", self.remaining))

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self._show_remaining()
            return
        self.timer.stop()
        self.hide()  # before the grab: never in the picture
        self.finished.emit()
        self.close()

    def cancel(self) -> None:
        self.timer.stop()
        self.hide()
        self.cancelled.emit()
        self.close()
