"""Screen capture: grab with mss, encode losslessly, store as evidence.

The work is split in two so a GUI never blocks on encoding:

* :func:`grab` reads the pixels (a few milliseconds) and notes the UTC time
  right at the grab. It runs where it is called: on the GUI thread, after the
  app has hidden its own windows.
* :func:`encode_capture` makes the PNG (metadata as text chunks): pure CPU,
  any thread, no folder. :func:`store_encoded` hashes and stores it through the
  evidence store, on the thread that opened the folder. :func:`store_capture`
  does both.

mss rules: one ``MSS`` instance per thread. :func:`grab` keeps one per thread
and reuses it (creating one costs ~50 ms); call :func:`forget_grabber` when
monitors are plugged or unplugged so the next grab sees the new layout.

Every failure raises a :class:`CaptureError` and stores nothing.
"""

from __future__ import annotations

import errno
import os
import platform
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from .. import __version__

# The capture errors live in errors.py (stamp.py raises them too); names kept here for callers.
from .errors import (  # noqa: F401
    BadCaptureRequest,
    BadInput,
    BonusDeskError,
    CaptureError,
    DiskFull,
    NoDisplay,
    UnsupportedScreen,
    WaylandUnsupported,
)
from .inspect_file import FileFacts
from .monitors import Monitor, Rect, clip_region, from_mss, virtual_bounds
from .png import compressor, encode_bgrx, png_text
from .record_types import Evidence, EvidenceKind
from .timeutil import format_local, get_zone, local_zone_name, now_utc, to_iso, utc_offset

if TYPE_CHECKING:
    from .folder import ClaimFolder

MAX_DELAY = 30
WAYLAND_ADVICE = ("use your desktop's screenshot tool (it goes through the desktop portal), "
                  "then import the file into the claim")


class CaptureMode(StrEnum):
    ALL = "all"  # every monitor, stitched into one image
    MONITOR = "monitor"  # one monitor
    REGION = "region"  # a rectangle in virtual-desktop coordinates
    WINDOW = "window"  # one window's rectangle (core/desktop_windows.py finds it)


REGION_MODES = (CaptureMode.REGION, CaptureMode.WINDOW)  # modes that take a rectangle


@dataclass
class RawCapture:
    """Grabbed pixels and the facts of the grab, before any encoding.

    ``bgra`` is mss's raw buffer: 4 bytes per pixel, B G R and padding.
    """

    bgra: bytes | bytearray
    width: int
    height: int
    area: Rect
    captured_at: datetime
    mode: CaptureMode
    monitors: list[Monitor]
    monitor_index: int | None = None
    requested: Rect | None = None
    session: str = ""
    grab_ms: float = 0.0  # how long the grab itself took (the GUI thread's share)
    backend: str = "mss"  # the capture handler that made it (core/capture_chain.py)
    grabber: str = ""  # the library or service and its version, e.g. "mss 10.2.0"
    warnings: list[str] = field(default_factory=list)  # stored with it, shown to the user
    black_fraction: float | None = None  # measured where windows may come out black
    window: dict | None = None  # WINDOW mode: the window's title, rectangle and system id

    def rgb(self) -> bytes:
        """Pixels as packed RGB (what the PNG stores; :func:`encode_capture` makes the PNG
        rows straight from ``bgra`` with ``png.encode_bgrx``, tested equal to this)."""
        # Three strided copies, as fast as Pillow's BGRX decoder, without importing Pillow
        # (~15 ms of a CLI capture's start, issue 17).
        pixels = self.bgra  # bytes slices copy strided bytes in C (memoryview ones: 5x slower)
        rgb = bytearray(self.width * self.height * 3)
        rgb[0::3], rgb[1::3], rgb[2::3] = pixels[2::4], pixels[1::4], pixels[0::4]
        return bytes(rgb)


# -- the session ---------------------------------------------------------------
def session_type() -> str:
    """"x11", "wayland", "windows", "macos" or "none" (Linux without a display)."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if (os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
            or os.environ.get("WAYLAND_DISPLAY")):
        return "wayland"
    return "x11" if os.environ.get("DISPLAY") else "none"


def check_display() -> str:
    """The session type, or the CaptureError explaining why nothing can be grabbed."""
    session = session_type()
    if session == "none":
        raise NoDisplay("no display to capture: this is not a graphical session "
                        "(neither DISPLAY nor WAYLAND_DISPLAY is set)")
    if session == "wayland" and not os.environ.get("DISPLAY"):
        raise WaylandUnsupported("screen capture is not available in this Wayland session "
                                 f"(no X11 compatibility display): {WAYLAND_ADVICE}")
    return session


# -- one mss instance per thread -------------------------------------------------
_local = threading.local()


def _new_mss():
    from .capture_warmup import one_ldconfig

    with one_ldconfig():  # mss's eight library look-ups: one ldconfig, not eight (issue 17)
        import mss

        factory = getattr(mss, "MSS", None) or mss.mss  # 10.2 has MSS; 10.0/10.1 only mss()
        return factory()


def _screen_error(exc: Exception, session: str) -> CaptureError:
    text = str(exc)
    if session == "wayland":
        return WaylandUnsupported(f"the Wayland session refused the screen grab ({text}): "
                                  f"{WAYLAND_ADVICE}")
    if "depth" in text or "bpp" in text or "visual" in text.lower():
        return UnsupportedScreen(f"cannot read this screen's pixels ({text}); set the display "
                                 "to 24-bit or 32-bit colour")
    if "connect" in text.lower() or "display" in text.lower():
        return NoDisplay(f"cannot open the display "
                         f"{os.environ.get('DISPLAY', '')!r}: {text}".replace(" '':", ":"))
    return CaptureError(f"screen grab failed: {text}")


def _grabber(session: str):
    key = os.environ.get("DISPLAY", "")
    sct = getattr(_local, "sct", None)
    if sct is not None and getattr(_local, "key", None) == key:
        return sct
    forget_grabber()
    from mss.exception import ScreenShotError

    try:
        sct = _new_mss()
    except ScreenShotError as exc:
        raise _screen_error(exc, session) from exc
    _local.sct, _local.key = sct, key
    return sct


def forget_grabber() -> None:
    """Close this thread's mss instance (on monitor hot-plug, or when a thread ends)."""
    sct = getattr(_local, "sct", None)
    _local.sct = None
    if sct is not None:
        from mss.exception import ScreenShotError

        try:
            sct.close()
        except ScreenShotError:
            pass  # the connection is already broken: that is why we are dropping it


def current_monitors() -> list[Monitor]:
    """The monitors the grabber sees now (1-based indexes, as ``--monitor N`` takes)."""
    session = check_display()
    from mss.exception import ScreenShotError

    try:
        return from_mss(_grabber(session).monitors)
    except ScreenShotError as exc:
        raise _screen_error(exc, session) from exc


# -- grabbing ------------------------------------------------------------------
def resolve_area(monitors: list[Monitor], mode: CaptureMode | str, monitor: int | None = None,
                 region: Rect | None = None) -> tuple[Rect, int | None]:
    """The rectangle a capture request covers, and the monitor index for MONITOR mode."""
    try:
        mode = CaptureMode(mode)
    except ValueError:
        raise BadCaptureRequest(f"unknown capture mode {mode!r} (all, monitor, region)"
                                ) from None
    if not monitors:
        raise CaptureError("the display reports no monitor")
    if mode == CaptureMode.ALL:
        return virtual_bounds(monitors), None
    if mode == CaptureMode.MONITOR:
        index = 1 if monitor is None else monitor
        found = next((m for m in monitors if m.index == index), None)
        if found is None:
            raise BadCaptureRequest(f"no monitor {index}: monitors are numbered 1 to "
                                    f"{len(monitors)}")
        return found.rect, index
    if region is None:  # REGION, or WINDOW with the window's rectangle as the region
        raise BadCaptureRequest(f"{mode.value} capture needs a region (X,Y,W,H)")
    try:
        return clip_region(monitors, region), None
    except ValueError as exc:
        raise BadCaptureRequest(str(exc)) from None


def grab(mode: CaptureMode | str = CaptureMode.ALL, monitor: int | None = None,
         region: Rect | None = None, delay: float = 0, *, sleep=time.sleep) -> RawCapture:
    """Grab the screen now (after ``delay`` seconds) and return the raw pixels.

    The first capture handler available here does it (mss on X11, Windows and macOS; the
    desktop portal on Wayland when the app has plugged it in; see core/capture_chain.py).
    A GUI should wait with a timer and call this with ``delay=0``; the sleep is
    for the CLI. Raises :class:`CaptureError` subclasses, never mss errors.
    """
    if not 0 <= delay <= MAX_DELAY:
        raise BadCaptureRequest(f"delay must be between 0 and {MAX_DELAY} seconds, not {delay:g}")
    from .capture_chain import GrabRequest, grab_first

    return grab_first(GrabRequest(CaptureMode(_mode(mode)), monitor, region, delay, sleep))


def _mode(mode: CaptureMode | str) -> CaptureMode:
    try:
        return CaptureMode(mode)
    except ValueError:
        raise BadCaptureRequest(f"unknown capture mode {mode!r} (all, monitor, region)"
                                ) from None


def grab_mss(mode: CaptureMode | str = CaptureMode.ALL, monitor: int | None = None,
             region: Rect | None = None, delay: float = 0, *, sleep=time.sleep) -> RawCapture:
    """The mss capture handler's work: X11 (also XWayland), Windows GDI, macOS CoreGraphics."""
    session = check_display()
    from mss.exception import ScreenShotError

    try:
        monitors = from_mss(_grabber(session).monitors)
        resolve_area(monitors, mode, monitor, region)  # refuse a bad request before waiting
        if delay:
            sleep(delay)
            forget_grabber()  # the layout may have changed while we waited
            monitors = from_mss(_grabber(session).monitors)
        area, index = resolve_area(monitors, mode, monitor, region)
        sct = _grabber(session)
        start = time.perf_counter()
        at = now_utc()  # the moment the pixels are read, not when they are stored
        shot = sct.grab(area.as_mss())
        grab_ms = (time.perf_counter() - start) * 1000
    except ScreenShotError as exc:
        forget_grabber()  # a broken connection must not be reused
        raise _screen_error(exc, session) from exc
    import mss

    return RawCapture(shot.raw, shot.width, shot.height, area, at,
                      CaptureMode(mode), monitors, index,
                      region if CaptureMode(mode) in REGION_MODES else None,
                      session, grab_ms, backend="mss", grabber=f"mss {mss.__version__}")


# -- metadata ------------------------------------------------------------------
def capture_metadata(raw: RawCapture, zone: str) -> dict:
    """What is known about a grab, as stored in the evidence row and the PNG."""
    meta = {
        "captured_at_utc": to_iso(raw.captured_at),
        "zone": zone,
        "utc_offset": utc_offset(raw.captured_at, zone),
        "local_time": raw.captured_at.astimezone(get_zone(zone)).isoformat(timespec="seconds"),
        "mode": raw.mode.value,
        "area": raw.area.as_dict(),
        "monitors": [m.as_dict() for m in raw.monitors],
        "os": platform.platform(),
        "session": raw.session,
        "app": f"BonusDesk {__version__}",
        "backend": raw.backend,
        "grabber": raw.grabber or raw.backend,
    }
    if raw.black_fraction is not None:
        meta["black_fraction"] = round(raw.black_fraction, 4)
    if raw.warnings:
        meta["warnings"] = list(raw.warnings)
    if raw.monitor_index is not None:
        meta["monitor_index"] = raw.monitor_index
    if raw.requested is not None:
        meta["requested_region"] = raw.requested.as_dict()
    if raw.window is not None:
        meta["window"] = dict(raw.window)
    return meta


# -- encoding and storing ----------------------------------------------------------
@dataclass
class EncodedCapture:
    """A grab as the PNG that will be stored, with its metadata (no folder needed)."""

    png: bytes
    width: int
    height: int
    captured_at: datetime
    zone: str
    metadata: dict
    name: str


def encode_capture(raw: RawCapture, zone: str | None = None,
                   backend: str = "auto") -> EncodedCapture:
    """Lossless PNG of ``raw`` with the metadata as text chunks. Any thread; CPU only.

    ``backend``: the deflate implementation (see :mod:`bonusdesk.core.png`).
    """
    zone = zone or local_zone_name()
    meta = capture_metadata(raw, zone)
    meta["encoder"] = compressor(backend)[0]
    data = encode_bgrx(raw.bgra, raw.width, raw.height, png_text(meta), backend=backend)
    stamp = raw.captured_at.astimezone(get_zone(zone)).strftime("%Y%m%d-%H%M%S")
    return EncodedCapture(data, raw.width, raw.height, raw.captured_at, zone, meta,
                          f"screenshot-{stamp}.png")


def store_encoded(folder: ClaimFolder, claim_id: int | None, enc: EncodedCapture,
                  caption: str = "", note: str = "") -> Evidence:
    """Store an encoded capture as screenshot evidence (hash, fsync'd file, row, event).

    Runs on the thread that opened ``folder`` (SQLite connections stay on their
    thread). Raises DiskFull, and stores nothing, when the disk is full.
    """
    try:
        return folder.evidence.add_bytes(
            claim_id, enc.png, enc.name, kind=EvidenceKind.SCREENSHOT,
            caption=caption or f"Screenshot {format_local(enc.captured_at, enc.zone)}",
            note=note, captured_at=enc.captured_at, zone=enc.zone, metadata=enc.metadata,
            source="capture",
            # We encoded these bytes a moment ago from known pixels: decoding them again
            # (~20 ms for 1920×1080) would prove nothing the tests do not already prove.
            facts=FileFacts("image/png", "png", enc.width, enc.height))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise DiskFull(f"disk full: the screenshot ({len(enc.png) // 1024} KiB) could not "
                           f"be stored in {folder.path}; free some space and capture again"
                           ) from exc
        raise
    except sqlite3.OperationalError as exc:
        if "full" in str(exc).lower():
            raise DiskFull(f"disk full: the screenshot could not be recorded in {folder.path}; "
                           "free some space and capture again") from exc
        raise


def store_capture(folder: ClaimFolder, claim_id: int | None, raw: RawCapture,
                  caption: str = "", note: str = "", zone: str | None = None,
                  backend: str = "auto") -> Evidence:
    """:func:`encode_capture` then :func:`store_encoded`, on the folder's thread."""
    return store_encoded(folder, claim_id, encode_capture(raw, zone, backend), caption, note)


@dataclass
class CaptureResult:
    """What :func:`capture_to_claim` stored: the original, its stamped copy if asked for,
    and the grab it came from."""

    original: Evidence
    stamped: Evidence | None = None
    raw: RawCapture | None = None


def capture_to_claim(folder: ClaimFolder, claim_id: int | None,
                     mode: CaptureMode | str = CaptureMode.ALL, monitor: int | None = None,
                     region: Rect | None = None, delay: float = 0, stamped: bool = False,
                     caption: str = "", zone: str | None = None,
                     sleep=time.sleep) -> CaptureResult:
    """Grab and store in one call (CLI, scripts): the original, then the stamped copy.

    ``claim_id`` None stores into the Inbox: a capture never waits for a claim to exist.
    """
    if claim_id is not None:
        folder.require_claim(claim_id)  # refused before waiting or grabbing
    raw = grab(mode, monitor, region, delay, sleep=sleep)
    original = store_capture(folder, claim_id, raw, caption=caption, zone=zone)
    copy = None
    if stamped:
        from .stamp import store_stamped

        copy = store_stamped(folder, claim_id, original)
    return CaptureResult(original, copy, raw)
