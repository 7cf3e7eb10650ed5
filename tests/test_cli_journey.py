"""The follow-up journey from the command line, as a player (or a script) runs it."""

from __future__ import annotations

import json
import shlex
from email.message import EmailMessage

import pytest

from tests.factories import write_png


def _json(proc):
    return json.loads(proc.stdout)


def test_capture_without_a_claim_goes_to_the_inbox_then_is_filed(cli_folder, run_cli, qtbot):
    from tests.core.screen import random_pattern, show_pattern

    show_pattern(qtbot, random_pattern(1280, 800, seed=4))
    doc = _json(run_cli("capture", "--stamped", "--json", folder=cli_folder, check=0))
    original, stamped = doc["id"], doc["stamped"]["id"]
    inbox = _json(run_cli("evidence", "list", "--inbox", "--json", folder=cli_folder, check=0))
    assert sorted(e["id"] for e in inbox) == sorted([original, stamped])
    assert all(e["claim_id"] is None for e in inbox)
    out = run_cli("evidence", "move", str(original), "--to", "1", folder=cli_folder, check=0)
    assert out.stdout.count("filed into claim 1") == 2  # the stamped copy comes along
    assert _json(run_cli("evidence", "list", "--inbox", "--json", folder=cli_folder,
                         check=0)) == []
    files = sorted(p.name for p in (cli_folder / "evidence").rglob("*.png"))
    assert len(files) == 2  # nothing was copied
    assert run_cli("verify", folder=cli_folder, check=0).stdout.startswith("OK")


def test_evidence_add_without_a_claim_or_with_inbox_files_nothing_yet(cli_folder, run_cli,
                                                                      tmp_path):
    write_png(tmp_path / "page.png")
    write_png(tmp_path / "7", color=(1, 2, 3))  # a file whose name looks like a claim id
    run_cli("evidence", "add", tmp_path / "page.png", folder=cli_folder, check=0)
    run_cli("evidence", "add", "--inbox", tmp_path / "7", folder=cli_folder, check=0)
    inbox = _json(run_cli("evidence", "list", "--inbox", "--json", folder=cli_folder, check=0))
    assert [e["original_name"] for e in inbox] == ["page.png", "7"]
    assert _json(run_cli("evidence", "list", "1", "--json", folder=cli_folder, check=0)) == []
    bad = run_cli("evidence", "list", folder=cli_folder, check=2)
    assert bad.stderr.count("\n") == 1 and "--inbox" in bad.stderr


def test_moving_into_a_claim_with_the_same_file_is_refused_and_changes_nothing(
        cli_folder, run_cli, tmp_path):
    png = write_png(tmp_path / "page.png")
    run_cli("evidence", "add", "1", png, folder=cli_folder, check=0)
    run_cli("evidence", "add", png, "--caption", "again", folder=cli_folder, check=0)
    bad = run_cli("evidence", "move", "2", "--to", "1", folder=cli_folder, check=2)
    assert "already in claim 1 as evidence 1" in bad.stderr and bad.stderr.count("\n") == 1
    inbox = _json(run_cli("evidence", "list", "--inbox", "--json", folder=cli_folder, check=0))
    assert [e["id"] for e in inbox] == [2]


def test_contact_warnings_stop_the_save_until_forced(cli_folder, run_cli):
    args = ["contact", "add", "1", "--channel", "contact_form", "--at", "2026-11-20T20:00"]
    refused = run_cli(*args, folder=cli_folder, check=2)
    lines = refused.stderr.splitlines()
    assert any("before the incident" in ln for ln in lines)
    assert any("summary is empty" in ln for ln in lines)
    assert any("ticket or reference" in ln for ln in lines)
    assert lines[-1].endswith("add --force to save it anyway")
    assert _json(run_cli("contact", "list", "1", "--json", folder=cli_folder, check=0)) == []
    saved = run_cli(*args, "--force", folder=cli_folder, check=0)
    assert saved.stdout.strip() == "1"


def test_a_written_report_in_time_marks_the_claim_reported(cli_folder, run_cli):
    out = run_cli("contact", "add", "1", "--channel", "email", "--at", "2026-11-21T09:00",
                  "--summary", "Report sent to help@etoile.example", "--json",
                  folder=cli_folder, check=0)
    doc = _json(out)
    assert doc["status_change"]["status"] == "reported"
    assert doc["status_change"]["contact_id"] == doc["id"]
    assert "marked reported" in out.stderr
    shown = _json(run_cli("claim", "show", "1", "--json", folder=cli_folder, check=0))
    assert shown["claim"]["status"] == "reported"


def test_a_status_linked_to_a_logged_chat(cli_folder, run_cli):
    run_cli("contact", "add", "1", "--channel", "chat", "--at", "2026-11-20T22:00",
            "--reference", "CH-9", "--summary", "Agent Léa took the report",
            folder=cli_folder, check=0)
    change = _json(run_cli("claim", "status", "1", "reported", "--contact", "1", "--json",
                           folder=cli_folder, check=0))
    assert change["contact_id"] == 1 and change["at"] == "2026-11-20T21:00:00+00:00"
    assert change["note"] == "Agent Léa took the report"
    again = run_cli("claim", "status", "1", "reported", "--contact", "1", folder=cli_folder,
                    check=2)
    assert "already records" in again.stderr
    wrong = run_cli("claim", "status", "1", "in_progress", "--due", "2026-12-04T10:00",
                    folder=cli_folder, check=2)
    assert "info_requested" in wrong.stderr


def test_correct_then_withdraw_a_contact(cli_folder, run_cli):
    run_cli("contact", "add", "1", "--channel", "email", "--at", "2026-11-21T09:00",
            "--summary", "Report", folder=cli_folder, check=0)
    fixed = _json(run_cli("contact", "edit", "1", "--at", "2026-11-21T08:00", "--reference",
                          "T-5521", "--reason", "typo", "--json", folder=cli_folder, check=0))
    assert fixed["at"] == "2026-11-21T07:00:00+00:00" and fixed["reference"] == "T-5521"
    assert fixed["corrected_at"]
    bad = run_cli("contact", "edit", "1", "--channel", "pigeon", folder=cli_folder, check=2)
    assert "channel" in bad.stderr and bad.stderr.count("\n") == 1
    run_cli("contact", "withdraw", "1", folder=cli_folder, check=2)  # --reason is required
    out = run_cli("contact", "withdraw", "1", "--reason", "sent to the wrong casino",
                  folder=cli_folder, check=0)
    assert "claim 1 is draft" in out.stdout
    assert run_cli("contact", "list", "1", folder=cli_folder, check=0).stdout == ""
    listed = run_cli("contact", "list", "1", "--all", folder=cli_folder, check=0).stdout
    assert "withdrawn: sent to the wrong casino" in listed


def _asking_mail(path):
    msg = EmailMessage()
    msg["From"] = "Support Étoile <support@etoile.example>"
    msg["To"] = "joueur@example.org"
    msg["Date"] = "Tue, 01 Dec 2026 10:30:00 +0100"
    msg["Subject"] = "Re: Ticket #558812"
    msg.set_content("Bonjour,\n\nMerci de nous transmettre votre relevé bancaire avant le "
                    "04/12/2026.\n\nLe support")
    path.write_bytes(bytes(msg))
    return path


def test_an_email_asking_for_documents_suggests_the_status_command(cli_folder, run_cli,
                                                                   tmp_path):
    out = run_cli("evidence", "add", "1", _asking_mail(tmp_path / "demande.eml"),
                  folder=cli_folder, check=0)
    [line] = [ln for ln in out.stderr.splitlines() if "suggestion" in ln]
    assert "asks for the bank statement" in line
    command = line.split("To record it: ", 1)[1]
    assert command == ("bonusdesk-cli claim status 1 info_requested --contact 1 "
                       "--due 2026-12-04T23:59 --items bank_statement")
    shown = _json(run_cli("claim", "show", "1", "--json", folder=cli_folder, check=0))
    assert shown["claim"]["status"] == "draft"  # only suggested
    run_cli(*shlex.split(command)[1:], folder=cli_folder, check=0)
    doc = _json(run_cli("next", "1", "--json", "--now", "2026-12-02T10:00", folder=cli_folder,
                        check=0))
    assert doc["key"] == "send_items"
    assert doc["text"] == "Send the bank statement to Casino Étoile before Fri 4 Dec 23:59"


@pytest.mark.parametrize("lang,expected", [
    ("en", "Next: Report the problem to Casino Étoile in writing now"),
    ("fr", "Next: Signalez le problème à Casino Étoile par écrit maintenant")])
def test_claim_show_starts_with_what_to_do_next(cli_folder, run_cli, lang, expected):
    out = run_cli("claim", "show", "1", "--lang", lang, folder=cli_folder, check=0)
    assert out.stdout.splitlines()[1].startswith(expected)


def test_next_lists_every_open_claim_and_the_guide_prints(cli_folder, run_cli):
    out = run_cli("next", "--now", "2026-11-20T22:00", folder=cli_folder, check=0).stdout
    assert out.startswith("claim 1\tTake a screenshot of the error")
    guide = run_cli("guide", "--lang", "fr", folder=cli_folder, check=0).stdout
    assert guide.startswith("# Que faire maintenant\u202f?")
