"""What the app's start imports: the window opens a folder, lists its claims with their
deadlines and opens one without the modules only some features need (each costs tens
of milliseconds of every start; bench/startup.py)."""

from __future__ import annotations

import json
import subprocess
import sys

from bonusdesk.core.reminders import due_reminders, mark_notified
from tests.conftest import subprocess_env

# Imported on first use only: sqlite-utils (writes and migrations, not reads), PDFium
# (a PDF drawn), the email package (an e-mail shown, About's package metadata), QtDBus
# (the desktop portal of a Wayland session).
LATER = ["sqlite_utils", "pypdfium2", "email", "importlib.metadata", "PySide6.QtDBus"]

APP = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from bonusdesk.app import create_application, start_window
from bonusdesk.ui.prefs import Prefs

app = create_application([sys.argv[0]])
prefs = Prefs(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = start_window(app, prefs, Path(sys.argv[1]))
window.tray = None

def listed():
    if not window.session.deadlines_known:  # the deadline listing, from the job runner
        QTimer.singleShot(20, listed)
        return
    window.table.setCurrentIndex(window.table.model().index(0, 0))  # opens the claim
    QTimer.singleShot(100, done)

def done():
    print(json.dumps({"open": window.current_claim_id(),
                      "loaded": [m for m in sys.argv[3:] if m in sys.modules]}))
    window.quit()
    app.quit()

QTimer.singleShot(0, listed)
app.exec()
window.session.jobs.wait(10_000)
"""


def test_starting_and_opening_a_claim_imports_no_feature_only_module(folder, claim, tmp_path):
    # A returning user: the reminders due were shown by an earlier start (recording new
    # ones is a write, which may use sqlite-utils).
    mark_notified(folder, due_reminders(folder))
    folder.close()  # the app opens it
    proc = subprocess.run(
        [sys.executable, "-c", APP, str(folder.path), str(tmp_path / "settings.ini"), *LATER],
        env=subprocess_env(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
                           XDG_SESSION_TYPE="x11", WAYLAND_DISPLAY=""),
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"open": claim.id, "loaded": []}
