"""``bonusdesk-cli capture`` as a user runs it, on the test X server with known pixels."""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys

import pytest
from PIL import Image

from tests.conftest import subprocess_env
from tests.core.screen import random_pattern, show_pattern

W, H = 1280, 800


@pytest.fixture
def pattern(qtbot):
    return show_pattern(qtbot, random_pattern(W, H, seed=9))


def test_capture_prints_json_of_a_lossless_hashed_timestamped_screenshot(cli_folder, run_cli,
                                                                         pattern):
    out = run_cli("capture", "1", "--caption", "Page bonus", "--json", folder=cli_folder, check=0)
    doc = json.loads(out.stdout)
    assert set(doc) == {"id", "sha256", "path", "width", "height", "captured_at"}
    assert (doc["id"], doc["width"], doc["height"]) == (1, W, H)
    path = cli_folder / doc["path"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"]
    with Image.open(path) as im:
        assert im.tobytes() == pattern.rgb
        assert im.text["BonusDesk.captured_at_utc"] == doc["captured_at"]
    listed = json.loads(run_cli("evidence", "list", "1", "--json", folder=cli_folder,
                                check=0).stdout)
    assert [(e["id"], e["kind"], e["source"], e["caption"]) for e in listed] == [
        (1, "screenshot", "capture", "Page bonus")]
    assert run_cli("verify", folder=cli_folder, check=0).stdout.startswith("OK: 1 evidence")


def test_capture_region_with_negative_style_syntax_and_stamped_copy(cli_folder, run_cli, pattern):
    out = run_cli("capture", "1", "--region=30,40,200,120", "--stamped", folder=cli_folder,
                  check=0)
    assert out.stdout.split() == ["1", "2"]  # the original, then the stamped copy
    shown = json.loads(run_cli("claim", "show", "1", "--json", folder=cli_folder,
                               check=0).stdout)
    original, copy = shown["evidence"]
    assert (original["width"], original["height"]) == (200, 120)
    with Image.open(cli_folder / original["path"]) as im:
        assert im.tobytes() == pattern.crop(30, 40, 200, 120)
    assert copy["parent_sha256"] == original["sha256"] and copy["source"] == "derivative"


def test_capture_one_monitor_and_delay(cli_folder, run_cli, pattern):
    out = run_cli("capture", "1", "--monitor", "1", "--delay", "0.2", "--json",
                  folder=cli_folder, check=0)
    assert (json.loads(out.stdout)["width"], json.loads(out.stdout)["height"]) == (W, H)


@pytest.mark.parametrize(("args", "message"), [
    (["--region", "10,10,0,40"], "zero size"),
    (["--region=-900,-900,50,50"], "outside every monitor"),
    (["--region", "1,2,3"], "expected X,Y,W,H"),
    (["--monitor", "2"], "no monitor 2"),
    (["--delay", "45"], "between 0 and 30 seconds"),
])
def test_bad_capture_requests_exit_2_with_one_line_and_store_nothing(cli_folder, run_cli, args,
                                                                     message):
    out = run_cli("capture", "1", *args, folder=cli_folder)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and message in out.stderr
    assert json.loads(run_cli("evidence", "list", "1", "--json", folder=cli_folder,
                              check=0).stdout) == []


def test_capture_without_a_display_exits_2_and_stores_nothing(cli_folder, run_cli):
    env = subprocess_env()
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(var, None)
    out = subprocess.run([sys.executable, "-m", "bonusdesk.cli", "--folder", str(cli_folder),
                          "capture", "1"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 2
    assert out.stderr == ("bonusdesk-cli: error: no display to capture: this is not a graphical "
                          "session (neither DISPLAY nor WAYLAND_DISPLAY is set)\n")
    assert json.loads(run_cli("evidence", "list", "1", "--json", folder=cli_folder,
                              check=0).stdout) == []


def test_capture_loads_neither_sqlite_utils_nor_pillow_nor_the_email_parser(cli_folder, pattern):
    """What keeps ``bonusdesk-cli capture`` near scrot's speed (issue 17; figures in
    bench/capture.py): an up-to-date folder opens on the plain sqlite3 connection, the
    PNG is encoded without Pillow, and no e-mail or log-rotation code is loaded."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "bonusdesk.cli",
                           "--folder", str(cli_folder), "capture", "1"],
                          capture_output=True, text=True, env=subprocess_env(), timeout=120)
    assert (proc.returncode, proc.stdout) == (0, "1\n"), proc.stderr[-2000:]
    names = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()
             if line.startswith("import time:")}
    assert "bonusdesk.core.capture" in names and "logging.handlers" not in names
    # inspect is never executed (capture_warmup.defer_inspect): every dataclass on the
    # capture path has its own docstring, so dataclasses never asks it for a signature.
    assert names.isdisjoint({"inspect", "ast", "dis"})
    assert {n.split(".")[0] for n in names}.isdisjoint(
        {"sqlite_utils", "click", "dateutil", "pluggy", "PIL", "email"})
    # The folder makes its stores on first use (importlib, which -X importtime does not
    # list): a capture needs the evidence store alone.
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print(sorted(m for m in sys.modules"
            " if m.startswith('bonusdesk.core.'))))\n"
            "from bonusdesk.cli import main\n"
            "main(sys.argv[1:])\n")
    proc = subprocess.run([sys.executable, "-c", code, "--folder", str(cli_folder), "capture",
                           "1"], capture_output=True, text=True, env=subprocess_env(),
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = set(ast.literal_eval(proc.stdout.splitlines()[-1]))
    assert "bonusdesk.core.evidence" in loaded
    # Nor the whole model: the evidence and event classes live in core/record_types.py, and
    # the capture parser is built without the other commands' help texts (enums).
    assert "bonusdesk.core.record_types" in loaded
    assert loaded.isdisjoint({"bonusdesk.core.claims", "bonusdesk.core.contacts",
                              "bonusdesk.core.vocabulary", "bonusdesk.core.model"})
    with Image.open(cli_folder / json.loads(subprocess.run(
            [sys.executable, "-m", "bonusdesk.cli", "--folder", str(cli_folder), "evidence",
             "list", "1", "--json"], capture_output=True, text=True, env=subprocess_env(),
            timeout=120, check=True).stdout)[0]["path"]) as im:
        assert im.tobytes() == pattern.rgb  # stored losslessly all the same
