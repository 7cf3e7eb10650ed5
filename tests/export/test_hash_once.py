"""A lossless package reads each copied file once: the evidence check takes the SHA-256
of the bytes the PDF copies as they are read, reads only the files the PDF did not copy
whole, and its verdict still comes before anything is published."""

from __future__ import annotations

import hashlib
import random

import pytest

from bonusdesk.export import EvidenceProblem, ExportOptions, export_claim, splice
from bonusdesk.export import collect as collect_stage

from .conftest import EMAIL, jpeg_bytes, png_bytes


@pytest.fixture
def mixed_claim(folder, claim):
    """PNG and JPEG the PDF carries as they are, a PNG with alpha it redraws, an e-mail."""
    ev = folder.evidence
    items = {"png": ev.add_bytes(claim.id, png_bytes(), "erreur.png"),
             "jpeg": ev.add_bytes(claim.id, jpeg_bytes(), "photo.jpg"),
             "alpha": ev.add_bytes(claim.id, png_bytes((300, 200), (250, 250, 250), "RGBA"),
                                   "alpha.png"),
             "email": ev.add_bytes(claim.id, EMAIL.encode("utf-8"), "ticket.eml")}
    return claim, items


def _hashed_by_the_check(monkeypatch) -> list[str]:
    """Paths the evidence check reads and hashes itself (not from the writing's read)."""
    seen: list[str] = []
    real = collect_stage.sha256_file

    def counting(path):
        seen.append(str(path))
        return real(path)

    monkeypatch.setattr(collect_stage, "sha256_file", counting)
    return seen


def test_lossless_export_hashes_the_copied_screenshots_while_writing_them(
        folder, mixed_claim, tmp_path, monkeypatch):
    claim, items = mixed_claim
    seen = _hashed_by_the_check(monkeypatch)
    export_claim(folder, claim.id, tmp_path / "p.pdf",
                 ExportOptions(max_mb=None, attachments=False))
    path = {k: str(folder.evidence.file_path(ev)) for k, ev in items.items()}
    # The PNG and JPEG bytes are copied into the PDF: hashed as they were read.
    assert sorted(seen) == sorted([path["alpha"], path["email"]])


def test_attached_originals_are_all_hashed_while_writing_them(folder, mixed_claim, tmp_path,
                                                               monkeypatch):
    claim, _ = mixed_claim
    seen = _hashed_by_the_check(monkeypatch)
    export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(max_mb=None))
    assert seen == []


@pytest.mark.parametrize("attachments", [False, True])
@pytest.mark.parametrize("which", ["png", "jpeg", "alpha", "email"])
def test_an_altered_file_stops_the_export_and_nothing_is_published(
        folder, mixed_claim, tmp_path, which, attachments):
    claim, items = mixed_claim
    numbers = {"png": 1, "jpeg": 2, "alpha": 3, "email": 4}
    target = folder.evidence.file_path(items[which])
    target.chmod(0o644)
    with open(target, "r+b") as fh:
        fh.seek(target.stat().st_size // 2)  # inside the data the PDF copies
        byte = fh.read(1)
        fh.seek(-1, 1)
        fh.write(bytes([byte[0] ^ 0xFF]))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(EvidenceProblem) as err:
        export_claim(folder, claim.id, out_dir / "p.pdf",
                     ExportOptions(max_mb=None, attachments=attachments))
    assert [p[:2] for p in err.value.problems] == [(numbers[which], items[which].id)]
    assert "altered" in str(err.value)
    assert list(out_dir.iterdir()) == []  # no PDF, no part file


class _Sink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write_parts(self, parts) -> None:
        for part in parts:
            self.data += part


@pytest.mark.parametrize("seed", range(40))
def test_copy_writes_the_ranges_and_hashes_the_whole_file(tmp_path, monkeypatch, seed):
    """Against the plain way (seek to each range, read it) over random files and ranges,
    read in chunks smaller and larger than the ranges."""
    rng = random.Random(seed)
    monkeypatch.setattr(splice, "CHUNK", rng.choice([1, 7, 64, 4096, 1 << 20]))
    data = rng.randbytes(rng.randrange(0, 5000))
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    cuts = sorted(rng.sample(range(len(data) + 1), k=min(len(data) + 1, 2 * rng.randrange(6))))
    ranges = [(a, b - a) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    stream = splice.FileStream(b"m", b"", str(path), ranges)
    sink, hashes = _Sink(), {}
    with splice._FileDigests(hashes) as digests:
        stream.copy_to(sink, digests)
    assert bytes(sink.data) == b"".join(data[a:a + n] for a, n in ranges)
    assert stream.length == len(sink.data)
    assert hashes == {str(path): hashlib.sha256(data).hexdigest()}


def test_a_file_that_shrank_fails_the_copy_and_is_not_vouched_for(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 100)
    stream = splice.FileStream(b"m", b"", str(path), [(10, 20), (90, 30)])
    hashes: dict[str, str] = {}
    with pytest.raises(OSError, match="shrank"), splice._FileDigests(hashes) as digests:
        stream.copy_to(_Sink(), digests)
    assert hashes == {}


def test_ranges_out_of_order_are_refused(tmp_path):
    with pytest.raises(splice.SpliceError):
        splice.FileStream(b"m", b"", str(tmp_path / "f"), [(50, 10), (0, 10)])


@pytest.mark.parametrize("seed", range(6))
def test_hashing_file_writes_and_hashes_parts_as_if_joined(tmp_path, monkeypatch, seed):
    """Parts written without a joined copy (writev, in batches; joined where the OS has
    no writev) land in order between ordinary writes, and the digest is the file's."""
    from bonusdesk.export import post

    rng = random.Random(seed)
    monkeypatch.setattr(post, "IOV_MAX", rng.choice([1, 3, 1024]))
    if seed % 2:
        monkeypatch.delattr(post.os, "writev")  # as on Windows
    expected = bytearray()
    path = tmp_path / "out.bin"
    with open(path, "wb") as fh, post.HashingFile(fh) as out:
        for _ in range(rng.randrange(1, 30)):
            if rng.random() < 0.5:
                data = rng.randbytes(rng.randrange(0, 3000))
                out.write(data)
                expected += data
            else:
                chunk = rng.randbytes(rng.randrange(1, 5000))
                view = memoryview(chunk)
                cuts = sorted(rng.sample(range(len(chunk) + 1), k=min(len(chunk) + 1, 8)))
                parts = [view[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
                out.write_parts(parts)
                expected += b"".join(parts)
        fh.flush()
        digest = out.hexdigest()
    assert path.read_bytes() == bytes(expected)
    assert digest == hashlib.sha256(expected).hexdigest()



def test_each_writing_vouches_for_the_bytes_it_copied_not_an_earlier_pass(tmp_path):
    """"Fit under N MB" may write the PDF twice: the digest the check uses is the one of
    the bytes the published file holds."""
    path = tmp_path / "f.bin"
    path.write_bytes(b"now" * 100)
    hashes = {str(path): hashlib.sha256(b"before").hexdigest()}  # an earlier pass's read
    stream = splice.FileStream(b"m", b"", str(path), [(0, 300)])
    with splice._FileDigests(hashes) as digests:
        stream.copy_to(_Sink(), digests)
    assert hashes == {str(path): hashlib.sha256(b"now" * 100).hexdigest()}
