"""The global capture hotkey in the app, on the real Xvfb: a key press typed from
outside (XTest) captures the screen; when another application holds the key the app
keeps its in-app shortcut and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from bonusdesk.core.model import EvidenceKind
from bonusdesk.ui.capture.hotkey.x11 import X11Hotkey
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.prefs import Prefs
from bonusdesk.ui.settings.settings_dialog import SettingsDialog

from .conftest import answer_modal
from .xtest import press_hotkey


def test_the_global_hotkey_captures_the_screen_into_the_claim(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    assert controller.global_hotkey.sequence == "Ctrl+Shift+S"
    assert controller.hotkey_problem == ""
    # The grab takes the keys before Qt: the in-app shortcut is left empty (no double capture).
    assert controller.actions[0].shortcut().isEmpty()
    with qtbot.waitSignal(controller.captured, timeout=20000) as blocker:
        press_hotkey("Ctrl+Shift+S")
    ev = blocker.args[0]
    assert ev.kind == EvidenceKind.SCREENSHOT
    assert [e.id for e in folder.evidence.list(claim.id)] == [ev.id]


@pytest.fixture
def other_app(qapp):
    """Another X client holding Ctrl+Shift+S before BonusDesk starts."""
    hk = X11Hotkey()
    assert hk.register("Ctrl+Shift+S"), hk.reason
    yield hk
    hk.close()


def test_a_key_taken_by_another_app_keeps_the_in_app_shortcut_and_says_why(
        qtbot, tmp_path, folder, english, other_app):
    prefs = Prefs(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    prefs.language = "en"
    w = MainWindow(prefs)
    w.tray = None
    qtbot.addWidget(w)
    w.set_folder(folder)
    controller = w.commands.capture
    assert not controller.global_hotkey.active
    assert "already used by another application" in controller.hotkey_problem
    assert controller.actions[0].shortcut().toString() == "Ctrl+Shift+S"
    assert "works only while BonusDesk is in front" in w.statusBar().currentMessage()

    seen = []

    def look(dialog: SettingsDialog):
        seen.append(dialog.hotkey_note.text())
        dialog.reject()

    answer_modal(w.commands.settings.open_settings, look)
    assert seen and seen[0].startswith("Works only while BonusDesk is in front")
    assert "already used by another application" in seen[0]
    w.quit()


def test_closing_the_window_releases_the_hotkey(qtbot, window):
    assert window.commands.capture.global_hotkey.active
    window.quit()
    again = X11Hotkey()
    try:
        assert again.register("Ctrl+Shift+S"), again.reason
    finally:
        again.close()


def test_clearing_the_shortcut_releases_it(window):
    window.prefs.hotkey = ""
    assert not window.commands.capture.apply_hotkey("")
    assert not window.commands.capture.global_hotkey.active
    assert window.commands.capture.hotkey_problem == ""
    assert window.commands.capture.actions[0].shortcut().isEmpty()
