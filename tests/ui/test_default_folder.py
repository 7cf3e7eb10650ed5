"""Wherever the app picks a default claim folder (start-up, File › Open and New, Settings)
it is BonusDesk in the documents folder as Qt reports it, and a claim folder that already
exists where BonusDesk 0.1 put it stays in use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bonusdesk.app import start_window
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.ui import folders as folder_session
from bonusdesk.ui.main_window import MainWindow

from .conftest import answer_modal


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home whose documents folder is redirected, as Windows does to OneDrive or D:."""
    monkeypatch.delenv("BONUSDESK_FOLDER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    config = tmp_path / ".config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Mes documents"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setattr(folder_session, "show_welcome", lambda *_a: None)
    return tmp_path / "Mes documents"


def test_first_start_creates_the_folder_in_the_documents_location(qtbot, qapp, prefs,
                                                                 documents):
    window = start_window(qapp, prefs, None)
    qtbot.addWidget(window)
    assert window.folder.path == (documents / "BonusDesk").resolve()
    assert (documents / "BonusDesk" / "bonusdesk.db").exists()
    window.quit()


def test_a_folder_where_bonusdesk_0_1_put_it_stays_where_it_is(qtbot, qapp, prefs, documents,
                                                               tmp_path):
    legacy = tmp_path / "Documents" / "BonusDesk"
    ClaimFolder.create(legacy).close()
    window = start_window(qapp, prefs, None)
    qtbot.addWidget(window)
    assert window.folder.path == legacy.resolve()
    assert not (documents / "BonusDesk").exists()  # nothing made behind the player's back
    window.quit()


def test_open_and_new_folder_dialogs_start_in_the_documents_location(qtbot, prefs, documents,
                                                                     monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start="": asked.append(start) or "")
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.commands.folders.choose_folder()
    window.commands.folders.choose_new_folder()
    assert asked == [str(documents), str(documents)]


def test_settings_show_the_default_folder_when_none_was_chosen(qtbot, prefs, documents):
    prefs.folder = ""
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    seen = []

    def look(dialog):
        seen.append(dialog.folder.text())
        dialog.reject()

    answer_modal(window.commands.settings.open_settings, look)
    assert seen == [str(documents / "BonusDesk")]
