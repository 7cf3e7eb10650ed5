"""Global capture hotkey: key parsing and mapping, the X11 grab on the real Xvfb (keys
typed through XTest), and the platforms where it is unavailable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bonusdesk.ui.capture.hotkey import UnavailableHotkey, create_global_hotkey
from bonusdesk.ui.capture.hotkey.keys import (
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    X_CONTROL,
    X_MOD1,
    X_MOD4,
    X_SHIFT,
    BadHotkey,
    parse_hotkey,
    windows_keys,
    x11_keysym,
    x11_modifiers,
)
from bonusdesk.ui.capture.hotkey.x11 import X11Hotkey

from .xtest import press_hotkey

COMBO = "Ctrl+Alt+K"  # not the app default (a main window may hold it); Ctrl+Alt+Fn switches VT


# -- parsing and mapping (no display needed) ------------------------------------------
def test_parse_reads_modifiers_and_key():
    hk = parse_hotkey("Ctrl+Shift+S")
    assert hk.modifiers == {"ctrl", "shift"} and hk.key == Qt.Key.Key_S
    assert hk.text == "Ctrl+Shift+S"
    assert parse_hotkey("Print").modifiers == frozenset()


@pytest.mark.parametrize("text", ["", "   ", "Ctrl+K, Ctrl+S", "Foo+Bar", "Ctrl+", "Ctrl+Shift"])
def test_parse_refuses_what_is_not_one_key_combination(text):
    with pytest.raises(BadHotkey) as err:
        parse_hotkey(text)
    assert str(err.value)


def test_x11_mapping_uses_keysyms_and_modifier_masks():
    assert x11_keysym(parse_hotkey("Ctrl+Shift+S")) == 0x73  # XK_s
    assert x11_keysym(parse_hotkey("Ctrl+7")) == 0x37
    assert x11_keysym(parse_hotkey("Alt+F9")) == 0xFFC6
    assert x11_keysym(parse_hotkey("Print")) == 0xFF61
    assert x11_modifiers(parse_hotkey("Ctrl+Shift+S")) == X_CONTROL | X_SHIFT
    assert x11_modifiers(parse_hotkey("Alt+Meta+P")) == X_MOD1 | X_MOD4


def test_windows_mapping_gives_register_hotkey_arguments():
    assert windows_keys(parse_hotkey("Ctrl+Shift+S")) == (
        MOD_CONTROL | MOD_SHIFT | MOD_NOREPEAT, 0x53)
    assert windows_keys(parse_hotkey("Alt+Meta+F12")) == (
        MOD_ALT | MOD_WIN | MOD_NOREPEAT, 0x7B)
    assert windows_keys(parse_hotkey("Print")) == (MOD_NOREPEAT, 0x2C)
    assert windows_keys(parse_hotkey("Ctrl+Home")) == (MOD_CONTROL | MOD_NOREPEAT, 0x24)
    with pytest.raises(BadHotkey):
        windows_keys(parse_hotkey("Ctrl+Alt+é"))  # no fixed virtual-key code


# -- choosing the backend -----------------------------------------------------------
def test_factory_picks_x11_on_xcb(qapp):
    hk = create_global_hotkey(platform="xcb", env={}, system="linux")
    assert isinstance(hk, X11Hotkey)


@pytest.mark.parametrize("platform, env, system, says", [
    ("wayland", {"WAYLAND_DISPLAY": "wayland-0"}, "linux", "Wayland"),
    ("xcb", {"WAYLAND_DISPLAY": "wayland-0"}, "linux", "Wayland"),
    ("cocoa", {}, "darwin", "Cmd+Shift+5"),
    ("offscreen", {}, "linux", "in front"),
])
def test_factory_says_why_no_global_hotkey(qapp, platform, env, system, says):
    hk = create_global_hotkey(platform=platform, env=env, system=system)
    assert isinstance(hk, UnavailableHotkey)
    assert not hk.register("Ctrl+Shift+S")
    assert says in hk.reason and not hk.active


# -- X11 on the real Xvfb -------------------------------------------------------------
@pytest.fixture
def hotkeys(qapp):
    made = []

    def make():
        made.append(X11Hotkey())
        return made[-1]

    yield make
    for hk in made:
        hk.close()


def test_pressing_the_grabbed_keys_triggers(qtbot, hotkeys):
    hk = hotkeys()
    assert hk.register(COMBO), hk.reason
    assert hk.active and hk.sequence == COMBO
    with qtbot.waitSignal(hk.triggered, timeout=5000):
        press_hotkey(COMBO)


def test_other_keys_do_not_trigger(qtbot, hotkeys):
    hk = hotkeys()
    assert hk.register(COMBO), hk.reason
    fired = []
    hk.triggered.connect(lambda: fired.append(1))
    press_hotkey("Ctrl+K")  # same key, not the same modifiers: not grabbed
    with qtbot.waitSignal(hk.triggered, timeout=5000):
        press_hotkey(COMBO)  # the X server keeps order: the first press came before
    assert fired == [1]


def test_a_key_grabbed_by_another_client_is_refused_with_a_reason(hotkeys):
    first, second = hotkeys(), hotkeys()  # two X connections, like two applications
    assert first.register(COMBO), first.reason
    assert not second.register(COMBO)
    assert "already used by another application" in second.reason
    assert not second.active


def test_unregister_releases_the_key_for_others(qtbot, hotkeys):
    first, second = hotkeys(), hotkeys()
    assert first.register(COMBO)
    first.unregister()
    assert not first.active
    assert second.register(COMBO), second.reason
    with qtbot.waitSignal(second.triggered, timeout=5000):
        press_hotkey(COMBO)


def test_register_refuses_a_bad_sequence(hotkeys):
    hk = hotkeys()
    assert not hk.register("Ctrl+K, Ctrl+S")
    assert "single key combination" in hk.reason
