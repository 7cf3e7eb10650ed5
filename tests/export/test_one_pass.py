"""The one-pass package (no evidence PDF, no password): reportlab's file with the
screenshot and attachment data spliced in, never parsed and rewritten by pypdf."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from bonusdesk.core.inspect_file import inspect
from bonusdesk.export import EvidenceProblem, ExportOptions, export_claim
from bonusdesk.export import post as pypdf_stage
from bonusdesk.export.images import png_passthrough
from bonusdesk.export.verify_bundle import verify_bundle

from .conftest import EMAIL, jpeg_bytes, png_bytes
from .helpers import qpdf_check


def _palette_png() -> bytes:
    im = Image.new("RGB", (320, 200), (240, 240, 240)).quantize(16)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def screens_claim(folder, claim):
    """Screenshots of every layout PDF takes as is, a photo, an e-mail: no PDF."""
    ev = folder.evidence
    items = [ev.add_bytes(claim.id, png_bytes(), "erreur « bonus ».png",
                          caption="Erreur BNS-402 (dépôt 100 €)"),
             ev.add_bytes(claim.id, png_bytes((700, 900), (250, 250, 250), "RGBA"), "alpha.png"),
             ev.add_bytes(claim.id, _palette_png(), "palette.png"),
             ev.add_bytes(claim.id, jpeg_bytes(), "photo.jpg", caption="Relevé bancaire"),
             ev.add_bytes(claim.id, EMAIL.encode("utf-8"), "ticket.eml")]
    return claim, items


def test_pypdf_is_not_used_without_pdf_evidence_or_password(folder, screens_claim, tmp_path,
                                                            monkeypatch):
    claim, _ = screens_claim

    def refuse(*args, **kwargs):
        raise AssertionError("the whole file was rewritten by pypdf")

    monkeypatch.setattr(pypdf_stage, "finish", refuse)
    monkeypatch.setattr("bonusdesk.export.pdf.finish", refuse)
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    assert qpdf_check(out).returncode == 0, qpdf_check(out).stdout


def test_page_images_are_the_stored_files_data_byte_for_byte(folder, screens_claim, tmp_path):
    claim, items = screens_claim
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions(max_mb=None, attachments=False))
    raw = []
    for page in PdfReader(out).pages:
        for obj in page["/Resources"].get("/XObject", {}).values():
            obj = obj.get_object()
            if obj["/Subtype"] == "/Image":
                raw.append(obj._data)  # the stream as stored in the file, not decoded
    stored = {}
    for ev in items:
        path = folder.evidence.file_path(ev)
        if ev.mime == "image/jpeg":
            stored[ev.original_name] = path.read_bytes()
        elif ev.mime == "image/png" and (png := png_passthrough(str(path))) is not None:
            stored[ev.original_name] = png.read(str(path))  # its IDAT data, never re-encoded
    assert set(stored) == {"erreur « bonus ».png", "palette.png", "photo.jpg"}
    for name, data in stored.items():
        assert data in raw, name


def test_attachments_are_the_original_bytes_sorted_with_their_captions(folder, screens_claim,
                                                                       tmp_path):
    claim, items = screens_claim
    out = tmp_path / "p.pdf"
    export_claim(folder, claim.id, out, ExportOptions())
    reader = PdfReader(out)
    attached = reader.attachments
    assert len(attached) == len(items)
    for n, ev in enumerate(items, 1):
        name = next(k for k in attached if k.startswith(f"{n:02d}-"))
        assert attached[name] == [folder.evidence.file_path(ev).read_bytes()]
    tree = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    names = [tree[i] for i in range(0, len(tree), 2)]
    assert names == sorted(names, key=lambda s: s.encode("utf-8"))
    specs = {tree[i]: tree[i + 1].get_object() for i in range(0, len(tree), 2)}
    first = specs[next(k for k in names if k.startswith("01-"))]
    assert first["/Desc"] == "Erreur BNS-402 (dépôt 100 €)"
    size = folder.evidence.file_path(items[0]).stat().st_size
    assert first["/EF"]["/F"].get_object()["/Params"]["/Size"] == size


def test_one_pass_file_is_one_clean_revision_a_pdf_reader_accepts(folder, screens_claim,
                                                                  tmp_path):
    claim, _ = screens_claim
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions())
    data = out.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()  # hashed while written
    assert data.count(b"startxref") == 1 and data.count(b"%%EOF") == 1  # no appended update
    assert b"BDSPLICE" not in data  # every marker was replaced by its data
    check = qpdf_check(out)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout, \
        check.stdout + check.stderr
    facts = inspect(out, "package", "p.pdf")  # what importing it as evidence checks
    assert facts.pages == len(PdfReader(out).pages)


def test_one_pass_and_pypdf_finishing_show_the_same_pages(folder, screens_claim, tmp_path):
    """The same claim with a password goes through pypdf: same pages, text, images."""
    claim, _ = screens_claim
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    a = export_claim(folder, claim.id, one, ExportOptions(attachments=False))
    b = export_claim(folder, claim.id, two, ExportOptions(attachments=False, password="pw"))
    assert a.pages == b.pages

    # Page by page, the evidence pages read the same and show the same images (the
    # history before them lists the first export when the second is made).
    assert _evidence_pages(one) == _evidence_pages(two, "pw")
    reader_b = PdfReader(two)
    reader_b.decrypt("pw")
    images = [len(p.images) for p in PdfReader(one).pages]
    assert images == [len(p.images) for p in reader_b.pages]


def _evidence_pages(path, password=None) -> list[str]:
    reader = PdfReader(path)
    if password:
        reader.decrypt(password)
    return [" ".join(p.extract_text().split()) for p in reader.pages if p.images]


def test_bundle_of_a_one_pass_package_verifies(folder, screens_claim, tmp_path):
    claim, _ = screens_claim
    zpath = tmp_path / "p.zip"
    export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(bundle=zpath))
    report = verify_bundle(zpath)
    assert report.ok, report.problems


@pytest.mark.parametrize("damage", ["altered", "missing"])
def test_a_damaged_screenshot_stops_the_export_checked_while_laying_out(
        folder, screens_claim, tmp_path, damage):
    """The evidence check runs beside the layout now: its verdict still stops the export
    before anything is published, whatever the layout met on the way."""
    claim, items = screens_claim
    target = folder.evidence.file_path(items[0])
    target.chmod(0o644)
    if damage == "missing":
        target.unlink()
    else:
        with open(target, "r+b") as fh:
            fh.seek(200)
            fh.write(b"\x00\x01")
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    out, zpath = target_dir / "p.pdf", target_dir / "p.zip"
    with pytest.raises(EvidenceProblem) as err:
        export_claim(folder, claim.id, out, ExportOptions(bundle=zpath))
    assert err.value.problems[0][:2] == (1, items[0].id)
    assert damage in str(err.value)
    assert list(target_dir.iterdir()) == []  # no PDF, no bundle, no part file
