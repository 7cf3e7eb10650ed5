"""bonusdesk-cli evidence redact / annotate / ops / read-text / id-boxes, as real processes."""

from __future__ import annotations

import json

from PIL import Image

from bonusdesk.core.folder import ClaimFolder
from tests.core.rendered import error_dialog, id_card


def add_image(run_cli, folder, tmp_path, image, name="shot.png") -> int:
    path = tmp_path / name
    image.save(path)
    out = run_cli("evidence", "add", "1", path, folder=folder, check=0)
    return int(out.stdout.split("\t")[0])


def stored_image(folder, evidence_id):
    with ClaimFolder.open(folder, writable=False) as f:
        ev = f.evidence.get(evidence_id)
        im = Image.open(f.evidence.file_path(ev))
        im.load()
        return ev, im


def test_redact_prints_the_new_id_and_blacks_out_each_box(cli_folder, run_cli, tmp_path):
    eid = add_image(run_cli, cli_folder, tmp_path, error_dialog("fr"))
    out = run_cli("evidence", "redact", eid, "--box", "590,530,450,30", "--box=0,0,100,20",
                  "--caption", "Référence masquée", folder=cli_folder, check=0)
    new_id = int(out.stdout.strip())
    assert new_id != eid
    ev, im = stored_image(cli_folder, new_id)
    assert ev.caption == "Référence masquée" and ev.source == "derivative"
    assert {c for _, c in im.crop((590, 530, 1040, 560)).getcolors(1 << 24)} == {(0, 0, 0)}
    assert {c for _, c in im.crop((0, 0, 100, 20)).getcolors(1 << 24)} == {(0, 0, 0)}
    text = run_cli("evidence", "read-text", new_id, folder=cli_folder, check=0).stdout
    assert "BNS-402" in text and "TX-99812" not in text


def test_annotate_applies_an_operations_file_and_ops_gives_it_back(cli_folder, run_cli,
                                                                   tmp_path):
    eid = add_image(run_cli, cli_folder, tmp_path, error_dialog("en"))
    ops = tmp_path / "ops.json"
    ops.write_text(json.dumps({"format": "bonusdesk-ops/1", "operations": [
        {"kind": "rect", "rect": [580, 455, 270, 30], "colour": "#00FF00"},
        {"kind": "step", "rect": [860, 452, 36, 36]},
        {"kind": "text", "rect": [380, 260, 300, 32], "text": "Here"},
        {"kind": "crop", "rect": [300, 200, 1200, 600]}]}), encoding="utf-8")
    out = run_cli("evidence", "annotate", eid, "--ops", ops, "--json", folder=cli_folder,
                  check=0)
    doc = json.loads(out.stdout)
    assert (doc["width"], doc["height"]) == (1200, 600)
    assert doc["operations"][1] == {"kind": "step", "rect": [860, 452, 36, 36], "step": 1}
    back = json.loads(run_cli("evidence", "ops", doc["id"], folder=cli_folder,
                              check=0).stdout)
    assert back["operations"] == doc["operations"]
    assert (back["parent_evidence_id"], back["derivative_evidence_id"]) == (eid, doc["id"])
    # edit and re-apply: a new derivative that says which one it revises
    back["operations"] = back["operations"][:2]
    ops.write_text(json.dumps(back), encoding="utf-8")
    again = json.loads(run_cli("evidence", "annotate", eid, "--ops", ops, "--json",
                               folder=cli_folder, check=0).stdout)
    ev, _ = stored_image(cli_folder, again["id"])
    assert ev.metadata["revises_sha256"] == stored_image(cli_folder, doc["id"])[0].sha256
    assert (again["width"], again["height"]) == (1920, 1080)


def test_bad_requests_exit_2_with_one_line_and_store_nothing(cli_folder, run_cli, tmp_path):
    eid = add_image(run_cli, cli_folder, tmp_path, error_dialog("en"))
    bad_ops = tmp_path / "bad.json"
    bad_ops.write_text('[{"kind": "blur", "rect": [0, 0, 5, 5]}]', encoding="utf-8")
    for args in (["redact", eid, "--box", "1,2,3"],
                 ["redact", eid, "--box", "5000,5000,10,10"],
                 ["redact", eid, "--box", "1,2,3,4", "--colour", "black"],
                 ["redact", 999, "--box", "1,2,3,4"],
                 ["annotate", eid, "--ops", bad_ops],
                 ["annotate", eid, "--ops", tmp_path / "missing.json"],
                 ["ops", eid],
                 ["read-text", eid, "--region", "0,0,0,10"]):
        out = run_cli("evidence", *args, folder=cli_folder)
        assert out.returncode == 2, (args, out.stdout, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert out.stderr.startswith("bonusdesk-cli: error:")
    with ClaimFolder.open(cli_folder, writable=False) as f:
        assert [e.id for e in f.evidence.all()] == [eid]


def test_read_text_prints_text_or_json_with_boxes_and_code_suggestions(cli_folder, run_cli,
                                                                       tmp_path):
    eid = add_image(run_cli, cli_folder, tmp_path, error_dialog("fr"))
    text = run_cli("evidence", "read-text", eid, "--region", "560,400,800,140",
                   folder=cli_folder, check=0).stdout
    assert text.splitlines()[:2] == ["Le bonus n'a pas pu être crédité sur votre compte.",
                                     "Code d'erreur : BNS-402"]
    doc = json.loads(run_cli("evidence", "read-text", eid, "--json", folder=cli_folder,
                             check=0).stdout)
    assert doc["error_codes"][0] == "BNS-402"
    assert doc["engine"] == "tesserocr" and doc["version"].startswith("tesseract 5")
    line = next(ln for ln in doc["lines"] if "BNS-402" in ln["text"])
    assert len(line["box"]) == 4
    hits = run_cli("search", "réessayez", folder=cli_folder, check=0).stdout
    assert f"evidence {eid}" in hits


def test_id_boxes_proposes_boxes_that_redact_accepts(cli_folder, run_cli, tmp_path):
    eid = add_image(run_cli, cli_folder, tmp_path, id_card(), "cni.png")
    out = run_cli("evidence", "id-boxes", eid, folder=cli_folder, check=0).stdout
    lines = out.strip().splitlines()
    assert len(lines) == 3 and "shows •••••PFW4" in lines[0]
    boxes = [line.split("\t")[0].split(" ")[1] for line in lines]
    new_id = int(run_cli("evidence", "redact", eid, *[f"--box={b}" for b in boxes],
                         folder=cli_folder, check=0).stdout)
    text = run_cli("evidence", "read-text", new_id, folder=cli_folder, check=0).stdout
    assert "X4RT" not in text.replace(" ", "") and "<<<" not in text
