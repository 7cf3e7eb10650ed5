"""A region or a window cut from a frozen grab: the pixels, the time, the metadata."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core.capture import BadCaptureRequest, CaptureMode, RawCapture, encode_capture
from bonusdesk.core.capture_chain import BLACK_FLAG_FRACTION
from bonusdesk.core.capture_crop import crop
from bonusdesk.core.monitors import Monitor, Rect

AT = datetime(2026, 11, 20, 20, 15, 7, tzinfo=UTC)


def frozen(width=64, height=40, monitors=None, area=None, scale=1) -> RawCapture:
    """A grab whose every pixel says where it is: B = x, G = y, R = 7."""
    pw, ph = width * scale, height * scale
    bgra = bytes(v for y in range(ph) for x in range(pw) for v in (x, y, 7, 255))
    monitors = monitors or [Monitor(1, 0, 0, width, height, True)]
    return RawCapture(bgra, pw, ph, area or Rect(0, 0, width, height), AT, CaptureMode.ALL,
                      monitors, session="x11", backend="mss", grabber="mss test")


def pixel(raw: RawCapture, x: int, y: int) -> tuple[int, int]:
    i = (y * raw.width + x) * 4
    return raw.bgra[i], raw.bgra[i + 1]


def test_region_cut_from_the_frozen_grab_has_its_pixels_and_the_grab_time():
    cut = crop(frozen(), Rect(10, 5, 20, 8))
    assert (cut.width, cut.height) == (20, 8)
    assert pixel(cut, 0, 0) == (10, 5) and pixel(cut, 19, 7) == (29, 12)
    assert cut.captured_at == AT and cut.mode == CaptureMode.REGION
    assert cut.area == Rect(10, 5, 20, 8) and cut.requested == Rect(10, 5, 20, 8)


def test_window_cut_records_the_window_in_the_png_metadata():
    window = {"title": "Casino Étoile — Caisse", "rect": Rect(-5, 30, 30, 20).as_dict(),
              "id": 77}
    cut = crop(frozen(), Rect(-5, 30, 30, 20), CaptureMode.WINDOW, window)
    # The part off the desktop is cut away; what was asked stays recorded.
    assert cut.area == Rect(0, 30, 25, 10)
    assert pixel(cut, 0, 0) == (0, 30)
    meta = encode_capture(cut, "Europe/Paris").metadata
    assert meta["mode"] == "window" and meta["window"]["title"] == "Casino Étoile — Caisse"
    assert meta["requested_region"] == {"left": -5, "top": 30, "width": 30, "height": 20}


def test_denser_grab_pixels_are_cut_at_the_same_place():
    # macOS Retina: the grab has twice the pixels of the desktop coordinates.
    cut = crop(frozen(scale=2), Rect(10, 5, 20, 8))
    assert (cut.width, cut.height) == (40, 16)
    assert pixel(cut, 0, 0) == (20, 10)


def test_region_of_a_second_monitor_with_a_negative_origin():
    monitors = [Monitor(1, 0, 0, 32, 40, True), Monitor(2, -32, 0, 32, 40)]
    raw = frozen(64, 40, monitors, area=Rect(-32, 0, 64, 40))
    cut = crop(raw, Rect(-30, 2, 4, 4))
    assert pixel(cut, 0, 0) == (2, 2)


@pytest.mark.parametrize("region", [Rect(100, 100, 10, 10), Rect(5, 5, 0, 4)])
def test_region_off_screen_or_empty_is_refused(region):
    with pytest.raises(BadCaptureRequest):
        crop(frozen(), region)


def test_a_region_of_a_flagged_wayland_grab_is_measured_again():
    raw = frozen()
    raw.black_fraction = 0.5  # the whole grab was partly black (XWayland)
    raw.warnings = ["50% black"]
    cut = crop(raw, Rect(10, 5, 20, 8))  # this part has no black pixel
    assert cut.black_fraction < BLACK_FLAG_FRACTION and cut.warnings == []
