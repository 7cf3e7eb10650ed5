"""The Inbox in the app: shown in the claims list, filled by imports with no claim, filed
by "Move to claim…" or by dropping items on a claim; views follow the session."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from bonusdesk.core.model import Status
from bonusdesk.ui.inbox.filing import MoveDialog

from .conftest import answer_modal, answer_modals, click_button
from .test_evidence_gallery import make_png

# Qt 6 has only the QPoint constructor of QDragEnterEvent, which PySide flags as deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDrag.*Event:DeprecationWarning")


def import_into_inbox(window, qtbot, *paths):
    inbox = window.inbox_view
    with qtbot.waitSignal(inbox.import_finished, timeout=20000):
        assert inbox.import_paths(list(paths))
    return inbox


def asking_email(path):
    msg = EmailMessage()
    msg["From"] = "Support Étoile <support@etoile.example>"
    msg["To"] = "joueur@example.org"
    msg["Date"] = "Tue, 01 Dec 2026 10:30:00 +0100"
    msg["Subject"] = "RE: Bonus non crédité [Ticket #77120]"
    msg.set_content("Bonjour,\nPourriez-vous nous envoyer les numéros de transaction et une "
                    "preuve de dépôt sous 48h ?\nBonne journée,\nJulien - Support")
    path.write_bytes(bytes(msg))
    return path


def choose(claim_id):
    def handler(dialog: MoveDialog):
        for row in range(dialog.claims.count()):
            if dialog.claims.item(row).data(Qt.ItemDataRole.UserRole) == claim_id:
                dialog.claims.setCurrentRow(row)
        dialog.accept()
    return handler


def test_the_inbox_row_counts_what_waits_and_shows_it_with_no_claim_current(
        claim, window, qtbot, folder, tmp_path):
    panel = window.claims_panel
    assert panel.inbox_button.text() == "Inbox: nothing to file"
    window.select_claim(claim.id)
    import_into_inbox(window, qtbot, make_png(tmp_path / "a.png"),
                      make_png(tmp_path / "b.png", "#00ff00"))
    assert panel.inbox_button.text() == "Inbox: 2 items to file"
    assert folder.evidence.list(claim.id) == []  # the claim shown was not the target
    panel.inbox_button.click()
    assert window.right.currentWidget() is window.inbox_view
    assert window.session.current_claim_id is None  # a capture now goes to the Inbox
    assert window.inbox_view.model.rowCount() == 2
    window.select_claim(claim.id)
    assert window.right.currentWidget() is window.claim_view
    assert not panel.inbox_button.isChecked()


def test_move_to_claim_files_the_item_once_and_every_view_follows(claim, window, qtbot,
                                                                   folder, tmp_path):
    inbox = import_into_inbox(window, qtbot, make_png(tmp_path / "erreur.png"))
    files_before = sorted(folder.evidence_dir.rglob("*.png"))
    window.claims_panel.show_inbox()
    inbox.view.setCurrentIndex(inbox.model.index(0))
    answer_modal(inbox.move_selected, choose(claim.id))
    (filed,) = folder.evidence.list(claim.id)
    assert filed.original_name == "erreur.png" and folder.evidence.inbox() == []
    assert sorted(folder.evidence_dir.rglob("*.png")) == files_before  # nothing copied
    assert inbox.model.rowCount() == 0 and inbox.empty.isVisible()
    assert window.claims_panel.inbox_button.text() == "Inbox: nothing to file"
    window.select_claim(claim.id)
    assert window.claim_view.evidence.model.rowCount() == 1
    history = [row.text for row in window.claim_view.timeline.build_rows(
        folder, folder.claims.get(claim.id))]
    assert "Evidence filed: erreur.png (from the Inbox)" in history


def drop_on_row(table, mime, row: int) -> None:
    """What the window system does when items are dropped on a row of the claims table."""
    pos = QPointF(table.visualRect(table.model().index(row, 0)).center())
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos.toPoint(), actions, mime, button, none),
                  QDragMoveEvent(pos.toPoint(), actions, mime, button, none)):
        QApplication.sendEvent(table.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(table.viewport(), QDropEvent(pos, actions, mime, button, none))


def test_dropping_inbox_items_on_a_claim_files_them_there(claim, window, qtbot, folder,
                                                          tmp_path):
    inbox = import_into_inbox(window, qtbot, make_png(tmp_path / "a.png"),
                              make_png(tmp_path / "b.png", "#0000ff"))
    window.claims_panel.show_inbox()
    mime = inbox.model.mimeData([inbox.model.index(0), inbox.model.index(1)])
    drop_on_row(window.table, mime, 0)
    assert len(folder.evidence.list(claim.id)) == 2 and folder.evidence.inbox() == []
    assert window.statusBar().currentMessage() == (
        "2 items filed into “Bonus de bienvenue non crédité”")


def test_a_drop_from_another_claim_folder_is_refused(claim, window, qtbot, folder, tmp_path):
    from bonusdesk.ui.evidence.evidence_model import evidence_mime

    ev = folder.evidence.import_file(None, make_png(tmp_path / "a.png")).evidence[0]
    mime = evidence_mime(tmp_path / "another-folder", [ev.id])
    table = window.table
    pos = table.visualRect(table.model().index(0, 0)).center()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    move = QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table.viewport(), enter)
    QApplication.sendEvent(table.viewport(), move)
    assert not move.isAccepted()
    assert folder.evidence.get(ev.id).claim_id is None


def test_items_go_back_to_the_inbox_from_a_claim(claim, window, qtbot, folder, tmp_path):
    ev = folder.evidence.import_file(claim.id, make_png(tmp_path / "a.png")).evidence[0]
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    gallery.view.setCurrentIndex(gallery.model.index(0))

    def to_inbox(dialog: MoveDialog):
        assert dialog.claims.item(0).text() == "The Inbox (not filed)"
        dialog.claims.setCurrentRow(0)
        dialog.accept()

    answer_modal(gallery.move_selected, to_inbox)
    assert folder.evidence.get(ev.id).claim_id is None
    assert gallery.model.rowCount() == 0
    assert window.claims_panel.inbox_button.text() == "Inbox: 1 item to file"


def test_an_email_filed_from_the_inbox_that_asks_for_documents_proposes_the_status(
        claim, window, qtbot, folder, tmp_path):
    inbox = import_into_inbox(window, qtbot, asking_email(tmp_path / "support.eml"))
    window.claims_panel.show_inbox()
    inbox.view.setCurrentIndex(inbox.model.index(0))
    asked = []

    def record(box):
        asked.append(box.text())
        click_button(box, "Record it")

    answer_modals(inbox.move_selected, choose(claim.id), record)
    assert "by 03/12/2026 10:30" in asked[0]  # 48 h from the e-mail, in the claim's zone
    (contact,) = folder.contacts.list(claim.id)  # made when filed: a contact needs a claim
    saved = folder.claims.get(claim.id)
    assert saved.status == Status.INFO_REQUESTED
    assert saved.info_due_at == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    (asked_status,) = [c for c in folder.claims.history(claim.id)
                       if c.status == Status.INFO_REQUESTED]
    assert asked_status.contact_id == contact.id  # linked to the e-mail, not typed again
    assert set(asked_status.info_items) == {"transaction_details", "payment_proof"}


def test_an_email_filed_is_never_given_a_status_silently(claim, window, qtbot, folder,
                                                        tmp_path):
    inbox = import_into_inbox(window, qtbot, asking_email(tmp_path / "support.eml"))
    window.claims_panel.show_inbox()
    inbox.view.setCurrentIndex(inbox.model.index(0))
    answer_modals(inbox.move_selected, choose(claim.id),
                  lambda box: click_button(box, "Not now"))
    assert folder.claims.get(claim.id).status == Status.DRAFT
    assert len(folder.contacts.list(claim.id)) == 1
