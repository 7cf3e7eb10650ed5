"""Exporting redacted copies: by default the copy goes out and the original stays home."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile

import pytest
from PIL import Image
from pypdf import PdfReader

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
from bonusdesk.core.derivative import make_derivative
from bonusdesk.core.errors import BadInput
from bonusdesk.export import ExportOptions, export_claim
from tests.core.rendered import error_dialog

from .helpers import pdftotext

BOX = Box(580, 525, 480, 40)  # the dialog's "Dépôt reçu … référence TX-99812" line


@pytest.fixture
def redacted(folder, claim, tmp_path):
    path = tmp_path / "erreur.png"
    error_dialog("fr", size=(1600, 900)).save(path)
    original = folder.evidence.import_file(claim.id, path, caption="Erreur BNS-402"
                                           ).evidence[0]
    ops = OperationList([Operation(OpKind.REDACT, BOX)])
    copy = make_derivative(folder, original.id, ops, caption="Erreur, référence masquée")
    return original, copy


def export(folder, claim, tmp_path, **kw):
    out, zpath = tmp_path / "paquet.pdf", tmp_path / "paquet.zip"
    result = export_claim(folder, claim.id, out, ExportOptions(bundle=zpath, max_mb=None,
                                                               **kw))
    return out, zpath, result


def idat(path) -> bytes:
    data = path.read_bytes()
    start = data.index(b"IDAT") + 4
    return data[start:start + 400]


def pdf_images(out) -> list[Image.Image]:
    return [Image.open(io.BytesIO(img.data)).convert("RGB")
            for page in PdfReader(out).pages for img in page.images]


def attachment_names(out) -> list[str]:
    listing = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True,
                             text=True, check=True).stdout
    return [line.split(": ", 1)[1] for line in listing.splitlines()[1:]]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_by_default_only_the_redacted_copy_goes_out(folder, claim, tmp_path, redacted):
    original, copy = redacted
    out, zpath, result = export(folder, claim, tmp_path)
    assert result.evidence_ids == [copy.id]
    # The PDF shows the copy's pixels (passed through untouched), never the original's.
    pdf = out.read_bytes()
    assert idat(folder.evidence.file_path(copy)) in pdf
    assert idat(folder.evidence.file_path(original)) not in pdf
    [shown] = pdf_images(out)
    area = shown.crop((BOX.x, BOX.y, BOX.x + BOX.w, BOX.y + BOX.h))
    assert {c for _, c in area.getcolors(1 << 24)} == {(0, 0, 0)}
    assert attachment_names(out) == ["01-screenshot-erreur-redacted.png"]
    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert "01-screenshot-erreur-redacted.png" in names
    assert not any("original" in n for n in names)
    assert all(idat(folder.evidence.file_path(original)) not in zipfile.ZipFile(zpath).read(n)
               for n in names)
    assert manifest["evidence"][0]["copy_of"] == {"id": original.id, "sha256": original.sha256,
                                                  "number": None}
    assert manifest["originals_of_redacted_copies"] == [
        {"number": 1, "file": None, "id": original.id, "sha256": original.sha256,
         "original_name": "erreur.png"}]


def test_index_says_which_original_a_copy_hides_so_it_can_be_asked_for(folder, claim,
                                                                       tmp_path, redacted):
    original, _ = redacted
    out, _, _ = export(folder, claim, tmp_path)
    text = flat(pdftotext(out))
    assert flat(f"Redacted copy of evidence id {original.id} of the claim folder, not in this "
                "package") in text
    assert original.sha256 in text
    out_fr = tmp_path / "fr.pdf"
    export_claim(folder, claim.id, out_fr, ExportOptions(lang="fr", max_mb=None))
    assert flat(f"Copie masquée de la preuve id {original.id}") in flat(pdftotext(out_fr))


def test_both_versions_when_asked_and_the_copy_names_its_original_number(folder, claim,
                                                                         tmp_path, redacted):
    original, copy = redacted
    out, zpath, result = export(folder, claim, tmp_path, versions={original.id: "both"})
    assert result.evidence_ids == [original.id, copy.id]
    text = flat(pdftotext(out))
    assert flat("Redacted copy of #1 (SHA-256") + original.sha256 in text
    assert len(pdf_images(out)) == 2
    assert len(attachment_names(out)) == 2


def test_original_only_when_asked(folder, claim, tmp_path, redacted):
    original, _ = redacted
    out, _, result = export(folder, claim, tmp_path, versions={original.id: "original"})
    assert result.evidence_ids == [original.id]
    assert "Redacted copy" not in pdftotext(out)


def test_originals_go_into_the_bundle_only_and_only_when_asked(folder, claim, tmp_path,
                                                               redacted):
    original, copy = redacted
    out, zpath, result = export(folder, claim, tmp_path, bundle_originals=True)
    assert result.evidence_ids == [copy.id]
    assert attachment_names(out) == ["01-screenshot-erreur-redacted.png"]
    assert idat(folder.evidence.file_path(original)) not in out.read_bytes()
    dest = tmp_path / "unzipped"
    with zipfile.ZipFile(zpath) as zf:
        zf.extractall(dest)
        manifest = json.loads(zf.read("manifest.json"))
    assert (dest / "01-original-screenshot-erreur.png").read_bytes() == \
        folder.evidence.file_path(original).read_bytes()
    assert manifest["originals_of_redacted_copies"][0]["file"] == \
        "01-original-screenshot-erreur.png"
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dest, capture_output=True,
                           text=True)
    assert check.returncode == 0 and "01-original-screenshot-erreur.png: OK" in check.stdout


def test_a_newer_redacted_copy_replaces_the_older_one(folder, claim, tmp_path, redacted):
    original, first = redacted
    second = make_derivative(folder, original.id, OperationList(
        [Operation(OpKind.REDACT, BOX), Operation(OpKind.REDACT, Box(0, 0, 200, 50))]),
        revises=first)
    _, _, result = export(folder, claim, tmp_path)
    assert result.evidence_ids == [second.id]
    # an explicit choice of items is respected as given
    _, _, chosen = export(folder, claim, tmp_path, evidence_ids=[first.id])
    assert chosen.evidence_ids == [first.id]


def test_choices_are_checked_before_anything_is_written(folder, claim, tmp_path, redacted):
    original, copy = redacted
    for versions, message in (({original.id: "blurred"}, "choose redacted, original, both"),
                              ({copy.id: "original"}, "has no redacted copy")):
        with pytest.raises(BadInput, match=message):
            export(folder, claim, tmp_path, versions=versions)
    assert not (tmp_path / "paquet.pdf").exists() and not (tmp_path / "paquet.zip").exists()


def test_cli_export_takes_the_version_choice_and_bundle_originals(cli_folder, run_cli,
                                                                  tmp_path):
    path = tmp_path / "shot.png"
    error_dialog("en", size=(1600, 900)).save(path)
    run_cli("evidence", "add", "1", path, folder=cli_folder, check=0)
    run_cli("evidence", "redact", "1", "--box", "580,525,480,40", folder=cli_folder, check=0)
    out, zpath = tmp_path / "p.pdf", tmp_path / "p.zip"
    doc = json.loads(run_cli("export", "1", "--out", out, "--bundle", zpath,
                             "--evidence-version", "1=both", "--bundle-originals", "--json",
                             folder=cli_folder, check=0).stdout)
    assert doc["evidence_ids"] == [1, 2]
    bad = run_cli("export", "1", "--out", out, "--evidence-version", "1=maybe",
                  folder=cli_folder)
    assert bad.returncode == 2 and "choose redacted, original, both" in bad.stderr
