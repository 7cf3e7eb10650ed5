"""Back up / move a claim folder: a whole copy, verified before it is trusted."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bonusdesk.core import backup
from bonusdesk.core.backup import MOVED_NOTE, CopyNotVerified, copy_folder, move_folder
from bonusdesk.core.errors import BadInput, FolderLocked, NotAClaimFolder
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from tests.factories import png_bytes


@pytest.fixture
def full(folder, claim):
    """A folder with evidence, a thumbnail cache and its own escalation rules."""
    folder.evidence.add_bytes(claim.id, png_bytes(), "bonus-page.png", caption="page")
    folder.evidence.add_bytes(claim.id, png_bytes(color=(9, 9, 9)), "error.png")
    (folder.cache_dir / "thumbs").mkdir(parents=True)
    (folder.cache_dir / "thumbs" / "x-128.png").write_bytes(b"thumb")
    (folder.path / "escalation.toml").write_text("# mine\n")
    return folder


def tree(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*"))
            if p.is_file() and p.name != ".bonusdesk.lock" and "bonusdesk.db" not in p.name}


def test_backup_copies_everything_and_the_copy_verifies(full, tmp_path):
    dest = tmp_path / "usb" / "BonusDesk-backup"
    report = copy_folder(full, dest)
    assert report.dest == dest and report.evidence_checked == 2
    assert tree(dest) == tree(full.path)
    assert report.files == len(tree(full.path)) + 1
    with ClaimFolder.open(dest, writable=False) as copy:
        assert verify(copy).ok
        assert [c.title for c in copy.claims.list()] == [c.title for c in full.claims.list()]
        assert len(copy.evidence.all()) == 2
        assert report.events == copy.db["events"].count == full.db["events"].count
    evidence = [p for p in (dest / "evidence").rglob("*") if p.is_file()]
    assert evidence and all(not os.stat(p).st_mode & stat.S_IWUSR for p in evidence)
    # No journal files travel with it, nothing hidden left beside it.
    assert sorted(p.name for p in dest.iterdir() if p.name.startswith("bonusdesk")) == \
        ["bonusdesk.db"]
    assert [p.name for p in dest.parent.iterdir()] == ["BonusDesk-backup"]


def test_backup_of_a_folder_open_elsewhere_works_read_only(full, tmp_path):
    with ClaimFolder.open(full.path, writable=False) as reader:
        copy_folder(reader, tmp_path / "copy")
    assert verify(ClaimFolder.open(tmp_path / "copy", writable=False)).ok


def test_backup_refuses_a_destination_that_is_not_empty(full, tmp_path):
    dest = tmp_path / "taken"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine")
    with pytest.raises(BadInput, match="not an empty folder"):
        copy_folder(full, dest)
    assert [p.name for p in dest.iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_backup_into_an_empty_folder_is_fine(full, tmp_path):
    (tmp_path / "empty").mkdir()
    copy_folder(full, tmp_path / "empty")
    assert (tmp_path / "empty" / "bonusdesk.db").exists()


def test_backup_into_the_folder_itself_is_refused(full):
    with pytest.raises(BadInput, match="into itself"):
        copy_folder(full, full.path / "backup")


def test_a_copy_that_reads_back_wrong_is_removed(full, tmp_path, monkeypatch):
    real = backup._sha256
    # The destination returns other bytes for one file (a failing USB stick).
    monkeypatch.setattr(backup, "_sha256", lambda p: "0" * 64 if p.suffix == ".png" else real(p))
    with pytest.raises(CopyNotVerified, match="reads back differently"):
        copy_folder(full, tmp_path / "bad")
    assert [p.name for p in tmp_path.iterdir() if "bad" in p.name] == []
    assert verify(full).ok


def test_a_copy_whose_evidence_no_longer_matches_is_refused(full, tmp_path, monkeypatch):
    # Copy one evidence file wrongly but consistently: only the folder check can see it.
    real = backup._copy_checked

    def corrupting(src, dst):
        size = real(src, dst)
        if dst.suffix == ".png" and "evidence" in dst.parts:
            dst.chmod(0o644)
            dst.write_bytes(dst.read_bytes()[:-1] + b"!")
            monkeypatch.setattr(backup, "_copy_checked", real)
        return size

    monkeypatch.setattr(backup, "_copy_checked", corrupting)
    with pytest.raises(CopyNotVerified, match="altered evidence file"):
        copy_folder(full, tmp_path / "bad")
    assert [p.name for p in tmp_path.iterdir() if "bad" in p.name] == []


def test_problems_the_original_already_had_are_copied_and_named(full, tmp_path):
    ev = full.evidence.all()[0]
    path = full.evidence.file_path(ev)
    path.chmod(0o644)
    path.unlink()  # lost before the backup
    report = copy_folder(full, tmp_path / "copy")
    assert len(report.inherited_problems) == 1
    assert "missing evidence file" in report.inherited_problems[0]


def test_move_leaves_a_note_and_nothing_else(full, tmp_path):
    source = full.path
    before = tree(source)
    report = move_folder(full, tmp_path / "elsewhere")
    assert report.moved
    assert [p.name for p in source.iterdir()] == [MOVED_NOTE]
    assert str(tmp_path / "elsewhere") in (source / MOVED_NOTE).read_text()
    with pytest.raises(NotAClaimFolder):
        ClaimFolder.open(source)
    assert tree(tmp_path / "elsewhere") == before
    with ClaimFolder.open(tmp_path / "elsewhere") as moved:
        assert verify(moved).ok


def test_move_needs_the_folder_to_itself(full, tmp_path):
    with ClaimFolder.open(full.path, writable=False) as reader, \
            pytest.raises(BadInput, match="open for writing"):
        move_folder(reader, tmp_path / "x")
    with pytest.raises(FolderLocked):
        ClaimFolder.open(full.path)  # the app (fixture) holds it: the CLI cannot move it
    assert not (tmp_path / "x").exists()
