"""The ZIP bundle verifies with the standard tool and carries what a mediator needs."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile

from bonusdesk.core.events import head
from bonusdesk.core.evidence import sha256_file
from bonusdesk.export import ExportOptions, export_claim


def _bundle(folder, claim, tmp_path, **kw):
    out, zpath = tmp_path / "paquet.pdf", tmp_path / "paquet.zip"
    result = export_claim(folder, claim.id, out, ExportOptions(bundle=zpath, **kw))
    return out, zpath, result


def test_sha256sum_check_passes_on_the_unzipped_bundle(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    _, zpath, _ = _bundle(folder, claim, tmp_path)
    dest = tmp_path / "unzipped"
    if shutil.which("unzip"):  # the tool a recipient would use
        subprocess.run(["unzip", "-q", str(zpath), "-d", str(dest)], check=True)
    else:
        zipfile.ZipFile(zpath).extractall(dest)
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dest, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    # the originals, the PDF, the event log excerpt and manifest.json
    assert len(lines) == len(evidence) + 3
    assert all(line.endswith(": OK") for line in lines)


def test_bundle_names_contents_and_manifest(folder, rich_claim, tmp_path):
    claim, evidence = rich_claim
    head_before = head(folder.db)
    pdf, zpath, result = _bundle(folder, claim, tmp_path)
    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert zf.read("paquet.pdf") == pdf.read_bytes()
        for n, ev in enumerate(evidence, 1):
            name = manifest["evidence"][n - 1]["file"]
            assert name.startswith(f"{n:02d}-{ev.kind.value}-")
            assert zf.read(name) == folder.evidence.file_path(ev).read_bytes()
    assert names[0] == "paquet.pdf"
    assert names[-3:] == ["event-log.jsonl", "manifest.json", "SHA256SUMS"]
    assert "02-screenshot-oshibka_bonusa.png" in names
    assert manifest["pdf"] == {"file": "paquet.pdf", "sha256": result.sha256}
    assert manifest["claim"]["error_code"] == "BNS-402"
    assert [e["sha256"] for e in manifest["evidence"]] == [e.sha256 for e in evidence]
    assert manifest["evidence"][0]["original_name"] == "capture_écran_Ελληνικά.png"
    # the head when the package was made; the export event is appended after it
    assert manifest["event_chain_head"] == {"seq": head_before[0], "hash": head_before[1]}
    assert head(folder.db)[0] == head_before[0] + 1
    assert result.bundle_sha256 == sha256_file(zpath)


def test_sha256sums_format_is_exactly_sha256sum_output(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    _, zpath, _ = _bundle(folder, claim, tmp_path)
    with zipfile.ZipFile(zpath) as zf:
        sums = zf.read("SHA256SUMS").decode("ascii")
        for line in sums.splitlines():
            digest, name = line.split("  ", 1)
            assert len(digest) == 64 and digest == digest.lower()
            assert hashlib.sha256(zf.read(name)).hexdigest() == digest
    assert sums.endswith("\n")
