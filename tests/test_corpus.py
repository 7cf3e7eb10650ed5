"""The real-world corpus (tests/corpus, see SOURCES.md): every file imports without a
traceback, every claim exports, and known cases read right."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bonusdesk.core.errors import EvidenceRejected
from bonusdesk.export import ExportOptions, export_claim
from tests.export.helpers import pdftotext, qpdf_check

CORPUS = Path(__file__).parent / "corpus"
MAILS = sorted((CORPUS / "mail").glob("msg_*.txt"))
PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))
# MIME fragments without From, To, Subject or Date: refused as "not an email".
NOT_MAIL = {"msg_18", "msg_19", "msg_37", "msg_38", "msg_39", "msg_40"}


def _as_eml(src: Path, tmp_path: Path) -> Path:
    """The files are named .txt by their source; a player's would be .eml."""
    dest = tmp_path / f"{src.stem}.eml"
    shutil.copyfile(src, dest)
    return dest


@pytest.fixture
def imported_mails(folder, claim, tmp_path):
    results = {}
    for src in MAILS:
        try:
            results[src.stem] = folder.evidence.import_file(claim.id, _as_eml(src, tmp_path))
        except EvidenceRejected as exc:
            results[src.stem] = exc
    return results


def test_every_corpus_mail_imports_and_the_claim_exports(folder, claim, tmp_path,
                                                         imported_mails):
    refused = {name for name, r in imported_mails.items() if isinstance(r, EvidenceRejected)}
    assert refused == NOT_MAIL
    assert all("not an email" in str(imported_mails[n]) for n in NOT_MAIL)
    for name, result in imported_mails.items():
        if name not in NOT_MAIL:
            assert result.contact is not None, name
            assert not any("empty content" in w for w in result.warnings), (name, result)
    out = tmp_path / "mails.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(lang="fr", max_mb=None))
    assert result.not_drawn == []
    assert qpdf_check(out).returncode == 0


def test_corpus_mails_read_right(folder, claim, imported_mails):
    summary = {name: r.contact.summary for name, r in imported_mails.items()
               if not isinstance(r, EvidenceRejected)}
    # Quoted-printable and base64 parts decoded, iso-8859-1 as Windows-1252.
    assert "¡This is a Quoted Printable encoded message!" in summary["msg_10"]
    assert "This is a Base64 encoded message." in summary["msg_10"]
    # A digest: each of its 5 messages is evidence of its own, linked to the digest.
    digest = imported_mails["msg_02"].evidence
    assert [ev.metadata["subject"] for ev in digest[1:6]] == [
        "[Ppp] testing #1", "", "[Ppp] testing #3", "[Ppp] testing #4", "[Ppp] testing #5"]
    assert all(ev.metadata["email_sha256"] == digest[0].sha256 for ev in digest[1:6])
    # A mail whose whole content is a forwarded message shows that message's text.
    assert "forwarded message from Barry A. Warsaw" in summary["msg_06"]
    assert "---------- ↪ ----------\ntesting\n" in summary["msg_06"]
    # No invented reference from "Delivery Notification" (it used to be "tification").
    assert imported_mails["msg_16"].contact.reference == ""
    # RFC 2231 boundary, a body without a blank line, a multipart without its boundary.
    assert "part 1" in summary["msg_33"] and "part 2" in summary["msg_33"]
    assert "no separating newline here" in summary["msg_35"]
    assert "This is the dingus fish." in summary["msg_17"]
    # No Date header: date unknown, not the import time.
    assert imported_mails["msg_21"].contact.at_unknown is True
    assert imported_mails["msg_01"].contact.at_unknown is False


@pytest.mark.parametrize("src", PDFS, ids=[p.name for p in PDFS])
def test_every_corpus_pdf_imports_and_exports(folder, claim, tmp_path, src):
    ev = folder.evidence.import_file(claim.id, src).evidence[0]
    assert ev.mime == "application/pdf"
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions())
    assert result.pages > 0 and result.not_drawn == []
    attached = next(iter(__import__("pypdf").PdfReader(out).attachments.values()))
    assert attached == [src.read_bytes()]


def test_corpus_password_pdfs(folder, claim, tmp_path):
    from bonusdesk.core.pdf_unlock import unlock_pdf

    pdf = CORPUS / "pdf"
    owner_only = folder.evidence.import_file(claim.id, pdf / "r4-owner-password.pdf").evidence[0]
    assert owner_only.pages and not owner_only.metadata.get("encrypted")
    # qpdf gave it an empty owner password: it opens without asking, like owner_only.
    empty_owner = folder.evidence.import_file(claim.id, pdf / "r5-user-password.pdf").evidence[0]
    assert empty_owner.pages == 1
    office = folder.evidence.import_file(
        claim.id, pdf / "libreoffice-writer-password.pdf").evidence[0]
    assert office.metadata.get("encrypted") is True and office.pages is None
    copy = unlock_pdf(folder, office.id, "openpassword")
    assert copy.pages == 1
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions())
    assert result.not_drawn == []
    text = pdftotext(out)
    assert "Protected by a password" in text


def test_corpus_pdf_text_survives_the_merge(folder, claim, tmp_path):
    folder.evidence.import_file(claim.id, CORPUS / "pdf" / "crazyones.pdf")
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    assert "The Crazy Ones" in pdftotext(out)
