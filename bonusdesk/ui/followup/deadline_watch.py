"""Keeps the claims list's deadlines fresh and raises reminders, off the GUI thread.

Every minute (and when a folder opens) a worker opens its own read-only
connection to the claim folder (SQLite connections cannot cross threads; WAL lets
it read while the window writes), lists the open deadlines and sends them back.
The window then shows each claim's most urgent one and notifies reminders once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from bonusdesk.core.deadlines import Deadline, list_deadlines
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.reminders import due_reminders, mark_notified

from ..i18n import current_language
from ..labels import deadline_label, deadline_state_label

REFRESH_MS = 60_000


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, now, list[Deadline] | Exception


class DeadlineJob:
    """List the open deadlines in the thread pool, on a read-only connection of its own."""
    # A plain object, not a QRunnable: PySide must not delete a Qt wrapper from the worker
    # thread (that crashed in Shiboken's deferred deletion). The pool runs ``run``.
    def __init__(self, path: Path, now: datetime, generation: int, signals: _Signals):
        self.path, self.now, self.generation = path, now, generation
        self.signals = signals

    def run(self) -> None:
        try:
            with ClaimFolder.open(self.path, writable=False) as folder:
                result = list_deadlines(folder, self.now, open_only=True)
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            result = exc
        with contextlib.suppress(RuntimeError):  # the app is shutting down: nobody to tell
            self.signals.done.emit(self.generation, self.now, result)


class DeadlineWatch(QObject):
    """Emits ``updated(now, deadlines)`` with the open deadlines of the folder."""

    updated = Signal(object, object)  # now, list[Deadline]
    failed = Signal(str)

    def __init__(self, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.clock = clock
        self.path: Path | None = None
        self._generation = 0
        # Parented: Qt deletes it with the watch, on the GUI thread, never from a worker.
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.pool = QThreadPool.globalInstance()

    def watch(self, path: Path | None) -> None:
        self.path = path
        self._generation += 1
        if path is None:
            self.timer.stop()
            return
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.path is None:
            return
        self._generation += 1
        job = DeadlineJob(self.path, self.clock(), self._generation, self._signals)
        self.pool.start(job.run)

    def _done(self, generation: int, now: datetime, result) -> None:
        if generation != self._generation:
            return  # an older run, or another folder
        if isinstance(result, Exception):
            self.failed.emit(str(result))
            return
        self.updated.emit(now, result)


def most_urgent_by_claim(deadlines: list[Deadline]) -> dict[int, Deadline]:
    """The first (most urgent) deadline of each claim in an urgency-sorted list."""
    found: dict[int, Deadline] = {}
    for d in deadlines:
        found.setdefault(d.claim_id, d)
    return found


def remind(window, folder, deadlines: list[Deadline], now: datetime) -> list[Deadline]:
    """Notify deadlines that became due soon or overdue (tray and status bar), once per
    state; returns those notified."""
    due = due_reminders(folder, now, deadlines)
    if not due:
        return []
    line = QCoreApplication.translate("Reminders", "%1: %2 — %3")
    lines = [line.replace("%1", deadline_state_label(d.state))
             .replace("%2", deadline_label(d, current_language())).replace("%3", d.claim_title)
             for d in due[:5]]
    if len(due) > 5:
        lines.append(QCoreApplication.translate("Reminders", "… and %1 more")
                     .replace("%1", str(len(due) - 5)))
    title = QCoreApplication.translate(
        "Reminders", "BonusDesk: %n deadline(s) need attention", "", len(due))
    tray = getattr(window, "tray", None)
    if tray is not None:
        tray.notify(title, "\n".join(lines))
    window.statusBar().showMessage(lines[0], 30000)
    mark_notified(folder, due, now)
    return due
