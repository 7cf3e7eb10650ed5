"""The default claim folder follows each system's documents folder (Windows simulated)."""

from __future__ import annotations

import platformdirs
import platformdirs.windows
import pytest

from bonusdesk.core.folder import ClaimFolder, default_folder
from bonusdesk.core.locations import legacy_default


@pytest.fixture
def home(monkeypatch, tmp_path):
    monkeypatch.delenv("BONUSDESK_FOLDER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    return tmp_path


@pytest.fixture
def windows_documents(monkeypatch):
    """Windows whose shell reports the Documents known folder at ``path``."""

    def simulate(path):
        asked = []

        def shell_folder(csidl_name):
            asked.append(csidl_name)
            return str(path)

        monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
        monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", shell_folder)
        return asked

    return simulate


def test_windows_documents_redirected_to_onedrive_is_followed(home, windows_documents):
    redirected = home / "OneDrive - Contoso" / "Documents"
    asked = windows_documents(redirected)
    assert default_folder() == redirected / "BonusDesk"
    assert asked == ["CSIDL_PERSONAL"]


def test_windows_documents_on_another_drive_is_followed(home, windows_documents, tmp_path):
    windows_documents(tmp_path / "D" / "Docs")
    assert default_folder() == tmp_path / "D" / "Docs" / "BonusDesk"


def test_an_existing_claim_folder_at_the_old_place_stays_there(home, windows_documents):
    old = home / "Documents" / "BonusDesk"
    ClaimFolder.create(old).close()
    windows_documents(home / "OneDrive" / "Documents")
    assert legacy_default() == old
    assert default_folder() == old


def test_a_claim_folder_at_the_new_place_wins_over_the_old_one(home, windows_documents):
    ClaimFolder.create(home / "Documents" / "BonusDesk").close()
    new = home / "OneDrive" / "Documents" / "BonusDesk"
    ClaimFolder.create(new).close()
    windows_documents(new.parent)
    assert default_folder() == new


def test_an_empty_old_folder_is_not_a_reason_to_stay(home, windows_documents):
    (home / "Documents" / "BonusDesk").mkdir(parents=True)
    windows_documents(home / "OneDrive" / "Documents")
    assert default_folder() == home / "OneDrive" / "Documents" / "BonusDesk"


def test_linux_reads_user_dirs(home):
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Documents FR"\n')
    assert default_folder() == home / "Documents FR" / "BonusDesk"


def test_environment_variable_wins(home, monkeypatch):
    monkeypatch.setenv("BONUSDESK_FOLDER", str(home / "elsewhere"))
    assert default_folder() == home / "elsewhere"
