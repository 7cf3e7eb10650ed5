"""CLI: synced-folder warning, backup and move, conflict copies in verify."""

import json
import shutil

from bonusdesk.core.backup import MOVED_NOTE


def test_init_inside_a_dropbox_folder_warns_once_on_stderr(run_cli, tmp_path):
    box = tmp_path / "Boxed"
    box.mkdir()
    (box / ".dropbox").write_text("")
    out = run_cli("init", folder=box / "BonusDesk", check=0)
    (line,) = out.stderr.splitlines()
    assert line.startswith("bonusdesk-cli: warning: the claim folder")
    assert "Dropbox" in line and "backup --move" in line
    listed = run_cli("claim", "list", folder=box / "BonusDesk", check=0)
    assert "Dropbox" in listed.stderr  # said again whenever it is opened


def test_init_outside_synced_folders_says_nothing(run_cli, tmp_path):
    out = run_cli("init", folder=tmp_path / "claims", check=0)
    assert out.stderr == ""


def test_init_inside_another_claim_folder_is_refused(cli_folder, run_cli, tmp_path):
    for inner in (cli_folder / "evidence" / "nested", cli_folder / "sub"):
        out = run_cli("init", folder=inner)
        assert out.returncode == 2
        assert len(out.stderr.splitlines()) == 1 and "inside the claim folder" in out.stderr
        assert not inner.exists()
    run_cli("verify", folder=cli_folder, check=0)  # nothing stray left in the outer one
    run_cli("init", folder=cli_folder, check=0)  # re-initialising the folder itself is fine


def test_backup_copies_and_verifies(cli_folder, run_cli, tmp_path):
    out = run_cli("backup", tmp_path / "copy", "--json", folder=cli_folder, check=0)
    doc = json.loads(out.stdout)
    assert doc["dest"] == str(tmp_path / "copy") and doc["moved"] is False
    assert doc["events"] > 0
    run_cli("verify", folder=tmp_path / "copy", check=0)
    shown = run_cli("claim", "list", folder=tmp_path / "copy", check=0)
    assert "Bonus manquant" in shown.stdout


def test_backup_into_a_used_folder_exits_2_with_one_line(cli_folder, run_cli, tmp_path):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "x").write_text("x")
    out = run_cli("backup", tmp_path / "used", folder=cli_folder)
    assert out.returncode == 2
    assert len(out.stderr.splitlines()) == 1 and "not an empty folder" in out.stderr


def test_move_then_open_from_the_new_place(cli_folder, run_cli, tmp_path):
    out = run_cli("backup", "--move", tmp_path / "moved", folder=cli_folder, check=0)
    assert out.stdout.startswith("moved claim folder")
    assert f"--folder {tmp_path / 'moved'}" in out.stdout
    assert [p.name for p in cli_folder.iterdir()] == [MOVED_NOTE]
    run_cli("verify", folder=tmp_path / "moved", check=0)


def test_verify_names_a_dropbox_conflict_copy_and_fails(cli_folder, run_cli):
    name = "bonusdesk (Camille's conflicted copy 2026-11-20).db"
    shutil.copyfile(cli_folder / "bonusdesk.db", cli_folder / name)
    out = run_cli("verify", folder=cli_folder)
    assert out.returncode == 1
    assert f"PROBLEM: conflict copy of the database: {name}" in out.stdout
