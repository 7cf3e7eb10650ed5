"""Keeps the folder's deadlines fresh, off the GUI thread, and words the reminders.

Every minute, when a folder opens and when the session says something changed, a job
opens its own read-only connection to the claim folder (SQLite connections cannot cross
threads; WAL lets it read while the app writes), lists the open deadlines and sends them
back. The session keeps them (``session.deadlines``) and says so (``deadlines_changed``);
reminders that came due are notified once (``reminders_due``).

The listing goes through the deadline cache (core/deadline_cache.py): only claims changed
since the last listing are computed. One job runs at a time per folder: a change while it
runs asks for one more run after it (the first listing of a large folder, which computes
every claim, can take seconds; starting a job per change would compute it several times
over on the same cores).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from bonusdesk.core.deadlines import Deadline, list_deadlines
from bonusdesk.core.folder import ClaimFolder

from ..i18n import current_language
from ..jobs import JobRunner
from ..labels import deadline_label, deadline_state_label

REFRESH_MS = 60_000
SETTLE_MS = 150  # a burst of changes (an import of 40 files) is one recomputation


def _open_deadlines(path: Path, now: datetime) -> list[Deadline]:
    with ClaimFolder.open(path, writable=False) as folder:
        return list_deadlines(folder, now, open_only=True)


class DeadlineWatch(QObject):
    """Emits ``updated(now, deadlines)`` with the open deadlines of the watched folder."""

    updated = Signal(object, object)  # now, list[Deadline]
    failed = Signal(str)

    def __init__(self, jobs: JobRunner, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.jobs, self.clock = jobs, clock
        self.path: Path | None = None
        self._generation = 0
        self._running: Path | None = None  # the folder a job is listing now
        self._again = False  # something changed while it ran: list once more after it
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._soon = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._soon.timeout.connect(self.refresh)

    def watch(self, path: Path | None) -> None:
        self.path = path
        self._generation += 1
        self._soon.stop()
        if path is None:
            self.timer.stop()
            return
        self.timer.start()
        self.refresh()

    def refresh_soon(self) -> None:
        """Something changed: recompute shortly (changes in a burst count once)."""
        if self.path is not None:
            self._soon.start()

    def refresh(self) -> None:
        if self.path is None:
            return
        self._generation += 1
        if self._running == self.path:
            self._again = True  # its result is dropped (older); one more run follows it
            return
        self._start()

    def _start(self) -> None:
        self._again = False
        generation, path, now = self._generation, self.path, self.clock()
        self._running = path
        self.jobs.start(lambda _ctx: _open_deadlines(path, now), name="deadlines", owner=self,
                        on_result=lambda result: self._done(generation, now, result),
                        on_error=lambda exc: self._failed(generation, exc),
                        on_finished=lambda: self._finished(path))

    def _finished(self, path: Path) -> None:
        if self._running == path:
            self._running = None
        if self._again and self.path is not None and self._running is None:
            self._start()

    def _done(self, generation: int, now: datetime, result: list[Deadline]) -> None:
        if generation == self._generation:  # else an older run, or another folder
            self.updated.emit(now, result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.failed.emit(QCoreApplication.translate("DeadlineWatch", "Deadlines: %1")
                             .replace("%1", str(exc)))


def most_urgent_by_claim(deadlines: list[Deadline]) -> dict[int, Deadline]:
    """The first (most urgent) deadline of each claim in an urgency-sorted list."""
    found: dict[int, Deadline] = {}
    for d in deadlines:
        found.setdefault(d.claim_id, d)
    return found


class Reminders(QObject):
    """The reminder notification's words. A class so that its ``tr()`` plurals are read by
    pyside6-lupdate, which (6.11) takes ``%n`` forms from ``tr()`` but not from
    ``QCoreApplication.translate()``."""

    def text(self, due: list[Deadline]) -> tuple[str, list[str]]:
        line = self.tr("%1: %2 — %3")
        lines = [line.replace("%1", deadline_state_label(d.state))
                 .replace("%2", deadline_label(d, current_language()))
                 .replace("%3", d.claim_title)
                 for d in due[:5]]
        if len(due) > 5:
            lines.append(self.tr("… and %n more", "", len(due) - 5))
        title = self.tr("BonusDesk: %n deadlines need attention", "", len(due))
        return title, lines


def reminder_text(due: list[Deadline]) -> tuple[str, list[str]]:
    """A notification's title and lines (five at most) for deadlines that came due."""
    return Reminders().text(due)
