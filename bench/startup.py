"""Desktop app benchmark: start-up, opening a big claim, search.

Generates (once, cached under bench/out/) a claim folder with 1,000 claims and
20,000 evidence items. One claim holds 200 real screenshots imported through the
core (files exist, so thumbnails are really made); the other rows are inserted
directly for speed (their files do not exist: they are never opened here).

Then prints:
- process start -> main window shown (``python -m bonusdesk --quit-after-shown``),
- time to open the 200-screenshot claim (tabs filled) and for its visible
  thumbnails to arrive from the thread pool (cold and warm thumbnail cache),
- full-text search time (core search + list filtering).

Run under a display: ``xvfb-run -s "-screen 0 1400x900x24" python bench/startup.py``
or with DISPLAY set. ``--regenerate`` rebuilds the folder.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bonusdesk.core.folder import ClaimFolder  # noqa: E402
from bonusdesk.core.model import Category, Claim, Platform  # noqa: E402
from bonusdesk.core.timeutil import to_iso  # noqa: E402

OUT = ROOT / "bench" / "out"
N_CLAIMS = 1000
N_EVIDENCE = 20_000
BIG_CLAIM_SHOTS = 200
TARGETS = {"start": 1.0, "open": 0.150, "search": 0.050}


def generate(path: Path) -> int:
    """Build the folder; returns the id of the claim with 200 screenshots."""
    from PIL import Image, ImageDraw

    if path.exists():
        shutil.rmtree(path)
    folder = ClaimFolder.create(path)
    platforms = [folder.claims.add_platform(Platform(f"Platform {i}", window_hours=24 + i))
                 for i in range(20)]
    base = datetime(2026, 1, 1, tzinfo=UTC)
    words = ["bonus", "cashback", "free spins", "withdrawal", "deposit", "wagering"]
    ids = []
    with folder.transaction():
        for i in range(N_CLAIMS):
            claim = folder.claims.create(Claim(
                title=f"{words[i % len(words)].capitalize()} problem #{i}",
                platform_id=platforms[i % len(platforms)].id,
                incident_at=base + timedelta(hours=7 * i), incident_zone="Europe/Paris",
                category=list(Category)[i % len(Category)],
                error_code=f"ERR-{i:04d}", error_text=f"Error number {i} shown on the page"))
            ids.append(claim.id)
    big = ids[0]
    shots = path.parent / "shots"
    shots.mkdir(exist_ok=True)
    for n in range(BIG_CLAIM_SHOTS):
        p = shots / f"shot-{n:03d}.png"
        im = Image.new("RGB", (1280, 720), ((n * 37) % 256, (n * 91) % 256, (n * 53) % 256))
        ImageDraw.Draw(im).text((40, 40), f"Screenshot {n}", fill=(255, 255, 255))
        im.save(p)
        folder.evidence.import_file(big, p)
    rows = []
    now = to_iso(datetime.now(UTC))
    for n in range(N_EVIDENCE - BIG_CLAIM_SHOTS):
        sha = hashlib.sha256(f"row-{n}".encode()).hexdigest()
        rows.append({
            "claim_id": ids[1 + n % (len(ids) - 1)], "kind": "screenshot", "sha256": sha,
            "path": f"evidence/{sha[:2]}/{sha}.png", "original_name": f"capture-{n}.png",
            "size": 100_000, "mime": "image/png", "captured_at": now, "zone": "Europe/Paris",
            "utc_offset": "+01:00", "caption": f"Screen {n}", "note": "", "width": 1280,
            "height": 720, "pages": None, "exif_time": "", "source": "import",
            "parent_sha256": "", "metadata": "{}"})
    with folder.transaction():
        folder.db["evidence"].insert_all(rows, batch_size=2000)
        # Every write needs its event (the transaction refuses otherwise).
        folder.log("import", "evidence", None, None, {"synthetic_rows": len(rows)})
    folder.close()
    shutil.rmtree(shots)
    return big


def time_start(path: Path, runs: int) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(OUT / "config"))
    env.setdefault("QT_QPA_PLATFORM", "xcb")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bonusdesk", "--folder", str(path), "--quit-after-shown"],
            env=env, stdout=subprocess.PIPE, text=True)
        for line in proc.stdout:
            if "main window shown" in line:
                times.append(time.perf_counter() - t0)
                break
        proc.wait(timeout=60)
    return times


def time_in_process(path: Path, big: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bonusdesk.ui.main_window import MainWindow
    from bonusdesk.ui.prefs import Prefs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    shutil.rmtree(path / "cache", ignore_errors=True)
    prefs = Prefs(QSettings(str(OUT / "bench.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prefs)
    window.show()
    window.set_folder(ClaimFolder.open(path))
    app.processEvents()
    results = {}
    gallery = window.claim_view.evidence
    for label in ("cold", "warm"):
        other = window.model.claim_at(5).id
        window.select_claim(other)
        app.processEvents()
        window.claim_view.tabs.setCurrentWidget(gallery)
        t0 = time.perf_counter()
        window.select_claim(big)
        results[f"open_{label}"] = time.perf_counter() - t0
        # Thumbnails: the view asks only for visible rows; wait for those.
        deadline = time.perf_counter() + 60
        app.processEvents()
        while gallery.model.pending_thumbnails() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
        results[f"thumbs_{label}"] = time.perf_counter() - t0
        results[f"thumbs_{label}_count"] = gallery.model.loaded_thumbnails()
    for text in ("bonus", "ERR-0420", "capture-12345", "nothing-matches-this"):
        samples = []
        for _ in range(5):
            t0 = time.perf_counter()
            window.search.setText(text)
            window.apply_search()
            samples.append(time.perf_counter() - t0)
        results[f"search {text!r}"] = statistics.median(samples)
        results[f"search {text!r} rows"] = window.proxy.rowCount()
    window.search.clear()
    window.quit()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = OUT / "claims-1000"
    marker = OUT / "big-claim-id"
    if args.regenerate or not marker.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        big = generate(path)
        marker.write_text(str(big))
        print(f"generated {N_CLAIMS} claims / {N_EVIDENCE} evidence in "
              f"{time.perf_counter() - t0:.1f} s: {path}")
    big = int(marker.read_text())
    starts = time_start(path, args.runs)
    start = statistics.median(starts)
    print(f"start -> window shown: median {start:.3f} s over {len(starts)} runs "
          f"(min {min(starts):.3f}, max {max(starts):.3f}); target {TARGETS['start']} s, "
          f"ratio {start / TARGETS['start']:.2f}")
    r = time_in_process(path, big)
    for label in ("cold", "warm"):
        o = r[f"open_{label}"]
        print(f"open claim with {BIG_CLAIM_SHOTS} screenshots ({label} thumbnail cache): "
              f"{o * 1000:.1f} ms; target {TARGETS['open'] * 1000:.0f} ms, "
              f"ratio {o / TARGETS['open']:.2f}; visible thumbnails "
              f"({r[f'thumbs_{label}_count']}) after {r[f'thumbs_{label}'] * 1000:.0f} ms")
    for key, value in r.items():
        if key.startswith("search") and not key.endswith("rows"):
            print(f"{key}: {value * 1000:.1f} ms -> {r[key + ' rows']} claims; target "
                  f"{TARGETS['search'] * 1000:.0f} ms, ratio {value / TARGETS['search']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
