"""One item can never sink the package: long cells flow, damaged items get a page of their own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from bonusdesk.core.model import Channel, Claim, Contact, Direction
from bonusdesk.export import ExportOptions, export_claim
from tests.pdf_samples import marked_pdf, write

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


# -- a damaged item gets its own page; the export goes on -------------------------------
def _accepted_without_check(folder, claim, data: bytes, name: str):
    """Store a file as an older BonusDesk did: without today's import checks."""
    from bonusdesk.core.inspect_file import FileFacts
    from bonusdesk.core.model import EvidenceKind

    return folder.evidence.add_bytes(
        claim.id, data, name, kind=EvidenceKind.DOCUMENT, source="import",
        facts=FileFacts("application/pdf", "pdf", pages=2))


def test_damaged_pdf_gets_a_page_saying_why_and_the_export_succeeds(folder, claim, tmp_path):
    from tests.pdf_samples import damaged_stream_pdf

    good = folder.evidence.import_file(
        claim.id, write(tmp_path / "ok.pdf", marked_pdf(text="Conditions"))).evidence[0]
    bad = _accepted_without_check(folder, claim, damaged_stream_pdf(), "releve-abime.pdf")
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(lang="en"))
    assert [(n, eid, name) for n, eid, name, _ in result.not_drawn] == [
        (2, bad.id, "releve-abime.pdf")]
    assert "page 2" in result.not_drawn[0][3]
    assert result.warnings and result.warnings[0].startswith("1 item could not be drawn")
    text = pdftotext(out)
    assert "This page could not be drawn" in text
    assert "GOOD PAGE ONE" in text and "Conditions page 1" in text  # the rest is drawn
    attached = PdfReader(out).attachments
    assert attached["02-document-releve-abime.pdf"] == [damaged_stream_pdf()]
    assert good.id in result.evidence_ids


def test_unreadable_pdf_item_gets_a_note_page(folder, claim, tmp_path):
    bad = _accepted_without_check(folder, claim, b"%PDF-1.4\nnothing here at all\n", "x.pdf")
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    assert [r[1] for r in result.not_drawn] == [bad.id]
    text = pdftotext(out)
    assert "n'a pas pu être affiché" in text
    assert bad.sha256 in text


@pytest.mark.parametrize("size", [(1280, 720), (100, 100)])  # read ahead / by reportlab
def test_an_image_that_cannot_be_decoded_gets_a_note_and_the_export_succeeds(
        folder, claim, tmp_path, size):
    """A PNG whose header is right but whose data is not (stored by an older BonusDesk
    that did not decode imports): reportlab fails to read it while the page is drawn."""
    from bonusdesk.core.inspect_file import FileFacts
    from bonusdesk.core.model import EvidenceKind
    from tests.factories import write_png

    good = folder.evidence.import_file(claim.id, write_png(tmp_path / "ok.png")).evidence[0]
    bad = folder.evidence.add_bytes(
        claim.id, b"\x89PNG\r\n\x1a\nnot really a PNG", "casse.png",
        kind=EvidenceKind.SCREENSHOT, source="import",
        facts=FileFacts("image/png", "png", width=size[0], height=size[1]))
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    [(n, eid, name, reason)] = result.not_drawn
    assert (eid, name) == (bad.id, "casse.png")
    # Said in French (the library's own words follow as the technical detail).
    assert reason.startswith(("le fichier est incomplet", "le format de l'image"))
    assert "\u202f; détail technique\u202f: " in reason
    text = " ".join(pdftotext(out).split())
    assert "n'a pas pu être affiché dans ce PDF (le " in text and "/evidence/" not in text
    assert good.id in result.evidence_ids
    assert PdfReader(out).attachments[f"{n:02d}-screenshot-casse.png"] == [
        b"\x89PNG\r\n\x1a\nnot really a PNG"]


def test_a_french_package_says_why_a_pdf_page_is_not_drawn_in_french(folder, claim, tmp_path):
    from tests.pdf_samples import damaged_stream_pdf

    _accepted_without_check(folder, claim, damaged_stream_pdf(), "releve.pdf")
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    assert result.not_drawn[0][3].startswith("page 2\u202f: le PDF est endommagé\u202f; "
                                             "détail technique\u202f: ")
    text = " ".join(pdftotext(out).split())
    assert "Cette page n'a pas pu être affichée dans ce PDF (page 2 : le PDF est endommagé" in text


def test_cli_export_with_a_damaged_item_exits_0_with_a_warning(cli_folder, run_cli, tmp_path):
    from bonusdesk.core.folder import ClaimFolder
    from tests.pdf_samples import damaged_stream_pdf

    with ClaimFolder.open(cli_folder) as folder:
        _accepted_without_check(folder, folder.claims.get(1), damaged_stream_pdf(), "r.pdf")
    proc = run_cli("export", "1", "--out", tmp_path / "p.pdf", folder=cli_folder, check=0)
    assert "1 item could not be drawn: #1 r.pdf (page 2" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_import_refuses_a_pdf_the_export_could_not_draw(folder, claim, tmp_path):
    from bonusdesk.core.errors import EvidenceRejected
    from tests.pdf_samples import damaged_stream_pdf

    with pytest.raises(EvidenceRejected, match="damaged or unreadable PDF .*page 2"):
        folder.evidence.import_file(claim.id, write(tmp_path / "d.pdf", damaged_stream_pdf()))
    assert folder.evidence.list(claim.id) == []


# -- boxes and rotation as viewers show them ---------------------------------------------
def _words(pdf, page):
    """{word: (xMin, yMin, page width, page height)} from pdftotext -bbox."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf),
                           "-"], capture_output=True, text=True, check=True).stdout
    w, h = (float(v) for v in re.search(r'<page width="([\d.]+)" height="([\d.]+)"',
                                        html).groups())
    return {m[2]: (float(m[0]), float(m[1]), w, h) for m in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)</word>',
        html)}


def _evidence_page(out, marker):
    for n in range(1, len(PdfReader(out).pages) + 1):
        words = _words(out, n)
        if marker in words:
            return words
    raise AssertionError(f"{marker} not found")


def test_mediabox_listed_top_first_is_merged_upright(folder, claim, tmp_path):
    from tests.pdf_samples import top_first_mediabox_pdf

    folder.evidence.import_file(claim.id, write(tmp_path / "flip.pdf", top_first_mediabox_pdf()))
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    words = _evidence_page(out, "TOPMARK1")
    x, y, w, h = words["TOPMARK1"]
    assert w < h  # a portrait page, not landscape
    assert y < words["Relevé"][1]  # the top mark is above the middle text: not upside down


def test_rotate_90_is_shown_turned_as_viewers_do(folder, claim, tmp_path):
    from tests.pdf_samples import rotated_pdf

    folder.evidence.import_file(claim.id, write(tmp_path / "rot.pdf", rotated_pdf(90)))
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    words = _evidence_page(out, "TOPMARK1")
    x, y, w, h = words["TOPMARK1"]
    assert w > h  # shown landscape, as a viewer shows a portrait page turned by 90°
    assert x > words["Relevé"][0]  # the page's top edge is now on the right


# -- password-protected PDFs -----------------------------------------------------------
def test_pdf_with_only_an_owner_password_is_an_ordinary_pdf(folder, claim, tmp_path):
    from tests.pdf_samples import password_pdf

    ev = folder.evidence.import_file(
        claim.id, write(tmp_path / "owner.pdf", password_pdf(user=""))).evidence[0]
    assert ev.pages == 2 and not ev.metadata.get("encrypted")
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    assert "Statement page 2" in pdftotext(out)


def test_pdf_needing_a_password_is_kept_and_rendered_once_unlocked(folder, claim, tmp_path):
    from bonusdesk.core.errors import BadInput
    from bonusdesk.core.pdf_unlock import unlock_pdf
    from tests.pdf_samples import password_pdf

    original = password_pdf(user="s3cret")
    ev = folder.evidence.import_file(claim.id, write(tmp_path / "bank.pdf", original)).evidence[0]
    assert ev.metadata["encrypted"] is True
    assert folder.abspath(ev.path).read_bytes() == original
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions())
    assert result.not_drawn == []
    text = pdftotext(out)
    assert "Protected by a password: attached as is" in text
    assert "Statement page 1" not in text
    assert PdfReader(out).attachments["01-document-bank.pdf"] == [original]

    with pytest.raises(BadInput, match="wrong password"):
        unlock_pdf(folder, ev.id, "nope")
    copy = unlock_pdf(folder, ev.id, "s3cret")
    assert copy.source == "decrypted" and copy.parent_sha256 == ev.sha256
    assert copy.pages == 2
    assert b"s3cret" not in folder.abspath(copy.path).read_bytes()
    rows = list(folder.db.query("select data from events"))
    assert not any("s3cret" in r["data"] for r in rows)  # never stored, not even in events
    export_claim(folder, claim.id, out, ExportOptions())
    text = pdftotext(out)
    assert "Statement page 1" in text and "item #2." in text


def test_cli_unlock_takes_the_password_from_a_file(cli_folder, run_cli, tmp_path):
    from tests.pdf_samples import password_pdf

    pdf = write(tmp_path / "bank.pdf", password_pdf(user="s3cret"))
    run_cli("evidence", "add", "1", pdf, folder=cli_folder, check=0)
    pw = tmp_path / "pw.txt"
    pw.write_text("wrong\n")
    bad = run_cli("evidence", "unlock", "1", "--password-file", pw, folder=cli_folder, check=2)
    assert "wrong password" in bad.stderr
    pw.write_text("s3cret\n")
    ok = run_cli("evidence", "unlock", "1", "--password-file", pw, folder=cli_folder, check=0)
    assert ok.stdout.strip() == "2"


def test_pypdf_chatter_does_not_reach_the_terminal(cli_folder, run_cli, tmp_path):
    from tests.pdf_samples import bad_startxref_pdf

    pdf = write(tmp_path / "odd.pdf", bad_startxref_pdf())
    proc = run_cli("evidence", "add", "1", pdf, folder=cli_folder, check=0)
    assert proc.stderr == ""
    proc = run_cli("export", "1", "--out", tmp_path / "p.pdf", folder=cli_folder, check=0)
    assert proc.stderr == ""


def test_pypdf_chatter_goes_to_the_cli_log(cli_folder, tmp_path):
    import subprocess
    import sys

    from tests.conftest import subprocess_env
    from tests.pdf_samples import bad_startxref_pdf

    logs = tmp_path / "logs"
    pdf = write(tmp_path / "odd.pdf", bad_startxref_pdf())
    proc = subprocess.run([sys.executable, "-m", "bonusdesk.cli", "--folder", str(cli_folder),
                           "evidence", "add", "1", str(pdf)], capture_output=True, text=True,
                          env=subprocess_env(BONUSDESK_LOG_DIR=str(logs)), timeout=120)
    assert proc.returncode == 0 and proc.stderr == ""
    assert "startxref" in (logs / "bonusdesk-cli.log").read_text(encoding="utf-8")
