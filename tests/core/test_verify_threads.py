"""verify hashes evidence files on several threads and still reports in evidence order."""

from __future__ import annotations

import os
import threading
import time

from bonusdesk.core import integrity
from bonusdesk.core.integrity import verify
from tests.factories import write_png


def test_files_are_hashed_on_several_threads_and_problems_come_in_evidence_order(
        folder, claim, tmp_path, monkeypatch):
    files = [write_png(tmp_path / f"{n}.png", color=(n, 255 - n, 7)) for n in range(30)]
    evidence = folder.evidence.import_files(claim.id, files)
    items = sorted((ev for r in evidence for ev in r.evidence), key=lambda ev: ev.id)
    altered, missing = [items[3], items[17], items[28]], items[11]
    for ev in altered:
        path = folder.abspath(ev.path)
        os.chmod(path, 0o644)
        path.write_bytes(path.read_bytes() + b"!")
    gone = folder.abspath(missing.path)
    os.chmod(gone, 0o644)
    gone.unlink()

    threads, real = set(), integrity.sha256_file
    order = {folder.abspath(ev.path): n for n, ev in enumerate(items)}

    def slow_first(path):  # early files finish last: the report must not follow them
        threads.add(threading.current_thread().name)
        time.sleep(0.002 * (30 - order[path]))
        return real(path)

    monkeypatch.setattr(integrity, "sha256_file", slow_first)
    report = verify(folder)
    assert len(threads) > 1
    assert report.files_checked == 30
    assert [(p.kind, p.evidence_id) for p in report.problems] == [
        ("altered", items[3].id), ("missing", missing.id), ("altered", items[17].id),
        ("altered", items[28].id)]
