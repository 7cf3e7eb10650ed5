"""Shared fixtures: claim folders built in tmp_path, a platform and a claim."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Category, Claim, Platform, PlatformKind


@pytest.fixture(autouse=True)
def _user_zone(monkeypatch):
    # Tests must not depend on the machine's zone; a zone with DST catches more bugs.
    monkeypatch.setenv("BONUSDESK_TZ", "Europe/Paris")


@pytest.fixture(autouse=True)
def _log_dir(monkeypatch, tmp_path_factory):
    # Logs, crash dumps and self-check results of tests stay out of the user's log folder.
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


@pytest.fixture(autouse=True)
def _cache_dir(monkeypatch, tmp_path_factory):
    # Derived caches (deadlines) of one test are never seen by another, nor by the user's.
    monkeypatch.setenv("BONUSDESK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def folder(tmp_path):
    f = ClaimFolder.create(tmp_path / "claims")
    yield f
    f.close()


@pytest.fixture
def platform(folder):
    return folder.claims.add_platform(
        Platform("Casino Étoile", kind=PlatformKind.CASINO, window_hours=24,
                 support_email="support@etoile.example"))


@pytest.fixture
def claim(folder, platform):
    return folder.claims.create(Claim(
        title="Bonus de bienvenue non crédité",
        platform_id=platform.id,
        incident_at=datetime(2026, 11, 20, 20, 15, tzinfo=UTC),
        incident_zone="Europe/Paris",
        account_id="PLAYER-4411",
        bonus_name="Welcome 100%", bonus_amount="100.00", currency="EUR",
        promo_code="WELCOME100", transaction_id="TX-99812",
        category=Category.BONUS_NOT_CREDITED,
        error_code="BNS-402", error_text="Bonus could not be credited (BNS-402)",
        did="Deposited 100 € with promo code WELCOME100",
        expected="A 100 € bonus credited to my account",
        happened="The deposit went through but the bonus page shows error BNS-402",
    ))


REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def subprocess_env(**extra) -> dict:
    """Environment for child Python processes that must import this checkout."""
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


@pytest.fixture
def run_cli(tmp_path):
    """Run ``bonusdesk-cli`` as a real process; returns CompletedProcess (text)."""
    import subprocess
    import sys

    def run(*args, folder=None, check=None):
        cmd = [sys.executable, "-m", "bonusdesk.cli"]
        if folder is not None:
            cmd += ["--folder", str(folder)]
        proc = subprocess.run(cmd + [str(a) for a in args], capture_output=True, text=True,
                              env=subprocess_env(), timeout=120)
        if check is not None:
            assert proc.returncode == check, (proc.stdout, proc.stderr)
        return proc

    return run


@pytest.fixture
def cli_folder(tmp_path, run_cli):
    """A claim folder made through the CLI: one platform, claim 1."""
    f = tmp_path / "claims"
    run_cli("init", folder=f, check=0)
    run_cli("platform", "add", "Casino Étoile", "--window-hours", "24",
            "--support-email", "help@etoile.example", folder=f, check=0)
    out = run_cli("claim", "new", "--platform", "casino étoile", "--title", "Bonus manquant",
                  "--incident-at", "2026-11-20T21:15", "--zone", "Europe/Paris",
                  "--category", "bonus_not_credited", "--error-code", "BNS-402",
                  "--error-text", "Bonus could not be credited", folder=f, check=0)
    assert out.stdout.strip() == "1"
    return f
