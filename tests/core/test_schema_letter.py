"""Migrations m014/m015: recurrence keeps the player's answer; remedy fields appear."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from bonusdesk.core import schema
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Recurrence, Remedy


def _old_folder(path):
    """A folder as BonusDesk wrote it before m014, with three answers stored."""
    path.mkdir()
    db = Database(path / "bonusdesk.db")
    schema.migrations.apply(db, stop_before="m014_recurrence")
    db["platforms"].insert({"id": 1, "name": "Casino", "kind": "casino", "window_hours": 72})
    for cid, answer in ((1, 1), (2, 0), (3, None)):
        db["claims"].insert({"id": cid, "title": f"c{cid}", "platform_id": 1,
                             "incident_at": "2026-11-20T20:15:00+00:00",
                             "incident_zone": "Europe/Paris", "status": "draft",
                             "category": "other", "intermittent": answer})
    db.close()


def test_migration_keeps_what_each_answer_meant(tmp_path):
    _old_folder(tmp_path / "old")
    with ClaimFolder.open(tmp_path / "old") as folder:
        answers = {c.id: c.recurrence for c in folder.claims.list()}
        # "Only sometimes" was 1, "Every time" was 0, "Not sure" was NULL
        assert answers == {1: Recurrence.SOMETIMES, 2: Recurrence.EVERY_TIME,
                           3: Recurrence.UNKNOWN}
        assert all(c.remedy == Remedy.AUTO and c.remedy_amount == ""
                   for c in folder.claims.list())
    columns = [r[1] for r in sqlite3.connect(tmp_path / "old" / "bonusdesk.db").execute(
        "pragma table_info(claims)")]
    assert "intermittent" not in columns
    assert {"recurrence", "remedy", "remedy_amount"} <= set(columns)


def test_search_still_works_after_the_column_is_dropped(tmp_path):
    from bonusdesk.core.search import matching_claim_ids

    _old_folder(tmp_path / "old")
    with ClaimFolder.open(tmp_path / "old") as folder:
        folder.claims.update(2, error_code="BNS-402")
        assert matching_claim_ids(folder, "BNS-402") == {2}
