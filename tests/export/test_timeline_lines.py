"""The chronology's lines are drawn as plain text where a Paragraph would draw the same
(a claim with 300 screenshots has 300 "captured" lines): the same pages as with a
Paragraph in every cell, whatever the captions and notes hold."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime, timedelta

import pypdfium2
import pytest
from reportlab.platypus import SimpleDocTemplate

from bonusdesk.export import ExportOptions, letter_pages, prepare_export
from bonusdesk.export.layout import register_fonts

from .conftest import png_bytes

PIECES = ["Erreur BNS-402", "bonus non crédité", "dépôt de 100 €", "« retrait »", "订单",
          "خطأ", "Кириллица", "a  b", " lead", "trail ", "ligne\nsuivante", "x" * 90,
          "mot " * 40, "R&D <b>", "1\u202f000 €"]


def _pages(story: list) -> list[bytes]:
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(story)
    doc = pypdfium2.PdfDocument(buf.getvalue())
    return [page.render(scale=2).to_pil().convert("L").tobytes() for page in doc]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("seed", range(3))
def test_plain_timeline_lines_draw_the_same_pages_as_paragraphs(folder, claim, tmp_path,
                                                                 monkeypatch, lang, seed):
    register_fonts()
    rng = random.Random(seed)
    at = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    for i in range(12):
        caption = " ".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 4)))
        folder.evidence.add_bytes(claim.id, png_bytes(label=f"E{i}"), f"e{i}.png",
                                  caption=caption)
        if rng.random() < 0.5:
            at += timedelta(minutes=7)
            folder.claims.set_status(claim.id, rng.choice(["reported", "escalated"]),
                                     note=rng.choice(PIECES), at=at)
    data = prepare_export(folder, claim.id, tmp_path / "p.pdf", ExportOptions(lang=lang)).data
    plain = _pages(letter_pages.timeline_section(data))
    monkeypatch.setattr(letter_pages, "PlainText",
                        lambda value, style, font, paragraph: paragraph())
    assert plain == _pages(letter_pages.timeline_section(data))
