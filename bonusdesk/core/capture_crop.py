"""Part of a grab: the region or window the player chose on a frozen screen.

The app grabs the whole desktop once, shows it frozen (the region overlay), and the
player chooses a rectangle or a window on that picture. The evidence is cut from that
grab, not taken again afterwards: an error message that vanished while the player was
choosing is still in it, and its time is the time of the grab the player looked at.
"""

from __future__ import annotations

from dataclasses import replace

from .capture import BadCaptureRequest, CaptureMode, RawCapture
from .monitors import Rect, clip_region


def crop(raw: RawCapture, region: Rect, mode: CaptureMode = CaptureMode.REGION,
         window: dict | None = None) -> RawCapture:
    """The pixels of ``region`` (virtual-desktop pixels) out of ``raw``, as a new grab.

    The region is cut to the monitors it touches, like a region grab; ``requested`` keeps
    what was asked. Where the grab's pixels are denser than desktop pixels (macOS Retina
    grabs, a portal image at another scale) the box is scaled. Raises BadCaptureRequest
    for a region on no monitor or of zero size.
    """
    try:
        area = clip_region(raw.monitors, region).intersect(raw.area)
    except ValueError as exc:
        raise BadCaptureRequest(str(exc)) from None
    if area is None:
        raise BadCaptureRequest(f"the region is outside the captured screen ({raw.area})")
    sx, sy = raw.width / raw.area.width, raw.height / raw.area.height
    x0, y0 = round((area.left - raw.area.left) * sx), round((area.top - raw.area.top) * sy)
    x1 = min(raw.width, round((area.right - raw.area.left) * sx))
    y1 = min(raw.height, round((area.bottom - raw.area.top) * sy))
    width, height = max(1, x1 - x0), max(1, y1 - y0)
    stride, row = raw.width * 4, width * 4
    source = memoryview(raw.bgra)
    pixels = bytearray(row * height)
    for y in range(height):
        start = (y0 + y) * stride + x0 * 4
        pixels[y * row:(y + 1) * row] = source[start:start + row]
    cut = replace(raw, bgra=bytes(pixels), width=width, height=height, area=area, mode=mode,
                  monitor_index=None, requested=region, window=window,
                  warnings=[], black_fraction=None)
    if raw.black_fraction is not None:  # measured on the whole grab (Wayland): measure again
        from .capture_chain import check_black

        check_black(cut)
    return cut
