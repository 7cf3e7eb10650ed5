"""The confirmation after a capture: a small notice in the corner of the screen that
does not take the keyboard from the game, with "Copy" (to paste the screenshot into the
casino's chat), "Undo" and "Show".

Why not the tray's balloon: it has no buttons, and Undo and Copy are the point. The
notice is a frameless, always-on-top tool window shown without activation; it goes away
by itself (later when it carries a warning), stays while the pointer is over it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SHOW_MS = 10_000
SHOW_WARNING_MS = 30_000


class CaptureNotice(QWidget):
    copy_requested = Signal()
    undo_requested = Signal()
    show_requested = Signal()

    def __init__(self):
        super().__init__(None, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the frame below
        self.setObjectName("CaptureNotice")
        self.setAccessibleName(self.tr("Screenshot added"))
        self.setStyleSheet(
            "#CaptureNotice { background: #111827; border: 2px solid #3b82f6;"
            " border-radius: 6px; } #CaptureNotice QLabel { color: #f9fafb; }"
            " #CaptureNotice QLabel#warning { color: #fbbf24; }")
        self.setMaximumWidth(460)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.copy_button = self._button(self.tr("&Copy"), self.copy_requested, self.tr(
            "Copy the screenshot, to paste it into the casino's chat (Ctrl+V)"))
        self.undo_button = self._button(self.tr("&Undo"), self.undo_requested, self.tr(
            "Remove this screenshot: it was taken by mistake (Ctrl+Z in BonusDesk)"))
        self.show_button = self._button(self.tr("&Show"), self.show_requested,
                                        self.tr("Open BonusDesk on this screenshot"))
        close = self._button("×", None, self.tr("Close"))
        close.clicked.connect(self.hide)
        close.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.undo_button, self.show_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)

    def _button(self, text: str, signal, tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if signal is not None:
            b.clicked.connect(signal)
        return b

    def show_capture(self, title: str, detail: str, warning: str = "",
                     can_undo: bool = True) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.undo_button.setVisible(can_undo)
        self.copy_button.setEnabled(True)
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()
        self.raise_()
        self.timer.start(SHOW_WARNING_MS if warning else SHOW_MS)

    def say(self, text: str) -> None:
        """Replace the detail line (after Copy or Undo) and stay a few seconds more."""
        self.detail.setText(text)
        self.adjustSize()
        self.timer.start(max(self.timer.remainingTime(), 4000))

    def enterEvent(self, _event) -> None:
        self.timer.stop()  # reading it: stay

    def leaveEvent(self, _event) -> None:
        self.timer.start(4000)
