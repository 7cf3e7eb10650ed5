"""Capture handlers tried in order, with fallbacks (after NormCap's screenshot handlers).

Each handler says whether it is available in this environment and grabs; :func:`grab_first`
walks the list: the first available handler grabs, a handler whose grab fails in a way the
next one may avoid (:class:`~bonusdesk.core.capture.WaylandUnsupported`) hands over, and
the last handler refuses with the reason. The handler's name is recorded in the capture
metadata (``backend``).

=============  ==================================================  =====================
handler        available                                           lives in
=============  ==================================================  =====================
portal         Wayland session, when the app has registered it     transport: the UI
               (org.freedesktop.portal.Screenshot over QtDBus)     (QtDBus), parsing here
mss            X11, XWayland, Windows, macOS (after the macOS      core (capture.py)
               Screen Recording permission check)
refusal        always: raises the clearest reason nothing works    here
=============  ==================================================  =====================

On Wayland through XWayland, mss sees native Wayland windows as black: a fully black grab
is refused; a partly black one is kept but flagged (``warnings`` and ``black_fraction`` in
its metadata) so the player checks it before relying on it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlparse

from .capture import (
    REGION_MODES,
    WAYLAND_ADVICE,
    BadCaptureRequest,
    CaptureError,
    CaptureMode,
    NoDisplay,
    RawCapture,
    WaylandUnsupported,
    grab_mss,
    resolve_area,
    session_type,
)
from .monitors import Monitor, Rect, virtual_bounds
from .timeutil import now_utc

# A grab with at least this share of pure-black pixels, on Wayland, is flagged.
BLACK_FLAG_FRACTION = 0.05


class CaptureCancelled(CaptureError):
    """The player dismissed the desktop's screenshot dialog. Nothing was captured."""


@dataclass(frozen=True)
class Environment:
    """What decides which handler can capture (tests build their own)."""

    platform: str  # sys.platform
    session: str  # capture.session_type(): x11 | wayland | windows | macos | none
    x11_display: bool  # DISPLAY set: X11, or XWayland inside a Wayland session

    @classmethod
    def current(cls) -> Environment:
        return cls(sys.platform, session_type(), bool(os.environ.get("DISPLAY")))


@dataclass(frozen=True)
class Availability:
    """Whether a capture handler can work here, and why not."""

    ok: bool
    reason: str = ""


@dataclass
class GrabRequest:
    """What to grab (mode, monitor or region) and after how long."""

    mode: CaptureMode = CaptureMode.ALL
    monitor: int | None = None
    region: Rect | None = None
    delay: float = 0
    sleep: Callable[[float], object] = field(default=time.sleep, repr=False)


class Handler(Protocol):
    name: str

    def available(self, env: Environment) -> Availability: ...

    def grab(self, request: GrabRequest, env: Environment) -> RawCapture: ...


# -- mss -----------------------------------------------------------------------------------
class MssHandler:
    name = "mss"

    def available(self, env: Environment) -> Availability:
        if env.session in ("windows", "macos", "x11"):
            return Availability(True)
        if env.session == "wayland" and env.x11_display:
            return Availability(True, "through XWayland: native Wayland windows come out black")
        return Availability(False, "needs an X11 display, Windows or macOS")

    def grab(self, request: GrabRequest, env: Environment) -> RawCapture:
        if env.platform == "darwin":
            from .macos import ensure_screen_recording

            ensure_screen_recording()
        raw = grab_mss(request.mode, request.monitor, request.region, request.delay,
                       sleep=request.sleep)
        if env.session == "wayland":
            check_black(raw)
        return raw


def black_fraction(raw: RawCapture) -> float:
    """Share of the pixels that are black (or within rounding of it)."""
    from PIL import Image

    gray = Image.frombuffer("RGB", (raw.width, raw.height), raw.bgra, "raw", "BGRX", 0,
                            1).convert("L")
    return gray.histogram()[0] / (raw.width * raw.height)


def check_black(raw: RawCapture) -> None:
    """Refuse a black grab; flag a partly black one (what XWayland gives for Wayland windows)."""
    fraction = black_fraction(raw)
    raw.black_fraction = fraction
    if fraction >= 0.999:
        raise WaylandUnsupported("the Wayland session returned a black image instead of the "
                                 f"screen: {WAYLAND_ADVICE}")
    if fraction >= BLACK_FLAG_FRACTION:
        raw.warnings.append(
            f"{fraction:.0%} of this screenshot is pure black: on Wayland, windows of native "
            "Wayland applications come out black through XWayland. Check the image before "
            "relying on it; the desktop's screenshot tool (desktop portal) sees them")


# -- desktop portal (the D-Bus call is the UI's; the reply is read here) --------------------
@dataclass
class PortalReply:
    """org.freedesktop.portal.Request::Response: ``code`` 0 success, 1 cancelled, 2 other."""

    code: int
    results: dict


def portal_image_path(reply: PortalReply) -> Path:
    """The screenshot file the portal wrote, or the CaptureError its reply means."""
    if reply.code == 1:
        raise CaptureCancelled("the screenshot was cancelled in the desktop's dialog")
    if reply.code != 0:
        raise WaylandUnsupported(f"the desktop portal refused the screenshot (response "
                                 f"{reply.code}): check that screenshots are allowed for "
                                 "BonusDesk in the desktop's privacy settings")
    uri = str(reply.results.get("uri", ""))
    parsed = urlparse(uri)
    if parsed.scheme != "file" or not parsed.path:
        raise CaptureError(f"the desktop portal answered without a screenshot file ({uri!r})")
    return Path(unquote(parsed.path))


class PortalHandler:
    """Screenshot through xdg-desktop-portal. ``request`` makes the D-Bus call and waits for
    the Response signal (the UI does it with QtDBus); ``monitors`` gives the screen layout in
    physical pixels (from QScreen) for monitor and region captures."""

    name = "xdg-desktop-portal"

    def __init__(self, request: Callable[[], PortalReply],
                 monitors: Callable[[], list[Monitor]] | None = None):
        self.request = request
        self.monitors = monitors

    def available(self, env: Environment) -> Availability:
        if env.session != "wayland":
            return Availability(False, "only used in Wayland sessions")
        return Availability(True)

    def grab(self, request: GrabRequest, env: Environment) -> RawCapture:
        monitors = self.monitors() if self.monitors else []
        if request.mode != CaptureMode.ALL and not monitors:
            raise BadCaptureRequest("only whole-screen captures are possible here: the screen "
                                    "layout is unknown")
        if monitors:
            resolve_area(monitors, request.mode, request.monitor, request.region)
        if request.delay:
            request.sleep(request.delay)
        started = time.perf_counter()
        reply = self.request()
        at = now_utc()  # the compositor took it while we waited for its reply
        path = portal_image_path(reply)
        return _raw_from_file(path, request, monitors, at, (time.perf_counter() - started) * 1e3)


def _raw_from_file(path: Path, request: GrabRequest, monitors: list[Monitor], at,
                   grab_ms: float) -> RawCapture:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            image = im.convert("RGB")
    except (OSError, UnidentifiedImageError) as exc:
        raise CaptureError(f"cannot read the portal's screenshot {path}: {exc}") from exc
    full = Rect(0, 0, image.width, image.height)
    if monitors:
        bounds = virtual_bounds(monitors)
        area, index = resolve_area(monitors, request.mode, request.monitor, request.region)
        # The portal's image covers the whole desktop; scale if its pixels differ from ours.
        sx, sy = image.width / bounds.width, image.height / bounds.height
        box = (round((area.left - bounds.left) * sx), round((area.top - bounds.top) * sy),
               round((area.right - bounds.left) * sx), round((area.bottom - bounds.top) * sy))
        image = image.crop(box)
    else:
        area, index, monitors = full, None, [Monitor(1, 0, 0, image.width, image.height, True)]
    bgra = image.convert("RGBX").tobytes("raw", "BGRX")
    return RawCapture(bgra, image.width, image.height, area, at, request.mode, monitors, index,
                      request.region if request.mode in REGION_MODES else None,
                      "wayland", grab_ms, backend=PortalHandler.name,
                      grabber="org.freedesktop.portal.Screenshot")


# -- the end of the chain ------------------------------------------------------------------
class Refusal:
    name = "refusal"

    def available(self, env: Environment) -> Availability:
        return Availability(True)

    def grab(self, request: GrabRequest, env: Environment) -> RawCapture:
        if env.session == "none":
            raise NoDisplay("no display to capture: this is not a graphical session "
                            "(neither DISPLAY nor WAYLAND_DISPLAY is set)")
        if env.session == "wayland":
            raise WaylandUnsupported("screen capture is not available in this Wayland session "
                                     f"(no X11 compatibility display): {WAYLAND_ADVICE}")
        raise CaptureError(f"no way to capture the screen on {env.platform} ({env.session})")


# -- the chain -----------------------------------------------------------------------------
_registered: list[Handler] = []


def register(handler: Handler) -> None:
    """Add a handler tried before the built-in ones (the UI's portal handler)."""
    if handler not in _registered:
        _registered.append(handler)


def unregister(handler: Handler) -> None:
    if handler in _registered:
        _registered.remove(handler)


def handlers() -> list[Handler]:
    return [*_registered, MssHandler(), Refusal()]


def choose(env: Environment, chain: Sequence[Handler] | None = None) -> list[str]:
    """Names of the handlers that would be tried here, in order (the last one refuses)."""
    chain = handlers() if chain is None else chain
    return [h.name for h in chain if h.available(env).ok]


def grab_first(request: GrabRequest, env: Environment | None = None,
               chain: Sequence[Handler] | None = None) -> RawCapture:
    """Grab with the first available handler; see the module docstring for fallbacks."""
    env = Environment.current() if env is None else env
    chain = handlers() if chain is None else chain
    handed_over: CaptureError | None = None
    for handler in chain:
        if not handler.available(env).ok:
            continue
        if isinstance(handler, Refusal) and handed_over is not None:
            raise handed_over  # the real reason, not the generic refusal
        try:
            return handler.grab(request, env)
        except WaylandUnsupported as exc:
            handed_over = handed_over or exc  # the next handler may see the screen
    raise handed_over or CaptureError("no capture handler")
