"""Redaction preset for ID documents: proposed boxes the player confirms.

From the text read by OCR (core.ocr) it proposes to mask

- the document number, except its last 4 characters (what support needs to match it);
- every line of the machine-readable zone (MRZ: ``P<FRAMARTIN<<CAMILLE<<<<``), which
  repeats the number, the name and the birth date.

Nothing is redacted here: the editor (or ``bonusdesk-cli evidence id-boxes``) shows the
proposals, the player adjusts or drops them, and only then makes the redacted copy.
OCR can miss a number (glare, a photo at an angle): the player must check the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .annotate import Box, Operation, OpKind
from .ocr import OcrLine, OcrResult, OcrWord

KEEP = 4  # characters of the document number left visible
MRZ_MIN_LEN = 25  # TD1 lines are 30 characters, TD2 36, TD3 (passports) 44
_MRZ_CHARS = re.compile(r"[A-Z0-9<]")
_LABEL = re.compile(
    r"\b(n[°o]|no\.|num[ée]ro|number|document|passport|passeport|card|carte|id)\b|n°",
    re.IGNORECASE)
_NUMBER = re.compile(r"[A-Z0-9]{6,}")


@dataclass
class Proposal:
    reason: str  # "document_number" | "mrz"
    op: Operation  # a redaction box
    shown: str  # what stays readable, e.g. "•••••PFW4" ("" for an MRZ line)

    def to_json(self) -> dict:
        return {"reason": self.reason, "rect": self.op.box.as_list(), "shown": self.shown}


def _pad(box: tuple[int, int, int, int], pad_x: int, pad_y: int) -> Box:
    x, y, w, h = box
    return Box(x - pad_x, y - pad_y, w + 2 * pad_x, h + 2 * pad_y)


def _is_mrz(line: OcrLine) -> bool:
    text = re.sub(r"\s+", "", line.text).upper().replace("«", "<")
    if len(text) < MRZ_MIN_LEN:
        return False
    good = len(_MRZ_CHARS.findall(text))
    return good >= 0.9 * len(text) and text.count("<") >= 2


def mrz_proposals(lines: list[OcrLine]) -> list[Proposal]:
    out = []
    for line in lines:
        if _is_mrz(line):
            h = line.box[3]
            out.append(Proposal("mrz", Operation(OpKind.REDACT, _pad(line.box, h // 2, h // 3)),
                                ""))
    return out


def _char_boxes(word: OcrWord) -> list[tuple[int, int, int, int]]:
    """One box per character: the engine's when it gave them, else an even split."""
    if len(word.chars) == len(word.text):
        return list(word.chars)
    x, y, w, h = word.box
    n = max(1, len(word.text))
    return [(x + w * i // n, y, max(1, w // n), h) for i in range(n)]


def _number_in(words: list[OcrWord]) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The characters (with boxes) of the first number-like run in ``words``."""
    chars: list[tuple[str, tuple[int, int, int, int]]] = []
    for word in words:
        match = _NUMBER.search(word.text.upper())
        has_digit = match is not None and any(c.isdigit() for c in match.group())
        if not has_digit:
            if chars:
                break  # the number ended
            continue
        boxes = _char_boxes(word)
        chars += [(word.text[i], boxes[i]) for i in range(match.start(), match.end())]
        if match.end() < len(word.text):
            break  # something else follows in the same word
    return chars


def _mask(chars, reason: str) -> Proposal | None:
    if len(chars) <= KEEP:
        return None
    hidden = [box for _, box in chars[:-KEEP]]
    top = min(b[1] for b in hidden)
    bottom = max(b[1] + b[3] for b in hidden)
    pad_x, pad_y = (bottom - top) // 3, (bottom - top) // 4
    left = min(b[0] for b in hidden) - pad_x
    right = chars[-KEEP][1][0]  # up to the first kept character, never over it
    box = Box(left, top - pad_y, right - left, bottom - top + 2 * pad_y)
    shown = "•" * (len(chars) - KEEP) + "".join(c for c, _ in chars[-KEEP:])
    return Proposal(reason, Operation(OpKind.REDACT, box), shown)


def number_proposals(lines: list[OcrLine]) -> list[Proposal]:
    """The document number after a label ("N°", "Document No", "Numéro"...), on the same
    line or the next one; without any label, every long code with digits."""
    out = []
    labelled = False
    for i, line in enumerate(lines):
        if _is_mrz(line):
            continue
        for j, word in enumerate(line.words):
            if not _LABEL.search(word.text):
                continue
            labelled = True
            chars = _number_in(line.words[j + 1:]) or _number_in([word])
            if not chars and i + 1 < len(lines) and not _is_mrz(lines[i + 1]):
                chars = _number_in(lines[i + 1].words)
            proposal = _mask(chars, "document_number") if chars else None
            if proposal and all(p.op.box != proposal.op.box for p in out):
                out.append(proposal)
            break
    if labelled and out:
        return out
    for line in lines:
        if _is_mrz(line):
            continue
        chars = _number_in(line.words)
        if len(chars) >= 8 and sum(c.isdigit() for c, _ in chars) >= 4:
            proposal = _mask(chars, "document_number")
            if proposal:
                out.append(proposal)
    return out


def propose(result: OcrResult) -> list[Proposal]:
    """Redaction boxes for an ID document, from its OCR result."""
    return number_proposals(result.lines) + mrz_proposals(result.lines)
