"""Monitor layout: which monitor holds a point, clipping regions, mixed DPI.

Pure geometry, no display needed, so it is tested with fake monitor lists
(Xvfb cannot emulate several monitors).

Coordinates are *virtual-desktop* pixels as ``mss`` reports them: the primary
monitor usually starts at (0, 0) and a monitor left of or above it has negative
offsets. Rectangles are half-open: a monitor at left=0 with width=1920 holds
x = 0..1919.

Mixed DPI: a GUI toolkit (Qt) may hand out *logical* coordinates, where each
monitor's size is divided by its scale factor. :func:`logical_to_physical` maps
such a point back to the pixels ``mss`` grabs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in virtual-desktop pixels."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column."""
        return self.left + self.width

    @property
    def bottom(self) -> int:
        """One past the last row."""
        return self.top + self.height

    @property
    def empty(self) -> bool:
        return self.width <= 0 or self.height <= 0

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.right and self.top <= y < self.bottom

    def intersect(self, other: Rect) -> Rect | None:
        left, top = max(self.left, other.left), max(self.top, other.top)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right <= left or bottom <= top:
            return None
        return Rect(left, top, right - left, bottom - top)

    def as_mss(self) -> dict:
        return {"left": self.left, "top": self.top, "width": self.width, "height": self.height}

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def parse(cls, text: str) -> Rect:
        """``"X,Y,W,H"`` (X and Y may be negative) -> Rect; ValueError if malformed."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != 4:
            raise ValueError(f"region {text!r}: expected X,Y,W,H such as -1920,0,800,600")
        try:
            left, top, width, height = (int(p) for p in parts)
        except ValueError:
            raise ValueError(f"region {text!r}: X,Y,W,H must be whole numbers") from None
        return cls(left, top, width, height)


@dataclass(frozen=True)
class Monitor:
    """One monitor. ``index`` is 1-based like mss (``mss.monitors[index]``).

    ``scale`` is the monitor's device-pixel ratio (1.0, 1.25, 2.0...);
    ``logical_left``/``logical_top`` are where a toolkit working in logical
    coordinates places the monitor's top-left corner (None: same as physical).
    """

    index: int
    left: int
    top: int
    width: int
    height: int
    primary: bool = False
    name: str = ""
    scale: float = 1.0
    logical_left: int | None = None
    logical_top: int | None = None

    @property
    def rect(self) -> Rect:
        return Rect(self.left, self.top, self.width, self.height)

    @property
    def logical_rect(self) -> Rect:
        left = self.left if self.logical_left is None else self.logical_left
        top = self.top if self.logical_top is None else self.logical_top
        return Rect(left, top, round(self.width / self.scale), round(self.height / self.scale))

    def as_dict(self) -> dict:
        data = {"index": self.index, "left": self.left, "top": self.top,
                "width": self.width, "height": self.height, "primary": self.primary}
        if self.name:
            data["name"] = self.name
        if self.scale != 1.0:
            data["scale"] = self.scale
        return data


def from_mss(mss_monitors: Sequence[Mapping]) -> list[Monitor]:
    """Our monitors from ``mss.MSS().monitors`` (entry 0, the union, is skipped)."""
    return [
        Monitor(index=i, left=int(m["left"]), top=int(m["top"]), width=int(m["width"]),
                height=int(m["height"]), primary=bool(m.get("is_primary", False)),
                name=str(m.get("name") or m.get("output") or ""))
        for i, m in enumerate(mss_monitors) if i > 0
    ]


def virtual_bounds(monitors: Iterable[Monitor]) -> Rect:
    """The smallest rectangle holding every monitor (what "all monitors" grabs)."""
    rects = [m.rect for m in monitors]
    if not rects:
        raise ValueError("no monitor")
    left, top = min(r.left for r in rects), min(r.top for r in rects)
    right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
    return Rect(left, top, right - left, bottom - top)


def monitor_at(monitors: Iterable[Monitor], x: int, y: int) -> Monitor | None:
    """The monitor showing virtual-desktop pixel (x, y), None in a gap or off-screen."""
    return next((m for m in monitors if m.rect.contains(x, y)), None)


def monitors_touching(monitors: Iterable[Monitor], region: Rect) -> list[Monitor]:
    return [m for m in monitors if m.rect.intersect(region) is not None]


def clip_region(monitors: Sequence[Monitor], region: Rect) -> Rect:
    """The part of ``region`` that lies on screen.

    The region is cut to the bounding box of the monitors it overlaps; a gap
    between monitors inside that box stays (the OS returns it black, as in an
    "all monitors" grab). ValueError when the region is empty or touches no monitor.
    """
    if region.empty:
        raise ValueError(f"region has zero size ({region.width}×{region.height} pixels)")
    touching = monitors_touching(monitors, region)
    if not touching:
        screens = "; ".join(f"{m.index}: {_describe(m.rect)}" for m in monitors) or "none"
        raise ValueError(f"region {_describe(region)} is outside every monitor "
                         f"(monitors: {screens})")
    clipped = virtual_bounds(touching).intersect(region)
    assert clipped is not None  # it overlaps at least one of the monitors it is cut to
    return clipped


def _logical_monitor(monitors: Sequence[Monitor], x: float, y: float) -> Monitor:
    for m in monitors:
        lr = m.logical_rect
        if lr.left <= x < lr.right and lr.top <= y < lr.bottom:
            return m
    raise ValueError(f"point ({x}, {y}) is on no monitor")


def _scaled(m: Monitor, x: float, y: float) -> tuple[int, int]:
    lr = m.logical_rect
    return m.left + round((x - lr.left) * m.scale), m.top + round((y - lr.top) * m.scale)


def logical_to_physical(monitors: Sequence[Monitor], x: float, y: float) -> tuple[int, int]:
    """Map a toolkit's logical point to virtual-desktop pixels (mixed-DPI layouts).

    The monitor whose *logical* rectangle holds the point decides the scale.
    ValueError when the point is on no monitor.
    """
    m = _logical_monitor(monitors, x, y)
    px, py = _scaled(m, x, y)
    # Rounding at the far edge must not step onto the next monitor.
    return min(px, m.rect.right - 1), min(py, m.rect.bottom - 1)


def logical_region_to_physical(monitors: Sequence[Monitor], region: Rect) -> Rect:
    """A rectangle dragged in logical coordinates -> virtual-desktop pixels.

    The top-left corner is mapped through the monitor it lies on and the
    bottom-right edge through the monitor holding the last pixel, so a rectangle
    spanning a 100 % and a 200 % monitor still covers the same screen content.
    """
    if region.empty:
        raise ValueError(f"region has zero size ({region.width}×{region.height} pixels)")
    x0, y0 = logical_to_physical(monitors, region.left, region.top)
    last = _logical_monitor(monitors, region.right - 1, region.bottom - 1)
    x1, y1 = _scaled(last, region.right, region.bottom)
    x1, y1 = min(x1, last.rect.right), min(y1, last.rect.bottom)
    return Rect(x0, y0, x1 - x0, y1 - y0)


def _describe(r: Rect) -> str:
    return f"{r.width}×{r.height} at ({r.left}, {r.top})"
