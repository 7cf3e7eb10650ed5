"""Screen capture, like for like: in-process beside an in-process floor, CLI beside scrot.

    python bench/capture.py [--runs 20]

Starts its own Xvfb (1920×1080×24) showing a realistic casino page full screen, then:

1. In-process, interleaved run by run (median of ``--runs``):
   * ours: ``capture.grab()`` + ``capture.store_capture()`` — grab, PNG with metadata,
     SHA-256, fsync'd write, evidence row and event;
   * floor: an mss grab, the same pixel conversion and PNG encoder (``png.encode_bgrx``,
     same deflate backend, no metadata), SHA-256 and one write with fsync.
   No target in issue 17; the ratio is what the app adds to the unavoidable work.
   Also the GUI thread's share, ``grab()`` alone (target < 30 ms, docs/capture.md).
2. Whole processes, in turn (A B A B ...): ``bonusdesk-cli capture CLAIM`` beside
   ``scrot`` writing a PNG of the same screen. Target: ≤ 1.5× scrot (issue 17).
   For scale, the least a Python process can do (bench/capture_floor.py: the
   interpreter, mss, the same pixel conversion and encoder, SHA-256, one fsync'd write;
   no folder, no database, no metadata) beside scrot, and the CLI beside that floor.
3. The encoders the choice was made from, same pixels, encode only (no target).

Needs Xvfb and scrot on PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    OUT,
    ROOT,
    Result,
    Target,
    machine,
    median,
    print_results,
    spread,
)
from bench.display import showing, x11_env, xvfb  # noqa: E402
from bench.proc import paired  # noqa: E402

CLI = str(Path(sys.executable).parent / "bonusdesk-cli")


def floor_capture(sct, area: dict, out: Path) -> None:
    """The least a lossless capture must do: grab, encode, hash, write durably."""
    from bonusdesk.core import png

    shot = sct.grab(area)
    data = png.encode_bgrx(shot.raw, shot.width, shot.height)
    hashlib.sha256(data).hexdigest()
    with open(out, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def in_process(runs: int, work: Path) -> list[Result]:
    import platform as platform_module

    from bonusdesk.core import capture
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Claim, Platform

    platform_module.platform()  # cached after its first, slow call; the app warms it too
    cold_start = time.perf_counter()
    capture.grab()  # the first grab of a thread creates its mss instance
    cold = time.perf_counter() - cold_start
    gui = []
    for _ in range(runs):
        t = time.perf_counter()
        capture.grab()
        gui.append(time.perf_counter() - t)

    folder = ClaimFolder.create(work / "claims")
    platform = folder.claims.add_platform(Platform("Bench casino"))
    claim = folder.claims.create(Claim(title="Bench", platform_id=platform.id,
                                       incident_at=datetime.now(UTC),
                                       incident_zone="Europe/Paris"))
    import mss

    sct = (getattr(mss, "MSS", None) or mss.mss)()  # the floor's own grabber, reused like ours
    area = sct.monitors[0]
    ours, floor = [], []
    stored = set()
    for n in range(runs + 1):  # interleaved: a busy machine slows both alike
        t = time.perf_counter()
        stored.add(capture.store_capture(folder, claim.id, capture.grab()).sha256)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        floor_capture(sct, area, work / f"floor-{n}.png")
        floor.append(time.perf_counter() - t)
    sct.close()
    folder.close()
    if len(stored) != runs + 1:
        raise SystemExit("capture bench: a capture was not stored")
    return [
        Result("GUI thread: grab() (warm)", median(gui), "s", target=Target(
            "value", "<=", 0.030, "docs/capture.md"), spread=spread(gui),
            note=f"max {max(gui) * 1000:.1f} ms; first grab of a thread (creates mss) "
                 f"{cold * 1000:.1f} ms"),
        Result("in-process: grab to stored evidence row", median(ours[1:]), "s",
               "floor: mss grab + same encoder + SHA-256 + write with fsync",
               median(floor[1:]), spread=spread(ours[1:])),
    ]


def whole_process(runs: int, work: Path, display: str) -> list[Result]:
    env = x11_env(display, PYTHONPATH=str(ROOT), BONUSDESK_TZ="Europe/Paris")
    folder = str(work / "claims")
    shot = str(work / "scrot.png")
    ours = [CLI, "--folder", folder, "capture", "1"]
    scrot = ["scrot", "-o", shot]
    least = [sys.executable, str(Path(__file__).with_name("capture_floor.py")),
             str(work / "floor-process.png")]
    pair = paired(ours, scrot, runs, env_a=env, env_b=env)
    floor_pair = paired(least, scrot, runs, env_a=env, env_b=env)
    over_floor = paired(ours, least, runs, env_a=env, env_b=env)
    return [Result("bonusdesk-cli capture 1 (whole process)", pair.wall("a"), "s",
                   "scrot -o FILE (whole process, same screen)", pair.wall("b"),
                   Target("ratio", "<=", 1.5), ratio=pair.ratio,
                   spread=spread([s.wall for s in pair.a]), note=pair.cpu_note()),
            Result("Python floor, whole process: mss grab, same conversion and encoder, "
                   "SHA-256, fsync'd write; no folder", floor_pair.wall("a"), "s",
                   "scrot -o FILE (whole process, same screen)", floor_pair.wall("b"),
                   ratio=floor_pair.ratio, spread=spread([s.wall for s in floor_pair.a]),
                   note=floor_pair.cpu_note()),
            Result("bonusdesk-cli capture 1 beside the Python floor (what the folder, "
                   "its database, event and metadata add)", over_floor.wall("a"), "s",
                   "Python floor (whole process)", over_floor.wall("b"),
                   ratio=over_floor.ratio, spread=spread([s.wall for s in over_floor.a]),
                   note=over_floor.cpu_note())]


def compare_encoders(runs: int) -> list[str]:
    from mss.tools import to_png
    from PIL import Image

    from bonusdesk.core import capture, png

    raw = capture.grab()
    rgb, size = raw.rgb(), (raw.width, raw.height)

    def pillow(level: int) -> bytes:
        buf = io.BytesIO()
        Image.frombuffer("RGB", size, raw.bgra, "raw", "BGRX", 0, 1).save(
            buf, "PNG", compress_level=level)
        return buf.getvalue()

    backends = ["zlib"] + (["auto"] if png.compressor("auto")[0] != png.compressor("zlib")[0]
                           else [])
    candidates = [(f"BonusDesk png ({png.compressor(b)[0]})",
                   lambda b=b: png.encode_png(rgb, raw.width, raw.height, backend=b))
                  for b in backends]
    candidates += [(f"mss.tools.to_png level {lv}", lambda lv=lv: to_png(rgb, size, level=lv))
                   for lv in (1, 3, 6)]
    candidates += [(f"Pillow level {lv}", lambda lv=lv: pillow(lv)) for lv in (1, 3, 6)]
    lines = []
    for name, encode in candidates:
        times, cpu, data = [], [], b""
        for _ in range(runs):
            t, c = time.perf_counter(), time.thread_time()
            data = encode()
            times.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)
        decoded = Image.open(io.BytesIO(data)).convert("RGB").tobytes()
        if decoded != rgb:
            raise SystemExit(f"capture bench: {name} is not lossless")
        lines.append(f"encoder {name}: {statistics.median(times) * 1000:.1f} ms "
                     f"(CPU {statistics.median(cpu) * 1000:.1f} ms), {len(data) / 1e6:.2f} MB "
                     "(encode only, same pixels, lossless checked)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("scrot") is None:
        raise SystemExit("scrot not found on PATH (Debian package scrot)")
    from bench.screens import screenshots

    page = screenshots(1)[0]
    m = machine()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="capture-", dir=OUT) as tmp, \
            xvfb() as display, showing(page, display):
        os.environ.update(DISPLAY=display)
        for var in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
            os.environ.pop(var, None)
        work = Path(tmp)
        results = in_process(args.runs, work)
        results += whole_process(max(5, args.runs // 2), work, display)
        encoders = compare_encoders(max(3, args.runs // 4))
    print_results("bench/capture.py", m, results, [
        "screen 1920×1080×24 on Xvfb showing a realistic casino page (bench/screens.py)",
        *encoders])


if __name__ == "__main__":
    main()
