"""Settings dialog and what it changes; close-to-tray."""

from __future__ import annotations

from bonusdesk.ui.settings.settings_dialog import SettingsDialog

from .conftest import answer_modal


class FakeTray:  # Xvfb has no system tray; the window only needs to know one exists
    pass


def test_settings_are_saved_as_ui_preferences_and_applied(window, prefs):
    window.tray = FakeTray()

    def fill(dialog: SettingsDialog):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.window_hours.setValue(48)
        dialog.zone.set_zone("America/Montreal")
        dialog.hotkey.setKeySequence("Ctrl+Alt+P")
        dialog.close_to_tray.setChecked(True)
        dialog.accept()

    answer_modal(window.commands.settings.open_settings, fill)
    assert (prefs.window_hours, prefs.zone, prefs.hotkey) == (
        48, "America/Montreal", "Ctrl+Alt+P")
    assert prefs.close_to_tray
    assert window.session.zone == "America/Montreal"
    # On X11 the new shortcut is grabbed system-wide, so the in-app one is not set too.
    assert window.commands.capture.global_hotkey.sequence == "Ctrl+Alt+P"
    assert window.commands.capture.actions[0].shortcut().isEmpty()


def test_settings_refuse_an_unknown_zone(qtbot, prefs, monkeypatch):
    warned = []
    monkeypatch.setattr("bonusdesk.ui.settings.settings_dialog.QMessageBox.warning",
                        lambda *a: warned.append(a[1]))
    dialog = SettingsDialog(prefs, "")
    qtbot.addWidget(dialog)
    dialog.zone.set_zone("Mars/Olympus")
    dialog.accept()
    assert warned == ["Unknown time zone"]
    assert prefs.zone == "Europe/Paris"


def test_close_to_tray_hides_the_window_and_quit_really_closes(window, prefs):
    prefs.close_to_tray = True
    window.tray = FakeTray()
    window.close()
    assert not window.isVisible() and window.folder is not None
    window.quit()
    assert window.folder is None


def test_recent_folders_remember_the_last_ones_first(prefs):
    for n in range(10):
        prefs.add_recent_folder(f"/claims/{n}")
    prefs.add_recent_folder("/claims/3")
    recent = prefs.recent_folders()
    assert recent[:3] == ["/claims/3", "/claims/9", "/claims/8"]
    assert len(recent) == 8


def test_without_a_tray_the_keep_in_tray_option_is_not_offered(window, prefs):
    assert window.tray is None  # Xvfb has no system tray

    def fill(dialog: SettingsDialog):
        assert not dialog.close_to_tray.isVisible()
        dialog.close_to_tray.setChecked(True)  # hidden: whatever it says is not saved
        dialog.accept()

    answer_modal(window.commands.settings.open_settings, fill)
    assert not prefs.close_to_tray


def test_saving_settings_does_not_pin_the_language_unless_one_was_chosen(qtbot, prefs,
                                                                         monkeypatch):
    prefs.s.remove("language")  # never chosen: the system's language is used
    monkeypatch.setattr("bonusdesk.ui.settings.settings_dialog.system_language", lambda: "fr")
    monkeypatch.setattr("bonusdesk.ui.prefs.system_language", lambda: "fr")
    dialog = SettingsDialog(prefs, "")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""
    assert "Français" in dialog.language.currentText()
    dialog.accept()
    assert prefs.language_choice == "" and not dialog.language_changed
    monkeypatch.setattr("bonusdesk.ui.prefs.system_language", lambda: "en")
    assert prefs.language == "en"  # the system changed language: the app follows it

    dialog = SettingsDialog(prefs, "")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert prefs.language_choice == "fr" and prefs.language == "fr"
