"""verify streams what it compares: its memory does not grow with the rows and files."""

from __future__ import annotations

import sqlite3
import tracemalloc

import pytest

from bonusdesk.core import tracked
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.tablecheck import check_tables
from tests.faults import read_only, tamper


def folder_with_platforms(path, n: int) -> ClaimFolder:
    """A folder whose ``n`` platforms are proven by baseline events (fast to build)."""
    folder = ClaimFolder.create(path)
    con = sqlite3.connect(path / "bonusdesk.db")
    con.executemany("insert into platforms (name, kind, window_hours) values (?, ?, ?)",
                    [(f"Casino {i}", "casino", 24) for i in range(n)])
    con.commit()
    con.close()
    assert folder.db.supports_on_conflict  # probed now: not while baseline reads rows
    tracked.baseline(folder.db, "test: rows written in bulk", tables=["platforms"])
    folder.db.conn.commit()
    return folder


def peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_table_check_memory_does_not_grow_with_the_rows(tmp_path):
    small = folder_with_platforms(tmp_path / "small", 2_000)
    big = folder_with_platforms(tmp_path / "big", 20_000)
    try:
        assert check_tables(big.db) == (20_000, [])
        peak_small = peak_bytes(lambda: check_tables(small.db))
        peak_big = peak_bytes(lambda: check_tables(big.db))
    finally:
        small.close()
        big.close()
    # A record per row kept in Python made the big folder's peak ~10× the small one's.
    assert peak_big < 1.5 * peak_small, (peak_small, peak_big)


def test_rows_gone_are_told_in_the_order_the_log_wrote_them(tmp_path):
    folder = folder_with_platforms(tmp_path / "f", 1_200)
    folder.close()
    tamper(folder.path, "delete from platforms where id in (1100, 7, 600)")
    with ClaimFolder.open(folder.path, writable=False) as reader:
        report = verify(reader)
    gone = [p.key for p in report.problems if p.kind == "row-gone"]
    assert gone == [[7], [600], [1100]]
    assert all("written by event" in p.message for p in report.problems)


def test_verify_leaves_nothing_behind_and_works_read_only(folder, claim):
    from tests.core.test_search_ids import png

    folder.evidence.add_bytes(claim.id, png("red"), "a.png")
    folder.evidence.add_bytes(claim.id, png("blue"), "b.png")
    first = verify(folder)
    assert first.ok and first.files_checked == 2
    assert not folder.db.conn.in_transaction  # the app's connection is left as it was
    assert folder.db.execute("select name from sqlite_temp_master where name like 'bd_verify%'"
                             ).fetchall() == []
    again = verify(folder)  # twice on one connection: the scratch tables were dropped
    assert again.ok and again.files_checked == 2
    path = folder.path
    folder.close()
    with read_only(path), ClaimFolder.open(path, writable=False) as reader:
        report = verify(reader)
    assert report.ok and report.files_checked == 2 and report.rows_checked == first.rows_checked


class Stop(Exception):
    pass


def test_a_check_stopped_half_way_says_why_and_the_next_one_runs(folder, claim):
    from tests.core.test_search_ids import png

    for colour in ("red", "blue", "green", "white"):
        folder.evidence.add_bytes(claim.id, png(colour), f"{colour}.png")

    def stop_in_files(done, _total, step):
        if step == "files" and done >= 1:
            raise Stop  # the app's Cancel button

    with pytest.raises(Stop):
        verify(folder, progress=stop_in_files)
    report = verify(folder)
    assert report.ok and report.files_checked == 4


def test_row_keys_are_written_as_the_log_writes_them():
    from bonusdesk.core.events import canonical_json
    from bonusdesk.core.tablecheck import _key_json

    for key in ([1], [3, 14], [-5, 10**20], [True], [1.0], ["é"], [None], []):
        assert _key_json(key) == canonical_json(key), key
