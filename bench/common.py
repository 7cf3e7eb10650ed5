"""What every benchmark prints: the machine, then each figure beside its reference.

A figure alone says little on a shared 2-core machine, so every result carries the
reference it is compared with (a floor, a bare interpreter, coreutils, img2pdf...),
the ratio, the target from issue 17 and whether it is met. Results are also written
to ``bench/out/results/<bench>.json`` so ``bench/summary.py`` can rebuild the table
in bench/README.md from what was really printed.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RESULTS = OUT / "results"
# Derived caches (the deadline cache) of benches and of the processes they start stay under
# bench/out, never in the user's cache directory; a bench may still set its own per run.
os.environ.setdefault("BONUSDESK_CACHE_DIR", str(OUT / "cache"))


def repo_on_path() -> None:
    """Benches run as scripts (``python bench/x.py``): import this checkout's bonusdesk."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


# -- the machine ------------------------------------------------------------------
def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def os_name() -> str:
    try:
        release = platform.freedesktop_os_release()
        return f"{release.get('PRETTY_NAME', 'Linux')}, kernel {platform.release()}"
    except OSError:
        return platform.platform()


def commit() -> str:
    """Short commit of the checkout, "+changes" when measured code differs from it.

    Measured code: the app (bonusdesk/, resources/ such as the deadline rules), its
    dependencies (pyproject.toml) and the bench scripts; not docs or bench/README.md.
    """
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False).stdout.strip()

    sha = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "bonusdesk", "resources", "pyproject.toml",
                "bench/*.py")
    return f"{sha}+changes" if dirty else sha


def machine() -> dict:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "os": os_name(),
        "python": sys.version.split()[0],
        "commit": commit(),
        # The machine is shared: the load at the start says how much to trust the figures.
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def machine_line(m: dict) -> str:
    return (f"machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['os']}, "
            f"Python {m['python']}, commit {m['commit']}, load {m['load']}, {m['date']}")


# -- results --------------------------------------------------------------------------
@dataclass
class Target:
    """``value <= 1.0`` (kind "value", in the figure's unit), ``ratio >= 0.8`` (kind "ratio"),
    or kind "succeeds": the value is 1 when the run succeeded, 0 when it failed."""

    kind: str  # "value" | "ratio"
    op: str  # "<=" | ">="
    limit: float
    source: str = "issue 17"

    def met(self, value: float, ratio: float | None) -> bool | None:
        if self.kind == "succeeds":
            return bool(value)
        x = value if self.kind == "value" else ratio
        if x is None:
            return None
        return x <= self.limit if self.op == "<=" else x >= self.limit

    def text(self, unit: str) -> str:
        if self.kind == "succeeds":
            return f"must succeed ({self.source})"
        what = fmt(self.limit, unit) if self.kind == "value" else f"{self.limit:g}×"
        return f"{'ratio ' if self.kind == 'ratio' else ''}{self.op} {what} ({self.source})"


@dataclass
class Result:
    name: str
    value: float
    unit: str
    reference: str = ""  # what the figure is compared with
    ref_value: float | None = None
    target: Target | None = None
    note: str = ""
    spread: str = ""  # "min–max over N runs"
    ratio: float | None = field(default=None)
    met: bool | None = field(default=None)

    def __post_init__(self) -> None:
        if self.ratio is None and self.ref_value:
            self.ratio = self.value / self.ref_value
        if self.target is not None:
            self.met = self.target.met(self.value, self.ratio)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "outcome":
        return "succeeded" if value else "FAILED"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "GB/s":
        return f"{value:.2f} GB/s"
    if unit in ("MiB", "MB", "MB/s"):
        return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    return f"{value:.3g} {unit}".strip()


def verdict(r: Result) -> str:
    if r.target is None:
        return "no target"
    return {True: "MET", False: "NOT MET", None: "?"}[r.met]


def print_results(bench: str, m: dict, results: list[Result], notes: list[str] = ()) -> None:
    """The table every bench ends with, and its JSON record under bench/out/results/."""
    print()
    print(f"== {bench}")
    print(machine_line(m))
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        ref = f"{r.reference} {fmt(r.ref_value, r.unit)}" if r.reference else "(no reference)"
        target = r.target.text(r.unit) if r.target else "no target in issue 17"
        print(f"- {r.name}: {fmt(r.value, r.unit)}" + (f" [{r.spread}]" if r.spread else ""))
        print(f"    reference: {ref}   ratio: {ratio}   target: {target}   -> {verdict(r)}")
        if r.note:
            print(f"    note: {r.note}")
    for n in notes:
        print(f"note: {n}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {"bench": bench, "machine": m, "notes": list(notes),
              "results": [{**asdict(r), "verdict": verdict(r),
                           "target_text": r.target.text(r.unit) if r.target else ""}
                          for r in results]}
    name = Path(bench.split()[0]).stem
    (RESULTS / f"{name}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False))


def spread(samples: list[float], unit: str = "s") -> str:
    if len(samples) == 1:
        return "1 run"
    return f"min {fmt(min(samples), unit)}, max {fmt(max(samples), unit)}, {len(samples)} runs"


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def parse_size(text: str) -> int:
    """'10k' -> 10000, '300' -> 300."""
    t = text.strip().lower()
    try:
        return int(float(t[:-1]) * 1000) if t.endswith("k") else int(t)
    except ValueError:
        raise SystemExit(f"size must be a number such as 300, 1k or 30k, not {text!r}") from None


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)
