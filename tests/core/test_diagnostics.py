"""Diagnostics for a support request: the installation, never claim content."""

import json

from bonusdesk.core import applog
from bonusdesk.core.diagnostics import collect, format_text


def test_diagnostics_describe_the_installation(monkeypatch, tmp_path):
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path))
    (tmp_path / "bonusdesk.log").write_text("".join(f"line {n}\n" for n in range(100)))
    info = collect(log_lines=5)
    assert info["app"] == "BonusDesk 0.1.0"
    assert info["qt"].startswith("PySide6 6.")
    assert info["time_zone"] == "Europe/Paris"
    assert info["session"] == "x11" and info["capture_handlers"] == ["mss", "refusal"]
    assert info["monitors"][0]["width"] == 1280  # the test X server
    assert info["log_tail"] == [f"line {n}" for n in range(95, 100)]
    text = format_text(info)
    assert "capture_handlers: mss, refusal" in text and text.endswith("line 99")


def test_diagnostics_never_open_the_claim_folder(cli_folder, run_cli, monkeypatch, tmp_path):
    monkeypatch.setenv("BONUSDESK_FOLDER", str(cli_folder))
    out = run_cli("diagnostics", "--json", check=0)
    info = json.loads(out.stdout)
    assert info["default_folder"] == str(cli_folder) and info["exists"] is True
    assert "Bonus manquant" not in out.stdout and "BNS-402" not in out.stdout


def test_cli_commands_write_the_cli_log(run_cli, tmp_path):
    run_cli("init", folder=tmp_path / "claims", check=0)
    log = applog.log_file("cli").read_text(encoding="utf-8")
    assert "started (cli" in log
