"""A capture process starts early what it can: the OS description on a thread, and mss
with one ``ldconfig -p`` run instead of one per X library (issue 17)."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys

from bonusdesk.core.capture_warmup import one_ldconfig, probe_platform
from tests.conftest import subprocess_env

NAMES = ("X11", "Xfixes", "Xrandr", "xcb", "xcb-randr", "xcb-render", "xcb-shm",
         "xcb-xfixes", "c", "m", "z", "no-such-library-bonusdesk", "xcb.shm")


def test_libraries_are_found_exactly_as_the_standard_library_finds_them():
    expected = {name: ctypes.util.find_library(name) for name in NAMES}
    assert expected["c"]  # the machine has a C library: the comparison means something
    with one_ldconfig():
        found = {name: ctypes.util.find_library(name) for name in NAMES}
    assert found == expected
    assert ctypes.util.find_library("c") == expected["c"]  # restored afterwards


def test_a_first_grab_runs_ldconfig_at_most_once():
    code = (
        "import sys\n"
        "runs = []\n"
        "sys.addaudithook(lambda event, args: runs.append(args[1])"
        " if event == 'subprocess.Popen' else None)\n"
        "from bonusdesk.core import capture\n"
        "raw = capture.grab()\n"
        "assert raw.width > 0 and raw.height > 0\n"
        "print(sum(1 for cmd in runs if 'ldconfig' in ' '.join(map(str, cmd))))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=subprocess_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert int(proc.stdout) <= 1


def test_the_platform_probe_leaves_the_same_description_the_capture_stores():
    import platform

    expected = platform.platform()
    platform._platform_cache.clear()  # as in a new process: computed by the probe
    probe_platform().join(timeout=30)
    assert platform._platform_cache  # the probe did the slow part...
    assert platform.platform() == expected  # ...and the capture reads the same string
