"""A full disk during add, capture, export or a calendar: a clear error naming the disk,
nothing lost, nothing half-written."""

from __future__ import annotations

import pytest

from bonusdesk.core.atomicfile import write_atomic
from bonusdesk.core.errors import NoSpaceLeft
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import EvidenceKind
from tests.factories import png_bytes, write_pdf, write_png
from tests.faults import database_full, disk_fills_up, small_disk


def leftovers(folder):
    return [p for p in folder.evidence_dir.rglob(".tmp-*")] if folder.evidence_dir.exists() \
        else []


def test_import_batch_stops_at_a_full_disk_keeping_what_was_stored(folder, claim, tmp_path,
                                                                   monkeypatch):
    first = write_png(tmp_path / "first.png")
    big = write_pdf(tmp_path / "big.pdf", pages=30)
    last = write_png(tmp_path / "last.png", color=(1, 2, 3))
    folder.evidence.import_file(claim.id, first)
    disk_fills_up(monkeypatch, folder.path, room=100)
    results = folder.evidence.import_files(claim.id, [big, last])
    assert [r.ok for r in results] == [False, False]
    assert results[0].error.startswith("disk full: no space left on the disk holding")
    assert str(folder.path) in results[0].error and "Nothing was changed" in results[0].error
    assert results[1].error == "not imported: the disk is full"
    assert [e.original_name for e in folder.evidence.list(claim.id)] == ["first.png"]
    assert leftovers(folder) == []
    assert verify(folder).ok


def test_full_database_is_disk_full_not_damaged_and_changes_nothing(folder, claim):
    database_full(folder)
    with pytest.raises(NoSpaceLeft, match="disk full: no space left on the disk holding"):
        folder.claims.update(claim.id, notes="x" * 200_000)
    assert folder.claims.get(claim.id).notes == ""
    assert verify(folder).ok


def test_full_disk_while_storing_bytes_is_a_clear_error(folder, claim, monkeypatch):
    disk_fills_up(monkeypatch, folder.path, room=10)
    with pytest.raises(NoSpaceLeft) as err:
        folder.evidence.add_bytes(claim.id, png_bytes(), "capture.png",
                                  kind=EvidenceKind.SCREENSHOT)
    assert err.value.errno == 28 and "while storing capture.png" in str(err.value)
    assert folder.evidence.list(claim.id) == [] and leftovers(folder) == []


def test_calendar_on_a_full_disk_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "deadlines.ics"
    target.write_bytes(b"old calendar")
    disk_fills_up(monkeypatch, tmp_path, room=5)
    with pytest.raises(NoSpaceLeft, match=str(tmp_path)):
        write_atomic(target, b"BEGIN:VCALENDAR" * 100)
    assert target.read_bytes() == b"old calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["deadlines.ics"]


def test_export_on_a_full_disk_leaves_nothing_and_records_nothing(folder, claim, tmp_path,
                                                                  monkeypatch):
    from bonusdesk.core.events import list_events
    from bonusdesk.export import ExportOptions, export_claim

    folder.evidence.import_file(claim.id, write_png(tmp_path / "a.png"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = len(list_events(folder.db))
    disk_fills_up(monkeypatch, out_dir, room=20_000)
    with pytest.raises(NoSpaceLeft, match=f"disk holding {out_dir}"):
        export_claim(folder, claim.id, out_dir / "p.pdf",
                     ExportOptions(bundle=out_dir / "p.zip"))
    assert list(out_dir.iterdir()) == []
    assert len(list_events(folder.db)) == before
    assert list((folder.cache_dir / "export").iterdir()) == []


def test_real_full_disk_from_the_command_line(tmp_path, run_cli):
    """A real 1 MB disk (tmpfs): the error names it, no traceback, the folder verifies."""
    disk = tmp_path / "usb"
    with small_disk(disk, "1m"):
        f = disk / "claims"
        run_cli("init", folder=f, check=0)
        run_cli("platform", "add", "Casino", folder=f, check=0)
        run_cli("claim", "new", "--platform", "Casino", "--title", "t", "--incident-at",
                "2026-11-20T21:15", "--zone", "Europe/Paris", folder=f, check=0)
        big = write_pdf(tmp_path / "statement.pdf", pages=1)
        big.write_bytes(big.read_bytes() + b"%" + bytes(3 * 1024 * 1024))
        out = run_cli("evidence", "add", "1", big, folder=f)
        assert out.returncode == 2, out.stderr
        assert "disk full: no space left on the disk holding" in out.stderr
        assert "Traceback" not in out.stderr
        assert run_cli("verify", folder=f).returncode == 0
        assert not list((f / "evidence").rglob(".tmp-*"))
