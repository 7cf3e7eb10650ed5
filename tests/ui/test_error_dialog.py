"""An uncaught error shows a dialog with "Copy diagnostics" and the log file: never a
silent death. pytest-qt's own capture of slot exceptions is off here, so the app's hook
(core/applog.py) sees them as it does in the real app."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from bonusdesk.core import applog
from bonusdesk.ui.error_dialog import ErrorDialog, ErrorReporter

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qapp, monkeypatch):
    # The interpreter's own hooks first, so the app's hook is installed as in a fresh
    # process and taken away again after the test.
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    monkeypatch.setattr(applog, "_listeners", [])
    monkeypatch.setattr(applog, "_installed", {})  # the log of this test's log folder
    root = logging.getLogger()
    before = list(root.handlers)
    applog.install("app")
    r = ErrorReporter().install()
    yield r
    r.uninstall()
    for handler in set(root.handlers) - set(before):
        handler.close()
        root.removeHandler(handler)
    if r.dialog is not None:
        r.dialog.close()
        r.dialog.deleteLater()


def _fail_in_slot(qtbot, message: str) -> None:
    button = QPushButton()
    qtbot.addWidget(button)

    def slot():
        raise RuntimeError(message)

    button.clicked.connect(slot)
    button.click()


def test_an_exception_in_a_slot_opens_the_error_dialog_and_the_app_goes_on(
        qtbot, window, claim, reporter):
    window.select_claim(claim.id)
    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        _fail_in_slot(qtbot, "boom in a slot")
    dialog = shown.args[0]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert dialog.parent() is window  # centred on the main window, which is still there
    assert window.isVisible() and window.current_claim_id() == claim.id
    log = applog.log_file("app")
    assert str(log) in dialog.log_label.text()
    assert "RuntimeError: boom in a slot" in log.read_text(encoding="utf-8")

    QApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied == dialog.report
    assert "BonusDesk error report" in copied and "RuntimeError: boom in a slot" in copied
    assert "os: " in copied and "python: " in copied and "qt: PySide6" in copied
    assert "qt_screens:" in copied and "1280x800 at (0,0), scale 1" in copied  # Xvfb's
    assert "last " in copied and "log lines" in copied
    # Never claim content: the open claim's title and account are nowhere in it.
    assert claim.title not in copied and claim.account_id not in copied


def test_an_exception_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(qtbot,
                                                                               reporter):
    def work():
        raise ValueError("bad value in a worker")

    with qtbot.waitSignal(reporter.shown, timeout=5000) as shown:
        t = threading.Thread(target=work, name="worker")
        t.start()
        t.join()
    dialog = shown.args[0]
    assert dialog.thread() is QApplication.instance().thread()
    assert "ValueError: bad value in a worker" in dialog.report


def test_errors_that_follow_are_counted_in_the_open_dialog_not_stacked(qtbot, reporter):
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        _fail_in_slot(qtbot, "first")
    first = reporter.dialog
    _fail_in_slot(qtbot, "second")
    qtbot.waitUntil(lambda: first.more == 1)
    assert reporter.dialog is first and first.more_label.isVisible()
    assert "RuntimeError: second" in first.report  # the copy is the latest error's
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, ErrorDialog) and w.isVisible()] == [first]


def test_the_dialog_shows_what_it_copies_on_request(qtbot, reporter):
    with qtbot.waitSignal(reporter.shown, timeout=5000):
        _fail_in_slot(qtbot, "details please")
    dialog = reporter.dialog
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText() == dialog.report
