"""Benchmark: full-screen 1920×1080 capture, grab to stored evidence row, beside scrot.

Starts its own Xvfb (1920×1080, 24-bit), shows a busy "casino account page"
drawn with Pillow in a full-screen Qt window, then measures (median of 20):

* the GUI-thread part: ``capture.grab()`` alone (target < 30 ms);
* grab to stored evidence: ``grab()`` + ``store_capture()`` (PNG encode with
  metadata, SHA-256, fsync'd write, evidence row and event);
* ``scrot`` run as a process on the same screen, and the ratio (target <= 0.5);
* the encoders the choice was made from, on the same pixels: BonusDesk's PNG writer
  with ISA-L (``isal``) and with zlib, ``mss.tools.to_png`` and Pillow at levels 1–6.

Prints figures only; nothing is asserted. Needs Xvfb and scrot on PATH.

    python bench/capture.py [--runs 20]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 1920, 1080


def busy_page(width: int = WIDTH, height: int = HEIGHT, seed: int = 7):
    """A screenful like a real one: header, columns of text, photos, an error box."""
    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(seed)
    im = Image.new("RGB", (width, height), (246, 247, 249))
    draw = ImageDraw.Draw(im)
    small, big = ImageFont.load_default(size=15), ImageFont.load_default(size=26)
    draw.rectangle([0, 0, width, 64], fill=(28, 35, 58))
    draw.text((24, 18), "Casino Etoile - My account - Bonuses", font=big, fill=(255, 255, 255))
    words = ("bonus deposit withdrawal wagering terms account verification error BNS-402 "
             "credited amount EUR promo code support ticket cashback free spins").split()
    for col in range(3):
        x, y = 24 + col * 630, 90
        while y < height - 30:
            if rnd.random() < 0.08:  # a photo-like block: gradient with noise
                block = Image.blend(
                    Image.linear_gradient("L").resize((560, 140)).convert("RGB"),
                    Image.effect_noise((560, 140), 40).convert("RGB"), 0.35)
                im.paste(block, (x, y))
                y += 152
                continue
            line = " ".join(rnd.choice(words) for _ in range(rnd.randint(6, 11)))
            draw.text((x, y), line, font=small, fill=(rnd.randint(0, 60),) * 3)
            y += 22
    draw.rectangle([width - 420, 100, width - 40, 260], fill=(255, 235, 238),
                   outline=(200, 40, 60), width=3)
    draw.text((width - 400, 120), "Error BNS-402", font=big, fill=(200, 40, 60))
    return im


def show_fullscreen(image_path: str) -> None:
    """Child process: show the image in a frameless window at (0, 0) until killed."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    label.setPixmap(QPixmap(image_path))
    label.setWindowFlags(Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.X11BypassWindowManagerHint)
    label.setGeometry(0, 0, WIDTH, HEIGHT)
    label.show()
    QTimer.singleShot(500, lambda: print("ready", flush=True))
    app.exec()


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"], pass_fds=[write_fd],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


def timed(func, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        out.append((time.perf_counter() - start) * 1000)
    return out


def line(label: str, ms: list[float]) -> str:
    return (f"{label:<44} median {statistics.median(ms):7.1f} ms   "
            f"min {min(ms):6.1f}   max {max(ms):6.1f}")


def run(runs: int) -> None:
    import platform as platform_module

    from bonusdesk.core import capture
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Claim, Platform

    platform_module.platform()  # cached by Python after its first, slow call; the app warms it
    # Cold: the first grab of a thread creates its mss instance.
    cold_start = time.perf_counter()
    capture.grab()
    cold = (time.perf_counter() - cold_start) * 1000
    gui = timed(capture.grab, runs)

    work = Path(tempfile.mkdtemp(prefix="bonusdesk-bench-"))
    try:
        folder = ClaimFolder.create(work / "claims")
        platform = folder.claims.add_platform(Platform("Bench casino"))
        claim = folder.claims.create(Claim(title="Bench", platform_id=platform.id,
                                           incident_at=datetime.now(UTC),
                                           incident_zone="Europe/Paris"))
        stored, store_only, total, scrot = [], [], [], []
        shot = work / "scrot.png"
        # Interleaved, so a busy machine slows both sides of the ratio alike.
        for _ in range(runs):
            start = time.perf_counter()
            raw = capture.grab()
            mid = time.perf_counter()
            stored.append(capture.store_capture(folder, claim.id, raw))
            end = time.perf_counter()
            total.append((end - start) * 1000)
            store_only.append((end - mid) * 1000)
            scrot += timed(lambda: subprocess.run(["scrot", "-o", str(shot)], check=True), 1)
        assert len({ev.sha256 for ev in stored}) == runs  # each one really stored
        folder.close()
        raw = capture.grab()
        encoders = compare_encoders(raw, max(3, runs // 4))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"screen {WIDTH}×{HEIGHT}×24 on Xvfb, busy page, {runs} runs, "
          f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
    print(f"{'GUI thread: first grab (creates mss)':<44} {cold:7.1f} ms (once per thread)")
    print(line("GUI thread: grab()", gui))
    print(line("worker: store_capture() (encode+hash+store)", store_only))
    print(line("grab to stored evidence row", total))
    print(line("scrot (process, same screen)", scrot))
    ratio = statistics.median(total) / statistics.median(scrot)
    print(f"ratio grab-to-stored / scrot: {ratio:.2f}   (target <= 0.50)")
    print(f"GUI thread blocked (max grab): {max(gui):.1f} ms   (target < 30 ms)")
    print("encoders, same pixels (encode only, median):")
    for name, ms, size in encoders:
        print(f"  {name:<40} {ms:7.1f} ms  {size / 1024:8.0f} KiB")


def compare_encoders(raw, runs: int) -> list[tuple[str, float, int]]:
    from mss.tools import to_png
    from PIL import Image

    from bonusdesk.core import png

    rgb = raw.rgb()
    size = (raw.width, raw.height)
    rows = []
    out: dict[str, bytes] = {}
    candidates = [(f"BonusDesk png ({png.compressor(b)[0]})",
                   lambda b=b: png.encode_png(rgb, raw.width, raw.height, backend=b))
                  for b in ("auto", "zlib") if b == "zlib" or png.compressor("auto")[0] !=
                  png.compressor("zlib")[0]]
    candidates += [(f"mss.tools.to_png L{lv}", lambda lv=lv: to_png(rgb, size, level=lv))
                   for lv in (1, 3, 6)]

    def pillow(level: int) -> bytes:
        buf = io.BytesIO()
        Image.frombuffer("RGB", size, raw.bgra, "raw", "BGRX", 0, 1).save(
            buf, "PNG", compress_level=level)
        return buf.getvalue()

    candidates += [(f"Pillow L{lv}", lambda lv=lv: pillow(lv)) for lv in (1, 3, 6)]
    for name, encode in candidates:
        ms = timed(lambda enc=encode: out.update(png=enc()), runs)
        decoded = Image.open(io.BytesIO(out["png"])).convert("RGB").tobytes()
        assert decoded == rgb, name  # equal pixels: every candidate is lossless
        rows.append((name, statistics.median(ms), len(out["png"])))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--show", help=argparse.SUPPRESS)  # child mode: show an image
    args = parser.parse_args()
    if args.show:
        show_fullscreen(args.show)
        return
    for tool in ("Xvfb", "scrot"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found on PATH")
    xvfb, display = start_xvfb()
    page = Path(tempfile.mkdtemp(prefix="bonusdesk-page-")) / "page.png"
    viewer = None
    try:
        busy_page().save(page)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        viewer = subprocess.Popen([sys.executable, __file__, "--show", str(page)], env=env,
                                  stdout=subprocess.PIPE, text=True)
        if viewer.stdout.readline().strip() != "ready":
            raise SystemExit("the page viewer did not start")
        os.environ["DISPLAY"] = display
        os.environ.pop("WAYLAND_DISPLAY", None)
        os.environ.pop("XDG_SESSION_TYPE", None)
        run(args.runs)
    finally:
        if viewer is not None:
            viewer.terminate()
            viewer.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(page.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
