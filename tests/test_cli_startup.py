"""Short commands start fast because each command imports only what it uses (issue 17).

Timing belongs to bench/commands.py; these tests pin down the behaviour that makes it:
which libraries a command loads, seen from a real process with ``-X importtime``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from bonusdesk import __version__, cli
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


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _helps(parser: argparse.ArgumentParser) -> list[str]:
    """Its help and, depth first, the help of every command below it."""
    texts = [parser.format_help()]
    if any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
        for child in _commands(parser).values():
            texts += _helps(child)
    return texts


def test_a_command_built_alone_helps_and_parses_as_in_the_whole_parser():
    """main() builds only the parser of the command being run (issue 17)."""
    whole = _commands(cli.build_parser())
    assert {"capture", "claim", "evidence", "deadlines"} <= set(whole)
    for name, full_parser in whole.items():
        alone = _commands(cli.build_parser(only=name))
        assert list(alone) == [name]
        assert _helps(alone[name]) == _helps(full_parser)
    argv = ["--folder", "/x", "capture", "7", "--region=-1920,0,800,600", "--stamped", "--json"]
    by_one, by_all = cli.build_parser(only="capture").parse_args(argv), \
        cli.build_parser().parse_args(argv)
    assert vars(by_one) == vars(by_all)


@pytest.mark.parametrize(("argv", "word"), [
    (["capture", "1"], "capture"),
    (["--folder", "/f", "--json", "claim", "list"], "claim"),
    (["--folder=/f", "deadlines"], "deadlines"),
    (["--help"], None), (["-h", "capture"], None), (["--fold", "/f", "capture"], None),
    (["--folder"], None), ([], None),
])
def test_the_command_word_is_found_only_where_argparse_would_find_it(argv, word):
    assert cli.command_word(argv) == word


def test_an_unknown_command_is_refused_naming_every_command(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--folder", "/nonexistent", "captur", "1"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'captur'" in err and "'capture'" in err and "'deadlines'" in err


GC_AT_EXIT = ("import atexit, gc, sys\n"
              "atexit.register(lambda: print('gc enabled:', gc.isenabled()))\n"
              "from bonusdesk.cli import main\n"
              "sys.argv = ['bonusdesk-cli', *sys.argv[1:]]\n"
              "raise SystemExit(main())\n")


@pytest.mark.parametrize(("command", "enabled"), [("capture", False), ("claim", True)])
def test_a_capture_process_runs_without_the_cycle_collector_other_commands_keep_it(
        tmp_path, command, enabled):
    # A missing folder: the command fails at once, after main() has made its choice.
    args = ["--folder", str(tmp_path / "none"), command] + (["1"] if command == "capture"
                                                            else ["list"])
    proc = subprocess.run([sys.executable, "-c", GC_AT_EXIT, *args], capture_output=True,
                          text=True, env=subprocess_env(), timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout.strip() == f"gc enabled: {enabled}"


def test_main_called_in_process_leaves_the_cycle_collector_on(tmp_path, capsys):
    """Only the process's own command line switches it off: a caller's stays as it was."""
    import gc

    assert gc.isenabled()
    assert cli.main(["--folder", str(tmp_path / "none"), "capture", "1"]) == 2
    assert gc.isenabled()
    assert "no claim folder at" in capsys.readouterr().err


TEARDOWN = ("import atexit, sys\n"
            "class Witness:\n"
            "    def __del__(self):\n"
            "        print('torn down', flush=True)\n"
            "witness = Witness()\n"
            "atexit.register(lambda: print('exit functions ran', flush=True))\n"
            "from bonusdesk.cli import main\n"
            "sys.argv = ['bonusdesk-cli', *sys.argv[1:]]\n"
            "raise SystemExit(main())\n")


@pytest.mark.parametrize(("command", "torn_down"), [("capture", False), ("claim", True)])
def test_a_capture_process_ends_without_the_interpreter_teardown_but_flushed_and_logged(
        tmp_path, command, torn_down):
    env = {**subprocess_env(), "BONUSDESK_LOG_DIR": str(tmp_path / "logs")}
    args = ["--folder", str(tmp_path / "none"), command] + (["1"] if command == "capture"
                                                            else ["list"])
    proc = subprocess.run([sys.executable, "-c", TEARDOWN, *args], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 2  # the command's own exit code either way
    assert proc.stderr.startswith("bonusdesk-cli: error: no claim folder at ")
    assert "exit functions ran" in proc.stdout.splitlines()  # atexit's still run...
    assert ("torn down" in proc.stdout.splitlines()) is torn_down  # ...module teardown not
    log = (tmp_path / "logs" / "bonusdesk-cli.log").read_text(encoding="utf-8")
    assert "BonusDesk" in log and "started (cli" in log  # logging flushed and closed


def test_a_capture_piped_into_a_closed_pipe_still_ends_with_python_s_own_exit_code(tmp_path):
    """Python's exit gives 120 when stdout cannot be flushed; end_process keeps that."""
    code = ("import os, sys\n"
            "from bonusdesk import cli\n"
            "sys.stdout = open(os.devnull, 'w')\n"
            "sys.stdout.write('1\\n')\n"
            "sys.stdout.close()\n"
            "cli.end_process(0)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=subprocess_env(), timeout=120)
    assert proc.returncode == 120, proc.stderr
