"""Known pixels on the test X server, and a second X server of the wrong colour depth.

The root window of Xvfb does not show an ``xsetroot`` background to GetImage, so
the known pixels come from a frameless Qt window covering the whole screen.
"""

from __future__ import annotations

import os
import random
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass

import mss


@dataclass
class Pattern:
    """RGB pixels shown on screen, row-major, ``width`` × ``height``."""

    rgb: bytes
    width: int
    height: int
    window: object = None  # the Qt window showing it: kept alive as long as the pattern

    def crop(self, left: int, top: int, width: int, height: int) -> bytes:
        row = self.width * 3
        return b"".join(self.rgb[(top + y) * row + left * 3:(top + y) * row + (left + width) * 3]
                        for y in range(height))


def random_pattern(width: int, height: int, seed: int = 1) -> Pattern:
    # Every pixel different from its neighbours: an offset by one pixel cannot match.
    return Pattern(random.Random(seed).randbytes(width * height * 3), width, height)


def solid_pattern(width: int, height: int, rgb: tuple[int, int, int]) -> Pattern:
    return Pattern(bytes(rgb) * (width * height), width, height)


def show_pattern(qtbot, pattern: Pattern) -> Pattern:
    """Show ``pattern`` in a frameless window at (0, 0); returns once it is on screen.

    Keep the returned pattern referenced: qtbot holds its windows weakly.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QWidget

    image = QImage(pattern.rgb, pattern.width, pattern.height, pattern.width * 3,
                   QImage.Format.Format_RGB888).copy()

    class Canvas(QWidget):
        def paintEvent(self, _event):  # noqa: N802 - Qt's name
            QPainter(self).drawImage(0, 0, image)

    canvas = Canvas()
    canvas.setWindowFlags(Qt.WindowType.FramelessWindowHint
                          | Qt.WindowType.X11BypassWindowManagerHint)
    canvas.setGeometry(0, 0, pattern.width, pattern.height)
    qtbot.addWidget(canvas)
    canvas.show()
    qtbot.waitExposed(canvas)
    probe = {"left": 0, "top": 0, "width": pattern.width, "height": 8}
    with mss.MSS() as sct:
        # Painting is asynchronous: wait until the server really shows the pattern.
        qtbot.waitUntil(lambda: sct.grab(probe).rgb == pattern.crop(0, 0, pattern.width, 8),
                        timeout=5000)
    pattern.window = canvas
    return pattern


@contextmanager
def xvfb(depth: int, width: int = 320, height: int = 240):
    """A private Xvfb at ``depth`` bits; yields its DISPLAY name."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x{depth}",
         "-nolisten", "tcp"], pass_fds=[write_fd], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            number = fh.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
