"""Benchmark: 100 realistic 1920×1080 screenshots into one PDF package, beside img2pdf.

img2pdf copies PNG data into a PDF and nothing else: the lossless lower bound. Each
run happens in a fresh subprocess so its peak memory (ru_maxrss) is its own.
Prints figures and ratios; asserts nothing.

    python bench/export.py [--count 100]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.screens import make_screenshot  # noqa: E402

CACHE = ROOT / "bench" / "out" / "screens"

CHILD_IMG2PDF = textwrap.dedent("""
    import json, resource, sys, time
    import img2pdf
    files, out = json.loads(sys.argv[1]), sys.argv[2]
    t = time.perf_counter()
    with open(out, "wb") as fh:
        fh.write(img2pdf.convert(files))
    wall = time.perf_counter() - t
    print(json.dumps({"wall": wall, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
""")

CHILD_EXPORT = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.export import ExportOptions, export_claim
    from bonusdesk.export.layout import register_fonts
    folder_path, out, opts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    register_fonts()  # a one-off start-up cost of the app, not of an export
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with ClaimFolder.open(folder_path) as folder:
        t = time.perf_counter()
        r = export_claim(folder, 1, Path(out), ExportOptions(**opts))
        wall = time.perf_counter() - t
    print(json.dumps({"wall": wall, "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "base_kb": base, "pages": r.pages, "mode": r.image_mode}))
""")


def screenshots(count: int) -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        path = CACHE / f"screen-{i:03d}.png"
        if not path.exists():
            make_screenshot(path, i)
        files.append(path)
    return files


def make_folder(path: Path, files: list[Path]) -> None:
    from datetime import UTC, datetime

    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Category, Claim, Platform

    with ClaimFolder.create(path) as folder:
        platform = folder.claims.add_platform(Platform("Casino Étoile"))
        claim = folder.claims.create(Claim(
            title="Bonus de bienvenue non crédité", platform_id=platform.id,
            incident_at=datetime(2026, 11, 20, 20, 15, tzinfo=UTC), incident_zone="Europe/Paris",
            account_id="PLAYER-4411", category=Category.BONUS_NOT_CREDITED,
            error_code="BNS-402", error_text="Bonus could not be credited"))
        for r in folder.evidence.import_files(claim.id, files):
            assert r.ok, r.error


def run(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, check=False)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    args = ap.parse_args()
    files = screenshots(args.count)
    total_png = sum(f.stat().st_size for f in files)
    print(f"{len(files)} screenshots 1920×1080, {total_png / 1048576:.1f} MB of PNG")
    with tempfile.TemporaryDirectory(prefix="bonusdesk-bench-") as tmp:
        tmp = Path(tmp)
        make_folder(tmp / "claims", files)
        base = run(CHILD_IMG2PDF, json.dumps([str(f) for f in files]), str(tmp / "i.pdf"))
        base_size = (tmp / "i.pdf").stat().st_size
        print(f"\n{'run':44} {'wall s':>7} {'ratio':>6} {'peak MB':>8} {'PDF MB':>7}")
        print(f"{'img2pdf (lossless lower bound)':44} {base['wall']:7.2f} {1:6.2f} "
              f"{base['rss_kb'] / 1024:8.0f} {base_size / 1048576:7.1f}")
        runs = [
            ("BonusDesk, lossless, no attachments", {"max_mb": None, "attachments": False}),
            ("BonusDesk, lossless + originals attached", {"max_mb": None}),
            ("BonusDesk, fit under 20 MB, no attachments", {"max_mb": 20, "attachments": False}),
            ("BonusDesk, lossless + password (AES-256)",
             {"max_mb": None, "attachments": False, "password": "x"}),
        ]
        for label, opts in runs:
            out = tmp / "p.pdf"
            r = run(CHILD_EXPORT, str(tmp / "claims"), str(out), json.dumps(opts))
            print(f"{label:44} {r['wall']:7.2f} {r['wall'] / base['wall']:6.2f} "
                  f"{r['rss_kb'] / 1024:8.0f} {out.stat().st_size / 1048576:7.1f}"
                  f"   ({r['pages']} pages, images: {r['mode']}; "
                  f"{r['base_kb'] / 1024:.0f} MB before export)")
    print("\ntarget: lossless run ≤ 1.5× img2pdf wall time, peak memory < 200 MB")


if __name__ == "__main__":
    main()
