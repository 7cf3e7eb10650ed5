"""Other windows on the real X server (Xvfb, no window manager): where they are, which
one has the keyboard; and the environments where windows cannot be listed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from bonusdesk.core import desktop_windows
from bonusdesk.core.desktop_windows import WindowInfo, window_at
from bonusdesk.core.monitors import Rect


@pytest.fixture
def casino(qtbot):
    w = QWidget()
    w.setWindowTitle("Casino Étoile — Caisse")
    w.setGeometry(120, 90, 420, 260)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    return w


def test_a_shown_window_is_listed_with_its_place_and_title(casino):
    found = [w for w in desktop_windows.list_windows() if w.title == "Casino Étoile — Caisse"]
    assert [w.rect for w in found] == [Rect(120, 90, 420, 260)]
    assert found[0].wid == int(casino.winId())


def test_the_window_with_the_keyboard_is_the_active_one(casino):
    active = desktop_windows.active_window()
    assert active is not None and active.title == "Casino Étoile — Caisse"


def test_a_hidden_window_is_not_listed(casino, qtbot):
    casino.hide()
    qtbot.waitUntil(lambda: not casino.isVisible())
    assert all(w.title != "Casino Étoile — Caisse" for w in desktop_windows.list_windows())


def test_the_topmost_window_under_a_point_wins():
    top = WindowInfo(Rect(100, 100, 200, 200), "chat")
    below = WindowInfo(Rect(0, 0, 800, 600), "casino")
    assert window_at([top, below], 150, 150) is top
    assert window_at([top, below], 50, 50) is below
    assert window_at([top, below], 900, 50) is None


@pytest.mark.parametrize(("platform", "env", "why"), [
    ("linux", {"DISPLAY": ":0"}, ""),
    ("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "Wayland"),
    ("linux", {}, "no X11 display"),
    ("win32", {}, ""),
    ("darwin", {}, "macOS"),
])
def test_where_windows_can_be_listed(platform, env, why):
    reason = desktop_windows.unavailable_reason(platform, env)
    assert (why in reason) if why else reason == ""
