"""The one way to run work off the GUI thread: progress, cancel, result and error back
on the GUI thread.

    job = session.jobs.start(work, name="export", owner=dialog,
                             on_progress=..., on_result=..., on_error=..., on_cancelled=...)
    job.cancel()

``work(ctx)`` runs in a QThreadPool thread and gets a :class:`JobContext`: it calls
``ctx.progress(done, total, text)`` and looks at ``ctx.cancelled`` (or calls
``ctx.raise_if_cancelled()``) between steps. Every callback runs later on the GUI thread,
in this order: any number of ``on_progress``, then exactly one of ``on_result(value)``,
``on_error(exception)`` or ``on_cancelled()``, then ``on_finished()``.

The rules this module keeps so callers need not (each one cost a crash or a lost result
before it was written down here):

- Work never touches the claim folder's SQLite connection (it belongs to the GUI thread):
  give the work plain data, or let it open its own read-only connection. Work is a plain
  function or a closure over plain data, never a widget's method (the worker would hold
  the widget).
- The worker never holds a Qt object that Python could free on the worker thread. It holds
  only the runner's relay (a QObject owned by the runner, so Python never deletes it) and
  plain data. ``Job`` is a plain Python object; its callbacks are dropped once it finished.
- A job whose ``owner`` (a widget, a model) was destroyed delivers nothing.
- A job that returned a value delivers it even if cancel came too late: its work is done
  (an import's files are copied; the caller commits or discards them).
- The app waits for running jobs before tearing Qt down (``JobRunner.wait``).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

OK, ERROR, CANCELLED = "ok", "error", "cancelled"


class JobCancelled(Exception):
    """Raised by work (``ctx.raise_if_cancelled()``) to stop early; delivered as cancelled."""


class JobContext:
    """What the work sees, in the worker thread."""

    def __init__(self, relay: _Relay, job_id: int, cancel_event: threading.Event):
        self._relay, self._job_id, self._cancel = relay, job_id, cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """For code that takes a ``threading.Event`` itself (the export package)."""
        return self._cancel

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        with contextlib.suppress(RuntimeError):  # the app is shutting down: nobody to tell
            self._relay.progress.emit(self._job_id, done, total, text)


class _Relay(QObject):
    """Carries worker news to the GUI thread (queued signals); owned by the runner."""

    progress = Signal(int, int, int, str)  # job id, done, total, text
    done = Signal(int, str, object)  # job id, OK | ERROR | CANCELLED, value or exception


class Job:
    """A running piece of work, as the GUI thread sees it."""

    def __init__(self, job_id: int, name: str, callbacks: dict[str, Callable | None],
                 owner: QObject | None):
        self.id, self.name = job_id, name
        self._callbacks = callbacks
        self._owner = owner
        self._cancel = threading.Event()
        self.running = True
        self.outcome = ""  # OK, ERROR or CANCELLED once finished

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next check (or finishes, if it was done)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _deliverable(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _call(self, which: str, *args) -> None:
        callback = self._callbacks.get(which)
        if callback is not None and self._deliverable():
            callback(*args)


def _run(work: Callable[[JobContext], Any], ctx: JobContext, relay: _Relay, job_id: int) -> None:
    """The worker side: run, then hand the outcome to the GUI thread."""
    try:
        value, outcome = work(ctx), OK
    except JobCancelled as exc:
        value, outcome = exc, CANCELLED
    except Exception as exc:  # noqa: BLE001 - every failure reaches the caller's on_error
        # A failure after cancel was asked for is the cancellation surfacing (the export
        # raises ExportCancelled): report it as cancelled, not as an error.
        value, outcome = exc, CANCELLED if ctx.cancelled else ERROR
    with contextlib.suppress(RuntimeError):
        relay.done.emit(job_id, outcome, value)


class JobRunner(QObject):
    """Starts jobs on a thread pool; ``busy_changed(count)`` when the running count changes."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)  # parented: Qt owns it, Python never frees it off-thread
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)

    def start(self, work: Callable[[JobContext], Any], *, name: str = "",
              owner: QObject | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              on_result: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None,
              on_cancelled: Callable[[], None] | None = None,
              on_finished: Callable[[], None] | None = None) -> Job:
        """Run ``work(ctx)`` in the pool; the callbacks run on the GUI thread."""
        job = Job(next(self._ids), name, {
            "progress": on_progress, OK: on_result, ERROR: on_error,
            CANCELLED: on_cancelled, "finished": on_finished}, owner)
        self._jobs[job.id] = job
        ctx = JobContext(self._relay, job.id, job._cancel)
        # The pool holds only plain data and the relay: never the Job, the runner or a widget.
        self.pool.start(functools.partial(_run, work, ctx, self._relay, job.id))
        self.busy_changed.emit(len(self._jobs))
        return job

    def running(self) -> list[Job]:
        return list(self._jobs.values())

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            job.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is idle (the app is closing); True when it is."""
        return self.pool.waitForDone(msecs)

    def _on_progress(self, job_id: int, done: int, total: int, text: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job._call("progress", done, total, text)

    def _on_done(self, job_id: int, outcome: str, value) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        job.running, job.outcome = False, outcome
        try:
            if outcome == CANCELLED:
                job._call(CANCELLED)
            else:
                job._call(outcome, value)
        finally:
            try:
                job._call("finished")
            finally:
                job._callbacks = {}  # no widget stays referenced by a finished job
                job._owner = None
                self.busy_changed.emit(len(self._jobs))
