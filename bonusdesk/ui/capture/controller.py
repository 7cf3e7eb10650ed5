"""Screen capture from the app: full screen, region (with an overlay), delayed.

The app hides its own windows, waits for the screen to repaint, grabs on the GUI
thread (a few ms, bonusdesk.core.capture.grab), shows its windows again, encodes
the PNG in the thread pool, then stores it on the GUI thread (the folder's
SQLite connection lives there). New evidence appears in the gallery at once.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPoint,
    QRect,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.monitors import Rect

from .hotkey import GlobalHotkey, create_global_hotkey


class _LazyCapture:
    """bonusdesk.core.capture, imported on first use: mss and the PNG writer would add
    ~70 ms to start-up for something used later, if at all."""

    def __getattr__(self, name: str):
        from bonusdesk.core import capture as module

        return getattr(module, name)


capture = _LazyCapture()

HIDE_SETTLE_MS = 300  # time for the window system to repaint what our windows covered
DELAY_SECONDS = 5


def raw_to_image(raw: capture.RawCapture) -> QImage:
    """The grabbed pixels as a QImage (mss gives BGRX, which is Qt's RGB32 in memory)."""
    return QImage(bytes(raw.bgra), raw.width, raw.height, raw.width * 4,
                  QImage.Format.Format_RGB32).copy()


class RegionOverlay(QWidget):
    """Full-screen picture of the desktop; drag a rectangle, Enter or release to take it,
    Esc to cancel. Shows the selection's size in pixels."""

    chosen = Signal(object)  # Rect in virtual-desktop pixels
    cancelled = Signal()

    def __init__(self, raw: capture.RawCapture):
        super().__init__(None, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(self.tr("Choose the region to capture"))
        self.raw = raw
        self.background = raw_to_image(raw)
        self.origin: QPoint | None = None
        self.selection = QRect()
        self.setCursor(Qt.CursorShape.CrossCursor)
        area = raw.area
        # Widget coordinates are logical pixels; the grab is physical ones.
        ratio = self.devicePixelRatioF() or 1.0
        self.setGeometry(round(area.left / ratio), round(area.top / ratio),
                         round(area.width / ratio), round(area.height / ratio))

    def to_desktop(self, r: QRect) -> Rect:
        sx = self.raw.width / max(1, self.width())
        sy = self.raw.height / max(1, self.height())
        return Rect(self.raw.area.left + round(r.x() * sx), self.raw.area.top + round(r.y() * sy),
                    max(1, round(r.width() * sx)), max(1, round(r.height() * sy)))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.drawImage(self.rect(), self.background)
        p.fillRect(self.rect(), QColor(0, 0, 0, 110))
        if not self.selection.isNull():
            p.drawImage(self.selection, self.background,
                        QRect(self.to_desktop(self.selection).left - self.raw.area.left,
                              self.to_desktop(self.selection).top - self.raw.area.top,
                              self.to_desktop(self.selection).width,
                              self.to_desktop(self.selection).height))
            p.setPen(QPen(QColor("#3b82f6"), 2))
            p.drawRect(self.selection)
            r = self.to_desktop(self.selection)
            text = f"{r.width} × {r.height}"
            box = p.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3)
            box.moveTopLeft(self.selection.bottomLeft() + QPoint(0, 6))
            p.fillRect(box, QColor(0, 0, 0, 200))
            p.setPen(QColor("white"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        hint = self.tr("Drag to choose the region · Enter to capture · Esc to cancel")
        box = p.fontMetrics().boundingRect(hint).adjusted(-10, -6, 10, 6)
        box.moveCenter(QPoint(self.width() // 2, 30))
        p.fillRect(box, QColor(0, 0, 0, 200))
        p.setPen(QColor("white"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, hint)

    def mousePressEvent(self, event) -> None:
        self.origin = event.position().toPoint()
        self.selection = QRect(self.origin, self.origin)
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if self.origin is not None:
            # Corner to corner, exclusive: dragging 150 px selects 150 px (QRect(p, q) adds 1).
            p, q = self.origin, event.position().toPoint()
            self.selection = QRect(min(p.x(), q.x()), min(p.y(), q.y()),
                                   abs(q.x() - p.x()), abs(q.y() - p.y()))
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        self.mouseMoveEvent(event)
        self.origin = None
        if self.selection.width() > 2 and self.selection.height() > 2:
            self._finish(True)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._finish(False)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.selection.isNull():
            self._finish(True)

    def _finish(self, ok: bool) -> None:
        rect = self.to_desktop(self.selection) if ok else None
        self.close()
        if ok:
            self.chosen.emit(rect)
        else:
            self.cancelled.emit()


class _EncodeSignals(QObject):
    done = Signal(int, object)  # claim id, EncodedCapture | Exception


class EncodeJob:
    """Encode a grab as PNG in the thread pool (CPU only, no folder)."""
    # A plain object, not a QRunnable: PySide must not delete a Qt wrapper from the worker
    # thread (that crashed in Shiboken's deferred deletion). The pool runs ``run``.
    def __init__(self, claim_id: int, raw: capture.RawCapture, zone: str,
                 signals: _EncodeSignals):
        self.claim_id, self.raw, self.zone, self.signals = claim_id, raw, zone, signals

    def run(self) -> None:
        try:
            result = capture.encode_capture(self.raw, self.zone)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing stored
            result = exc
        with contextlib.suppress(RuntimeError):  # the app is shutting down: nobody to tell
            self.signals.done.emit(self.claim_id, result)


class CaptureController(QObject):
    """Owns the capture actions; ``captured(evidence)`` after each stored screenshot."""

    captured = Signal(object)
    grabbed = Signal()  # the pixels were read (windows are still hidden at this point)
    failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.overlay: RegionOverlay | None = None
        self._hidden: list[QWidget] = []
        self._claim_id: int | None = None
        # Parented: Qt deletes it with the controller, on the GUI thread, never from a worker.
        self._signals = _EncodeSignals(self)
        self._signals.done.connect(self._encoded)
        self.busy = False
        self.actions: list[QAction] = []
        self.global_hotkey: GlobalHotkey | None = None
        self.hotkey_problem = ""  # why the capture shortcut is not system-wide, for the user
        self._reported_problem = ("", "")

    def apply_hotkey(self, sequence: str) -> bool:
        """Use ``sequence`` for "Capture the screen": system-wide when the platform allows,
        else (and then the reason is in ``hotkey_problem``) only while the app has focus.
        True when it is system-wide."""
        full = self.actions[0]
        hotkey = self.global_hotkey
        ok = bool(sequence) and hotkey is not None and hotkey.register(sequence)
        if not sequence and hotkey is not None:
            hotkey.unregister()
        # Never both: where the grab fails to take the key first, one press would capture twice.
        full.setShortcut(QKeySequence() if ok else QKeySequence(sequence))
        if ok:
            tip = self.tr("Screenshot of the whole screen into this claim (%1, from any "
                          "application)")
        elif sequence:
            tip = self.tr("Screenshot of the whole screen into this claim (%1)")
        else:
            tip = self.tr("Screenshot of the whole screen into this claim")
        full.setToolTip(tip.replace("%1", sequence))
        self.hotkey_problem = "" if ok or not sequence or hotkey is None else hotkey.reason
        problem = (sequence, self.hotkey_problem)
        if self.hotkey_problem and problem != self._reported_problem:
            self._reported_problem = problem  # said once, not at every settings change
            self.window.statusBar().showMessage(
                self.tr("The capture shortcut %1 works only while BonusDesk is in front: %2")
                .replace("%1", sequence).replace("%2", self.hotkey_problem), 20000)
        return ok

    def release_hotkey(self) -> None:
        """Give the system-wide hotkey back (the app is closing)."""
        if self.global_hotkey is not None:
            self.global_hotkey.close()

    def warm_up(self) -> None:
        """Open the GUI thread's grabber now so the first capture is quick."""
        try:
            capture.current_monitors()
        except BonusDeskError:
            pass  # no usable screen yet: the capture itself will explain

    # -- entry points ----------------------------------------------------------
    def capture_full(self) -> None:
        self._start(lambda: self._grab_and_store(capture.CaptureMode.ALL), 0)

    def capture_delayed(self) -> None:
        self._start(lambda: self._grab_and_store(capture.CaptureMode.ALL), DELAY_SECONDS)

    def capture_region(self) -> None:
        self._start(self._show_overlay, 0)

    def _start(self, then, delay_s: int) -> None:
        claim_id = self.window.current_claim_id()
        if claim_id is None:
            QMessageBox.information(self.window, self.tr("Capture"), self.tr(
                "Select or create a claim first: the screenshot is stored in it."))
            return
        if self.busy:
            return
        self.busy = True
        self._claim_id = claim_id
        self._hide_app()
        if delay_s:
            self.window.statusBar().showMessage(
                self.tr("Capturing in %1 seconds…").replace("%1", str(delay_s)))
        QTimer.singleShot(HIDE_SETTLE_MS + delay_s * 1000, then)

    # -- hiding our windows while grabbing --------------------------------------
    def _hide_app(self) -> None:
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.overlay]
        for w in self._hidden:
            w.hide()
        QApplication.processEvents()

    def _show_app(self) -> None:
        for w in self._hidden:
            w.show()
        self._hidden = []
        self.window.raise_()
        self.window.activateWindow()

    # -- grabbing ---------------------------------------------------------------
    def _grab(self, mode, region=None):
        try:
            raw = capture.grab(mode, region=region)
        except BonusDeskError as exc:
            self._fail(str(exc))
            return None
        self.grabbed.emit()
        return raw

    def _grab_and_store(self, mode, region: Rect | None = None) -> None:
        raw = self._grab(mode, region)
        self._show_app()
        if raw is None:
            return
        self.window.statusBar().showMessage(self.tr("Saving the screenshot…"))
        job = EncodeJob(self._claim_id, raw, self.window.prefs.zone, self._signals)
        QThreadPool.globalInstance().start(job.run)

    def _show_overlay(self) -> None:
        raw = self._grab(capture.CaptureMode.ALL)
        if raw is None:
            self._show_app()
            return
        self.overlay = RegionOverlay(raw)
        self.overlay.chosen.connect(self._region_chosen)
        self.overlay.cancelled.connect(self._region_cancelled)
        self.overlay.show()
        self.overlay.activateWindow()
        self.overlay.setFocus()

    def _region_chosen(self, rect: Rect) -> None:
        self.overlay = None
        # The overlay must be gone from the screen before the real grab.
        QTimer.singleShot(HIDE_SETTLE_MS // 2,
                          lambda: self._grab_and_store(capture.CaptureMode.REGION, rect))

    def _region_cancelled(self) -> None:
        self.overlay = None
        self.busy = False
        self._show_app()
        self.window.statusBar().showMessage(self.tr("Capture cancelled"), 5000)

    # -- storing ----------------------------------------------------------------
    def _encoded(self, claim_id: int, result) -> None:
        self.busy = False
        if isinstance(result, Exception):
            self._fail(str(result))
            return
        folder = self.window.folder
        if folder is None:
            return
        try:
            ev = capture.store_encoded(folder, claim_id, result)
        except (BonusDeskError, OSError) as exc:
            self._fail(str(exc))
            return
        view = self.window.claim_view
        if view.claim is not None and view.claim.id == claim_id:
            view.evidence.model.append(ev)
            view.changed.emit(claim_id)
        self.window.statusBar().showMessage(
            self.tr("Screenshot added (%1 × %2)").replace("%1", str(ev.width))
            .replace("%2", str(ev.height)), 8000)
        self.captured.emit(ev)

    def _fail(self, message: str) -> None:
        self.busy = False
        self._show_app()
        self.failed.emit(message)
        QMessageBox.warning(self.window, self.tr("Capture failed"), message)


def install_capture(window) -> CaptureController:
    """Capture actions in the Claim menu and the toolbar (the tray adds them too); hotkey."""
    c = CaptureController(window)

    full = QAction(QCoreApplication.translate("CaptureController", "Capture the &screen"),
                   window)
    full.triggered.connect(c.capture_full)
    region = QAction(QCoreApplication.translate("CaptureController", "Capture a &region…"),
                     window)
    region.setShortcut(QKeySequence("Ctrl+Shift+A"))
    region.setToolTip(QCoreApplication.translate(
        "CaptureController", "Drag a rectangle on the screen (Ctrl+Shift+A)"))
    region.triggered.connect(c.capture_region)
    delayed = QAction(QCoreApplication.translate("CaptureController", "Capture in &5 seconds"),
                      window)
    delayed.setShortcut(QKeySequence("Ctrl+Shift+D"))
    delayed.setToolTip(QCoreApplication.translate(
        "CaptureController", "Time to open a menu or a page before the screenshot"))
    delayed.triggered.connect(c.capture_delayed)
    c.actions = [full, region, delayed]
    for a in c.actions:
        window.addAction(a)
    menu = QMenu(QCoreApplication.translate("CaptureController", "&Capture"), window)
    menu.addActions(c.actions)
    window.claim_menu.insertMenu(window.claim_menu.actions()[0], menu)
    window.claim_actions.extend(c.actions)
    window.toolbar.insertActions(window.toolbar_status_sep, c.actions)
    # The in-app capture shortcut works wherever focus is in the app.
    full.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    # System-wide where the platform allows (docs/capture.md), else the in-app shortcut.
    c.global_hotkey = create_global_hotkey(c)
    c.global_hotkey.triggered.connect(c.capture_full)
    c.apply_hotkey(window.prefs.hotkey)
    # A new screen layout must be seen by the next grab.
    app = QApplication.instance()
    app.screenAdded.connect(lambda _s: capture.forget_grabber())
    app.screenRemoved.connect(lambda _s: capture.forget_grabber())
    # Creating the grabber costs ~50 ms: do it once the window is up, not during a capture.
    QTimer.singleShot(1000, c, c.warm_up)
    return c
