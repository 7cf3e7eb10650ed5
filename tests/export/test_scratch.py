"""Export scratch files live in the claim folder's cache/, never in $TMPDIR, and what a
killed export leaves there is removed the next time the folder is opened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.export import ExportOptions, export_claim
from tests.conftest import subprocess_env

from .conftest import png_bytes
from .test_safety import CHILD


def test_scratch_is_in_the_folder_cache_while_exporting(folder, rich_claim, tmp_path,
                                                        monkeypatch):
    claim, _ = rich_claim
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", None)
    seen = []

    def progress(done, total, message):
        scratch = folder.cache_dir / "export"
        seen.append((sorted(p.name for p in scratch.iterdir()) if scratch.exists() else [],
                     list(tmpdir.iterdir())))

    export_claim(folder, claim.id, tmp_path / "p.pdf",
                 ExportOptions(bundle=tmp_path / "p.zip", max_mb=0.4, attachments=False),
                 progress=progress)
    assert any(len(names) == 1 for names, _ in seen)  # one work folder while it runs
    assert all(tmp == [] for _, tmp in seen)
    assert list((folder.cache_dir / "export").iterdir()) == []


def test_killed_export_leaves_no_scratch_in_tmpdir_and_the_next_open_cleans_it(
        folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    for i in range(3):
        folder.evidence.add_bytes(claim.id, png_bytes(color=(i * 40, 90, 30)), f"s{i}.png")
    path = folder.path
    folder.close()
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(claim.id), str(out_dir / "p.pdf"),
         str(out_dir / "p.zip"), "pdf"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=subprocess_env(TMPDIR=str(tmpdir)))
    try:
        assert child.stdout.readline().strip() == "MIDWAY", child.stderr.read()
        left = list((path / "cache" / "export").iterdir())
        assert len(left) == 1  # the killed export's work folder
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert list(tmpdir.iterdir()) == []
    assert left[0].exists()
    ClaimFolder.open(path).close()  # the next start
    assert not left[0].exists()
