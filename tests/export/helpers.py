"""Reading exported packages back with the tools a recipient would use."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdftotext(path: Path, first: int | None = None, last: int | None = None,
              password: str | None = None) -> str:
    cmd = ["pdftotext", "-layout", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    if password:
        cmd += ["-upw", password]
    cmd += [str(path), "-"]
    return subprocess.run(cmd, capture_output=True, check=True).stdout.decode("utf-8")


def qpdf_check(path: Path, password: str | None = None) -> subprocess.CompletedProcess:
    cmd = ["qpdf", "--check"]
    if password is not None:
        cmd.append(f"--password={password}")
    return subprocess.run(cmd + [str(path)], capture_output=True, text=True)
