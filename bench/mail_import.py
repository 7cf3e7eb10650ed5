"""Benchmark: peak memory and time of importing one large e-mail (a base64 attachment).

The e-mail is written to disk in pieces (it is never in memory whole); the import runs in
a fresh subprocess so its peak memory (ru_maxrss) is its own. Prints figures and ratios;
asserts nothing.

    python bench/mail_import.py [--mb 141]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
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
    mail, work = Path(sys.argv[1]), Path(sys.argv[2])
    folder = ClaimFolder.create(work / "claims")
    p = folder.claims.add_platform(Platform("Casino"))
    c = folder.claims.create(Claim(title="Big", platform_id=p.id,
        incident_at=datetime(2026, 11, 20, tzinfo=UTC), incident_zone="Europe/Paris"))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    r = folder.evidence.import_file(c.id, mail)
    print(json.dumps({"seconds": time.perf_counter() - t, "items": len(r.evidence),
                      "base_kb": base,
                      "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
""")


def write_mail(path: Path, megabytes: float) -> None:
    """A reply with one large attachment, base64 in 76-character lines, as mailers send."""
    raw = int(megabytes * 1024 * 1024 * 3 / 4)
    with open(path, "wb") as fh:
        fh.write(b"From: support@casino.example\r\nTo: me@example.org\r\n"
                 b"Subject: Ticket #884211 - your statement\r\n"
                 b"Date: Sat, 21 Nov 2026 10:02:00 +0100\r\nMIME-Version: 1.0\r\n"
                 b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
                 b"Content-Type: text/plain; charset=utf-8\r\n\r\nSee the attachment.\r\n"
                 b"--B\r\nContent-Type: application/octet-stream\r\n"
                 b"Content-Transfer-Encoding: base64\r\n"
                 b'Content-Disposition: attachment; filename="statement.bin"\r\n\r\n')
        left = raw
        while left > 0:
            block = os.urandom(min(left, 57 * 20000))
            left -= len(block)
            encoded = base64.encodebytes(block).replace(b"\n", b"\r\n")
            fh.write(encoded)
        fh.write(b"--B--\r\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=141.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mail = Path(tmp) / "big.eml"
        write_mail(mail, args.mb)
        size = mail.stat().st_size / 1048576
        work = Path(tmp) / "w"
        work.mkdir()
        out = subprocess.run([sys.executable, "-c", CHILD, str(mail), str(work)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        grew = (r["rss_kb"] - r["base_kb"]) / 1024
        print(f"{size:.0f} MB e-mail: imported in {r['seconds']:.1f} s ({r['items']} items), "
              f"peak memory {r['rss_kb'] / 1024:.0f} MB, {grew:.0f} MB over the start "
              f"({grew / size:.2f} MB per MB of e-mail)")


if __name__ == "__main__":
    main()
