"""The capture shortcut on Wayland through the GlobalShortcuts portal, against a fake
portal on a private D-Bus bus: bound with the player's key, pressed, refused, absent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from bonusdesk.ui.capture.hotkey import create_global_hotkey
from bonusdesk.ui.capture.hotkey.keys import parse_hotkey
from bonusdesk.ui.capture.hotkey.portal_shortcuts import PortalHotkey, portal_trigger
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.prefs import Prefs

from .fake_portal import private_bus, run_portal


@pytest.fixture
def address():
    with private_bus() as bus:
        yield bus


@pytest.fixture
def hotkey(qapp, address):
    hk = PortalHotkey(bus=address)
    yield hk
    hk.close()


@pytest.mark.parametrize(("sequence", "trigger"), [
    ("Ctrl+Shift+S", "CTRL+SHIFT+s"),
    ("Alt+Meta+F12", "ALT+LOGO+F12"),
    ("Print", "Print"),
    ("Ctrl+Space", "CTRL+space"),
])
def test_the_portal_is_asked_for_the_key_in_the_shortcuts_spec_spelling(qapp, sequence,
                                                                         trigger):
    assert portal_trigger(parse_hotkey(sequence)) == trigger


def test_the_portal_binds_the_shortcut_and_a_press_captures(hotkey, address, qtbot):
    with run_portal(address) as portal:
        assert hotkey.register("Ctrl+Shift+S")
        assert portal.line() == "session created"
        assert portal.line() == "bound capture CTRL+SHIFT+s"
        qtbot.waitUntil(lambda: hotkey.bound, timeout=5000)
        with qtbot.waitSignal(hotkey.triggered, timeout=5000):
            portal.tell("activate capture")
        assert portal.line() == "activated"
        # Another key: the old session is closed, a new one bound.
        assert hotkey.register("Ctrl+Alt+P")
        assert portal.line() == "session closed"
        assert portal.line() == "session created"
        assert portal.line() == "bound capture CTRL+ALT+p"


def test_another_shortcut_of_the_session_does_not_capture(hotkey, address, qtbot):
    with run_portal(address) as portal:
        hotkey.register("Ctrl+Shift+S")
        assert portal.line() == "session created"
        assert portal.line() == "bound capture CTRL+SHIFT+s"
        qtbot.waitUntil(lambda: hotkey.bound, timeout=5000)
        seen = []
        hotkey.triggered.connect(lambda: seen.append(True))
        portal.tell("activate something-else")
        assert portal.line() == "activated"
        qtbot.wait(300)
        assert seen == []


def test_a_desktop_without_the_portal_says_why(hotkey, address, qtbot):
    with run_portal(address, shortcuts=False):
        with qtbot.waitSignal(hotkey.failed, timeout=5000) as blocker:
            assert hotkey.register("Ctrl+Shift+S")
    assert "no GlobalShortcuts portal" in blocker.args[0]
    assert not hotkey.active and hotkey.reason == blocker.args[0]


def test_a_shortcut_refused_in_the_desktops_dialog_says_why(hotkey, address, qtbot):
    with run_portal(address, code=1):
        with qtbot.waitSignal(hotkey.failed, timeout=5000) as blocker:
            hotkey.register("Ctrl+Shift+S")
    assert "not allowed" in blocker.args[0]


def test_wayland_with_a_session_bus_gets_the_portal_backend(qapp, address):
    env = {"WAYLAND_DISPLAY": "wayland-0", "DBUS_SESSION_BUS_ADDRESS": address}
    hk = create_global_hotkey(platform="wayland", env=env, system="linux")
    try:
        assert isinstance(hk, PortalHotkey)
    finally:
        hk.close()


def test_the_app_falls_back_to_the_in_app_shortcut_and_says_why(qtbot, tmp_path, folder,
                                                                 english, address,
                                                                 monkeypatch):
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    # The Screenshot portal is not what this test is about (and QtDBus's session bus
    # must not be bound to this short-lived bus).
    monkeypatch.setattr("bonusdesk.ui.capture.portal.install_portal_handler",
                        lambda *_a, **_k: None)
    prefs = Prefs(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    prefs.language = "en"
    with run_portal(address, shortcuts=False):
        w = MainWindow(prefs)
        w.tray = None
        qtbot.addWidget(w)
        w.set_folder(folder)
        controller = w.commands.capture
        assert isinstance(controller.global_hotkey, PortalHotkey)
        assert controller.actions[0].shortcut().isEmpty()  # asked for, system-wide
        qtbot.waitUntil(lambda: controller.hotkey_problem != "", timeout=5000)
    assert controller.actions[0].shortcut().toString() == "Ctrl+Shift+S"
    assert "no GlobalShortcuts portal" in w.statusBar().currentMessage()
    w.quit()
