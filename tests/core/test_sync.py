"""Claim folders in synced folders: detection, no journal files while idle, conflict copies.

The sync client is simulated the way OneDrive, Dropbox or Google Drive behave: it uploads
each file of the folder on its own whenever that file changed, at moments of its choosing,
never several files at once.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bonusdesk.core import sync
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import Category, Claim


class FakeSyncClient:
    """Mirrors ``src`` into ``cloud`` file by file, as a sync client uploads."""

    def __init__(self, src: Path, cloud: Path):
        self.src, self.cloud = src, cloud
        self.seen: dict[str, tuple[int, int]] = {}
        self.uploads = 0

    def sync_once(self) -> None:
        present = set()
        for path in sorted(self.src.rglob("*")):
            rel = path.relative_to(self.src).as_posix()
            try:
                st = path.stat()
                if not path.is_file():
                    continue
                present.add(rel)
                if self.seen.get(rel) == (st.st_size, st.st_mtime_ns):
                    continue
                data = path.read_bytes()
            except FileNotFoundError:
                continue  # deleted between listing and reading, as happens
            target = self.cloud / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                target.chmod(0o644)
            target.write_bytes(data)
            self.seen[rel] = (st.st_size, st.st_mtime_ns)
            self.uploads += 1
        for rel in set(self.seen) - present:  # deleted locally: deleted in the cloud
            (self.cloud / rel).unlink(missing_ok=True)
            del self.seen[rel]


def add_claim(folder, platform_id: int, n: int):
    return folder.claims.create(Claim(
        title=f"Claim {n}", platform_id=platform_id,
        incident_at=datetime(2026, 11, 20, 20, n % 60, tzinfo=UTC),
        incident_zone="Europe/Paris", category=Category.OTHER))


def cloud_titles(cloud: Path) -> list[str]:
    with ClaimFolder.open(cloud, writable=False) as copy:
        assert verify(copy).ok, verify(copy).problems
        return [c.title for c in copy.claims.list()]


# -- idle: bonusdesk.db alone --------------------------------------------------------------
def test_settled_folder_is_the_database_file_alone(folder, claim):
    assert sync.side_files(folder.path)  # WAL while working
    assert sync.settle(folder) is True
    assert sync.side_files(folder.path) == []
    assert folder.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_next_write_after_settling_goes_back_to_wal(folder, claim, platform):
    sync.settle(folder)
    add_claim(folder, platform.id, 2)
    assert folder.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not sync.is_settled(folder)


def test_settle_waits_for_a_reader_to_go_and_loses_nothing(folder, claim, platform):
    reader = ClaimFolder.open(folder.path, writable=False)
    reader.claims.list()
    assert sync.settle(folder) is False  # a reader shares the WAL index: try later
    add_claim(folder, platform.id, 2)
    reader.close()
    assert sync.settle(folder) is True
    assert [c.title for c in folder.claims.list()][-1] == "Claim 2"


def test_a_reader_opened_while_settled_does_not_block_the_next_write(folder, claim, platform):
    sync.settle(folder)
    reader = ClaimFolder.open(folder.path, writable=False)
    reader.claims.list()
    add_claim(folder, platform.id, 2)
    assert [c.title for c in reader.claims.list()][-1] == "Claim 2"
    reader.close()


def test_closed_folder_is_a_plain_database_that_opens_read_only(tmp_path, platform, folder):
    add_claim(folder, platform.id, 1)
    path = folder.path
    folder.close()
    assert sync.side_files(path) == []
    header = (path / "bonusdesk.db").read_bytes()[:20]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: no -shm needed to read
    shutil.copytree(path, tmp_path / "usb")
    (tmp_path / "usb" / "bonusdesk.db").chmod(0o444)
    (tmp_path / "usb").chmod(0o555)  # a read-only medium: WAL databases cannot open there
    try:
        con = sqlite3.connect(f"file:{tmp_path / 'usb' / 'bonusdesk.db'}?mode=ro", uri=True)
        assert con.execute("select title from claims").fetchall() == [("Claim 1",)]
        con.close()
    finally:
        (tmp_path / "usb").chmod(0o755)


def test_sync_client_copying_mid_session_ends_with_a_complete_database(folder, claim,
                                                                       platform, tmp_path):
    cloud = tmp_path / "cloud"
    client = FakeSyncClient(folder.path, cloud)
    add_claim(folder, platform.id, 2)
    client.sync_once()  # mid-session, WAL in use: the uploaded files are a moving target
    # The database file alone, as a client that skips or lags on the -wal uploads it:
    (tmp_path / "alone").mkdir()
    shutil.copyfile(cloud / "bonusdesk.db", tmp_path / "alone" / "bonusdesk.db")
    con = sqlite3.connect(tmp_path / "alone" / "bonusdesk.db")
    tables = {row[0] for row in con.execute("select name from sqlite_master")}
    assert "claims" not in tables or \
        con.execute("select count(*) from claims").fetchone()[0] < 2  # changes missing
    con.close()
    # Idle: the app settles, the client's next pass gives the cloud every change.
    assert sync.settle(folder)
    client.sync_once()
    assert sorted(p.name for p in cloud.iterdir() if p.name.startswith("bonusdesk")) == \
        ["bonusdesk.db"]
    assert cloud_titles(cloud) == [claim.title, "Claim 2"]


def test_sync_client_running_all_session_long(folder, claim, platform, tmp_path):
    """A client copying continuously on its own thread while the player works and idles."""
    cloud = tmp_path / "cloud"
    client = FakeSyncClient(folder.path, cloud)
    stop = threading.Event()

    def run_client():
        while not stop.is_set():
            client.sync_once()

    thread = threading.Thread(target=run_client)
    thread.start()
    try:
        for n in range(2, 22):
            add_claim(folder, platform.id, n)
            if n % 5 == 0:
                sync.settle(folder)  # the app noticed a pause
    finally:
        stop.set()
        thread.join()
    assert sync.settle(folder)
    client.sync_once()
    assert client.uploads > 3
    assert cloud_titles(cloud) == [claim.title] + [f"Claim {n}" for n in range(2, 22)]


# -- where: known roots and markers ---------------------------------------------------------
def _tree(tmp_path: Path, *dirs: str) -> Path:
    for d in dirs:
        (tmp_path / d).mkdir(parents=True, exist_ok=True)
    return tmp_path


@pytest.mark.parametrize(("case", "platform", "env", "dirs", "files", "folder", "expected"), [
    ("Windows OneDrive known folder", "win32", {"OneDrive": "{h}/OneDrive"}, [], [],
     "OneDrive/Documents/BonusDesk", "OneDrive"),
    ("Windows OneDrive for work", "win32", {"OneDriveCommercial": "{h}/OneDrive - Contoso"},
     [], [], "OneDrive - Contoso/Documents/BonusDesk", "OneDrive"),
    ("OneDrive folder by name", "linux", {}, [], [], "OneDrive/BonusDesk", "OneDrive"),
    ("Dropbox folder by name", "darwin", {}, [], [], "Dropbox/Claims", "Dropbox"),
    ("Dropbox marker", "linux", {}, ["sync/box"], ["sync/box/.dropbox"],
     "sync/box/papers/BonusDesk", "Dropbox"),
    ("Google Drive marker", "win32", {}, ["G/My stuff"], ["G/My stuff/.tmp.drivedownload"],
     "G/My stuff/BonusDesk", "Google Drive"),
    ("Syncthing marker", "linux", {}, ["Sync/.stfolder"], [], "Sync/BonusDesk", "Syncthing"),
    ("Nextcloud journal", "linux", {}, ["cloud"], ["cloud/.sync_0a1b2c3d4e.db"],
     "cloud/BonusDesk", "Nextcloud"),
    ("macOS CloudStorage", "darwin", {}, [], [],
     "Library/CloudStorage/GoogleDrive-camille@example.org/My Drive/BonusDesk",
     "Google Drive"),
    ("macOS iCloud Drive", "darwin", {}, [], [],
     "Library/Mobile Documents/com~apple~CloudDocs/BonusDesk", "iCloud Drive"),
    ("macOS Documents in iCloud", "darwin", {},
     ["Library/Mobile Documents/com~apple~CloudDocs/Documents"], [],
     "Documents/BonusDesk", "iCloud Drive"),
    ("macOS Documents kept local", "darwin", {}, [], [], "Documents/BonusDesk", None),
    ("Linux documents", "linux", {}, [], [], "Documents/BonusDesk", None),
    ("Windows Documents, OneDrive elsewhere", "win32", {"OneDrive": "{h}/OneDrive"}, [], [],
     "Documents/BonusDesk", None),
])
def test_synced_location_detection(tmp_path, case, platform, env, dirs, files, folder,
                                   expected):
    home = _tree(tmp_path, *dirs)
    for f in files:
        (home / f).parent.mkdir(parents=True, exist_ok=True)
        (home / f).write_text("")
    env = {k: v.replace("{h}", str(home)) for k, v in env.items()}
    found = sync.detect(home / folder, env=env, home=home, platform=platform)
    assert (found.provider if found else None) == expected, case


def test_dropbox_folder_anywhere_is_found_through_its_info_file(tmp_path):
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(json.dumps(
        {"personal": {"path": str(tmp_path / "data" / "DB")}}))
    found = sync.detect(tmp_path / "data" / "DB" / "BonusDesk", env={}, home=home,
                        platform="linux")
    assert found.provider == "Dropbox" and found.root == tmp_path / "data" / "DB"
    assert "info.json" in found.evidence


def test_warning_names_the_provider_and_the_way_out(tmp_path):
    location = sync.SyncedLocation("OneDrive", tmp_path, "inside %OneDrive%")
    text = sync.warning(location, tmp_path / "BonusDesk")
    assert "OneDrive" in text and "backup --move" in text


# -- conflict copies -----------------------------------------------------------------------
@pytest.mark.parametrize(("name", "provider"), [
    ("bonusdesk (Camille's conflicted copy 2026-11-20).db", "Dropbox or Nextcloud"),
    ("bonusdesk (conflicted copy 2026-11-20 211500).db", "Dropbox or Nextcloud"),
    ("bonusdesk.sync-conflict-20261120-211500-ABCDEFG.db", "Syncthing"),
    ("bonusdesk-DESKTOP-4F2K9.db", "OneDrive (it adds the computer's name)"),
    ("bonusdesk (1).db", "Google Drive"),
    ("bonusdesk 2.db", "iCloud Drive"),
    ("bonusdesk.db-wal (Camille's conflicted copy 2026-11-20)", "Dropbox or Nextcloud"),
])
def test_verify_names_a_conflict_copy_of_the_database(folder, claim, name, provider):
    shutil.copyfile(folder.path / "bonusdesk.db", folder.path / name)
    report = verify(folder)
    assert not report.ok
    (problem,) = report.problems
    assert problem.kind == "conflict" and problem.path == name
    assert name in problem.message and provider in problem.message


def test_conflict_copy_says_how_much_history_it_holds(folder, claim):
    sync.settle(folder)
    shutil.copyfile(folder.path / "bonusdesk.db",
                    folder.path / "bonusdesk (Camille's conflicted copy 2026-11-20).db")
    (copy,) = sync.conflict_copies(folder.path)
    events = folder.db["events"].count
    assert f"{events} events" in copy.message


def test_our_own_files_are_not_conflict_copies(folder, claim):
    (folder.path / "escalation.toml").write_text("")
    assert sync.conflict_copies(folder.path) == []
    assert verify(folder).ok
