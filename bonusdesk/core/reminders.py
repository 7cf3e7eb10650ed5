"""Reminder bookkeeping: notify once per deadline state, remember it in the folder.

The tray calls :func:`due_reminders` on a timer and at start-up (which lists
what came due while the app was closed), shows them, then calls
:func:`mark_notified`. A deadline is reminded again only when its state
changes (due soon -> overdue) or its due time moves (a new follow-up clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from .deadlines import Deadline, DeadlineState, list_deadlines
from .errors import FolderError
from .timeutil import now_utc, to_iso

REMIND_STATES = frozenset({DeadlineState.DUE_SOON, DeadlineState.OVERDUE, DeadlineState.LATE})


def _notified(folder) -> dict[str, tuple[str, str]]:
    # Rows as tuples (not query()'s dicts): one per deadline ever reminded, 17,000 in a
    # folder of 30,000 claims, read by the app after every deadline listing.
    return {key: (state, due_at) for key, state, due_at in
            folder.db.execute("select key, state, due_at from reminders")}


def due_reminders(folder, now: datetime | None = None,
                  deadlines: Iterable[Deadline] | None = None) -> list[Deadline]:
    """Deadlines due soon or overdue whose state was not notified yet, most urgent first.

    ``deadlines`` defaults to :func:`list_deadlines` at ``now``; pass the list the
    UI already computed to avoid doing it twice.
    """
    if deadlines is None:
        deadlines = list_deadlines(folder, now or now_utc(), open_only=True)
    seen = _notified(folder)
    return [d for d in deadlines
            if d.state in REMIND_STATES
            and seen.get(d.key) != (d.state.value, to_iso(d.due_at))]


def mark_notified(folder, deadlines: Iterable[Deadline], now: datetime | None = None) -> None:
    """Record that these deadlines were shown in their current state."""
    if not folder.writable:
        raise FolderError(f"claim folder {folder.path} is open read-only: "
                          "reminders cannot be recorded")
    at = to_iso(now or now_utc())
    rows = [{"key": d.key, "state": d.state.value, "due_at": to_iso(d.due_at),
             "notified_at": at} for d in deadlines]
    if rows:
        with folder.transaction():
            folder.db["reminders"].upsert_all(rows, pk="key")
