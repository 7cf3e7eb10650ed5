"""An export reads and records with plain SQL: a process that opens a folder and
exports a claim never imports sqlite-utils (~60 ms: click, dateutil, pluggy...)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

from bonusdesk.core.model import Channel, Contact, Direction

from .conftest import png_bytes

CODE = """
import json, sys
from pathlib import Path
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.export import ExportOptions, export_claim
folder_path, claim_id, out = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
with ClaimFolder.open(folder_path) as folder:
    export_claim(folder, claim_id, out, ExportOptions(max_mb=None, attachments=False))
    export_claim(folder, claim_id, out.with_name("default.pdf"), ExportOptions())
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] == "sqlite_utils")))
"""


def test_exporting_a_claim_never_imports_sqlite_utils(folder, claim, tmp_path):
    folder.evidence.add_bytes(claim.id, png_bytes(), "erreur.png", caption="Erreur BNS-402")
    folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.CHAT, at=datetime(2026, 11, 20, 20, 40, tzinfo=UTC),
        zone="Europe/Paris", direction=Direction.SENT, summary="Explained the error"))
    folder.claims.set_status(claim.id, "reported", note="chat opened",
                             at=datetime(2026, 11, 20, 20, 45, tzinfo=UTC))
    path = folder.path
    folder.close()
    done = subprocess.run([sys.executable, "-c", CODE, str(path), str(claim.id),
                           str(tmp_path / "p.pdf")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    assert (tmp_path / "p.pdf").stat().st_size > 0
