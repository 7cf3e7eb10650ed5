"""Screen capture from the app: full screen, region (with an overlay), delayed.

The app hides its own windows, waits for the screen to repaint, grabs on the GUI
thread (a few ms, bonusdesk.core.capture.grab), shows its windows again, encodes
the PNG as a job (ui/jobs.py), then stores it through the session on the GUI thread
(the folder's SQLite connection lives there). Views learn about the new evidence from
``session.evidence_added``, like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.monitors import Rect
from bonusdesk.core.timeutil import format_local

from ..session import Session
from ..widgets import make_action
from .hotkey import GlobalHotkey, create_global_hotkey
from .overlay import RegionOverlay


class _LazyCapture:
    """bonusdesk.core.capture, imported on first use: mss and the PNG writer would add
    ~70 ms to start-up for something used later, if at all."""

    def __getattr__(self, name: str):
        from bonusdesk.core import capture as module

        return getattr(module, name)


capture = _LazyCapture()

HIDE_SETTLE_MS = 300  # time for the window system to repaint what our windows covered
DELAY_SECONDS = 5


class CaptureController(QObject):
    """Owns the capture actions (``actions``: full, region, delayed) and the hotkey;
    ``captured(evidence)`` after each stored screenshot."""

    captured = Signal(object)
    grabbed = Signal()  # the pixels were read (windows are still hidden at this point)
    failed = Signal(str)

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.overlay: RegionOverlay | None = None
        self._hidden: list[QWidget] = []
        self._front: QWidget | None = None
        self._claim_id: int | None = None
        self.busy = False
        self.global_hotkey: GlobalHotkey | None = None
        self.hotkey_problem = ""  # why the capture shortcut is not system-wide, for the user
        self._reported_problem = ("", "")
        full = make_action(self, self.tr("Capture the &screen"), self.capture_full)
        # The in-app capture shortcut works wherever focus is in the app.
        full.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        region = make_action(self, self.tr("Capture a &region…"), self.capture_region,
                             "Ctrl+Shift+A",
                             self.tr("Drag a rectangle on the screen (Ctrl+Shift+A)"))
        delayed = make_action(self, self.tr("Capture in &5 seconds"), self.capture_delayed,
                              "Ctrl+Shift+D",
                              self.tr("Time to open a menu or a page before the screenshot"))
        self.actions: list[QAction] = [full, region, delayed]
        session.settings_changed.connect(lambda: self.apply_hotkey(session.prefs.hotkey))

    def install_hotkey(self) -> None:
        """System-wide where the platform allows (docs/capture.md), else the in-app
        shortcut; and a grabber that follows screens being plugged in or out."""
        self.global_hotkey = create_global_hotkey(self)
        self.global_hotkey.triggered.connect(self.capture_full)
        self.apply_hotkey(self.session.prefs.hotkey)
        app = QApplication.instance()
        app.screenAdded.connect(lambda _s: capture.forget_grabber())
        app.screenRemoved.connect(lambda _s: capture.forget_grabber())
        # Creating the grabber costs ~50 ms: do it once the window is up, not during a capture.
        QTimer.singleShot(1000, self, self.warm_up)

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
            self.session.notify(
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
        claim_id = self.session.current_claim_id
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
            self.session.notify(self.tr("Capturing in %n seconds…", "", delay_s),
                                (delay_s + 1) * 1000)
        QTimer.singleShot(HIDE_SETTLE_MS + delay_s * 1000, then)

    # -- hiding our windows while grabbing --------------------------------------
    def _hide_app(self) -> None:
        self._front = QApplication.activeWindow() or self.window
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.overlay]
        for w in self._hidden:
            w.hide()
        QApplication.processEvents()

    def _show_app(self) -> None:
        for w in self._hidden:
            w.show()
        self._hidden = []
        if self._front is not None:
            self._front.raise_()
            self._front.activateWindow()
            self._front = None

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
        self.session.notify(self.tr("Saving the screenshot…"))
        claim_id, zone, folder = self._claim_id, self.session.zone, self.session.folder
        self.session.jobs.start(
            lambda _ctx: capture.encode_capture(raw, zone), name="capture", owner=self,
            on_result=lambda encoded: self._encoded(folder, claim_id, encoded),
            on_error=lambda exc: self._fail(str(exc)))

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
        self.session.notify(self.tr("Capture cancelled"), 5000)

    # -- storing ----------------------------------------------------------------
    def _encoded(self, folder, claim_id: int, encoded) -> None:
        self.busy = False
        if folder is None or folder is not self.session.folder:
            self._fail(self.tr("The claim folder was closed before the screenshot was "
                               "saved: nothing was stored."))
            return
        caption = self.tr("Screenshot of %1").replace(
            "%1", format_local(encoded.captured_at, encoded.zone, with_zone=False))
        try:
            ev = self.session.store_capture(claim_id, encoded, caption=caption)
        except (BonusDeskError, OSError) as exc:
            self._fail(str(exc))
            return
        self.session.notify(self.tr("Screenshot added (%1 × %2)").replace("%1", str(ev.width))
                            .replace("%2", str(ev.height)))
        self.captured.emit(ev)

    def _fail(self, message: str) -> None:
        self.busy = False
        self._show_app()
        self.failed.emit(message)
        QMessageBox.warning(self.window, self.tr("Capture failed"), message)
