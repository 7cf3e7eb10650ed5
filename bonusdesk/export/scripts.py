"""Text in scripts the main PDF font lacks: a fallback font, or a clear note.

DejaVu Sans covers Latin, Greek and Cyrillic. Chinese, Japanese and Korean are set in
Droid Sans Fallback (Apache-2.0, 3.4 MB, shipped xz-compressed, loaded only when such text
appears). Arabic,
Hebrew and the other right-to-left scripts need bidirectional reordering (and Arabic
letter joining) that reportlab does not do without libraries that are not available to
this project: shown letter by letter they would read backwards, which is worse than not
shown. They are replaced by a note naming the script and pointing to the original file,
which is attached unchanged. Any other character no font has becomes U+FFFD (�).
"""

from __future__ import annotations

import contextvars
import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

FALLBACK = "DroidSansFallback"
# xz-compressed in resources/ (1.3 MB instead of 3.4 MB in the bundle); unpacked in memory
# the first time a package has such text (about 0.3 s).
FALLBACK_FILE = "DroidSansFallback.ttf.xz"

# The package's language, for the "not shown" notes (set by export.pdf for each render).
language: contextvars.ContextVar[str] = contextvars.ContextVar("pdf_language", default="en")

_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF),
               (0x1E800, 0x1EFFF))
_SCRIPT_FR = {"Arabic": "arabe", "Hebrew": "hébreu", "Syriac": "syriaque", "Thaana": "thâna",
              "Thai": "thaï", "Devanagari": "dévanagari", "Bengali": "bengali",
              "Tamil": "tamoul", "Ethiopic": "éthiopien", "Khmer": "khmer", "Lao": "lao",
              "Tibetan": "tibétain", "Myanmar": "birman", "Sinhala": "cingalais"}
NOTE = {
    "en": "[{script} text not shown in this PDF: see the original file]",
    "fr": "[texte en {script} non affiché dans ce PDF : voir le fichier d'origine]",
}


@cache
def _main_cmap(font: str) -> frozenset[int]:
    """The characters of the main font (registered by layout.PackageDoc before any text)."""
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@cache
def _fallback_cmap() -> frozenset[int]:
    import io
    import lzma

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ..resources import resource_path

    data = lzma.decompress(resource_path("fonts", FALLBACK_FILE).read_bytes())
    pdfmetrics.registerFont(TTFont(FALLBACK, io.BytesIO(data)))
    return frozenset(pdfmetrics.getFont(FALLBACK).face.charToGlyph)


def _is_rtl(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _RTL_RANGES)


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0].title() if name else ""


def _kind(char: str, font: str) -> str:
    """"main", "cjk" (fallback font), "note:<Script>" (not shown) or "missing"."""
    code = ord(char)
    if code < 0x0590 or char.isspace():
        return "main"  # Latin, Greek, Cyrillic and friends: DejaVu's range
    if _is_rtl(code) and unicodedata.category(char)[0] in "LM":
        return "note:" + (_script(char) or "Right-to-left")
    if code in _main_cmap(font):
        return "main"
    if code in _fallback_cmap():
        return "cjk"
    if unicodedata.category(char)[0] in "LM":
        return "note:" + (_script(char) or "Unknown")
    return "missing"


def _note(script: str) -> str:
    lang = language.get()
    name = _SCRIPT_FR.get(script, script.lower()) if lang == "fr" else script
    return escape(NOTE.get(lang, NOTE["en"]).format(script=name))


def fit_scripts(value: str, font: str, escaped: bool = False) -> str:
    """Paragraph markup for ``value``: CJK runs in the fallback font, the rest noted.

    ``font``: the registered main font; ``escaped``: ``value`` is already markup-escaped
    text (no tags), so it is not escaped again.
    """
    if value.isascii():
        return value if escaped else escape(value)
    out: list[str] = []
    run, kind = "", "main"
    noted = ""

    def flush() -> None:
        nonlocal noted
        if not run:
            return
        if kind == "main":
            out.append(run if escaped else escape(run))
        elif kind == "cjk":
            out.append(f'<font name="{FALLBACK}">{run if escaped else escape(run)}</font>')
        elif kind == "missing":
            out.append("\ufffd" * len(run))
        elif kind != noted:  # one note per run of a script, however long
            out.append(_note(kind.removeprefix("note:")))
        noted = kind if kind.startswith("note:") else ""

    for char in value:
        k = _kind(char, font)
        # Spaces between words of a noted script stay in its run (one note, not one per
        # word); a line break ends it.
        if k != kind and not (char in " \t\u00a0" and kind.startswith("note:")):
            flush()
            run, kind = "", k
        run += char
    flush()
    return "".join(out)


# Characters past DejaVu's own range (Latin, Greek, Cyrillic...): the ones _kind looks up.
_PAST_MAIN_RANGE = re.compile("[^\x00-\u058f]")


def main_font_only(value: str, font: str) -> bool:
    """Whether :func:`fit_scripts` leaves ``value`` in the main font, unchanged."""
    # Each distinct character once: a caption line repeats its few "·", "×" and "–".
    return value.isascii() or all(_kind(char, font) == "main"
                                  for char in set(_PAST_MAIN_RANGE.findall(value)))


def fit_markup(value: str, font: str) -> str:
    """:func:`fit_scripts` over the text between the tags of trusted markup."""
    if value.isascii():
        return value
    import re

    parts = re.split(r"(<[^>]*>)", value)
    return "".join(p if p.startswith("<") else fit_scripts(p, font, escaped=True)
                   for p in parts)
