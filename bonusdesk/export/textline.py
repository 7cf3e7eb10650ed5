"""One line of text drawn as plain text where a one-line Paragraph would draw the same.

A package has a page per screenshot with a title and a caption line, and tables (the
index, the facts of each capture) with hundreds of cells, nearly all one short line.
Parsing each one's markup and breaking its lines is most of the layout's time; drawing
them as a text line gives the same pixels (tests/export/test_caption_line.py). Anything
a Paragraph treats differently (wrapping, folded whitespace, another script's font, a
note for a right-to-left script) stays a Paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from .scripts import main_font_only

# Whitespace a Paragraph would fold or break at: such text is left to a Paragraph.
_NOT_ONE_LINE = re.compile(r"[\t\n\r\f\v]|  |^ | $")

Runs = list[tuple[str, str, float]]  # (text, font, size)


def one_line(parts: list[tuple[str, str]], style: ParagraphStyle, width: float,
             main_font: str) -> Runs | None:
    """``parts`` ((text, font)) as the runs a one-line Paragraph of ``style`` would draw,
    or None when a Paragraph is needed: the text does not fit in ``width``, or it has
    characters ``main_font`` lacks (registered) or whitespace a Paragraph would fold."""
    whole = "".join(value for value, _ in parts)
    if not whole or _NOT_ONE_LINE.search(whole) or not main_font_only(whole, main_font):
        return None
    size = style.fontSize
    runs: Runs = []
    for value, font in parts:
        for i, piece in enumerate(value.split("\u202f")):
            if i:  # as layout._narrow_spaces: a no-break space at half the size
                runs.append(("\u00a0", font, size / 2))
            if piece:
                runs.append((piece, font, size))
    # a hair of margin: at the very edge, let the Paragraph decide
    if sum(pdfmetrics.stringWidth(t, f, s) for t, f, s in runs) > width - 0.01:
        return None
    return runs


def draw_line(canv, runs: Runs, style: ParagraphStyle, top: float) -> float:
    """Draw :func:`one_line`'s runs where a Paragraph of ``style`` whose top is at ``top``
    puts its first baseline; returns the height that Paragraph takes (its leading)."""
    canv.saveState()
    canv.setFillColor(style.textColor)
    tx = canv.beginText(0, top - style.fontSize)
    for value, font, size in runs:
        tx.setFont(font, size)
        tx.textOut(value)
    canv.drawText(tx)
    canv.restoreState()
    return style.leading


class PlainText(Flowable):
    """A Paragraph of plain text (made by ``paragraph`` only when needed) that draws
    itself as one plain line whenever it is one line at the width it is given."""

    def __init__(self, value: str | list[tuple[str, str]], style: ParagraphStyle,
                 main_font: str, paragraph: Callable[[], Paragraph]):
        """``value``: the text, or (text, font) parts as the Paragraph's markup sets them."""
        super().__init__()
        self.parts = [(value, style.fontName)] if isinstance(value, str) else value
        self.style, self.main_font, self._make = style, main_font, paragraph
        self._para: Paragraph | None = None
        self._runs: Runs | None = None
        self._wrapped: tuple | None = None  # (aw, ah, size): a table wraps a cell often

    def paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = self._make()
        return self._para

    def wrap(self, aw, ah):
        if self._wrapped is not None and self._wrapped[0] == aw and (
                self._runs is not None or self._wrapped[1] == ah):
            return self._wrapped[2]  # a plain line does not depend on the height
        self._runs = one_line(self.parts, self.style, aw, self.main_font)
        if self._runs is None:
            self.width, self.height = self.paragraph().wrap(aw, ah)
        else:
            self.width, self.height = aw, self.style.leading
        self._wrapped = (aw, ah, (self.width, self.height))
        return self.width, self.height

    def draw(self):
        if self._runs is None:
            self.paragraph().drawOn(self.canv, 0, 0)
        else:
            draw_line(self.canv, self._runs, self.style, self.height)

    def split(self, aw, ah):
        return self.paragraph().split(aw, ah)

    def minWidth(self):  # noqa: N802 - reportlab's name
        return self.paragraph().minWidth()

