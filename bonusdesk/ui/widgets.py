"""Small reusable widgets: time-with-zone picker, zone box, status chip delegate, actions,
and the base of form dialogs that Return never saves by surprise."""

from __future__ import annotations

import zoneinfo
from datetime import datetime

from PySide6.QtCore import QDateTime, QObject, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from bonusdesk.core.timeutil import get_zone


class ZoneBox(QComboBox):
    """An editable list of IANA zones with completion."""

    _zones: list[str] | None = None

    def __init__(self, zone: str, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        if ZoneBox._zones is None:
            ZoneBox._zones = sorted(z for z in zoneinfo.available_timezones()
                                    if "/" in z or z == "UTC")
        self.addItems(ZoneBox._zones)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setAccessibleName(self.tr("Time zone"))
        # Sized for "Europe/Paris", not for the longest of ~600 zone names: on a small
        # screen the longest one made every form that holds a zone scroll sideways.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.set_zone(zone)

    def set_zone(self, zone: str) -> None:
        self.setCurrentText(zone)

    def zone(self) -> str:
        return self.currentText().strip()


class TimeWithZone(QWidget):
    """A date-time picker read in a chosen IANA zone; returns aware UTC datetimes."""

    def __init__(self, when: datetime, zone: str, parent=None):
        super().__init__(parent)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setAccessibleName(self.tr("Date and time"))
        self.zone_box = ZoneBox(zone)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.zone_box, 1)
        self.setFocusProxy(self.edit)  # a form label's shortcut lands in the date
        self.set_value(when, zone)

    def set_value(self, when: datetime, zone: str) -> None:
        self.zone_box.set_zone(zone)
        local = when.astimezone(get_zone(zone)).replace(tzinfo=None, second=0, microsecond=0)
        self.edit.setDateTime(QDateTime(local.date(), local.time()))

    def zone(self) -> str:
        return self.zone_box.zone()

    def value(self) -> datetime:
        """The picked time as an aware datetime (raises BadTime for an unknown zone)."""
        naive = self.edit.dateTime().toPython().replace(second=0, microsecond=0)
        return naive.replace(tzinfo=get_zone(self.zone()))


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the status cell as a rounded coloured chip with white text."""

    def paint(self, painter: QPainter, option, index) -> None:
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        text = index.data() or ""
        if not isinstance(colour, QColor):
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        fm = option.fontMetrics
        width = min(option.rect.width() - 8, fm.horizontalAdvance(text) + 16)
        height = fm.height() + 4
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1,
                      width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 10))
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(option.fontMetrics.horizontalAdvance(index.data() or "") + 32)
        return size


class WrappingDelegate(QStyledItemDelegate):
    """Long text in a tree's column wraps onto more lines instead of being cut with "…"
    (a correction's old and new values, a long summary). QTreeView asks a row's height
    without the column's width; this delegate gives it."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        # Rows are measured again once the header has settled (a reload resizes sections
        # several times; a row measured in between would keep a wrong height).
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_a: self._relayout.start())

    def sizeHint(self, option, index) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = max(self.view.columnWidth(index.column()) - 10, 40)
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(base.width(), max(base.height(), text.height() + 6))


def make_action(owner: QObject, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    """A QAction owned by ``owner`` (a command object). Its shortcut works once the main
    window has added it (to a menu, a toolbar, or with ``addAction``)."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


class FormDialog(QDialog):
    """A dialog with fields to fill: Return in a field moves to the next field instead of
    pressing the default button (a stressed player presses Return to end a line, not to
    save half a form); Return on a focused button presses that button; Ctrl+Return saves.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    def setVisible(self, visible: bool) -> None:
        if visible:  # before Qt picks the first auto-default button as the default one
            for button in self.findChildren(QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        super().setVisible(visible)

    def keyPressEvent(self, event) -> None:
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.animateClick()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
def plain_text(edit) -> str:
    """The text of a QPlainTextEdit as typed: ``toPlainText`` turns no-break spaces into
    plain ones, and the French letter needs them ("21 h 15", "100,00 €")."""
    return edit.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less on a small screen (a 1024x700
    laptop) so that its buttons stay reachable."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        width, height = min(width, int(avail.width() * 0.96)), min(height,
                                                                   int(avail.height() * 0.92))
    widget.resize(width, height)
