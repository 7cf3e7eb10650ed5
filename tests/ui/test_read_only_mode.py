"""Read-only mode of the app (issue 10): a claim folder on read-only media opens for
reading, the window says so and why, nothing can be changed, reading, search and export
to another place work; a folder whose database is lost is refused, never re-created."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from bonusdesk.core.locations import documents_dir
from bonusdesk.core.model import Status
from bonusdesk.ui.claims.platform_dialog import PlatformDialog
from bonusdesk.ui.evidence.evidence_model import THUMB_SIZE
from bonusdesk.ui.evidence.evidence_viewer import EvidenceViewer
from bonusdesk.ui.folders import open_folder
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.report.export_dialog import ExportDialog
from bonusdesk.ui.safety import damaged
from bonusdesk.ui.safety.readonly import ReadOnlyRefusal
from tests.faults import read_only

from .conftest import answer_modal
from .test_evidence_gallery import make_png
from .test_french_ui import untranslated
from .test_main_window import visible_claim_ids


@pytest.fixture
def filled(folder, claim, tmp_path):
    """A closed claim folder with one claim and one screenshot."""
    folder.evidence.import_file(claim.id, make_png(tmp_path / "err.png"))
    folder.close()
    return folder.path


@pytest.fixture
def open_window(qtbot, prefs):
    windows = []

    def make(folder):
        w = MainWindow(prefs)
        w.tray = None
        qtbot.addWidget(w)
        w.show()
        w.set_folder(folder)
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.quit()


def test_read_only_media_opens_for_reading_and_says_why(open_window, filled, claim, qtbot,
                                                        english):
    with read_only(filled):
        folder = open_folder(None, filled)
        assert folder is not None and not folder.writable
        window = open_window(folder)
        banner = window.read_only_banner
        assert banner.isVisible()
        assert window.windowTitle() == "BonusDesk — claims (read-only)"
        assert banner.text().startswith("Read only: this claim folder cannot be changed "
                                        "(it is on a read-only disk)")
        window.select_claim(claim.id)
        assert window.current_claim_id() == claim.id  # reading works
        assert window.claim_view.evidence.model.rowCount() == 1
        window.search.setText("BNS-402")  # search works (full-text, read-only connection)
        qtbot.waitUntil(lambda: visible_claim_ids(window) == [claim.id])
        window.search.setText("xylophone")
        qtbot.waitUntil(lambda: visible_claim_ids(window) == [])
        window.search.clear()
        disabled = [a.text() for a in window.write_actions() if a.isEnabled()]
        assert disabled == []
        assert window.commands.report.act_export.isEnabled()
        assert window.commands.report.act_report.isEnabled()
        window.quit()


def test_a_writable_folder_shows_no_banner_and_keeps_its_actions(window, claim):
    window.select_claim(claim.id)
    assert not window.read_only_banner.isVisible()
    assert window.windowTitle() == "BonusDesk — claims"
    assert window.commands.claims.act_new_claim.isEnabled()
    assert window.commands.followup.act_contact.isEnabled()


def test_a_change_that_gets_through_is_refused_in_plain_words(open_window, filled, claim,
                                                              english):
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        session = window.session
        with pytest.raises(ReadOnlyRefusal) as refused:
            session.update_claim(claim.id, title="changed")
        assert str(refused.value).startswith(f"The claim folder {filled} is read-only (it is "
                                             "on a read-only disk)")
        assert "Nothing was changed" in str(refused.value)
        assert session.folder.claims.get(claim.id).title == claim.title
        for write in (lambda: session.save_profile(name="Camille"),
                      lambda: session.add_checklist_item(claim.id, "x"),
                      lambda: session.set_status(claim.id, Status.REPORTED)):
            with pytest.raises(ReadOnlyRefusal):
                write()
        window.quit()


def test_export_from_a_read_only_folder_goes_elsewhere_unrecorded(open_window, filled, claim,
                                                                  qtbot, tmp_path, english):
    out = tmp_path / "out.pdf"
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        dialog = ExportDialog(window.session, claim.id, "en", "")
        qtbot.addWidget(dialog)
        # Not beside the folder (its disk is read-only too): in the documents folder.
        assert dialog.out.text().startswith(str(documents_dir()))
        dialog.out.setText(str(out))
        with qtbot.waitSignal(dialog.done, timeout=60000):
            dialog.start()
        assert out.read_bytes().startswith(b"%PDF")
        assert "Not recorded in the claim's history: the claim folder is read-only." in (
            dialog.status.text())
        window.quit()


def test_read_only_window_speaks_french(open_window, filled, claim, french):
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        window.select_claim(claim.id)
        assert window.read_only_banner.text().startswith(
            "Lecture seule\u202f: ce dossier de réclamation ne peut pas être modifié "
            "(il est sur un disque en lecture seule)")
        assert untranslated(window, filled.name) == []
        with pytest.raises(ReadOnlyRefusal, match="est en lecture seule"):
            window.session.add_checklist_item(claim.id, "x")
        window.quit()


def test_a_folder_whose_database_is_empty_is_refused_not_recreated(filled, english):
    db = filled / "bonusdesk.db"
    db.write_bytes(b"")
    for leftover in filled.glob("bonusdesk.db-*"):
        leftover.unlink()
    shown = []

    def read(box):
        shown.append((box.windowTitle(), box.text(), box.detailedText()))
        box.accept()

    assert answer_modal(lambda: open_folder(None, filled), read) is None
    title, text, details = shown[0]
    assert title == "Damaged claim folder"
    assert text.startswith(f"The claim folder {filled} is damaged: its database "
                           "(bonusdesk.db) is missing, empty or unreadable, but its evidence "
                           "folder holds 1 file.")
    assert "restore bonusdesk.db from a backup" in text
    assert "it was not re-created" in details  # the core's own sentence
    assert db.stat().st_size == 0


def test_a_damaged_folder_offers_to_check_its_evidence_files(filled, english, monkeypatch):
    (filled / "bonusdesk.db").write_bytes(b"")
    checked = []
    monkeypatch.setattr(damaged, "check_damaged", lambda _parent, path: checked.append(path))

    def click_check(box):
        [button] = [b for b in box.buttons() if b.text() == "Check the evidence files…"]
        button.click()

    assert answer_modal(lambda: open_folder(None, filled), click_check) is None
    assert checked == [filled]


def buttons(widget) -> dict[str, bool]:
    return {b.text(): b.isEnabled() for b in widget.findChildren(QPushButton)}


def test_claim_tabs_lock_their_changes_but_still_show_everything(open_window, filled, claim,
                                                                  qtbot, english):
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        window.select_claim(claim.id)
        view = window.claim_view
        assert view.details.edits["title"].text() == claim.title
        assert view.details.edits["title"].isReadOnly()
        assert not view.details.save_button.isEnabled()
        assert not view.details.category.isEnabled()
        evidence = buttons(view.evidence)
        assert not evidence["&Add files…"] and not evidence["&Paste image"]
        assert not evidence["Edit &caption"]
        contacts = buttons(view.contacts)
        assert not contacts["&Log a contact…"] and not contacts["Import an &email (.eml, .msg)…"]
        assert not buttons(view.checklist)["&Add condition"]
        assert view.checklist.new_item.isReadOnly()
        # The gallery shows the screenshot, scaled from the original (no cache can be written).
        view.tabs.setCurrentWidget(view.evidence)
        model = view.evidence.model
        qtbot.waitUntil(lambda: model.loaded_thumbnails() == 1, timeout=10000)
        picture = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
        assert picture.width() == THUMB_SIZE  # not the 48 px "cannot show" icon
        assert not (filled / "cache" / "thumbs").exists()
        view.evidence.view.setCurrentIndex(model.index(0))  # a picture: editor and OCR off
        assert window.session.current_evidence_id is not None
        assert not view.evidence.annotate_button.isEnabled()
        assert not view.evidence.read_button.isEnabled()
        assert not any(a.isEnabled() for a in window.commands.editor.actions)
        viewer = EvidenceViewer(window.session, window.session.folder.evidence.list(claim.id)[0])
        qtbot.addWidget(viewer)
        assert viewer.caption.isReadOnly() and viewer.note.isReadOnly()
        assert not viewer.kind.isEnabled() and not buttons(viewer)["Save"]
        platform = PlatformDialog(window.session, claim.platform_id)  # still readable
        qtbot.addWidget(platform)
        assert platform.edits["support_email"].text() == "support@etoile.example"
        assert platform.edits["support_email"].isReadOnly() and not buttons(platform)["Save"]
        window.quit()
    # The same folder writable again: the tabs unlock.
    window = open_window(open_folder(None, filled))
    window.select_claim(claim.id)
    assert not window.claim_view.details.edits["title"].isReadOnly()
    assert buttons(window.claim_view.evidence)["&Add files…"]


def test_the_capture_hotkey_is_refused_before_anything_is_grabbed(open_window, filled,
                                                                   monkeypatch, english):
    shown = []
    monkeypatch.setattr("bonusdesk.ui.capture.controller.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        capture = window.commands.capture
        capture._hotkey_pressed()  # what the global shortcut does, with its action disabled
        assert len(shown) == 1 and "is read-only (it is on a read-only disk)" in shown[0]
        assert not capture.busy
        window.quit()


def test_reminders_of_a_read_only_folder_come_once_and_write_nothing(open_window, filled,
                                                                     qtbot, english):
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        session = window.session
        session.clock = lambda: datetime(2026, 11, 22, 8, 15, tzinfo=UTC)  # reporting is late
        reminded = []
        session.reminders_due.connect(reminded.append)
        for _ in range(2):
            with qtbot.waitSignal(session.deadlines_changed, timeout=10000):
                session.refresh_deadlines()
        assert [len(due) for due in reminded] == [1]
        window.quit()


def test_files_dropped_on_a_read_only_folder_are_refused_before_any_copy(
        open_window, filled, claim, tmp_path, monkeypatch, english):
    shown = []
    monkeypatch.setattr("bonusdesk.ui.evidence.evidence_tab.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    with read_only(filled):
        window = open_window(open_folder(None, filled))
        window.select_claim(claim.id)
        files_before = sorted((filled / "evidence").rglob("*"))
        assert window.claim_view.evidence.import_paths([make_png(tmp_path / "new.png")]) is None
        assert len(shown) == 1 and "is read-only (it is on a read-only disk)" in shown[0]
        assert sorted((filled / "evidence").rglob("*")) == files_before
        window.quit()


def test_selecting_a_contact_does_not_unlock_its_actions_when_read_only(
        open_window, folder, claim, qtbot, english):
    from bonusdesk.core.model import Channel, Contact, Direction

    folder.contacts.add(Contact(claim.id, Channel.EMAIL, datetime(2026, 11, 21, 9, tzinfo=UTC),
                                "Europe/Paris", Direction.RECEIVED, summary="We refuse"))
    folder.close()
    with read_only(folder.path):
        window = open_window(open_folder(None, folder.path))
        window.select_claim(claim.id)
        tab = window.claim_view.contacts
        tab.view.setCurrentIndex(tab.model.index(0, 0))
        assert tab.selected_contact() is not None
        assert not tab.correct_button.isEnabled() and not tab.withdraw_button.isEnabled()
        assert not tab.final_button.isEnabled()
        window.quit()
    window = open_window(open_folder(None, folder.path))  # writable again: they come back
    window.select_claim(claim.id)
    tab = window.claim_view.contacts
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    assert tab.correct_button.isEnabled() and tab.final_button.isEnabled()


def test_a_read_only_folder_can_prepare_a_referral_but_not_record_one(
        open_window, folder, claim, qtbot, english):
    from bonusdesk.core.escalations import add_escalation
    from bonusdesk.core.model import Escalation
    from bonusdesk.ui.escalation.refer_dialog import ReferDialog

    add_escalation(folder, Escalation(claim.id, "forum", datetime(2026, 11, 22, 9, tzinfo=UTC),
                                      "Europe/Paris"))
    folder.close()
    with read_only(folder.path):
        window = open_window(open_folder(None, folder.path))
        window.select_claim(claim.id)
        tab = window.claim_view.escalation
        window.claim_view.tabs.setCurrentWidget(tab)  # the tab loads when shown
        qtbot.waitUntil(lambda: bool(tab.escalations))
        assert tab.escalations and not tab.update_button.isEnabled()
        dialog = ReferDialog(window.session, claim.id, "fr-mediateur-jeux")
        qtbot.addWidget(dialog)
        assert dialog.export_button.isEnabled()  # the package can still be made elsewhere
        assert not dialog.record_button.isEnabled()
        window.quit()
    window = open_window(open_folder(None, folder.path))
    window.select_claim(claim.id)
    tab = window.claim_view.escalation
    window.claim_view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.escalations))
    assert tab.update_button.isEnabled()
