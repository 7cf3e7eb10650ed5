"""One item can never sink the package: long cells flow, damaged items get a page of their own."""

from __future__ import annotations

from datetime import UTC, datetime

from pypdf import PdfReader

from bonusdesk.core.model import Channel, Claim, Contact, Direction
from bonusdesk.export import ExportOptions, export_claim

from .helpers import pdftotext


def _quoted_reply(lines: int) -> str:
    return "Bonjour,\n" + "\n".join(f"> ligne {i:03d}" for i in range(lines)) + "\nFIN DU MESSAGE"


def test_contact_with_a_long_quoted_reply_flows_across_pages(folder, claim, tmp_path):
    folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.EMAIL, at=datetime(2026, 11, 21, 9, tzinfo=UTC),
        zone="Europe/Paris", direction=Direction.RECEIVED, summary=_quoted_reply(300)))
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions())
    assert result.pages == len(PdfReader(out).pages)
    text = pdftotext(out)
    assert "ligne 000" in text and "ligne 100" in text  # went on onto the next page


def test_keywords_have_no_trailing_separator(folder, platform, tmp_path):
    claim = folder.claims.create(Claim(
        title="Sans compte", platform_id=platform.id,
        incident_at=datetime(2026, 11, 20, 20, tzinfo=UTC), incident_zone="Europe/Paris",
        error_code="BNS-402"))
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    assert PdfReader(out).metadata["/Keywords"] == "BNS-402"
