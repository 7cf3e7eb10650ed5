"""The capture PNG encoder: lossless with either deflate backend, text chunks readable."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from bonusdesk.core import png


def decode(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


@pytest.mark.parametrize("backend", ["auto", "zlib"])
@pytest.mark.parametrize(("width", "height"), [(1, 1), (3, 2), (257, 31), (640, 480)])
def test_encoded_pixels_decode_to_exactly_the_input(backend, width, height):
    rgb = random.Random(width * height).randbytes(width * height * 3)
    im = decode(png.encode_png(rgb, width, height, backend=backend))
    assert (im.format, im.mode, im.size) == ("PNG", "RGB", (width, height))
    assert im.tobytes() == rgb


def test_text_chunks_carry_utf8_metadata_and_come_back_typed():
    meta = {"captured_at_utc": "2026-11-25T01:02:03.456789+00:00", "zone": "Europe/Paris",
            "app": "BonusDesk 0.1.0", "monitor_index": 2, "caption_note": "crédité ✓",
            "area": {"left": -1920, "top": 0, "width": 10, "height": 10},
            "monitors": [{"index": 1, "left": -1920}]}
    im = decode(png.encode_png(bytes(300), 10, 10, png.png_text(meta)))
    assert im.text["Creation Time"] == meta["captured_at_utc"]
    assert im.text["Software"] == "BonusDesk 0.1.0"
    assert im.text["BonusDesk.caption_note"] == "crédité ✓"
    assert png.read_png_text(im.text) == meta


def test_auto_backend_falls_back_to_zlib_without_isal(monkeypatch):
    monkeypatch.setattr(png, "_isal", lambda: None)
    name, _, level = png.compressor("auto")
    assert name.startswith("zlib ") and level == png.ZLIB_LEVEL
    with pytest.raises(ValueError, match="isal package is not installed"):
        png.compressor("isal")
    assert decode(png.encode_png(b"\x01\x02\x03", 1, 1)).tobytes() == b"\x01\x02\x03"


def test_bad_sizes_and_backends_are_refused():
    with pytest.raises(ValueError, match="not 2×2 RGB pixels"):
        png.encode_png(bytes(11), 2, 2)
    with pytest.raises(ValueError, match="not 0×5 RGB pixels"):
        png.encode_png(b"", 0, 5)
    with pytest.raises(ValueError, match="unknown deflate backend"):
        png.encode_png(bytes(3), 1, 1, backend="lzma")
    with pytest.raises(ValueError, match="1 to 79 bytes"):
        png.itxt_chunk("", "x")
