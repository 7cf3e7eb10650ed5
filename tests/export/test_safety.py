"""Nothing partial at the target: kill -9, cancel, altered or missing evidence."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import threading

import pytest

from bonusdesk.core.events import list_events
from bonusdesk.export import (
    EvidenceProblem,
    ExportCancelled,
    ExportOptions,
    export_claim,
)
from tests.conftest import subprocess_env

from .conftest import png_bytes

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.export import ExportOptions, export_claim
    import bonusdesk.export.bundle as bundle
    import bonusdesk.export.post as post
    import bonusdesk.export.splice as splice

    folder_path, claim_id, out, zpath, stage = sys.argv[1:]
    calls = 0

    def pause_after_second(real):
        def wrapper(*args, **kwargs):
            global calls
            result = real(*args, **kwargs)
            calls += 1
            if calls == 2:
                for a in args:  # make the half-written file visible on disk
                    getattr(a, "flush", lambda: None)()
                print("MIDWAY", flush=True)
                time.sleep(120)
            return result
        return wrapper

    if stage == "pdf":  # while pypdf writes the final PDF, image by image
        post._FileStream.write_to_stream = pause_after_second(post._FileStream.write_to_stream)
    elif stage == "one-pass":  # while the one-pass PDF is written, image by image
        splice.FileStream.copy_to = pause_after_second(splice.FileStream.copy_to)
    else:  # while the ZIP bundle is being written, file by file
        bundle.sha256_file = pause_after_second(bundle.sha256_file)
    folder = ClaimFolder.open(folder_path)
    export_claim(folder, int(claim_id), Path(out), ExportOptions(bundle=Path(zpath)))
    print("FINISHED", flush=True)
""")


@pytest.mark.parametrize("stage", ["pdf", "one-pass", "bundle"])
def test_killed_export_leaves_nothing_at_the_target(folder, claim, tmp_path, stage, request):
    if stage != "one-pass":  # rich_claim has a PDF: pypdf finishes its package
        request.getfixturevalue("rich_claim")
    for i in range(3):  # enough pass-through screenshots to pause between two of them
        folder.evidence.add_bytes(claim.id, png_bytes(color=(i * 40, 90, 30)), f"s{i}.png")
    folder.close()  # the child needs the folder's write lock
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out, zpath = out_dir / "package.pdf", out_dir / "package.zip"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder.path), str(claim.id), str(out), str(zpath),
         stage], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=subprocess_env())
    try:
        line = child.stdout.readline()
        assert line.strip() == "MIDWAY", child.stderr.read()
        parts = [p.name for p in out_dir.iterdir()]
        assert any(".part-" in p for p in parts), parts  # really killed mid-write
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert not out.exists()
    assert not zpath.exists()
    # A later export cleans the leftovers and succeeds.
    from bonusdesk.core.folder import ClaimFolder

    with ClaimFolder.open(folder.path) as again:
        export_claim(again, claim.id, out, ExportOptions(bundle=zpath))
    assert sorted(p.name for p in out_dir.iterdir()) == ["package.pdf", "package.zip"]


def _make_writable(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_altered_evidence_stops_the_export(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    target = folder.evidence.file_path(evidence[1])
    _make_writable(target)
    with open(target, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00")
    out = tmp_path / "p.pdf"
    events_before = len(list_events(folder.db, claim.id))
    with pytest.raises(EvidenceProblem) as err:
        export_claim(folder, claim.id, out, ExportOptions(bundle=tmp_path / "p.zip"))
    message = str(err.value)
    assert "#2 ошибка бонуса.png" in message and "altered" in message
    assert err.value.problems == [(2, evidence[1].id, "ошибка бонуса.png", "altered")]
    assert not out.exists() and not (tmp_path / "p.zip").exists()
    assert len(list_events(folder.db, claim.id)) == events_before  # no export recorded


def test_missing_evidence_stops_the_export_unless_excluded(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    target = folder.evidence.file_path(evidence[0])
    _make_writable(target)
    target.unlink()
    out = tmp_path / "p.pdf"
    with pytest.raises(EvidenceProblem, match="is missing"):
        export_claim(folder, claim.id, out)
    assert not out.exists()
    keep = [ev.id for ev in evidence[1:]]
    result = export_claim(folder, claim.id, out, ExportOptions(evidence_ids=keep))
    assert result.evidence_ids == keep and out.exists()


def test_cancel_leaves_nothing_and_records_nothing(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    out = tmp_path / "p.pdf"
    cancel = threading.Event()
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if done == 3:
            cancel.set()  # what the dialog's Cancel button does, from the GUI thread

    events_before = len(list_events(folder.db, claim.id))
    with pytest.raises(ExportCancelled):
        export_claim(folder, claim.id, out, ExportOptions(bundle=tmp_path / "p.zip"),
                     progress=progress, cancel=cancel)
    assert seen[-1] == 3
    assert list(tmp_path.glob("p.*")) == [] and list(tmp_path.glob(".p.*")) == []
    assert len(list_events(folder.db, claim.id)) == events_before


def test_cancel_accepts_a_callable(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    with pytest.raises(ExportCancelled):
        export_claim(folder, claim.id, tmp_path / "p.pdf", cancel=lambda: True)
    assert not (tmp_path / "p.pdf").exists()


def test_progress_reaches_total_and_never_goes_back(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    seen = []
    export_claim(folder, claim.id, tmp_path / "p.pdf",
                 progress=lambda done, total, msg: seen.append((done, total, msg)))
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] == "done"
    assert len(seen) > 5


def test_existing_target_is_replaced_only_when_the_new_one_is_complete(folder, rich_claim,
                                                                       tmp_path):
    claim, evidence = rich_claim
    out = tmp_path / "p.pdf"
    out.write_bytes(b"previous package")
    target = folder.evidence.file_path(evidence[0])
    _make_writable(target)
    target.write_bytes(b"tampered")
    with pytest.raises(EvidenceProblem):
        export_claim(folder, claim.id, out)
    assert out.read_bytes() == b"previous package"


def test_gui_flow_runs_the_export_in_a_worker_thread(folder, rich_claim, tmp_path):
    """prepare in the folder's thread, run in a worker (no database there), record back."""
    from bonusdesk.export import prepare_export, record_export

    claim, evidence = rich_claim
    out = tmp_path / "p.pdf"
    job = prepare_export(folder, claim.id, out, ExportOptions(bundle=tmp_path / "p.zip"))
    outcome, seen = {}, []

    def worker():
        try:
            outcome["result"] = job.run(progress=lambda d, t, m: seen.append(
                threading.current_thread().name), cancel=threading.Event())
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=worker, name="export-worker")
    thread.start()
    thread.join(timeout=120)
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert set(seen) == {"export-worker"}
    assert out.exists() and (tmp_path / "p.zip").exists()
    record_export(folder, job, result)
    last = list_events(folder.db, claim.id)[-1]
    assert last.action == "export" and last.data["sha256"] == result.sha256
    assert last.data["evidence"] == [ev.id for ev in evidence]
