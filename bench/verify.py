"""`bonusdesk-cli verify`: hashing throughput beside coreutils sha256sum, memory at 300k rows.

    python bench/verify.py [--runs 5] [--rows 15k]

1. Throughput. A folder of 100 claims × 20 evidence where every row has its own real-size
   screenshot file (~1.6 GB, ``bench/scale.py --size 100 --files distinct``).
   ``bonusdesk-cli verify`` and ``sha256sum`` given exactly the files verify hashes run in
   turn as whole processes, page cache warm for both (an uncounted first pair reads the
   files in). Throughput = evidence bytes / wall time. Target: verify ≥ 0.8× sha256sum's
   throughput (issue 17). CPU seconds show how many cores each side used.
   Coreutils' sha256sum (9.1 on Debian 12) does not use the CPU's SHA instructions;
   Python's hashlib (OpenSSL) does, so sha256sum is an easy yardstick there. The same
   files through ``openssl dgst -sha256`` (one thread, SHA instructions) are printed too,
   without a target: the speed one core can hash at.
2. Memory. A folder of 15,000 claims × 20 evidence = 300,000 rows, each with its own small
   file (``--files tiny``): peak resident memory of ``verify`` (GNU time), beside the same
   command on 2,000 rows: flat memory reads as a ratio near 1. Also the wall time beside
   sha256sum over the same 300,000 files (per-file costs, not bytes).

Folders come from bench/scale.py, generated once under bench/out/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import scale  # noqa: E402
from bench.common import (  # noqa: E402
    ROOT,
    Result,
    Target,
    machine,
    parse_size,
    print_results,
    size_label,
    spread,
)
from bench.proc import paired, peak_mib  # noqa: E402

CLI = str(Path(sys.executable).parent / "bonusdesk-cli")


def env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def evidence_files(folder: Path) -> list[Path]:
    """The files verify hashes: each stored path once, in its order."""
    import sqlite3

    con = sqlite3.connect(f"file:{folder / 'bonusdesk.db'}?mode=ro", uri=True)
    seen: dict[str, None] = {}
    for (rel,) in con.execute("select path from evidence order by id"):
        seen.setdefault(rel, None)
    con.close()
    return [folder / rel for rel in seen]


def checked_verify(folder: Path) -> str:
    proc = subprocess.run([CLI, "--folder", str(folder), "verify"], capture_output=True,
                          text=True, env=env(), check=False)
    if proc.returncode:
        raise SystemExit(f"verify failed on the bench folder {folder}:\n{proc.stdout}"
                         f"{proc.stderr}")
    return proc.stdout.strip().splitlines()[-1]


def throughput(runs: int) -> list[Result]:
    folder = scale.ensure(100, "distinct")
    files = evidence_files(folder)
    gb = sum(f.stat().st_size for f in files) / 1e9
    summary = checked_verify(folder)
    verify = [CLI, "--folder", str(folder), "verify"]
    results = []
    for ref_name, ref_cmd, target in (
            ("sha256sum on the same files", ["sha256sum"], Target("ratio", ">=", 0.8)),
            ("openssl dgst -sha256 on the same files", ["openssl", "dgst", "-sha256"], None)):
        pair = paired(verify, [*ref_cmd, *map(str, files)], runs, env_a=env())
        ratios = [b.wall / a.wall for a, b in zip(pair.a, pair.b, strict=True)]
        ours = [gb / s.wall for s in pair.a]
        results.append(Result(
            f"verify throughput, {len(files):,} files, {gb:.2f} GB (whole process)",
            statistics.median(ours), "GB/s", ref_name,
            statistics.median(gb / s.wall for s in pair.b), target,
            ratio=statistics.median(ratios), spread=spread(ours, "GB/s"),
            note=f"wall {pair.wall('a'):.2f} s vs {pair.wall('b'):.2f} s; {pair.cpu_note()}; "
                 f"verify said: {summary}"))
    return results


def memory(rows_claims: int) -> list[Result]:
    big = scale.ensure(rows_claims, "tiny")
    small = scale.ensure(100, "tiny")
    rows = rows_claims * scale.EVIDENCE_PER_CLAIM
    summary = checked_verify(big)
    peak_big = peak_mib([CLI, "--folder", str(big), "verify"], env())
    peak_small = peak_mib([CLI, "--folder", str(small), "verify"], env())
    files = evidence_files(big)
    with tempfile.NamedTemporaryFile("wb", prefix="bench-files-", delete=False) as fh:
        fh.write(b"\0".join(str(f).encode() for f in files))
        listing = fh.name
    try:
        times = paired([CLI, "--folder", str(big), "verify"],
                       ["xargs", "-0", "-a", listing, "sha256sum"], 1, env_a=env())
    finally:
        os.unlink(listing)
    return [
        Result(f"verify peak memory, {rows:,} evidence rows and files", peak_big, "MiB",
               "the same on 2,000 rows", peak_small, spread="1 run (GNU time)",
               note="flat memory would read about 1×; issue 17: stream the rows"),
        Result(f"verify wall time, {rows:,} small files", times.wall("a"), "s",
               "sha256sum over the same files (xargs)", times.wall("b"), ratio=times.ratio,
               note=f"verify said: {summary}"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", default="15k",
                        help="claims (×20 evidence rows) of the memory folder (15k = 300,000)")
    args = parser.parse_args()
    m = machine()
    results = throughput(args.runs) + memory(parse_size(args.rows))
    print_results(f"bench/verify.py --rows {size_label(parse_size(args.rows))}", m, results, [
        "whole processes from outside, A and B in turn, page cache warm for both; peak memory "
        "by GNU time"])


if __name__ == "__main__":
    main()
