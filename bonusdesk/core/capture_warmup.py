"""What a short-lived capture process (``bonusdesk-cli capture``) can start early or do
once, so that it stays near ``scrot``'s time (issue 17; bench/capture.py).

**The OS description.** ``platform.platform()``, stored with every capture, runs
``uname -p`` in a process (~15 ms) the first time; :func:`probe_platform` starts it on a
thread while the folder opens and the screen is grabbed (the app warms it the same way).

**Shared-library look-ups answered from one ``ldconfig -p`` run, while mss starts.**
mss finds its X libraries (X11, Xfixes, Xrandr, xcb and four xcb extensions) with
``ctypes.util.find_library``, which on Linux runs ``/sbin/ldconfig -p`` once per name:
eight processes, ~35 ms of a ``bonusdesk-cli capture`` that scrot does in ~90 ms
(issue 17; bench/capture.py). :func:`one_ldconfig` answers those names from a single
run, with the standard library's own search (``lib<name>.<...> (<this ABI>``), and asks
``find_library`` itself for any name the listing does not hold, so a library found
today is found the same way, and one that is not still gets every fallback.

**inspect loaded on first use.** :func:`defer_inspect`: see there.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import subprocess
import sys
import threading
import types
from collections.abc import Iterator

# ldconfig's ABI tag for this interpreter, as ctypes.util writes it for x86-64; other
# machines keep the standard look-up (no speed-up there, nothing different either).
_ABI = "libc6,x86-64" if (os.uname().machine, struct.calcsize("l")) == ("x86_64", 8) else None


def _listing() -> bytes:
    """``ldconfig -p``'s output (empty when it cannot run or hangs for 10 s).

    Read to its end, then reaped with a blocking wait: ``subprocess.run(timeout=...)``
    reaps by polling with sleeps of 1, 2, 4 ms, and a process that has just closed its
    output is rarely gone yet (up to 4 ms of a capture). A timer stands for the timeout.
    """
    try:
        proc = subprocess.Popen(["/sbin/ldconfig", "-p"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env={"LC_ALL": "C", "LANG": "C"})
    except OSError:
        return b""
    hung = threading.Event()

    def stop() -> None:
        hung.set()
        proc.kill()

    timer = threading.Timer(10, stop)
    timer.start()
    try:
        with proc.stdout:
            out = proc.stdout.read()
        proc.wait()
    finally:
        timer.cancel()
    return b"" if hung.is_set() else out


def sonames(listing: bytes) -> dict[bytes, bytes]:
    r"""What ``find_library(name)`` answers from ``listing`` (``ldconfig -p``'s output),
    for every name it would answer (keys and values as bytes): the first library of this
    ABI named ``lib<name>.<something>``, as ctypes.util's pattern
    ``\s+(lib<name>\.[^\s]+)\s+\(<ABI>`` finds it. One pass over the listing for every
    name, instead of one search of the whole listing per name (~1 ms of mss's eight)."""
    found: dict[bytes, bytes] = {}
    for soname in re.findall(rb"\s+(lib[^\s]+)\s+\(" + re.escape(_ABI.encode()), listing):
        dot = soname.find(b".", 4)  # after "lib" and a name of at least one character
        while 0 < dot < len(soname) - 1:  # and something after the dot
            found.setdefault(soname[3:dot], soname)
            dot = soname.find(b".", dot + 1)
    return found


def finder(original, listing: bytes):
    """A ``find_library`` answering from ``listing`` (``ldconfig -p``'s output), else
    from ``original``."""
    known = sonames(listing)

    def find_library(name: str) -> str | None:
        soname = known.get(os.fsencode(name))
        return os.fsdecode(soname) if soname else original(name)
    return find_library


@contextlib.contextmanager
def one_ldconfig() -> Iterator[None]:
    """While inside, ``ctypes.util.find_library`` answers from one ``ldconfig -p`` run."""
    if not sys.platform.startswith("linux") or _ABI is None:
        yield
        return
    import ctypes.util

    original = ctypes.util.find_library
    ctypes.util.find_library = finder(original, _listing())
    try:
        yield
    finally:
        ctypes.util.find_library = original


def probe_platform() -> threading.Thread:
    """Start ``platform.platform()`` on a daemon thread; its answer is cached, so the
    capture's own call returns at once (or computes the same string if it comes first)."""
    import platform

    thread = threading.Thread(target=platform.platform, name="platform-probe", daemon=True)
    thread.start()
    return thread


class _LoadedOnFirstUse(types.ModuleType):
    """A module imported but not yet executed: executed at the first look-up of a name it
    does not have yet. Unlike importlib's LazyLoader, reading ``__spec__`` (which every
    ``import`` statement does) does not execute it (Python 3.11)."""

    def __getattr__(self, name: str):
        global _executing
        with _first_use:  # another thread's first use waits until the module is complete
            if type(self) is _LoadedOnFirstUse:
                if _executing:  # asked while it runs, by its own imports: not defined yet
                    raise AttributeError(f"partially initialized module {self.__name__!r} "
                                         f"has no attribute {name!r}")
                _executing = True
                try:
                    self.__spec__.loader.exec_module(self)
                finally:
                    _executing = False
                self.__class__ = types.ModuleType  # look-ups go straight to it from now on
        return getattr(self, name)


_first_use = threading.RLock()
_executing = False


def defer_inspect() -> None:
    """Make ``inspect`` execute on its first use rather than when ``dataclasses`` imports it.

    dataclasses uses it for one thing: writing the ``__doc__`` of a class that has none
    (``inspect.signature``). Every dataclass a capture makes has its own docstring, so a
    capture process no longer runs inspect and its imports (ast, dis, tokenize: ~4 ms,
    issue 17). The same module object, complete once used; nothing changes when it is
    already imported. Only for a process about to capture (cli.main), like its other
    start-up settings.
    """
    if "inspect" in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec("inspect")
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _LoadedOnFirstUse
    sys.modules["inspect"] = module
