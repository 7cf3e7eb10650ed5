"""Stamped derivative: a copy of a screenshot with a visible banner.

The banner, added *below* the picture so no screen content is hidden, shows
the capture date, time and zone, the claim title and the SHA-256 of the
original. The copy is separate evidence (source "derivative") that records its
parent's hash; the original file is never touched.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BadInput, DiskFull
from .png import compressor, encode_png, png_text, read_png_text
from .record_types import Evidence, EvidenceKind
from .timeutil import get_zone, now_utc, to_iso

if TYPE_CHECKING:
    from .folder import ClaimFolder

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_BG, _FG, _RULE = (20, 24, 38), (255, 255, 255), (230, 170, 40)


# Fonts with French accents, tried after a bundled one: a banner must not show "cr▯dit▯".
SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  # Fedora
    "C:/Windows/Fonts/segoeui.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",  # macOS
    "/Library/Fonts/Arial Unicode.ttf",
)


def _font_paths() -> list[Path]:
    bundled = sorted(FONTS_DIR.glob("*.ttf")) if FONTS_DIR.is_dir() else []
    return bundled + [Path(p) for p in SYSTEM_FONTS]


def truetype_font(size: int):
    """(font, True) for a TrueType font with accents, else (Pillow's font, False)."""
    from PIL import ImageFont

    for path in _font_paths():
        if path.is_file():
            try:
                return ImageFont.truetype(str(path), size), True
            except OSError:
                continue
    return ImageFont.load_default(size=size), False


_font = truetype_font  # the banner's name for it


def _ascii(text: str) -> str:
    """Pillow's built-in font has no accents: "crédité — Étoile" -> "credite - Etoile"."""
    text = text.replace("—", "-").replace("–", "-").replace("·", "|")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return folded


def banner_lines(original: Evidence, claim_title: str) -> list[str]:
    local = original.captured_at.astimezone(get_zone(original.zone))
    utc = original.captured_at.astimezone(UTC)
    return [
        f"Captured {local:%Y-%m-%d %H:%M:%S} {original.zone} (UTC{original.utc_offset})"
        f" · {utc:%Y-%m-%d %H:%M:%S} UTC",
        f"Claim: {claim_title}",
        f"SHA-256 of the original: {original.sha256}",
    ]


def _fit(lines: list[str], width: int):
    """A font size at which the lines fit ``width``; long lines wrap at the smallest size."""
    from PIL import Image, ImageDraw

    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    size = max(10, min(28, width // 60))
    if not _font(size)[1]:
        lines = [_ascii(line) for line in lines]
    while True:
        font = _font(size)[0]
        widest = max(measure.textlength(line, font=font) for line in lines)
        if widest <= width - 2 * _margin(size) or size <= 10:
            break
        size -= 1
    wrapped = []
    for line in lines:
        while measure.textlength(line, font=font) > width - 2 * _margin(size) and len(line) > 8:
            cut = len(line)
            while cut > 1 and measure.textlength(line[:cut], font=font) > (
                    width - 2 * _margin(size)):
                cut -= 1
            wrapped.append(line[:cut])
            line = line[cut:]
        wrapped.append(line)
    return font, size, wrapped


def _margin(size: int) -> int:
    return max(4, size // 2)


def render_stamped(image, lines: list[str]):
    """A new RGB image: ``image`` unchanged on top, the banner below."""
    from PIL import Image, ImageDraw

    width = image.width
    font, size, wrapped = _fit(lines, width)
    margin = _margin(size)
    line_h = round(size * 1.35)
    banner_h = 2 * margin + line_h * len(wrapped) + 3
    out = Image.new("RGB", (width, image.height + banner_h), _BG)
    out.paste(image.convert("RGB"), (0, 0))
    draw = ImageDraw.Draw(out)
    draw.rectangle([0, image.height, width, image.height + 2], fill=_RULE)
    y = image.height + 3 + margin
    for line in wrapped:
        draw.text((margin, y), line, font=font, fill=_FG)
        y += line_h
    return out


INBOX_TITLE = "Inbox (not filed yet)"  # the banner's claim line for an unfiled capture


@dataclass
class StampJob:
    """What rendering a stamped copy needs, read on the folder's thread: plain data, so
    the rendering (the slow part) can run on any thread (:func:`render_stamped_png`)."""

    claim_id: int | None  # None: the Inbox
    original: Evidence
    source: Path  # the original's file in the claim folder
    lines: list[str]  # the banner


def prepare_stamped(folder: ClaimFolder, claim_id: int | None, original: Evidence
                    ) -> StampJob:
    """Check that ``original`` can be stamped and gather what the banner says (the claim's
    title, or the Inbox's when ``claim_id`` is None)."""
    if not original.is_image:
        raise BadInput(f"evidence {original.id} is not an image: nothing to stamp")
    problem = folder.evidence.check(original)
    if problem:
        raise BadInput(f"evidence {original.id} is {problem}: refusing to stamp a copy of it")
    title = folder.claims.get(claim_id).title if claim_id is not None else INBOX_TITLE
    return StampJob(claim_id, original, folder.evidence.file_path(original),
                    banner_lines(original, title))


def render_stamped_png(job: StampJob) -> tuple[bytes, dict]:
    """The stamped copy as PNG bytes, and its metadata. Any thread; no folder."""
    from PIL import Image

    with Image.open(job.source) as im:
        im.load()
        parent_meta = read_png_text(getattr(im, "text", {}) or {})
        stamped = render_stamped(im, job.lines)
    original = job.original
    meta = {**parent_meta, "derivative": "stamped", "parent_sha256": original.sha256,
            "parent_evidence_id": original.id, "derived_at_utc": to_iso(now_utc())}
    meta["encoder"] = compressor()[0]
    return encode_png(stamped.tobytes(), stamped.width, stamped.height, png_text(meta)), meta


def store_rendered(folder: ClaimFolder, job: StampJob, data: bytes, meta: dict) -> Evidence:
    """Store a copy made by :func:`render_stamped_png` (on the folder's thread)."""
    original = job.original
    name = Path(original.original_name).stem + "-stamped.png"
    try:
        return folder.evidence.add_bytes(
            job.claim_id, data, name, kind=EvidenceKind.SCREENSHOT,
            caption=f"Stamped copy of: {original.caption}"[:200] if original.caption
            else "Stamped copy", captured_at=original.captured_at, zone=original.zone,
            metadata=meta, source="derivative", parent_sha256=original.sha256)
    except OSError as exc:
        import errno

        if exc.errno == errno.ENOSPC:
            raise DiskFull(f"disk full: the stamped copy could not be stored in {folder.path}"
                           ) from exc
        raise


def store_stamped(folder: ClaimFolder, claim_id: int | None, original: Evidence) -> Evidence:
    """Store a stamped copy of screenshot ``original`` beside it (in its claim, or in the
    Inbox when ``claim_id`` is None); returns the new evidence.

    In one go on the folder's thread (CLI); the app renders in its job runner between
    :func:`prepare_stamped` and :func:`store_rendered`.
    """
    job = prepare_stamped(folder, claim_id, original)
    return store_rendered(folder, job, *render_stamped_png(job))
