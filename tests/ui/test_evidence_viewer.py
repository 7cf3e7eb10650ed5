"""The evidence viewer reads evidence back: PDF pages, e-mails with their attachments as
links, and any file handed to the desktop (open it, show it in its folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from bonusdesk.ui.evidence import file_actions
from bonusdesk.ui.evidence.evidence_viewer import EvidenceViewer
from bonusdesk.ui.evidence.previews import MailPreview, NoPreview, PdfPreview
from tests.factories import png_bytes, write_eml, write_pdf

from .conftest import answer_modal


def open_viewer(qtbot, session, ev) -> EvidenceViewer:
    viewer = EvidenceViewer(session, ev)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def test_a_pdf_shows_its_first_page_and_turns_pages(qtbot, session, folder, claim, tmp_path):
    ev = folder.evidence.import_file(claim.id, write_pdf(tmp_path / "releve.pdf", 3)
                                     ).evidence[0]
    viewer = open_viewer(qtbot, session, ev)
    pdf = viewer.preview
    assert isinstance(pdf, PdfPreview) and pdf.pages() == 3
    assert pdf.where.text() == "Page 1 of 3" and not pdf.previous.isEnabled()

    def drawn() -> bool:  # the page is really rendered: text on white, not an empty pane
        image = pdf.view.viewport().grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
                   for y in range(0, image.height(), 3)}
        return QColor("white").name() in colours and len(colours) > 2

    qtbot.waitUntil(drawn, timeout=10000)
    pdf.next.click()
    assert pdf.page() == 1 and pdf.where.text() == "Page 2 of 3"
    pdf.next.click()
    assert not pdf.next.isEnabled() and pdf.where.text() == "Page 3 of 3"
    pdf.previous.click()
    assert pdf.where.text() == "Page 2 of 3"


def test_an_email_shows_its_headers_body_and_attachments_as_links(qtbot, session, folder,
                                                                  claim, tmp_path):
    result = folder.evidence.import_file(
        claim.id, write_eml(tmp_path / "reply.eml", attachment=png_bytes()))
    mail_item, picture = result.evidence[0], result.evidence[1]
    viewer = open_viewer(qtbot, session, mail_item)
    mail = viewer.preview
    assert isinstance(mail, MailPreview)
    texts = [w.text() for w in mail.findChildren(QLabel)]
    assert "Support Étoile <support@etoile.example>" in texts
    assert "joueur@example.org" in texts
    assert "Re: Ticket #558812 – bonus de bienvenue" in texts
    assert "20/11/2026 22:41" in texts  # the computer is in Paris: no zone named
    assert "Nous avons bien reçu votre demande" in mail.body.toPlainText()
    assert mail.attachment_ids == [picture.id]
    assert f'href="evidence:{picture.id}"' in mail.attachments.text()

    def attachment_viewer(dialog):
        assert dialog.windowTitle() == "Evidence: capture-écran.png"
        dialog.reject()

    answer_modal(lambda: mail.attachments.linkActivated.emit(f"evidence:{picture.id}"),
                 attachment_viewer)


def test_an_outlook_msg_shows_like_an_eml(qtbot, session, folder, claim, tmp_path):
    from tests.factories import write_msg

    src = write_msg(tmp_path / "réponse.msg", attachments=[("capture.png", png_bytes())])
    mail_item, picture = folder.evidence.import_file(claim.id, src).evidence
    viewer = open_viewer(qtbot, session, mail_item)
    mail = viewer.preview
    assert isinstance(mail, MailPreview)
    texts = [w.text() for w in mail.findChildren(QLabel)]
    assert "Ticket #884211 – votre réclamation" in texts
    assert "21/11/2026 10:02" in texts  # 09:02 UTC on a Paris computer
    assert "Votre bonus de 100 € est en cours de vérification." in mail.body.toPlainText()
    assert mail.attachment_ids == [picture.id]


def test_any_item_opens_with_the_default_application_or_in_its_folder(
        qtbot, session, folder, claim, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(file_actions.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    monkeypatch.setattr(file_actions, "_freedesktop_show_items", lambda _path: False)
    path = tmp_path / "notes.txt"
    path.write_text("a plain note from the player")
    ev = folder.evidence.import_file(claim.id, path).evidence[0]
    viewer = open_viewer(qtbot, session, ev)
    assert isinstance(viewer.preview, NoPreview)
    assert "No preview for this kind of file" in viewer.preview.text()
    stored = folder.evidence.file_path(ev)
    assert viewer.open_outside()
    assert viewer.show_in_folder()
    assert [Path(u.toLocalFile()) for u in opened] == [stored, stored.parent]
    assert folder.evidence.check(ev) == ""  # handed out read-only, never changed
