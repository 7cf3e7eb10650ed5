import os
import stat

import pytest

from bonusdesk.core import evidence as evidence_mod
from bonusdesk.core.errors import EvidenceRejected
from bonusdesk.core.evidence import sha256_file
from bonusdesk.core.model import Channel, EvidenceKind
from tests.factories import png_bytes, write_eml, write_image, write_pdf, write_png


def stored_files(folder):
    return sorted(p for p in folder.evidence_dir.rglob("*") if p.is_file())


def test_import_png_is_content_addressed_read_only_and_described(folder, claim, tmp_path):
    src = write_png(tmp_path / "Capture écran.png", size=(64, 48))
    result = folder.evidence.import_file(claim.id, src, caption="Error page")
    ev = result.evidence[0]
    sha = sha256_file(src)
    assert ev.sha256 == sha
    assert ev.path == f"evidence/{sha[:2]}/{sha}.png"
    stored = folder.abspath(ev.path)
    assert stored.read_bytes() == src.read_bytes()
    assert not stored.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert (ev.original_name, ev.size, ev.mime) == ("Capture écran.png", src.stat().st_size,
                                                    "image/png")
    assert (ev.width, ev.height) == (64, 48)
    assert ev.kind == EvidenceKind.SCREENSHOT
    assert ev.zone == "Europe/Paris" and ev.utc_offset in ("+01:00", "+02:00")
    assert ev.captured_at.utcoffset().total_seconds() == 0
    assert folder.evidence.get(ev.id) == ev


def test_same_bytes_are_stored_once(folder, claim, platform, tmp_path):
    a = write_png(tmp_path / "a.png")
    b = tmp_path / "copy-of-a.png"
    b.write_bytes(a.read_bytes())
    first = folder.evidence.import_file(claim.id, a).evidence[0]
    again = folder.evidence.import_file(claim.id, b)
    assert again.duplicate and again.evidence[0].id == first.id
    assert len(stored_files(folder)) == 1
    assert len(folder.evidence.list(claim.id)) == 1


@pytest.mark.parametrize("fmt,ext,mime", [("JPEG", "jpg", "image/jpeg"),
                                          ("WEBP", "webp", "image/webp"),
                                          ("GIF", "gif", "image/gif"),
                                          ("BMP", "bmp", "image/bmp")])
def test_common_image_formats_are_decoded(folder, claim, tmp_path, fmt, ext, mime):
    src = write_image(tmp_path / f"shot.{ext}", fmt, size=(33, 21))
    ev = folder.evidence.import_file(claim.id, src).evidence[0]
    assert (ev.mime, ev.width, ev.height) == (mime, 33, 21)
    assert ev.path.endswith("." + ext)


def test_jpeg_exif_time_is_recorded(folder, claim, tmp_path):
    src = write_image(tmp_path / "photo.jpg", "JPEG", exif_time="2026:11:20 21:14:03")
    ev = folder.evidence.import_file(claim.id, src).evidence[0]
    assert ev.exif_time == "2026:11:20 21:14:03"


def test_file_without_extension_is_recognised_by_content(folder, claim, tmp_path):
    src = tmp_path / "screenshot"
    src.write_bytes(png_bytes())
    ev = folder.evidence.import_file(claim.id, src).evidence[0]
    assert ev.mime == "image/png" and ev.path.endswith(".png")


def test_pdf_gets_its_page_count(folder, claim, tmp_path):
    ev = folder.evidence.import_file(claim.id, write_pdf(tmp_path / "releve.pdf", 3)).evidence[0]
    assert (ev.mime, ev.pages, ev.kind) == ("application/pdf", 3, EvidenceKind.DOCUMENT)


def test_eml_becomes_a_contact_and_its_attachments_evidence(folder, claim, tmp_path):
    att = png_bytes(color=(1, 2, 3))
    result = folder.evidence.import_file(claim.id, write_eml(tmp_path / "reply.eml", att))
    email_ev, att_ev = result.evidence
    assert email_ev.kind == EvidenceKind.EMAIL and email_ev.mime == "message/rfc822"
    assert email_ev.metadata["message_id"] == "<abc123@etoile.example>"
    assert email_ev.metadata["subject"].startswith("Re: Ticket #558812")
    assert att_ev.original_name == "capture-écran.png" and att_ev.source == "email_attachment"
    assert folder.abspath(att_ev.path).read_bytes() == att
    contact = result.contact
    assert contact.channel == Channel.EMAIL and contact.reference == "558812"
    assert contact.at.isoformat() == "2026-11-20T21:41:07+00:00"
    assert "BNS-402" in contact.summary and "support@etoile.example" in contact.summary
    assert contact.evidence_ids == [email_ev.id, att_ev.id]
    assert folder.contacts.list(claim.id) == [contact]


def make_truncated_png(tmp_path):
    data = png_bytes(size=(300, 300))
    p = tmp_path / "truncated.png"
    p.write_bytes(data[: len(data) // 2])
    return p


def make_bomb(tmp_path):
    from PIL import Image

    p = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000)).save(p)  # tiny file, 400 Mpixels once decoded
    return p


def make_corrupt_jpeg(tmp_path):
    p = tmp_path / "corrupt.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    return p


def make_broken_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.7\n garbage without objects")
    return p


@pytest.mark.parametrize("make,reason", [
    (lambda t: t / "missing.png", "file not found"),
    (lambda t: t, "is a folder"),
    (lambda t: (t / "empty.png").write_bytes(b"") or t / "empty.png", "empty file"),
    (make_truncated_png, "truncated or corrupt image"),
    (make_corrupt_jpeg, "truncated or corrupt image"),
    (make_bomb, "decompression bomb"),
    (make_broken_pdf, "damaged or unreadable PDF"),
])
def test_bad_files_are_rejected_with_reason_and_leave_nothing(folder, claim, tmp_path, make,
                                                              reason):
    bad = make(tmp_path)
    with pytest.raises(EvidenceRejected, match=reason) as info:
        folder.evidence.import_file(claim.id, bad)
    assert info.value.path == str(bad)
    assert stored_files(folder) == []
    assert folder.evidence.list(claim.id) == []
    assert list(folder.db.query("select * from pending_files")) == []


def test_file_over_size_cap_is_rejected(folder, claim, tmp_path):
    folder.evidence.max_size = 1000
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(EvidenceRejected, match="MiB limit"):
        folder.evidence.import_file(claim.id, big)
    assert stored_files(folder) == []


def test_unreadable_file_is_rejected(folder, claim, tmp_path, monkeypatch):
    src = write_png(tmp_path / "secret.png")
    real_open = open

    def deny(path, *args, **kwargs):
        if str(path) == str(src):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(evidence_mod, "open", deny, raising=False)
    with pytest.raises(EvidenceRejected, match="permission denied"):
        folder.evidence.import_file(claim.id, src)
    assert stored_files(folder) == []


def test_non_utf8_file_name_is_kept_readable(folder, claim, tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"capture-\xff\xfe.png")
    with open(raw, "wb") as fh:
        fh.write(png_bytes())
    ev = folder.evidence.import_file(claim.id, os.fsdecode(raw)).evidence[0]
    assert ev.original_name == "capture-\ufffd\ufffd.png"
    assert folder.evidence.get(ev.id).original_name == ev.original_name


def test_batch_import_goes_on_after_a_bad_file(folder, claim, tmp_path):
    good1 = write_png(tmp_path / "one.png", color=(1, 1, 1))
    good2 = write_pdf(tmp_path / "two.pdf")
    results = folder.evidence.import_files(
        claim.id, [good1, tmp_path / "missing.png", make_truncated_png(tmp_path), good2])
    assert [r.ok for r in results] == [True, False, False, True]
    assert "file not found" in results[1].error
    assert len(folder.evidence.list(claim.id)) == 2
    assert len(stored_files(folder)) == 2


def test_caption_and_kind_can_change_but_never_the_file(folder, claim, tmp_path):
    ev = folder.evidence.import_file(claim.id, write_png(tmp_path / "a.png")).evidence[0]
    before = folder.abspath(ev.path).read_bytes()
    changed = folder.evidence.update(ev.id, caption="Bonus page", kind="bank_proof")
    assert changed.caption == "Bonus page" and changed.kind == EvidenceKind.BANK_PROOF
    assert folder.evidence.get(ev.id).caption == "Bonus page"
    assert folder.abspath(ev.path).read_bytes() == before


def test_thumbnail_is_cached_outside_evidence(folder, claim, tmp_path):
    ev = folder.evidence.import_file(
        claim.id, write_png(tmp_path / "big.png", size=(1200, 600))).evidence[0]
    thumb = folder.evidence.thumbnail(ev, 128)
    from PIL import Image

    with Image.open(thumb) as im:
        assert im.size == (128, 64)
    assert folder.cache_dir in thumb.parents
    assert folder.evidence.thumbnail(ev, 128) == thumb


def test_pixel_limit_is_the_documented_120_megapixels(folder, claim, tmp_path):
    """A 1920×50000 full-page capture (96 Mpx) is under the documented limit; Pillow's
    own guard (89 Mpx) used to refuse it."""
    from PIL import Image

    from bonusdesk.core.inspect_file import MAX_IMAGE_PIXELS

    assert MAX_IMAGE_PIXELS == 120_000_000
    tall = tmp_path / "full-page.png"
    Image.new("1", (1920, 50_000), 1).save(tall)
    ev = folder.evidence.import_file(claim.id, tall).evidence[0]
    assert (ev.width, ev.height) == (1920, 50_000)
    wide = tmp_path / "too-big.png"
    Image.new("1", (12_000, 10_001), 1).save(wide)
    with pytest.raises(EvidenceRejected, match="too large"):
        folder.evidence.import_file(claim.id, wide)


def test_staging_needs_no_database_and_committing_stores_the_file(folder, claim, tmp_path):
    """The app stages in a worker thread: staging must not touch the folder's connection."""
    import threading

    png = write_png(tmp_path / "err.png")
    staged, errors = [], []

    def stage():
        try:
            staged.append(folder.evidence.stage_file(png))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    worker = threading.Thread(target=stage)
    worker.start()
    worker.join()
    assert errors == [] and staged[0].tmp.exists()
    assert folder.evidence.list(claim.id) == []  # nothing is evidence before the commit
    result = folder.evidence.commit_staged(claim.id, staged[0])
    (ev,) = folder.evidence.list(claim.id)
    assert result.evidence == [ev] and ev.sha256 == sha256_file(png)
    assert not staged[0].tmp.exists()
    assert stored_files(folder) == [folder.evidence.file_path(ev)]


def test_a_discarded_or_duplicate_staged_file_leaves_no_temp(folder, claim, tmp_path):
    png = write_png(tmp_path / "a.png")
    folder.evidence.import_file(claim.id, png)
    again = folder.evidence.stage_file(png)
    result = folder.evidence.commit_staged(claim.id, again)
    assert result.duplicate and not again.tmp.exists()
    dropped = folder.evidence.stage_file(png)
    dropped.discard()
    assert not list(folder.evidence_dir.rglob(".tmp-*"))
    assert len(folder.evidence.list(claim.id)) == 1
