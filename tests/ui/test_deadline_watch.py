"""The deadline watch runs one listing at a time per folder: changes during a listing ask
for one more run after it, not one job each (the first listing of a large folder computes
every claim for seconds)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from bonusdesk.ui.followup import deadline_watch
from bonusdesk.ui.followup.deadline_watch import DeadlineWatch
from bonusdesk.ui.jobs import JobRunner

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def blocking_listing(monkeypatch):
    """Replace the listing by one that waits for ``release`` and records its calls."""
    calls: list[tuple[Path, datetime]] = []
    release = threading.Event()

    def listing(path, now):
        calls.append((path, now))
        assert release.wait(10)
        return [f"{path.name} at {now:%H:%M}"]

    monkeypatch.setattr(deadline_watch, "_open_deadlines", listing)
    return calls, release


def test_changes_during_a_listing_make_one_more_listing_not_one_each(qtbot, monkeypatch):
    calls, release = blocking_listing(monkeypatch)
    clock = [NOW]
    watch = DeadlineWatch(JobRunner(), lambda: clock[0])
    results = []
    watch.updated.connect(lambda now, found: results.append(found))
    watch.watch(Path("/folders/a"))
    qtbot.waitUntil(lambda: len(calls) == 1)
    clock[0] = NOW.replace(minute=5)
    for _ in range(5):
        watch.refresh()
    release.set()
    qtbot.waitUntil(lambda: results == [["a at 12:05"]])
    qtbot.wait(100)
    assert [now for _, now in calls] == [NOW, NOW.replace(minute=5)]
    assert results == [["a at 12:05"]]  # the first listing was older: dropped


def test_another_folder_is_listed_at_once_and_the_old_result_dropped(qtbot, monkeypatch):
    calls, release = blocking_listing(monkeypatch)
    watch = DeadlineWatch(JobRunner(), lambda: NOW)
    results = []
    watch.updated.connect(lambda now, found: results.append(found))
    watch.watch(Path("/folders/a"))
    qtbot.waitUntil(lambda: len(calls) == 1)
    watch.watch(Path("/folders/b"))
    qtbot.waitUntil(lambda: len(calls) == 2)  # not waiting for folder a's listing
    release.set()
    qtbot.waitUntil(lambda: results == [["b at 12:00"]])
    qtbot.wait(100)
    assert [path.name for path, _ in calls] == ["a", "b"]
    assert results == [["b at 12:00"]]
