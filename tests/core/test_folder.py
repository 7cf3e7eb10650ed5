import os
import sqlite3
import subprocess
import sys

import pytest

from bonusdesk.core.errors import FolderLocked, FolderTooNew, NotAClaimFolder, NotFound
from bonusdesk.core.folder import ClaimFolder, default_folder
from tests.conftest import subprocess_env


def test_new_folder_uses_wal_foreign_keys_and_applies_migrations(tmp_path):
    with ClaimFolder.create(tmp_path / "f") as f:
        assert f.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert f.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        applied = [r["name"] for r in f.db.query("select name from _sqlite_migrations")]
        assert applied[0] == "m001_initial"
        assert {"claims", "platforms", "evidence", "contacts", "events", "checklist"} <= set(
            f.db.table_names())


def test_folder_written_by_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "f"
    ClaimFolder.create(path).close()
    con = sqlite3.connect(path / "bonusdesk.db")
    con.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                "values ('bonusdesk', 'm999_from_the_future', '2030-01-01')")
    con.commit()
    con.close()
    before = (path / "bonusdesk.db").read_bytes()
    with pytest.raises(FolderTooNew, match="newer version"):
        ClaimFolder.open(path)
    with pytest.raises(FolderTooNew):
        ClaimFolder.open(path, writable=False)
    assert (path / "bonusdesk.db").read_bytes() == before


def test_opening_a_missing_folder_says_how_to_create_it(tmp_path):
    with pytest.raises(NotAClaimFolder, match="bonusdesk-cli init"):
        ClaimFolder.open(tmp_path / "nothing-here")


def test_second_writer_in_same_process_is_told_folder_in_use(folder):
    with pytest.raises(FolderLocked, match="in use"):
        ClaimFolder.open(folder.path)


def test_second_writer_process_is_told_folder_in_use(folder):
    code = ("import sys; from bonusdesk.core.folder import ClaimFolder\n"
            "from bonusdesk.core.errors import FolderLocked\n"
            "try:\n    ClaimFolder.open(sys.argv[1])\n"
            "except FolderLocked as e:\n    print(e); sys.exit(3)\n")
    proc = subprocess.run([sys.executable, "-c", code, str(folder.path)], capture_output=True,
                          text=True, env=subprocess_env())
    assert proc.returncode == 3
    assert "claim folder in use" in proc.stdout


def test_readers_may_open_while_a_writer_holds_the_folder(folder, claim):
    with ClaimFolder.open(folder.path, writable=False) as reader:
        assert reader.claims.get(claim.id).title == claim.title


def test_lock_is_released_on_close(tmp_path):
    f = ClaimFolder.create(tmp_path / "f")
    f.close()
    ClaimFolder.open(tmp_path / "f").close()


def test_leftover_temp_files_are_removed_on_open(folder):
    path = folder.path
    folder.evidence_dir.mkdir(exist_ok=True)
    leftover = folder.evidence_dir / ".tmp-deadbeef"  # where an import copies (evidence.py)
    leftover.write_bytes(b"half a file")
    folder.close()
    with ClaimFolder.open(path):
        assert not leftover.exists()


def test_opening_does_not_walk_the_evidence_subfolders(folder, monkeypatch):
    """BonusDesk's temp files are only ever at the top of evidence/: a writer's open
    reads that one directory, not the whole tree (its cost would grow with the folder),
    and leaves alone a file of that name it never wrote."""
    path = folder.path
    (folder.evidence_dir / "ab").mkdir(parents=True, exist_ok=True)
    foreign = folder.evidence_dir / "ab" / ".tmp-not-ours"
    foreign.write_bytes(b"someone else's")
    folder.close()
    listed: list[str] = []
    real_scandir, real_walk = os.scandir, os.walk
    monkeypatch.setattr(os, "scandir", lambda p=".": listed.append(str(p)) or real_scandir(p))
    monkeypatch.setattr(os, "walk", lambda top, *a, **k: listed.append(f"walk {top}")
                        or real_walk(top, *a, **k))
    with ClaimFolder.open(path):
        pass
    assert foreign.exists()
    assert not any(str(folder.evidence_dir / "ab") in p or p.startswith("walk " +
                   str(folder.evidence_dir)) for p in listed)


def test_default_folder_is_documents_bonusdesk_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.delenv("BONUSDESK_FOLDER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nocfg"))
    assert default_folder() == tmp_path / "Documents" / "BonusDesk"
    monkeypatch.setenv("BONUSDESK_FOLDER", str(tmp_path / "elsewhere"))
    assert default_folder() == tmp_path / "elsewhere"


def test_default_folder_follows_xdg_documents_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("BONUSDESK_FOLDER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(cfg))
    assert default_folder() == tmp_path / "Dokumente" / "BonusDesk"


def make_older_folder(path):
    """A folder exactly as a BonusDesk without the newest migration left it."""
    from sqlite_utils import Database

    from bonusdesk.core import schema

    names = [m.name for m in schema.migrations.pending(Database(memory=True))]
    assert len(names) >= 2, "needs two migrations to simulate an older folder"
    path.mkdir()
    db = Database(path / "bonusdesk.db")
    schema.migrations.apply(db, stop_before=names[-1])
    db.close()
    return names[-1]


def test_reader_upgrades_a_folder_from_an_older_version(tmp_path):
    path = tmp_path / "f"
    newest = make_older_folder(path)
    with ClaimFolder.open(path, writable=False) as reader:
        applied = [r["name"] for r in reader.db.query(
            "select name from _sqlite_migrations order by rowid")]  # applied order
        assert not reader.writable
    assert newest in applied  # (names are numbered per branch, not in the order applied)


def test_reader_of_an_older_folder_held_by_a_writer_is_told_why(tmp_path):
    from bonusdesk.core.errors import FolderNeedsUpgrade
    from bonusdesk.core.lock import FolderLock

    path = tmp_path / "f"
    make_older_folder(path)
    holder = FolderLock(path)
    holder.acquire()  # another process would hold it the same way
    try:
        with pytest.raises(FolderNeedsUpgrade, match="older BonusDesk"):
            ClaimFolder.open(path, writable=False)
    finally:
        holder.release()


def test_a_brief_writer_commits_without_switching_a_settled_folder_to_wal(folder, claim):
    """A CLI capture opens ``brief``: rollback journal, every commit synced, no WAL switch
    and back (8 disk syncs, issue 17); a long-lived writer (the app) still uses WAL."""
    from bonusdesk.core.integrity import verify
    from bonusdesk.core.model import EvidenceKind
    from bonusdesk.core.sync import side_files

    path = folder.path
    folder.close()  # closing settles the folder: bonusdesk.db alone, rollback journal
    with ClaimFolder.open(path, brief=True) as brief:
        ev = brief.evidence.add_bytes(claim.id, b"pixels", "shot.png",
                                      kind=EvidenceKind.SCREENSHOT)
        assert brief.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert not (path / "bonusdesk.db-wal").exists()
    assert side_files(path) == []
    with ClaimFolder.open(path) as app:
        assert app.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert app.evidence.get(ev.id).sha256 == ev.sha256
        assert verify(app).ok


def test_stores_are_made_once_on_first_use_and_unknown_attributes_still_fail(folder):
    assert "evidence" not in vars(folder)  # not made at open: a capture needs no claims store
    store = folder.evidence
    assert folder.evidence is store and vars(folder)["evidence"] is store
    assert folder.claims.folder is folder and folder.contacts.db is folder.db
    with pytest.raises(AttributeError, match="no attribute 'claimz'"):
        folder.claimz  # noqa: B018 - the access is the test


def test_require_claim_refuses_an_unknown_claim_as_get_does(folder, claim):
    folder.require_claim(claim.id)  # a known claim: nothing to say
    with pytest.raises(NotFound) as by_get:
        folder.claims.get(claim.id + 1)
    with pytest.raises(NotFound) as by_require:
        folder.require_claim(claim.id + 1)
    assert str(by_require.value) == str(by_get.value) == f"no claim with id {claim.id + 1}"
