"""Monitor layout logic on fake monitor lists (Xvfb cannot emulate several monitors)."""

from __future__ import annotations

import pytest

from bonusdesk.core.capture import BadCaptureRequest, CaptureMode, resolve_area
from bonusdesk.core.monitors import (
    Monitor,
    Rect,
    clip_region,
    from_mss,
    logical_region_to_physical,
    logical_to_physical,
    monitor_at,
    virtual_bounds,
)

# A 1920×1080 monitor left of a 2560×1440 primary, a 1080×1920 portrait one above-right
# of it: negative offsets, different heights, a gap under the portrait monitor.
LEFT = Monitor(1, -1920, 180, 1920, 1080, name="DP-1")
MAIN = Monitor(2, 0, 0, 2560, 1440, primary=True, name="DP-2")
TALL = Monitor(3, 2560, -600, 1080, 1920, name="HDMI-1")
LAYOUT = [LEFT, MAIN, TALL]


def test_virtual_bounds_spans_every_monitor_including_negative_offsets():
    assert virtual_bounds(LAYOUT) == Rect(-1920, -600, 1920 + 2560 + 1080, 600 + 1440)


@pytest.mark.parametrize(("x", "y", "expected"), [
    (0, 0, MAIN), (2559, 1439, MAIN), (-1, 500, LEFT), (-1920, 180, LEFT),
    (2560, -600, TALL), (3639, 1319, TALL),
])
def test_monitor_at_finds_the_monitor_showing_a_pixel(x, y, expected):
    assert monitor_at(LAYOUT, x, y) == expected


@pytest.mark.parametrize(("x", "y"), [(-1, 0), (-1920, 1260), (2560, 1320), (3640, 0), (0, 1440)])
def test_monitor_at_is_none_in_gaps_and_off_screen(x, y):
    # (-1, 0): above the left monitor; (2560, 1320): under the portrait one; edges are exclusive
    assert monitor_at(LAYOUT, x, y) is None


def test_region_inside_one_monitor_is_kept_as_is():
    assert clip_region(LAYOUT, Rect(-1900, 200, 800, 600)) == Rect(-1900, 200, 800, 600)


def test_region_across_the_negative_boundary_keeps_both_parts():
    assert clip_region(LAYOUT, Rect(-100, 300, 300, 200)) == Rect(-100, 300, 300, 200)


def test_region_hanging_off_the_desktop_is_clipped():
    assert clip_region(LAYOUT, Rect(-2000, 1200, 300, 200)) == Rect(-1920, 1200, 220, 60)


def test_region_partly_in_a_gap_is_cut_to_the_monitors_it_touches():
    # Starts above the left monitor (a gap) and ends on it: cut to the left monitor.
    assert clip_region(LAYOUT, Rect(-1500, 0, 400, 400)) == Rect(-1500, 180, 400, 220)


def test_region_outside_every_monitor_is_refused():
    with pytest.raises(ValueError, match="outside every monitor"):
        clip_region(LAYOUT, Rect(-1920, 0, 500, 100))  # the gap above the left monitor
    with pytest.raises(ValueError, match="outside every monitor"):
        clip_region(LAYOUT, Rect(10_000, 10_000, 5, 5))


@pytest.mark.parametrize("region", [Rect(0, 0, 0, 10), Rect(0, 0, 10, 0), Rect(5, 5, -3, 4)])
def test_zero_size_region_is_refused(region):
    with pytest.raises(ValueError, match="zero size"):
        clip_region(LAYOUT, region)


def test_region_text_accepts_negative_offsets_and_refuses_garbage():
    assert Rect.parse("-1920,-600, 800,600") == Rect(-1920, -600, 800, 600)
    with pytest.raises(ValueError, match="X,Y,W,H"):
        Rect.parse("10,10,800")
    with pytest.raises(ValueError, match="whole numbers"):
        Rect.parse("10,10,8.5,600")


def test_from_mss_skips_the_union_entry_and_keeps_mss_numbering():
    mss_list = [
        {"left": -1920, "top": 0, "width": 4480, "height": 1440},
        {"left": -1920, "top": 0, "width": 1920, "height": 1080, "output": "DP-1"},
        {"left": 0, "top": 0, "width": 2560, "height": 1440, "is_primary": True, "name": "Main"},
    ]
    mons = from_mss(mss_list)
    assert [(m.index, m.left, m.primary, m.name) for m in mons] == [
        (1, -1920, False, "DP-1"), (2, 0, True, "Main")]


# -- mixed DPI: a toolkit's logical coordinates back to grabbed pixels -----------------
# A 200 % laptop panel (2880×1800 pixels, 1440×900 logical) with a 100 % monitor on its
# right. Like Qt on Windows, the second monitor's logical origin is its physical origin
# scaled by the first monitor, not its physical origin.
PANEL = Monitor(1, 0, 0, 2880, 1800, primary=True, scale=2.0)
SIDE = Monitor(2, 2880, 0, 1920, 1080, scale=1.0, logical_left=1440, logical_top=0)
MIXED = [PANEL, SIDE]


def test_logical_points_map_through_their_own_monitor_scale():
    assert logical_to_physical(MIXED, 100, 50) == (200, 100)
    assert logical_to_physical(MIXED, 1439.5, 899.5) == (2879, 1799)  # never onto the neighbour
    assert logical_to_physical(MIXED, 1440, 10) == (2880, 10)
    assert logical_to_physical(MIXED, 1500, 20) == (2940, 20)


def test_logical_point_on_no_monitor_is_refused():
    with pytest.raises(ValueError, match="on no monitor"):
        logical_to_physical(MIXED, 1500, 1100)  # under the 1080-pixel side monitor


def test_logical_region_on_a_hidpi_monitor_doubles_in_pixels():
    assert logical_region_to_physical(MIXED, Rect(10, 20, 300, 200)) == Rect(20, 40, 600, 400)


def test_logical_region_spanning_two_scales_covers_the_same_content():
    # From logical x=1340 on the panel (pixel 2680) to logical x=1540 on the side monitor.
    assert logical_region_to_physical(MIXED, Rect(1340, 0, 200, 100)) == Rect(2680, 0, 300, 100)


# -- capture requests resolved against a layout ----------------------------------------
def test_all_mode_covers_the_whole_virtual_desktop():
    assert resolve_area(LAYOUT, CaptureMode.ALL) == (virtual_bounds(LAYOUT), None)


def test_monitor_mode_uses_mss_numbering_and_defaults_to_monitor_1():
    assert resolve_area(LAYOUT, "monitor", 3) == (TALL.rect, 3)
    assert resolve_area(LAYOUT, "monitor") == (LEFT.rect, 1)


def test_unknown_monitor_number_is_a_clear_error():
    with pytest.raises(BadCaptureRequest, match="no monitor 4: monitors are numbered 1 to 3"):
        resolve_area(LAYOUT, "monitor", 4)


def test_region_mode_clips_and_refuses_like_the_layout_logic():
    assert resolve_area(LAYOUT, "region", region=Rect(2500, -700, 200, 200)) == (
        Rect(2560, -600, 140, 100), None)
    with pytest.raises(BadCaptureRequest, match="outside every monitor"):
        resolve_area(LAYOUT, "region", region=Rect(-5000, 0, 10, 10))
    with pytest.raises(BadCaptureRequest, match="needs a region"):
        resolve_area(LAYOUT, "region")
    with pytest.raises(BadCaptureRequest, match="unknown capture mode"):
        resolve_area(LAYOUT, "video")
    # A window capture is a region: the window's rectangle, clipped the same way.
    assert resolve_area(LAYOUT, "window", region=Rect(2500, -700, 200, 200)) == (
        Rect(2560, -600, 140, 100), None)
    with pytest.raises(BadCaptureRequest, match="window capture needs a region"):
        resolve_area(LAYOUT, "window")
