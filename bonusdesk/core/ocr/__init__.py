"""Read the text in an image, offline, through a chain of OCR handlers.

Handlers are tried in order (like NormCap's screenshot handlers): the first one that is
available reads. ``available()`` says which ones can run and why the others cannot::

    result = read_image(pil_image, region=(x, y, w, h), cancel=threading.Event())
    result.text, result.lines[0].box, result.engine, result.version

CPU only, no database: run it in a worker thread. The engine choice and its measured
accuracy and speed are in docs/capture.md ("Reading the text").
"""

from __future__ import annotations

import time

from .base import (
    CancelFlag,
    OcrCancelled,
    OcrError,
    OcrHandler,
    OcrLine,
    OcrResult,
    OcrUnavailable,
    OcrWord,
    check_cancel,
)
from .tesseract_handlers import TesseractProgramHandler, TesserocrHandler

__all__ = ["CancelFlag", "OcrCancelled", "OcrError", "OcrHandler", "OcrLine", "OcrResult",
           "OcrUnavailable", "OcrWord", "available", "handlers", "pick", "read_image"]

_HANDLERS: list[OcrHandler] | None = None


def handlers() -> list[OcrHandler]:
    """Every handler, in the order they are tried."""
    global _HANDLERS
    if _HANDLERS is None:
        _HANDLERS = [TesserocrHandler(), TesseractProgramHandler()]
    return _HANDLERS


def available(chain: list[OcrHandler] | None = None) -> list[tuple[str, str]]:
    """(handler name, "" or why it cannot run) for each handler, in order."""
    return [(h.name, h.unavailable_reason()) for h in (chain or handlers())]


def pick(chain: list[OcrHandler] | None = None) -> OcrHandler:
    """The first handler that can run here; OcrUnavailable says why none can."""
    reasons = []
    for handler in chain or handlers():
        why = handler.unavailable_reason()
        if not why:
            return handler
        reasons.append(f"{handler.name}: {why}")
    raise OcrUnavailable("no OCR engine available (" + "; ".join(reasons) + ")")


def _check_region(region, width: int, height: int) -> tuple[int, int, int, int] | None:
    if region is None:
        return None
    x, y, w, h = region
    left, top = max(0, x), max(0, y)
    right, bottom = min(width, x + w), min(height, y + h)
    if w <= 0 or h <= 0 or right <= left or bottom <= top:
        raise OcrError(f"region {x},{y},{w},{h} is empty or outside the {width}×{height} image")
    return (left, top, right - left, bottom - top)


def read_image(image, region=None, cancel: CancelFlag | None = None,
               chain: list[OcrHandler] | None = None) -> OcrResult:
    """Text of a PIL image (or of ``region`` = (x, y, w, h) of it), boxes in image pixels."""
    from ..annotate import upright_rgb

    started = time.perf_counter()
    handler = pick(chain)
    check_cancel(cancel)
    rgb = upright_rgb(image)
    area = _check_region(region, rgb.width, rgb.height)
    part = rgb if area is None else rgb.crop((area[0], area[1], area[0] + area[2],
                                              area[1] + area[3]))
    lines = handler.read(part, cancel)
    if area is not None:
        lines = [_moved(line, area[0], area[1]) for line in lines]
    return OcrResult(handler.name, handler.version(), handler.languages(), lines, rgb.size,
                     area, time.perf_counter() - started)


def _moved(line: OcrLine, dx: int, dy: int) -> OcrLine:
    def move(b):
        return (b[0] + dx, b[1] + dy, b[2], b[3])

    return OcrLine([OcrWord(w.text, move(w.box), w.confidence, [move(c) for c in w.chars])
                    for w in line.words])
