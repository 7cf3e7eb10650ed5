"""Uncaught errors end in a dialog, never in a silent death (issue 16).

``applog.install_excepthook`` logs every uncaught exception (a slot, a timer, a worker
thread) and calls the listener this module installs; the listener may run on any thread,
so it only emits a queued signal, and the dialog opens on the GUI thread once the failing
slot has unwound. The dialog says, in the player's words, that what was saved is safe,
where the log file is, and offers "Copy diagnostics": the error report of
``core.diagnostics.crash_report`` (version, OS, Python, Qt, capture set-up, the last log
lines; the claim database is never opened) plus the screens as Qt sees them.

One dialog at a time: errors that follow while it is open (a failing paint event repeats)
are counted in it, and the report it copies is the latest one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core import applog


def qt_lines() -> list[str]:
    """What only Qt knows: its run-time version, the platform plugin and each screen
    (size, position, scale factor, DPI): mixed-DPI problems are reported with it."""
    lines = [f"qt_runtime: {qVersion()} ({QGuiApplication.platformName() or 'no platform'})",
             "qt_screens:"]
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        lines.append(f"  {screen.name() or '?'}: {g.width()}x{g.height()} at "
                     f"({g.x()},{g.y()}), scale {screen.devicePixelRatio():g}, "
                     f"{screen.logicalDotsPerInch():.0f} dpi")
    return lines


def with_qt(report: str) -> str:
    """A core report (crash_report, format_text) followed by Qt's view of the screens."""
    return report.rstrip("\n") + "\n" + "\n".join(qt_lines()) + "\n"


def main_window() -> QWidget | None:
    """The visible main window, to centre a dialog on; not a dialog that may close first."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def copy_to_clipboard(text: str) -> None:
    QApplication.clipboard().setText(text)


class ErrorDialog(QDialog):
    """The error, in words a player understands; "Copy diagnostics"; the log file."""

    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.more = 0  # errors that came while the dialog was open
        self.setWindowTitle(self.tr("BonusDesk hit an unexpected error"))
        self.setMinimumWidth(560)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        self.text = QLabel(self.tr(
            "<p><b>Something went wrong inside BonusDesk.</b></p>"
            "<p>What you saved before is safe: every change is written to your claim folder "
            "as you make it. The action you were doing may not have finished: check it, "
            "then carry on.</p>"
            "<p>If it happens again, click <b>Copy diagnostics</b> and paste the text into "
            "your message to the BonusDesk team. It says which version you have, your "
            "system and screens, and what BonusDesk logged; it holds nothing from your "
            "claims.</p>"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        log = applog.log_file("app")
        self.log_label = QLabel(self.tr("Log file: %1").replace("%1", str(log)))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_label = QLabel()
        self.more_label.setVisible(False)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What is copied"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        self.details_button = QPushButton(self.tr("Show &what is copied"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.copy_button = QPushButton(self.tr("&Copy diagnostics"))
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = QPushButton(self.tr("Show the &log folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(applog.log_dir()))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)
        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.log_label)
        words.addWidget(self.more_label)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()

    def another(self, report: str) -> None:
        """One more error while the dialog is open: count it, copy the latest report."""
        self.more += 1
        self.report = report
        self.details.setPlainText(report)
        self.more_label.setText(self.tr("%n more errors happened since.", "", self.more))
        self.more_label.setVisible(True)

    def copy(self) -> None:
        copy_to_clipboard(self.report)
        self.copy_button.setText(self.tr("Copied"))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()


class ErrorReporter(QObject):
    """Listens to ``applog``'s uncaught errors and shows :class:`ErrorDialog`.

    ``parent_widget()`` gives the window to centre the dialog on (default: the main window).
    """

    _reported = Signal(str)
    shown = Signal(object)  # the dialog, once on screen (tests, scripts)

    def __init__(self, parent_widget: Callable[[], QWidget | None] = main_window,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        # Queued even on the GUI thread: the dialog opens after the failing slot returned.
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorReporter:
        applog.install_excepthook(self.report)
        return self

    def uninstall(self) -> None:
        applog.remove_error_listener(self.report)

    def report(self, text: str) -> None:
        """Any thread: the error report of one uncaught exception."""
        self._reported.emit(text)

    def _show(self, text: str) -> None:
        report = with_qt(text)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.another(report)
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ErrorDialog(report, self.parent_widget())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.shown.emit(self.dialog)
