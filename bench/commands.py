"""Short CLI commands as whole processes: --version, claim list, deadlines.

    python bench/commands.py [--size 10k] [--runs 10]

Every command is timed from outside, start-up and imports included, in turn with its
reference (A B A B ..., ratio pair by pair, median):

* ``bonusdesk-cli --version`` beside a bare interpreter (``python -c pass``, the same
  venv Python the entry point runs on). Target: ≤ 2× (issue 17).
* ``bonusdesk-cli claim list`` on the scale folder beside the same interpreter running
  one direct SQLite query that prints the same lines (checked equal before timing).
  Also in-process (the command's function vs the query alone).
* ``bonusdesk-cli deadlines`` on a working copy of the same folder, three ways, since
  deadlines come from a derived cache outside the folder (core/deadline_cache.py; the
  bench keeps it in bench/out/commands-cache):
    ordinary   the cache is up to date (every run but the first): target ≤ 0.3 s at 10k
               (issue 17);
    one change one claim was edited since the last run (a new title, recorded as the app
               does): that claim is recomputed, the others read;
    first run  no cache (a new folder, or after an upgrade): every claim computed.
  Reference: the same interpreter reading, with plain SQL, every row deadlines are
  computed from (claims, platforms, status history, contacts).

The folder comes from bench/scale.py (generated once under bench/out/).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import subprocess
import sys
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
from bench.proc import paired  # noqa: E402

VENV_BIN = Path(sys.executable).parent
CLI = str(VENV_BIN / "bonusdesk-cli")
PYTHON = sys.executable

# The direct query: the lines `claim list` prints, from one SELECT (and the platform names).
LIST_QUERY = """
import sqlite3, sys
con = sqlite3.connect("file:" + sys.argv[1] + "/bonusdesk.db?mode=ro", uri=True)
names = dict(con.execute("select id, name from platforms"))
write = sys.stdout.write
for cid, status, pid, title in con.execute(
        "select id, status, platform_id, title from claims order by id"):
    write(f"{cid}\\t{status}\\t{names.get(pid, '')}\\t{title}\\n")
"""

# Every row deadlines are computed from, read and kept, with nothing computed.
DEADLINE_ROWS = """
import sqlite3, sys
con = sqlite3.connect("file:" + sys.argv[1] + "/bonusdesk.db?mode=ro", uri=True)
rows = [con.execute(f"select * from {t}").fetchall()
        for t in ("claims", "platforms", "status_changes", "contacts")]
print(sum(map(len, rows)))
"""


def env() -> dict:
    e = dict(os.environ, PYTHONPATH=str(ROOT))
    e.setdefault("BONUSDESK_TZ", "Europe/Paris")
    return e


def check_same_output(folder: Path) -> int:
    ours = subprocess.run([CLI, "--folder", str(folder), "claim", "list"], capture_output=True,
                          env=env(), check=True).stdout
    direct = subprocess.run([PYTHON, "-c", LIST_QUERY, str(folder)], capture_output=True,
                            env=env(), check=True).stdout
    if ours != direct:
        raise SystemExit("the direct query does not print what `claim list` prints: "
                         "fix LIST_QUERY before comparing their times")
    return ours.count(b"\n")


def in_process_list(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """`claim list` through bonusdesk.cli.main vs the direct query, both in this process."""
    from bonusdesk import cli

    ours, direct = [], []
    code = compile(LIST_QUERY, "direct", "exec")
    for _ in range(runs + 1):
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink):
            t = time.perf_counter()
            cli.main(["--folder", str(folder), "claim", "list"])
            ours.append(time.perf_counter() - t)
        sink = io.StringIO()
        argv = sys.argv
        sys.argv = ["direct", str(folder)]
        try:
            with contextlib.redirect_stdout(sink):
                t = time.perf_counter()
                exec(code, {"__name__": "direct"})  # noqa: S102 - our own constant
                direct.append(time.perf_counter() - t)
        finally:
            sys.argv = argv
    return ours[1:], direct[1:]  # the first pair warms the caches


def deadline_runs(folder: Path, n: int, runs: int) -> list[Result]:
    """``deadlines`` with an up-to-date cache, after one change, and without a cache."""
    copy = scale.working_copy(folder, OUT / "commands-folder")  # one claim is edited
    cache = OUT / "commands-cache"
    shutil.rmtree(cache, ignore_errors=True)
    e = dict(env(), BONUSDESK_CACHE_DIR=str(cache))
    cmd = [CLI, "--folder", str(copy), "deadlines"]
    reference = [PYTHON, "-c", DEADLINE_ROWS, str(copy)]
    edits = iter(range(10**6))

    def edit_one_claim() -> None:
        from bonusdesk.core.folder import ClaimFolder

        with ClaimFolder.open(copy) as f:
            f.claims.update(1, title=f"Edited by bench/commands.py ({next(edits)})")

    name = f"bonusdesk-cli deadlines, {size_label(n)} claims (whole process)"
    ref_name = "same interpreter reading every row deadlines use (plain SQL)"
    out = []
    for label, before, target in (
            ("ordinary run: cache up to date", None,
             Target("value", "<=", 0.3) if n == 10_000 else None),
            ("one claim edited since the last run", edit_one_claim, None),
            ("first run: no cache", lambda: shutil.rmtree(cache, ignore_errors=True), None)):
        dl = paired(cmd, reference, runs, env_a=e, env_b=e, before_a=before)
        out.append(Result(f"{name}, {label}", dl.wall("a"), "s", ref_name, dl.wall("b"),
                          target, ratio=dl.ratio, spread=spread([s.wall for s in dl.a]),
                          note=dl.cpu_note()))
    shutil.rmtree(cache, ignore_errors=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10k", help="claims in the scale folder (10k)")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    n = parse_size(args.size)
    folder = scale.ensure(n)
    m = machine()
    results = []

    version = paired([CLI, "--version"], [PYTHON, "-c", "pass"], args.runs, env_a=env(),
                     env_b=env())
    results.append(Result(
        "bonusdesk-cli --version (whole process)", version.wall("a"), "s",
        "bare interpreter (python -c pass)", version.wall("b"), Target("ratio", "<=", 2.0),
        ratio=version.ratio, spread=spread([s.wall for s in version.a]),
        note=version.cpu_note()))

    lines = check_same_output(folder)
    listing = paired([CLI, "--folder", str(folder), "claim", "list"],
                     [PYTHON, "-c", LIST_QUERY, str(folder)], args.runs, env_a=env(),
                     env_b=env())
    results.append(Result(
        f"bonusdesk-cli claim list, {size_label(n)} claims (whole process)", listing.wall("a"),
        "s", "same interpreter, one direct SQLite query, same output", listing.wall("b"),
        ratio=listing.ratio, spread=spread([s.wall for s in listing.a]),
        note=f"{lines:,} lines, checked identical; {listing.cpu_note()}"))
    ours, direct = in_process_list(folder, args.runs)
    results.append(Result(
        f"claim list in-process (cli.main), {size_label(n)} claims", median(ours), "s",
        "the direct query in-process", median(direct), spread=spread(ours)))

    results += deadline_runs(folder, n, max(3, args.runs // 2))

    print_results(f"bench/commands.py --size {size_label(n)}", m, results, [
        "whole processes from outside (posix_spawn to wait4), A and B in turn, ratio pair by "
        "pair, median; the dev venv's editable install (not the PyInstaller bundle)"])


if __name__ == "__main__":
    main()
