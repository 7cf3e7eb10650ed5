"""Screen capture on a real X server (pytest-xvfb, 24-bit, 1280×800) with known pixels."""

from __future__ import annotations

import hashlib
import platform
import threading

import pytest
from PIL import Image

from bonusdesk import __version__
from bonusdesk.core import capture
from bonusdesk.core.capture import (
    BadCaptureRequest,
    CaptureMode,
    NoDisplay,
    UnsupportedScreen,
    WaylandUnsupported,
    capture_to_claim,
    grab,
    store_capture,
)
from bonusdesk.core.events import list_events
from bonusdesk.core.model import EvidenceKind
from bonusdesk.core.monitors import Rect
from bonusdesk.core.png import read_png_text
from bonusdesk.core.timeutil import now_utc, to_iso

from .screen import random_pattern, show_pattern, solid_pattern, xvfb

W, H = 1280, 800  # pyproject: xvfb_width / xvfb_height


@pytest.fixture
def pattern(qtbot):
    return show_pattern(qtbot, random_pattern(W, H))


def stored(folder, ev) -> Image.Image:
    path = folder.evidence.file_path(ev)
    im = Image.open(path)
    im.load()
    return im


def assert_nothing_stored(folder):
    assert folder.evidence.all() == []
    if folder.evidence_dir.exists():
        assert [p for p in folder.evidence_dir.rglob("*") if p.is_file()] == []
    assert list(folder.db.query("select * from pending_files")) == []
    assert [e for e in list_events(folder.db) if e.entity == "evidence"] == []


# -- what is stored --------------------------------------------------------------------
def test_full_screen_capture_stores_the_screen_pixels_exactly(folder, claim, pattern):
    ev = capture_to_claim(folder, claim.id, CaptureMode.ALL).original
    im = stored(folder, ev)
    assert im.format == "PNG" and im.mode == "RGB"
    assert im.size == (W, H) == (ev.width, ev.height)
    assert im.tobytes() == pattern.rgb
    data = folder.evidence.file_path(ev).read_bytes()
    assert hashlib.sha256(data).hexdigest() == ev.sha256
    assert ev.path == f"evidence/{ev.sha256[:2]}/{ev.sha256}.png"
    assert (ev.kind, ev.source, ev.mime) == (EvidenceKind.SCREENSHOT, "capture", "image/png")
    assert folder.evidence.get(ev.id) == ev


def test_stored_png_passes_the_import_inspection_it_skips(folder, claim, pattern):
    # store_capture vouches for its own PNG instead of decoding it again: check the vouch.
    from bonusdesk.core.inspect_file import inspect

    ev = capture_to_claim(folder, claim.id, "region", region=Rect(3, 4, 300, 200)).original
    facts = inspect(folder.evidence.file_path(ev), "capture", ev.original_name)
    assert (facts.mime, facts.ext, facts.width, facts.height) == ("image/png", "png", 300, 200)
    assert (ev.mime, ev.width, ev.height) == ("image/png", 300, 200)


def test_solid_colour_screen_is_stored_as_that_colour(folder, claim, qtbot):
    screen = show_pattern(qtbot, solid_pattern(W, H, (0x12, 0xAB, 0x34)))
    ev = capture_to_claim(folder, claim.id).original
    assert stored(folder, ev).getcolors() == [(W * H, (0x12, 0xAB, 0x34))]
    assert screen.window.isVisible()


def test_region_capture_is_exactly_w_by_h_from_the_right_place(folder, claim, pattern):
    ev = capture_to_claim(folder, claim.id, "region", region=Rect(37, 21, 101, 57)).original
    im = stored(folder, ev)
    assert im.size == (101, 57)
    assert im.tobytes() == pattern.crop(37, 21, 101, 57)
    assert ev.metadata["area"] == {"left": 37, "top": 21, "width": 101, "height": 57}


def test_region_hanging_off_the_screen_is_clipped_and_says_so(folder, claim, pattern):
    ev = capture_to_claim(folder, claim.id, "region", region=Rect(1200, 760, 200, 100)).original
    im = stored(folder, ev)
    assert im.size == (80, 40)
    assert im.tobytes() == pattern.crop(1200, 760, 80, 40)
    assert ev.metadata["requested_region"] == {"left": 1200, "top": 760, "width": 200,
                                               "height": 100}


def test_one_monitor_capture_records_its_index(folder, claim, pattern):
    ev = capture_to_claim(folder, claim.id, "monitor", monitor=1).original
    assert stored(folder, ev).tobytes() == pattern.rgb
    assert ev.metadata["monitor_index"] == 1


def test_stored_pixels_equal_grabbed_pixels(folder, claim, pattern):
    raw = grab()
    ev = store_capture(folder, claim.id, raw)
    assert stored(folder, ev).tobytes() == raw.rgb() == pattern.rgb


def test_metadata_is_in_the_png_text_chunks_and_the_evidence_row(folder, claim, pattern):
    ev = capture_to_claim(folder, claim.id).original
    text = stored(folder, ev).text
    meta = read_png_text(text)
    assert meta == folder.evidence.get(ev.id).metadata
    assert meta["captured_at_utc"] == to_iso(ev.captured_at) == text["Creation Time"]
    assert meta["zone"] == "Europe/Paris" == ev.zone  # conftest's user zone
    assert meta["utc_offset"] == ev.utc_offset
    assert meta["mode"] == "all"
    assert meta["area"] == {"left": 0, "top": 0, "width": W, "height": H}
    assert meta["monitors"] == [{"index": 1, "left": 0, "top": 0, "width": W, "height": H,
                                 "primary": meta["monitors"][0]["primary"],
                                 **({"name": meta["monitors"][0]["name"]}
                                    if "name" in meta["monitors"][0] else {})}]
    assert meta["os"] == platform.platform()
    assert meta["session"] == "x11"
    assert meta["app"] == f"BonusDesk {__version__}" == text["Software"]
    assert meta["grabber"].startswith("mss 10.")
    assert meta["encoder"].startswith(("isal ", "zlib "))


def test_capture_time_is_the_moment_of_the_grab_not_of_storing(folder, claim, pattern):
    before = now_utc()
    raw = grab()
    after = now_utc()
    ev = store_capture(folder, claim.id, raw)
    assert before <= raw.captured_at <= after
    assert ev.captured_at == raw.captured_at
    stored_event = [e for e in list_events(folder.db, claim.id) if e.entity_id == ev.id][-1]
    assert stored_event.action == "capture"
    assert stored_event.at >= to_iso(after)  # recorded later than the grab it describes


def test_grab_on_one_thread_and_store_on_another(folder, claim, pattern):
    # The GUI grabs on its thread; each thread gets its own mss instance.
    result = {}
    worker = threading.Thread(target=lambda: result.update(raw=grab("region",
                                                                     region=Rect(5, 6, 7, 8))))
    worker.start()
    worker.join()
    ev = store_capture(folder, claim.id, result["raw"])
    assert stored(folder, ev).tobytes() == pattern.crop(5, 6, 7, 8)


def test_encode_in_a_worker_then_store_on_the_folder_thread(folder, claim, pattern):
    raw = grab()  # GUI thread
    result = {}
    worker = threading.Thread(target=lambda: result.update(enc=capture.encode_capture(raw)))
    worker.start()
    worker.join()
    enc = result["enc"]
    ev = capture.store_encoded(folder, claim.id, enc, caption="Bonus page")
    assert folder.evidence.file_path(ev).read_bytes() == enc.png
    assert (ev.sha256, ev.caption) == (hashlib.sha256(enc.png).hexdigest(), "Bonus page")
    assert stored(folder, ev).tobytes() == pattern.rgb
    assert ev.metadata == enc.metadata and ev.captured_at == raw.captured_at


def test_delay_waits_before_the_grab(folder, claim, pattern):
    waited = []
    raw = grab(delay=2.5, sleep=lambda s: waited.append((s, now_utc())))
    assert [s for s, _ in waited] == [2.5]
    assert raw.captured_at >= waited[0][1]


@pytest.mark.parametrize("delay", [-1, 30.5, 31])
def test_delay_outside_0_to_30_seconds_is_refused_without_waiting(folder, claim, delay):
    waited = []
    with pytest.raises(BadCaptureRequest, match="between 0 and 30 seconds"):
        capture_to_claim(folder, claim.id, delay=delay, sleep=waited.append)
    assert waited == []
    assert_nothing_stored(folder)


# -- the stamped derivative ------------------------------------------------------------
def test_stamped_copy_is_separate_evidence_and_leaves_the_original_alone(folder, claim,
                                                                         pattern):
    result = capture_to_claim(folder, claim.id, "region", region=Rect(100, 100, 640, 360),
                              stamped=True)
    original, copy = result.original, result.stamped
    original_bytes = folder.evidence.file_path(original).read_bytes()
    assert hashlib.sha256(original_bytes).hexdigest() == original.sha256
    assert folder.evidence.check(original) == ""
    assert stored(folder, original).tobytes() == pattern.crop(100, 100, 640, 360)

    assert copy.id != original.id and copy.sha256 != original.sha256
    assert (copy.source, copy.parent_sha256) == ("derivative", original.sha256)
    assert copy.captured_at == original.captured_at
    im = stored(folder, copy)
    assert im.width == 640 and im.height > 360
    assert im.crop((0, 0, 640, 360)).tobytes() == pattern.crop(100, 100, 640, 360)
    banner = im.crop((0, 360, 640, im.height))
    assert len(banner.getcolors(10_000)) > 2  # text was drawn on it
    assert read_png_text(im.text)["parent_sha256"] == original.sha256


def test_stamp_banner_names_time_zone_claim_and_original_hash(folder, claim, pattern):
    from bonusdesk.core.stamp import banner_lines

    original = capture_to_claim(folder, claim.id).original
    text = "\n".join(banner_lines(original, claim.title))
    local = original.captured_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Paris"))
    assert local.strftime("%Y-%m-%d %H:%M:%S") in text
    assert "Europe/Paris (UTC+01:00)" in text
    assert claim.title in text
    assert original.sha256 in text


def test_stamping_refuses_an_altered_original(folder, claim, pattern):
    from bonusdesk.core.errors import BadInput
    from bonusdesk.core.stamp import store_stamped

    original = capture_to_claim(folder, claim.id, "region", region=Rect(0, 0, 50, 50)).original
    path = folder.evidence.file_path(original)
    path.chmod(0o600)
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(BadInput, match="altered"):
        store_stamped(folder, claim.id, original)
    assert len(folder.evidence.all()) == 1


# -- errors: clear, and nothing stored --------------------------------------------------
def test_no_display_is_a_clear_error(folder, claim, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(NoDisplay, match="not a graphical session"):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_unreachable_display_is_a_clear_error(folder, claim, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":4242")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    with pytest.raises(NoDisplay, match="cannot open the display ':4242'"):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_wayland_without_x11_says_to_use_the_portal_and_import(folder, claim, monkeypatch):
    monkeypatch.delenv("DISPLAY")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    with pytest.raises(WaylandUnsupported, match="screenshot tool.*portal.*import the file"):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_wayland_grab_failure_says_to_use_the_portal(folder, claim, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":4243")  # XWayland not answering
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    with pytest.raises(WaylandUnsupported, match="refused the screen grab.*portal"):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_wayland_black_image_is_refused_not_stored(folder, claim, qtbot, monkeypatch):
    # XWayland returns black pixels for native Wayland windows instead of failing.
    screen = show_pattern(qtbot, solid_pattern(W, H, (0, 0, 0)))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    with pytest.raises(WaylandUnsupported, match="black image"):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)
    assert screen.window.isVisible()


def test_colour_depth_mss_cannot_read_is_a_clear_error(folder, claim, monkeypatch):
    with xvfb(depth=16) as display:
        monkeypatch.setenv("DISPLAY", display)
        with pytest.raises(UnsupportedScreen, match="24-bit or 32-bit colour"):
            capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_region_outside_every_monitor_is_refused(folder, claim):
    with pytest.raises(BadCaptureRequest, match="outside every monitor"):
        capture_to_claim(folder, claim.id, "region", region=Rect(-500, -500, 100, 100))
    assert_nothing_stored(folder)


def test_zero_size_region_is_refused(folder, claim):
    with pytest.raises(BadCaptureRequest, match="zero size"):
        capture_to_claim(folder, claim.id, "region", region=Rect(10, 10, 0, 50))
    assert_nothing_stored(folder)


def test_unknown_monitor_is_refused(folder, claim):
    with pytest.raises(BadCaptureRequest, match="no monitor 2"):
        capture_to_claim(folder, claim.id, "monitor", monitor=2)
    assert_nothing_stored(folder)


def _enospc(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


def test_disk_full_while_writing_is_a_clear_error_without_partial_file(folder, claim, pattern,
                                                                       monkeypatch):
    import bonusdesk.core.evidence as evidence_module

    real_open = open

    class FillsUp:
        """A file that takes half the bytes, then reports a full disk."""

        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            _enospc()

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def open_filling_up(path, mode="r", *args, **kwargs):
        fh = real_open(path, mode, *args, **kwargs)
        return FillsUp(fh) if "x" in mode or "w" in mode else fh

    monkeypatch.setattr(evidence_module, "open", open_filling_up, raising=False)
    with pytest.raises(capture.DiskFull, match="disk full.*free some space"):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_disk_full_at_fsync_is_a_clear_error_without_partial_file(folder, claim, pattern,
                                                                   monkeypatch):
    import bonusdesk.core.evidence as evidence_module

    monkeypatch.setattr(evidence_module.os, "fsync", _enospc)
    with pytest.raises(capture.DiskFull):
        capture_to_claim(folder, claim.id)
    assert_nothing_stored(folder)


def test_banner_without_an_accented_font_folds_accents_instead_of_boxes(monkeypatch):
    from bonusdesk.core import stamp

    monkeypatch.setattr(stamp, "_font_paths", lambda: [])
    assert stamp._font(20)[1] is False
    lines = ["Claim: Bonus de bienvenue non crédité — Casino Étoile"]
    font, _, wrapped = stamp._fit(lines, 1920)
    assert wrapped == ["Claim: Bonus de bienvenue non credite - Casino Etoile"]
    out = stamp.render_stamped(Image.new("RGB", (1920, 10), (1, 2, 3)), lines)
    assert out.width == 1920 and out.height > 10
    assert out.crop((0, 0, 1920, 10)).getcolors() == [(19200, (1, 2, 3))]


def test_banner_wraps_on_a_narrow_capture_instead_of_cutting_the_hash(folder, claim, pattern):
    from bonusdesk.core.stamp import _fit, banner_lines

    original = capture_to_claim(folder, claim.id, "region", region=Rect(0, 0, 120, 40)).original
    _, _, wrapped = _fit(banner_lines(original, claim.title), 120)
    assert original.sha256 in "".join(wrapped).replace(" ", "")
    assert len(wrapped) > 3
