"""The Qt binding must not lose references to None, True or False, and its lupdate must keep
our plurals.

PySide6-Essentials 6.12.0 drops one reference to None on every call of a method that returns
nothing (``QLabel.setText``, ``QWidget.setVisible``...), and one to the bool that
``Signal.emit()`` returns. On Python 3.11, where None and the bools are not immortal, the app
then aborts ("none_dealloc" / "bool_dealloc") after a few thousand such calls, mid-session,
where no exception hook can catch it (measured: about 5,300 ``setText`` calls; 6.11.3 keeps
the counts steady). pyproject.toml excludes that release; these tests fail if it comes back.
On Python 3.12+ these objects are immortal and their counts constant.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from bonusdesk.core.deadlines import Deadline, DeadlineKind, DeadlineState
from bonusdesk.ui.followup.deadline_watch import reminder_text


class _Emitter(QObject):
    changed = Signal(int)


def test_calling_a_qt_setter_keeps_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50  # 6.12.0: 2,000 fewer


def test_emitting_signals_keeps_python_true_and_false_alive(qapp):
    emitter = _Emitter()
    emitter.changed.connect(lambda _n: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        emitter.changed.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_reminder_plurals_are_translated_in_french(french):
    """The reminder's plural messages keep their French forms through ``i18n --update``
    (pyside6-lupdate 6.11 reads plurals from ``tr()`` only: deadline_watch.Reminders)."""
    due = [Deadline(key=f"claim:{n}:reporting", claim_id=n, claim_title=f"Bonus {n}",
                    kind=DeadlineKind.REPORTING, label="Report", zone="Europe/Paris",
                    due_at=datetime(2026, 11, 21, 10, 0, tzinfo=UTC),
                    state=DeadlineState.LATE, party="you", window_hours=24)
           for n in range(1, 8)]
    title, lines = reminder_text(due)
    assert title == "BonusDesk\u202f: 7 échéances demandent votre attention"
    assert lines[-1] == "… et 2 autres"
    assert reminder_text(due[:1])[0] == "BonusDesk\u202f: 1 échéance demande votre attention"
