"""The French package as a French reader gets it: no English, readable screenshots,
one zone in the chronology, state words that fit each clock, language and title set."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from bonusdesk.core import localefmt as lf
from bonusdesk.core import vocabulary
from bonusdesk.core.capture import EncodedCapture, store_encoded
from bonusdesk.core.deadlines import STATE_LABELS, claim_deadlines
from bonusdesk.core.model import Channel, Contact, Direction, Recurrence
from bonusdesk.core.report_text.wording import WORDS
from bonusdesk.export import DeadlineRow, ExportOptions, export_claim
from bonusdesk.export.labels import APPENDIX, LABELS
from tests.factories import png_bytes

from .helpers import pdftotext

AT = datetime(2026, 11, 20, 20, 16, tzinfo=UTC)


def _capture(folder, claim_id, size, mode):
    meta = {"captured_at_utc": "2026-11-20T20:16:00+00:00", "zone": "Europe/Paris",
            "utc_offset": "+01:00", "local_time": "2026-11-20T21:16:00+01:00", "mode": mode,
            "area": {"x": 0, "y": 0, "width": size[0], "height": size[1]},
            "monitors": [{"x": 0, "y": 0, "width": 1600, "height": 900}],
            "os": "Linux-6.1-x86_64", "session": "x11", "app": "BonusDesk 0.1.0",
            "grabber": "mss 10.0.0", "encoder": "isal 1.9.1 level 2"}
    return store_encoded(folder, claim_id, EncodedCapture(
        png_bytes(size), size[0], size[1], AT, "Europe/Paris", meta,
        "screenshot-20261120-211600.png"))


@pytest.fixture
def french_claim(folder, claim):
    """Everything the player typed is French: any English left in the PDF is ours."""
    folder.claims.update_platform(claim.platform_id, regulator="ANJ")
    folder.claims.update(claim.id, bonus_name="Bienvenue 100 %", promo_code="BIENVENUE100",
                         error_text="Le bonus n'a pas pu être crédité",
                         did="J'ai déposé 100 € avec le code BIENVENUE100",
                         expected="Un bonus de 100 € sur mon compte",
                         happened="Le dépôt est passé mais la page affiche BNS-402",
                         recurrence=Recurrence.EVERY_TIME, connection_stable="oui")
    full = _capture(folder, claim.id, (1600, 900), "all")
    crop = _capture(folder, claim.id, (300, 120), "region")
    folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(2026, 11, 20, 20, 40,
                                                                  tzinfo=UTC), "Etc/UTC",
                                direction=Direction.SENT, reference="CHAT-55123",
                                agent="Julie", summary="Conseillère jointe par chat",
                                evidence_ids=[full.id]))
    folder.claims.set_status(claim.id, "reported", at=datetime(2026, 11, 20, 20, 45,
                                                               tzinfo=UTC))
    folder.claims.set_status(claim.id, "resolved_rejected", at=datetime(2026, 11, 24, 9, 0,
                                                                        tzinfo=UTC))
    return claim, full, crop


def _words(texts) -> set[str]:
    return {w.lower() for text in texts for w in re.findall(r"[A-Za-zÀ-ÿ]{4,}", text)}


def _vocabulary_forms(lang: str) -> list[str]:
    """Every word the shared vocabulary (core/vocabulary.py) has in ``lang``."""
    return [form for concept in vocabulary.CONCEPTS.values()
            for term in concept.terms.values() for form in term.forms(lang)]


def _english_vocabulary(folder, claim) -> set[str]:
    """Words only our English tables use: the ones a French package must never show."""
    english = list(LABELS["en"].values()) + list(WORDS["en"].values()) + APPENDIX["en"] \
        + _vocabulary_forms("en") + list(STATE_LABELS.values()) \
        + [d.label for d in claim_deadlines(folder, claim.id)] \
        + ["Screenshot", "Attachment", "encoder", "grabber", "session", "monitors"]
    french = list(LABELS["fr"].values()) + list(WORDS["fr"].values()) + APPENDIX["fr"] \
        + _vocabulary_forms("fr")
    # Words both languages write the same way, or names (commands, products).
    shared = {"bonus", "code", "page", "date", "note", "type", "transaction", "chat",
              "mail", "linux", "windows", "macos", "powershell", "bonusdesk", "sums",
              "anj", "ecogra", "promo", "session", "casino"}
    return _words(english) - _words(french) - shared


def test_french_package_has_no_english_left(folder, french_claim, tmp_path):
    claim, *_ = french_claim
    out = tmp_path / "dossier.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    text = pdftotext(out)
    # File names and fingerprints are data, shown verbatim on purpose.
    text = re.sub(r"\S+\.(png|pdf|eml|zip|json)\b|\b[0-9a-f]{12,64}\b", " ", text)
    english = _english_vocabulary(folder, claim)
    assert len(english) > 100  # the scan really has a vocabulary to look for
    leaked = sorted(w for w in _words([text]) if w in english)
    assert leaked == []


def test_screenshot_pages_give_the_image_the_page_without_upscaling(folder, french_claim,
                                                                     tmp_path):
    claim, full, crop = french_claim
    out = tmp_path / "dossier.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    reader = PdfReader(out)
    drawn = {}
    for index, page in enumerate(reader.pages):
        content = page.get_contents().get_data().decode("latin-1")
        for w, h in re.findall(r"([\d.]+) 0(?:\.0+)? 0(?:\.0+)? ([\d.]+) [\d.-]+ [\d.-]+ cm"
                               r"\s*/(?:BDImg|FormXob\.bdImg)\d+ Do", content):
            drawn[index] = (float(w), float(h), page.mediabox.width > page.mediabox.height)
    (full_w, full_h, full_wide), (crop_w, crop_h, _) = drawn.values()
    assert full_wide  # a landscape capture gets a landscape page
    assert full_w > 600 and full_w <= 1600 * 0.75  # scaled down to the page, not below it
    assert (crop_w, crop_h) == (300 * 0.75, 120 * 0.75)  # the crop at native size
    page_text = pdftotext(out, list(drawn)[0] + 1, list(drawn)[0] + 1)
    assert "capture d'écran · 20/11/2026 21:16 (heure de Paris) · 1 600 × 900 px" in page_text
    assert full.sha256 in page_text
    for key in ("encoder", "grabber", "isal", "x11"):
        assert key not in page_text  # technical details are in the appendix
    appendix = pdftotext(out, len(reader.pages) - 1, len(reader.pages))
    assert "Détails techniques des captures" in appendix
    assert "Encodeur PNG" in appendix and "isal 1.9.1 level 2" in appendix
    assert "Étendue de la capture" in appendix and "une région" in appendix


def test_chronology_is_in_one_zone_and_says_it_once(folder, french_claim, tmp_path):
    claim, *_ = french_claim
    out = tmp_path / "dossier.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    text = pdftotext(out)
    start = text.index("Toutes les heures")
    chrono = text[start:text.index("Quand · Canal", start)]
    assert "Toutes les heures sont à l'heure de Paris (UTC+1)." in chrono
    assert "Etc/UTC" not in chrono and "Europe/Paris" not in chrono
    # the chat typed in UTC (20:40) shows at 21:40 Paris time, before the 21:45 status
    assert re.search(r"20/11/2026 21:40\s+Chat envoyé – réf\. CHAT-55123", chrono)
    rows = re.findall(r"^\s*(\d\d/\d\d/\d{4} \d\d:\d\d)", chrono, re.M)
    stamps = [datetime.strptime(r, "%d/%m/%Y %H:%M") for r in rows]
    assert stamps == sorted(stamps) and len(stamps) >= 6
    assert "réponse définitive : refus" in chrono
    assert chrono.count("brouillon") == 0  # the creation line, not a status after others


def test_deadline_rows_use_words_that_fit_each_clock(folder, french_claim, tmp_path):
    claim, *_ = french_claim
    due = datetime(2026, 12, 10, 20, 45, tzinfo=UTC)
    rows = [DeadlineRow("Médiateur", due, "upcoming", "Europe/Paris", "operator"),
            DeadlineRow("Opérateur", due, "overdue", "Europe/Paris", "operator"),
            DeadlineRow("Opérateur", due, "met", "Europe/Paris", "operator",
                        datetime(2026, 11, 24, 9, 0, tzinfo=UTC)),
            DeadlineRow("Signaler le problème", due, "met", "Europe/Paris", "you",
                        datetime(2026, 11, 20, 20, 45, tzinfo=UTC)),
            DeadlineRow("Relancer", due, "due_soon", "Europe/Paris", "you")]
    out = tmp_path / "dossier.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr", deadlines=rows))
    first = " ".join(pdftotext(out, 1, 1).split())
    for words in ("pas encore : recours possible à partir du 10/12/2026",
                  "sans réponse : recours possible depuis le 10/12/2026",
                  "réponse reçue le 24/11/2026", "fait le 20/11/2026", "échéance proche"):
        assert words in first, words
    assert "respecté" not in first and "bientôt dû" not in first


def test_pdf_declares_its_language_title_and_outline(folder, french_claim, tmp_path):
    claim, *_ = french_claim
    out = tmp_path / "dossier.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="fr"))
    reader = PdfReader(out)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lf.lang_tag("fr") == "fr-FR"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (pdf bool)
    assert reader.metadata.title == claim.title
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:3] == ["Résumé", "Lettre de réclamation", "Conditions d'éligibilité"]
    assert "Détails techniques des captures" in titles
