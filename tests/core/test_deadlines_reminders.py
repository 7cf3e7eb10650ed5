"""Reminders: each deadline state is notified once, and the record survives reopening."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core.deadlines import DeadlineState
from bonusdesk.core.errors import FolderError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Channel, Contact, Direction
from bonusdesk.core.reminders import due_reminders, mark_notified


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_migration_adds_reminders_table_and_a_folder_id(folder):
    assert "reminders" in folder.db.table_names()
    assert "m002_deadline_reminders" in {
        r["name"] for r in folder.db.query("select name from _sqlite_migrations")}
    uid = [r["value"] for r in folder.db.query("select value from meta where key='folder_uid'")]
    assert len(uid) == 1 and len(uid[0]) == 32


def test_a_reminder_is_given_once_per_state(folder, claim):
    due_soon = utc(2026, 11, 21, 9, 0)  # reporting deadline 20:15 UTC that day
    [reminder] = due_reminders(folder, due_soon)
    assert (reminder.key, reminder.state) == (f"claim:{claim.id}:reporting",
                                              DeadlineState.DUE_SOON)
    mark_notified(folder, [reminder], due_soon)
    assert due_reminders(folder, due_soon) == []
    assert due_reminders(folder, utc(2026, 11, 21, 18, 0)) == []  # still due soon
    overdue = utc(2026, 11, 21, 21, 0)
    [again] = due_reminders(folder, overdue)
    assert again.state is DeadlineState.LATE  # the window passed: report anyway
    mark_notified(folder, [again], overdue)
    assert due_reminders(folder, utc(2026, 11, 25)) == []


def test_nothing_to_remind_while_upcoming_or_once_met(folder, claim):
    assert due_reminders(folder, utc(2026, 11, 20, 19, 0)) == []  # the incident is later
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 8, 0))
    assert [d.key for d in due_reminders(folder, utc(2026, 11, 21, 9, 0))] == []


def test_a_moved_deadline_is_reminded_again(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 20, 21, 0))
    first = [d for d in due_reminders(folder, utc(2026, 11, 25, 21, 30))
             if d.key.endswith(":follow_up")]
    assert first and first[0].state is DeadlineState.OVERDUE
    mark_notified(folder, first, utc(2026, 11, 25, 21, 30))
    # You chased on Thursday evening; the new clock runs out the next Tuesday.
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 26, 18, 0),
                                "Europe/Paris", Direction.SENT))
    assert due_reminders(folder, utc(2026, 11, 27)) == []
    [moved] = due_reminders(folder, utc(2026, 12, 1, 9, 0))
    assert moved.key == first[0].key and moved.due_at == utc(2026, 12, 1, 18, 0)


def test_reminders_survive_reopening_the_folder(tmp_path, folder, claim):
    now = utc(2026, 11, 21, 9, 0)
    mark_notified(folder, due_reminders(folder, now), now)
    path = folder.path
    folder.close()
    with ClaimFolder.open(path) as again:
        assert due_reminders(again, now) == []


def test_mark_notified_refuses_a_read_only_folder(folder, claim):
    now = utc(2026, 11, 21, 9, 0)
    with ClaimFolder.open(folder.path, writable=False) as reader:
        pending = due_reminders(reader, now)
        assert len(pending) == 1
        with pytest.raises(FolderError, match="read-only"):
            mark_notified(reader, pending, now)
