"""``bonusdesk-cli deadlines``: the issue's acceptance test, driven as a user would."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from bonusdesk import cli


@pytest.fixture
def cli_folder(tmp_path, run_cli):
    f = tmp_path / "claims"
    run_cli("init", folder=f, check=0)
    run_cli("platform", "add", "Casino Étoile", "--window-hours", "24", "--regulator", "ANJ",
            folder=f, check=0)
    run_cli("claim", "new", "--platform", "Casino Étoile", "--title", "Bonus manquant",
            "--incident-at", "2026-11-20T21:15", "--zone", "Europe/Paris", folder=f, check=0)
    return f


def listed(run_cli, folder, now, *extra) -> list[dict]:
    out = run_cli("deadlines", "--json", "--now", now, *extra, folder=folder, check=0)
    return json.loads(out.stdout)


def test_acceptance_24h_window_overdue_then_met_and_calendar(cli_folder, run_cli, tmp_path):
    f = cli_folder
    # Before the deadline: due soon, shown at 21:15 Paris time the next day.
    [reporting] = listed(run_cli, f, "2026-11-21T10:00")
    assert reporting["key"] == "claim:1:reporting"
    assert reporting["due_at"] == "2026-11-21T20:15:00+00:00"
    assert reporting["due_local"] == "2026-11-21 21:15 Europe/Paris (UTC+01:00)"
    assert (reporting["state"], reporting["relative"]) == ("due_soon", "in 11 h")
    text = run_cli("deadlines", "--now", "2026-11-21T10:00", folder=f, check=0).stdout
    assert "due soon" in text and "2026-11-21 21:15 Europe/Paris" in text and "in 11 h" in text

    # Past it: late (report anyway, say why), never "missed".
    [late] = listed(run_cli, f, "2026-11-21T21:30")
    assert (late["state"], late["relative"]) == ("late", "overdue by 15 min")
    text = run_cli("deadlines", "--now", "2026-11-21T21:30", folder=f, check=0).stdout
    assert "late: report anyway, say why" in text

    # Recording the report made in time (in writing) turns it to met, whenever we look.
    run_cli("claim", "status", "1", "reported", "--at", "2026-11-21T20:45", "--written", "yes",
            folder=f, check=0)
    after = {d["key"]: d for d in listed(run_cli, f, "2026-11-21T21:30")}
    assert after["claim:1:reporting"]["state"] == "met"
    assert after["claim:1:reporting"]["done_at"] == "2026-11-21T19:45:00+00:00"
    assert set(after) == {"claim:1:reporting", "claim:1:follow_up",
                          "claim:1:escalation:fr-mediateur-jeux.opens",
                          "claim:1:escalation:fr-mediateur-jeux.limit"}

    # The calendar holds the open deadlines, each with its alarm.
    ics = tmp_path / "deadlines.ics"
    out = run_cli("deadlines", "--ics", ics, "--now", "2026-11-21T21:30", folder=f, check=0)
    assert out.stdout.strip() == f"wrote 3 deadline(s) to {ics}"
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    uid_keys = {str(e["UID"]).split("@")[0].rsplit(".", 1)[0] for e in cal.walk("VEVENT")}
    assert uid_keys == {"claim-1-follow_up", "claim-1-escalation-fr-mediateur-jeux.opens",
                        "claim-1-escalation-fr-mediateur-jeux.limit"}
    starts = sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT"))
    assert starts == [datetime(2026, 11, 25, 19, 45, tzinfo=UTC),  # Wed, 3 working days
                      datetime(2026, 12, 11, 19, 45, tzinfo=UTC),  # 20 days
                      datetime(2027, 11, 21, 19, 45, tzinfo=UTC)]  # 1 year
    for event in cal.walk("VEVENT"):
        [alarm] = list(event.walk("VALARM"))
        assert alarm.decoded("TRIGGER") == -timedelta(hours=24)
        assert str(alarm["ACTION"]) == "DISPLAY"
    # Exporting again later gives the same UIDs, so calendar apps update the events.
    again = tmp_path / "again.ics"
    run_cli("deadlines", "--ics", again, "--now", "2026-11-23T08:00", folder=f, check=0)
    uids = lambda p: sorted(str(e["UID"]) for e in  # noqa: E731
                            icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT"))
    assert uids(ics) == uids(again)


def test_claim_filter_and_open_only(cli_folder, run_cli):
    f = cli_folder
    run_cli("claim", "new", "--platform", "Casino Étoile", "--title", "Second",
            "--incident-at", "2026-11-19T08:00", "--zone", "Europe/Paris", folder=f, check=0)
    both = listed(run_cli, f, "2026-11-21T10:00")
    assert [(d["claim_id"], d["state"]) for d in both] == [(2, "late"), (1, "due_soon")]
    assert [d["claim_id"] for d in listed(run_cli, f, "2026-11-21T10:00", "--claim", "1")] == [1]
    run_cli("claim", "status", "2", "reported", "--at", "2026-11-19T09:00", folder=f, check=0)
    open_ones = listed(run_cli, f, "2026-11-21T10:00", "--open")
    assert all(d["state"] in ("upcoming", "due_soon", "overdue", "late", "needs_written")
               for d in open_ones)
    assert "claim:2:reporting" not in {d["key"] for d in open_ones}


def test_unknown_claim_and_unwritable_calendar_exit_2(cli_folder, tmp_path, capsys):
    assert cli.main(["--folder", str(cli_folder), "deadlines", "--claim", "99"]) == 2
    assert capsys.readouterr().err.strip() == "bonusdesk-cli: error: no claim with id 99"
    bad = tmp_path / "missing" / "x.ics"
    assert cli.main(["--folder", str(cli_folder), "deadlines", "--ics", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"bonusdesk-cli: error: refusing to write {bad}: the folder")
    assert not bad.parent.exists()


def test_bad_rules_file_in_the_folder_is_a_one_line_error(cli_folder, capsys):
    (cli_folder / "escalation.toml").write_text(
        'format = 1\ndefault = "x"\n[sets.x]\n[[sets.x.rules]]\nkey = "r"\nlabel = "R"\n'
        'from = "reported"\nmet_by = ["escalated"]\n', encoding="utf-8")
    assert cli.main(["--folder", str(cli_folder), "deadlines"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "rule x.r: needs exactly one duration" in err


def test_a_folder_without_claims_says_so(tmp_path, capsys):
    folder = str(tmp_path / "empty")
    assert cli.main(["--folder", folder, "init"]) == 0
    capsys.readouterr()
    assert cli.main(["--folder", folder, "deadlines"]) == 0
    assert capsys.readouterr().out == "no deadlines\n"
    assert cli.main(["--folder", folder, "deadlines", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
