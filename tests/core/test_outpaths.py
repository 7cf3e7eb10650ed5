"""Output paths that would destroy something are refused before anything is written."""

from __future__ import annotations

import os
import socket

import pytest

from bonusdesk.core.atomicfile import atomic_output, write_atomic
from bonusdesk.core.errors import OutputRefused
from bonusdesk.core.outpaths import check_output_path, check_outputs


@pytest.fixture
def claim_dir(folder, claim):
    return folder.path


@pytest.mark.parametrize("inside", ["bonusdesk.db", "evidence/ab/new.pdf", "new.pdf",
                                    "cache/thumbs/x.png"])
def test_anything_inside_the_claim_folder_is_refused(claim_dir, inside):
    (claim_dir / inside).parent.mkdir(parents=True, exist_ok=True)
    with pytest.raises(OutputRefused, match="inside the claim folder"):
        check_output_path(claim_dir / inside, claim_dir)


def test_links_into_the_claim_folder_are_followed_and_refused(claim_dir, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "package.pdf").symlink_to(claim_dir / "bonusdesk.db")
    (out / "dangling.pdf").symlink_to(claim_dir / "not-yet.pdf")
    (out / "via-dir").symlink_to(claim_dir)
    for p in ("package.pdf", "dangling.pdf", "via-dir/p.pdf"):
        with pytest.raises(OutputRefused, match="inside the claim folder"):
            check_output_path(out / p, claim_dir)


def test_a_relative_path_into_the_folder_is_refused(claim_dir, monkeypatch):
    monkeypatch.chdir(claim_dir)
    with pytest.raises(OutputRefused, match="inside the claim folder"):
        check_output_path("package.pdf", claim_dir)


def test_folders_devices_fifos_and_sockets_are_refused(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    try:
        cases = {tmp_path: "folder", "/dev/null": "device", "/dev/full": "device",
                 fifo: "pipe", sock_path: "socket"}
        for path, word in cases.items():
            with pytest.raises(OutputRefused, match=word):
                check_output_path(path)
    finally:
        sock.close()


def test_missing_folder_and_trailing_separator_are_refused(tmp_path):
    with pytest.raises(OutputRefused, match="does not exist"):
        check_output_path(tmp_path / "nope" / "p.pdf")
    with pytest.raises(OutputRefused, match="names a folder"):
        check_output_path(str(tmp_path) + "/")


def test_one_command_may_not_write_twice_to_a_file_or_over_what_it_reads(tmp_path):
    pdf, pw = tmp_path / "p.pdf", tmp_path / "pw.txt"
    pw.write_text("secret")
    with pytest.raises(OutputRefused, match="also the ZIP bundle"):
        check_outputs({"PDF": pdf, "ZIP bundle": tmp_path / "." / "p.pdf"})
    with pytest.raises(OutputRefused, match="password file this command reads"):
        check_outputs({"PDF": pw}, sources={"password file": pw})
    hard = tmp_path / "hard.pdf"
    os.link(pw, hard)
    with pytest.raises(OutputRefused, match="password file"):
        check_outputs({"PDF": hard}, sources={"password file": pw})


def test_replacing_an_ordinary_file_elsewhere_stays_allowed(claim_dir, tmp_path):
    old = tmp_path / "old.pdf"
    old.write_bytes(b"previous")
    assert check_output_path(old, claim_dir) == old
    assert check_outputs({"PDF": old, "ZIP": tmp_path / "new.zip"}, claim_dir)["PDF"] == old


def test_atomic_writes_refuse_special_files_even_without_a_folder(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target in ("/dev/full", fifo, tmp_path):
        with pytest.raises(OutputRefused):
            write_atomic(target, b"data")
    assert os.path.exists("/dev/full") and os.path.exists(fifo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]


def test_atomic_write_never_removes_another_writers_live_temp_file(tmp_path):
    target = tmp_path / "deadlines.ics"
    with atomic_output(target) as fh:
        fh.write(b"first, still being written")
        live = [p for p in tmp_path.iterdir() if p.name != "deadlines.ics"]
        write_atomic(target, b"second writer")  # cleans stale temps of the same name
        assert all(p.exists() for p in live)  # ... but not a held one
    assert target.read_bytes() == b"first, still being written"
    assert [p.name for p in tmp_path.iterdir()] == ["deadlines.ics"]
