"""The folder's connection behaves like sqlite-utils' Database without loading it
(issue 17: a CLI capture must not pay ~40 ms to import sqlite-utils)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from bonusdesk.core import sqlwrite
from bonusdesk.core.dbopen import Connection
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import EvidenceKind


def _pair(tmp_path):
    """The same schema twice: one file for our Connection, one for sqlite-utils."""
    dbs = []
    for name in ("ours.db", "theirs.db"):
        conn = sqlite3.connect(tmp_path / name)
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v TEXT, n INT)")
        conn.commit()
        dbs.append(conn)
    return Connection(dbs[0]), Database(dbs[1])


def test_query_gives_the_rows_sqlite_utils_gives_even_with_repeated_column_names(tmp_path):
    ours, theirs = _pair(tmp_path)
    for db in (ours, theirs):
        db.execute("INSERT INTO t (k, v, n) VALUES ('a', 'é', 1), ('b', NULL, 2)")
    for sql in ("select * from t order by id", "SELECT a.id, b.id FROM t a JOIN t b "
                "ON a.id < b.id", "  select k from t where n = ?", "-- k\nselect k from t",
                "PRAGMA table_info(t)"):
        params = [2] if "?" in sql else None
        assert list(ours.query(sql, params)) == list(theirs.query(sql, params))
    assert ours._full is not None  # the PRAGMA went to sqlite-utils, as it must


def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path):
    ours, _ = _pair(tmp_path)
    ours.execute("INSERT INTO t (k) VALUES ('x')")
    other = sqlite3.connect(tmp_path / "ours.db")
    assert other.execute("select k from t").fetchall() == [("x",)]
    with pytest.raises(sqlite3.IntegrityError):
        ours.execute("INSERT INTO t (k) VALUES ('x')")
    assert not ours.conn.in_transaction  # the failed write left no transaction open
    ours.execute("-- a note\n/* another */ BEGIN")  # transaction control is left alone
    assert ours.conn.in_transaction
    ours.execute("ROLLBACK")


def test_atomic_commits_together_rolls_back_together_and_nests(tmp_path):
    ours, _ = _pair(tmp_path)
    with pytest.raises(RuntimeError), ours.atomic():
        ours.execute("INSERT INTO t (k) VALUES ('lost')")
        raise RuntimeError
    with ours.atomic():
        ours.execute("INSERT INTO t (k) VALUES ('kept')")
        with pytest.raises(RuntimeError), ours.atomic():
            ours.execute("INSERT INTO t (k) VALUES ('inner')")
            raise RuntimeError
    assert [r["k"] for r in ours.query("select k from t")] == ["kept"]
    assert not ours.conn.in_transaction


def test_one_row_writes_match_sqlite_utils_insert_and_upsert(tmp_path):
    ours, theirs = _pair(tmp_path)
    assert sqlwrite.insert(ours, "t", {"k": "a", "v": "1"}) == \
        theirs["t"].insert({"k": "a", "v": "1"}).last_pk == 1
    sqlwrite.upsert(ours, "t", {"id": 1, "v": "2"}, "id")
    theirs["t"].upsert({"id": 1, "v": "2"}, pk="id")
    sqlwrite.upsert(ours, "t", {"id": 5, "k": "e", "n": 3}, "id")
    theirs["t"].upsert({"id": 5, "k": "e", "n": 3}, pk="id")
    assert list(ours.query("select * from t order by id")) == \
        list(theirs.query("select * from t order by id"))


def test_an_up_to_date_folder_opens_and_stores_a_capture_without_sqlite_utils(tmp_path, claim,
                                                                              folder):
    path = folder.path
    folder.close()
    with ClaimFolder.open(path) as reopened:
        reopened.claims.get(claim.id)
        ev = reopened.evidence.add_bytes(claim.id, b"\x89PNG fake", "shot.png",
                                         kind=EvidenceKind.SCREENSHOT)
        assert reopened.db._full is None  # sqlite-utils' Database was never needed
        assert reopened.evidence.get(ev.id).sha256 == ev.sha256
    with ClaimFolder.open(path, writable=False) as reader:
        assert [e.id for e in reader.evidence.list(claim.id)] == [ev.id]
        assert reader.db._full is None
