"""The job runner: work off the GUI thread; progress, result, error and cancel back on it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from bonusdesk.ui.jobs import JobRunner

GUI_THREAD = threading.get_ident()  # pytest-qt runs the tests on the Qt GUI thread


def gui_thread_recorder(events: list, name: str):
    def record(*args):
        events.append((name, args, threading.get_ident() == GUI_THREAD))
    return record


def start(runner: JobRunner, work, events: list, owner=None):
    return runner.start(
        work, owner=owner,
        on_progress=gui_thread_recorder(events, "progress"),
        on_result=gui_thread_recorder(events, "result"),
        on_error=gui_thread_recorder(events, "error"),
        on_cancelled=gui_thread_recorder(events, "cancelled"),
        on_finished=gui_thread_recorder(events, "finished"))


def test_work_runs_in_the_pool_and_progress_and_result_come_back_on_the_gui_thread(qtbot):
    runner = JobRunner()
    events, worker_thread = [], []

    def work(ctx):
        worker_thread.append(threading.get_ident())
        for n in range(3):
            ctx.progress(n + 1, 3, f"step {n + 1}")
        return "done"

    job = start(runner, work, events)
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert worker_thread and worker_thread[0] != threading.get_ident()
    assert [e[0] for e in events] == ["progress"] * 3 + ["result", "finished"]
    assert events[2][1] == (3, 3, "step 3") and events[3][1] == ("done",)
    assert all(on_gui for _name, _args, on_gui in events)
    assert job.outcome == "ok" and runner.running() == []


def test_an_exception_reaches_on_error_and_nothing_else(qtbot):
    runner = JobRunner()
    events = []

    def work(_ctx):
        raise OSError(28, "No space left on device")

    job = start(runner, work, events)
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert [e[0] for e in events] == ["error", "finished"]
    assert isinstance(events[0][1][0], OSError) and job.outcome == "error"


def test_cancel_stops_the_work_at_its_next_check(qtbot):
    runner = JobRunner()
    events, started = [], threading.Event()
    steps = []

    def work(ctx):
        started.set()
        for n in range(500):
            ctx.raise_if_cancelled()
            steps.append(n)
            time.sleep(0.005)
        return "finished anyway"

    job = start(runner, work, events)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert [e[0] for e in events if e[0] != "progress"] == ["cancelled", "finished"]
    assert len(steps) < 500


def test_a_failure_after_cancel_counts_as_cancelled(qtbot):
    runner = JobRunner()
    events, go = [], threading.Event()

    def work(ctx):
        go.wait(5)
        if ctx.cancelled:
            raise RuntimeError("stopped half way")  # what a library raises when told to stop
        return 1

    job = start(runner, work, events)
    job.cancel()
    go.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert [e[0] for e in events] == ["cancelled", "finished"]


def test_nothing_is_delivered_to_an_owner_that_was_destroyed(qtbot):
    runner = JobRunner()
    events, go = [], threading.Event()
    owner = QObject()
    job = start(runner, lambda _ctx: go.wait(5), events, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    go.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert events == []
    assert job._callbacks == {}  # a finished job holds no callback (and no widget)


def test_the_runner_counts_running_jobs_and_waits_for_them(qtbot):
    runner = JobRunner()
    counts = []
    runner.busy_changed.connect(counts.append)
    go = threading.Event()
    jobs = [runner.start(lambda _ctx: go.wait(5)) for _ in range(2)]
    assert len(runner.running()) == 2
    go.set()
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: not any(j.running for j in jobs), timeout=5000)
    assert counts[:2] == [1, 2] and counts[-1] == 0
