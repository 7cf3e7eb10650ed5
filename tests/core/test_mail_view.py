"""Reading a stored e-mail back for the viewer: headers, the body as text (HTML decoded),
attachments linked to the evidence items that hold them."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from email.message import EmailMessage

from PIL import Image

from bonusdesk.core.inbox import file_evidence
from bonusdesk.core.mail_text import html_to_text
from bonusdesk.core.mail_view import read_mail


def html_only_mail(path, attach: bool = True):
    msg = EmailMessage()
    msg["From"] = "Support Étoile <aide@etoile.example>"
    msg["To"] = "joueur@example.org"
    msg["Cc"] = "litiges@etoile.example"
    msg["Subject"] = "Votre dossier [Ticket #55120]"
    msg["Date"] = "Fri, 20 Nov 2026 23:00:00 +0100"
    msg.set_content(
        "<html><head><style>p {color: red}</style><script>alert(1)</script></head><body>"
        "<p>Bonjour,</p><p>Merci de nous transmettre le relev&eacute; bancaire&nbsp;: "
        "nous l&#39;examinerons.</p><ul><li>Relev&eacute;</li><li>Pi&egrave;ce "
        "d'identit&eacute;</li></ul></body></html>", subtype="html")
    if attach:
        png = io.BytesIO()
        Image.new("RGB", (40, 30), (200, 30, 30)).save(png, "PNG")
        msg.add_attachment(png.getvalue(), maintype="image", subtype="png",
                           filename="erreur.png")
    path.write_bytes(msg.as_bytes())
    return path


def test_html_entities_are_decoded_and_scripts_dropped():
    text = html_to_text("<p>Caf&eacute;&nbsp;cr&egrave;me</p><script>x()</script>"
                        "<style>p{}</style><p>&lt;ok&gt; &#233;t&#xE9;</p>")
    assert text == "Café crème\n\n<ok> été"


def test_an_html_only_email_reads_as_text_with_its_headers(folder, claim, tmp_path):
    result = folder.evidence.import_file(claim.id, html_only_mail(tmp_path / "r.eml"))
    mail = read_mail(folder, result.evidence[0])
    assert mail.sender == "Support Étoile <aide@etoile.example>"
    assert (mail.to, mail.cc) == ("joueur@example.org", "litiges@etoile.example")
    assert mail.subject == "Votre dossier [Ticket #55120]"
    assert mail.date == datetime(2026, 11, 20, 22, 0, tzinfo=UTC)
    assert "relevé bancaire : nous l'examinerons." in mail.body
    assert "• Pièce d'identité" in mail.body
    assert "&" not in mail.body and "alert" not in mail.body and "color" not in mail.body


def test_attachments_link_to_the_evidence_that_holds_them(folder, claim, tmp_path):
    result = folder.evidence.import_file(claim.id, html_only_mail(tmp_path / "r.eml"))
    email_item, png_item = result.evidence[0], result.evidence[1]
    (attachment,) = read_mail(folder, email_item).attachments
    assert attachment.name == "erreur.png"
    assert attachment.evidence is not None and attachment.evidence.id == png_item.id


def test_an_inbox_email_names_its_attachments_until_it_is_filed(folder, claim, tmp_path):
    result = folder.evidence.import_file(None, html_only_mail(tmp_path / "r.eml"))
    item = result.evidence[0]
    (waiting,) = read_mail(folder, item).attachments
    assert (waiting.name, waiting.evidence) == ("erreur.png", None)
    file_evidence(folder, [item.id], claim.id)
    (filed,) = read_mail(folder, folder.evidence.get(item.id)).attachments
    assert filed.evidence is not None and filed.evidence.claim_id == claim.id


def test_an_email_without_a_date_has_none(folder, claim, tmp_path):
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@example.org", "no date"
    msg.set_content("hello")
    path = tmp_path / "nodate.eml"
    path.write_bytes(msg.as_bytes())
    mail = read_mail(folder, folder.evidence.import_file(claim.id, path).evidence[0])
    assert mail.date is None and mail.body == "hello" and mail.attachments == []


def test_an_attachment_the_claim_already_had_links_to_that_item(folder, claim, tmp_path):
    from tests.factories import write_eml

    png = _png(tmp_path / "mine.png")
    screenshot = folder.evidence.import_file(claim.id, png).evidence[0]
    result = folder.evidence.import_file(
        claim.id, write_eml(tmp_path / "reply.eml", attachment=png.read_bytes()))
    (attachment,) = read_mail(folder, result.evidence[0]).attachments
    assert attachment.name == "capture-écran.png"  # the name in the e-mail
    assert attachment.evidence.id == screenshot.id  # the same bytes, kept once


def _png(path):
    png = io.BytesIO()
    Image.new("RGB", (20, 10), (10, 200, 30)).save(png, "PNG")
    path.write_bytes(png.getvalue())
    return path


def test_an_outlook_msg_reads_like_an_eml_with_its_attachment_linked(folder, claim, tmp_path):
    from tests.factories import write_msg

    png = _png(tmp_path / "capture.png").read_bytes()
    src = write_msg(tmp_path / "réponse.msg", attachments=[("capture.png", png)],
                    sender="support@etoile.example", to="joueur@example.org")
    mail_ev, picture = folder.evidence.import_file(claim.id, src).evidence
    mail = read_mail(folder, mail_ev)
    assert mail.sender == "support@etoile.example" and "joueur@example.org" in mail.to
    assert mail.subject == "Ticket #884211 – votre réclamation"
    assert mail.date == datetime(2026, 11, 21, 9, 2, tzinfo=UTC)
    assert "Votre bonus de 100 € est en cours de vérification." in mail.body
    (attachment,) = mail.attachments
    assert attachment.name == "capture.png" and attachment.evidence.id == picture.id
