"""The wheel alone is a working BonusDesk: built, installed in a clean venv, run from there.

No network: the wheel is built without build isolation, installed with ``--no-deps``, and its
dependencies come from this test run's own site-packages through a ``.pth`` line. A ``.pth``
line adds a plain folder, whose own ``.pth`` files (this checkout's editable install) are not
run, and every command runs outside the checkout with no PYTHONPATH: the only BonusDesk
code and data the venv can find are the wheel's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

REQUIRED_DATA = ["fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE",
                 "rules/escalation.toml", "icons/bonusdesk.svg", "icons/bonusdesk-256.png",
                 "translations/bonusdesk_fr.qm"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, str(REPO_ROOT / "packaging" / "build_wheel.py"),
                           "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return Path(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    env_dir = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    purelib = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True).stdout.strip())
    # The dependencies (PySide6, reportlab, ...) and pip, from the test run's site-packages.
    (purelib / "_bonusdesk_test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n")
    proc = subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                           str(wheel)], capture_output=True, text=True, cwd=root, env=_env(root))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return env_dir


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "BONUSDESK_RESOURCES", "BONUSDESK_FOLDER", "VIRTUAL_ENV")}
    env.update(HOME=str(home), BONUSDESK_LOG_DIR=str(home / "logs"),
               XDG_CONFIG_HOME=str(home / ".config"), QT_QPA_PLATFORM="offscreen")
    return env


def _run(venv: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          cwd=cwd, env=_env(cwd), timeout=300)
    assert proc.returncode == 0, f"{args}: {proc.stdout}\n{proc.stderr}"
    return proc


def test_wheel_carries_the_resources_as_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for rel in REQUIRED_DATA:
        assert f"bonusdesk/data/{rel}" in names, rel
    assert not [n for n in names if n.endswith(".ts")], "translation sources are not shipped"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "bonusdesk/data/licenses/LGPL-3.0.txt" in names
    # Every module of the checkout is in the wheel (a subpackage missed by setup.py would
    # only show when a player opens that part of the app).
    modules = {p.relative_to(REPO_ROOT).as_posix()
               for p in (REPO_ROOT / "bonusdesk").rglob("*.py")}
    assert modules <= names, sorted(modules - names)


def test_installed_wheel_runs_from_its_own_files(venv, tmp_path):
    proc = _run(venv, venv / "bin" / "python", "-c",
                "import bonusdesk, bonusdesk.resources as r\n"
                "print(bonusdesk.__file__)\nprint(r.resource_root())", cwd=tmp_path)
    code_file, data_root = (Path(line) for line in proc.stdout.split())
    assert venv in code_file.parents and venv in data_root.parents
    assert data_root.name == "data" and (data_root / "rules" / "escalation.toml").is_file()
    assert REPO_ROOT not in code_file.parents


def test_installed_wheel_inits_a_folder_and_exports_a_pdf(venv, tmp_path):
    cli = venv / "bin" / "bonusdesk-cli"
    folder = tmp_path / "claims"
    _run(venv, cli, "--folder", folder, "init", cwd=tmp_path)
    _run(venv, cli, "--folder", folder, "platform", "add", "Casino Étoile", cwd=tmp_path)
    _run(venv, cli, "--folder", folder, "claim", "new", "--platform", "Casino Étoile",
         "--title", "Bonus non crédité", "--incident-at", "2026-11-20T21:15",
         "--zone", "Europe/Paris", cwd=tmp_path)
    deadlines = _run(venv, cli, "--folder", folder, "deadlines", cwd=tmp_path)
    assert "claim 1" in deadlines.stdout  # read the shipped escalation rules
    pdf = tmp_path / "complaint.pdf"
    _run(venv, cli, "--folder", folder, "export", "1", "--out", pdf, "--lang", "fr",
         cwd=tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF-")
    guide = _run(venv, cli, "guide", "--lang", "fr", cwd=tmp_path)  # resources/help ships
    assert guide.stdout.startswith("# Que faire maintenant\u202f?")


def test_installed_wheel_lists_its_licences_from_metadata(venv, tmp_path):
    out = _run(venv, venv / "bin" / "bonusdesk-cli", "licenses", cwd=tmp_path).stdout
    assert "GPL-3.0-or-later" in out and "reportlab" in out and "LGPL-3.0-only" in out


def test_installed_wheel_passes_its_self_check(venv, tmp_path):
    proc = _run(venv, venv / "bin" / "bonusdesk", "--self-check", cwd=tmp_path)
    assert "self-check passed" in proc.stdout
