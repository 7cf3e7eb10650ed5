"""Lossless PNG encoding of grabbed pixels, with metadata as iTXt text chunks.

Measured on a 1920×1080 busy screen (docs/capture.md): ``mss.tools.to_png``
at level 1 is about twice as fast as Pillow at any level for the same pixels,
so it does the compression; the text chunks are spliced in after IHDR.
"""

from __future__ import annotations

import json
import struct
import zlib

TEXT_PREFIX = "BonusDesk."
_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_IHDR_END = len(_SIGNATURE) + 4 + 4 + 13 + 4  # length, type, 13 data bytes, CRC


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


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


def encode_png(rgb: bytes, width: int, height: int, text: dict[str, str] | None = None,
               level: int = 1) -> bytes:
    """8-bit RGB PNG of packed ``rgb`` pixels; ``level`` 1–6 trades speed for size only."""
    from mss.tools import to_png

    if not 1 <= level <= 9:
        raise ValueError(f"PNG compression level must be 1 to 9, not {level}")
    if len(rgb) != width * height * 3:
        raise ValueError(f"{len(rgb)} bytes is not {width}×{height} RGB pixels")
    data = to_png(rgb, (width, height), level=level)
    assert data is not None and data.startswith(_SIGNATURE)  # to_png returns bytes without output
    chunks = b"".join(itxt_chunk(k, v) for k, v in (text or {}).items())
    return data[:_IHDR_END] + chunks + data[_IHDR_END:]
