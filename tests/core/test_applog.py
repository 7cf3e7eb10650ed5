from pathlib import Path

from bonusdesk.core import applog


def test_log_dir_follows_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path / "logs"))
    assert applog.log_dir() == tmp_path / "logs"


def test_log_dir_is_the_platform_user_log_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("BONUSDESK_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert applog.log_dir() == Path(tmp_path / "state" / "BonusDesk" / "log")
