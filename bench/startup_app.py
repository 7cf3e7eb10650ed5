"""The app process of bench/startup.py: the app, and a probe that prints its milestones.

    python bench/startup_app.py FOLDER N_CLAIMS     (PYTHONPATH: the checkout)

A script of its own so that the clock, started before this process is spawned, counts
the app and nothing of the bench (its modules cost ~20 ms to import). See
bench/startup.py for what the milestones mean.
"""

import json
import sys
import time

MARK = "BENCH-STARTUP "


def child(folder: str, n_claims: int) -> None:
    import bonusdesk.app as app

    original = app.start_window

    def start_window(qapp, prefs, folder_arg, quit_after_shown=False):
        window = original(qapp, prefs, folder_arg, False)
        # Kept on the window: a probe Python no longer references would stop ticking.
        window.bench_probe = _Probe(window, n_claims, {"shown": time.monotonic()})
        return window

    app.start_window = start_window
    raise SystemExit(app.main(["--folder", folder, "--language", "en", "--quit-after-shown"]))


class _Probe:
    """Watches the window from its own event loop; prints the milestones, then quits."""

    def __init__(self, window, n_claims: int, marks: dict):
        from PySide6.QtCore import QTimer

        self.window, self.n, self.marks = window, n_claims, marks
        self.clicked_id = None
        window.session.deadlines_changed.connect(self._deadlines)
        self.timer = QTimer(window, interval=2)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _deadlines(self) -> None:
        self.marks.setdefault("deadlines", time.monotonic())

    def _tick(self) -> None:
        w = self.window
        if "rows" not in self.marks and w.model.rowCount() >= self.n:
            self.marks["rows"] = time.monotonic()
        if "rows" in self.marks and "deadlines" in self.marks and self.clicked_id is None:
            self._click_top_row()
        elif self.clicked_id is not None and w.current_claim_id() == self.clicked_id:
            self.marks["usable"] = time.monotonic()
            self.timer.stop()
            print(MARK + json.dumps(self.marks), flush=True)
            w.quit()
            from PySide6.QtWidgets import QApplication

            QApplication.quit()

    def _click_top_row(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from bonusdesk.ui.claims.claims_model import ClaimIdRole

        table = self.window.table
        index = table.model().index(0, 0)
        if not index.isValid():
            raise SystemExit("startup bench: the claims list shows no row to open")
        self.clicked_id = index.data(ClaimIdRole)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, table.visualRect(index).center())



if __name__ == "__main__":
    child(sys.argv[1], int(sys.argv[2]))
