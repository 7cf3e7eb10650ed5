"""Undo a capture made by mistake: narrow, logged, and nothing left behind."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bonusdesk.core import integrity
from bonusdesk.core.capture import CaptureMode, RawCapture, store_capture
from bonusdesk.core.capture_undo import UndoRefused, undo_capture
from bonusdesk.core.events import list_events
from bonusdesk.core.model import Channel, Contact, Direction
from bonusdesk.core.monitors import Monitor, Rect
from bonusdesk.core.stamp import store_stamped
from bonusdesk.core.timeutil import now_utc


def raw_grab(seed: int = 1) -> RawCapture:
    bgra = bytes((seed + i) % 251 for i in range(16 * 8 * 4))
    return RawCapture(bgra, 16, 8, Rect(0, 0, 16, 8), now_utc(), CaptureMode.ALL,
                      [Monitor(1, 0, 0, 16, 8, True)], session="x11")


@pytest.fixture
def shot(folder, claim):
    return store_capture(folder, claim.id, raw_grab(), zone="Europe/Paris")


def test_undo_removes_the_capture_its_stamped_copy_and_their_files(folder, claim, shot):
    copy = store_stamped(folder, claim.id, shot)
    files = [folder.evidence.file_path(shot), folder.evidence.file_path(copy)]
    removed = undo_capture(folder, shot.id)
    assert {e.id for e in removed} == {shot.id, copy.id}
    assert folder.evidence.list(claim.id) == []
    assert not any(f.exists() for f in files)
    assert list(folder.db.query("select * from pending_files")) == []
    discards = [e for e in list_events(folder.db, claim.id) if e.action == "discard"]
    assert {e.entity_id for e in discards} == {shot.id, copy.id}
    assert discards[0].data["sha256"] == shot.sha256
    assert integrity.verify(folder).ok


def test_undo_keeps_a_file_another_item_holds(folder, claim, shot, platform):
    from bonusdesk.core.model import Claim

    other = folder.claims.create(Claim(title="Cashback", platform_id=platform.id,
                                       incident_at=now_utc(), incident_zone="Europe/Paris"))
    twin = folder.evidence.add_bytes(other.id, folder.evidence.file_path(shot).read_bytes(),
                                     "same.png")
    undo_capture(folder, shot.id)
    assert folder.evidence.file_path(twin).exists()
    assert integrity.verify(folder).ok


def test_undo_is_refused_once_a_contact_points_at_it(folder, claim, shot):
    folder.contacts.add(Contact(claim.id, Channel.CHAT, now_utc(), "Europe/Paris",
                                Direction.SENT, summary="Sent the screenshot",
                                evidence_ids=[shot.id]))
    with pytest.raises(UndoRefused, match="contact"):
        undo_capture(folder, shot.id)
    assert [e.id for e in folder.evidence.list(claim.id)] == [shot.id]


def test_undo_is_refused_after_the_undo_window(folder, claim, shot):
    with pytest.raises(UndoRefused, match="minutes ago"):
        undo_capture(folder, shot.id, now=now_utc() + timedelta(minutes=16))
    assert folder.evidence.file_path(shot).exists()


def test_an_imported_file_cannot_be_undone(folder, claim, shot):
    imported = folder.evidence.add_bytes(claim.id, b"not really", "x.bin", source="import")
    with pytest.raises(UndoRefused, match="not a screenshot taken by BonusDesk"):
        undo_capture(folder, imported.id)


def test_a_crash_before_the_file_is_removed_is_finished_when_the_folder_opens(
        folder, claim, shot, monkeypatch):
    from bonusdesk.core import capture_undo
    from bonusdesk.core.folder import ClaimFolder

    path = folder.evidence.file_path(shot)
    monkeypatch.setattr(capture_undo, "_remove_file", lambda *_a: None)  # "crash" here
    undo_capture(folder, shot.id)
    assert path.exists()
    folder.close()
    reopened = ClaimFolder.open(folder.path)
    try:
        assert not path.exists()
        assert integrity.verify(reopened).ok
    finally:
        reopened.close()


def test_a_rendered_stamped_copy_equals_the_one_made_in_one_go(folder, claim, shot):
    from bonusdesk.core.stamp import prepare_stamped, render_stamped_png, store_rendered

    job = prepare_stamped(folder, claim.id, shot)
    data, meta = render_stamped_png(job)  # what the app runs in its job runner
    copy = store_rendered(folder, job, data, meta)
    assert copy.parent_sha256 == shot.sha256 and copy.source == "derivative"
    assert copy.height > shot.height and copy.width == shot.width
