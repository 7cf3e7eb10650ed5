"""bonusdesk-cli export, run as a real process."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from bonusdesk.core.folder import ClaimFolder
from tests.factories import write_eml, write_pdf, write_png

from .helpers import pdftotext


@pytest.fixture
def cli_claim(cli_folder, tmp_path, run_cli):
    f = cli_folder
    files = [write_png(tmp_path / "erreur.png"), write_pdf(tmp_path / "releve.pdf"),
             write_eml(tmp_path / "reponse.eml")]
    run_cli("evidence", "add", "1", *files, folder=f, check=0)
    return f


def test_export_with_bundle_password_and_json(cli_claim, run_cli, tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text("mot-de-passe\n", encoding="utf-8")
    out, zpath = tmp_path / "dossier.pdf", tmp_path / "dossier.zip"
    proc = run_cli("export", "1", "--out", out, "--lang", "fr", "--bundle", zpath,
                   "--password-file", pw, "--json", folder=cli_claim, check=0)
    doc = json.loads(proc.stdout)
    assert doc["pdf"] == str(out) and len(doc["sha256"]) == 64
    assert doc["evidence_ids"] == [1, 2, 3]
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("mot-de-passe")
    assert "Réclamation" in pdftotext(out, password="mot-de-passe")
    dest = tmp_path / "unzipped"
    zipfile.ZipFile(zpath).extractall(dest)
    subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=dest, check=True)


def test_only_and_no_attachments(cli_claim, run_cli, tmp_path):
    out = tmp_path / "p.pdf"
    proc = run_cli("export", "1", "--out", out, "--only", "1,3", "--no-attachments",
                   folder=cli_claim, check=0)
    assert proc.stdout.startswith(f"{out}\t")
    assert PdfReader(out).attachments == {}
    with ClaimFolder.open(cli_claim, writable=False) as folder:
        shas = [ev.sha256 for ev in folder.evidence.list(1)]
    text = pdftotext(out)
    assert shas[0] in text and shas[2] in text and shas[1] not in text


def test_altered_evidence_is_exit_2_with_one_line(cli_claim, run_cli, tmp_path):
    with ClaimFolder.open(cli_claim, writable=False) as folder:
        path = folder.evidence.file_path(folder.evidence.get(1))
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(path.read_bytes() + b"x")
    out = tmp_path / "p.pdf"
    proc = run_cli("export", "1", "--out", out, folder=cli_claim, check=2)
    assert proc.stderr.count("\n") == 1
    assert "#1 erreur.png (evidence id 1) is altered" in proc.stderr
    assert not out.exists()
    run_cli("export", "1", "--out", out, "--only", "2,3", folder=cli_claim, check=0)


@pytest.mark.parametrize("args, message", [
    (["--only", "1,x"], "--only takes evidence ids"),
    (["--only", "99"], "no evidence with id 99"),
    (["--password-file", "/nonexistent/pw"], "cannot read the password file"),
    (["--max-mb", "-1"], "size limit must be a positive number"),
])
def test_bad_options_are_exit_2(cli_claim, run_cli, tmp_path, args, message):
    out = tmp_path / "p.pdf"
    proc = run_cli("export", "1", "--out", out, *args, folder=cli_claim, check=2)
    assert message in proc.stderr
    assert not out.exists()


def test_missing_output_folder_is_exit_2(cli_claim, run_cli, tmp_path):
    proc = run_cli("export", "1", "--out", tmp_path / "nope" / "p.pdf", folder=cli_claim,
                   check=2)
    assert "does not exist" in proc.stderr


def test_export_whose_originals_do_not_fit_succeeds_and_says_where_they_are(
        cli_folder, run_cli, tmp_path):
    from PIL import Image

    files = []
    for i in range(3):  # noise barely compresses: ~2.7 MB each, over the 2 MB limit
        files.append(tmp_path / f"page-{i}.png")
        Image.effect_noise((1280, 720), 60 + i).convert("RGB").save(files[-1])
    run_cli("evidence", "add", "1", *files, folder=cli_folder, check=0)
    out = tmp_path / "dossier.pdf"
    proc = run_cli("export", "1", "--out", out, "--max-mb", "2", folder=cli_folder, check=0)
    bundle = tmp_path / "dossier.zip"
    assert out.stat().st_size <= 2 * 1024 * 1024
    assert f"{bundle}\tsha256 " in proc.stdout  # the bundle's path, as with --bundle
    assert "ZIP bundle" in proc.stderr and str(bundle) in proc.stderr  # what was done
    with zipfile.ZipFile(bundle) as zf:
        assert sum(n.endswith(".png") for n in zf.namelist()) == 3
    verified = run_cli("verify-bundle", bundle, check=0)
    assert "VERIFIED" in verified.stdout


def test_an_asked_for_limit_that_would_make_screenshots_unreadable_is_refused(
        cli_folder, run_cli, tmp_path):
    from PIL import Image

    shot = tmp_path / "screen.png"
    Image.effect_noise((1280, 720), 60).convert("RGB").save(shot)
    run_cli("evidence", "add", "1", shot, folder=cli_folder, check=0)
    out = tmp_path / "dossier.pdf"
    proc = run_cli("export", "1", "--out", out, "--max-mb", "0.2", "--no-attachments",
                   folder=cli_folder, check=2)
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "smallest readable package is" in proc.stderr and "0.2 MB limit" in proc.stderr
    assert not out.exists()
    # without --max-mb, the default limit never fails: the PDF is made, said to be over
    proc = run_cli("export", "1", "--out", out, "--no-attachments", folder=cli_folder, check=0)
    assert out.exists() and "readability floor" not in proc.stderr  # 1 screen fits 20 MB
