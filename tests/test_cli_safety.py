"""The CLI never destroys a folder and never answers with a bare traceback:
refused outputs, damaged folders, read-only media, odd input, exit codes 0/1/2/3."""

from __future__ import annotations

import os

import pytest

from bonusdesk import cli
from tests.factories import write_png
from tests.faults import read_only, tamper


@pytest.fixture
def with_png(cli_folder, run_cli, tmp_path):
    run_cli("evidence", "add", "1", write_png(tmp_path / "a.png"), folder=cli_folder, check=0)
    return cli_folder


def snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and not p.name.startswith("bonusdesk.db-")}


@pytest.mark.parametrize("args", [
    ["export", "1", "--out", "{f}/bonusdesk.db"],
    ["export", "1", "--out", "{t}/p.pdf", "--bundle", "{f}/bonusdesk.db"],
    ["export", "1", "--out", "{evidence_file}"],
    ["export", "1", "--out", "{t}/link.pdf"],
    ["deadlines", "--ics", "{f}/deadlines.ics"],
    ["export", "1", "--out", "/dev/full"],
    ["export", "1", "--out", "{t}/fifo"],
    ["deadlines", "--ics", "/dev/null"],
    ["export", "1", "--out", "{t}"],
    ["export", "1", "--out", "{t}/same.pdf", "--bundle", "{t}/same.pdf"],
    ["export", "1", "--out", "{t}/pw.txt", "--password-file", "{t}/pw.txt"],
    ["escalate", "1", "--to", "fr-mediateur-jeux", "--letter", "{f}/saisine.txt"],
    ["escalate", "1", "--to", "fr-mediateur-jeux", "--out", "{t}/s.pdf", "--letter",
     "{t}/s.pdf"],
])
def test_destructive_outputs_are_refused_and_nothing_changes(with_png, run_cli, tmp_path,
                                                             args):
    f = with_png
    evidence_file = next((f / "evidence").rglob("*.png"))
    (tmp_path / "link.pdf").symlink_to(f / "bonusdesk.db")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "pw.txt").write_text("secret\n")
    before = snapshot(f)
    args = [a.format(f=f, t=tmp_path, evidence_file=evidence_file) for a in args]
    out = run_cli(*args, folder=f)
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr.startswith("bonusdesk-cli: error: refusing to write ")
    assert len(out.stderr.strip().splitlines()) == 1
    assert snapshot(f) == before
    assert (tmp_path / "pw.txt").read_text() == "secret\n"
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")
    assert run_cli("verify", folder=f).returncode == 0


def test_replacing_an_ordinary_file_elsewhere_still_works(with_png, run_cli, tmp_path):
    old = tmp_path / "old.pdf"
    old.write_bytes(b"last week's package")
    run_cli("export", "1", "--out", old, folder=with_png, check=0)
    assert old.read_bytes().startswith(b"%PDF")


def test_truncated_database_is_refused_as_damaged_and_verify_lists_the_files(with_png, run_cli):
    db = with_png / "bonusdesk.db"
    db.write_bytes(b"")
    for args in (["claim", "list"], ["claim", "status", "1", "reported"], ["init"]):
        out = run_cli(*args, folder=with_png)
        assert out.returncode == 2 and "is damaged" in out.stderr, (args, out.stderr)
        assert "Restore bonusdesk.db from a backup" in out.stderr
    assert db.stat().st_size == 0  # never re-created
    verify = run_cli("verify", folder=with_png)
    assert verify.returncode == 1
    assert "note: intact: evidence/" in verify.stdout


def test_unknown_value_in_the_database_is_a_clear_error(with_png, run_cli):
    tamper(with_png, "update claims set status = 'resolved'")
    out = run_cli("claim", "show", "1", folder=with_png)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "claim 1: status is 'resolved', which this BonusDesk does not know" in out.stderr
    assert run_cli("verify", folder=with_png).returncode == 1


@pytest.mark.parametrize("args", [
    ["claim", "show", "99999999999999999999"],
    ["checklist", "99999999999999999999"],
    ["export", "1", "--out", "x.pdf", "--only", "99999999999999999999"],
    ["deadlines", "--claim", "-5"],
])
def test_ids_sqlite_cannot_hold_are_bad_input(cli_folder, run_cli, args, tmp_path):
    out = run_cli(*[a.replace("x.pdf", str(tmp_path / "x.pdf")) for a in args],
                  folder=cli_folder)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "no such id" in out.stderr


@pytest.mark.parametrize("where", ["file", "/proc"])
def test_folder_option_at_a_file_or_a_system_folder_is_a_clear_error(run_cli, tmp_path, where):
    target = tmp_path / "notes.txt" if where == "file" else "/proc"
    if where == "file":
        target.write_text("x")
    for args in (["claim", "list"], ["init"], ["verify"]):
        out = run_cli(*args, folder=target)
        assert out.returncode == 2, (args, out.stdout, out.stderr)
        assert out.stderr.startswith("bonusdesk-cli: error: ")
        assert "Traceback" not in out.stderr


def test_read_only_media_readers_work_and_writers_say_read_only(with_png, run_cli, tmp_path):
    run_cli("platform", "list", folder=with_png, check=0)
    with read_only(with_png):
        for args in (["claim", "list"], ["claim", "show", "1"], ["search", "BNS"],
                     ["verify"], ["deadlines"], ["evidence", "list", "1"], ["profile"]):
            out = run_cli(*args, folder=with_png)
            assert out.returncode == 0, (args, out.stderr)
        export = run_cli("export", "1", "--out", tmp_path / "p.pdf", folder=with_png)
        assert export.returncode == 0, export.stderr
        assert "not recorded in the claim folder, which is read-only" in export.stderr
        for args in (["claim", "status", "1", "reported"], ["evidence", "add", "1",
                     write_png(tmp_path / "b.png")], ["profile", "--name", "X"]):
            out = run_cli(*args, folder=with_png)
            assert out.returncode == 2, (args, out.stderr)
            assert "is read-only" in out.stderr and "Traceback" not in out.stderr


def test_internal_error_exits_3_with_the_traceback_in_a_log_file(cli_folder, monkeypatch,
                                                                 capsys, tmp_path):
    import bonusdesk.core.search as search

    def broken(*_a, **_k):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(search, "search", broken)
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(tmp_path / "logs"))
    code = cli.main(["--folder", str(cli_folder), "search", "x"])
    err = capsys.readouterr().err
    assert code == 3
    assert "internal error (ZeroDivisionError: a bug)" in err and "Traceback" not in err
    logs = list((tmp_path / "logs").glob("cli-crash-*.txt"))
    assert len(logs) == 1 and str(logs[0]) in err
    assert "Traceback" in logs[0].read_text() and "ZeroDivisionError" in logs[0].read_text()


def test_internal_error_without_a_log_folder_still_shows_the_details(cli_folder, monkeypatch,
                                                                     capsys, tmp_path):
    import bonusdesk.core.search as search

    monkeypatch.setattr(search, "search", lambda *a, **k: 1 / 0)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("BONUSDESK_LOG_DIR", str(blocker / "logs"))
    assert cli.main(["--folder", str(cli_folder), "search", "x"]) == 3
    assert "could not be saved" in capsys.readouterr().err


def test_verify_with_an_anchor(with_png, run_cli, tmp_path):
    f = with_png
    run_cli("export", "1", "--out", tmp_path / "p.pdf", folder=f, check=0)
    head = run_cli("verify", folder=f, check=0).stdout.splitlines()[-1].split()[-1]
    seq, digest = head.split(":")
    ok = run_cli("verify", "--anchor", f"{seq}:{digest[:16]}", folder=f)
    assert ok.returncode == 0 and "is in the event log" in ok.stdout
    bad = run_cli("verify", "--anchor", f"{seq}:{'0' * 16}", folder=f)
    assert bad.returncode == 1 and "not in the event log" in bad.stdout
    assert run_cli("verify", "--anchor", "nonsense", folder=f).returncode == 2



def test_a_busy_database_is_a_clear_error_not_damage(cli_folder, capsys, monkeypatch):
    """Another process held a write transaction longer than SQLite waits (5 s)."""
    import sqlite3

    import bonusdesk.core.search as search

    def busy(*_a, **_k):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(search, "search", busy)
    assert cli.main(["--folder", str(cli_folder), "search", "x"]) == 2
    err = capsys.readouterr().err
    assert "is busy: another BonusDesk is writing to it" in err and "damaged" not in err


def test_a_damaged_page_is_reported_as_damage(cli_folder, capsys, monkeypatch):
    import sqlite3

    import bonusdesk.core.search as search

    def malformed(*_a, **_k):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(search, "search", malformed)
    assert cli.main(["--folder", str(cli_folder), "search", "x"]) == 2
    assert "database is damaged or unreadable (database disk image is malformed)" in \
        capsys.readouterr().err
