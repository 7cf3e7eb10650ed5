"""Every "save as" of the app goes through the core's output check: a target inside the
claim folder, a folder or a FIFO is refused before anything is written, with a message
the player reads, and the dialog stays open for another choice (issue 10)."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest

from bonusdesk.ui.folders import open_folder
from bonusdesk.ui.report.export_dialog import ExportDialog

from .test_evidence_gallery import make_png
from .test_french_ui import untranslated


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.pdf"
    os.mkfifo(path)
    return path


@pytest.fixture
def save_dialog_answers(monkeypatch):
    """The save dialog returns these choices in turn; "" is Cancel. Records the warnings."""
    answers: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr("bonusdesk.ui.safety.outputs.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (answers.pop(0) if answers else "", ""))
    monkeypatch.setattr("bonusdesk.ui.safety.outputs.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    return answers, warnings


def export_dialog(qtbot, session, claim, out) -> ExportDialog:
    dialog = ExportDialog(session, claim.id, "en", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out.setText(str(out))
    return dialog


def assert_refused_and_open(dialog: ExportDialog, why: str) -> None:
    text = dialog.status.text()
    assert text.startswith("⚠ BonusDesk will not save to "), text
    assert why in text and "Nothing was written" in text
    assert dialog.isVisible() and dialog.job is None and dialog.export_button.isEnabled()


def test_export_refuses_the_database_of_the_claim_folder(qtbot, session, folder, claim):
    db = folder.path / "bonusdesk.db"
    before = digest(db)
    dialog = export_dialog(qtbot, session, claim, db)
    dialog.start()
    assert_refused_and_open(dialog, "it is inside the claim folder")
    assert digest(db) == before


def test_export_refuses_a_stored_evidence_file_and_a_new_file_in_the_folder(
        qtbot, session, folder, claim, tmp_path):
    ev = folder.evidence.import_file(claim.id, make_png(tmp_path / "err.png")).evidence[0]
    stored = folder.evidence.file_path(ev)
    before = digest(stored)
    for target in (stored, folder.path / "claim.pdf"):
        dialog = export_dialog(qtbot, session, claim, target)
        dialog.start()
        assert_refused_and_open(dialog, "inside the claim folder")
    assert digest(stored) == before
    assert not (folder.path / "claim.pdf").exists()


def test_export_refuses_a_directory(qtbot, session, claim, tmp_path):
    target = tmp_path / "a folder.pdf"
    target.mkdir()
    dialog = export_dialog(qtbot, session, claim, target)
    dialog.start()
    assert_refused_and_open(dialog, "it is a folder, not a file")
    assert target.is_dir() and not any(target.iterdir())


def test_export_refuses_a_fifo_without_asking_to_replace_it(qtbot, session, claim, fifo,
                                                           monkeypatch):
    asked = []
    monkeypatch.setattr("bonusdesk.ui.report.export_dialog.QMessageBox.question",
                        lambda *a: asked.append(a))
    dialog = export_dialog(qtbot, session, claim, fifo)
    dialog.start()
    assert_refused_and_open(dialog, "it is a pipe (FIFO)")
    assert not asked  # refused before "Replace the file?"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in fifo.parent.iterdir() if p.name.startswith(".")) == []


def test_export_refuses_a_zip_bundle_that_would_land_on_a_fifo(qtbot, session, claim,
                                                               tmp_path):
    os.mkfifo(tmp_path / "claim.zip")
    out = tmp_path / "claim.pdf"
    dialog = export_dialog(qtbot, session, claim, out)
    dialog.bundle.setChecked(True)
    dialog.start()
    assert_refused_and_open(dialog, "claim.zip: it is a pipe (FIFO)")
    assert not out.exists()


def test_export_browse_reopens_after_a_refused_place(qtbot, session, folder, claim, tmp_path,
                                                     save_dialog_answers):
    answers, warnings = save_dialog_answers
    good = tmp_path / "elsewhere.pdf"
    answers += [str(folder.path / "x.pdf"), str(good)]
    dialog = export_dialog(qtbot, session, claim, tmp_path / "first.pdf")
    dialog._browse()
    assert len(warnings) == 1 and "inside the claim folder" in warnings[0]
    assert dialog.out.text() == str(good)


def calendar_tab(window, claim):
    window.select_claim(claim.id)
    tab = window.claim_view.deadlines
    window.claim_view.tabs.setCurrentWidget(tab)
    return tab


def test_calendar_refuses_folder_directory_and_fifo_then_saves_elsewhere(
        window, claim, folder, tmp_path, fifo, save_dialog_answers):
    answers, warnings = save_dialog_answers
    db = folder.path / "bonusdesk.db"
    before = digest(db)
    directory = tmp_path / "cal.ics"
    directory.mkdir()
    good = tmp_path / "deadlines.ics"
    answers += [str(db), str(directory), str(fifo), str(good)]
    calendar_tab(window, claim).export_calendar()
    assert [w.split(":", 1)[0] for w in warnings] == [
        f"BonusDesk will not save to {db}", f"BonusDesk will not save to {directory}",
        f"BonusDesk will not save to {fifo}"]
    assert "inside the claim folder" in warnings[0]
    assert "it is a folder, not a file" in warnings[1]
    assert "it is a pipe (FIFO)" in warnings[2]
    assert digest(db) == before and directory.is_dir() and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert good.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_calendar_cancelled_after_a_refusal_writes_nothing(window, claim, folder,
                                                           save_dialog_answers):
    answers, warnings = save_dialog_answers
    target = folder.path / "cache" / "deadlines.ics"
    answers.append(str(target))  # then Cancel
    calendar_tab(window, claim).export_calendar()
    assert len(warnings) == 1 and not target.exists()


def test_refusal_is_explained_in_french(qtbot, session, folder, claim, french):
    dialog = export_dialog(qtbot, session, claim, folder.path / "bonusdesk.db")
    dialog.start()
    text = dialog.status.text()
    assert text.startswith("⚠ BonusDesk n'enregistrera pas dans "), text
    assert "dossier de réclamation" in text
    assert untranslated(dialog, str(folder.path)) == []


def test_no_new_claim_folder_inside_another_one(folder, claim, monkeypatch, english):
    shown = []
    monkeypatch.setattr("bonusdesk.ui.folders.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    before = sorted(p.relative_to(folder.path) for p in folder.path.rglob("*"))
    for place in (folder.path / "evidence" / "new", folder.path / "nested"):
        assert open_folder(None, place, create=True) is None
    assert len(shown) == 2
    assert shown[0].startswith(f"A claim folder cannot be created in {folder.path}/evidence/new: "
                               f"it is inside the claim folder {folder.path}")
    assert sorted(p.relative_to(folder.path) for p in folder.path.rglob("*")) == before


def test_a_new_claim_folder_elsewhere_is_still_created(tmp_path, english):
    created = open_folder(None, tmp_path / "second", create=True)
    assert created is not None and created.writable
    created.close()


def test_export_follows_a_link_into_the_claim_folder_and_refuses_it(qtbot, session, folder,
                                                                   claim, tmp_path):
    link = tmp_path / "innocent.pdf"
    link.symlink_to(folder.path / "bonusdesk.db")
    before = digest(folder.path / "bonusdesk.db")
    dialog = export_dialog(qtbot, session, claim, link)
    dialog.start()
    assert_refused_and_open(dialog, "it is inside the claim folder")
    assert link.is_symlink() and digest(folder.path / "bonusdesk.db") == before


def test_every_reason_the_core_gives_is_translated(folder, tmp_path, french):
    """The UI words the core's reasons (English, for the CLI) by matching them: a reason the
    core rewords would show in English here, so this lists every kind it refuses."""
    import socket

    from bonusdesk.ui.safety.outputs import refusal, refusal_text

    (tmp_path / "dir").mkdir()
    os.mkfifo(tmp_path / "fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    targets = {"inside": folder.path / "x.pdf", "folder": tmp_path / "dir",
               "name": str(tmp_path) + "/", "fifo": tmp_path / "fifo",
               "socket": tmp_path / "sock", "device": "/dev/null",
               "no parent": tmp_path / "missing" / "x.pdf"}
    try:
        for what, target in targets.items():
            refused = refusal(target, folder.path, {"le PDF": tmp_path / "same.pdf"})
            assert refused is not None, what
            text = refusal_text(refused, folder.path)
            assert refused.reason not in text, (what, refused.reason)
        same = refusal(tmp_path / "same.pdf", folder.path, {"le PDF": tmp_path / "same.pdf"})
        assert "c'est aussi là que le PDF serait enregistré" in refusal_text(same)
    finally:
        sock.close()


def test_a_target_that_becomes_a_fifo_during_the_export_is_refused_in_the_dialog(
        qtbot, session, claim, tmp_path, monkeypatch):
    from bonusdesk.export import package

    out = tmp_path / "claim.pdf"
    real_publish = package.publish

    def swap_then_publish(part, target, hold=None):
        os.mkfifo(target)  # another program put a FIFO there while the PDF was written
        return real_publish(part, target, hold)

    monkeypatch.setattr(package, "publish", swap_then_publish)
    dialog = export_dialog(qtbot, session, claim, out)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert_refused_and_open(dialog, "it is a pipe (FIFO)")
    assert stat.S_ISFIFO(os.stat(out).st_mode)
