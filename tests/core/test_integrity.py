import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bonusdesk.core import events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from tests.conftest import subprocess_env
from tests.factories import write_eml, write_pdf, write_png


def flip_one_byte(path):
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def raw_db(folder):
    """A connection that goes behind BonusDesk's back, as a tamperer would."""
    con = sqlite3.connect(folder.path / "bonusdesk.db")
    con.execute("drop trigger events_no_update")
    con.execute("drop trigger events_no_delete")
    return con


@pytest.fixture
def filled(folder, claim, tmp_path):
    folder.evidence.import_files(claim.id, [write_png(tmp_path / "a.png"),
                                            write_pdf(tmp_path / "b.pdf"),
                                            write_eml(tmp_path / "c.eml")])
    folder.claims.set_status(claim.id, "reported", note="form")
    return folder


def test_untouched_folder_verifies(filled):
    report = verify(filled)
    assert report.ok, report.problems
    assert report.files_checked == 3
    assert report.events_checked >= 6


def test_flipped_byte_is_reported_as_altered_naming_the_file(filled, claim):
    ev = filled.evidence.list(claim.id)[0]
    flip_one_byte(filled.abspath(ev.path))
    report = verify(filled)
    assert [(p.kind, p.path) for p in report.problems] == [("altered", ev.path)]
    assert ev.path in report.problems[0].message


def test_missing_and_stray_files_are_reported(filled, claim):
    ev = filled.evidence.list(claim.id)[1]
    path = filled.abspath(ev.path)
    os.chmod(path, 0o644)
    path.unlink()
    stray = filled.evidence_dir / "zz" / "planted.png"
    stray.parent.mkdir()
    stray.write_bytes(b"not evidence")
    kinds = sorted((p.kind, p.path) for p in verify(filled).problems)
    assert kinds == [("missing", ev.path), ("stray", "evidence/zz/planted.png")]


def test_app_connection_cannot_rewrite_history(filled):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        filled.db.execute("update events set action = 'x' where seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        filled.db.execute("delete from events where seq = 2")


def test_edited_event_breaks_the_chain_at_that_event(filled):
    con = raw_db(filled)
    con.execute("update events set data = '{\"title\":\"forged\"}' where seq = 2")
    con.commit()
    problems = [p for p in verify(filled).problems if p.kind == "chain"]
    assert problems and problems[0].event_seq == 2
    assert "event chain broken at event 2" in problems[0].message


def test_deleted_event_breaks_the_chain(filled):
    con = raw_db(filled)
    con.execute("delete from events where seq = 3")
    con.commit()
    messages = [p.message for p in verify(filled).problems if p.kind == "chain"]
    assert any("broken at event 3" in m for m in messages)


def test_deleting_the_newest_events_is_detected(filled):
    last = filled.db["events"].count
    con = raw_db(filled)
    con.execute("delete from events where seq = ?", [last])
    con.commit()
    messages = [p.message for p in verify(filled).problems if p.kind == "chain"]
    assert messages == [f"event chain broken at event {last}: events {last}..{last} were deleted"]


def test_chain_links_every_event_to_the_previous(filled):
    evs = events.list_events(filled.db)
    assert evs[0].prev_hash == events.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(evs, evs[1:], strict=False))
    assert events.head(filled.db) == (evs[-1].seq, evs[-1].hash)


def test_database_corruption_is_reported(filled, claim):
    filled.close()
    path = filled.path / "bonusdesk.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    con_root = sqlite3.connect(path)
    page_size = con_root.execute("PRAGMA page_size").fetchone()[0]
    root = con_root.execute(
        "select rootpage from sqlite_master where name = 'events'").fetchone()[0]
    con_root.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\x55" * page_size  # scribble over the events table
    path.write_bytes(bytes(data))
    with ClaimFolder.open(filled.path, writable=False) as f:
        report = verify(f)
    assert [p.kind for p in report.problems] == ["database"]
    assert "database damaged" in report.problems[0].message


KILL_SCRIPT = """
import sys
from bonusdesk.core.folder import ClaimFolder
f = ClaimFolder.open(sys.argv[1])
files = sys.argv[3:]
print("ready", flush=True)
for p in files:
    f.evidence.import_file(int(sys.argv[2]), p)
    print("imported", flush=True)
"""


def test_kill_9_during_large_batch_import_leaves_a_folder_that_verifies(folder, claim, tmp_path):
    import random

    srcs = []
    rnd = random.Random(7)
    for n in range(150):
        p = tmp_path / f"bank-{n}.pdf"
        # ~0.5 MB each: the import spends real time copying and hashing
        p.write_bytes(write_pdf(tmp_path / "tmp.pdf", 1).read_bytes()
                      + b"%" + rnd.randbytes(500_000))
        srcs.append(str(p))
    path = folder.path
    folder.close()
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(path), str(claim.id), *srcs],
                            stdout=subprocess.PIPE, text=True, env=subprocess_env())
    assert proc.stdout.readline().strip() == "ready"
    for _ in range(20):
        proc.stdout.readline()
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with ClaimFolder.open(path, writable=False) as reader:  # before any recovery
        assert verify(reader).ok
    with ClaimFolder.open(path) as f:
        report = verify(f)
        assert report.ok and not report.notices, (report.problems, report.notices)
        imported = len(f.evidence.list(claim.id))
        assert 20 <= imported < 150
        files = [p for p in f.evidence_dir.rglob("*") if p.is_file()]
        assert len(files) == imported
