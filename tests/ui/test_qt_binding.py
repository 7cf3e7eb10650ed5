"""The Qt binding must not lose references to None.

PySide6-Essentials 6.12.0 drops one reference to None on every call of a method that returns
nothing (``QLabel.setText``, ``QWidget.setVisible``...). On Python 3.11, where None is not
immortal, the app then aborts with "none_dealloc: deallocating None" after a few thousand
such calls, mid-session, where no exception hook can catch it (measured: about 5,300
``setText`` calls; 6.11.3 keeps the count steady). pyproject.toml excludes that release;
this test fails if it comes back. On Python 3.12+ None is immortal and its count constant.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_a_qt_setter_keeps_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50  # 6.12.0: 2,000 fewer
