"""What every OCR handler returns, the interface it implements, and the OCR errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import BonusDeskError

# A threading.Event (set it to cancel) or a callable returning True to cancel; the UI's
# job runner passes its own.
CancelFlag = threading.Event | Callable[[], bool]

Rect = tuple[int, int, int, int]  # x, y, w, h in pixels of the whole image


class OcrError(BonusDeskError):
    """Text could not be read."""


class OcrUnavailable(OcrError):
    """No OCR engine can run here; the message says what each one lacks."""


class OcrCancelled(OcrError):
    def __init__(self) -> None:
        super().__init__("reading the text was cancelled; nothing was stored")


def cancelled(cancel: CancelFlag | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def check_cancel(cancel: CancelFlag | None) -> None:
    if cancelled(cancel):
        raise OcrCancelled()


@dataclass
class OcrWord:
    text: str
    box: Rect
    confidence: float  # 0-100 as the engine says it
    chars: list[Rect] = field(default_factory=list)  # per character, when the engine gives it


@dataclass
class OcrLine:
    words: list[OcrWord]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> Rect:
        return union([w.box for w in self.words])

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)


@dataclass
class OcrResult:
    engine: str  # handler name, e.g. "tesserocr"
    version: str  # e.g. "tesseract 5.5.4 (tesserocr 2.13.0)"
    languages: str  # e.g. "fra+eng"
    lines: list[OcrLine]
    image_size: tuple[int, int]
    region: Rect | None = None  # the part of the image read; None = all of it
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def to_json(self) -> dict:
        return {
            "engine": self.engine, "version": self.version, "languages": self.languages,
            "image_size": list(self.image_size),
            "region": list(self.region) if self.region else None,
            "seconds": round(self.seconds, 3), "text": self.text,
            "lines": [{"text": ln.text, "box": list(ln.box), "confidence": round(ln.confidence, 1),
                       "words": [{"text": w.text, "box": list(w.box),
                                  "confidence": round(w.confidence, 1)} for w in ln.words]}
                      for ln in self.lines],
        }


def union(boxes: list[Rect]) -> Rect:
    if not boxes:
        return (0, 0, 0, 0)
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return (left, top, right - left, bottom - top)


class OcrHandler(Protocol):
    """One OCR engine. Handlers are tried in order; the first available one reads."""

    name: str

    def unavailable_reason(self) -> str:
        """"" when this handler can run here, else why not (shown to the user)."""

    def version(self) -> str:
        """Engine and version, recorded with every stored text."""

    def languages(self) -> str:
        """The languages it will read with, "fra+eng" style."""

    def read(self, image, cancel: CancelFlag | None) -> list[OcrLine]:
        """Lines of text of an RGB PIL image, boxes in its pixels; raises OcrCancelled."""
