"""Capture handlers: which one each environment uses, fallbacks, portal replies, black grabs,
and the macOS Screen Recording permission (CoreGraphics simulated)."""

from __future__ import annotations

import pytest
from PIL import Image

from bonusdesk.core import capture_chain, macos
from bonusdesk.core.capture import (
    CaptureError,
    CaptureMode,
    RawCapture,
    WaylandUnsupported,
    capture_to_claim,
    store_capture,
)
from bonusdesk.core.capture_chain import (
    CaptureCancelled,
    Environment,
    GrabRequest,
    MssHandler,
    PortalHandler,
    PortalReply,
    Refusal,
    choose,
    grab_first,
)
from bonusdesk.core.macos import ScreenRecordingDenied
from bonusdesk.core.monitors import Monitor, Rect
from bonusdesk.core.timeutil import now_utc

from .screen import Pattern, random_pattern, show_pattern

W, H = 1280, 800  # the test X server (pyproject)


def portal_with(reply: PortalReply) -> PortalHandler:
    return PortalHandler(lambda: reply)


NO_PORTAL: list = []
PORTAL = [portal_with(PortalReply(1, {}))]


# -- which handler, per environment ---------------------------------------------------------
@pytest.mark.parametrize(("platform", "session", "x11", "extra", "expected"), [
    ("linux", "x11", True, NO_PORTAL, ["mss", "refusal"]),
    ("linux", "x11", True, PORTAL, ["mss", "refusal"]),
    ("linux", "wayland", True, NO_PORTAL, ["mss", "refusal"]),  # XWayland, flagged if black
    ("linux", "wayland", True, PORTAL, ["xdg-desktop-portal", "mss", "refusal"]),
    ("linux", "wayland", False, PORTAL, ["xdg-desktop-portal", "refusal"]),
    ("linux", "wayland", False, NO_PORTAL, ["refusal"]),
    ("linux", "none", False, PORTAL, ["refusal"]),
    ("win32", "windows", False, PORTAL, ["mss", "refusal"]),
    ("darwin", "macos", False, NO_PORTAL, ["mss", "refusal"]),
])
def test_handler_choice_per_environment(platform, session, x11, extra, expected):
    chain = [*extra, MssHandler(), Refusal()]
    assert choose(Environment(platform, session, x11), chain) == expected


def test_the_app_plugs_its_portal_handler_in_front():
    portal = portal_with(PortalReply(1, {}))
    capture_chain.register(portal)
    try:
        assert choose(Environment("linux", "wayland", False)) == ["xdg-desktop-portal",
                                                                  "refusal"]
    finally:
        capture_chain.unregister(portal)
    assert choose(Environment("linux", "wayland", False)) == ["refusal"]


class Fake:
    def __init__(self, name, result=None, ok=True):
        self.name, self.result, self.ok, self.calls = name, result, ok, 0

    def available(self, env):
        return capture_chain.Availability(self.ok)

    def grab(self, request, env):
        self.calls += 1
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


WAYLAND_X = Environment("linux", "wayland", True)


def test_a_portal_that_refuses_hands_over_to_xwayland():
    portal = Fake("portal", WaylandUnsupported("portal said no"))
    mss = Fake("mss", "pixels")
    assert grab_first(GrabRequest(), WAYLAND_X, [portal, mss, Refusal()]) == "pixels"
    assert (portal.calls, mss.calls) == (1, 1)


def test_a_cancelled_portal_dialog_stops_there():
    portal = Fake("portal", CaptureCancelled("cancelled"))
    mss = Fake("mss", "pixels")
    with pytest.raises(CaptureCancelled):
        grab_first(GrabRequest(), WAYLAND_X, [portal, mss, Refusal()])
    assert mss.calls == 0


def test_when_every_handler_fails_the_first_real_reason_is_given():
    first = Fake("portal", WaylandUnsupported("the portal refused"))
    second = Fake("mss", WaylandUnsupported("black image"))
    with pytest.raises(WaylandUnsupported, match="the portal refused"):
        grab_first(GrabRequest(), WAYLAND_X, [first, second, Refusal()])


def test_nothing_available_on_wayland_says_to_use_the_desktop_tool():
    with pytest.raises(WaylandUnsupported, match="screenshot tool.*portal"):
        grab_first(GrabRequest(), Environment("linux", "wayland", False),
                   [Fake("mss", ok=False), Refusal()])


# -- desktop portal replies -----------------------------------------------------------------
def _png(tmp_path, name, width, height, seed=3) -> tuple:
    pattern = random_pattern(width, height, seed)
    image = Image.frombytes("RGB", (width, height), pattern.rgb)
    path = tmp_path / name
    image.save(path)
    return path, pattern


def test_portal_screenshot_becomes_the_capture_with_its_backend(folder, claim, tmp_path):
    path, pattern = _png(tmp_path, "Capture d’écran 2026.png", 200, 120)
    reply = PortalReply(0, {"uri": path.as_uri()})
    raw = grab_first(GrabRequest(), Environment("linux", "wayland", False),
                     [portal_with(reply), Refusal()])
    assert (raw.width, raw.height, raw.backend) == (200, 120, "xdg-desktop-portal")
    assert raw.rgb() == pattern.rgb
    ev = store_capture(folder, claim.id, raw)
    assert ev.metadata["backend"] == "xdg-desktop-portal"
    assert ev.metadata["grabber"] == "org.freedesktop.portal.Screenshot"
    assert ev.metadata["session"] == "wayland"


def test_portal_region_is_cut_from_the_desktop_image_with_the_layout(tmp_path):
    path, pattern = _png(tmp_path, "shot.png", 300, 100)
    # Two monitors side by side, the left one starting at x = -100.
    layout = [Monitor(1, 0, 0, 200, 100, True), Monitor(2, -100, 0, 100, 100)]
    handler = PortalHandler(lambda: PortalReply(0, {"uri": path.as_uri()}), lambda: layout)
    env = Environment("linux", "wayland", False)
    raw = grab_first(GrabRequest(CaptureMode.REGION, region=Rect(-50, 10, 120, 30)), env,
                     [handler, Refusal()])
    assert (raw.width, raw.height) == (120, 30)
    assert raw.rgb() == pattern.crop(50, 10, 120, 30)
    second = grab_first(GrabRequest(CaptureMode.MONITOR, monitor=2), env, [handler, Refusal()])
    assert second.rgb() == pattern.crop(0, 0, 100, 100) and second.monitor_index == 2


def test_portal_without_a_layout_only_takes_whole_screens(tmp_path):
    path, _ = _png(tmp_path, "shot.png", 50, 40)
    handler = portal_with(PortalReply(0, {"uri": path.as_uri()}))
    with pytest.raises(CaptureError, match="only whole-screen"):
        handler.grab(GrabRequest(CaptureMode.MONITOR, monitor=1), WAYLAND_X)


@pytest.mark.parametrize(("reply", "error", "message"), [
    (PortalReply(1, {}), CaptureCancelled, "cancelled"),
    (PortalReply(2, {}), WaylandUnsupported, "portal refused the screenshot"),
    (PortalReply(0, {}), CaptureError, "without a screenshot file"),
    (PortalReply(0, {"uri": "https://example.org/x.png"}), CaptureError, "without a screenshot"),
])
def test_portal_replies_that_are_not_a_screenshot(reply, error, message):
    with pytest.raises(error, match=message):
        portal_with(reply).grab(GrabRequest(), WAYLAND_X)


def test_portal_file_that_is_not_an_image_is_a_clear_error(tmp_path):
    bad = tmp_path / "shot.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(CaptureError, match="cannot read the portal's screenshot"):
        portal_with(PortalReply(0, {"uri": bad.as_uri()})).grab(GrabRequest(), WAYLAND_X)


# -- black grabs on Wayland -----------------------------------------------------------------
def _raw(rgb: bytes, width: int, height: int) -> RawCapture:
    image = Image.frombytes("RGB", (width, height), rgb)
    return RawCapture(image.convert("RGBX").tobytes("raw", "BGRX"), width, height,
                      Rect(0, 0, width, height), now_utc(), CaptureMode.ALL,
                      [Monitor(1, 0, 0, width, height, True)], session="wayland")


def _with_black_block(width, height, block_w, block_h) -> Pattern:
    pattern = random_pattern(width, height, seed=5)
    rgb = bytearray(pattern.rgb)
    for y in range(block_h):
        rgb[y * width * 3:(y * width + block_w) * 3] = bytes(block_w * 3)
    return Pattern(bytes(rgb), width, height)


@pytest.mark.parametrize(("block", "flagged"), [((0, 0), False), ((20, 10), False),
                                                ((100, 30), True), ((200, 100), True)])
def test_partly_black_grab_is_flagged_above_five_percent(block, flagged):
    raw = _raw(_with_black_block(200, 100, *block).rgb, 200, 100)
    if block == (200, 100):
        with pytest.raises(WaylandUnsupported, match="black image"):
            capture_chain.check_black(raw)
        return
    capture_chain.check_black(raw)
    assert bool(raw.warnings) is flagged
    assert raw.black_fraction == pytest.approx(block[0] * block[1] / 20000, abs=0.002)


def test_xwayland_grab_with_black_windows_is_stored_flagged(folder, claim, qtbot, monkeypatch):
    screen = show_pattern(qtbot, _with_black_block(W, H, 640, 400))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    result = capture_to_claim(folder, claim.id)
    meta = result.original.metadata
    assert meta["backend"] == "mss" and meta["session"] == "wayland"
    assert meta["black_fraction"] == pytest.approx(0.25, abs=0.01)
    assert "pure black" in meta["warnings"][0]
    assert screen.window.isVisible()


def test_x11_grab_is_never_flagged_for_black(folder, claim, qtbot):
    screen = show_pattern(qtbot, _with_black_block(W, H, 640, 400))
    meta = capture_to_claim(folder, claim.id).original.metadata
    assert "warnings" not in meta and "black_fraction" not in meta
    assert screen.window.isVisible()


# -- macOS Screen Recording permission ------------------------------------------------------
class FakeCoreGraphics:
    def __init__(self, granted: bool | None):
        self.granted, self.requests = granted, 0
        if granted is not None:
            self.CGPreflightScreenCaptureAccess = lambda: self.granted
            self.CGRequestScreenCaptureAccess = self._request

    def _request(self):
        self.requests += 1
        return False


MACOS = Environment("darwin", "macos", False)


@pytest.fixture
def mac_grabs(monkeypatch):
    calls = []
    raw = _raw(random_pattern(8, 8).rgb, 8, 8)
    monkeypatch.setattr(capture_chain, "grab_mss", lambda *a, **k: calls.append(a) or raw)
    return calls


def test_macos_without_permission_asks_once_and_refuses_before_grabbing(monkeypatch,
                                                                        mac_grabs):
    lib = FakeCoreGraphics(granted=False)
    monkeypatch.setattr(macos, "core_graphics", lambda: lib)
    with pytest.raises(ScreenRecordingDenied, match="only the desktop background") as err:
        grab_first(GrabRequest(), MACOS)
    assert "Privacy & Security › Screen Recording" in str(err.value)
    assert "restart BonusDesk" in str(err.value)
    assert lib.requests == 1 and mac_grabs == []


def test_macos_with_permission_grabs_with_mss(monkeypatch, mac_grabs):
    lib = FakeCoreGraphics(granted=True)
    monkeypatch.setattr(macos, "core_graphics", lambda: lib)
    raw = grab_first(GrabRequest(), MACOS)
    assert raw.backend == "mss" and len(mac_grabs) == 1 and lib.requests == 0


def test_macos_before_10_15_has_no_permission_to_ask(monkeypatch, mac_grabs):
    monkeypatch.setattr(macos, "core_graphics", lambda: FakeCoreGraphics(granted=None))
    grab_first(GrabRequest(), MACOS)
    assert len(mac_grabs) == 1


def test_real_core_graphics_is_only_loaded_on_macos():
    # Here (Linux) there is no CoreGraphics: the check says "unknown", never crashes.
    assert macos.screen_recording_allowed() is None


def test_cli_prints_the_flag_of_a_partly_black_capture(cli_folder, run_cli, qtbot,
                                                        monkeypatch):
    screen = show_pattern(qtbot, _with_black_block(W, H, 640, 400))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    out = run_cli("capture", "1", folder=cli_folder, check=0)
    assert "warning" in out.stderr and "pure black" in out.stderr
    assert out.stdout.strip().isdigit() and screen.window.isVisible()
