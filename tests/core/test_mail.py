"""E-mails are read the way a mail client reads them (issue 18), and bounded (issue 10)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from bonusdesk.core.mail import read_eml
from bonusdesk.core.mail_text import decode_bytes, decode_header, html_to_text
from bonusdesk.core.model import EvidenceKind
from tests.factories import pdf_bytes_simple, png_bytes, write_msg


def _mail(subject="Votre réclamation", body="Bonjour,\nVoici la réponse.\n", date=True):
    msg = EmailMessage()
    msg["From"] = "Support Étoile <support@etoile.example>"
    msg["To"] = "joueur@example.org"
    if date:
        msg["Date"] = "Sat, 21 Nov 2026 10:02:00 +0100"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def _import(folder, claim, tmp_path: Path, data: bytes, name="mail.eml"):
    path = tmp_path / name
    path.write_bytes(data)
    return folder.evidence.import_file(claim.id, path)


# -- forwarded messages and nested parts ---------------------------------------------------
def test_forwarded_message_becomes_its_own_email_evidence(folder, claim, tmp_path):
    inner = _mail("Ticket #884211 – bonus refusé", "Votre bonus a été refusé.\n")
    inner.add_attachment(png_bytes(color=(4, 5, 6)), maintype="image", subtype="png",
                         filename="preuve.png")
    outer = _mail("Fwd: bonus", "Je vous transfère la réponse du casino.\n")
    outer.add_attachment(inner)  # message/rfc822
    result = _import(folder, claim, tmp_path, bytes(outer))
    assert result.warnings == []
    top, forwarded, picture = result.evidence
    assert forwarded.kind == EvidenceKind.EMAIL and forwarded.mime == "message/rfc822"
    assert forwarded.source == "email_forwarded"
    assert forwarded.metadata["email_sha256"] == top.sha256
    assert forwarded.metadata["subject"] == "Ticket #884211 – bonus refusé"
    assert picture.metadata["email_sha256"] == forwarded.sha256  # its own attachment
    assert picture.original_name == "preuve.png" and picture.kind == EvidenceKind.SCREENSHOT
    assert result.contact.evidence_ids == [top.id, forwarded.id, picture.id]
    assert "Votre bonus a été refusé." in result.contact.summary


def test_mail_that_is_only_a_forwarded_message_shows_its_text(folder, claim, tmp_path):
    inner = _mail("Retrait bloqué", "Nous avons suspendu votre retrait de 250 €.\n")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "a@example.org", "b@example.org", "Fwd"
    outer.set_content(inner)  # the whole body is the forwarded message
    result = _import(folder, claim, tmp_path, bytes(outer))
    assert "Nous avons suspendu votre retrait de 250 €." in result.contact.summary
    assert len(result.evidence) == 2


def test_digest_messages_each_become_evidence(folder, claim, tmp_path):
    raw = (b"From: list@example.org\r\nTo: me@example.org\r\nSubject: Digest\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/digest; boundary=\"D\"\r\n\r\n"
           b"--D\r\n\r\nFrom: a@example.org\r\nSubject: first\r\n\r\nOne.\r\n"
           b"--D\r\n\r\nFrom: b@example.org\r\nSubject: second\r\n\r\nTwo.\r\n--D--\r\n")
    result = _import(folder, claim, tmp_path, raw)
    subjects = [ev.metadata.get("subject") for ev in result.evidence[1:]]
    assert subjects == ["first", "second"]


def test_nested_multipart_attachments_are_not_dropped(folder, claim, tmp_path):
    msg = _mail()
    msg.add_alternative("<p>Bonjour</p>", subtype="html")
    msg.add_attachment(pdf_bytes_simple(), maintype="application", subtype="pdf",
                       filename="releve.pdf")
    wrapper = EmailMessage()
    for h in ("From", "To", "Subject", "Date"):
        wrapper[h] = msg[h]
    wrapper.make_mixed()
    wrapper.attach(msg)
    del msg["From"]
    result = _import(folder, claim, tmp_path, bytes(wrapper))
    assert not any("empty content" in w for w in result.warnings), result.warnings
    assert [ev.original_name for ev in result.evidence[1:]] == ["releve.pdf"]


def test_unnamed_attachment_gets_a_name_from_its_type(folder, claim, tmp_path):
    msg = _mail()
    msg.add_attachment(pdf_bytes_simple(), maintype="application", subtype="pdf")
    result = _import(folder, claim, tmp_path, bytes(msg))
    assert result.evidence[1].original_name == "attachment-2.pdf"


def test_mail_without_date_keeps_date_unknown(folder, claim, tmp_path):
    result = _import(folder, claim, tmp_path, bytes(_mail(date=False)))
    contact = result.contact
    assert contact.at_unknown is True
    assert contact.at == result.evidence[0].captured_at  # only for ordering
    assert folder.contacts.get(contact.id).at_unknown is True


# -- charsets and headers --------------------------------------------------------------
@pytest.mark.parametrize("label,data,expected", [
    ("iso-8859-1", b"100 \x80 cr\xe9dit\xe9s", "100 € crédités"),
    ("us-ascii", b"l\x92offre", "l’offre"),
    ("x-unknown-charset", "réclamation €".encode(), "réclamation €"),
    ("x-unknown-charset", b"r\xe9clamation", "réclamation"),
    ("utf-8", b"mal \xe9tiquet\xe9", "mal étiqueté"),
    ("gb2312", "你好".encode("gb18030"), "你好"),
    (None, "Привет".encode(), "Привет"),
])
def test_charsets_decode_as_mail_clients_do(label, data, expected):
    assert decode_bytes(data, label) == expected


def test_undefined_windows_1252_bytes_are_not_dropped():
    assert decode_bytes(b"a\x81b", "iso-8859-1") == "a\x81b"


@pytest.mark.parametrize("raw,expected", [
    ("=?koi8-r?b?8NLJ18XU?=", "Привет"),
    ("=?gb2312?b?xOO6ww==?=", "你好"),
    ("=?iso-8859-7?q?=C3=E5=E9=DC?=", "Γειά"),
    ("=?iso-8859-1?q?Cr=E9dit_=80?=", "Crédit €"),
    ("=?x-unknown?q?r=C3=A9ponse?=", "réponse"),
    ("Re: =?utf-8?q?R=C3=A9clamation?=\r\n =?utf-8?q?_n=C2=B0_12?=", "Re: Réclamation n° 12"),
])
def test_encoded_subjects_in_any_charset(raw, expected):
    assert decode_header(raw) == expected


def test_raw_latin1_in_a_header_is_decoded(folder, claim, tmp_path):
    raw = (b"From: casino@example.org\r\nSubject: Relev\xe9 de compte\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nMontant : 100 \x80\r\n")
    result = _import(folder, claim, tmp_path, raw)
    assert result.evidence[0].metadata["subject"] == "Relevé de compte"
    assert "Montant : 100 €" in result.contact.summary


# -- HTML ----------------------------------------------------------------------------
def test_html_entities_are_decoded_and_links_kept():
    text = html_to_text(
        "<html><head><style>p{}</style></head><body><p>Bonjour&nbsp;Camille,</p>"
        "<p>Votre bonus de 100&nbsp;&euro; a &eacute;t&eacute; refus&eacute;.</p>"
        "<ul><li>Point un</li><li>Point deux</li></ul>"
        "<p>Voir <a href='https://casino.example/terms'>les conditions</a>.</p>"
        "<blockquote><p>Ancien message</p></blockquote></body></html>")
    assert "Bonjour Camille," in text
    assert "Votre bonus de 100 € a été refusé." in text
    assert "• Point un\n• Point deux" in text
    assert "les conditions <https://casino.example/terms>" in text
    assert "> Ancien message" in text
    assert "&" not in text and "{" not in text


def test_html_part_is_preferred_when_the_text_part_is_a_stub(tmp_path):
    msg = _mail(body="Ouvrez ce message en HTML.\n")
    msg.add_alternative("<p>Votre retrait de 250&nbsp;&euro; est <b>bloqu&eacute;</b> "
                        "jusqu'&agrave; la v&eacute;rification de vos documents d'identit&eacute;"
                        " et de votre justificatif de domicile. Merci de les envoyer depuis "
                        "votre espace client.</p>", subtype="html")
    mail = read_eml(bytes(msg))
    assert mail.body_kind == "html"
    assert "Votre retrait de 250 € est bloqué" in mail.body


def test_html_only_mail_body_reaches_the_contact_without_entities(folder, claim, tmp_path):
    msg = _mail()
    msg.set_content("<p>R&eacute;ponse&nbsp;: bonus cr&eacute;dit&eacute; &ndash; 50&euro;</p>",
                    subtype="html")
    result = _import(folder, claim, tmp_path, bytes(msg))
    assert "Réponse : bonus crédité – 50€" in result.contact.summary
    assert "&" not in result.contact.summary


# -- bounded parsing -------------------------------------------------------------------
def _nested(depth: int) -> bytes:
    head = b"From: a@example.org\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"
    parts = [head]
    for i in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode())
    parts.append(b"Content-Type: text/plain\r\n\r\nAu fond.\r\n")
    for i in reversed(range(depth)):
        parts.append(f"--b{i}--\r\n".encode())
    return b"".join(parts)


def test_thousands_of_nested_parts_import_what_they_can_and_say_what_was_skipped(
        folder, claim, tmp_path):
    result = _import(folder, claim, tmp_path, _nested(5000))
    assert result.ok and result.contact is not None
    assert any("nested deeper than" in w for w in result.warnings)


def test_thousands_of_sibling_parts_are_bounded(folder, claim, tmp_path):
    parts = [b"From: a@example.org\r\nSubject: many\r\nMIME-Version: 1.0\r\n"
             b'Content-Type: multipart/mixed; boundary="S"\r\n\r\n']
    for i in range(3000):
        parts.append(f"--S\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; "
                     f"filename=n{i}.txt\r\n\r\nnote {i}\r\n".encode())
    parts.append(b"--S--\r\n")
    result = _import(folder, claim, tmp_path, b"".join(parts))
    assert any("only the first" in w for w in result.warnings)
    assert 1 < len(result.evidence) <= 1001


def test_a_batch_goes_on_after_a_pathological_mail(folder, claim, tmp_path):
    deep = tmp_path / "deep.eml"
    deep.write_bytes(_nested(20000))
    plain = tmp_path / "plain.eml"
    plain.write_bytes(bytes(_mail()))
    results = folder.evidence.import_files(claim.id, [deep, plain])
    assert [r.ok for r in results] == [True, True]


# -- Outlook .msg ------------------------------------------------------------------
def test_outlook_msg_is_imported_like_an_eml_keeping_the_original(folder, claim, tmp_path):
    src = write_msg(tmp_path / "réponse.msg", attachments=[("capture.png", png_bytes())],
                    html="<p>Bonjour&nbsp;! Votre bonus de 100&nbsp;&euro;</p>")
    result = folder.evidence.import_file(claim.id, src)
    mail_ev, picture = result.evidence
    assert mail_ev.kind == EvidenceKind.EMAIL and mail_ev.mime == "application/vnd.ms-outlook"
    assert folder.abspath(mail_ev.path).read_bytes() == src.read_bytes()
    assert mail_ev.path.endswith(".msg")
    assert mail_ev.metadata["subject"] == "Ticket #884211 – votre réclamation"
    assert picture.original_name == "capture.png" and picture.mime == "image/png"
    contact = result.contact
    assert contact.reference == "884211" and contact.reference_origin == "detected"
    assert contact.at.isoformat() == "2026-11-21T09:02:00+00:00"
    assert "Votre bonus de 100 € est en cours de vérification." in contact.summary


def test_a_damaged_msg_is_refused_with_a_reason(folder, claim, tmp_path):
    src = write_msg(tmp_path / "x.msg")
    src.write_bytes(src.read_bytes()[:1500])
    from bonusdesk.core.errors import EvidenceRejected

    with pytest.raises(EvidenceRejected, match="Outlook"):
        folder.evidence.import_file(claim.id, src)
    assert folder.evidence.list(claim.id) == []


def test_memory_while_importing_a_large_mail_stays_bounded(tmp_path):
    """A 40 MB e-mail (one base64 attachment) must not need memory in proportion to it.

    Measured in a child process (ru_maxrss is per process); the old parser needed about
    5.5 MB per MB of e-mail. bench/mail_import.py prints the figures for 141 MB.
    """
    import json
    import subprocess
    import sys

    from bench.mail_import import CHILD, write_mail
    from tests.conftest import REPO_ROOT, subprocess_env

    mail = tmp_path / "big.eml"
    write_mail(mail, 40)
    work = tmp_path / "w"
    work.mkdir()
    out = subprocess.run([sys.executable, "-c", CHILD, str(mail), str(work)], cwd=REPO_ROOT,
                         capture_output=True, text=True, check=True, env=subprocess_env())
    r = json.loads(out.stdout.strip().splitlines()[-1])
    grew_mb = (r["rss_kb"] - r["base_kb"]) / 1024
    assert r["items"] == 2
    assert grew_mb < 40, f"import grew memory by {grew_mb:.0f} MB for a 40 MB e-mail"


def test_undated_mail_says_date_unknown_in_the_pdf(folder, claim, tmp_path):
    from bonusdesk.export import ExportOptions, export_claim
    from tests.export.helpers import pdftotext

    _import(folder, claim, tmp_path, bytes(_mail(date=False)))
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="en"))
    text = pdftotext(out)
    assert "date unknown (imported" in text
    assert "unknown (the e-mail has no date)" in text


def test_outlook_msg_attached_to_an_eml_is_read_too(folder, claim, tmp_path):
    inner = write_msg(tmp_path / "inner.msg", attachments=[("preuve.png", png_bytes())])
    msg = _mail("Fwd: réponse du casino")
    msg.add_attachment(inner.read_bytes(), maintype="application", subtype="vnd.ms-outlook",
                       filename="reponse.msg")
    result = _import(folder, claim, tmp_path, bytes(msg))
    names = [(ev.original_name, ev.kind) for ev in result.evidence]
    assert ("reponse.msg", EvidenceKind.EMAIL) in names
    assert ("preuve.png", EvidenceKind.SCREENSHOT) in names
