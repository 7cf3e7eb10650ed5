"""Desktop app start: process start until the claims list is loaded and a claim is open.

    python bench/startup.py [--sizes 1k,10k,30k] [--runs 3]

Starts its own Xvfb (1920×1080×24). Each run starts the app as a whole process on a
fresh working copy of a scale folder (bench/scale.py; reminders already shown once,
as for a returning user) and takes the time, from just before the process is
spawned, at which:

  shown      the main window was shown and the folder set (``start_window`` returned)
  rows       every claim of the folder is in the claims list
  deadlines  the list shows the deadlines (its default sort) — the list is loaded
  usable     the top row, clicked with the mouse once the list is loaded, is open on
             the right: the window is usable

Times are read by a probe polling from the GUI thread's event loop, so a frozen window
delays them, as it would delay the user. The app runs through ``bonusdesk.app.main``
in a process of its own (bench/startup_app.py, which imports none of the bench's
modules: ~20 ms that no user pays); the probe is attached to the window
``start_window`` returns (``--quit-after-shown`` is passed only so the single-instance
check does not hand over to another BonusDesk running on the machine; its own
quit-on-shown is not used).

Two kinds of start per size, since the deadlines come from a derived cache outside the
folder (core/deadline_cache.py; the bench keeps it in its own temporary directory):

  ordinary   the cache left by a previous start of the app on this folder (every start
             but the first): the figure the targets are about;
  first      no cache (the first start on a folder, or after an upgrade that changed the
             deadline logic): every claim's deadlines are computed, off the GUI thread.

Reference: a bare PySide6 process showing an empty QMainWindow, timed the same way.
Targets (issue 17): usable ≤ 1.0 s at 10k claims, ≤ 2.0 s at 30k (ordinary start).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import scale  # noqa: E402
from bench.common import (  # noqa: E402
    OUT,
    ROOT,
    Result,
    Target,
    machine,
    median,
    parse_size,
    print_results,
    size_label,
    spread,
)
from bench.display import x11_env, xvfb  # noqa: E402
from bench.startup_app import MARK  # noqa: E402

TARGETS = {10_000: 1.0, 30_000: 2.0}
TIMEOUT = 600
# The app process: the app and the probe only, none of the bench's own imports.
CHILD = Path(__file__).with_name("startup_app.py")


BARE_WINDOW = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1320, 820)
w.show()
def done():
    print(sys.argv[1] + json.dumps({"usable": time.monotonic()}), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


# -- the bench -------------------------------------------------------------------------
def timed_start(cmd: list[str], env: dict) -> dict:
    """Spawn ``cmd``; the milestones it prints, as seconds since the spawn, and its CPU time."""
    with tempfile.TemporaryFile("w+") as errors:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
        killer = threading.Timer(TIMEOUT, proc.kill)  # a hung app must not hang the bench
        killer.start()
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        errors.seek(0)
        err = errors.read()
    for line in out.splitlines():
        if line.startswith(MARK):
            marks = {k: v - t0 for k, v in json.loads(line[len(MARK):]).items()}
            # The whole process to its exit: the app quits right after the last milestone.
            marks["cpu"] = usage.ru_utime + usage.ru_stime
            return marks
    raise SystemExit(f"{' '.join(cmd)} printed no milestones (exit {proc.returncode}):\n{err}")


def app_env(env: dict) -> dict:
    """An installed BonusDesk has its bytecode: without it (PYTHONDONTWRITEBYTECODE, set in
    some dev shells) every start would compile the package again (~0.3 s under load),
    a cost no user pays. ``compile_package`` wrote it before the first run."""
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_package() -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "bonusdesk"),
                    str(ROOT / "bench")], check=True, env=app_env(os.environ))


def on_disk(folder: Path) -> Path:
    """The fresh copy's files flushed to disk before the clock starts.

    A copy just written is hundreds of MB of dirty pages: the app's first fsync of its
    database (switching a settled folder back to WAL) would write them all out, ~0.25 s
    at 10k claims that no user pays (their database was not copied a second ago)."""
    for name in os.listdir(folder):
        if (folder / name).is_file():
            fd = os.open(folder / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return folder


def run_size(n: int, runs: int, display: str, work: Path, cached: bool
             ) -> dict[str, list[float]]:
    template = scale.working_copy(scale.ensure(n), work / f"template-{n}")
    settled = scale.settle_reminders(template)
    kind = "ordinary start (cache from a previous start)" if cached else \
        "first start (no deadline cache)"
    print(f"{size_label(n)} claims, {kind}: working copy ready ({settled} reminders "
          "recorded as shown)")
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    samples: dict[str, list[float]] = {}
    for run in range(runs + cached):  # an ordinary start needs one start before it
        folder = on_disk(scale.working_copy(template, work / "run"))
        config = work / "config"
        shutil.rmtree(config, ignore_errors=True)
        if not cached:
            shutil.rmtree(cache, ignore_errors=True)
        env = app_env(x11_env(display, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(config),
                              BONUSDESK_LOG_DIR=str(work / "logs"),
                              BONUSDESK_CACHE_DIR=str(cache),
                              BONUSDESK_TZ="Europe/Paris"))
        marks = timed_start([sys.executable, str(CHILD), str(folder), str(n)], env)
        counted = not cached or run > 0
        if counted:
            for k, v in marks.items():
                samples.setdefault(k, []).append(v)
        print(("  run: " if counted else "  (uncounted, makes the cache) ")
              + ", ".join(f"{k} {v:.2f} s" for k, v in marks.items()))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k,10k,30k")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    for n in sizes:
        scale.ensure(n)  # generate before the clock or the display starts
    compile_package()
    m = machine()
    results = []
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="startup-", dir=OUT) as tmp, xvfb() as display:
        work = Path(tmp)
        env = app_env(x11_env(display, XDG_CONFIG_HOME=str(work / "config")))
        bare = [timed_start([sys.executable, "-c", BARE_WINDOW, MARK], env)
                for _ in range(args.runs + 1)][1:]
        bare_s = median([b["usable"] for b in bare])
        bare_cpu = median([b["cpu"] for b in bare])
        for n in sizes:
            for cached in (True, False):
                s = run_size(n, args.runs, display, work, cached)
                usable = median(s["usable"])
                target = Target("value", "<=", TARGETS[n]) if n in TARGETS and cached \
                    else None
                detail = ", ".join(f"{k} {median(v):.2f} s" for k, v in s.items()
                                   if k not in ("usable", "cpu"))
                detail += f"; CPU of the whole process {median(s['cpu']):.2f} s"
                kind = "ordinary start" if cached else "first start, no deadline cache"
                results.append(Result(
                    f"start → list loaded and top claim open, {size_label(n)} claims ({kind})",
                    usable, "s", "bare PySide6 process showing an empty window", bare_s,
                    target, spread=spread(s["usable"]),
                    note=f"medians: {detail} (bare window: {bare_cpu:.2f} s)"))
    print_results(f"bench/startup.py --sizes {args.sizes}", m, results, [
        "whole process under Xvfb 1920×1080×24; each run on a fresh copy of the folder "
        "(flushed to disk before the clock starts), "
        "fresh settings; milestones read from the app's own event loop; ordinary start: "
        "the deadline cache of an uncounted start before; first start: no cache"])


if __name__ == "__main__":
    main()
