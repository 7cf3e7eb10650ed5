"""bonusdesk-cli report: the same letter as the app and the PDF, as text or JSON."""

from __future__ import annotations

import json

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.report_text import CHAT_LIMIT, letter


def test_report_prints_the_same_letter_as_the_core(cli_folder, run_cli):
    run_cli("profile", "--name", "Zoé Martin", folder=cli_folder, check=0)
    out = run_cli("report", "1", "--lang", "fr", "--form", "letter", folder=cli_folder,
                  check=0)
    with ClaimFolder.open(cli_folder, writable=False) as folder:
        expected = letter(folder, 1, "fr", "letter")
    assert out.stdout == expected.text + "\n"
    assert out.stdout.startswith("Réclamation écrite – Bonus manquant")
    assert "Madame, Monsieur," in out.stdout and out.stdout.rstrip().endswith("Zoé Martin")


def test_report_json_gives_the_chat_form_and_its_length(cli_folder, run_cli):
    out = run_cli("report", "1", "--lang", "en", "--form", "chat", "--json",
                  folder=cli_folder, check=0)
    doc = json.loads(out.stdout)
    assert doc["form"] == "chat" and doc["lang"] == "en" and doc["subject"] == ""
    assert doc["chars"] == len(doc["body"]) <= doc["limit"] == CHAT_LIMIT
    assert "BNS-402" in doc["body"]


def test_report_of_an_unknown_claim_is_one_line_and_exit_2(cli_folder, run_cli):
    out = run_cli("report", "99", folder=cli_folder, check=2)
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and "no claim with id 99" in out.stderr


def test_recurrence_and_remedy_are_set_from_the_cli(cli_folder, run_cli):
    run_cli("claim", "set", "1", "recurrence", "every time", folder=cli_folder, check=0)
    run_cli("claim", "set", "1", "remedy", "restore_balance", folder=cli_folder, check=0)
    run_cli("claim", "set", "1", "remedy_amount", "35", folder=cli_folder, check=0)
    out = run_cli("report", "1", "--lang", "en", folder=cli_folder, check=0).stdout
    assert "The error occurred every time I tried." in out
    assert "restore the 35.00 lost through this error" in out  # no currency given
    bad = run_cli("claim", "set", "1", "recurrence", "yes", folder=cli_folder, check=2)
    assert "recurrence must be one of" in bad.stderr
