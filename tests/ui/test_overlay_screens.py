"""One region overlay per screen, each at its scale: a simulated two-screen layout with a
100 % screen beside a 200 % one (Xvfb has one screen, so the layout is given)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bonusdesk.core.capture import CaptureMode, RawCapture
from bonusdesk.core.capture_crop import crop
from bonusdesk.core.desktop_windows import WindowInfo
from bonusdesk.core.monitors import Monitor, Rect
from bonusdesk.ui.capture.overlay import RegionOverlay
from bonusdesk.ui.capture.screens import ScreenInfo, monitors_for_screens

# Physical pixels, as a grab sees them: 1280×800 at 100 %, then 2560×1440 at 200 %.
GRABBED = [Monitor(1, 0, 0, 1280, 800, True, "DP-1"), Monitor(2, 1280, 0, 2560, 1440, False,
                                                                  "HDMI-1")]
# What Qt says: the native origin is kept, the size divided by the scale.
QT_SCREENS = [ScreenInfo(Rect(0, 0, 1280, 800), 1.0, "DP-1"),
              ScreenInfo(Rect(1280, 0, 1280, 720), 2.0, "HDMI-1")]


def code(x: int, y: int) -> tuple[int, int, int]:
    """The B, G, R of desktop pixel (x, y) in the simulated grab: every pixel differs."""
    return x % 256, y % 256, (x // 256) * 16 + y // 256


def frozen_desktop() -> RawCapture:
    width, height = 3840, 1440
    row = bytearray()
    out = bytearray()
    for y in range(height):
        row.clear()
        for x in range(width):
            row.extend((*code(x, y), 255))
        out.extend(row)
    return RawCapture(bytes(out), width, height, Rect(0, 0, width, height),
                      datetime(2026, 11, 20, 20, 15, tzinfo=UTC), CaptureMode.ALL, GRABBED,
                      session="x11")


@pytest.fixture(scope="module")
def desktop() -> RawCapture:
    return frozen_desktop()


def first_pixel(raw: RawCapture) -> tuple[int, int, int]:
    return tuple(raw.bgra[:3])


def test_each_monitor_gets_its_screens_scale_and_logical_origin():
    hi = monitors_for_screens(QT_SCREENS, GRABBED)[1]
    assert (hi.scale, hi.logical_left, hi.logical_top) == (2.0, 1280, 0)
    assert hi.logical_rect == Rect(1280, 0, 1280, 720)


def test_on_macos_grabs_speak_points_like_qt_so_the_scale_is_one():
    points = [Monitor(1, 0, 0, 1440, 900, True), Monitor(2, 1440, 0, 1920, 1080)]
    screens = [ScreenInfo(Rect(0, 0, 1440, 900), 2.0), ScreenInfo(Rect(1440, 0, 1920, 1080), 1.0)]
    assert [m.scale for m in monitors_for_screens(screens, points)] == [1.0, 1.0]


@pytest.fixture
def overlays(qapp, desktop):
    windows = [WindowInfo(Rect(1480, 100, 800, 400), "Casino Étoile — Caisse", 9)]
    chosen = []
    set_ = RegionOverlay(desktop, monitors_for_screens(QT_SCREENS, GRABBED), windows)
    set_.chosen.connect(lambda rect, picked: chosen.append((rect, picked)))
    set_.show()  # closed (and deleted) by choose or cancel, not by qtbot
    yield set_, chosen
    set_.cancel()


def drag(overlay, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(overlay, end)
    QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=end)


def test_one_overlay_per_screen_at_its_logical_place_showing_its_own_pixels(overlays):
    set_, _chosen = overlays
    low, high = set_.overlays
    assert low.geometry() == QRect(0, 0, 1280, 800)
    assert high.geometry() == QRect(1280, 0, 1280, 720)
    # The 200 % screen's overlay holds its 2560×1440 physical pixels, from x = 1280 on.
    assert (high.picture.width(), high.picture.height()) == (2560, 1440)
    b, g, r = code(1280, 0)
    assert high.picture.pixelColor(0, 0).getRgb()[:3] == (r, g, b)


def test_a_region_dragged_on_the_200_percent_screen_is_converted_with_its_scale(overlays,
                                                                               desktop):
    set_, chosen = overlays
    drag(set_.overlays[1], QPoint(100, 50), QPoint(300, 150))
    rect, picked = chosen[0]
    assert rect == Rect(1280 + 200, 100, 400, 200) and picked is None
    cut = crop(desktop, rect)
    assert (cut.width, cut.height) == (400, 200)
    assert first_pixel(cut) == code(1480, 100)


def test_a_region_dragged_on_the_100_percent_screen_is_taken_as_is(overlays, desktop):
    set_, chosen = overlays
    drag(set_.overlays[0], QPoint(100, 100), QPoint(200, 150))
    rect, _picked = chosen[0]
    assert rect == Rect(100, 100, 100, 50)
    assert first_pixel(crop(desktop, rect)) == code(100, 100)


def test_a_drag_stays_on_the_screen_where_it_began(overlays):
    set_, chosen = overlays
    drag(set_.overlays[0], QPoint(1200, 700), QPoint(1500, 900))  # runs off to the right
    rect, _picked = chosen[0]
    assert rect == Rect(1200, 700, 80, 100)


def test_hovering_a_window_on_the_scaled_screen_outlines_it_and_a_click_takes_it(overlays):
    set_, chosen = overlays
    high = set_.overlays[1]
    # Physical (1580, 160): inside the window. (The simulated screen is off the real
    # one, where QTest cannot move the pointer: the move event is sent as Qt would.)
    QApplication.sendEvent(high, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(150, 80), QPointF(high.mapToGlobal(QPoint(150, 80))),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert high.hovered is not None
    assert high.local_rect(high.hovered.rect) == QRect(100, 50, 400, 200)
    QTest.mouseClick(high, Qt.MouseButton.LeftButton, pos=QPoint(150, 80))
    rect, picked = chosen[0]
    assert picked.title == "Casino Étoile — Caisse" and rect == Rect(1480, 100, 800, 400)
    assert not set_.visible()
