"""bonusdesk --self-check: the steps a built installer runs, tested from source."""

from __future__ import annotations

import shutil
import subprocess
import sys

from bonusdesk.selfcheck import STEPS, run_self_check
from tests.conftest import REPO_ROOT, subprocess_env


def test_self_check_passes_every_step_and_leaves_nothing_behind(tmp_path):
    lines: list[str] = []
    code = run_self_check(out=lines.append, workdir=tmp_path)
    assert code == 0, "\n".join(lines)
    ok_steps = [line.split(":")[0][5:] for line in lines if line.startswith("ok   ")]
    assert ok_steps == [name for name, _ in STEPS]
    assert lines[-1] == "self-check passed"
    assert "integrity: 1 file(s)" in "\n".join(lines)
    assert list(tmp_path.iterdir()) == []


def test_self_check_reports_a_missing_module_and_exits_1(tmp_path, monkeypatch):
    # What a bundle that forgot Pillow looks like: the import fails inside a step.
    monkeypatch.setitem(sys.modules, "PIL", None)
    lines: list[str] = []
    code = run_self_check(out=lines.append, workdir=tmp_path)
    assert code == 1
    fails = [line for line in lines if line.startswith("FAIL ")]
    assert len(fails) == 1
    assert fails[0].startswith("FAIL evidence: ModuleNotFoundError")
    assert "self-check passed" not in lines
    assert list(tmp_path.iterdir()) == []


def test_self_check_fails_when_the_rules_data_file_is_not_shipped(tmp_path, monkeypatch):
    # A bundle built without resources/: the folder is there but holds no rules file.
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setenv("BONUSDESK_RESOURCES", str(empty))
    lines: list[str] = []
    code = run_self_check(out=lines.append, workdir=tmp_path)
    assert code == 1
    assert any(line.startswith("ok   evidence") for line in lines)
    fail = next(line for line in lines if line.startswith("FAIL "))
    assert fail.startswith("FAIL deadlines: RuleDataError")
    assert "escalation.toml" in fail


def test_self_check_fails_when_the_pdf_fonts_are_not_shipped(tmp_path):
    # resources/ with the rules but without fonts/: the export cannot embed its font.
    # A fresh process, since reportlab registers the fonts once per process.
    resources = tmp_path / "resources"
    shutil.copytree(REPO_ROOT / "resources" / "rules", resources / "rules")
    work = tmp_path / "work"
    work.mkdir()
    proc = subprocess.run([sys.executable, "-m", "bonusdesk.selfcheck"], capture_output=True,
                          text=True, timeout=120,
                          env=subprocess_env(BONUSDESK_RESOURCES=str(resources),
                                             TMPDIR=str(work)))
    lines = proc.stdout.splitlines()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert any(line.startswith("ok   deadlines") for line in lines)
    fail = next(line for line in lines if line.startswith("FAIL "))
    assert fail.startswith("FAIL PDF export:")
    assert "DejaVuSans" in fail
    assert list(work.iterdir()) == []


def test_app_self_check_runs_without_qt_or_a_display(tmp_path):
    env = subprocess_env(TMPDIR=str(tmp_path))
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    script = ("import sys\nfrom bonusdesk.app import main\ncode = main(['--self-check'])\n"
              "print('Qt imported' if 'PySide6' in sys.modules else 'Qt not imported')\n"
              "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-check passed" in proc.stdout
    assert proc.stdout.rstrip().endswith("Qt not imported")


def test_self_check_result_is_also_written_to_a_file(tmp_path, monkeypatch):
    # The windowed Windows build has no console: the file is how a player reads the result.
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path / "logs"))
    lines: list[str] = []
    assert run_self_check(out=lines.append, workdir=tmp_path) == 0
    written = (tmp_path / "logs" / "self-check.txt").read_text(encoding="utf-8").splitlines()
    assert written == lines
    assert f"result also written to {tmp_path / 'logs' / 'self-check.txt'}" in lines


def test_self_check_fails_when_qt_is_there_without_its_package_metadata(tmp_path,
                                                                        monkeypatch):
    # A bundle that carries PySide6 but not its metadata: Copy diagnostics could not name
    # the Qt the app runs on (and the core must not import Qt to find out).
    import importlib.metadata

    real = importlib.metadata.version

    def version(dist):
        if dist.startswith("PySide6"):
            raise importlib.metadata.PackageNotFoundError(dist)
        return real(dist)

    monkeypatch.setattr(importlib.metadata, "version", version)
    lines: list[str] = []
    assert run_self_check(out=lines.append, workdir=tmp_path) == 1
    fail = next(line for line in lines if line.startswith("FAIL "))
    assert fail.startswith("FAIL diagnostics: RuntimeError") and "metadata" in fail
