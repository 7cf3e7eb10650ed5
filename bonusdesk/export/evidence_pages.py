"""One section per evidence item: images on a page of their own, emails as headers +
body text, PDF pages as placeholders that the post-processing step fills."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from ..core import localefmt as lf
from ..core.mail import open_mail
from ..core.pdf_check import open_pdf, page_box
from ..core.report_text import evidence_label
from .collect import ExportData, Numbered, is_email, is_pdf
from .images import ImagePreparer, JpegData, PngData, display_size, orientation, placement
from .labels import labels, value_text
from .layout import (
    BOLD,
    FONT,
    FRAME_W,
    GRID,
    MARGIN,
    MONO,
    PAGE_H,
    STYLES,
    Bookmark,
    PageMark,
    RenderState,
    key_values,
    markup,
)
from .layout import text as para
from .reasons import not_drawn_reason
from .textline import draw_line, one_line

FRAME_X, FRAME_Y = MARGIN, MARGIN + 4 * mm  # where layout.PackageDoc puts its frame
MAX_TEXT_CHARS = 200_000  # a pathological email body must not produce a thousand pages
# 100 %: one screenshot pixel per CSS pixel (1/96 in = 0.75 pt). A region crop is shown
# at that size, never enlarged into a blur; a full screen is scaled down to fit.
POINTS_PER_PIXEL = 0.75


TITLE_CAPTION = 140  # longer captions are clipped in titles and shown whole in the facts


def _caption(data: ExportData, item: Numbered) -> str:
    return evidence_label(item.ev, data.options.lang) or item.ev.original_name


def _title(data: ExportData, item: Numbered) -> str:
    t, lang = labels(data.options.lang), data.options.lang
    caption = _caption(data, item)
    if len(caption) > TITLE_CAPTION:
        caption = caption[:TITLE_CAPTION].rstrip() + " […]"
    kind = value_text(item.ev.kind, lang)
    return f"{t['item_no'].format(n=item.n)} – {kind} – {caption}"


def _local_time(data: ExportData, dt) -> str:
    """``20/11/2026 21:16 (heure de Paris)``: a page on its own names its zone."""
    zone, lang = data.claim.incident_zone, data.options.lang
    return f"{lf.table_time(dt, zone, lang)} ({lf.zone_phrase(zone, lang)})"


def _facts(data: ExportData, item: Numbered, extra: list | None = None) -> list:
    """Facts of a document shown as text (e-mail, text file); technical capture
    details are in the appendix."""
    t, lang = labels(data.options.lang), data.options.lang
    ev = item.ev
    caption = _caption(data, item)
    pairs = [(t["caption"], caption)] if len(caption) > TITLE_CAPTION else []
    pairs += [(t["original_name"], ev.original_name),
              (t["captured"], _local_time(data, ev.captured_at)),
              (t["sha256"], ev.sha256),
              (t["size"], lf.byte_size(ev.size, lang))]
    if ev.source != "import":
        pairs.append((t["source"], value_text(ev.source, lang)))
    if ev.metadata.get("message_id"):
        pairs.append((t["meta_message_id"], str(ev.metadata["message_id"])[:200]))
    if ev.note:
        pairs.append((t["note"], ev.note))
    return pairs + (extra or [])


def caption_line(data: ExportData, item: Numbered) -> str:
    """``capture d'écran · 20/11/2026 21:16 (heure de Paris) · 960 × 540 px, 1,2 Mo ·
    SHA-256 …``: everything a reader needs under one line, the image gets the page."""
    t, lang = labels(data.options.lang), data.options.lang
    ev = item.ev
    size = lf.byte_size(ev.size, lang)
    if ev.width and ev.height:
        size = f"{lf.number(ev.width, lang)} × {lf.number(ev.height, lang)} px, {size}"
    line = t["caption_line"].format(kind=value_text(ev.kind, lang),
                                    time=_local_time(data, ev.captured_at), size=size,
                                    sha=ev.sha256)
    shown = data.shown_as.get(item.n)
    if shown:
        line += f" · {t['shown_in_pdf']} {shown}"
    return line


class _FullPage(Flowable):
    """Takes the whole frame; subclasses draw a header block then their content below it."""

    def __init__(self, data: ExportData, item: Numbered, state: RenderState):
        super().__init__()
        self.data, self.item, self.state = data, item, state

    def wrap(self, aw, ah):
        self.width, self.height = aw, ah - 1  # 1 pt of slack so the frame never refuses it
        return self.width, self.height

    def header(self, title: str, pairs: list) -> float:
        """Draw the title and facts at the top; return the height left below them."""
        y = self.height
        for flow in (para(title, "h2"), key_values(pairs, 40 * mm, min(self.width, 180 * mm))):
            _, h = flow.wrap(self.width, y)
            flow.drawOn(self.canv, 0, y - h)
            y -= h + 2 * mm
        return y


# A tall image (a scrolled page) is split over several pages rather than shrunk until its
# text is unreadable: when fitting it on one page would show it at less than this share of
# the scale its width allows, it gets as many pages as it needs at that scale (at most
# MAX_IMAGE_PARTS, then each part is shrunk to fit).
SPLIT_BELOW = 0.6
MAX_IMAGE_PARTS = 12
# Room an image part gets on a portrait page: the frame less the title and caption lines.
IMAGE_ROOM = PAGE_H - 2 * MARGIN - 10 * mm - 30 * mm


def image_parts(item: Numbered) -> int:
    """On how many pages ``item`` is shown (1 unless it is much taller than wide)."""
    ev = item.ev
    if not (ev.width and ev.height) or orientation(item.path) != 1:
        return 1
    at_width = min(FRAME_W / ev.width, POINTS_PER_PIXEL)
    tall = ev.height * at_width
    if tall <= IMAGE_ROOM or IMAGE_ROOM / ev.height >= SPLIT_BELOW * at_width:
        return 1
    return min(MAX_IMAGE_PARTS, math.ceil(tall / IMAGE_ROOM))


class ImagePage(_FullPage):
    def __init__(self, data, item, state, preparer: ImagePreparer, part: int = 0,
                 parts: int = 1):
        super().__init__(data, item, state)
        self.preparer = preparer
        self.part, self.parts = part, parts

    def caption_block(self) -> float:
        """Title, then one compact line of facts; returns the height left for the image."""
        y = self.height
        title = _title(self.data, self.item)
        if self.parts > 1:
            title += " – " + labels(self.data.options.lang)["image_part"].format(
                i=self.part + 1, n=self.parts)
        caption = _caption(self.data, self.item)
        line = caption_line(self.data, self.item)
        # (parts for a plain line, the Paragraph otherwise, its style)
        blocks = [([(title, BOLD)], lambda: para(title, "h2"), "h2")]
        if len(caption) > TITLE_CAPTION:
            blocks.append(([(caption, FONT)], lambda: para(caption, "small"), "small"))
        blocks.append((_line_parts(line), lambda: markup(escape_line(line), "small"), "small"))
        for parts, paragraph, style in blocks:
            runs = one_line(parts, STYLES[style], self.width, FONT)
            if runs is not None:
                h = draw_line(self.canv, runs, STYLES[style], y)
            else:
                flow = paragraph()
                _, h = flow.wrap(self.width, y)
                flow.drawOn(self.canv, 0, y - h)
            y -= h + 1 * mm
        return y - 1 * mm

    def draw(self):
        ev = self.item.ev
        room = self.caption_block()
        turn = orientation(self.item.path)
        iw, ih = display_size(ev.width or 4, ev.height or 3, turn)
        # This part's rows of the image (all of them unless it is split over pages).
        rows = ih / self.parts
        scale = min(self.width / iw, room / rows, POINTS_PER_PIXEL)
        w, h = iw * scale, rows * scale
        x, y = max(0.0, (self.width - w) / 2), room - h
        full_h = ih * scale
        # where the whole image sits so that this part's rows fall in the box (x, y, w, h)
        image_y = y + h + self.part * rows * scale - full_h
        clip = (x, y, w, h) if self.parts > 1 else None
        try:
            placed = self.preparer.place(self.item)
        except Exception as exc:  # noqa: BLE001 - one damaged image must not sink the package
            self._not_drawn(exc, room)
            return
        splicer = self.state.splicer
        if placed.passthrough is not None and splicer is None:
            # pypdf inserts the image data untouched after rendering (see post.py), once
            # for all the parts of a split image
            self.state.images.append(ImageSlot(
                self.canv.getPageNumber() - 1, placed.path, placed.passthrough,
                placement(placed.turn, FRAME_X + x, FRAME_Y + image_y, w, full_h),
                (FRAME_X + x, FRAME_Y + y, w, h) if clip else None))
        else:
            self.canv.saveState()
            if clip:
                path = self.canv.beginPath()
                path.rect(*clip)
                self.canv.clipPath(path, stroke=0, fill=0)
            self.canv.transform(*placement(placed.turn, x, image_y, w, full_h))
            if placed.passthrough is not None:
                # the data untouched, copied in when the file is written (splice.py),
                # once for all the parts of a split image
                self.canv.doForm(splicer.image(self.canv, placed.path, placed.passthrough))
            else:
                try:  # decoded by reportlab: a file it cannot decode fails here
                    self.canv.drawImage(placed.path, 0, 0, 1, 1, mask="auto")
                except Exception as exc:  # noqa: BLE001 - one damaged image must not sink it
                    self.canv.restoreState()  # nothing was drawn: the image never loaded
                    self.preparer.done(placed)
                    self._not_drawn(exc, room)
                    return
            self.canv.restoreState()
        self.canv.setStrokeColor(GRID)  # the frame, once the image is known to be drawn
        self.canv.rect(x - 0.5, y - 0.5, w + 1, h + 1)
        if self.part == self.parts - 1:
            self.preparer.done(placed)

    def _not_drawn(self, exc: BaseException, room: float) -> None:
        """Under the caption, across the page (a small image's frame would squeeze it), why
        the image is not drawn, in the package's language; the item is listed as not drawn
        (its original is attached or bundled with its SHA-256 all the same)."""
        lang = self.data.options.lang
        reason = not_drawn_reason(exc, lang)
        self.state.failures.setdefault(self.item.n, reason)
        note = para(labels(lang)["not_drawn"].format(reason=reason), "alert")
        _, nh = note.wrap(self.width, room)
        note.drawOn(self.canv, 0, room - nh)


_SHA256 = re.compile(r"\b([0-9a-f]{64})\b")


def _line_parts(value: str) -> list[tuple[str, str]]:
    """The caption line as (text, font) parts: the SHA-256 in the monospaced font, as
    :func:`escape_line` marks it up."""
    pieces = _SHA256.split(value)  # text, digest, text, ...
    return [(piece, MONO if i % 2 else FONT) for i, piece in enumerate(pieces) if piece]


def escape_line(value: str) -> str:
    """Escaped for reportlab markup, the SHA-256 in the monospaced font."""
    from xml.sax.saxutils import escape

    out = escape(value)
    return re.sub(r"\b([0-9a-f]{64})\b", r"<font name='DejaVuSansMono'>\1</font>", out)


@dataclass
class ImageSlot:
    page_index: int  # 0-based
    path: str
    data: PngData | JpegData
    matrix: tuple[float, ...]  # PDF "cm" operands placing the unit square
    clip: tuple[float, float, float, float] | None = None  # x, y, w, h: one part shown


@dataclass
class PdfSlot:
    page_index: int  # 0-based page of the package to merge into
    number: int  # the evidence item's number in the package
    path: str
    source_page: int  # 0-based page of the evidence PDF
    x: float
    y: float
    w: float
    h: float


class PdfPlaceholder(_FullPage):
    """A page whose lower part receives one page of an evidence PDF."""

    def __init__(self, data, item, state, page: int, pages: int):
        super().__init__(data, item, state)
        self.page, self.pages = page, pages

    def draw(self):
        t = labels(self.data.options.lang)
        ev = self.item.ev
        title = f"{_title(self.data, self.item)} – " + t["pdf_page"].format(
            i=self.page + 1, n=self.pages)
        pairs = [(t["original_name"], ev.original_name), (t["sha256"], ev.sha256)]
        room = self.header(title, pairs)
        self.canv.setStrokeColor(GRID)
        self.canv.rect(0, 0, self.width, room)
        self.state.pdf_slots.append(PdfSlot(self.canv.getPageNumber() - 1, self.item.n,
                                            self.item.path, self.page, FRAME_X, FRAME_Y,
                                            self.width, room))


class NotePage(_FullPage):
    """The item's header and facts, then a note in place of its content: why it is not
    drawn (a damaged file, a PDF that needs its password). The file is still attached."""

    def __init__(self, data, item, state, note: str):
        super().__init__(data, item, state)
        self.note = note

    def draw(self):
        room = self.header(_title(self.data, self.item), _facts(self.data, self.item))
        note = para(self.note, "alert")
        _, h = note.wrap(min(self.width, 170 * mm), room)
        note.drawOn(self.canv, 0, room - h - 4 * mm)


def _body_paragraphs(body: str) -> list:
    out = []
    for block in body[:MAX_TEXT_CHARS].replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            out.append(para(block.strip("\n"), "body"))
    return out


def email_story(data: ExportData, item: Numbered) -> list:
    t = labels(data.options.lang)
    with open_mail(item.path, item.ev.mime) as mail:
        h, body = mail.headers, mail.body
    pairs = [(t["from"], h["from"]), (t["to"], h["to"]), (t["cc"], h["cc"]),
             (t["date"], h["date"] or t["date_unknown"]), (t["subject"], h["subject"])]
    return [para(_title(data, item), "h2"), key_values(pairs + _facts(data, item), 40 * mm),
            Spacer(1, 4 * mm)] + _body_paragraphs(body)


def text_story(data: ExportData, item: Numbered) -> list:
    with open(item.path, "rb") as fh:
        body = fh.read(MAX_TEXT_CHARS).decode("utf-8", "replace")
    return [para(_title(data, item), "h2"), key_values(_facts(data, item), 40 * mm),
            Spacer(1, 4 * mm)] + _body_paragraphs(body)


def pdf_page_shapes(item: Numbered) -> list[bool]:
    """For each page of a PDF evidence: is it wider than high (as a viewer shows it)?"""
    shapes = []
    for page in open_pdf(item.path).pages:
        w, h = page_box(page).shown_size
        shapes.append(w > h)
    if not shapes:
        raise ValueError("the PDF has no pages")
    return shapes


def _template(wide: bool) -> NextPageTemplate:
    return NextPageTemplate("landscape" if wide else "page")


def _item_body(data: ExportData, state: RenderState, preparer: ImagePreparer,
               item: Numbered) -> tuple[list[bool], list] | None:
    """(page shapes, flowables) showing one item, or None when it has nothing to show."""
    t = labels(data.options.lang)
    ev = item.ev
    if ev.is_image:
        parts = image_parts(item)
        body = []
        for part in range(parts):
            if part:
                body += [_template(False), PageBreak()]
            body.append(ImagePage(data, item, state, preparer, part, parts))
        return [bool(ev.width and ev.height and ev.width > ev.height)], body
    if is_pdf(ev):
        shapes = pdf_page_shapes(item)
        n = len(shapes)
        body: list = []
        for i in range(n):
            body.append(PdfPlaceholder(data, item, state, i, n))
            if i < n - 1:
                body += [_template(shapes[i + 1]), PageBreak()]
        return shapes, body
    if ev.mime == "application/pdf":  # needs its password
        copy = data.decrypted_copy.get(ev.sha256)
        note = (t["protected_pdf_copy"].format(n=copy) if copy
                else t["protected_pdf_note"])
        return [False], [NotePage(data, item, state, note)]
    if is_email(ev):
        return [False], email_story(data, item)
    if ev.mime.startswith("text/") or ev.mime == "application/json":
        return [False], text_story(data, item)
    return None  # listed in the index and attached; nothing readable to show


def evidence_story(data: ExportData, state: RenderState, preparer: ImagePreparer) -> list:
    """Every shown evidence item, in index order, each starting on a new page.

    An item that cannot be read gets a page saying so and why: it stays in the index and
    attached with its SHA-256, and the export goes on (``state.failures``).
    """
    t = labels(data.options.lang)
    story: list = []
    first = True
    for item in data.evidence:
        try:
            shown = _item_body(data, state, preparer, item)
        except Exception as exc:  # noqa: BLE001 - one item must never sink the package
            reason = not_drawn_reason(exc, data.options.lang)
            state.failures.setdefault(item.n, reason)
            shown = [False], [NotePage(data, item, state,
                                       t["not_drawn"].format(reason=reason))]
        if shown is None:
            continue
        shapes, body = shown
        # Wide screenshots and landscape PDF pages get a landscape page: twice the size.
        story += [_template(bool(shapes and shapes[0])), PageBreak()]
        if first:  # the section bookmark must land on the first evidence page
            story.append(Bookmark("evidence", t["evidence"]))
            first = False
        story += [PageMark(state, item.n),
                  Bookmark(f"ev{item.n}", _title(data, item)[:120], level=1)] + body
    story.append(_template(False))  # what follows (the appendix) is portrait
    return story
