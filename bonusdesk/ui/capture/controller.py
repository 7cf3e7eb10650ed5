"""Screen capture from the app: the screen, a region or a window, the active window, in
5 seconds; the system-wide shortcut; the stamped-copy option; undo and copy.

A capture goes to the current claim, else to the Inbox (destination.py). The app hides
its windows (hiding.py), waits for the screen to repaint, and the grab runs in the
capture job runner: one long-lived thread, so the grabber (mss keeps one per thread) stays
open and quick, and so a desktop portal's answer (portal.py), which arrives through the
GUI thread's event loop, can be waited for. The windows come back as soon as the pixels
are read (in front only if the app was in front), the PNG is encoded in the same job, then
stored through the session; aftercare.py confirms with a notice (Copy, Undo, Show).
Region and window choices are cut from the frozen grab the player looked at.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.monitors import Rect
from bonusdesk.core.timeutil import format_local

from ..jobs import JobRunner
from ..safety.readonly import ReadOnlyRefusal
from ..session import Session
from ..widgets import make_action
from .aftercare import AfterCapture, LastCapture
from .countdown import Countdown
from .destination import Destination, capture_destination
from .hiding import AppHider
from .hotkey import GlobalHotkey, create_global_hotkey
from .overlay import RegionOverlay
from .screens import monitors_for_screens, screens_from_qt


class _LazyCapture:
    """bonusdesk.core.capture, imported on first use: mss and the PNG writer would add
    ~70 ms to start-up for something used later, if at all."""

    def __getattr__(self, name: str):
        from bonusdesk.core import capture as module

        return getattr(module, name)


capture = _LazyCapture()

HIDE_SETTLE_MS = 300  # time for the window system to repaint what our windows covered
DELAY_SECONDS = 5


@dataclass
class Shot:
    """What the capture job hands back: the encoded PNG and what the player must know."""

    encoded: object  # core.capture.EncodedCapture
    black_fraction: float | None  # set when the grab is flagged partly black
    window_title: str = ""
    no_window: bool = False  # the active window was asked for, none was found


# -- the work run in the capture thread (plain data in, plain data out) --------------------
def _flagged(raw) -> float | None:
    return raw.black_fraction if raw.warnings else None


def _grab_shot(mode: str, zone: str, ctx) -> Shot:
    from bonusdesk.core import desktop_windows

    picked, no_window = None, False
    if mode == "window":
        try:
            picked = desktop_windows.active_window()
        except OSError:
            picked = None
        no_window = picked is None
    raw = capture.grab("all" if picked is None else "window",
                       region=picked.rect if picked else None)
    if picked is not None:
        raw.window = picked.as_metadata()
    ctx.progress(1, 2, "grabbed")
    return Shot(capture.encode_capture(raw, zone), _flagged(raw),
                picked.title if picked else "", no_window)


def _grab_frozen(_ctx):
    """The whole desktop, and where the other windows are, for the region overlay."""
    from bonusdesk.core import desktop_windows

    raw = capture.grab("all")
    try:
        windows = desktop_windows.list_windows()
    except OSError:
        windows = []
    return raw, windows


def _cut_shot(raw, rect: Rect, picked, zone: str, _ctx) -> Shot:
    from bonusdesk.core.capture_crop import crop

    mode = capture.CaptureMode.WINDOW if picked is not None else capture.CaptureMode.REGION
    cut = crop(raw, rect, mode, picked.as_metadata() if picked is not None else None)
    return Shot(capture.encode_capture(cut, zone), _flagged(cut),
                picked.title if picked is not None else "")


def _capture_pool(parent: QObject) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)  # one thread for good: its grabber stays open
    return pool


class CaptureController(QObject):
    """Owns the capture actions (``actions``: screen, region/window, active window, in 5
    seconds; ``option_actions``: stamped copy, undo, copy) and the hotkey.
    ``captured(evidence)`` after each stored screenshot."""

    captured = Signal(object)
    grabbed = Signal()  # the pixels were read (the app's windows are still hidden)
    failed = Signal(str)

    def __init__(self, session: Session, window: QWidget, show_window=None):
        super().__init__(window)
        self.session, self.window = session, window
        self.runner = JobRunner(self, pool=_capture_pool(self))
        self.after = AfterCapture(session, show_window or (lambda: None), self)
        self.hider = AppHider()
        self.overlay: RegionOverlay | None = None
        self.countdown: Countdown | None = None
        self.destination: Destination | None = None
        self._folder = None
        self.busy = False
        self.portal = None  # the desktop portal's handler, in Wayland sessions (portal.py)
        self.global_hotkey: GlobalHotkey | None = None
        self.hotkey_problem = ""  # why the capture shortcut is not system-wide, for the user
        self._reported_problem = ("", "")
        full = make_action(self, self.tr("Capture the &screen"), self.capture_full)
        # The in-app capture shortcut works wherever focus is in the app.
        full.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        region = make_action(self, self.tr("Capture a &region or a window…"),
                             self.capture_region, "Ctrl+Shift+A", self.tr(
                                 "Drag a rectangle, or click a window (Ctrl+Shift+A)"))
        active = make_action(self, self.tr("Capture the active &window"), self.capture_window,
                             "Ctrl+Shift+W", self.tr(
                                 "The window in front once BonusDesk is out of the way "
                                 "(Ctrl+Shift+W)"))
        delayed = make_action(self, self.tr("Capture in &5 seconds"), self.capture_delayed,
                              "Ctrl+Shift+D",
                              self.tr("Time to open a menu or a page before the screenshot"))
        self.actions: list[QAction] = [full, region, active, delayed]
        self.act_stamped = make_action(
            self, self.tr("Also add a s&tamped copy"), self._stamped_toggled, None,
            self.tr("A second image with a banner: date, time, time zone and fingerprint"))
        self.act_stamped.setCheckable(True)
        self.act_stamped.setChecked(session.prefs.capture_stamped)
        self.option_actions: list[QAction] = [self.act_stamped, *self.after.actions]
        session.settings_changed.connect(lambda: self.apply_hotkey(session.prefs.hotkey))

    # -- set-up ---------------------------------------------------------------------------
    def install_hotkey(self) -> None:
        """System-wide where the platform allows (docs/capture.md), else the in-app
        shortcut; the desktop portal where it is the way to grab; a grabber that follows
        screens being plugged in or out."""
        from bonusdesk.core.capture import session_type

        self.portal = None
        if session_type() == "wayland":  # elsewhere the handler declines: its module
            from .portal import install_portal_handler  # (QtDBus, ~20 ms) is not needed

            self.portal = install_portal_handler(self)
        self.global_hotkey = create_global_hotkey(self)
        self.global_hotkey.triggered.connect(self._hotkey_pressed)
        self.global_hotkey.failed.connect(self._hotkey_refused)
        self.apply_hotkey(self.session.prefs.hotkey)
        app = QApplication.instance()
        app.screenAdded.connect(lambda _s: self._forget_grabber())
        app.screenRemoved.connect(lambda _s: self._forget_grabber())
        # Creating the grabber costs ~50 ms: do it once the window is up, not during a capture.
        QTimer.singleShot(1000, self, self.warm_up)

    def apply_hotkey(self, sequence: str) -> bool:
        """Use ``sequence`` for the capture shortcut: system-wide when the platform allows,
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
            tip = self.tr("Screenshot of the whole screen into the selected claim, else the "
                          "Inbox (%1, from any application)")
        elif sequence:
            tip = self.tr("Screenshot of the whole screen into the selected claim, else the "
                          "Inbox (%1)")
        else:
            tip = self.tr("Screenshot of the whole screen into the selected claim, else the "
                          "Inbox")
        full.setToolTip(tip.replace("%1", sequence))
        self.hotkey_problem = "" if ok or not sequence or hotkey is None else hotkey.reason
        problem = (sequence, self.hotkey_problem)
        if self.hotkey_problem and problem != self._reported_problem:
            self._reported_problem = problem  # said once, not at every settings change
            self.session.notify(
                self.tr("The capture shortcut %1 works only while BonusDesk is in front: %2")
                .replace("%1", sequence).replace("%2", self.hotkey_problem), 20000)
        return ok

    def _hotkey_refused(self, reason: str) -> None:
        """The desktop said no after all (portal): the shortcut becomes in-app, and why."""
        sequence = self.session.prefs.hotkey
        self.actions[0].setShortcut(QKeySequence(sequence))
        self.hotkey_problem = reason
        self._reported_problem = (sequence, reason)
        self.session.notify(
            self.tr("The capture shortcut %1 works only while BonusDesk is in front: %2")
            .replace("%1", sequence).replace("%2", reason), 20000)

    def close(self) -> None:
        """Give the system-wide hotkey back and let a running capture finish (app closing)."""
        if self.global_hotkey is not None:
            self.global_hotkey.close()
        self.after.notice.close()
        self.runner.wait(5000)

    def warm_up(self) -> None:
        """Open the capture thread's grabber now so the first capture is quick."""
        self.runner.start(lambda _ctx: capture.current_monitors(), name="warm-up", owner=self,
                          on_error=lambda _exc: None)  # no screen yet: a capture will say

    def _forget_grabber(self) -> None:
        # The grabber lives on the capture thread: forget it there (a screen came or went).
        self.runner.start(lambda _ctx: capture.forget_grabber(), name="screens", owner=self)

    def _stamped_toggled(self, checked: bool) -> None:
        self.session.prefs.capture_stamped = checked

    def _hotkey_pressed(self) -> None:
        if self.session.prefs.hotkey_takes == "window":
            self.capture_window()
        else:
            self.capture_full()

    # -- entry points ---------------------------------------------------------------------
    def capture_full(self) -> None:
        self._start(functools.partial(self._grab, "all"), 0)

    def capture_window(self) -> None:
        self._start(functools.partial(self._grab, "window"), 0)

    def capture_delayed(self) -> None:
        self._start(functools.partial(self._grab, "all"), DELAY_SECONDS)

    def capture_region(self) -> None:
        self._start(self._freeze, 0)

    def _start(self, then, delay_s: int) -> None:
        if self.busy:
            return
        destination = capture_destination(self.session)
        if destination is None:
            self._nowhere()
            return
        if self.session.read_only:  # the hotkey works with its action disabled: say why
            QMessageBox.warning(self.window, self.tr("Capture"), str(ReadOnlyRefusal(
                self.session.folder.path, self.session.read_only_reason)))
            return
        self.busy, self.destination = True, destination
        self._folder = self.session.folder  # the capture belongs to this folder only
        if self.portal is not None:
            self.portal.refresh_layout()  # QScreen is read here, on the GUI thread
        self.hider.hide()
        if delay_s:
            self.countdown = Countdown(delay_s)
            self.countdown.finished.connect(lambda: QTimer.singleShot(HIDE_SETTLE_MS, then))
            self.countdown.cancelled.connect(self._cancelled)
            self.countdown.start()
        else:
            QTimer.singleShot(HIDE_SETTLE_MS, then)

    def _nowhere(self) -> None:
        QMessageBox.information(self.window, self.tr("Capture"), self.tr(
            "Open a claim folder first: the screenshot is stored in it."))

    # -- grabbing -------------------------------------------------------------------------
    def _grab(self, mode: str) -> None:
        self.countdown = None
        self.runner.start(functools.partial(_grab_shot, mode, self.session.zone),
                          name="capture", owner=self, on_progress=self._pixels_read,
                          on_result=self._encoded, on_error=self._fail)

    def _pixels_read(self, *_progress) -> None:
        self.grabbed.emit()
        self.hider.restore()

    def _freeze(self) -> None:
        self.runner.start(_grab_frozen, name="capture", owner=self,
                          on_result=self._show_overlay, on_error=self._fail)

    def _show_overlay(self, frozen) -> None:
        raw, windows = frozen
        screens = QGuiApplication.screens()
        monitors = monitors_for_screens(screens_from_qt(screens), raw.monitors)
        self.overlay = RegionOverlay(raw, monitors, windows, screens)
        self.overlay.chosen.connect(lambda rect, picked: self._region_chosen(raw, rect, picked))
        self.overlay.cancelled.connect(self._cancelled)
        self.overlay.show()

    def _region_chosen(self, raw, rect: Rect, picked) -> None:
        self.overlay = None
        self.grabbed.emit()
        self.hider.restore()
        self.runner.start(functools.partial(_cut_shot, raw, rect, picked, self.session.zone),
                          name="capture", owner=self, on_result=self._encoded,
                          on_error=self._fail)

    def _cancelled(self) -> None:
        self.overlay = self.countdown = None
        self.busy = False
        self.hider.restore()
        self.session.notify(self.tr("Capture cancelled"), 5000)

    # -- storing --------------------------------------------------------------------------
    def _encoded(self, shot: Shot) -> None:
        self.busy = False
        destination, self.destination = self.destination, None
        folder, self._folder = self._folder, None
        if self.session.folder is None or self.session.folder is not folder or destination is None:
            self._fail(BonusDeskError(self.tr("The claim folder was closed before the "
                                              "screenshot was saved: nothing was stored.")))
            return
        enc = shot.encoded
        when = format_local(enc.captured_at, enc.zone, with_zone=False)
        if shot.window_title:
            caption = self.tr("Window “%1”, %2").replace("%1", shot.window_title[:120])
        else:
            caption = self.tr("Screenshot of %2")
        caption = caption.replace("%2", when)
        try:
            ev = self.session.store_capture(destination.claim_id, enc, caption=caption)
        except (BonusDeskError, OSError) as exc:
            self._fail(exc)
            return
        note = (self.tr("No active window was found: the whole screen was captured.")
                if shot.no_window else "")
        self.captured.emit(ev)
        self.after.stored(LastCapture(destination, ev, black_fraction=shot.black_fraction,
                                      note=note), self.act_stamped.isChecked())

    def _fail(self, exc: BaseException) -> None:
        self.busy = False
        self.overlay = self.countdown = None
        in_front = self.hider.was_in_front
        self.hider.restore()
        message = str(exc)
        self.failed.emit(message)
        if in_front:
            QMessageBox.warning(self.window, self.tr("Capture failed"), message)
        else:  # the player is in the game: no dialog over it, the notice says it
            self.after.notice.show_capture(self.tr("Capture failed"), message, can_undo=False)
            self.after.notice.copy_button.setEnabled(False)
