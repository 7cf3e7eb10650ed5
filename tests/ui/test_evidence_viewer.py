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
from tests.factories import png_bytes, write_eml

from .conftest import answer_modal


def open_viewer(qtbot, session, ev) -> EvidenceViewer:
    viewer = EvidenceViewer(session, ev)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


# Each page of the statement is filled with its own colour on its left half only.
PAGE_COLOURS = [(0.8, 0.1, 0.1), (0.1, 0.6, 0.1), (0.1, 0.1, 0.8)]


def write_coloured_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(600, 800))
    for n, rgb in enumerate(PAGE_COLOURS):
        c.setFillColorRGB(*rgb)
        c.rect(0, 0, 300, 800, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(340, 700, f"Bank statement page {n + 1}")
        c.showPage()
    c.save()
    return path


def shown_colours(pdf: PdfPreview) -> tuple[QColor, QColor]:
    """The colour drawn at the middle of the page's left half and of its right half."""
    image = pdf.page_image()
    y = image.height() // 2
    return (QColor(image.pixel(image.width() // 4, y)),
            QColor(image.pixel(image.width() * 3 // 4, y)))


def page_is(pdf: PdfPreview, page: int) -> bool:
    if pdf.page_image().isNull():
        return False
    left, right = shown_colours(pdf)
    expected = QColor.fromRgbF(*PAGE_COLOURS[page])
    return (abs(left.red() - expected.red()) < 12 and abs(left.green() - expected.green()) < 12
            and abs(left.blue() - expected.blue()) < 12 and right == QColor("white"))


def test_a_pdf_shows_its_first_page_and_turns_pages(qtbot, session, folder, claim, tmp_path):
    ev = folder.evidence.import_file(claim.id, write_coloured_pdf(tmp_path / "releve.pdf")
                                     ).evidence[0]
    viewer = open_viewer(qtbot, session, ev)
    pdf = viewer.preview
    assert isinstance(pdf, PdfPreview)
    # Drawn in the job runner: the first page arrives, red on its left, white on its right.
    qtbot.waitUntil(lambda: page_is(pdf, 0), timeout=10000)
    assert pdf.pages() == 3 and pdf.where.text() == "Page 1 of 3"
    assert not pdf.previous.isEnabled() and pdf.next.isEnabled()
    # Fitted to the view: the whole page is visible, no larger than the label showing it.
    shown = pdf.view.pixmap()
    assert shown.deviceIndependentSize().width() <= pdf.view.width() + 1
    assert shown.deviceIndependentSize().height() <= pdf.view.height() + 1
    pdf.next.click()
    assert pdf.page() == 1 and pdf.where.text() == "Page 2 of 3"
    qtbot.waitUntil(lambda: page_is(pdf, 1), timeout=10000)
    pdf.next.click()
    qtbot.waitUntil(lambda: page_is(pdf, 2), timeout=10000)
    assert not pdf.next.isEnabled() and pdf.where.text() == "Page 3 of 3"
    pdf.previous.click()
    qtbot.waitUntil(lambda: page_is(pdf, 1), timeout=10000)
    assert pdf.where.text() == "Page 2 of 3"
    assert folder.evidence.check(ev) == ""  # read, never written


def test_a_password_protected_pdf_names_the_give_the_password_action(qtbot, session, folder,
                                                                      claim, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(write_coloured_pdf(tmp_path / "clair.pdf")))
    writer.encrypt("secret")
    writer.write(tmp_path / "protege.pdf")
    ev = folder.evidence.import_file(claim.id, tmp_path / "protege.pdf").evidence[0]
    viewer = open_viewer(qtbot, session, ev)
    pdf = viewer.preview
    qtbot.waitUntil(lambda: pdf.problem.isVisible(), timeout=10000)
    assert pdf.failure == "password"
    assert "protected by a password" in pdf.problem.text()
    assert '"Give the password…"' in pdf.problem.text()
    assert pdf.page_image().isNull() and not pdf.next.isEnabled()
    assert folder.evidence.check(ev) == ""


def test_a_damaged_pdf_says_it_cannot_be_shown(qtbot, session, tmp_path):
    good = write_coloured_pdf(tmp_path / "releve.pdf").read_bytes()
    damaged = tmp_path / "abime.pdf"
    damaged.write_bytes(good[:200])  # cut short: no page, no cross-reference table
    pdf = PdfPreview(damaged, session.jobs)
    qtbot.addWidget(pdf)
    pdf.show()
    qtbot.waitUntil(lambda: pdf.problem.isVisible(), timeout=10000)
    assert pdf.failure == "damaged"
    assert "damaged" in pdf.problem.text() and pdf.pages() == 0
    assert damaged.read_bytes() == good[:200]


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
