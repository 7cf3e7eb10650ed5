"""Lossless PNG encoding of grabbed pixels, with metadata as iTXt text chunks.

An 8-bit RGB PNG with filter type 0 on every row: the fastest layout to write
(docs/capture.md has the measurements). The deflate step is the only slow part;
it uses ISA-L (the ``isal`` package) when installed, about 4× faster than zlib for
the same lossless pixels, else the standard library's zlib at level 1 (the same
output ``mss.tools.to_png(level=1)`` gives, which was twice as fast as Pillow).
Both write ordinary zlib streams that every PNG reader decodes.
"""

from __future__ import annotations

import json
import struct
import zlib

TEXT_PREFIX = "BonusDesk."
SIGNATURE = b"\x89PNG\r\n\x1a\n"
ISAL_LEVEL = 2  # ISA-L levels are 0-3; 2 compresses like zlib 1-2 at the speed of 0-1
ZLIB_LEVEL = 1


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)) & 0xFFFFFFFF))


def itxt_chunk(keyword: str, text: str) -> bytes:
    """An uncompressed international text chunk (UTF-8 value, Latin-1 keyword)."""
    key = keyword.encode("latin-1")
    if not 1 <= len(key) <= 79:
        raise ValueError(f"PNG text keyword must be 1 to 79 bytes: {keyword!r}")
    # keyword NUL, compression flag 0, method 0, empty language NUL, empty translation NUL
    return _chunk(b"iTXt", key + b"\x00\x00\x00\x00\x00" + text.encode("utf-8"))


def png_text(meta: dict) -> dict[str, str]:
    """Metadata -> PNG text entries: ``BonusDesk.<key>``, plus the standard keywords."""
    text = {"Software": str(meta.get("app", "BonusDesk"))}
    if "captured_at_utc" in meta:
        text["Creation Time"] = str(meta["captured_at_utc"])
    for key, value in meta.items():
        text[TEXT_PREFIX + key] = value if isinstance(value, str) else json.dumps(
            value, ensure_ascii=False, sort_keys=True)
    return text


def read_png_text(info: dict) -> dict:
    """Back from Pillow's ``Image.text``: the ``BonusDesk.*`` entries, JSON decoded."""
    out = {}
    for key, value in info.items():
        if not key.startswith(TEXT_PREFIX):
            continue
        name = key[len(TEXT_PREFIX):]
        try:
            out[name] = json.loads(value) if value[:1] in "[{0123456789-" else value
        except ValueError:
            out[name] = value
    return out


def _isal():
    try:
        from isal import isal_zlib
    except ImportError:
        return None
    return isal_zlib


def compressor(backend: str = "auto") -> tuple[str, object, int]:
    """(description, compress function, level) for ``backend`` "auto", "isal" or "zlib"."""
    if backend in ("auto", "isal"):
        isal_zlib = _isal()
        if isal_zlib is not None:
            import isal

            return f"isal {isal.__version__} level {ISAL_LEVEL}", isal_zlib.compress, ISAL_LEVEL
        if backend == "isal":
            raise ValueError("the isal package is not installed")
    elif backend != "zlib":
        raise ValueError(f"unknown deflate backend {backend!r} (auto, isal, zlib)")
    return f"zlib {zlib.ZLIB_RUNTIME_VERSION} level {ZLIB_LEVEL}", zlib.compress, ZLIB_LEVEL


def encode_png(rgb: bytes, width: int, height: int, text: dict[str, str] | None = None,
               backend: str = "auto") -> bytes:
    """8-bit RGB PNG of packed ``rgb`` pixels (row-major, no padding)."""
    if width <= 0 or height <= 0 or len(rgb) != width * height * 3:
        raise ValueError(f"{len(rgb)} bytes is not {width}×{height} RGB pixels")
    row = width * 3
    # Each row gets its filter-type byte (0: none) in front; one copy, no per-row joins.
    scanlines = bytearray((row + 1) * height)
    src = memoryview(rgb)
    for y in range(height):
        start = y * (row + 1) + 1
        scanlines[start:start + row] = src[y * row:(y + 1) * row]
    return _png(scanlines, width, height, text, backend)


def encode_bgrx(bgrx: bytes | bytearray | memoryview, width: int, height: int,
                text: dict[str, str] | None = None, backend: str = "auto") -> bytes:
    """The same PNG as :func:`encode_png` of these pixels in RGB, made straight from a
    grab's 4-byte B G R X pixels (mss's raw buffer).

    Each row's three strided copies land in its scanline, after the filter byte: no
    packed-RGB image in between, and no second copy of every row into the scanlines
    (~10 ms of a 1920×1080 CLI capture, a fresh process paying every new page; issue 17).
    """
    if width <= 0 or height <= 0 or len(bgrx) != width * height * 4:
        raise ValueError(f"{len(bgrx)} bytes is not {width}×{height} BGRX pixels")
    row, stride = width * 3, width * 4
    scanlines = bytearray((row + 1) * height)
    # bytes and bytearray slices copy strided bytes in C (memoryview ones: ~5x slower)
    pixels = bytes(bgrx) if isinstance(bgrx, memoryview) else bgrx
    for y in range(height):
        start, first = y * (row + 1) + 1, y * stride
        end, last = start + row, first + stride
        scanlines[start:end:3] = pixels[first + 2:last:4]  # R
        scanlines[start + 1:end:3] = pixels[first + 1:last:4]  # G
        scanlines[start + 2:end:3] = pixels[first:last:4]  # B
    return _png(scanlines, width, height, text, backend)


def _png(scanlines: bytearray, width: int, height: int, text: dict[str, str] | None,
         backend: str) -> bytes:
    """The PNG file around filtered scanlines: signature, header, text, pixels, end."""
    _, compress, level = compressor(backend)
    header = struct.pack(">2I5B", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    texts = b"".join(itxt_chunk(k, v) for k, v in (text or {}).items())
    return b"".join([SIGNATURE, _chunk(b"IHDR", header), texts,
                     _chunk(b"IDAT", compress(scanlines, level)), _chunk(b"IEND", b"")])
