"""Which PNGs go into the PDF untouched, and that they come out pixel-identical."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader

from bonusdesk.core.png import encode_png
from bonusdesk.export import ExportOptions, export_claim
from bonusdesk.export.images import png_passthrough

from .helpers import pdftotext


def _save(tmp_path, im: Image.Image, name: str, **kw):
    path = tmp_path / name
    im.save(path, "PNG", **kw)
    return str(path)


def test_bonusdesk_captures_are_passed_through(tmp_path):
    rgb = bytes(range(256)) * 3 * 40  # 256 × 40 pixels, 3 bytes each
    path = tmp_path / "capture.png"
    path.write_bytes(encode_png(rgb, 256, 40, {"BonusDesk.monitor": "1"}))
    info = png_passthrough(str(path))
    assert info is not None and (info.width, info.height, info.colors) == (256, 40, 3)


@pytest.mark.parametrize("mode, kw, expected", [
    ("RGB", {}, True),
    ("L", {}, True),
    ("P", {}, True),
    ("1", {}, True),
    ("RGBA", {}, False),  # alpha must become a soft mask: reportlab handles it
    ("I;16", {}, False),
])
def test_passthrough_is_only_for_layouts_pdf_can_take_as_is(tmp_path, mode, kw, expected):
    im = Image.new(mode, (32, 16))
    assert (png_passthrough(_save(tmp_path, im, "x.png", **kw)) is not None) is expected


def test_interlaced_png_is_not_passed_through(tmp_path):
    path = tmp_path / "i.png"
    data = bytearray(_png(Image.new("RGB", (8, 8))))
    data[28] = 1  # IHDR interlace method byte (Pillow never writes Adam7 itself)
    path.write_bytes(bytes(data))
    assert png_passthrough(str(path)) is None


def _png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def test_transparent_palette_is_not_passed_through(tmp_path):
    im = Image.new("P", (8, 8))
    im.info["transparency"] = 0
    assert png_passthrough(_save(tmp_path, im, "t.png", transparency=0)) is None


def test_not_a_png_or_truncated_is_not_passed_through(tmp_path):
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert png_passthrough(str(tmp_path / "a.png")) is None
    assert png_passthrough(str(tmp_path / "missing.png")) is None


def test_every_png_layout_shows_the_same_pixels_in_the_pdf(folder, claim, tmp_path):
    gradient = Image.linear_gradient("L").resize((64, 48))
    images = {
        "rgb.png": Image.merge("RGB", (gradient, gradient.rotate(90), gradient)),
        "gray.png": gradient,
        "palette.png": Image.merge("RGB", (gradient,) * 3).convert("P", colors=16),  # 4-bit
        "two-colours.png": gradient.convert("1"),  # 1-bit
        "palette-2.png": Image.merge("RGB", (gradient.rotate(180),) * 3).convert("P", colors=2),
        "alpha.png": Image.merge("RGBA", (gradient,) * 3 + (Image.new("L", (64, 48), 255),)),
    }
    for name, im in images.items():
        folder.evidence.add_bytes(claim.id, _png(im), name)
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(max_mb=None, attachments=False))
    # poppler's pdfimages, as a reader's tools see them (pypdf mis-decodes 1-bit images)
    subprocess.run(["pdfimages", "-png", str(out), str(tmp_path / "img")], check=True)
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    kinds = [line.split()[2] for line in listing]  # "image", or "smask" for alpha
    shown = [p for p, kind in zip(sorted(tmp_path.glob("img-*.png")), kinds, strict=True)
             if kind == "image"]
    evidence = folder.evidence.list(claim.id)
    assert len(shown) == len(evidence) == len(images)
    for ev, path in zip(evidence, shown, strict=True):
        with Image.open(folder.evidence.file_path(ev)) as original, Image.open(path) as im:
            assert im.convert("RGB").tobytes() == original.convert("RGB").tobytes(), \
                ev.original_name


def _jpeg(im: Image.Image, turn: int = 1) -> bytes:
    buf = io.BytesIO()
    exif = Image.Exif()
    if turn != 1:
        exif[0x0112] = turn
    im.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


def test_jpegs_are_copied_into_the_pdf_byte_for_byte(folder, claim, tmp_path):
    data = _jpeg(Image.effect_noise((300, 200), 40).convert("RGB"))
    folder.evidence.add_bytes(claim.id, data, "photo.jpg")
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(max_mb=None, attachments=False))
    subprocess.run(["pdfimages", "-j", str(out), str(tmp_path / "img")], check=True)
    assert (tmp_path / "img-000.jpg").read_bytes() == data


@pytest.mark.parametrize("turn", [6, 8, 3])
def test_exif_rotated_photos_are_shown_upright(folder, claim, tmp_path, turn):
    # Raw pixels: red left half, blue right half. Upright (after the EXIF turn) red is
    # on top for 6 (90° clockwise), at the bottom for 8, on the right for 3 (180°).
    raw = Image.new("RGB", (200, 100), (0, 0, 255))
    raw.paste((255, 0, 0), (0, 0, 100, 100))
    folder.evidence.add_bytes(claim.id, _jpeg(raw, turn), "phone.jpg")
    for max_mb in (None, 0.3):  # shown as is, then re-encoded to fit a size limit
        out = tmp_path / f"p-{max_mb}.pdf"
        result = export_claim(folder, claim.id, out,
                              ExportOptions(max_mb=max_mb, attachments=False))
        assert (result.image_mode == "original") is (max_mb is None)
        page = len(PdfReader(out).pages) - 1  # the image page is just before the appendix
        subprocess.run(["pdftoppm", "-png", "-r", "20", "-f", str(page), "-l", str(page),
                        str(out), str(tmp_path / f"r{max_mb}")], check=True)
        shot = Image.open(next(tmp_path.glob(f"r{max_mb}*.png"))).convert("RGB")
        red, blue = _centroid(shot, (255, 0, 0)), _centroid(shot, (0, 0, 255))
        if turn == 6:
            assert red[1] < blue[1]
        elif turn == 8:
            assert red[1] > blue[1]
        else:
            assert red[0] > blue[0]


def _centroid(im: Image.Image, colour) -> tuple[float, float]:
    xs, ys = [], []
    px = im.load()
    for y in range(im.height):
        for x in range(im.width):
            if all(abs(a - b) < 60 for a, b in zip(px[x, y], colour, strict=True)):
                xs.append(x)
                ys.append(y)
    assert xs, f"no {colour} pixels"
    return sum(xs) / len(xs), sum(ys) / len(ys)


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])  # PNG data copied as is / drawn by reportlab
def test_a_tall_scrolled_page_is_split_over_pages_at_a_readable_scale(folder, claim, tmp_path,
                                                                     mode):
    from .conftest import png_bytes

    # a scrolled page 1000 px wide and 5,000 px high: on one page it would be 16 % wide
    folder.evidence.add_bytes(claim.id, png_bytes((1000, 5000), mode=mode), "scroll.png")
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(max_mb=None, attachments=False))
    reader = PdfReader(out)
    parts = [n for n in range(1, result.pages + 1)
             if "of the image" in " ".join(pdftotext(out, n, n).split())]
    assert len(parts) >= 4
    for i, n in enumerate(parts, 1):
        assert f"part {i} of {len(parts)} of the image" in " ".join(
            pdftotext(out, n, n).split())
    shown = [reader.pages[n - 1] for n in parts]
    objects = {obj.indirect_reference.idnum for page in shown
               for obj in page["/Resources"]["/XObject"].values()
               if obj.get_object()["/Subtype"] == "/Image"
               } if mode == "RGB" else set()
    if mode == "RGB":
        assert len(objects) == 1  # one image in the file, shown in parts: no copy per page
    content = shown[1].get_contents().get_data().decode("latin-1")
    assert re.search(r" re W\*? n", content)  # each page shows its part, clipped
    # drawn as wide as the frame (1000 px at 0.5 pt each), not shrunk to a sliver
    assert re.search(r"\b50[0-9](\.\d+)? 0(\.0+)? 0(\.0+)? 2[0-9]{3}(\.\d+)? ", content) \
        or mode == "RGBA"
