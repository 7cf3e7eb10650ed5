"""How each screenshot goes into the PDF: untouched, or re-encoded to fit a size limit.

Originals are never modified: re-encoded copies live in a private temp folder, one at
a time, and are deleted as soon as reportlab has read them. PNGs that PDF can carry
as they are (8-bit, not interlaced, no alpha) are handed over untouched: their
compressed data is copied into the PDF (see post.py), which is what makes large
exports fast.
"""

from __future__ import annotations

import functools
import os
import struct
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .collect import Numbered

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# Re-encoding threads for "fit under N MB": enough for two cores, and a bounded number
# of decoded screenshots in memory at once.
ENCODE_WORKERS = 2

# Size-limit levels, tried in order: (name, JPEG quality, widest width in px or None).
# The last one is the READABILITY FLOOR, never gone below: JPEG quality 70 and at least
# 1280 px wide, i.e. a full-HD screen at 2/3 of its pixels, where 13-14 px interface text
# keeps an x-height of about 5 px. Narrower images (region captures, phone screens) keep
# their native resolution at every level; a tall image (a scrolled page) is capped on
# its width only, so its lines of text shrink no more than a screen's.
LEVELS = [
    ("original", None, None),
    ("jpeg", 85, None),
    ("jpeg-q75", 75, None),
    ("jpeg-1600", 75, 1600),
    ("jpeg-1280", 70, 1280),
]
FLOOR = len(LEVELS) - 1


@dataclass
class PngData:
    """Where a PNG's compressed pixels are, for a PDF FlateDecode stream with predictors."""

    width: int
    height: int
    colors: int  # 1 = gray or palette index, 3 = RGB
    depth: int = 8  # bits per component (1, 2, 4 for small gray or palette images)
    palette: bytes = b""  # PLTE for indexed images
    idat: list[tuple[int, int]] = field(default_factory=list)  # (file offset, length)

    @property
    def length(self) -> int:
        return sum(n for _, n in self.idat)

    @property
    def ranges(self) -> list[tuple[int, int]]:
        return self.idat

    def read(self, path: str) -> bytes:
        with open(path, "rb") as fh:
            parts = []
            for offset, n in self.idat:
                fh.seek(offset)
                parts.append(fh.read(n))
        return b"".join(parts)


@dataclass
class JpegData:
    """A baseline or progressive JPEG a PDF shows as is (DCTDecode)."""

    width: int
    height: int
    colors: int  # 1 or 3
    size: int

    @property
    def ranges(self) -> list[tuple[int, int]]:
        return [(0, self.size)]


def jpeg_passthrough(path: str) -> JpegData | None:
    """The JPEG's facts when PDF can show its bytes as they are (RGB or gray), else None."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            if im.format != "JPEG" or im.mode not in ("RGB", "L"):
                return None  # CMYK JPEGs need Adobe-specific decode arrays: decode them
            return JpegData(im.width, im.height, 3 if im.mode == "RGB" else 1,
                            os.path.getsize(path))
    except (OSError, UnidentifiedImageError, ValueError):
        return None


@functools.lru_cache(maxsize=256)
def orientation(path: str) -> int:
    """EXIF orientation of a JPEG (1 = upright; 3, 6, 8 = turned 180°, 90° CW, 90° CCW).

    Only JPEGs (photos of a screen) carry it in practice; Pillow would decode a whole
    PNG to look for it, so other formats count as upright.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with open(path, "rb") as fh:
            if fh.read(3) != b"\xff\xd8\xff":
                return 1
        with Image.open(path) as im:
            value = im.getexif().get(0x0112, 1)
    except (OSError, UnidentifiedImageError, ValueError):
        return 1
    return value if value in (3, 6, 8) else 1  # mirrored variants are not screenshots


def display_size(width: int, height: int, turn: int) -> tuple[int, int]:
    return (height, width) if turn in (6, 8) else (width, height)


def placement(turn: int, x: float, y: float, w: float, h: float) -> tuple[float, ...]:
    """PDF matrix taking the image's unit square to the box (x, y, w, h), upright."""
    if turn == 3:
        return (-w, 0, 0, -h, x + w, y + h)
    if turn == 6:
        return (0, -h, w, 0, x, y + h)
    if turn == 8:
        return (0, h, -w, 0, x + w, y)
    return (w, 0, 0, h, x, y)


def png_passthrough(path: str) -> PngData | None:
    """The PNG's layout when PDF can use its data as is, else None."""
    try:
        with open(path, "rb") as fh:
            if fh.read(8) != PNG_SIGNATURE:
                return None
            info = None
            while True:
                head = fh.read(8)
                if len(head) < 8:
                    return None
                n, kind = struct.unpack(">I4s", head)
                if kind == b"IHDR":
                    w, h, depth, ctype, _comp, _filt, interlace = struct.unpack(
                        ">IIBBBBB", fh.read(13))
                    # PDF reads PNG rows as they are for these layouts (same bit packing,
                    # same predictors); 16-bit and interlaced ones need decoding.
                    if interlace or not ((ctype == 2 and depth == 8)
                                         or (ctype in (0, 3) and depth in (1, 2, 4, 8))):
                        return None
                    info = PngData(w, h, 3 if ctype == 2 else 1, depth=depth)
                    indexed = ctype == 3
                    fh.seek(4, os.SEEK_CUR)
                    continue
                if info is None or kind == b"tRNS":
                    return None  # transparency needs an alpha mask: let reportlab do it
                if kind == b"PLTE":
                    info.palette = fh.read(n)
                    fh.seek(4, os.SEEK_CUR)
                    continue
                if kind == b"IDAT":
                    info.idat.append((fh.tell(), n))
                elif kind == b"IEND":
                    break
                fh.seek(n + 4, os.SEEK_CUR)
    except (OSError, struct.error):
        return None
    if not info.idat or (indexed and not info.palette):
        return None
    return info


@dataclass
class Placed:
    path: str
    passthrough: PngData | JpegData | None = None  # data post.py copies in as is
    temp: bool = False
    turn: int = 1  # EXIF orientation still to apply when drawing


class ImagePreparer:
    """Gives the renderer a file to draw for each image, per size level."""

    def __init__(self, level: int, workdir: Path, passthrough: bool = True):
        self.name, self.quality, self.side = LEVELS[level]
        self.workdir = workdir
        self.passthrough = passthrough

    @property
    def reencodes(self) -> bool:
        return self.quality is not None

    def describe_level(self, lang: str = "en") -> str:
        from .labels import labels

        t = labels(lang)
        if self.side:
            return t["jpeg_level_side"].format(q=self.quality, side=self.side)
        return t["jpeg_level"].format(q=self.quality)

    def describe(self, item: Numbered, lang: str = "en") -> str:
        """How the image is shown, for the index ("" when shown as the original)."""
        if not self.reencodes:
            return ""
        from .labels import labels

        w, h = self._size(item)
        return labels(lang)["jpeg_item"].format(w=w, h=h, q=self.quality)

    def _size(self, item: Numbered) -> tuple[int, int]:
        w, h = display_size(item.ev.width or 0, item.ev.height or 0, orientation(item.path))
        return scaled(w, h, self.side)

    def place(self, item: Numbered) -> Placed:
        """The file to show for ``item``; re-encoded copies stay until the export ends
        (post.py reads them while writing the final file)."""
        if not self.reencodes:
            turn = orientation(item.path)
            data = None
            if self.passthrough:
                data = png_passthrough(item.path) or jpeg_passthrough(item.path)
            return Placed(item.path, data, turn=turn)
        out = self._copy_path(item)
        if not out.exists():  # not made ahead by encode_all
            self._encode_to_file(item)
        return Placed(str(out), jpeg_passthrough(str(out)) if self.passthrough else None,
                      temp=True)

    def _copy_path(self, item: Numbered) -> Path:
        return self.workdir / f"img-{self.name}-{item.n}.jpg"

    def _encode_to_file(self, item: Numbered, check_cancel=None) -> None:
        if check_cancel is not None:
            check_cancel()
        out = self._copy_path(item)
        part = out.with_suffix(".part")
        with open(part, "wb") as fh:
            self.encode(item, fh)
        os.replace(part, out)

    def encode_all(self, items: list[Numbered], check_cancel, workers: int = ENCODE_WORKERS
                   ) -> None:
        # Copies the size estimate already made (estimate_levels) are reused as they are.
        """Re-encode every image of this level ahead of the page pass, several at a time.

        Pillow releases the GIL while it decodes, resizes and encodes, so threads use
        every core; two workers keep at most two decoded images in memory at once.
        """
        todo = [i for i in items if i.ev.is_image and not self._copy_path(i).exists()]
        if not self.reencodes or not todo:
            return
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(self._encode_to_file, i, check_cancel) for i in todo]
            try:
                for future in futures:
                    future.result()
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    def encode(self, item: Numbered, fh) -> None:
        """Write the JPEG version of ``item`` for this level to ``fh``."""
        im = load_rgb(item, self._size(item))
        im = resized(im, self._size(item))
        im.save(fh, "JPEG", quality=self.quality)

    def done(self, placed: Placed) -> None:
        if placed.temp and placed.passthrough is None:
            Path(placed.path).unlink(missing_ok=True)  # reportlab has read it already


def scaled(w: int, h: int, side: int | None) -> tuple[int, int]:
    """(w, h) shrunk so the width is at most ``side`` (never enlarged)."""
    if side and w > side:
        return side, max(1, round(h * side / w))
    return w, h


def load_rgb(item: Numbered, size: tuple[int, int]):
    """The image upright, in RGB on white, decoded no larger than needed."""
    from PIL import Image, ImageOps

    with Image.open(item.path) as im:
        im.draft("RGB", size)  # JPEG sources decode smaller, faster
        im = ImageOps.exif_transpose(im)  # upright, so the copy needs no EXIF
        if im.mode in ("RGBA", "LA", "P", "PA"):
            im = im.convert("RGBA")
            flat = Image.new("RGB", im.size, "white")
            flat.paste(im, mask=im.getchannel("A"))
            return flat
        return im.convert("RGB") if im.mode != "RGB" else im  # exif_transpose: a copy


def resized(im, size: tuple[int, int]):
    from PIL import Image

    if size == im.size:
        return im
    # reducing_gap: shrink by whole factors first, then resample; fast and sharp
    return im.resize(size, Image.LANCZOS, reducing_gap=2.0)


def estimate_levels(items: list[Numbered], workdir: Path, check_cancel=None,
                    samples: int = 4, workers: int = ENCODE_WORKERS) -> list[int]:
    """Projected bytes of all ``items`` at each level, from a few samples.

    Each sample is decoded once and encoded at every level, on ``workers`` threads
    (Pillow releases the GIL); the copies are kept in ``workdir`` where the chosen
    level's :meth:`ImagePreparer.encode_all` reuses them instead of encoding again.
    """
    if not items:
        return [0] * len(LEVELS)
    step = max(1, len(items) // samples)
    picked = items[::step][:samples]
    preparers = [ImagePreparer(level, workdir) for level in range(len(LEVELS))]

    def sample(item: Numbered) -> list[int]:
        if check_cancel is not None:
            check_cancel()
        sizes = [item.ev.size]
        base = None
        by_size: dict[tuple[int, int], object] = {}
        for prep in preparers[1:]:
            out = prep._copy_path(item)
            if not out.exists():
                size = prep._size(item)
                if base is None:
                    base = load_rgb(item, size)
                if size not in by_size:
                    by_size[size] = resized(base, size)
                part = out.with_suffix(".part")
                with open(part, "wb") as fh:
                    by_size[size].save(fh, "JPEG", quality=prep.quality)
                os.replace(part, out)
            sizes.append(out.stat().st_size)
        return sizes

    with ThreadPoolExecutor(max_workers=workers) as pool:
        measured = list(pool.map(sample, picked))
    pixels = sum((i.ev.width or 1) * (i.ev.height or 1) for i in items)
    sampled = sum((i.ev.width or 1) * (i.ev.height or 1) for i in picked)
    projected = [sum(i.ev.size for i in items)]
    for level in range(1, len(LEVELS)):
        projected.append(int(sum(m[level] for m in measured) * pixels / sampled))
    return projected
