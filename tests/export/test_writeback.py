"""The PDF starts going to disk while it is written (a hint to the kernel), so that the
final fsync does not flush the whole file at once; the bytes and the digest are the same."""

from __future__ import annotations

import errno
import hashlib
import os
import random

import pytest

from bonusdesk.export import post

pytestmark = pytest.mark.skipif(not hasattr(os, "posix_fadvise"),
                                reason="no posix_fadvise on this system: no hint is given")


def _write_random(path, rng) -> bytes:
    expected = bytearray()
    with open(path, "wb") as fh, post.HashingFile(fh) as out:
        for _ in range(rng.randrange(5, 40)):
            if rng.random() < 0.5:
                data = rng.randbytes(rng.randrange(0, 3000))
                out.write(data)
                expected += data
            else:
                chunk = rng.randbytes(rng.randrange(1, 6000))
                view = memoryview(chunk)
                cut = rng.randrange(len(chunk) + 1)
                out.write_parts([view[:cut], view[cut:]])
                expected += chunk
        fh.flush()
        assert out.hexdigest() == hashlib.sha256(expected).hexdigest()
    return bytes(expected)


@pytest.mark.parametrize("seed", range(6))
def test_written_bytes_are_handed_to_writeback_in_order_once_on_the_file(
        tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    monkeypatch.setattr(post, "PUSH_EVERY", rng.choice([1, 1000, 4096]))
    if seed % 2:
        monkeypatch.delattr(post.os, "writev")  # as on Windows: joined writes
    asked: list[tuple[int, int]] = []
    real = os.posix_fadvise

    def recording(fd, offset, length, advice):
        assert advice == os.POSIX_FADV_DONTNEED
        # Only bytes already in the file (not in Python's buffer) are handed over.
        assert os.fstat(fd).st_size >= offset + length
        asked.append((offset, length))
        real(fd, offset, length, advice)

    monkeypatch.setattr(post.os, "posix_fadvise", recording)
    data = _write_random(tmp_path / "out.pdf", rng)
    assert (tmp_path / "out.pdf").read_bytes() == data
    assert asked, "nothing was handed to the writeback"
    at = 0
    for offset, length in asked:  # contiguous from the start, each range once
        assert offset == at and length >= post.PUSH_EVERY
        at += length
    assert len(data) - at < post.PUSH_EVERY  # only a tail under the step is left to fsync


def test_a_file_system_refusing_the_hint_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(post, "PUSH_EVERY", 1)

    def refusing(fd, offset, length, advice):
        raise OSError(errno.ESPIPE, "Illegal seek")

    monkeypatch.setattr(post.os, "posix_fadvise", refusing)
    data = _write_random(tmp_path / "out.pdf", random.Random(7))
    assert (tmp_path / "out.pdf").read_bytes() == data
