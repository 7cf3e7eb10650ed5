"""Short commands start fast because each command imports only what it uses (issue 17).

Timing belongs to bench/commands.py; these tests pin down the behaviour that makes it:
which libraries a command loads, seen from a real process with ``-X importtime``.
"""

from __future__ import annotations

import subprocess
import sys

from bonusdesk import __version__
from tests.conftest import subprocess_env

HEAVY = ("sqlite_utils", "reportlab", "PIL", "babel", "pypdf", "mss", "platformdirs")


def imported_by(*args: str) -> tuple[set[str], subprocess.CompletedProcess]:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "bonusdesk.cli", *args],
                          capture_output=True, text=True, env=subprocess_env(), timeout=120)
    names = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()
             if line.startswith("import time:")}
    return names, proc


def top_level(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def test_version_loads_no_folder_code_and_no_third_party_library():
    names, proc = imported_by("--version")
    assert (proc.returncode, proc.stdout) == (0, f"BonusDesk {__version__}\n")
    assert top_level(names).isdisjoint(HEAVY)
    assert "bonusdesk.core.folder" not in names
    assert "bonusdesk.core.model" not in names  # the parser's help texts are not built


def test_version_after_other_options_still_answers(tmp_path):
    _, proc = imported_by("--folder", str(tmp_path), "--version")
    assert (proc.returncode, proc.stdout) == (0, f"BonusDesk {__version__}\n")


def test_claim_list_loads_the_folder_but_no_sqlite_utils_pdf_image_or_locale_library(tmp_path):
    folder = tmp_path / "claims"
    subprocess.run([sys.executable, "-m", "bonusdesk.cli", "--folder", str(folder), "init"],
                   check=True, capture_output=True, env=subprocess_env(), timeout=120)
    names, proc = imported_by("--folder", str(folder), "claim", "list")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "bonusdesk.core.folder" in names
    # An up-to-date folder opens on the plain sqlite3 connection (core/dbopen.py).
    assert top_level(names).isdisjoint({"sqlite_utils", "reportlab", "PIL", "babel", "pypdf",
                                        "mss"})
