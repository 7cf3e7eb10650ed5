"""The installer bundle really builds and its binary really works (issue: packaging).

Slow (~1.5 min: a full PyInstaller build), but it is the only check that catches a module
or a resource missing from what players install, so it runs with the rest of the suite.
"""

import subprocess
import sys

from tests.conftest import REPO_ROOT, subprocess_env

SMOKE_STEPS = ["app --version", "app --self-check", "cli --version", "cli init", "cli verify",
               "cli licenses", "app starts and shows its window"]


def test_linux_bundle_builds_and_passes_its_self_check():
    proc = subprocess.run([sys.executable, "packaging/build.py"], cwd=REPO_ROOT,
                          capture_output=True, text=True, env=subprocess_env(), timeout=1500)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    for step in SMOKE_STEPS:
        assert f"[build] ok   {step}" in out, step
    assert "FAIL" not in out
    size_line = next(line for line in out.splitlines() if "MB unpacked" in line)
    size_mb = float(size_line.split(": ", 1)[1].split(" MB")[0])
    assert size_mb < 250, size_line
