"""Open evidence PDFs the way viewers do, and check at import what the export will need.

- Encryption: a PDF that opens with the empty user password (only an owner password, or
  only its attachments encrypted) is an ordinary PDF. One that needs a password is kept
  as it is, and :func:`open_pdf` opens it when the player gives the password.
- Boxes: corners may be listed in any order (``[0 792 612 0]``); the visible area is the
  CropBox clipped to the MediaBox; ``/Rotate`` is a multiple of 90, possibly negative.
- :func:`check_pages` reads every page's boxes and content streams, so a PDF that the
  export could not draw is reported when the player adds it, not at export time.

pypdf's own chatter ("Object 3 0 found", "incorrect startxref") goes to BonusDesk's log
through :func:`quiet_pypdf`, never to the user's terminal.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("bonusdesk.pdf")


class PasswordNeeded(Exception):
    """The PDF opens only with a user password (none given, or a wrong one)."""


def quiet_pypdf() -> None:
    """Keep pypdf's messages about odd files off the terminal; they go to BonusDesk's log.

    Without a handler of its own, Python's last-resort handler prints pypdf's warnings on
    stderr, where a player takes them for errors. A NullHandler stops that; the records
    still propagate to the root logger, which ``applog.install`` points at the rotating
    log file of the app or the CLI.
    """
    pypdf_log = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in pypdf_log.handlers):
        pypdf_log.addHandler(logging.NullHandler())


@dataclass(frozen=True)
class PageBox:
    """The visible area of a page in its own coordinates, and how a viewer turns it."""

    x0: float
    y0: float
    x1: float
    y1: float
    rotate: int  # 0, 90, 180 or 270, clockwise

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def shown_size(self) -> tuple[float, float]:
        """Width and height as a viewer shows the page (after /Rotate)."""
        if self.rotate in (90, 270):
            return self.height, self.width
        return self.width, self.height


def _rect(value) -> tuple[float, float, float, float] | None:
    try:
        a, b, c, d = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return min(a, c), min(b, d), max(a, c), max(b, d)


def page_box(page) -> PageBox:
    """The normalised CropBox ∩ MediaBox and rotation of a pypdf page."""
    media = _rect(page.get("/MediaBox")) or (0.0, 0.0, 612.0, 792.0)  # US Letter: the default
    crop = _rect(page.get("/CropBox")) or media
    x0, y0 = max(media[0], crop[0]), max(media[1], crop[1])
    x1, y1 = min(media[2], crop[2]), min(media[3], crop[3])
    if x1 - x0 < 1 or y1 - y0 < 1:  # a crop box outside the page: viewers show the media box
        x0, y0, x1, y1 = media
    if x1 - x0 < 1 or y1 - y0 < 1:
        raise ValueError("the page has no area (empty MediaBox)")
    try:
        rotate = int(page.get("/Rotate", 0) or 0)
    except (TypeError, ValueError):
        rotate = 0
    return PageBox(x0, y0, x1, y1, (round(rotate / 90) * 90) % 360)


def open_pdf(path: str | Path, password: str | None = None):
    """A pypdf reader, decrypted when needed; raises PasswordNeeded when it must be."""
    from pypdf import PdfReader

    quiet_pypdf()
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        tried = [password] if password is not None else [""]
        if not any(reader.decrypt(p) for p in tried):  # 0 (NOT_DECRYPTED) is falsy
            raise PasswordNeeded(str(path))
    return reader


def content_bytes(page) -> bytes:
    """The page's content streams, decoded and joined (what the export draws)."""
    contents = page.get_contents()
    return contents.get_data() if contents is not None else b""


def check_pages(reader) -> list[PageBox]:
    """Read every page as the export will; raises on the first page that cannot be read."""
    boxes = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for n, page in enumerate(reader.pages, 1):
            try:
                boxes.append(page_box(page))
                content_bytes(page)
                resources = page.get("/Resources")
                if resources is not None:
                    for key in ("/Font", "/XObject"):
                        entry = resources.get_object().get(key)
                        if entry is not None:
                            for ref in entry.get_object().values():
                                ref.get_object()
            except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damage
                raise ValueError(f"page {n} cannot be read: {describe(exc)}") from None
    return boxes


def describe(exc: BaseException) -> str:
    return shorten(str(exc).strip() or type(exc).__name__)


def shorten(text: str, limit: int = 200) -> str:
    """A library's message cut to ``limit`` characters for a line or a page."""
    return text if len(text) < limit else text[:limit] + "…"
