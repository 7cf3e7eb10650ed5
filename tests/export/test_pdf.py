"""The PDF package read back as a support agent's tools see it."""

from __future__ import annotations

import re

from pypdf import PdfReader

from bonusdesk.export import DeadlineRow, ExportOptions, export_claim

from .helpers import pdftotext, qpdf_check


def _export(folder, claim, tmp_path, **kw):
    out = tmp_path / "package.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(**kw))
    return out, result


def test_package_passes_qpdf_check(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out, _ = _export(folder, claim, tmp_path)
    check = qpdf_check(out)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout


def test_text_has_title_error_code_and_every_sha256(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    out, _ = _export(folder, claim, tmp_path, lang="fr")
    text = pdftotext(out)
    assert "Bonus de bienvenue non crédité" in text
    assert "BNS-402" in text
    assert "Bonus could not be credited (BNS-402)" in text
    for ev in evidence:
        assert ev.sha256 in text, ev.original_name


def test_unicode_names_and_symbols_survive(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out, _ = _export(folder, claim, tmp_path, lang="fr")
    text = pdftotext(out)
    for needle in ("capture_écran_Ελληνικά.png", "ошибка бонуса.png", "Дмитрий",
                   "Ελένη Παπαδοπούλου", "100 €", "« bonus non crédité »", "Réclamation",
                   "heure de Paris (UTC+1)"):
        assert needle in text, needle


def test_page_numbers_and_index_pages_are_right(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    out, result = _export(folder, claim, tmp_path)
    reader = PdfReader(out)
    total = len(reader.pages)
    assert result.pages == total
    for n in range(1, total + 1):
        assert f"{n} / {total}" in pdftotext(out, n, n)
    index = next(t for t in (pdftotext(out, n, n) for n in range(1, total + 1))
                 if "Evidence index" in t)
    for number in range(1, len(evidence) + 1):
        row = re.search(rf"^\s*{number}\s+.*?\s(\d+)\s*$", index, re.M)
        assert row, f"no index row for #{number}"
        page = int(row.group(1))
        assert f"#{number} – " in pdftotext(out, page, page), (number, page)


def test_the_package_is_laid_out_once_with_its_page_numbers(folder, rich_claim, tmp_path,
                                                           monkeypatch):
    from bonusdesk.export import layout

    builds = []
    real_build = layout.PackageDoc.build

    def counting(self, *args, **kwargs):
        builds.append(self.filename)
        return real_build(self, *args, **kwargs)

    monkeypatch.setattr(layout.PackageDoc, "build", counting)
    claim, _ = rich_claim
    out, result = _export(folder, claim, tmp_path)
    assert len(builds) == 1  # no measuring pass before the drawing pass
    last = result.pages
    assert f"{last} / {last}" in pdftotext(out, last, last)


def test_summary_first_page_has_what_an_agent_needs(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    due = claim.incident_at.replace(hour=21)
    out, _ = _export(folder, claim, tmp_path, deadlines=[
        DeadlineRow("Report within 24 h", due, "met")])
    first = pdftotext(out, 1, 1)
    for needle in ("Casino Étoile", "PLAYER-4411", "Welcome 100%", "WELCOME100", "TX-99812",
                   "20 November 2026 at 21:15, Paris time (UTC+1)", "bonus not credited",
                   "BNS-402",
                   "reported", "CHAT-55123", "884211", "Report within 24 h", "done in time"):
        assert needle in first, needle


def test_complaint_text_in_english_and_french(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    (tmp_path / "en").mkdir()
    en, _ = _export(folder, claim, tmp_path / "en", lang="en")
    text_en = pdftotext(en)
    assert "What I did: Deposited 100 € with promo code WELCOME100" in text_en
    assert "on 20 November 2026 at 21:15, Paris time (UTC+1)" in text_en
    assert "Dear Sir or Madam," in text_en
    fr, _ = _export(folder, claim, tmp_path, lang="fr")
    text_fr = pdftotext(fr)
    # pdftotext prints the no-break spaces as plain ones
    assert "Ce que j'ai fait : Deposited 100 €" in text_fr
    assert "le 20 novembre 2026 à 21 h 15, heure de Paris (UTC+1)" in text_fr
    assert "Madame, Monsieur," in text_fr


def test_pdf_evidence_is_merged_and_email_rendered(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out, _ = _export(folder, claim, tmp_path)
    text = pdftotext(out)
    assert "Bonus terms and conditions - page 1" in text
    assert "Bonus terms and conditions - page 2" in text
    assert "Nous avons bien reçu votre demande" in text  # the email body
    assert "Ticket #884211 – votre réclamation" in text  # its decoded subject


def test_outline_and_metadata(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out, _ = _export(folder, claim, tmp_path, author="Zoé Martin")
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta.title == "Bonus de bienvenue non crédité"
    assert meta.author == "Zoé Martin"
    assert meta.creation_date is not None
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:3] == ["Summary", "Complaint letter", "Eligibility checklist"]
    assert "Evidence index" in titles and "How to verify this package" in titles
    children = next(o for o in reader.outline if isinstance(o, list))
    assert len(children) == 5 and children[0].title.startswith("#1 – screenshot")


def test_only_chosen_evidence_is_exported(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    out, result = _export(folder, claim, tmp_path, evidence_ids=[evidence[2].id])
    assert result.evidence_ids == [evidence[2].id]
    text = pdftotext(out)
    assert evidence[2].sha256 in text
    assert evidence[0].sha256 not in text
    assert len(PdfReader(out).attachments) == 1


def test_export_is_logged_with_the_pdf_sha256(folder, rich_claim, tmp_path):
    from bonusdesk.core.events import list_events, verify_chain
    from bonusdesk.core.evidence import sha256_file

    claim, _ = rich_claim
    out, result = _export(folder, claim, tmp_path)
    last = list_events(folder.db, claim.id)[-1]
    assert last.action == "export"
    assert last.data["sha256"] == result.sha256 == sha256_file(out)
    assert verify_chain(folder.db) == []


def test_wide_screenshots_get_landscape_pages_and_the_rest_portrait(folder, rich_claim,
                                                                    tmp_path):
    claim, evidence = rich_claim
    out, _ = _export(folder, claim, tmp_path)
    reader = PdfReader(out)
    index = next(n for n, p in enumerate(reader.pages, 1) if "Evidence index" in
                 p.extract_text())
    shapes = {}
    for n, page in enumerate(reader.pages, 1):
        box = page.mediabox
        match = re.search(r"#(\d) – ", page.extract_text())
        if n > index and match:
            shapes.setdefault(int(match.group(1)), box.width > box.height)
    # 960×540 PNG: landscape; 700×900 PNG: portrait; 800×600 JPEG: landscape;
    # the A4 PDF and the email: portrait. The appendix after them is portrait again.
    assert shapes == {1: True, 2: False, 3: True, 4: False, 5: False}
    last = reader.pages[-1].mediabox
    assert last.width < last.height


def test_summary_lists_the_claims_own_deadlines_and_their_state(folder, claim, tmp_path):
    from datetime import UTC, datetime

    # Reported 3 h after the incident, inside the platform's 24 h window.
    folder.claims.set_status(claim.id, "reported",
                             at=datetime(2026, 11, 20, 23, 15, tzinfo=UTC))
    out_en, _ = _export(folder, claim, tmp_path, lang="en")
    page1 = pdftotext(out_en, first=1, last=1)
    assert "Report the problem to support" in page1  # the cell wraps after this
    # due 24 h after 21:15 Paris time, done when the "reported" status was recorded
    assert re.search(r"21/11/2026 21:15\s+done on 21/11/2026", page1)
    out_fr = tmp_path / "fr.pdf"
    export_claim(folder, claim.id, out_fr, ExportOptions(lang="fr"))
    page1_fr = pdftotext(out_fr, first=1, last=1)
    assert re.search(r"Signaler le problème au support \(dans les .*fait le 21/11/2026",
                     page1_fr)
    assert re.search(r"dans les 24\s+h\b", page1_fr)  # the window, from the deadline's data
