"""Page layout shared by every part of the PDF: fonts, styles, page frame, footer.

All text is set in DejaVu Sans (embedded, subset) so French, Greek and Cyrillic
names, € and « » come out right whatever fonts the reader has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab import rl_config

rl_config.useA85 = 0  # binary streams: ASCII85 makes image-heavy PDFs 25 % larger and slower

from reportlab.lib import colors  # noqa: E402 - after the rl_config switch on purpose
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ..core.localefmt import lang_tag  # noqa: E402
from ..resources import resource_path  # noqa: E402
from .scripts import fit_markup, fit_scripts  # noqa: E402
from .textline import PlainText  # noqa: E402

PAGE_W, PAGE_H = A4
LANDSCAPE = landscape(A4)  # for wide screenshots and landscape PDF pages
MARGIN = 16 * mm
FRAME_W = PAGE_W - 2 * MARGIN
FONT, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
ACCENT = colors.HexColor("#1f3a68")
GRID = colors.HexColor("#b8c0cc")
SHADE = colors.HexColor("#eef1f6")

_fonts_ready = False


def register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (MONO, "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    _fonts_ready = True


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "title": _style("title", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT,
                    spaceAfter=4),
    "subtitle": _style("subtitle", fontSize=10.5, leading=14, textColor=colors.HexColor("#444"),
                       spaceAfter=8),
    "h1": _style("h1", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=4,
                 spaceAfter=8),
    "h2": _style("h2", fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT, spaceBefore=8,
                 spaceAfter=4),
    "body": _style("body", spaceAfter=4),
    "letter": _style("letter", fontSize=10, leading=14, spaceAfter=0),
    "cell": _style("cell", fontSize=8.5, leading=10.5),
    "cellb": _style("cellb", fontName=BOLD, fontSize=8.5, leading=10.5),
    "mono": _style("mono", fontName=MONO, fontSize=7.5, leading=9.5),
    "code": _style("code", fontName=MONO, fontSize=8.5, leading=11, leftIndent=8,
                   backColor=SHADE, borderPadding=4, spaceBefore=2, spaceAfter=6),
    "small": _style("small", fontSize=8, leading=10, textColor=colors.HexColor("#444")),
    "alert": _style("alert", fontName=BOLD, fontSize=10, leading=13,
                    textColor=colors.HexColor("#8a1c1c")),
}


def _narrow_spaces(value: str, style: str) -> str:
    """French narrow no-break spaces, drawn as a half-size no-break space.

    reportlab breaks lines at U+202F as at any space; at U+00A0 it does not. A
    no-break space in a font half the size is as narrow as U+202F and never breaks.
    """
    if "\u202f" not in value:
        return value
    size = STYLES[style].fontSize / 2
    return value.replace("\u202f", f'<font size="{size:g}">\u00a0</font>')


# Table cells: an index or a table of facts has hundreds, mostly one short line each.
PLAIN_CELLS = ("cell", "cellb")


def text(value: object, style: str = "body") -> Paragraph | PlainText:
    """A wrapped paragraph of user text: escaped, newlines kept, any script handled.

    In a table cell, a PlainText: the same Paragraph, drawn as plain text when it is
    one line (see textline.py)."""
    register_fonts()
    value = str(value)

    def paragraph() -> Paragraph:
        body = fit_scripts(value, FONT).replace("\n", "<br/>")
        return Paragraph(_narrow_spaces(body, style), STYLES[style])

    if style in PLAIN_CELLS:
        return PlainText(value, STYLES[style], FONT, paragraph)
    return paragraph()


def markup(value: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted reportlab markup (our own labels, user text escaped)."""
    register_fonts()
    return Paragraph(_narrow_spaces(fit_markup(value, FONT), style), STYLES[style])


def mono_breakable(value: str) -> str:
    """Let long ids and hashes wrap: a zero-width space every 16 characters."""
    return "\u200b".join(value[i:i + 16] for i in range(0, len(value), 16))


class SizedOnce(Table):
    """A reportlab Table that lays itself out once per available size, and finds its
    spanned cells without scanning a list.

    A frame asks a flowable its size (``wrap``) and, when it does not fit, to split at
    that same size: reportlab's Table computes its rows' heights and spanned cells for
    each call (its own cache is commented out), and a long table is split on every page
    (the index of 300 screenshots: 14 pages, twice each). Nothing changes between the
    two, so the first result stands; a style added since clears it.
    """

    _sized_for: tuple[float, float] | None = None

    def _calc(self, availWidth, availHeight):
        if self._sized_for == (availWidth, availHeight):
            return
        super()._calc(availWidth, availHeight)
        self._sized_for = (availWidth, availHeight)

    def _addCommand(self, cmd):
        self._sized_for = None
        super()._addCommand(cmd)

    def _calcSpanRanges(self):
        super()._calcSpanRanges()
        # Lists in reportlab, asked "is this cell spanned?" for every cell it sizes: with
        # two spans per index row, that made sizing an index page grow with the whole
        # index. The same answers from sets (they are only tested and iterated).
        self._rowSpanCells = set(self._rowSpanCells)
        self._colSpanCells = set(self._colSpanCells)


def grid(rows: list[list], widths: list[float], header: bool = True) -> Table:
    """A table whose cells wrap (give Paragraphs) and whose header repeats on each page."""
    # splitInRow: a tall cell (a long e-mail quoted in the contact log) flows onto the next
    # page instead of failing the whole export with a LayoutError.
    table = SizedOnce(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT",
                  splitInRow=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(style))
    return table


def key_values(pairs: list[tuple[str, object]], key_width: float = 45 * mm,
               width: float = FRAME_W) -> Table:
    """Two-column label/value table; empty values are left out."""
    rows = [[text(k, "cellb"), text(v, "cell")] for k, v in pairs if str(v or "").strip()]
    table = Table(rows or [[text("", "cell"), text("", "cell")]],
                  colWidths=[key_width, width - key_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


@dataclass
class RenderState:
    """What the rendering pass learns (page numbers, slots for post.py) as it draws."""

    header: str
    footer: str
    evidence_page: dict[int, int] = field(default_factory=dict)  # evidence number -> page
    pdf_slots: list = field(default_factory=list)  # placeholder pages for merged PDF pages
    images: list = field(default_factory=list)  # pages whose image pypdf places
    pages: int = 0
    section: str = ""  # last outline title drawn: shown in the running header
    on_page: Callable[[int], None] | None = None  # progress/cancel hook
    failures: dict[int, str] = field(default_factory=dict)  # evidence number -> why not drawn
    late_evidence_pages: list[int] = field(default_factory=list)  # index cells (LateNumber)
    # Set when the images are drawn by reportlab and their data spliced in (splice.py);
    # None when post.py places them with pypdf (``images``).
    splicer: object | None = None
    attachments: list = field(default_factory=list)  # (name, path, caption), with splicer


class Bookmark(Flowable):
    """Invisible: an outline entry pointing at where it lands."""

    def __init__(self, key: str, title: str, level: int = 0):
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        state = getattr(self.canv, "_bonusdesk_state", None)
        if state is not None:
            state.section = self.title
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class LateNumber(Flowable):
    """A number known only once every page is drawn (the page where an evidence item
    starts, shown in the index before it): drawn as a form XObject that PackageDoc
    defines after the last page. reportlab lets a page use a form defined later, so the
    package is laid out once, not measured in a first pass and drawn in a second."""

    def __init__(self, key: str, style: str = "cell"):
        super().__init__()
        self.key, self.style = key, STYLES[style]

    def wrap(self, aw, ah):
        return aw, self.style.leading

    def draw(self):
        self.canv.saveState()
        # the baseline where a Paragraph of this style puts its first line
        self.canv.translate(0, self.style.leading - self.style.fontSize)
        self.canv.doForm(self.key)
        self.canv.restoreState()


def evidence_page_key(number: int) -> str:
    return f"bdEvPage{number}"


class PageMark(Flowable):
    """Invisible: records on which page something starts (for the evidence index)."""

    def __init__(self, state: RenderState, number: int):
        super().__init__()
        self.state, self.number = state, number

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.state.evidence_page.setdefault(self.number, self.canv.getPageNumber())


@lru_cache(maxsize=256)  # the same header, footer and section on page after page
def _fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut with an ellipsis so it is at most ``width`` points wide."""
    if pdfmetrics.stringWidth(value, font, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


class PackageDoc(BaseDocTemplate):
    def __init__(self, filename, state: RenderState, lang: str = "en", **meta):
        register_fonts()
        self.package_lang = lang  # not "lang": BaseDocTemplate has one (None by default)
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 4 * mm,
                         creator="BonusDesk", **meta)
        self.state = state
        templates = []
        for name, (width, height) in (("page", A4), ("landscape", LANDSCAPE)):
            frame = Frame(MARGIN, MARGIN + 4 * mm, width - 2 * MARGIN,
                          height - 2 * MARGIN - 10 * mm, id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            # Decorate at the end of each page: by then the page's own section is known.
            templates.append(PageTemplate(name, [frame], onPageEnd=self._decorate,
                                          pagesize=(width, height)))
        self.addPageTemplates(templates)

    def _decorate(self, canv, doc) -> None:
        n = canv.getPageNumber()
        state = self.state
        state.pages = n
        if state.on_page:
            state.on_page(n)
        page_w, page_h = doc.pageTemplate.pagesize
        inner = page_w - 2 * MARGIN
        canv.saveState()
        canv.setFont(FONT, 7.5)
        canv.setFillColor(colors.HexColor("#555"))
        canv.drawString(MARGIN, page_h - MARGIN, _fit(state.header, FONT, 7.5, inner * 0.5))
        canv.drawRightString(page_w - MARGIN, page_h - MARGIN,
                             _fit(state.section, FONT, 7.5, inner * 0.48))
        canv.setStrokeColor(GRID)
        canv.line(MARGIN, page_h - MARGIN - 2.5 * mm, page_w - MARGIN, page_h - MARGIN - 2.5 * mm)
        canv.line(MARGIN, MARGIN + 1.5 * mm, page_w - MARGIN, MARGIN + 1.5 * mm)
        canv.drawString(MARGIN, MARGIN - 2 * mm, _fit(state.footer, FONT, 7.5, inner - 25 * mm))
        # "n / N": N is known after the last page; the form holding it is defined then.
        canv.translate(page_w - MARGIN, MARGIN - 2 * mm)
        canv.doForm(f"bdPageNo{n}")
        canv.restoreState()

    def beforeDocument(self):
        # What readers and screen readers use to present the package: outline open,
        # the title (not the file name) in the window bar, the language.
        self.canv.showOutline()
        self.canv.setViewerPreference("DisplayDocTitle", "true")
        self.canv.setCatalogEntry("Lang", lang_tag(self.package_lang))
        self.canv._bonusdesk_state = self.state  # lets Bookmark update the running header

    def _endBuild(self):
        # Save the file ourselves (reportlab's _doSave switch), once the forms for the
        # numbers learnt while drawing ("n / N", the index's pages) are defined.
        self._doSave = 0
        super()._endBuild()
        self._define_late_numbers()
        if self.state.splicer is not None:
            self.state.splicer.attach(self.canv, self.state.attachments)
        self.canv.save()

    def _define_late_numbers(self) -> None:
        canv, state = self.canv, self.state
        total = state.pages

        def form(key: str, value: str, font: str, size: float, color, right: bool) -> None:
            width = pdfmetrics.stringWidth(value, font, size)
            # BBox around the text: right-aligned forms extend left of their origin
            lower = -width - 1 if right else -1
            canv.beginForm(key, lowerx=lower, lowery=-size, upperx=lower + width + 2,
                           uppery=size * 1.5)
            canv.setFont(font, size)
            canv.setFillColor(color)
            if right:
                canv.drawRightString(0, 0, value)
            else:
                canv.drawString(0, 0, value)
            canv.endForm()

        for n in range(1, total + 1):
            form(f"bdPageNo{n}", f"{n} / {total}", BOLD, 8.5, colors.HexColor("#555"), True)
        cell = STYLES["cell"]
        for number in state.late_evidence_pages:
            page = state.evidence_page.get(number)
            form(evidence_page_key(number), str(page) if page else "", cell.fontName,
                 cell.fontSize, cell.textColor, False)
