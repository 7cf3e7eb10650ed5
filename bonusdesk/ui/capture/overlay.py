"""The region overlay: the frozen desktop, one window per screen, to drag a rectangle on
or click a window.

One overlay per screen, each at that screen's scale: what is dragged in a screen's
logical pixels is converted with that screen's factor
(``core.monitors.logical_region_to_physical``), so a region chosen on a 200 % screen next
to a 100 % one covers what the player saw. A rectangle stays on the screen where the drag
began (the limit: a region cannot span two screens; "Capture the screen" takes them all).
Hovering shows the window under the pointer; a click without dragging takes that window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from bonusdesk.core.desktop_windows import WindowInfo, window_at
from bonusdesk.core.monitors import Monitor, Rect, logical_region_to_physical

from .screens import physical_part

if TYPE_CHECKING:
    from bonusdesk.core.capture import RawCapture

CLICK_SLOP = 3  # logical pixels a click may move and still be a click, not a drag


def raw_to_image(raw: RawCapture) -> QImage:
    """The grabbed pixels as a QImage (mss gives BGRX, which is Qt's RGB32 in memory)."""
    return QImage(bytes(raw.bgra), raw.width, raw.height, raw.width * 4,
                  QImage.Format.Format_RGB32).copy()


class ScreenOverlay(QWidget):
    """One screen's part of the frozen desktop, at the screen's logical geometry."""

    def __init__(self, owner: RegionOverlay, monitor: Monitor, picture: QImage):
        super().__init__(None, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(self.tr("Choose the region or the window to capture"))
        self.owner, self.monitor, self.picture = owner, monitor, picture
        self.logical = monitor.logical_rect
        self.origin: QPoint | None = None
        self.selection = QRect()
        self.hovered: WindowInfo | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setGeometry(self.logical.left, self.logical.top, self.logical.width,
                         self.logical.height)

    # -- coordinates -----------------------------------------------------------------------
    def to_desktop(self, r: QRect) -> Rect:
        """A rectangle of this overlay (logical, local) in virtual-desktop pixels."""
        rect = Rect(self.logical.left + r.x(), self.logical.top + r.y(), max(1, r.width()),
                    max(1, r.height()))
        return logical_region_to_physical(self.owner.monitors, rect)

    def desktop_point(self, p: QPoint) -> tuple[int, int]:
        m = self.monitor
        return m.left + round(p.x() * m.scale), m.top + round(p.y() * m.scale)

    def local_rect(self, r: Rect) -> QRect:
        """Virtual-desktop pixels -> this overlay's logical pixels (for drawing)."""
        m = self.monitor
        return QRect(round((r.left - m.left) / m.scale), round((r.top - m.top) / m.scale),
                     round(r.width / m.scale), round(r.height / m.scale))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.drawImage(self.rect(), self.picture)
        p.fillRect(self.rect(), QColor(0, 0, 0, 110))
        if not self.selection.isNull():
            self._lit(p, self.selection, QColor("#3b82f6"))
            r = self.to_desktop(self.selection)
            self._label(p, f"{r.width} × {r.height}", self.selection.bottomLeft() + QPoint(0, 6))
        elif self.hovered is not None:
            lit = self.local_rect(self.hovered.rect).intersected(self.rect())
            self._lit(p, lit, QColor("#f59e0b"))
            self._label(p, self.tr("Click to capture this window"), lit.topLeft() + QPoint(6, 6))
        hint = self.tr("Drag to choose a region · click a window to take it · Enter to capture "
                       "· Esc to cancel")
        box = p.fontMetrics().boundingRect(hint).adjusted(-10, -6, 10, 6)
        box.moveCenter(QPoint(self.width() // 2, 30))
        p.fillRect(box, QColor(0, 0, 0, 200))
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, hint)

    def _lit(self, p: QPainter, area: QRect, colour: QColor) -> None:
        """Show ``area`` undimmed, outlined."""
        source = QRect(round(area.x() * self.picture.width() / max(1, self.width())),
                       round(area.y() * self.picture.height() / max(1, self.height())),
                       round(area.width() * self.picture.width() / max(1, self.width())),
                       round(area.height() * self.picture.height() / max(1, self.height())))
        p.drawImage(area, self.picture, source)
        p.setPen(QPen(colour, 2))
        p.drawRect(area)

    def _label(self, p: QPainter, text: str, at: QPoint) -> None:
        box = p.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3)
        box.moveTopLeft(at)
        p.fillRect(box, QColor(0, 0, 0, 200))
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- the mouse and the keyboard -------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        self.origin = event.position().toPoint()
        self.selection = QRect()
        self.update()

    def mouseMoveEvent(self, event) -> None:
        q = event.position().toPoint()
        if self.origin is None:
            self.hovered = window_at(self.owner.windows, *self.desktop_point(q))
            self.update()
            return
        p = self.origin
        if (q - p).manhattanLength() < CLICK_SLOP and self.selection.isNull():
            return
        # Corner to corner, exclusive (QRect(p, q) would add 1), kept on this screen.
        q = QPoint(min(max(q.x(), 0), self.width()), min(max(q.y(), 0), self.height()))
        self.selection = QRect(min(p.x(), q.x()), min(p.y(), q.y()), abs(q.x() - p.x()),
                               abs(q.y() - p.y()))
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        self.mouseMoveEvent(event)
        origin, self.origin = self.origin, None
        if self.selection.width() > 2 and self.selection.height() > 2:
            self.owner.choose(self.to_desktop(self.selection), None)
        elif origin is not None and self.selection.isNull():
            picked = window_at(self.owner.windows, *self.desktop_point(origin))
            if picked is not None:
                self.owner.choose(picked.rect, picked)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.owner.cancel()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.selection.isNull():
                self.owner.choose(self.to_desktop(self.selection), None)
            elif self.hovered is not None:
                self.owner.choose(self.hovered.rect, self.hovered)

    def enterEvent(self, _event) -> None:
        self.activateWindow()  # Esc and Enter go to the screen under the pointer
        self.setFocus()


class RegionOverlay(QObject):
    """The overlays of every screen over one frozen grab. ``chosen(Rect, WindowInfo|None)``
    in virtual-desktop pixels (the window when one was clicked), or ``cancelled``."""

    chosen = Signal(object, object)
    cancelled = Signal()

    def __init__(self, raw: RawCapture, monitors: Sequence[Monitor],
                 windows: Sequence[WindowInfo] = (), qt_screens: Sequence | None = None):
        """``monitors``: the grab's monitors with their scales (screens.monitors_for_screens);
        ``qt_screens``: the QScreen of each, to show full screen there (None in tests)."""
        super().__init__()
        self.raw, self.monitors, self.windows = raw, list(monitors), list(windows)
        self.done = False
        whole = raw_to_image(raw)
        sx, sy = raw.width / raw.area.width, raw.height / raw.area.height
        self.overlays: list[ScreenOverlay] = []
        for monitor in self.monitors:
            part = physical_part(monitor, raw.area)
            if part is None:
                continue
            picture = whole.copy(round(part.left * sx), round(part.top * sy),
                                 round(part.width * sx), round(part.height * sy))
            self.overlays.append(ScreenOverlay(self, monitor, picture))
        self.qt_screens = list(qt_screens) if qt_screens is not None else None

    def show(self) -> None:
        for i, overlay in enumerate(self.overlays):
            if self.qt_screens is not None and i < len(self.qt_screens):
                overlay.show()
                overlay.windowHandle().setScreen(self.qt_screens[i])
                overlay.setGeometry(*_qrect_args(overlay.logical))
            else:
                overlay.show()
            overlay.raise_()
        if self.overlays:
            self.overlays[0].activateWindow()
            self.overlays[0].setFocus()

    def visible(self) -> bool:
        return any(o.isVisible() for o in self.overlays)

    def choose(self, rect: Rect, picked: WindowInfo | None) -> None:
        if self._close():
            self.chosen.emit(rect, picked)

    def cancel(self) -> None:
        if self._close():
            self.cancelled.emit()

    def _close(self) -> bool:
        if self.done:
            return False
        self.done = True
        for overlay in self.overlays:
            overlay.close()
        self.overlays = []
        return True


def _qrect_args(r: Rect) -> tuple[int, int, int, int]:
    return r.left, r.top, r.width, r.height
