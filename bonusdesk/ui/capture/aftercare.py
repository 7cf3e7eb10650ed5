"""What follows a stored capture: the stamped copy, the confirmation, Copy, Undo, Show.

``AfterCapture.stored(last)`` is called once the screenshot is in the claim (or the
Inbox). It renders the stamped copy in the job runner when the player asked for one,
then confirms with the notice (notice.py). Copy puts the picture on the clipboard (the
stamped copy when there is one: its banner says when and which fingerprint), loaded in
the job runner; Undo removes the capture through the session (core/capture_undo.py
decides whether it still may); Show brings BonusDesk up on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Evidence
from bonusdesk.core.timeutil import format_local

from ..session import Session
from ..widgets import make_action
from .destination import Destination
from .notice import CaptureNotice


@dataclass
class LastCapture:
    destination: Destination
    original: Evidence
    stamped: Evidence | None = None
    black_fraction: float | None = None  # set when the grab is flagged as partly black
    note: str = ""  # what the player should know (no window found: the whole screen)
    removed: bool = False

    @property
    def for_clipboard(self) -> Evidence:
        return self.stamped or self.original


def _load_image(path: str) -> QImage:
    image = QImage(path)
    if image.isNull():
        raise OSError(f"cannot read {path}")
    return image


class AfterCapture(QObject):
    """``confirmed(last)`` once the notice is up (tests wait for it); ``failed(text)``."""

    confirmed = Signal(object)
    failed = Signal(str)
    copied = Signal()

    def __init__(self, session: Session, show_window: Callable[[], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.show_window = session, show_window
        self.last: LastCapture | None = None
        self.notice = CaptureNotice()
        self.notice.copy_requested.connect(self.copy)
        self.notice.undo_requested.connect(self.undo)
        self.notice.show_requested.connect(self.show)
        # Ctrl+Z in a text field stays the field's own undo (editors take the key first).
        self.act_undo = make_action(self, self.tr("&Undo the last screenshot"), self.undo,
                                    "Ctrl+Z", self.tr("Remove the screenshot just taken by "
                                                      "mistake (Ctrl+Z)"))
        self.act_copy = make_action(self, self.tr("C&opy the last screenshot"), self.copy,
                                    "Ctrl+Shift+C", self.tr(
                                        "Copy the last screenshot, to paste it into the "
                                        "casino's chat (Ctrl+Shift+C)"))
        self.actions: list[QAction] = [self.act_undo, self.act_copy]
        session.folder_closing.connect(self.forget)
        self._update()

    def forget(self) -> None:
        self.last = None
        self.notice.hide()
        self._update()

    def _update(self) -> None:
        live = self.last is not None and not self.last.removed
        self.act_undo.setEnabled(live)
        self.act_copy.setEnabled(live)

    # -- after storing -----------------------------------------------------------------
    def stored(self, last: LastCapture, stamped: bool) -> None:
        self.last = last
        self._update()
        if not stamped:
            self.confirm()
            return
        from bonusdesk.core.stamp import prepare_stamped, render_stamped_png

        try:
            job = prepare_stamped(self.session.require_folder(), last.destination.claim_id,
                                  last.original)
        except BonusDeskError as exc:
            self.confirm(self.tr("No stamped copy: %1").replace("%1", str(exc)))
            return
        self.session.jobs.start(lambda _ctx: render_stamped_png(job), name="stamp", owner=self,
                                on_result=lambda made: self._stamped(last, job, *made),
                                on_error=lambda exc: self.confirm(
                                    self.tr("No stamped copy: %1").replace("%1", str(exc))))

    def _stamped(self, last: LastCapture, job, data: bytes, meta: dict) -> None:
        if last is not self.last or last.removed:
            return  # undone meanwhile, or another capture came: do not add a copy
        try:
            last.stamped = self.session.store_stamped(job, data, meta)
        except (BonusDeskError, OSError) as exc:
            self.confirm(self.tr("No stamped copy: %1").replace("%1", str(exc)))
            return
        self.confirm()

    def confirm(self, problem: str = "") -> None:
        last = self.last
        if last is None:
            return
        if last.destination.inbox:
            title = self.tr("Screenshot added to the Inbox")
        else:
            title = self.tr("Screenshot added to “%1”").replace("%1", last.destination.title)
        ev = last.original
        detail = self.tr("%1 × %2 pixels, taken at %3").replace("%1", str(ev.width)).replace(
            "%2", str(ev.height)).replace("%3", format_local(ev.captured_at, ev.zone))
        if last.stamped is not None:
            detail += "\n" + self.tr("With a stamped copy (date, time, zone, fingerprint).")
        if last.note:
            detail += "\n" + last.note
        warning = problem
        if last.black_fraction is not None:
            warning = self.tr(
                "Check this screenshot: %1 % of it is pure black. On Wayland, windows of some "
                "applications come out black; if the casino's window is black, take the "
                "screenshot with your desktop's screenshot tool and import the file."
            ).replace("%1", str(round(last.black_fraction * 100)))
            if problem:
                warning += "\n" + problem
        self.notice.show_capture(title, detail, warning, can_undo=True)
        self.session.notify(title)
        self.confirmed.emit(last)

    # -- the notice's buttons -----------------------------------------------------------
    def copy(self) -> None:
        last = self.last
        if last is None or last.removed or self.session.folder is None:
            return
        path = str(self.session.folder.evidence.file_path(last.for_clipboard))
        self.session.jobs.start(lambda _ctx: _load_image(path), name="clipboard", owner=self,
                                on_result=self._copied,
                                on_error=lambda exc: self.notice.say(str(exc)))

    def _copied(self, image: QImage) -> None:
        QGuiApplication.clipboard().setImage(image)
        text = self.tr("Copied: paste it into the casino's chat with Ctrl+V.")
        self.notice.say(text)
        self.session.notify(text)
        self.copied.emit()

    def undo(self) -> None:
        last = self.last
        if last is None or last.removed:
            return
        try:
            self.session.undo_capture(last.original.id)
        except (BonusDeskError, OSError) as exc:
            text = self.tr("The screenshot was kept: %1").replace("%1", str(exc))
            self.notice.say(text)
            self.failed.emit(text)
            return
        last.removed = True
        self._update()
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear()  # what was copied from it is gone too
        self.notice.undo_button.hide()
        self.notice.copy_button.setEnabled(False)
        text = self.tr("Screenshot removed.")
        self.notice.say(text)
        self.session.notify(text)

    def show(self) -> None:
        last = self.last
        self.notice.hide()
        self.show_window()
        if last is None or last.removed:
            return
        if last.destination.claim_id is not None:
            self.session.show_claim(last.destination.claim_id, "evidence")
        else:  # where it waits to be filed
            self.session.show_inbox()
