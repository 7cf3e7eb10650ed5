"""Opening a claim folder never destroys it: damaged databases, the lock, read-only media."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from bonusdesk.core.errors import (
    BadInput,
    DatabaseLost,
    FolderDamaged,
    FolderLocked,
    FolderReadOnly,
)
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import survey_damaged, verify
from tests.conftest import subprocess_env
from tests.factories import write_png
from tests.faults import read_only, tamper


@pytest.fixture
def with_evidence(folder, claim, tmp_path):
    folder.evidence.import_files(claim.id, [write_png(tmp_path / "a.png"),
                                            write_png(tmp_path / "b.png", color=(1, 2, 3))])
    path = folder.path
    folder.close()
    return path


@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_database_lost_while_evidence_remains_is_refused_never_recreated(with_evidence,
                                                                         damage):
    db = with_evidence / "bonusdesk.db"
    for extra in ("bonusdesk.db-wal", "bonusdesk.db-shm"):
        (with_evidence / extra).unlink(missing_ok=True)
    if damage == "truncate":
        db.write_bytes(b"")
    else:
        db.unlink()
    for opener in (lambda: ClaimFolder.open(with_evidence),
                   lambda: ClaimFolder.open(with_evidence, writable=False),
                   lambda: ClaimFolder.create(with_evidence)):
        with pytest.raises(DatabaseLost, match="evidence/ holds 2 file") as err:
            opener()
        assert "Restore bonusdesk.db from a backup" in str(err.value)
    assert (db.exists() and db.stat().st_size == 0) if damage == "truncate" else not db.exists()


def test_a_damaged_folder_can_still_be_surveyed_file_by_file(with_evidence):
    (with_evidence / "bonusdesk.db").write_bytes(b"")
    files = sorted((with_evidence / "evidence").rglob("*.png"))
    files[0].chmod(0o600)
    files[0].write_bytes(b"changed")
    report = survey_damaged(with_evidence, "database lost")
    assert report.files_checked == 2
    assert [p.kind for p in report.problems] == ["database", "altered"]
    assert report.notices == [f"intact: {files[1].relative_to(with_evidence).as_posix()}"]


def test_a_file_that_is_not_a_database_is_damage_not_a_new_folder(with_evidence):
    (with_evidence / "bonusdesk.db").write_bytes(b"this is a PDF now" * 100)
    with pytest.raises(DatabaseLost, match="cannot be read"):
        ClaimFolder.open(with_evidence)
    assert (with_evidence / "bonusdesk.db").read_bytes().startswith(b"this is a PDF now")


def test_a_file_given_as_folder_is_refused(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("x")
    for opener in (ClaimFolder.open, ClaimFolder.create):
        with pytest.raises(BadInput, match="is a file, not a claim folder"):
            opener(f)
    assert f.read_text() == "x"


def test_paths_in_the_database_never_lead_outside_the_folder(folder):
    for bad in ("../x", "evidence/../../etc/passwd", "/etc/passwd", "evidence\\..\\x", ""):
        with pytest.raises(FolderDamaged):
            folder.abspath(bad)


def test_evidence_recorded_outside_its_content_address_is_never_read(folder, claim, tmp_path):
    import hashlib

    ev = folder.evidence.import_file(claim.id, write_png(tmp_path / "a.png")).evidence[0]
    target = tmp_path / "secret.txt"
    target.write_bytes(b"not evidence")
    sha = hashlib.sha256(b"not evidence").hexdigest()
    tamper(folder.path, f"update evidence set path = '../secret.txt', sha256 = '{sha}'")
    ev = folder.evidence.get(ev.id)
    with pytest.raises(FolderDamaged, match="not at the path its SHA-256 gives"):
        folder.evidence.file_path(ev)
    paths = [p for p in verify(folder).problems if p.kind == "path"]
    assert len(paths) == 1 and "'../secret.txt' is not the one its SHA-256 gives" in \
        paths[0].message


def test_tampered_pending_note_does_not_make_recovery_delete_other_files(folder, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    tamper(folder.path, "insert into pending_files (path, sha256, started_at) values "
                        "('../victim.txt', 'x', 'now')")
    path = folder.path
    folder.close()
    with ClaimFolder.open(path) as f:
        assert victim.read_text() == "keep me"
        assert [p.kind for p in verify(f).problems] == ["pending"]


HOLDER = textwrap.dedent("""
    import sys, time
    from bonusdesk.core.folder import ClaimFolder
    f = ClaimFolder.open(sys.argv[1])
    tmp = f.evidence._new_temp()
    tmp.write_bytes(b"an import in progress")
    print(tmp, flush=True)
    time.sleep(60)
""")


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(folder):
    path = folder.path
    folder.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], text=True,
                              stdout=subprocess.PIPE, env=subprocess_env())
    try:
        live_temp = holder.stdout.readline().strip()
        os.unlink(path / ".bonusdesk.lock")  # what the attack did
        with pytest.raises(FolderLocked, match="in use"):
            ClaimFolder.open(path)
        assert os.path.exists(live_temp)  # the first writer's temp file is untouched
    finally:
        holder.kill()
        holder.wait()
    ClaimFolder.open(path).close()  # the writer is gone: the folder opens, its temp cleaned
    assert not os.path.exists(live_temp)


def test_read_only_folder_reads_verifies_and_refuses_writes_with_the_reason(folder, claim):
    path = folder.path
    folder.close()
    with read_only(path):
        with pytest.raises(FolderReadOnly, match="is read-only") as err:
            ClaimFolder.open(path)
        assert "Nothing was changed" in str(err.value)
        with ClaimFolder.open(path, writable=False) as reader:
            assert reader.claims.get(claim.id).title == claim.title
            assert verify(reader).ok
            assert reader.read_only_reason
            with pytest.raises(FolderReadOnly):
                reader.claims.update(claim.id, notes="x")
        with ClaimFolder.open_or_read_only(path) as app_folder:
            assert not app_folder.writable and app_folder.read_only_reason


CRASH_AFTER_WRITE = textwrap.dedent("""
    import os, sys
    from bonusdesk.core.folder import ClaimFolder
    f = ClaimFolder.open(sys.argv[1])
    f.claims.update(int(sys.argv[2]), notes="written just before the crash")
    os._exit(0)  # no close: SQLite never merges its write-ahead log into the database
""")


@pytest.mark.parametrize("shm", ["kept", "lost"])
def test_read_only_folder_with_unmerged_changes_still_shows_them(folder, claim, shm):
    """A session killed before SQLite merged its log, then the folder copied to a disc."""
    path = folder.path
    folder.close()
    subprocess.run([sys.executable, "-c", CRASH_AFTER_WRITE, str(path), str(claim.id)],
                   check=True, env=subprocess_env())
    assert (path / "bonusdesk.db-wal").stat().st_size > 0
    if shm == "lost":  # a copy made by a tool that skipped it
        (path / "bonusdesk.db-shm").unlink()
    with read_only(path), ClaimFolder.open(path, writable=False) as reader:
        assert reader.claims.get(claim.id).notes == "written just before the crash"
        assert verify(reader).ok
        copied = any("read from a temporary copy" in n for n in reader.notices)
        assert copied == (shm == "lost")  # with its index SQLite reads the log in place
