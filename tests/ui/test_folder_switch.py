"""Switching claim folders: dialogs bound to the old folder close with a word to the user
and never write to it; one BonusDesk per user *and* desktop session."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.ui.claims.new_claim_dialog import NewClaimDialog
from bonusdesk.ui.single_instance import default_server_name, desktop_session

from .conftest import answer_modal


def test_a_second_launch_for_another_folder_closes_the_new_claim_dialog_and_says_so(
        window, qtbot, folder, platform, tmp_path, monkeypatch, capfd):
    other = tmp_path / "other-claims"
    ClaimFolder.create(other).close()
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text: told.append((title, text)))
    monkeypatch.setattr("bonusdesk.ui.claims.new_claim_dialog.QMessageBox.warning",
                        lambda _p, title, text: warned.append(text))
    seen = {}

    def meanwhile(dialog: NewClaimDialog):
        dialog.platform.setCurrentText(platform.name)
        dialog.title.setText("Typed before the switch")
        # What the single-instance server does when BonusDesk is started again.
        window.commands.folders.handle_request(str(other))
        seen["visible"] = dialog.isVisible()
        dialog.accept()  # the user clicks "Create claim" on what is left of it

    assert answer_modal(window.commands.claims.new_claim, meanwhile) is None
    assert seen["visible"] is False
    assert window.folder.path == other.resolve()
    assert told and "New claim" in told[0][1] and str(other.resolve()) in told[0][1]
    assert warned and "closed" in warned[0]
    assert window.folder.claims.list() == []
    with ClaimFolder.open(folder.path, writable=False) as old:
        assert old.claims.list() == []
    assert "closed database" not in capfd.readouterr().err


def test_settings_can_switch_the_folder_and_the_old_one_is_released(window, qtbot, tmp_path,
                                                                    folder):
    other = tmp_path / "second"
    ClaimFolder.create(other).close()

    def fill(dialog):
        dialog.folder.setText(str(other))
        dialog.accept()

    answer_modal(window.commands.settings.open_settings, fill)
    assert window.folder.path == other.resolve()
    ClaimFolder.open(folder.path).close()  # our lock on the old folder is gone


def test_the_single_instance_name_depends_on_the_desktop_session_not_only_the_user():
    x0 = {"DISPLAY": ":0", "XDG_SESSION_ID": "3"}
    x1 = {"DISPLAY": ":1", "XDG_SESSION_ID": "7"}
    name = default_server_name(x0, "linux", "camille")
    assert name == default_server_name(dict(x0), "linux", "camille")
    assert name != default_server_name(x1, "linux", "camille")
    assert name != default_server_name(x0, "linux", "alex")
    assert name != default_server_name({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_ID": "3"},
                                       "linux", "camille")
    assert desktop_session({"SESSIONNAME": "RDP-Tcp#2"}, "win32") == "win:RDP-Tcp#2"
    assert (default_server_name({"SESSIONNAME": "Console"}, "win32", "camille")
            != default_server_name({"SESSIONNAME": "RDP-Tcp#2"}, "win32", "camille"))
