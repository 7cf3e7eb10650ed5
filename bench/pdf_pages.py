"""Benchmark: peak memory and time of exporting a claim with one long PDF (a bank
statement of N text pages), for N = 50, 200 and 582 by default.

Each export runs in a fresh subprocess so its peak memory (ru_maxrss) is its own. The
figure to watch is how peak memory grows with the page count. Prints figures and
ratios; asserts nothing.

    python bench/pdf_pages.py [--pages 50,200,582]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Claim, Platform
    from bonusdesk.export import ExportOptions, export_claim
    pdf, work = Path(sys.argv[1]), Path(sys.argv[2])
    folder = ClaimFolder.create(work / "claims")
    p = folder.claims.add_platform(Platform("Casino"))
    c = folder.claims.create(Claim(title="Statement", platform_id=p.id,
        incident_at=datetime(2026, 11, 20, tzinfo=UTC), incident_zone="Europe/Paris"))
    t = time.perf_counter()
    folder.evidence.import_file(c.id, pdf)
    t_import = time.perf_counter() - t
    rss_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    r = export_claim(folder, c.id, work / "out.pdf", ExportOptions(max_mb=None))
    print(json.dumps({"import": t_import, "export": time.perf_counter() - t,
                      "rss_import_kb": rss_import, "pages": r.pages,
                      "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
""")


def statement(path: Path, pages: int) -> None:
    """A text-heavy statement: 45 transaction lines a page, one font, like a bank's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 800, f"Relevé de compte – page {n + 1} / {pages}")
        c.setFont("Helvetica", 8)
        for line in range(45):
            c.drawString(50, 770 - line * 16, f"2026-11-{line % 28 + 1:02d}  CARTE X4411 "
                         f"CASINO ETOILE DEPOT {n * 45 + line:06d}   -{(line * 37) % 500},00 EUR")
        c.showPage()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="50,200,582")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for pages in (int(x) for x in args.pages.split(",")):
            pdf = Path(tmp) / f"statement-{pages}.pdf"
            statement(pdf, pages)
            work = Path(tmp) / f"w{pages}"
            work.mkdir()
            out = subprocess.run([sys.executable, "-c", CHILD, str(pdf), str(work)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((pages, pdf.stat().st_size, r))
            print(f"{pages:4d} pages ({pdf.stat().st_size / 1e6:5.1f} MB): import "
                  f"{r['import']:5.1f} s, export {r['export']:5.1f} s, peak memory "
                  f"{r['rss_kb'] / 1024:6.0f} MB (after import {r['rss_import_kb'] / 1024:.0f} MB)")
    if len(rows) > 1:
        (p0, _, r0), (p1, _, r1) = rows[0], rows[-1]
        print(f"pages ×{p1 / p0:.1f} -> peak memory ×{r1['rss_kb'] / r0['rss_kb']:.2f}, "
              f"export time ×{r1['export'] / r0['export']:.1f}")


if __name__ == "__main__":
    main()
