"""The screens as Qt sees them (logical pixels, a scale each) matched to the monitors a
grab sees (physical pixels), so each region overlay can convert what is dragged on it.

Qt places a screen at its native origin and divides only its size by its scale factor
(a 2560×1440 screen at 200 % right of a 1920×1080 one is at logical (1920, 0), 1280×720
wide). A grab (mss, the portal) speaks physical pixels. ``monitors_for_screens`` pairs
the two, which ``core.monitors.logical_region_to_physical`` then uses. Pure functions on
plain data: tests give a simulated two-screen mixed-DPI layout (Xvfb has one screen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bonusdesk.core.monitors import Monitor, Rect


@dataclass(frozen=True)
class ScreenInfo:
    """One screen: its logical geometry (QScreen.geometry()) and scale (devicePixelRatio)."""

    logical: Rect
    scale: float = 1.0
    name: str = ""



def screens_from_qt(screens) -> list[ScreenInfo]:
    """ScreenInfo of each QScreen."""
    found = []
    for screen in screens:
        g = screen.geometry()
        found.append(ScreenInfo(Rect(g.x(), g.y(), g.width(), g.height()),
                                float(screen.devicePixelRatio()), screen.name()))
    return found


def monitors_for_screens(screens: Sequence[ScreenInfo], grabbed: Sequence[Monitor]
                         ) -> list[Monitor]:
    """The grab's monitors with each screen's scale and logical origin filled in.

    A screen matches the monitor at its origin (Qt keeps the native origin), else the one
    at the same place in the list when both lists are as long. The scale is measured, not
    taken from Qt: monitor width / logical width, so it is Qt's factor where grabs speak
    pixels (X11, Windows) and 1 where they speak points like Qt does (macOS; the denser
    image is handled when cutting). A monitor no screen matches keeps scale 1.
    """
    out: list[Monitor] = []
    same_count = len(screens) == len(grabbed)
    for i, m in enumerate(grabbed):
        screen = next((s for s in screens
                       if (s.logical.left, s.logical.top) == (m.left, m.top)), None)
        if screen is None and same_count:
            screen = screens[i]
        if screen is None or screen.logical.width <= 0:
            out.append(m)
            continue
        scale = round(m.width / screen.logical.width, 4)
        out.append(Monitor(m.index, m.left, m.top, m.width, m.height, m.primary,
                           m.name or screen.name, scale, screen.logical.left,
                           screen.logical.top))
    return out


def physical_part(monitor: Monitor, frozen_area: Rect) -> Rect | None:
    """Where ``monitor`` lies in a frozen grab covering ``frozen_area`` (grab pixels)."""
    part = monitor.rect.intersect(frozen_area)
    if part is None:
        return None
    return Rect(part.left - frozen_area.left, part.top - frozen_area.top, part.width,
                part.height)
