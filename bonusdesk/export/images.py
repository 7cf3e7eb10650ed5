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

# Size-limit levels, tried in order: (name, JPEG quality, longest side or None).
# Re-encoding threads for "fit under N MB": enough for two cores, and a bounded number
# of decoded screenshots in memory at once.
ENCODE_WORKERS = 2

LEVELS = [
    ("original", None, None),
    ("jpeg", 85, None),
    ("jpeg-1600", 75, 1600),
    ("jpeg-1200", 65, 1200),
    ("jpeg-900", 55, 900),
]


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


class _CountingSink:
    """A write-only file that just counts bytes (for size estimates)."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


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

    def describe_level(self) -> str:
        if self.side:
            return f"JPEG, quality {self.quality}, at most {self.side} px wide or high"
        return f"JPEG, quality {self.quality}"

    def describe(self, item: Numbered) -> str:
        """How the image is shown, for the index ("" when shown as the original)."""
        if not self.reencodes:
            return ""
        w, h = self._size(item)
        return f"JPEG {w}×{h}, quality {self.quality}"

    def _size(self, item: Numbered) -> tuple[int, int]:
        w, h = display_size(item.ev.width or 0, item.ev.height or 0, orientation(item.path))
        if self.side and max(w, h) > self.side:
            scale = self.side / max(w, h)
            return max(1, round(w * scale)), max(1, round(h * scale))
        return w, h

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
        """Re-encode every image of this level ahead of the page pass, several at a time.

        Pillow releases the GIL while it decodes, resizes and encodes, so threads use
        every core; two workers keep at most two decoded images in memory at once.
        """
        todo = [i for i in items if i.ev.is_image]
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
        from PIL import Image, ImageOps

        size = self._size(item)
        with Image.open(item.path) as im:
            im.draft("RGB", size)  # JPEG sources decode smaller, faster
            im = ImageOps.exif_transpose(im)  # upright, so the copy needs no EXIF
            if im.mode in ("RGBA", "LA", "P", "PA"):
                im = im.convert("RGBA")
                flat = Image.new("RGB", im.size, "white")
                flat.paste(im, mask=im.getchannel("A"))
                im = flat
            elif im.mode != "RGB":
                im = im.convert("RGB")
            if size != im.size:
                # reducing_gap: shrink by whole factors first, then resample; fast and sharp
                im = im.resize(size, Image.LANCZOS, reducing_gap=2.0)
            im.save(fh, "JPEG", quality=self.quality)

    def estimate(self, items: list[Numbered], samples: int = 4) -> int:
        """Projected bytes of all ``items`` at this level, from a few encoded samples."""
        if not items:
            return 0
        if not self.reencodes:
            return sum(i.ev.size for i in items)
        step = max(1, len(items) // samples)
        picked = items[::step][:samples]
        counter = _CountingSink()
        for item in picked:
            self.encode(item, counter)
        pixels = sum((i.ev.width or 1) * (i.ev.height or 1) for i in items)
        sampled = sum((i.ev.width or 1) * (i.ev.height or 1) for i in picked)
        return int(counter.size * pixels / sampled)

    def done(self, placed: Placed) -> None:
        if placed.temp and placed.passthrough is None:
            Path(placed.path).unlink(missing_ok=True)  # reportlab has read it already
