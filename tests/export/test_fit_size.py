"""Fit under N MB: screenshots re-encoded inside the PDF only, originals untouched."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from bonusdesk.core.evidence import sha256_file
from bonusdesk.export import ExportOptions, ExportTooLarge, export_claim

from .helpers import pdftotext


def _noisy_png(seed: int) -> bytes:
    # Noise barely compresses: three of these are ~8 MB as PNG, like photo-heavy pages.
    im = Image.effect_noise((1280, 720), 60 + seed).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def heavy_claim(folder, claim):
    evidence = [folder.evidence.add_bytes(claim.id, _noisy_png(i), f"page-{i}.png")
                for i in range(3)]
    assert sum(ev.size for ev in evidence) > 6 * 1024 * 1024
    return claim, evidence


def test_fits_under_the_limit_by_reencoding_inside_the_pdf(folder, heavy_claim, tmp_path):
    claim, evidence = heavy_claim
    before = {ev.id: sha256_file(folder.evidence.file_path(ev)) for ev in evidence}
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(max_mb=2, attachments=False))
    assert out.stat().st_size <= 2 * 1024 * 1024
    assert result.image_mode != "original"
    for ev in evidence:  # the originals are byte for byte what was imported
        assert sha256_file(folder.evidence.file_path(ev)) == before[ev.id] == ev.sha256
        assert folder.evidence.check(ev) == ""
    text = pdftotext(out)
    flat = " ".join(text.split())  # the note wraps over lines
    assert "Screenshots are shown re-encoded" in flat
    assert "The original files are unchanged" in flat
    assert "JPEG" in text
    for ev in evidence:  # the index still lists the originals' fingerprints
        assert ev.sha256 in text
    images = [img for page in PdfReader(out).pages for img in page.images]
    assert len(images) == 3


def test_without_a_limit_screenshots_stay_lossless(folder, heavy_claim, tmp_path):
    claim, evidence = heavy_claim
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(max_mb=None, attachments=False))
    assert result.image_mode == "original"
    assert out.stat().st_size > sum(ev.size for ev in evidence)
    reader = PdfReader(out)
    shown = [img.image for page in reader.pages for img in page.images]
    for ev, im in zip(evidence, shown, strict=True):
        with Image.open(folder.evidence.file_path(ev)) as original:
            assert im.tobytes() == original.convert("RGB").tobytes()  # pixel-identical


def test_originals_too_big_for_the_limit_go_to_a_bundle_beside_the_pdf(folder, heavy_claim,
                                                                      tmp_path):
    import zipfile

    from bonusdesk.export.verify_bundle import verify_bundle

    claim, evidence = heavy_claim
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(max_mb=2))  # attachments on
    assert out.stat().st_size <= 2 * 1024 * 1024  # the PDF keeps within the limit
    assert result.originals_in_bundle and result.bundle == tmp_path / "p.zip"
    assert str(tmp_path / "p.zip") in result.notes[0]
    assert PdfReader(out).attachments == {}  # not in the PDF...
    with zipfile.ZipFile(tmp_path / "p.zip") as zf:  # ...but byte for byte in the bundle
        sums = zf.read("SHA256SUMS").decode()
        for ev in evidence:
            assert f"{ev.sha256}  " in sums
            name = next(n for n in zf.namelist() if n.endswith(ev.original_name))
            assert zf.read(name) == folder.evidence.file_path(ev).read_bytes()
    report = verify_bundle(tmp_path / "p.zip")
    assert report.ok, report.problems
    flat = " ".join(pdftotext(out, 1, 1).split())  # the summary page says where they are
    assert "are not attached to this PDF" in flat and "p.zip" in flat
    from bonusdesk.core.events import list_events

    event = list_events(folder.db, claim.id)[-1]
    assert event.action == "export" and event.data["originals_in_bundle"] is True
    assert event.data["bundle"] == "p.zip"


def test_originals_go_to_the_bundle_asked_for(folder, heavy_claim, tmp_path):
    claim, _ = heavy_claim
    zpath = tmp_path / "elsewhere.zip"
    result = export_claim(folder, claim.id, tmp_path / "p.pdf",
                          ExportOptions(max_mb=2, bundle=zpath, lang="fr"))
    assert result.bundle == zpath and result.originals_in_bundle
    assert not (tmp_path / "p.zip").exists()
    flat = " ".join(pdftotext(tmp_path / "p.pdf", 1, 1).split())
    assert "ne sont pas joints à ce PDF" in flat and "elsewhere.zip" in flat


def test_originals_that_fit_stay_attached_and_make_no_bundle(folder, claim, tmp_path):
    from .conftest import png_bytes

    folder.evidence.add_bytes(claim.id, png_bytes(), "small.png")
    result = export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(max_mb=20))
    assert not result.originals_in_bundle and result.bundle is None and result.notes == []
    assert len(PdfReader(tmp_path / "p.pdf").attachments) == 1
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".zip"] == []


def test_a_limit_too_small_for_the_text_alone_is_refused_plainly(folder, claim, tmp_path):
    out = tmp_path / "p.pdf"
    with pytest.raises(ExportTooLarge) as err:
        export_claim(folder, claim.id, out, ExportOptions(max_mb=0.01, attachments=False,
                                                          strict_limit=True))
    assert "more than the 0.01 MB limit" in str(err.value)
    assert "attachments" not in str(err.value).split(":")[0]
    assert not out.exists()


def test_screenshots_are_reencoded_once_each_on_worker_threads(folder, heavy_claim, tmp_path,
                                                              monkeypatch):
    import threading

    calls = []
    real_save = Image.Image.save

    def recording(self, fp, *args, **kwargs):
        name = getattr(fp, "name", str(fp))
        calls.append((Path(str(name)).name, threading.current_thread() is threading.main_thread()))
        return real_save(self, fp, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "save", recording)
    claim, _ = heavy_claim
    result = export_claim(folder, claim.id, tmp_path / "p.pdf",
                          ExportOptions(max_mb=2, attachments=False))
    chosen = sorted(name for name, _ in calls if name.startswith(f"img-{result.image_mode}-"))
    # once each, the size estimate's copies included (they are reused, not made again)
    assert chosen == [f"img-{result.image_mode}-{n}.part" for n in (1, 2, 3)]
    assert not any(on_main for _, on_main in calls)  # all on the encoding threads


def test_cancel_while_reencoding_leaves_nothing(folder, heavy_claim, tmp_path, monkeypatch):
    import threading

    from bonusdesk.export import ExportCancelled, images

    cancel = threading.Event()
    real_load = images.load_rgb

    def cancelling(item, size):
        cancel.set()  # the user presses Cancel while screenshots are being re-encoded
        return real_load(item, size)

    monkeypatch.setattr(images, "load_rgb", cancelling)
    claim, _ = heavy_claim
    with pytest.raises(ExportCancelled):
        export_claim(folder, claim.id, tmp_path / "p.pdf",
                     ExportOptions(max_mb=2, attachments=False), cancel=cancel)
    assert [p.name for p in tmp_path.iterdir()] == ["claims"]  # no PDF, no temp part


def test_a_strict_limit_below_the_readability_floor_is_refused_with_the_smallest_size(
        folder, heavy_claim, tmp_path):
    claim, _ = heavy_claim
    out = tmp_path / "p.pdf"
    with pytest.raises(ExportTooLarge) as err:
        export_claim(folder, claim.id, out, ExportOptions(max_mb=0.3, attachments=False,
                                                          strict_limit=True))
    message = str(err.value)
    smallest = float(re.search(r"smallest readable package is (?:about )?([\d.]+) MB",
                               message).group(1))
    assert smallest > 0.3 and "quality 70" in message and "1280 px" in message
    assert not out.exists()
    # ...and that size is achievable: with it as the limit the export succeeds
    result = export_claim(folder, claim.id, out, ExportOptions(
        max_mb=smallest * 1.1, attachments=False, strict_limit=True))
    assert out.stat().st_size <= smallest * 1.1 * 1024 * 1024 and not result.over_limit


def test_the_default_limit_never_goes_below_the_floor_and_says_the_pdf_is_over(
        folder, heavy_claim, tmp_path):
    claim, _ = heavy_claim
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(max_mb=0.3, attachments=False))
    assert result.over_limit and result.image_mode == "jpeg-1280"
    assert out.stat().st_size > 0.3 * 1024 * 1024
    assert "over the 0.3 MB limit" in result.notes[-1]
    widths = [img.image.width for page in PdfReader(out).pages for img in page.images]
    assert widths == [1280, 1280, 1280]  # the noisy 1280 px screens keep their pixels


def test_the_floor_keeps_region_captures_native_and_caps_tall_images_on_width(
        folder, claim, tmp_path):
    from .conftest import png_bytes

    sizes = {"wide.png": (2400, 1000), "tall.png": (1600, 4000), "crop.png": (500, 300)}
    for name, size in sizes.items():
        folder.evidence.add_bytes(claim.id, png_bytes(size), name)
    out = tmp_path / "p.pdf"
    result = export_claim(folder, claim.id, out, ExportOptions(max_mb=0.05, attachments=False))
    assert result.image_mode == "jpeg-1280"
    shown = {img.image.size for page in PdfReader(out).pages for img in page.images}
    # the crop at its native size; the tall page as wide as a screen would be, not 512 px
    # (and shown over several pages, one part on each)
    assert shown == {(1280, 533), (1280, 3200), (500, 300)}
