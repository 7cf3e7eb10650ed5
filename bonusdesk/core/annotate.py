"""Annotation and redaction operations on an image, and their rendering (Pillow, no Qt).

An :class:`Operation` is plain data (kind, rectangle, text, colour, step number), so the
list of operations that made a derivative can be stored in its metadata, written to a
JSON file, re-opened and edited. :func:`render` applies a list to an image; the app's
editor and ``bonusdesk-cli`` both call it, so they produce the same pixels.

Coordinates are pixels of the *upright* source image (an EXIF rotation already applied),
origin top-left. A rectangle is ``(x, y, w, h)``; for an arrow it runs from the tail
``(x, y)`` to the head ``(x + w, y + h)``, so ``w`` and ``h`` may be negative there.

Rendering order is fixed, whatever the list order, because redaction must win:
annotations in list order, then every redaction box as an opaque solid colour, then the
crop. Nothing drawn can show through or on top of a redaction box.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .errors import BadInput

OPS_FORMAT = "bonusdesk-ops/1"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


class OpKind(StrEnum):
    RECT = "rect"  # outlined rectangle
    ARROW = "arrow"  # from (x, y) to (x + w, y + h)
    HIGHLIGHT = "highlight"  # translucent marker over the rectangle
    TEXT = "text"  # text written inside the rectangle (top-left)
    STEP = "step"  # numbered disc centred in the rectangle
    CROP = "crop"  # keep only this rectangle (at most one)
    REDACT = "redact"  # opaque solid box: the pixels under it are destroyed


DEFAULT_COLOURS = {
    OpKind.RECT: "#E53935", OpKind.ARROW: "#E53935", OpKind.HIGHLIGHT: "#FFEB3B",
    OpKind.TEXT: "#E53935", OpKind.STEP: "#E53935", OpKind.CROP: "#000000",
    OpKind.REDACT: "#000000",
}
HIGHLIGHT_ALPHA = 0.4  # a highlighter must leave the text under it readable


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @classmethod
    def parse(cls, text: str) -> Box:
        """``"X,Y,W,H"`` (integers) -> Box; a :class:`BadInput` for anything else."""
        parts = [p.strip() for p in str(text).split(",")]
        try:
            values = [int(p) for p in parts]
        except ValueError:
            values = []
        if len(values) != 4:
            raise BadInput(f"a box is X,Y,W,H in whole pixels (e.g. 120,40,300,32), not {text!r}")
        return cls(*values)

    def normalised(self) -> Box:
        """The same area with a positive width and height."""
        x, w = (self.x + self.w, -self.w) if self.w < 0 else (self.x, self.w)
        y, h = (self.y + self.h, -self.h) if self.h < 0 else (self.y, self.h)
        return Box(x, y, w, h)

    def clip(self, width: int, height: int) -> Box | None:
        """The part inside a ``width`` × ``height`` image, or None when nothing is."""
        b = self.normalised()
        left, top = max(b.x, 0), max(b.y, 0)
        right, bottom = min(b.x + b.w, width), min(b.y + b.h, height)
        if right <= left or bottom <= top:
            return None
        return Box(left, top, right - left, bottom - top)

    def as_list(self) -> list[int]:
        return [self.x, self.y, self.w, self.h]


@dataclass(frozen=True)
class Operation:
    kind: OpKind
    box: Box
    text: str = ""  # TEXT: what is written; other kinds: ignored
    colour: str = ""  # "#RRGGBB"; "" = the kind's default
    step: int | None = None  # STEP: the number shown; None = next number in the list
    stroke: int = 4  # line width of RECT and ARROW, in pixels
    size: int = 0  # TEXT font size in pixels; 0 = from the box height

    @property
    def rgb(self) -> tuple[int, int, int]:
        value = (self.colour or DEFAULT_COLOURS[self.kind]).lstrip("#")
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)

    def to_json(self) -> dict:
        out: dict = {"kind": self.kind.value, "rect": self.box.as_list()}
        if self.text:
            out["text"] = self.text
        if self.colour:
            out["colour"] = self.colour
        if self.step is not None:
            out["step"] = self.step
        if self.kind in (OpKind.RECT, OpKind.ARROW) and self.stroke != 4:
            out["stroke"] = self.stroke
        if self.size:
            out["size"] = self.size
        return out

    @classmethod
    def from_json(cls, doc, where: str = "operation") -> Operation:
        if not isinstance(doc, dict):
            raise BadInput(f"{where}: expected an object with kind and rect, not {doc!r}")
        unknown = set(doc) - {"kind", "rect", "text", "colour", "color", "step", "stroke",
                              "size"}
        if unknown:
            raise BadInput(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        try:
            kind = OpKind(doc.get("kind"))
        except ValueError:
            raise BadInput(f"{where}: kind must be one of "
                           f"{', '.join(k.value for k in OpKind)}, not {doc.get('kind')!r}"
                           ) from None
        rect = doc.get("rect")
        if isinstance(rect, str):
            box = Box.parse(rect)
        elif (isinstance(rect, list) and len(rect) == 4
              and all(isinstance(v, int) and not isinstance(v, bool) for v in rect)):
            box = Box(*rect)
        else:
            raise BadInput(f"{where}: rect must be [x, y, w, h] in whole pixels, not {rect!r}")
        colour = doc.get("colour", doc.get("color", ""))
        if colour and not (isinstance(colour, str) and _COLOUR.fullmatch(colour)):
            raise BadInput(f"{where}: colour must be #RRGGBB, not {colour!r}")
        text = doc.get("text", "")
        if not isinstance(text, str):
            raise BadInput(f"{where}: text must be a string")
        step = doc.get("step")
        stroke, size = doc.get("stroke", 4), doc.get("size", 0)
        for name, value, low in (("step", step, 0), ("stroke", stroke, 1), ("size", size, 0)):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                      or value < low or value > 1000):
                raise BadInput(f"{where}: {name} must be a whole number from {low} to 1000")
        return cls(kind, box, text, colour, step, stroke, size)


@dataclass
class OperationList:
    """Operations in the order the user made them; what a derivative's metadata keeps."""

    operations: list[Operation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"format": OPS_FORMAT, "operations": [op.to_json() for op in self.operations]}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, doc) -> OperationList:
        """A ``{"format", "operations": [...]}`` document, or a bare list of operations."""
        if isinstance(doc, dict):
            fmt = doc.get("format", OPS_FORMAT)
            if fmt != OPS_FORMAT:
                raise BadInput(f"unknown operations format {fmt!r} (expected {OPS_FORMAT})")
            doc = doc.get("operations")
        if not isinstance(doc, list):
            raise BadInput("an operations file holds a list of operations "
                           '(or {"operations": [...]})')
        ops = [Operation.from_json(d, f"operation {i}") for i, d in enumerate(doc, 1)]
        return cls(ops)

    @classmethod
    def loads(cls, text: str) -> OperationList:
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise BadInput(f"operations file is not valid JSON ({exc})") from None
        return cls.from_json(doc)

    @property
    def redactions(self) -> list[Operation]:
        return [op for op in self.operations if op.kind == OpKind.REDACT]

    @property
    def crop(self) -> Operation | None:
        crops = [op for op in self.operations if op.kind == OpKind.CROP]
        return crops[-1] if crops else None

    def numbered(self) -> OperationList:
        """Step markers without a number get the next one (1, 2, ... in list order)."""
        out, last = [], 0
        for op in self.operations:
            if op.kind == OpKind.STEP:
                if op.step is None:
                    op = replace(op, step=last + 1)
                last = op.step
            out.append(op)
        return OperationList(out)

    def validate(self, width: int, height: int) -> None:
        """Refuse what cannot be rendered on a ``width`` × ``height`` image."""
        if not self.operations:
            raise BadInput("no operation given: nothing to annotate or redact")
        if sum(op.kind == OpKind.CROP for op in self.operations) > 1:
            raise BadInput("at most one crop per derivative")
        for i, op in enumerate(self.operations, 1):
            if op.kind == OpKind.ARROW:
                if op.box.w == 0 and op.box.h == 0:
                    raise BadInput(f"operation {i} (arrow) has no length")
                continue
            if op.box.w == 0 or op.box.h == 0:
                raise BadInput(f"operation {i} ({op.kind.value}) has an empty rectangle "
                               f"{','.join(map(str, op.box.as_list()))}")
            if op.box.clip(width, height) is None:
                raise BadInput(
                    f"operation {i} ({op.kind.value}) box {','.join(map(str, op.box.as_list()))}"
                    f" lies outside the {width}×{height} image")
            if op.kind == OpKind.TEXT and not op.text.strip():
                raise BadInput(f"operation {i} (text) has no text")


# -- rendering ----------------------------------------------------------------------
def upright_rgb(image):
    """The picture as the user sees it: EXIF rotation applied, flattened to RGB.

    Flattening happens *before* redaction, so no alpha channel or palette entry can
    carry what a box hides.
    """
    from PIL import Image, ImageOps

    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P"
                                              and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def render(image, ops: OperationList):
    """A new RGB image: ``image`` with ``ops`` applied (annotations, redactions, crop)."""
    from PIL import Image, ImageDraw

    base = upright_rgb(image)
    ops.validate(base.width, base.height)
    ops = ops.numbered()
    out = base.copy()
    for op in ops.operations:
        if op.kind in (OpKind.REDACT, OpKind.CROP):
            continue
        if op.kind == OpKind.HIGHLIGHT:
            box = op.box.clip(out.width, out.height)
            area = (box.x, box.y, box.x + box.w, box.y + box.h)
            tint = Image.new("RGB", (box.w, box.h), op.rgb)
            out.paste(Image.blend(out.crop(area), tint, HIGHLIGHT_ALPHA), area[:2])
            continue
        draw = ImageDraw.Draw(out)
        _DRAW[op.kind](draw, op)
    draw = ImageDraw.Draw(out)
    for op in ops.redactions:
        box = op.box.clip(out.width, out.height)
        # Inclusive corners in Pillow: (x, y) .. (x + w - 1, y + h - 1) covers w × h pixels.
        draw.rectangle((box.x, box.y, box.x + box.w - 1, box.y + box.h - 1), fill=op.rgb)
    crop = ops.crop
    if crop is not None:
        box = crop.box.clip(out.width, out.height)
        out = out.crop((box.x, box.y, box.x + box.w, box.y + box.h))
    return out


def _rect(draw, op: Operation) -> None:
    b = op.box.normalised()
    draw.rectangle((b.x, b.y, b.x + b.w - 1, b.y + b.h - 1), outline=op.rgb, width=op.stroke)


def _arrow(draw, op: Operation) -> None:
    import math

    x0, y0 = op.box.x, op.box.y
    x1, y1 = x0 + op.box.w, y0 + op.box.h
    length = math.hypot(x1 - x0, y1 - y0)
    head = max(10.0, op.stroke * 4.0)
    angle = math.atan2(y1 - y0, x1 - x0)
    # The shaft stops where the head starts, so the tip stays sharp.
    back = max(0.0, length - head * 0.8)
    sx, sy = x0 + math.cos(angle) * back, y0 + math.sin(angle) * back
    draw.line((x0, y0, sx, sy), fill=op.rgb, width=op.stroke)
    spread = math.radians(25)
    left = (x1 - head * math.cos(angle - spread), y1 - head * math.sin(angle - spread))
    right = (x1 - head * math.cos(angle + spread), y1 - head * math.sin(angle + spread))
    draw.polygon([(x1, y1), left, right], fill=op.rgb)


def _text(draw, op: Operation) -> None:
    from .stamp import truetype_font

    b = op.box.normalised()
    size = op.size or max(10, min(200, round(b.h * 0.75)))
    font, _ = truetype_font(size)
    draw.multiline_text((b.x, b.y), op.text, font=font, fill=op.rgb, spacing=size // 4)


def _step(draw, op: Operation) -> None:
    from .stamp import truetype_font

    b = op.box.normalised()
    diameter = max(16, min(b.w, b.h))
    cx, cy = b.x + b.w / 2, b.y + b.h / 2
    r = diameter / 2
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=op.rgb, outline=(255, 255, 255),
                 width=max(1, diameter // 16))
    font, _ = truetype_font(max(8, round(diameter * 0.55)))
    draw.text((cx, cy), str(op.step), font=font, fill=(255, 255, 255), anchor="mm")


_DRAW = {OpKind.RECT: _rect, OpKind.ARROW: _arrow, OpKind.TEXT: _text, OpKind.STEP: _step}
