"""UI fixtures: preferences in tmp_path, a main window on the shared claim folder,
and a helper to answer the modal dialog an action opens."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from bonusdesk.ui import i18n
from bonusdesk.ui.i18n import install_language
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.paths import translations_dir
from bonusdesk.ui.prefs import Prefs
from bonusdesk.ui.session import Session


@pytest.fixture
def prefs(tmp_path):
    p = Prefs(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    p.language = "en"
    p.zone = "Europe/Paris"
    return p


@pytest.fixture(scope="session")
def compiled(tmp_path_factory):
    """The .ts files compiled with pyside6-lrelease into a temporary folder."""
    out = tmp_path_factory.mktemp("translations")
    for ts in translations_dir().glob("*.ts"):
        shutil.copy(ts, out)
    qms = i18n.compile_translations(out)
    assert {q.name for q in qms} == {"bonusdesk_en.qm", "bonusdesk_fr.qm"}
    return out


@pytest.fixture
def french(qapp, compiled, monkeypatch):
    """The UI in French, from the catalogues as committed."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.install_language(qapp, "fr")
    yield
    i18n.install_language(qapp, "en")


@pytest.fixture
def english(qapp):
    install_language(qapp, "en")
    yield


@pytest.fixture
def window(qtbot, prefs, folder, english):
    w = MainWindow(prefs)
    w.tray = None
    qtbot.addWidget(w)
    w.show()
    w.set_folder(folder)
    qtbot.waitExposed(w)
    yield w
    w.quit()


def answer_modal(trigger: Callable[[], object], handler: Callable[[object], None]):
    """Run ``trigger`` (which opens a modal dialog) and let ``handler`` fill and close it."""
    seen = []
    over = []  # set when the trigger returned: a poll left running would answer a later
    # test's dialog with this handler

    def poll():
        if over:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        # Only a flag: ``poll`` refers to itself, so whatever ``seen`` holds ends up in a
        # garbage cycle; a dialog there may be freed by a collection on a worker thread,
        # which PySide defers and runs after the parent window already deleted it (crash).
        seen.append(True)
        handler(dialog)

    QTimer.singleShot(0, poll)
    try:
        result = trigger()
    finally:
        over.append(True)
    assert seen, "the action opened no dialog"
    return result


def answer_modals(trigger: Callable[[], object], *handlers: Callable[[object], None]):
    """Like answer_modal, for an action that opens several modal dialogs one after the
    other (a dialog, then the question it asks): each handler answers the next one."""
    todo = list(handlers)
    handled: list[int] = []  # ids only, for the reason answer_modal gives

    over = []  # as in answer_modal: no poll outlives its trigger

    def poll():
        if over:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and id(dialog) not in handled and todo:
            handled.append(id(dialog))
            todo.pop(0)(dialog)
        if todo:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    try:
        result = trigger()
    finally:
        over.append(True)
    assert not todo, f"{len(todo)} dialog(s) expected did not open"
    return result


def click_button(box, text: str) -> None:
    """Press the button of a message box whose text (without "&") is ``text``."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


@pytest.fixture
def session(prefs, folder, english):
    """A session on the shared claim folder, for dialogs and tabs tested on their own."""
    s = Session(prefs)
    s.set_folder(folder)
    yield s
    s.jobs.wait()
    s.set_folder(None)
