"""Starting the app: the real process under Xvfb, first run, and folder errors."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bonusdesk.app import SHOWN_MARKER, parse_args, resume_gc_after_start, start_window
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.ui import folders as folder_session
from bonusdesk.ui.session import Session

ROOT = Path(__file__).resolve().parents[2]


def test_real_app_process_shows_its_main_window_on_xcb(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"),
               HOME=str(tmp_path), PYTHONPATH=str(ROOT), BONUSDESK_TZ="Europe/Paris")
    assert env.get("DISPLAY"), "pytest-xvfb provides the display"
    claims = tmp_path / "claims"
    ClaimFolder.create(claims).close()
    proc = subprocess.run(
        [sys.executable, "-m", "bonusdesk", "--folder", str(claims), "--quit-after-shown"],
        env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert SHOWN_MARKER in proc.stdout


def test_version_flag_prints_the_version():
    proc = subprocess.run([sys.executable, "-m", "bonusdesk", "--version"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0
    assert proc.stdout.strip() == "BonusDesk 0.1.0"


def test_first_run_creates_the_default_folder_and_welcomes(qtbot, qapp, prefs, tmp_path,
                                                          monkeypatch):
    default = tmp_path / "Documents" / "BonusDesk"
    monkeypatch.setenv("BONUSDESK_FOLDER", str(default))
    welcomed = []
    monkeypatch.setattr(folder_session, "show_welcome", lambda _w, p: welcomed.append(p))
    window = start_window(qapp, prefs, None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: welcomed == [default.resolve()])
    assert (default / "bonusdesk.db").exists()
    assert window.folder.path == default.resolve()
    assert prefs.recent_folders() == [str(default.resolve())]
    window.quit()


def test_a_locked_folder_shows_a_dialog_and_the_window_keeps_running(qtbot, qapp, prefs,
                                                                    folder, monkeypatch):
    shown = []
    monkeypatch.setattr(folder_session.QMessageBox, "warning",
                        lambda _p, title, text: shown.append((title, text)))
    # ``folder`` holds the lock, as another BonusDesk window would.
    window = start_window(qapp, prefs, folder.path)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.folder is None
    assert shown and shown[0][0] == "Folder in use"
    assert str(folder.path) in shown[0][1]
    assert not window.commands.claims.act_new_claim.isEnabled()
    window.quit()


def test_a_too_new_folder_is_refused_without_change(qtbot, tmp_path, monkeypatch):
    claims = tmp_path / "claims"
    ClaimFolder.create(claims).close()
    con = sqlite3.connect(claims / "bonusdesk.db")
    con.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                "values ('bonusdesk', 'm999_from_the_future', '2030-01-01')")
    con.commit()
    con.close()
    before = (claims / "bonusdesk.db").read_bytes()
    shown = []
    monkeypatch.setattr(folder_session.QMessageBox, "warning",
                        lambda _p, title, text: shown.append(title))
    assert folder_session.open_folder(None, claims) is None
    assert shown == ["Newer folder"]
    assert (claims / "bonusdesk.db").read_bytes() == before


def test_switching_to_a_non_folder_can_create_it(window, tmp_path, monkeypatch):
    target = tmp_path / "elsewhere"
    target.mkdir()
    monkeypatch.setattr(folder_session.QMessageBox, "question",
                        lambda *a: folder_session.QMessageBox.StandardButton.Yes)
    assert window.switch_folder(target)
    assert window.folder.path == target.resolve()
    assert (target / "bonusdesk.db").exists()


def test_parse_args_accepts_folder_and_language(tmp_path):
    args = parse_args(["--folder", str(tmp_path), "--language", "fr"])
    assert (args.folder, args.language) == (tmp_path, "fr")


def test_a_second_launch_hands_over_to_the_first_which_asks_before_switching(
        qtbot, window, tmp_path, monkeypatch):
    from bonusdesk.app import bring_to_front
    from bonusdesk.ui.single_instance import SingleInstance

    asked = []
    answer = [folder_session.QMessageBox.StandardButton.No]
    monkeypatch.setattr(folder_session.QMessageBox, "question",
                        lambda _p, title, text: (asked.append(text), answer[0])[1])
    name = f"bonusdesk-test-{os.getpid()}"
    first = SingleInstance(name)
    assert first.listen()
    first.request.connect(lambda folder: bring_to_front(window, folder))
    other = tmp_path / "other-claims"
    ClaimFolder.create(other).close()
    before = window.folder.path
    second = SingleInstance(name)
    with qtbot.waitSignal(first.request, timeout=5000) as blocker:
        assert second.hand_over(str(other))
    assert blocker.args == [str(other)]
    assert len(asked) == 1 and str(other) in asked[0] and str(before) in asked[0]
    assert window.folder.path == before  # the user said no: nothing changed

    answer[0] = folder_session.QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(first.request, timeout=5000):
        assert SingleInstance(name).hand_over(str(other))
    assert window.folder.path == other.resolve()
    first.server.close()
    assert not SingleInstance(name).hand_over("")


# -- the garbage collector during the start (app.main turns it off) ------------------------
@pytest.fixture
def paused_gc():
    gc.disable()
    yield
    gc.enable()
    gc.unfreeze()


def test_the_collector_comes_back_with_the_first_deadlines_the_start_frozen(
        qtbot, session, paused_gc):
    resume_gc_after_start(session, pause_ms=60_000, frozen_ms=60_000)
    assert not gc.isenabled()  # the folder is open, its deadlines not listed yet
    with qtbot.waitSignal(session.deadlines_changed, timeout=20_000):
        pass  # the listing of the folder the fixture opened comes back
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the start made is not scanned all at once


def test_the_collector_comes_back_after_the_pause_without_deadlines_then_unfreezes(
        qtbot, prefs, paused_gc):
    resume_gc_after_start(Session(prefs), pause_ms=10, frozen_ms=50)
    qtbot.waitUntil(gc.isenabled, timeout=5_000)  # no folder: no deadlines will come
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=5_000)
