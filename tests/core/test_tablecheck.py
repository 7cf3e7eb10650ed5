"""verify proves the tables: every row is compared with what the events say.

Each tampering here is what a person with a SQLite tool can do to the folder; before
row snapshots, verify passed after every one of them and the forged values reached
the exported PDF.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from bonusdesk.core import events, profile, tracked
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import Channel, Contact
from tests.factories import write_pdf, write_png
from tests.faults import tamper


@pytest.fixture
def filled(folder, claim, tmp_path):
    folder.evidence.import_files(claim.id, [write_png(tmp_path / "a.png"),
                                            write_pdf(tmp_path / "b.pdf")])
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.CHAT,
                                at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC),
                                zone="Europe/Paris", reference="T-5521"))
    folder.claims.set_status(claim.id, "reported", note="form")
    folder.claims.set_checklist(claim.id, "terms_read", "yes")
    profile.save(folder, name="Camille Martin")
    return folder


def problems_of(folder, *kinds):
    return [p for p in verify(folder).problems if not kinds or p.kind in kinds]


def last_event_touching(folder, table, key):
    for ev in reversed(events.list_events(folder.db)):
        if any(s["t"] == table and s["k"] == key for s in ev.rows):
            return ev.seq
    raise AssertionError(f"no event touched {table} {key}")


def test_untouched_folder_proves_every_row(filled):
    report = verify(filled)
    assert report.ok, report.problems
    # platform, claim, 2 status changes, 7 checklist items, 2 evidence, contact, profile
    assert report.rows_checked == 15


def test_every_event_carries_the_rows_it_changed(filled, claim):
    ev = events.list_events(filled.db, claim.id)[-1]  # the checklist change
    assert [(s["t"], s["k"]) for s in ev.rows] == [("checklist", [7])]
    assert ev.rows[0]["v"]["state"] == "yes"
    assert "rows" not in ev.data  # writers' data stays as they wrote it


@pytest.mark.parametrize("sql,table,name,column", [
    ("update claims set incident_at = '2020-01-01T00:00:00+00:00'", "claims", "claim 1",
     "incident_at"),
    ("update claims set status = 'resolved'", "claims", "claim 1", "status"),
    ("update evidence set captured_at = '2020-01-02T08:00:00+00:00' where id = 1",
     "evidence", "evidence 1", "captured_at"),
    ("update contacts set reference = 'FORGED-1'", "contacts", "contact 1", "reference"),
    ("update platforms set window_hours = 720", "platforms", "platform 1", "window_hours"),
    ("update checklist set state = 'no' where key = 'terms_read'", "checklist",
     "checklist item 7", "state"),
    ("update status_changes set at = '2026-11-20T20:16:00+00:00' where id = 2",
     "status_changes", "status change 2", "at"),
    ("update profile set name = 'Someone Else'", "profile", "profile 1", "name"),
])
def test_changed_value_is_named_with_table_value_and_event(filled, sql, table, name, column):
    key = [int(name.rsplit(" ", 1)[1])]
    seq = last_event_touching(filled, table, key)
    before = tracked.read_row(filled.db, tracked.BY_TABLE[table], key)[column]
    tamper(filled.path, sql)
    found = problems_of(filled)
    assert [(p.kind, p.table, p.key, p.columns, p.event_seq) for p in found] == [
        ("row-changed", table, key, [column], seq)]
    after = tracked.read_row(filled.db, tracked.BY_TABLE[table], key)[column]
    assert found[0].message == (f"{name}: {column} is {json.dumps(after, ensure_ascii=False)} "
                                f"in the table, {json.dumps(before, ensure_ascii=False)} by "
                                f"event {seq}")


def test_deleted_status_history_is_reported_row_by_row(filled):
    tamper(filled.path, "delete from status_changes")
    found = problems_of(filled)
    assert [(p.kind, p.table, p.key) for p in found] == [
        ("row-gone", "status_changes", [1]), ("row-gone", "status_changes", [2])]
    assert "status change 2: written by event" in found[1].message
    assert "the row is gone" in found[1].message


def test_evidence_row_deleted_with_its_file_is_caught(filled, claim):
    ev = filled.evidence.list(claim.id)[1]
    path = filled.abspath(ev.path)
    path.chmod(0o600)
    path.unlink()
    tamper(filled.path, f"delete from evidence where id = {ev.id}")
    assert [(p.kind, p.table, p.key) for p in problems_of(filled)] == [
        ("row-gone", "evidence", [ev.id])]


def test_row_added_behind_bonusdesks_back_is_caught(filled):
    tamper(filled.path, "insert into status_changes (claim_id, status, at, zone, note) "
                        "values (1, 'escalated', '2026-11-19T10:00:00+00:00', 'UTC', 'x')")
    found = problems_of(filled)
    assert [(p.kind, p.key) for p in found] == [("row-unlogged", [3])]
    assert found[0].message.startswith("status change 3: no event created this row")


def test_truncated_history_with_a_rewound_head_is_caught_by_the_rows(filled, claim):
    """The attack that passed before: drop the trigger, delete the newest events, move
    meta.event_head back. The chain alone is consistent again; the rows are not."""
    evs = events.list_events(filled.db)
    status_event = next(e for e in reversed(evs) if e.action == "status")
    keep = status_event.seq - 1
    kept_hash = evs[keep - 1].hash
    tamper(filled.path, "drop trigger events_no_delete",
           f"delete from events where seq > {keep}",
           f"update meta set value = '{keep}:{kept_hash}' where key = 'event_head'")
    found = problems_of(filled)
    kinds = {(p.kind, p.table, tuple(p.key or [])) for p in found}
    assert ("triggers", "", ()) in kinds
    assert ("row-unlogged", "status_changes", (2,)) in kinds  # its event is gone
    assert any(p.kind == "row-changed" and p.columns == ["status"] for p in found)
    assert not [p for p in found if p.kind == "chain"]  # the chain itself looks fine


def test_deleting_the_newest_event_stays_visible_after_later_writes(filled, claim):
    last = filled.db["events"].count
    tamper(filled.path, "drop trigger events_no_delete", f"delete from events where seq = {last}")
    filled.claims.update(claim.id, notes="an ordinary write afterwards")
    chain = [p.message for p in problems_of(filled, "chain")]
    assert f"event chain broken at event {last}: events {last}..{last} are missing" in chain


def test_writes_outside_a_transaction_are_refused(filled, claim):
    with pytest.raises(sqlite3.IntegrityError, match="outside folder.transaction"):
        filled.db["claims"].update(claim.id, {"title": "sneaky"})
    assert filled.claims.get(claim.id).title == claim.title


def test_a_transaction_whose_change_no_event_describes_is_not_committed(filled, claim):
    with pytest.raises(tracked.UnloggedChange, match="claim 1"), filled.transaction():
        filled.db["claims"].update(claim.id, {"title": "unlogged"})
    assert filled.claims.get(claim.id).title == claim.title
    assert verify(filled).ok


def test_a_column_added_later_counts_as_proven_while_it_holds_its_default(filled, claim):
    """Another branch's migration adds a column: old snapshots lack it; the default is
    the only value it may hold until an event records the row again."""
    tamper(filled.path, "alter table claims add column priority text default 'normal'")
    assert verify(filled).ok
    tamper(filled.path, "update claims set priority = 'forged'")
    found = problems_of(filled)
    assert [(p.kind, p.columns) for p in found] == [("row-changed", ["priority"])]
    assert "no event set it" in found[0].message


def test_every_table_is_tracked_or_says_why_not(folder):
    names = set(folder.db.table_names())
    listed = {t.table for t in tracked.TRACKED} | set(tracked.UNTRACKED)
    unlisted = {n for n in names - listed if not tracked.is_derived_table(n)}
    assert not unlisted, f"add these tables to tracked.TRACKED or UNTRACKED: {unlisted}"


def test_folder_from_before_snapshots_gets_a_baseline_and_is_proven_from_it(tmp_path):
    """An old folder: rows and v1 events written the way BonusDesk 0.1 wrote them."""
    from sqlite_utils import Database

    from bonusdesk.core import schema

    path = tmp_path / "old"
    path.mkdir()
    db = Database(path / "bonusdesk.db")
    schema.migrations.apply(db, stop_before="m004_row_snapshot_baseline")
    db["platforms"].insert({"name": "Casino", "kind": "casino", "window_hours": 72})
    db["claims"].insert({"title": "Old claim", "platform_id": 1, "status": "draft",
                         "incident_at": "2026-01-01T10:00:00+00:00", "incident_zone": "UTC"})
    data = events.canonical_json({"title": "Old claim"})
    digest = events.event_hash(1, "2026-01-01T10:00:00+00:00", "create", "claim", 1, 1, data,
                               events.GENESIS)
    db["events"].insert({"seq": 1, "at": "2026-01-01T10:00:00+00:00", "action": "create",
                         "entity": "claim", "entity_id": 1, "claim_id": 1, "data": data,
                         "prev_hash": events.GENESIS, "hash": digest})
    db["meta"].upsert({"key": "event_head", "value": f"1:{digest}"}, pk="key")
    db.close()
    with ClaimFolder.open(path) as f:
        report = verify(f)
        assert report.ok, report.problems
        assert report.rows_checked == 2
        assert any("proven from event 2" in n for n in report.notices)
        baselines = [e for e in events.list_events(f.db) if e.action == "baseline"]
        assert baselines[0].data["reason"].startswith("m004")
        # grouped by claim, so the claim's bundle excerpt shows its rows in full
        assert [(e.entity, e.claim_id) for e in baselines] == [("platform", None),
                                                              ("claim", 1)]
    tamper(path, "update claims set title = 'Rewritten'")
    with ClaimFolder.open(path, writable=False) as f:
        assert [p.message for p in verify(f).problems] == [
            'claim 1: title is "Rewritten" in the table, "Old claim" by event 3']
