"""A claim folder in a synced place: the player is told, in words they understand, when
it is created or opened; an idle or closed folder is bonusdesk.db alone (no -wal/-shm for
a sync client to copy half-way)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bonusdesk.core import sync
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.ui.backup_dialog import BackupDialog
from bonusdesk.ui.folder_safety import FolderSafety
from tests.core.test_sync import FakeSyncClient, cloud_titles


def on_next_modal(handler, timeout_s: float = 10.0) -> list:
    """Answer the next modal dialog, opened later (by a timer), with ``handler``."""
    seen: list = []
    deadline = time.monotonic() + timeout_s

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        seen.append(type(dialog).__name__)
        handler(dialog)

    QTimer.singleShot(0, poll)
    return seen


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


@pytest.fixture
def dropbox(tmp_path) -> Path:
    """A folder a Dropbox client syncs (its marker, as the client leaves it)."""
    root = tmp_path / "Dropbox"
    (root / ".dropbox.cache").mkdir(parents=True)
    return root


def test_opening_a_folder_in_dropbox_explains_the_risk_and_offers_to_move_it(
        window, qtbot, dropbox):
    synced = dropbox / "claims"
    ClaimFolder.create(synced).close()
    texts, steps = [], []

    def move_offered(dialog):
        steps.append(("backup dialog", isinstance(dialog, BackupDialog),
                      dialog.move_choice.isChecked()))
        dialog.reject()

    def warned(box):
        texts.append((box.windowTitle(), box.text(), box.informativeText()))
        on_next_modal(move_offered)
        button(box, "Move the folder…").click()

    seen = on_next_modal(warned)
    assert window.switch_folder(synced)
    qtbot.waitUntil(lambda: bool(steps), timeout=10000)
    assert seen == ["QMessageBox"]
    title, text, advice = texts[0]
    assert title == "Your claim folder is in Dropbox"
    assert str(synced.resolve()) in text and "conflicted copy" in text
    assert "What to do" in advice and "Back up / move the claim folder" in advice
    assert steps == [("backup dialog", True, True)]  # opened on "Move", as a move
    assert window.folder.path == synced.resolve()  # kept open: the player decides
    assert "synced by Dropbox" in window.statusBar().currentMessage()


def test_do_not_warn_again_is_remembered_for_that_folder_only(window, qtbot, dropbox, prefs):
    synced = dropbox / "claims"
    ClaimFolder.create(synced).close()

    def mute(box):
        box.checkBox().setChecked(True)
        button(box, "Keep it here").click()

    on_next_modal(mute)
    with qtbot.waitSignal(window.commands.folders.safety.warned, timeout=10000):
        window.switch_folder(synced)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert prefs.sync_warning_muted(str(synced.resolve()))
    safety = window.commands.folders.safety
    safety._told.clear()  # as after a restart of the app
    assert safety.tell(synced.resolve()) is False  # no dialog
    assert "synced by Dropbox" in window.statusBar().currentMessage()  # still said


def test_a_folder_outside_synced_places_gets_no_warning(window, qtbot, tmp_path):
    plain = tmp_path / "plain"
    ClaimFolder.create(plain).close()
    safety = window.commands.folders.safety
    assert window.switch_folder(plain)
    assert safety.tell(plain.resolve()) is False


def test_creating_a_folder_in_a_synced_place_asks_first(window, qtbot, dropbox, monkeypatch):
    target = dropbox / "new-claims"

    def other_place(box):
        assert "Dropbox" in box.windowTitle()
        button(box, "Choose another place").click()

    seen = on_next_modal(other_place)
    assert window.commands.folders.new_folder(target) is False
    assert seen == ["QMessageBox"]
    assert not target.exists()  # nothing was created

    monkeypatch.setattr("bonusdesk.ui.folders.show_welcome", lambda *_a: None)
    on_next_modal(lambda box: button(box, "Create it here").click())
    assert window.commands.folders.new_folder(target) is True
    assert window.folder.path == target.resolve()
    # Chosen knowingly: not warned a second time as it opens.
    assert window.commands.folders.safety.tell(target.resolve()) is False


# -- idle: bonusdesk.db alone ---------------------------------------------------------------
@pytest.fixture
def safety(qtbot, session):
    parent = QWidget()
    qtbot.addWidget(parent)
    return FolderSafety(session, parent, move=lambda: None, idle_ms=150)


def _only_the_database(folder_path: Path, tmp_path: Path) -> list[str]:
    """Titles read from a copy of bonusdesk.db alone, as a lagging sync client uploads it."""
    alone = tmp_path / f"alone-{time.monotonic_ns()}"
    alone.mkdir()
    shutil.copyfile(folder_path / "bonusdesk.db", alone / "bonusdesk.db")
    con = sqlite3.connect(alone / "bonusdesk.db")
    try:
        return [r[0] for r in con.execute("select title from claims order by id")]
    except sqlite3.OperationalError:  # not even the tables: everything is in the -wal
        return []
    finally:
        con.close()


def test_an_idle_folder_is_settled_into_the_database_file_alone(qtbot, session, safety,
                                                                 claim, tmp_path):
    session.update_claim(claim.id, title="Changed in the app")
    path = session.folder.path
    assert sync.side_files(path)  # working: write-ahead log
    assert "Changed in the app" not in _only_the_database(path, tmp_path)
    with qtbot.waitSignal(safety.settled, timeout=5000):
        pass
    assert sync.side_files(path) == []
    assert _only_the_database(path, tmp_path) == ["Changed in the app"]
    # The next change goes back to WAL, and is settled in turn once idle.
    session.update_claim(claim.id, title="Changed again")
    assert not sync.is_settled(session.folder)
    with qtbot.waitSignal(safety.settled, timeout=5000):
        pass
    assert _only_the_database(path, tmp_path) == ["Changed again"]


def test_a_change_restarts_the_idle_time(qtbot, session, safety, claim):
    session.update_claim(claim.id, title="Just now")
    assert safety.settle_if_idle() is False  # not idle yet
    assert sync.side_files(session.folder.path)


def test_a_reader_holding_the_database_delays_settling_and_nothing_is_lost(
        qtbot, session, safety, claim):
    session.update_claim(claim.id, title="While a reader is there")
    reader = ClaimFolder.open(session.folder.path, writable=False)
    reader.claims.list()  # shares the WAL index: the journal mode cannot change now
    qtbot.wait(500)
    assert not sync.is_settled(session.folder) and safety.idle.isActive()  # tried again
    assert sync.side_files(session.folder.path)
    with qtbot.waitSignal(safety.settled, timeout=5000):
        reader.close()
    assert sync.side_files(session.folder.path) == []
    assert session.folder.claims.get(claim.id).title == "While a reader is there"


def test_a_sync_client_copying_mid_session_gets_every_change_once_idle(
        qtbot, session, safety, claim, platform, tmp_path):
    cloud = tmp_path / "cloud"
    client = FakeSyncClient(session.folder.path, cloud)
    session.create_claim(_claim(platform.id, 2))
    client.sync_once()  # mid-session: WAL in use
    session.create_claim(_claim(platform.id, 3))
    with qtbot.waitSignal(safety.settled, timeout=5000):
        pass
    client.sync_once()
    assert cloud_titles(cloud) == [claim.title, "Claim 2", "Claim 3"]
    assert not (cloud / "bonusdesk.db-wal").exists()


def _claim(platform_id: int, n: int):
    from datetime import UTC, datetime

    from bonusdesk.core.model import Category, Claim

    return Claim(title=f"Claim {n}", platform_id=platform_id,
                 incident_at=datetime(2026, 11, 20, 20, n, tzinfo=UTC),
                 incident_zone="Europe/Paris", category=Category.OTHER)


def test_closing_the_app_leaves_the_database_file_alone(qtbot, window, folder, claim):
    window.session.update_claim(claim.id, title="Last change")
    path = folder.path
    assert sync.side_files(path)
    window.quit()
    assert sync.side_files(path) == []
    assert _only_the_database(path, path.parent) == ["Last change"]
