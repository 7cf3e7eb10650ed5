"""A PDF page as a picture (PDFium through pypdfium2), for the evidence viewer and the
gallery's thumbnails.

The evidence file is read into memory and PDFium opens the bytes: nothing is ever written
to the file or beside it. No Qt here: the UI turns the RGB bytes into a QImage on its
thread (ui/evidence/).

PDFium is not thread-safe, not even with two different documents: the job pool may run a
thumbnail and a viewer page at the same time, so every PDFium call goes through one lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

_PDFIUM = threading.Lock()
# PDFium's own code for "this document needs a password" (FPDF_ERR_PASSWORD).
_ERR_PASSWORD = 4


class PdfNotShown(Exception):
    """The pages of this PDF cannot be drawn; ``reason`` says why."""

    PASSWORD = "password"
    DAMAGED = "damaged"

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason


@dataclass(frozen=True)
class PageImage:
    """One page drawn on white: ``rgb`` is ``width`` × ``height`` pixels, 3 bytes each,
    rows packed (stride = 3 × width). ``pages`` is the document's page count."""

    index: int
    pages: int
    width: int
    height: int
    rgb: bytes


def render_page(path: Path, index: int, max_width: int, max_height: int) -> PageImage:
    """Page ``index`` (from 0; clamped to the last page) scaled to fit ``max_width`` ×
    ``max_height`` pixels, aspect kept. Raises :class:`PdfNotShown` (password, damaged
    file, no page) and ``OSError`` when the file cannot be read."""
    data = Path(path).read_bytes()
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            reason = (PdfNotShown.PASSWORD if getattr(exc, "err_code", None) == _ERR_PASSWORD
                      else PdfNotShown.DAMAGED)
            raise PdfNotShown(reason, str(exc)) from exc
        try:
            pages = len(document)
            if pages < 1:
                raise PdfNotShown(PdfNotShown.DAMAGED, "no page")
            index = max(0, min(index, pages - 1))
            page = document[index]
            try:
                width, height = page.get_size()  # points, rotation applied
                scale = min(max_width / max(width, 1.0), max_height / max(height, 1.0))
                bitmap = page.render(scale=max(scale, 0.01), fill_color=(255, 255, 255, 255),
                                     rev_byteorder=True)
                image = bitmap.to_pil().convert("RGB")
            except pdfium.PdfiumError as exc:
                raise PdfNotShown(PdfNotShown.DAMAGED, str(exc)) from exc
            finally:
                page.close()
        finally:
            document.close()
    return PageImage(index, pages, image.width, image.height, image.tobytes())
