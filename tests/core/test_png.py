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


def bgrx_to_rgb(bgrx: bytes) -> bytes:
    """The slow, obvious conversion the fast encoder must agree with."""
    return b"".join(bytes((bgrx[i + 2], bgrx[i + 1], bgrx[i])) for i in range(0, len(bgrx), 4))


@pytest.mark.parametrize("backend", ["auto", "zlib"])
def test_png_from_grabbed_bgrx_is_byte_identical_to_png_from_rgb(backend):
    rng = random.Random(17)
    meta = png.png_text({"captured_at_utc": "2026-12-02T06:00:00+00:00", "zone": "Europe/Paris"})
    for _ in range(40):
        width, height = rng.randint(1, 97), rng.randint(1, 41)
        # Screens are mostly flat colour with detail: mix runs and noise, padding included.
        bgrx = bytearray(rng.randbytes(width * height * 4))
        for _ in range(rng.randint(0, 5)):
            start = rng.randrange(len(bgrx))
            bgrx[start:start + rng.randint(1, 400)] = bytes([rng.randrange(256)]) * len(
                bgrx[start:start + 400])
        bgrx = bgrx[:width * height * 4]
        text = meta if rng.random() < 0.5 else None
        expected = png.encode_png(bgrx_to_rgb(bytes(bgrx)), width, height, text, backend=backend)
        for given in (bytes(bgrx), bgrx, memoryview(bgrx)):
            assert png.encode_bgrx(given, width, height, text, backend=backend) == expected


def test_png_from_bgrx_ignores_the_padding_byte_and_decodes_to_the_pixels():
    bgrx = bytes([30, 20, 10, 255, 3, 2, 1, 0, 0, 0, 0, 77])  # three pixels, junk padding
    im = decode(png.encode_bgrx(bgrx, 3, 1))
    assert im.tobytes() == bytes([10, 20, 30, 1, 2, 3, 0, 0, 0])


def test_bgrx_of_the_wrong_size_is_refused():
    with pytest.raises(ValueError, match="not 2×2 BGRX pixels"):
        png.encode_bgrx(bytes(12), 2, 2)
    with pytest.raises(ValueError, match="not 0×1 BGRX pixels"):
        png.encode_bgrx(b"", 0, 1)
