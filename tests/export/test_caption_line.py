"""A screenshot page's title and caption line drawn as plain text look exactly as the
Paragraph they replace, and anything a Paragraph does differently stays a Paragraph."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from reportlab.pdfgen import canvas

from bonusdesk.export.evidence_pages import _line_parts, escape_line
from bonusdesk.export.layout import BOLD, FONT, STYLES, markup, register_fonts
from bonusdesk.export.layout import text as para
from bonusdesk.export.textline import draw_line, one_line

SHA = "d0dac3dacb840ffa6deb5d79a9609740c2321a92bca14b82f08159788e79cd88"
WIDTH = 750  # a landscape frame, in points


def _pixels(draw, height: float = 60) -> bytes:
    """Render what ``draw(canvas, top)`` draws on a small page; the page's pixels."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH + 20, height))
    c.translate(10, 0)
    draw(c, height - 10)
    c.save()
    page = pypdfium2.PdfDocument(buf.getvalue())[0]
    return page.render(scale=4).to_pil().convert("L").tobytes()


@pytest.mark.parametrize(("parts", "style", "paragraph"), [
    ([("#1 – screenshot – erreur « bonus ».png", BOLD)], "h2",
     lambda: para("#1 – screenshot – erreur « bonus ».png", "h2")),
    # French numbers: Babel's narrow no-break spaces, drawn at half size as _narrow_spaces
    (_line_parts(f"capture d'écran · 20/11/2026 21:16 (heure de Paris) · 1\u202f920 × "
                 f"1\u202f080 px, 1,2\u00a0Mo · SHA-256 {SHA}"), "small",
     lambda: markup(escape_line(f"capture d'écran · 20/11/2026 21:16 (heure de Paris) · "
                                f"1\u202f920 × 1\u202f080 px, 1,2\u00a0Mo · SHA-256 {SHA}"),
                    "small")),
])
def test_plain_line_draws_the_same_pixels_as_its_paragraph(parts, style, paragraph):
    register_fonts()
    runs = one_line(parts, STYLES[style], WIDTH, FONT)
    assert runs is not None

    def plain(c, top):
        draw_line(c, runs, STYLES[style], top)

    def with_paragraph(c, top):
        flow = paragraph()
        _, h = flow.wrap(WIDTH, top)
        assert h == flow.style.leading  # one line: what the plain line takes
        flow.drawOn(c, 0, top - h)

    assert _pixels(plain) == _pixels(with_paragraph)


@pytest.mark.parametrize("value", [
    "erreur  bonus",  # two spaces: a Paragraph folds them
    "ligne\nsuivante",
    " espace devant",
    "订单 12345 未到账",  # the fallback font
    "خطأ في المكافأة",  # a right-to-left script: a note instead
    "mot " * 200,  # wraps
])
def test_text_a_paragraph_treats_differently_stays_a_paragraph(value):
    register_fonts()
    assert one_line([(value, FONT)], STYLES["small"], WIDTH, FONT) is None


def test_table_cells_draw_the_same_pixels_as_paragraphs_and_wrap_the_same(monkeypatch):
    """key_values cells are PlainText: one-line cells drawn plain, the rest Paragraphs,
    the table exactly as it is with Paragraphs in every cell."""
    from reportlab.platypus import Paragraph

    from bonusdesk.export import layout
    from bonusdesk.export.textline import PlainText

    pairs = [("Heure locale", "20/11/2026 21:16 (heure de Paris)"),
             ("Étendue", "0, 0, 1\u202f920 × 1\u202f080"),
             ("Note", "une note longue " * 12),  # wraps: drawn by its Paragraph
             ("Zone", "Europe/Paris"), ("Caractères", "订单 12345")]
    plain = layout.key_values(pairs, 120, WIDTH)
    assert all(isinstance(c, PlainText) for row in plain._cellvalues for c in row)
    monkeypatch.setattr(layout, "PLAIN_CELLS", ())
    paragraphs = layout.key_values(pairs, 120, WIDTH)
    assert all(isinstance(c, Paragraph) for row in paragraphs._cellvalues for c in row)

    def draw(table):
        def go(c, top):
            _, h = table.wrapOn(c, WIDTH, 1000)
            table.drawOn(c, 0, top - h)
        return go

    assert plain.wrap(WIDTH, 1000) == paragraphs.wrap(WIDTH, 1000)
    assert _pixels(draw(plain), height=300) == _pixels(draw(paragraphs), height=300)
