"""Redacted and annotated copies: new evidence that really hides what is under the boxes."""

from __future__ import annotations

import random
import stat
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
from bonusdesk.core.derivative import (
    is_redacted_copy,
    make_derivative,
    operations_of,
    reopen,
)
from bonusdesk.core.errors import BadInput
from bonusdesk.core.events import list_events
from bonusdesk.core.evidence import sha256_file
from bonusdesk.core.model import EvidenceKind

SECRET = "IBAN FR76 3000 6000 0112 3456 7890 189"
BOX = Box(40, 30, 120, 50)


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        out.append((data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]))
        pos += 12 + length
    return out


def noisy_png(path: Path, seed: int, size=(240, 160), mode="RGB", secret_inside=True) -> Path:
    """Random pixels (nothing compresses away) and the secret in every kind of text chunk."""
    w, h = size
    channels = len(mode)
    im = Image.frombytes(mode, size, random.Random(seed).randbytes(w * h * channels))
    info = PngImagePlugin.PngInfo()
    if secret_inside:
        info.add_text("Comment", SECRET)
        info.add_itxt("BonusDesk.account", SECRET)
        info.add_text("Description", SECRET, zip=True)
    exif = Image.Exif()
    exif[0x010E] = SECRET  # ImageDescription
    im.save(path, "PNG", pnginfo=info, exif=exif)
    return path


def import_image(folder, claim, path, kind=None):
    return folder.evidence.import_file(claim.id, path, kind=kind).evidence[0]


def redact(folder, ev, *boxes, **kw):
    ops = OperationList([Operation(OpKind.REDACT, b) for b in boxes])
    return make_derivative(folder, ev.id, ops, **kw)


def pixels_in(im, box: Box) -> set:
    area = im.crop((box.x, box.y, box.x + box.w, box.y + box.h))
    return {c for _, c in area.getcolors(1 << 24)}


# -- the proof: nothing of the original survives under a box ---------------------------
def test_redacted_region_is_one_solid_colour_and_the_rest_is_untouched(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "bank.png", seed=1))
    copy = redact(folder, original, BOX)
    with Image.open(folder.evidence.file_path(copy)) as out, \
            Image.open(folder.evidence.file_path(original)) as src:
        assert out.mode == "RGB" and out.size == src.size
        assert pixels_in(out, BOX) == {(0, 0, 0)}
        outside = [(x, y) for x in range(0, 240, 7) for y in range(0, 160, 5)
                   if not (BOX.x <= x < BOX.x + BOX.w and BOX.y <= y < BOX.y + BOX.h)]
        assert all(out.getpixel(p) == src.getpixel(p) for p in outside)
        # The box edges are exact: the first pixel outside each side is the original's.
        for p in ((BOX.x - 1, BOX.y), (BOX.x + BOX.w, BOX.y), (BOX.x, BOX.y - 1),
                  (BOX.x, BOX.y + BOX.h)):
            assert out.getpixel(p) == src.getpixel(p)


def test_redacted_copy_does_not_depend_on_the_hidden_pixels(folder, claim, tmp_path):
    # Two originals that differ only under the box give exactly the same derivative pixels:
    # the hidden area carries no information, not even a trace.
    a = Image.open(noisy_png(tmp_path / "a.png", seed=2)).convert("RGB")
    b = a.copy()
    b.paste(Image.frombytes("RGB", (BOX.w, BOX.h), random.Random(9).randbytes(BOX.w * BOX.h * 3)),
            (BOX.x, BOX.y))
    a.save(tmp_path / "a2.png")
    b.save(tmp_path / "b2.png")
    ca = redact(folder, import_image(folder, claim, tmp_path / "a2.png"), BOX)
    cb = redact(folder, import_image(folder, claim, tmp_path / "b2.png"), BOX)
    ia = Image.open(folder.evidence.file_path(ca))
    ib = Image.open(folder.evidence.file_path(cb))
    assert ia.tobytes() == ib.tobytes()


def test_redacted_png_has_no_chunk_from_the_original(folder, claim, tmp_path):
    src = noisy_png(tmp_path / "bank.png", seed=3)
    original = import_image(folder, claim, src)
    copy = redact(folder, original, BOX)
    data = folder.evidence.file_path(copy).read_bytes()
    chunks = png_chunks(data)
    assert {kind for kind, _ in chunks} == {b"IHDR", b"iTXt", b"IDAT", b"IEND"}
    secret = SECRET.encode()
    for kind, body in chunks:
        assert secret not in body
        if kind == b"IDAT":
            assert secret not in zlib.decompress(body)
    assert secret not in data
    with Image.open(folder.evidence.file_path(copy)) as im:
        assert not im.getexif()
        assert "Comment" not in im.text and "BonusDesk.account" not in im.text
        assert im.text["BonusDesk.parent_sha256"] == original.sha256


def test_alpha_channel_cannot_carry_what_the_box_hides(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "rgba.png", seed=4, mode="RGBA"))
    copy = redact(folder, original, BOX)
    with Image.open(folder.evidence.file_path(copy)) as out:
        assert out.mode == "RGB"
        assert pixels_in(out, BOX) == {(0, 0, 0)}


def test_box_colour_is_the_one_asked(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=5))
    copy = make_derivative(folder, original.id, OperationList(
        [Operation(OpKind.REDACT, BOX, colour="#FFFFFF")]))
    with Image.open(folder.evidence.file_path(copy)) as out:
        assert pixels_in(out, BOX) == {(255, 255, 255)}


def test_annotations_cannot_be_drawn_over_a_redaction(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=6))
    ops = OperationList([Operation(OpKind.REDACT, BOX),
                         Operation(OpKind.HIGHLIGHT, Box(0, 0, 240, 160)),
                         Operation(OpKind.TEXT, Box(BOX.x, BOX.y, 100, 40), text="ICI")])
    copy = make_derivative(folder, original.id, ops)
    with Image.open(folder.evidence.file_path(copy)) as out:
        assert pixels_in(out, BOX) == {(0, 0, 0)}


# -- a derivative is new evidence; the original stays -----------------------------------
def test_redaction_stores_a_new_derivative_and_leaves_the_original(folder, claim, tmp_path):
    src = noisy_png(tmp_path / "ID card.png", seed=7)
    original = import_image(folder, claim, src, kind=EvidenceKind.ID_DOCUMENT)
    before = sha256_file(folder.evidence.file_path(original))
    copy = redact(folder, original, BOX, caption="ID card, number masked")
    assert copy.id != original.id
    assert (copy.source, copy.parent_sha256) == ("derivative", original.sha256)
    assert copy.kind == EvidenceKind.ID_DOCUMENT and copy.mime == "image/png"
    assert copy.caption == "ID card, number masked"
    assert copy.original_name == "ID card-redacted.png"
    assert is_redacted_copy(copy) and not is_redacted_copy(original)
    assert copy.metadata["redactions"] == 1
    assert copy.metadata["operations"] == [{"kind": "redact", "rect": [40, 30, 120, 50]}]
    # the original: same file, same hash, still read-only, still listed
    path = folder.evidence.file_path(original)
    assert sha256_file(path) == before == original.sha256
    assert not path.stat().st_mode & stat.S_IWUSR
    assert [e.id for e in folder.evidence.list(claim.id)] == [original.id, copy.id]
    assert folder.evidence.check(copy) == ""
    event = [e for e in list_events(folder.db) if e.entity_id == copy.id][-1]
    assert event.data["source"] == "derivative"
    assert event.data["parent_sha256"] == original.sha256
    assert event.data["derivative"] == "redacted"
    assert event.data["operations"] == [{"kind": "redact", "rect": [40, 30, 120, 50]}]


def test_refusals_store_nothing(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=8))
    count = len(folder.evidence.all())
    with pytest.raises(BadInput, match="outside"):
        redact(folder, original, Box(500, 500, 10, 10))
    with pytest.raises(BadInput, match="empty"):
        redact(folder, original, Box(10, 10, 0, 10))
    with pytest.raises(BadInput, match="no operation"):
        make_derivative(folder, original.id, OperationList([]))
    from tests.factories import write_pdf

    pdf = folder.evidence.import_file(claim.id, write_pdf(tmp_path / "s.pdf")).evidence[0]
    with pytest.raises(BadInput, match="not an image"):
        redact(folder, pdf, BOX)
    assert len(folder.evidence.all()) == count + 1


def test_an_altered_original_is_not_copied(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=10))
    path = folder.evidence.file_path(original)
    path.chmod(0o600)
    path.write_bytes(path.read_bytes() + b"tampered")
    with pytest.raises(BadInput, match="altered"):
        redact(folder, original, BOX)


def test_box_partly_outside_the_image_is_cut_to_it(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=11))
    copy = redact(folder, original, Box(200, 120, 500, 500))
    with Image.open(folder.evidence.file_path(copy)) as out:
        assert pixels_in(out, Box(200, 120, 40, 40)) == {(0, 0, 0)}


# -- re-opening ---------------------------------------------------------------------------
def test_derivative_reopens_with_its_operations_and_edits_into_a_new_one(folder, claim,
                                                                         tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=12))
    ops = OperationList([
        Operation(OpKind.RECT, Box(5, 5, 60, 40), colour="#00FF00", stroke=3),
        Operation(OpKind.ARROW, Box(200, 150, -60, -60)),
        Operation(OpKind.STEP, Box(100, 100, 30, 30)),
        Operation(OpKind.TEXT, Box(10, 120, 120, 30), text="Erreur ici"),
        Operation(OpKind.REDACT, BOX),
    ])
    first = make_derivative(folder, original.id, ops)
    opened = reopen(folder, first.id)
    assert opened.parent.id == original.id
    assert opened.ops == ops.numbered()
    assert operations_of(first).operations[2].step == 1
    # edit: drop the text, add a crop; the new copy is made from the original again
    edited = OperationList([op for op in opened.ops.operations if op.kind != OpKind.TEXT]
                           + [Operation(OpKind.CROP, Box(0, 0, 200, 150))])
    second = make_derivative(folder, opened.parent.id, edited, revises=opened.derivative)
    assert second.parent_sha256 == original.sha256
    assert second.metadata["revises_sha256"] == first.sha256
    assert (second.width, second.height) == (200, 150)
    assert operations_of(second) == edited.numbered()
    assert folder.evidence.check(first) == ""  # the first copy is still there, unchanged


def test_an_original_has_no_operations_to_reopen(folder, claim, tmp_path):
    original = import_image(folder, claim, noisy_png(tmp_path / "x.png", seed=13))
    with pytest.raises(BadInput, match="no operations"):
        reopen(folder, original.id)


def test_photo_is_redacted_as_shown_upright(folder, claim, tmp_path):
    # A phone photo stored sideways with an EXIF turn: boxes are drawn on what the user
    # sees, so the copy is upright and the box lands on the upright picture.
    im = Image.new("RGB", (80, 120), (0, 200, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x010E] = SECRET
    im.save(tmp_path / "photo.jpg", "JPEG", exif=exif, quality=95)
    original = import_image(folder, claim, tmp_path / "photo.jpg")
    copy = redact(folder, original, Box(0, 0, 120, 10))
    assert (copy.width, copy.height) == (120, 80)
    data = folder.evidence.file_path(copy).read_bytes()
    assert SECRET.encode() not in data
    with Image.open(folder.evidence.file_path(copy)) as out:
        assert pixels_in(out, Box(0, 0, 120, 10)) == {(0, 0, 0)}
        assert not out.getexif()
