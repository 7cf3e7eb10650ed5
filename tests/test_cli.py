"""The CLI contract, driven as a user would: real processes, real files."""

import json
import os

import pytest

from bonusdesk.core.folder import ClaimFolder
from tests.factories import png_bytes, write_eml, write_pdf, write_png


def test_whole_journey_then_one_flipped_byte_fails_verify(cli_folder, run_cli, tmp_path):
    f = cli_folder
    png = write_png(tmp_path / "erreur.png")
    pdf = write_pdf(tmp_path / "releve.pdf")
    eml = write_eml(tmp_path / "reponse.eml", png_bytes(color=(9, 9, 9)))
    added = run_cli("evidence", "add", "1", png, pdf, eml, "--json", folder=f, check=0)
    results = json.loads(added.stdout)
    assert [r["ok"] for r in results] == [True, True, True]
    assert results[2]["contact"]["reference"] == "558812"
    run_cli("contact", "add", "1", "--channel", "chat", "--at", "2026-11-20T22:05",
            "--reference", "T-5521", "--summary", "Agent escalated", folder=f, check=0)
    run_cli("claim", "status", "1", "reported", "--note", "form sent", folder=f, check=0)
    verify = run_cli("verify", folder=f, check=0)
    assert verify.stdout.startswith("OK: 4 evidence file(s)")

    shown = json.loads(run_cli("claim", "show", "1", "--json", folder=f, check=0).stdout)
    assert shown["claim"]["error_code"] == "BNS-402"
    assert shown["claim"]["incident_at"] == "2026-11-20T20:15:00+00:00"
    assert shown["claim"]["incident_zone"] == "Europe/Paris"
    assert [s["status"] for s in shown["status_history"]] == ["draft", "reported"]
    assert len(shown["checklist"]) == 7
    assert {c["reference"] for c in shown["contacts"]} == {"558812", "T-5521"}
    ev = shown["evidence"][0]
    assert set(ev) >= {"sha256", "path", "kind", "captured_at"}
    assert ev["path"].startswith("evidence/")

    target = f / ev["path"]
    os.chmod(target, 0o644)
    data = bytearray(target.read_bytes())
    data[10] ^= 0xFF
    target.write_bytes(bytes(data))
    failed = run_cli("verify", folder=f)
    assert failed.returncode == 1
    assert ev["path"] in failed.stdout and "altered" in failed.stdout


def test_json_output_is_one_document(cli_folder, run_cli):
    for args in (["platform", "list"], ["claim", "list"], ["checklist", "1"],
                 ["evidence", "list", "1"], ["search", "BNS"], ["verify"]):
        out = run_cli(*args, "--json", folder=cli_folder, check=0)
        json.loads(out.stdout)


def test_folder_option_also_comes_from_environment(cli_folder, run_cli, monkeypatch):
    monkeypatch.setenv("BONUSDESK_FOLDER", str(cli_folder))
    out = run_cli("claim", "list", check=0)
    assert "Bonus manquant" in out.stdout


@pytest.mark.parametrize("args,message", [
    (["claim", "show", "99"], "no claim with id 99"),
    (["claim", "new", "--platform", "Nope", "--title", "t", "--incident-at", "2026-01-01"],
     "unknown platform"),
    (["claim", "new", "--platform", "Casino Étoile", "--title", "t", "--incident-at", "soon"],
     "ISO-8601"),
    (["claim", "set", "1", "category", "angry"], "unknown category"),
    (["claim", "status", "1", "won"], "unknown status"),
    (["checklist", "set", "1", "terms_read", "perhaps"], "unknown checklist state"),
    (["contact", "add", "1", "--channel", "pigeon", "--at", "2026-11-20T10:00"],
     "unknown channel"),
    (["platform", "add", "X", "--zone", "Mars/Base"], "unknown time zone"),
])
def test_bad_input_exits_2_with_reason_on_stderr(cli_folder, run_cli, args, message):
    out = run_cli(*args, folder=cli_folder)
    assert out.returncode == 2
    assert message in out.stderr and out.stdout == ""


def test_usage_errors_exit_2(run_cli, tmp_path):
    assert run_cli("frobnicate", folder=tmp_path).returncode == 2
    missing = run_cli("claim", "list", folder=tmp_path / "none")
    assert missing.returncode == 2 and "bonusdesk-cli init" in missing.stderr


def test_evidence_batch_reports_bad_files_and_keeps_good_ones(cli_folder, run_cli, tmp_path):
    good = write_png(tmp_path / "good.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    out = run_cli("evidence", "add", "1", good, empty, tmp_path / "gone.pdf", folder=cli_folder)
    assert out.returncode == 2
    assert f"{empty}: empty file" in out.stderr and "gone.pdf: file not found" in out.stderr
    listed = run_cli("evidence", "list", "1", folder=cli_folder, check=0).stdout
    assert "good.png" in listed and "empty.png" not in listed


def test_writer_in_another_process_gets_folder_in_use(cli_folder, run_cli):
    with ClaimFolder.open(cli_folder):
        out = run_cli("claim", "status", "1", "reported", folder=cli_folder)
        assert out.returncode == 2 and "claim folder in use" in out.stderr
        assert run_cli("claim", "list", folder=cli_folder).returncode == 0


def test_checklist_set_and_list(cli_folder, run_cli):
    run_cli("checklist", "set", "1", "terms_read", "yes", folder=cli_folder, check=0)
    out = run_cli("checklist", "1", "--json", folder=cli_folder, check=0)
    items = {it["key"]: it["state"] for it in json.loads(out.stdout)}
    assert items["terms_read"] == "yes" and items["account_verified"] == "unknown"


def test_search_prints_matching_claims(cli_folder, run_cli):
    hits = json.loads(run_cli("search", "bns-402", "--json", folder=cli_folder, check=0).stdout)
    assert [(h["claim_id"], h["kind"]) for h in hits] == [(1, "claim")]


def test_profile_set_and_show(cli_folder, run_cli):
    f = cli_folder
    run_cli("profile", "--name", "Camille Martin",
            "--postal-address", "12 rue des Lilas\\n75011 Paris", folder=f, check=0)
    shown = json.loads(run_cli("profile", "--json", folder=f, check=0).stdout)
    assert shown == {"name": "Camille Martin", "email": "",
                     "postal_address": "12 rue des Lilas\n75011 Paris"}
    bad = run_cli("profile", "--email", "nope", folder=f, check=2)
    assert "e-mail" in bad.stderr
