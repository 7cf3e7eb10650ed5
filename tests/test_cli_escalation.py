"""bonusdesk-cli recipients, ready, escalate, transactions and the written/oral flags,
run as real processes like a user would."""

from __future__ import annotations

import hashlib
import json
import zipfile

from tests.export.helpers import pdftotext
from tests.factories import write_png


def setup_anj_claim(run_cli, tmp_path):
    f = tmp_path / "claims"
    run_cli("init", folder=f, check=0)
    run_cli("profile", "--name", "Camille Martin", "--email", "camille@example.org",
            folder=f, check=0)
    run_cli("platform", "add", "Paris Étoile", "--kind", "sportsbook", "--regulator", "ANJ",
            "--legal-entity", "Etoile SAS", folder=f, check=0)
    run_cli("claim", "new", "--platform", "Paris Étoile", "--title", "Pari annulé",
            "--incident-at", "2026-11-20T21:15", "--zone", "Europe/Paris",
            "--account-id", "ACC-1", "--happened", "Pari annulé sans motif", folder=f, check=0)
    run_cli("contact", "add", "1", "--channel", "chat", "--at", "2026-11-21T10:00",
            "--summary", "Signalé par chat", folder=f, check=0)
    return f


def test_recipients_json_lists_ids_clocks_and_sources(run_cli, tmp_path):
    docs = json.loads(run_cli("recipients", "--json", folder=tmp_path / "none",
                              check=0).stdout)
    by_id = {d["id"]: d for d in docs}
    assert {"uk-ibas", "fr-mediateur-jeux", "ecogra", "cw-cga", "se-arn"} <= set(by_id)
    mediator = by_id["fr-mediateur-jeux"]
    assert mediator["language"] == "fr" and mediator["postal_address"]
    assert {c["key"] for c in mediator["clocks"]} == {"opens", "limit"}
    assert all(s["title"] and s["url"].startswith("http") for s in mediator["sources"])
    assert by_id["forum"]["legal_body"] is False
    text = run_cli("recipients", folder=tmp_path / "none", check=0).stdout
    assert "(not a legal body)" in text and "licences: UKGC" in text


def test_ready_then_escalate_to_the_french_mediator(run_cli, tmp_path):
    f = setup_anj_claim(run_cli, tmp_path)
    # Only a chat so far: the deadlines say a written complaint is needed.
    text = run_cli("deadlines", "--now", "2026-11-22T10:00", folder=f, check=0).stdout
    assert "needs a written complaint" in text and "write to the operator first" in text
    ready = json.loads(run_cli("ready", "1", "--to", "fr-mediateur-jeux", "--json", "--now",
                               "2026-11-22T10:00", folder=f, check=0).stdout)
    missing = {i["key"] for i in ready["items"] if i["state"] == "missing"}
    assert {"written_complaint", "wait_elapsed", "transaction_refs", "evidence"} <= missing
    assert ready["ready"] is False
    refused = run_cli("escalate", "1", "--to", "fr-mediateur-jeux", folder=f, check=2)
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("bonusdesk-cli: error: not ready for Médiateur des jeux")

    run_cli("contact", "add", "1", "--channel", "email", "--at", "2026-11-22T10:00",
            "--reference", "T-1", "--summary", "Réclamation écrite", folder=f, check=0)
    run_cli("transaction", "add", "1", "--kind", "bet", "--reference", "B-77", "--amount",
            "20.00", "--currency", "EUR", "--bet-type", "simple", "--at", "2026-11-20T21:00",
            folder=f, check=0)
    run_cli("evidence", "add", "1", write_png(tmp_path / "error.png"), folder=f, check=0)
    answer = run_cli("contact", "add", "1", "--channel", "email", "--direction", "received",
                     "--at", "2026-11-25T10:00", "--summary", "Refus", "--reference", "T-1",
                     folder=f, check=0)
    run_cli("contact", "set", answer.stdout.strip(), "final_response", "yes", folder=f, check=0)
    text = run_cli("ready", "1", "--to", "fr-mediateur-jeux", "--now", "2026-11-26T10:00",
                   folder=f, check=0).stdout
    assert text.startswith("Médiateur des jeux en ligne (ANJ mediator) (fr-mediateur-jeux): "
                           "ready")
    letter = tmp_path / "saisine.txt"
    pdf = tmp_path / "saisine.pdf"
    out = json.loads(run_cli("escalate", "1", "--to", "fr-mediateur-jeux", "--letter", letter,
                             "--out", pdf, "--bundle", tmp_path / "saisine.zip",
                             "--case-number", "M-1", "--json", folder=f, check=0).stdout)
    assert out["escalation"]["recipient"] == "fr-mediateur-jeux"
    assert out["escalation"]["case_number"] == "M-1"
    assert out["letter"]["lang"] == "fr"
    assert letter.read_text("utf-8").startswith("Demande de médiation : litige avec Paris Étoile")
    # The letter is also kept in the claim, as a document tied to the referral by its hash.
    kept = out["letter"]["kept"]
    shown = json.loads(run_cli("evidence", "list", "1", "--json", folder=f, check=0).stdout)
    [item] = [e for e in shown if e["id"] == kept["evidence_id"]]
    assert item["sha256"] == kept["sha256"] == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert item["kind"] == "document" and item["source"] == "referral_letter"
    first = " ".join(pdftotext(pdf, 1, 1).split())
    assert "Dossier de saisine : Médiateur des jeux en ligne (ANJ)" in first
    assert "Le dossier est-il complet ?" in first and "Complet : rien ne manque." in first
    assert "Lettre de saisine" in pdftotext(pdf, 2, 2)
    with zipfile.ZipFile(tmp_path / "saisine.zip") as zf:
        assert json.loads(zf.read("manifest.json"))["recipient"] == "fr-mediateur-jeux"
    listed = json.loads(run_cli("escalation", "list", "1", "--json", folder=f, check=0).stdout)
    assert [e["status"] for e in listed] == ["sent"]
    claim = json.loads(run_cli("claim", "show", "1", "--json", folder=f, check=0).stdout)
    assert claim["claim"]["status"] == "escalated"
    run_cli("escalation", "set", str(listed[0]["id"]), "status", "upheld", folder=f, check=0)
    listed = json.loads(run_cli("escalation", "list", "1", "--json", folder=f, check=0).stdout)
    assert listed[0]["status"] == "upheld" and listed[0]["decided_at"]
    assert "OK" in run_cli("verify", folder=f, check=0).stdout


def test_unknown_regulator_says_pick_one(run_cli, cli_folder):
    f = cli_folder
    out = run_cli("platform", "set", "Casino Étoile", "regulator", "Isle of Man", folder=f,
                  check=0).stdout
    assert "regulator 'Isle of Man' unknown: pick one (uk-operator, fr-operator" in out
    text = run_cli("deadlines", "--now", "2026-11-21T10:00", folder=f, check=0).stdout
    assert "note: claim 1: no escalation clocks: regulator 'Isle of Man' unknown: pick one" in text
    run_cli("platform", "set", "Casino Étoile", "regulator", "UKGC", folder=f, check=0)
    run_cli("claim", "status", "1", "reported", "--at", "2026-11-21T09:00", folder=f, check=0)
    text = run_cli("deadlines", "--now", "2026-11-21T10:00", folder=f, check=0).stdout
    assert "unknown" not in text and "Operator's 8 weeks" in text


def test_bad_escalation_input_is_one_line_and_exit_2(run_cli, cli_folder):
    f = cli_folder
    for args, message in [
        (("ready", "1", "--to", "nobody"), "unknown recipient 'nobody'"),
        (("transaction", "add", "1", "--kind", "bet", "--amount", "cinq"), "amount must be"),
        (("transaction", "add", "1", "--kind", "lottery"), "unknown transaction kind"),
        (("contact", "add", "1", "--channel", "chat", "--at", "2026-11-21T10:00",
          "--final-response"), "only an answer received"),
        (("platform", "set", "Casino Étoile", "adr", "nobody"), "unknown recipient"),
        (("claim", "status", "1", "reported", "--written", "perhaps"), "--written must be"),
    ]:
        proc = run_cli(*args, folder=f, check=2)
        assert message in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr
