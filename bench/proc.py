"""Whole processes timed from outside: start to exit, start-up and imports included.

``run_once`` spawns the command (stdin and stdout/stderr on /dev/null unless a log
file is given) and reaps it with ``os.wait4``, so its CPU time is the kernel's
accounting of that child alone. Peak memory needs care: a spawned child inherits
the high-water mark of the process that spawned it, so a bench holding 300 MB would
floor every child's peak at 300 MB. ``peak_mib`` therefore runs the command under
GNU time (``/usr/bin/time -f %M``), whose own small process forks it.

``paired`` runs two commands in turn (A B A B ...) and takes the ratio pair by pair:
when a shared machine slows down during the call, both sides of each pair slow down
alike.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds
    code: int  # exit status (negative: killed by that signal)


def run_once(cmd: list[str], env: dict | None = None, log: str | None = None) -> Sample:
    exe = shutil.which(cmd[0])
    if exe is None:
        raise SystemExit(f"{cmd[0]} not found on PATH")
    out = log or os.devnull
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644),
               (os.POSIX_SPAWN_DUP2, 1, 2)]
    env = dict(os.environ if env is None else env)
    # An installed BonusDesk has its bytecode; with this variable (set in some dev shells)
    # every child would compile the whole package again (~0.25 s), a cost no user pays.
    # The uncounted first run writes the .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    pid = os.posix_spawn(exe, cmd, env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return Sample(wall, usage.ru_utime + usage.ru_stime, code)


GNU_TIME = "/usr/bin/time"


def peak_mib(cmd: list[str], env: dict | None = None) -> float:
    """Peak resident memory of one run of ``cmd`` (MiB), measured by GNU time."""
    if not os.access(GNU_TIME, os.X_OK):
        raise SystemExit("GNU time (/usr/bin/time, Debian package 'time') is needed for "
                         "peak memory")
    fd, report = tempfile.mkstemp(prefix="bench-peak-")
    os.close(fd)
    try:
        s = run_once([GNU_TIME, "-o", report, "-f", "%M", *cmd], env)
        if s.code:
            raise SystemExit(f"{' '.join(cmd)} exited with {s.code}")
        return int(Path(report).read_text().split()[-1]) / 1024
    finally:
        os.unlink(report)


@dataclass
class Paired:
    a: list[Sample]
    b: list[Sample]

    @property
    def ratios(self) -> list[float]:
        return [x.wall / y.wall for x, y in zip(self.a, self.b, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def wall(self, side: str) -> float:
        return statistics.median(s.wall for s in getattr(self, side))

    def cpu(self, side: str) -> float:
        return statistics.median(s.cpu for s in getattr(self, side))

    def cpu_note(self) -> str:
        """CPU seconds of both sides: what load on a shared machine does not inflate much."""
        return f"CPU {self.cpu('a'):.3f} s vs {self.cpu('b'):.3f} s"


def paired(cmd_a: list[str], cmd_b: list[str], runs: int = 10, warmup: int = 1,
           env_a: dict | None = None, env_b: dict | None = None,
           before_a=None, check: bool = True) -> Paired:
    """Run A and B in turn ``runs`` times after ``warmup`` uncounted pairs.

    ``before_a``: called (untimed) before each A run, e.g. to reset a folder.
    """
    a, b = [], []
    for n in range(warmup + runs):
        if before_a is not None:
            before_a()
        sa = run_once(cmd_a, env_a)
        sb = run_once(cmd_b, env_b)
        if check and (sa.code or sb.code):
            which = cmd_a if sa.code else cmd_b
            raise SystemExit(f"{' '.join(which)} exited with {sa.code or sb.code}")
        if n >= warmup:
            a.append(sa)
            b.append(sb)
    return Paired(a, b)


def repeat(cmd: list[str], runs: int = 5, warmup: int = 1, env: dict | None = None,
           before=None, check: bool = True) -> list[Sample]:
    samples = []
    for n in range(warmup + runs):
        if before is not None:
            before()
        s = run_once(cmd, env)
        if check and s.code:
            raise SystemExit(f"{' '.join(cmd)} exited with {s.code}")
        if n >= warmup:
            samples.append(s)
    return samples


def python_child(code: str, args: list[str], env: dict | None = None) -> dict:
    """Run ``python -c code *args`` under GNU time; its last stdout line is JSON.

    Returns that JSON with ``peak_mib`` (the whole child's peak) added; raises
    ChildFailed with the child's last stderr line when it exits non-zero.
    """
    import json
    import subprocess
    import sys

    fd, report = tempfile.mkstemp(prefix="bench-peak-")
    os.close(fd)
    try:
        proc = subprocess.run([GNU_TIME, "-o", report, "-f", "%M", sys.executable, "-c", code,
                               *args], capture_output=True, text=True, env=env, check=False)
        if proc.returncode:
            lines = proc.stderr.strip().splitlines()
            raise ChildFailed(lines[-1] if lines else f"exit {proc.returncode}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result["peak_mib"] = int(Path(report).read_text().split()[-1]) / 1024
        return result
    finally:
        os.unlink(report)


class ChildFailed(Exception):
    """A benchmarked child process failed; the message is its last stderr line."""
