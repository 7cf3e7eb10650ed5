"""The Qt binding itself: what BonusDesk relies on and a PySide6 release once broke."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emitting_signals_keeps_python_true_and_false_alive(qapp):
    # PySide6 6.12.0 dropped a reference to the bool that emit() returns: after a few
    # thousand signals (a long session, a test run) Python aborts with "bool_dealloc".
    emitter = _Emitter()
    emitter.changed.connect(lambda _n: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        emitter.changed.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
