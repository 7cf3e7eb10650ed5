"""A private X display for the benches: Xvfb at 1920×1080×24, optionally showing a page.

``with xvfb() as display:`` starts Xvfb on a free display number and stops it after;
``with showing(png, display):`` keeps a frameless full-screen window with that image
on it (a child process running this file with ``--show``), so captures grab a busy
screen rather than a black one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

WIDTH, HEIGHT = 1920, 1080


@contextlib.contextmanager
def xvfb(width: int = WIDTH, height: int = HEIGHT) -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb not found on PATH (Debian package xvfb)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             f"{width}x{height}x24", "-nolisten", "tcp"], pass_fds=[write_fd],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        number = fh.readline().strip()
    try:
        if not number:
            raise SystemExit("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def x11_env(display: str, **extra: str) -> dict:
    """The environment of a process that must use ``display`` (and X11, not Wayland)."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **extra}
    for var in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(var, None)
    return env


@contextlib.contextmanager
def showing(image: Path, display: str) -> Iterator[None]:
    viewer = subprocess.Popen([sys.executable, __file__, "--show", str(image)],
                              env=x11_env(display), stdout=subprocess.PIPE, text=True)
    try:
        if viewer.stdout.readline().strip() != "ready":
            raise SystemExit("the page viewer did not start")
        yield
    finally:
        viewer.terminate()
        viewer.wait(timeout=10)


def _show_fullscreen(image: str) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    label.setPixmap(QPixmap(image))
    label.setWindowFlags(Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.X11BypassWindowManagerHint)
    label.setGeometry(0, 0, WIDTH, HEIGHT)
    label.show()
    QTimer.singleShot(500, lambda: print("ready", flush=True))
    app.exec()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", required=True, help="image to show full screen until killed")
    _show_fullscreen(parser.parse_args().show)
