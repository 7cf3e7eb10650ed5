"""A capture process starts early what it can: the OS description on a thread, and mss
with one ``ldconfig -p`` run instead of one per X library (issue 17)."""

from __future__ import annotations

import ctypes.util
import random
import re
import subprocess
import sys

import pytest

from bonusdesk.core import capture_warmup
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


def stdlib_search(name: str, listing: bytes) -> str | None:
    """ctypes.util's own look-up in an ``ldconfig -p`` listing (_findSoname_ldconfig)."""
    pattern = (rb"\s+(lib" + re.escape(name.encode()) + rb"\.[^\s]+)\s+\("
               + re.escape(capture_warmup._ABI.encode()))
    match = re.search(pattern, listing)
    return match.group(1).decode() if match else None


def names_in(listing: bytes) -> set[str]:
    """Every name a listing's sonames could answer, and near misses around them."""
    names = set()
    for soname in re.findall(rb"lib([^\s(]*)", listing):
        text = soname.decode()
        parts = text.split(".")
        names |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
        names |= {text[:-1], text + "x", text.upper()}
    return names - {""}


def test_one_pass_over_the_listing_answers_every_name_as_the_stdlib_search_does():
    listing = capture_warmup._listing()
    if capture_warmup._ABI is None or not listing:
        pytest.skip("no x86-64 ldconfig listing on this machine")
    missing = object()
    find = capture_warmup.finder(lambda name: missing, listing)
    names = sorted(names_in(listing))
    assert len(names) > 100
    # A sample keeps it quick (each reference search reads the whole listing).
    for name in random.Random(3).sample(names, min(400, len(names))) + list(NAMES):
        expected = stdlib_search(name, listing)
        assert find(name) == (expected if expected is not None else missing), name


def test_tricky_listings_are_read_as_the_stdlib_reads_them():
    abi = capture_warmup._ABI or "libc6,x86-64"
    rng = random.Random(5)
    lines = ["\tlibfoo.so.2 (libc6) => /lib32/libfoo.so.2",  # another ABI: skipped
             f"\tlibfoo.so.1 ({abi}) => /lib/libfoo.so.1",
             f"\tlibfoo.so.0 ({abi}, OS ABI: Linux 3.2.0) => /lib/libfoo.so.0",
             f"\tlibfoo-bar.so ({abi}) => /lib/libfoo-bar.so",
             f"\tlibend. ({abi}) => /lib/libend.",  # nothing after the last dot
             f"\tlibpython3.11.so.1.0 ({abi}) => /lib/libpython3.11.so.1.0",
             f"\tliba.b.c ({abi}) => /opt/lib/liba.b.c",
             f"\tnotlib.so ({abi}) => /lib/notlib.so"]
    names = {"foo", "foo-bar", "end", "end.", "python3", "python3.11", "python3.11.so",
             "python3.11.so.1", "a", "a.b", "a.b.c", "notlib", "otlib", "", "foo.so"}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(capture_warmup, "_ABI", abi)
        for _ in range(30):
            rng.shuffle(lines)
            listing = ("9 libs found in cache `/etc/ld.so.cache'\n" + "\n".join(lines)
                       + "\n").encode()
            find = capture_warmup.finder(lambda name: None, listing)
            for name in names:
                assert find(name) == stdlib_search(name, listing), (name, lines)


def test_a_hung_ldconfig_is_stopped_and_the_standard_look_up_takes_over(monkeypatch):
    real_timer, real_popen = capture_warmup.threading.Timer, subprocess.Popen
    monkeypatch.setattr(capture_warmup.threading, "Timer",
                        lambda _seconds, stop: real_timer(0.2, stop))  # not 10 s
    monkeypatch.setattr(capture_warmup.subprocess, "Popen",
                        lambda _cmd, **kw: real_popen(["sleep", "30"], **kw))
    listing = capture_warmup._listing()
    assert listing == b""
    assert capture_warmup.finder(lambda name: f"standard {name}", listing)("X11") == \
        "standard X11"


def test_deferred_inspect_runs_only_when_used_and_is_then_the_whole_module():
    code = (
        "import sys, threading\n"
        "from bonusdesk.core.capture_warmup import defer_inspect\n"
        "defer_inspect()\n"
        "import dataclasses, inspect\n"
        "@dataclasses.dataclass\n"
        "class Documented:\n"
        "    '''Has its own docstring.'''\n"
        "    x: int = 0\n"
        "print('ast' in sys.modules, Documented.__doc__)\n"
        "got = []\n"  # first used by eight threads at once
        "threads = [threading.Thread(target=lambda: got.append(inspect.isclass(int)))\n"
        "           for _ in range(8)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print('ast' in sys.modules, got == [True] * 8)\n"
        "@dataclasses.dataclass\n"
        "class Bare:\n"
        "    x: int = 0\n"
        "    y: str = ''\n"
        "print(Bare.__doc__)\n"
        "from inspect import signature\n"
        "print(sys.modules['inspect'] is inspect, type(inspect).__name__,\n"
        "      str(signature(lambda a, b=2: 0)), inspect.isfunction(print))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=subprocess_env(), timeout=60, check=True).stdout
    assert out.splitlines() == ["False Has its own docstring.",
                                "True True",
                                "Bare(x: int = 0, y: str = '')",
                                "True module (a, b=2) False"]
