"""Originals attached byte for byte; a password that really protects the file."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from bonusdesk.core.errors import BadInput
from bonusdesk.export import ExportOptions, export_claim

from .helpers import pdftotext, qpdf_check


def test_attachments_are_the_original_bytes(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    attached = PdfReader(out).attachments
    assert len(attached) == len(evidence)
    for n, ev in enumerate(evidence, 1):
        name = next(k for k in attached if k.startswith(f"{n:02d}-{ev.kind.value}-"))
        assert attached[name] == [folder.evidence.file_path(ev).read_bytes()]


def test_attachment_names_are_safe_ascii(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    names = sorted(PdfReader(out).attachments)
    assert names[:2] == ["01-screenshot-capture_ecran_ellinika.png",
                         "02-screenshot-oshibka_bonusa.png"]
    assert all(n.isascii() and " " not in n for n in names)


def test_no_attachments_option(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(attachments=False))
    assert PdfReader(out).attachments == {}


def test_password_protected_package_opens_only_with_the_password(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(password="s3cret-Ω"))
    reader = PdfReader(out)
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert reader.decrypt("s3cret-Ω")
    assert "BNS-402" in reader.pages[0].extract_text()
    assert reader.attachments[next(iter(sorted(reader.attachments)))] == [
        folder.evidence.file_path(evidence[0]).read_bytes()]
    assert qpdf_check(out, "wrong").returncode == 2
    ok = qpdf_check(out, "s3cret-Ω")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "AES" in ok.stdout or "R = 6" in ok.stdout or "encrypted" in ok.stdout
    assert "Bonus de bienvenue" in pdftotext(out, password="s3cret-Ω")


def test_empty_password_is_refused(folder, claim, tmp_path):
    with pytest.raises(BadInput):
        export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(password=""))
    assert not (tmp_path / "p.pdf").exists()
