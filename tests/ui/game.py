"""Another application on the test X server: "the game", a window of known pixels in a
process of its own, so BonusDesk's capture cannot hide it (it hides only its own windows)
and the tests can see what is in front and who has the keyboard.

Run as a script by :func:`run_game`; prints ``ready`` once its pixels are on screen and
it has the keyboard, ``active yes|no`` on ``active?``, quits on ``quit`` or end of input.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bonusdesk.core.monitors import Rect

HERE = Path(__file__).resolve()


def pattern_rgb(width: int, height: int, seed: int) -> bytes:
    """Random pixels from ``seed``; seed 0: pure black."""
    import random

    if seed == 0:
        return bytes(width * height * 3)
    return random.Random(seed).randbytes(width * height * 3)


@dataclass
class Game:
    proc: subprocess.Popen
    rect: Rect
    rgb: bytes  # the window's pixels, row-major RGB
    title: str

    def crop(self, left: int, top: int, width: int, height: int) -> bytes:
        """RGB of a part of the window, in window coordinates."""
        row = self.rect.width * 3
        return b"".join(self.rgb[(top + y) * row + left * 3:(top + y) * row + (left + width) * 3]
                        for y in range(height))

    def ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def is_active(self) -> bool:
        return self.ask("active?") == "active yes"


@contextmanager
def run_game(rect: Rect, seed: int = 7, title: str = "Casino Étoile — Caisse"):
    """Start the game window at ``rect`` (it takes the keyboard); yields a Game."""
    from tests.conftest import subprocess_env

    args = [sys.executable, str(HERE), "--rect", f"{rect.left},{rect.top},{rect.width},"
            f"{rect.height}", "--seed", str(seed), "--title", title]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=subprocess_env(QT_QPA_PLATFORM="xcb"))
    try:
        line = proc.stdout.readline().strip()
        assert line == "ready", f"the game window did not start: {line!r}"
        yield Game(proc, rect, pattern_rgb(rect.width, rect.height, seed), title)
    finally:
        if proc.poll() is None:
            proc.stdin.write("quit\n")
            proc.stdin.flush()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> None:
    import mss
    from PySide6.QtCore import QSocketNotifier, Qt, QTimer
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    parser = argparse.ArgumentParser()
    parser.add_argument("--rect")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--title")
    opts = parser.parse_args()
    rect = Rect.parse(opts.rect)
    app = QApplication(sys.argv[:1])
    rgb = pattern_rgb(rect.width, rect.height, opts.seed)
    image = QImage(rgb, rect.width, rect.height, rect.width * 3,
                   QImage.Format.Format_RGB888).copy()

    class Canvas(QWidget):
        def paintEvent(self, _event):  # noqa: N802 - Qt's name
            QPainter(self).drawImage(0, 0, image)

    canvas = Canvas()
    canvas.setWindowTitle(opts.title)
    canvas.setWindowFlags(Qt.WindowType.FramelessWindowHint)
    canvas.setGeometry(rect.left, rect.top, rect.width, rect.height)
    canvas.show()
    canvas.activateWindow()
    probe = {"left": rect.left, "top": rect.top, "width": rect.width, "height": 4}
    expected = b"".join(rgb[y * rect.width * 3:(y + 1) * rect.width * 3] for y in range(4))

    def wait_ready():
        with mss.MSS() as sct:
            on_screen = sct.grab(probe).rgb == expected
        if on_screen and canvas.isActiveWindow():
            print("ready", flush=True)
        else:
            canvas.activateWindow()
            QTimer.singleShot(50, wait_ready)

    def command():
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            app.quit()
        elif line.strip() == "active?":
            print("active yes" if canvas.isActiveWindow() else "active no", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(50, wait_ready)
    app.exec()


if __name__ == "__main__":
    main()
