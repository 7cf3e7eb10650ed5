"""The session: writes emit the signal that keeps every view current; a closed folder is
never written to; views update from a change made elsewhere."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from bonusdesk.core.folder import TEMP_PREFIX
from bonusdesk.core.model import Channel, Contact, Direction
from bonusdesk.ui.session import FolderClosed

from .test_evidence_gallery import drop, make_png

UI = Path(__file__).resolve().parents[2] / "bonusdesk" / "ui"
# Qt 6 has only the QPoint constructor of QDragEnterEvent, which PySide flags as deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")


def reply_eml(path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "support@etoile.example"
    msg["To"] = "me@example.org"
    msg["Subject"] = "Re: bonus [Ticket #55120]"
    msg["Date"] = "Fri, 20 Nov 2026 23:00:00 +0100"
    msg.set_content("Nous examinons votre demande.")
    path.write_bytes(msg.as_bytes())
    return path


def test_an_email_dropped_on_the_evidence_tab_appears_in_contacts_at_once(window, qtbot,
                                                                          folder, claim,
                                                                          tmp_path):
    window.select_claim(claim.id)
    view = window.claim_view
    view.show_tab("evidence")
    assert view.contacts.model.rowCount() == 0
    drop(view.evidence.view, [reply_eml(tmp_path / "reply.eml")], qtbot)
    # Nobody told the Contacts tab: it follows session.contacts_changed.
    assert view.tabs.currentWidget() is view.evidence
    assert view.contacts.model.rowCount() == 1
    assert view.contacts.model.item(0, 3).text().startswith("55120")  # the ticket, as found


def test_each_write_emits_the_signal_of_what_changed(session, qtbot, claim, tmp_path):
    contact = Contact(claim_id=claim.id, channel=Channel.CHAT, zone="Europe/Paris",
                      at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC), direction=Direction.SENT)
    with qtbot.waitSignal(session.contacts_changed) as got:
        session.add_contact(contact)
    assert got.args == [claim.id]
    with qtbot.waitSignal(session.claim_changed) as got:
        session.update_claim(claim.id, promo_code="NEW")
    assert got.args == [claim.id]
    ev = session.folder.evidence.import_file(claim.id, make_png(tmp_path / "a.png")).evidence[0]
    with qtbot.waitSignal(session.evidence_changed) as got:
        session.update_evidence(ev.id, caption="Error page")
    assert got.args == [claim.id, ev.id]
    with qtbot.waitSignal(session.checklist_changed) as got:
        session.set_checklist(claim.id, "terms_read", state="yes")
    assert got.args == [claim.id]


def test_writing_with_no_folder_open_raises_folder_closed(session, claim):
    session.set_folder(None)
    with pytest.raises(FolderClosed):
        session.update_claim(claim.id, promo_code="X")


def test_closing_the_folder_closes_the_dialogs_bound_to_it(session, qtbot):
    dialog = QDialog()
    dialog.setWindowTitle("New claim")
    qtbot.addWidget(dialog)
    binding = session.bind(dialog)
    dialog.show()
    assert binding.valid
    assert session.close_folder() == ["New claim"]
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    with pytest.raises(FolderClosed):
        binding.check()


def test_files_staged_for_a_folder_closed_meanwhile_are_discarded(session, folder, claim,
                                                                  tmp_path):
    staged = [folder.evidence.stage_file(make_png(tmp_path / "late.png"))]
    evidence_dir = folder.evidence_dir
    session.close_folder()
    with pytest.raises(FolderClosed):
        session.commit_import(folder, claim.id, staged)
    assert not list(evidence_dir.rglob(TEMP_PREFIX + "*"))


def test_no_ui_module_but_the_main_window_reaches_into_the_window():
    """Commands and views get the window only as a parent for their dialogs: nothing of
    the form ``window.claim_view``, ``self.window.statusBar()`` or ``getattr(window, ...)``."""
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name == "main_window.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            target = node.value if isinstance(node, ast.Attribute) else None
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "getattr":
                target = node.args[0]
            is_window = (isinstance(target, ast.Name) and target.id == "window") or (
                isinstance(target, ast.Attribute) and target.attr == "window"
                and isinstance(target.value, ast.Name) and target.value.id == "self")
            if is_window:
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []
