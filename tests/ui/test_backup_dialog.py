"""File › Back up / move the claim folder…: a whole copy made in the job runner, checked
before it is trusted; a move switches the app to the new place and leaves a note in the
old one; a destination inside the folder itself is refused; a failure or a cancel keeps
nothing and leaves the folder as it was."""

from __future__ import annotations

import threading

import pytest

from bonusdesk.core import backup
from bonusdesk.core.backup import MOVED_NOTE, CopyNotVerified
from bonusdesk.core.folder import DB_NAME, ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.ui.backup_dialog import BackupDialog

from .conftest import answer_modal
from .test_evidence_gallery import make_png


@pytest.fixture
def evidence(folder, claim, tmp_path):
    return [folder.evidence.import_file(claim.id, make_png(tmp_path / f"shot{n}.png",
                                                           colour=f"#{n * 40:02x}1010")).evidence[0]
            for n in range(3)]


def _dialog(qtbot, window, move=False) -> BackupDialog:
    dialog = BackupDialog(window.session, window.switch_folder, move, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot, dialog: BackupDialog) -> None:
    with qtbot.waitSignal(dialog.ended, timeout=30000):
        assert dialog.start() is not None


def test_back_up_copies_the_whole_folder_checks_it_and_keeps_working_here(
        qtbot, window, folder, claim, evidence, tmp_path):
    dialog = _dialog(qtbot, window)
    assert dialog.backup_choice.isChecked()
    assert dialog.dest.text().startswith(str(folder.path.parent / "claims backup "))
    dest = tmp_path / "usb" / "BonusDesk backup"
    dialog.dest.setText(str(dest))
    _run(qtbot, dialog)
    assert dialog.report is not None and not dialog.report.moved
    verdict = dialog.verdict.text()
    assert "The copy is checked" in verdict and "3 evidence files checked" in verdict
    assert str(dest) in verdict
    with ClaimFolder.open(dest, writable=False) as copy:
        assert verify(copy).ok
        assert [c.title for c in copy.claims.list()] == [claim.title]
        assert len(copy.evidence.list(claim.id)) == 3
    assert window.folder is folder  # still working in the original
    assert dialog.close_button.text() == "Close" and not dialog.start_button.isEnabled()


def test_the_action_is_in_the_file_menu_and_opens_the_dialog(window):
    act = window.commands.folders.act_backup
    assert act in window.file_menu.actions() and act.isEnabled()
    seen = []

    def look(dialog):
        seen.append(type(dialog).__name__)
        dialog.reject()

    answer_modal(act.trigger, look)
    assert seen == ["BackupDialog"]
    window.set_folder(None)
    assert not act.isEnabled()


@pytest.mark.parametrize("where", ["inside", "itself", "parent"])
def test_a_destination_inside_the_folder_itself_is_refused_before_any_copy(
        qtbot, window, folder, tmp_path, where):
    dest = {"inside": folder.path / "backup", "itself": folder.path,
            "parent": folder.path.parent}[where]
    dialog = _dialog(qtbot, window)
    dialog.dest.setText(str(dest))
    assert dialog.start() is None
    assert dialog.note.isVisible()
    assert ("inside the claim folder itself" in dialog.note.text()
            or "holds the claim folder" in dialog.note.text())
    assert not (folder.path / "backup").exists()
    assert dialog.job is None
    assert "back up folder" not in [j.name for j in window.session.jobs.running()]


def test_a_destination_that_is_not_empty_is_refused(qtbot, window, tmp_path):
    full = tmp_path / "full"
    full.mkdir()
    (full / "holiday.jpg").write_bytes(b"x")
    dialog = _dialog(qtbot, window)
    dialog.dest.setText(str(full))
    assert dialog.start() is None
    assert "already exists and is not empty" in dialog.note.text()
    assert sorted(p.name for p in full.iterdir()) == ["holiday.jpg"]


def test_browse_uses_an_empty_folder_as_is_and_makes_a_new_one_in_any_other(
        qtbot, window, tmp_path):
    dialog = _dialog(qtbot, window, move=True)
    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.set_destination_from(empty)
    assert dialog.dest.text() == str(empty)
    dialog.set_destination_from(tmp_path)
    assert dialog.dest.text() == str(tmp_path / "claims")  # the folder's own name


def test_move_switches_the_app_to_the_checked_copy_and_leaves_a_note(
        qtbot, window, folder, claim, evidence, tmp_path, prefs):
    old = folder.path
    dialog = _dialog(qtbot, window, move=True)
    dest = tmp_path / "elsewhere" / "BonusDesk"
    dialog.dest.setText(str(dest))
    with qtbot.waitSignal(dialog.copied, timeout=30000):
        dialog.start()
    assert window.folder is not None and window.folder.path == dest.resolve()
    assert [c.title for c in window.folder.claims.list()] == [claim.title]
    assert len(window.folder.evidence.list(claim.id)) == 3
    assert not (old / DB_NAME).exists()
    note = (old / MOVED_NOTE).read_text()
    assert str(dest) in note
    assert prefs.folder == str(dest.resolve())
    assert str(old) not in prefs.recent_folders()
    assert "BonusDesk now uses" in dialog.verdict.text()
    assert "note" in dialog.verdict.text()


def test_a_copy_that_does_not_verify_is_removed_and_a_move_reopens_the_original(
        qtbot, window, folder, claim, evidence, tmp_path, monkeypatch):
    old = folder.path

    def mismatch(*_args):
        raise CopyNotVerified("the copy's history (event 3) is not the original's")

    monkeypatch.setattr(backup, "_verify_copy", mismatch)
    dialog = _dialog(qtbot, window, move=True)
    dest = tmp_path / "bad-disk" / "BonusDesk"
    dialog.dest.setText(str(dest))
    _run(qtbot, dialog)
    verdict = dialog.verdict.text()
    assert "did not match the original, so it was removed" in verdict
    assert "was not changed" in verdict
    assert not dest.exists() and list((tmp_path / "bad-disk").iterdir()) == []
    assert window.folder is not None and window.folder.path == old  # open again
    assert [c.title for c in window.folder.claims.list()] == [claim.title]
    assert not (old / MOVED_NOTE).exists()


@pytest.mark.parametrize("move", [False, True])
def test_cancel_keeps_nothing_and_leaves_the_folder_as_it_was(
        qtbot, window, folder, claim, evidence, tmp_path, monkeypatch, move):
    old = folder.path
    copying, go_on = threading.Event(), threading.Event()
    real_copy = backup._copy_checked

    def slow_copy(src, dst):  # in the job's thread: hold the copy until cancel is asked
        copying.set()
        go_on.wait(10)
        return real_copy(src, dst)

    monkeypatch.setattr(backup, "_copy_checked", slow_copy)
    dialog = _dialog(qtbot, window, move=move)
    dest = tmp_path / "target" / "BonusDesk"
    dialog.dest.setText(str(dest))
    with qtbot.waitSignal(dialog.ended, timeout=30000):
        dialog.start()
        qtbot.waitUntil(copying.is_set, timeout=10000)
        dialog.reject()  # Cancel: asks the job to stop, the dialog stays for the verdict
        assert dialog.isVisible()
        go_on.set()
    assert "Cancelled: nothing was kept" in dialog.verdict.text()
    assert not dest.exists() and list((tmp_path / "target").iterdir()) == []
    assert window.folder is not None and window.folder.path == old
    assert (old / DB_NAME).exists() and not (old / MOVED_NOTE).exists()
    assert len(window.folder.evidence.list(claim.id)) == 3
