"""Help › About: version, the GPL-3.0-or-later licence and the third-party notices,
readable and scrollable, in French and English."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bonusdesk import __version__, notices
from bonusdesk.ui.settings.about_dialog import AboutDialog

from .conftest import answer_modal


def _opened(qtbot, session) -> AboutDialog:
    dialog = AboutDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "babel" in dialog.notices_view.toPlainText(), timeout=20000)
    return dialog


def test_help_about_opens_the_about_dialog_from_the_help_menu(window, qtbot):
    seen = []

    def look(dialog):
        seen.append((type(dialog).__name__, dialog.windowTitle()))
        dialog.reject()

    answer_modal(window.commands.settings.act_about.trigger, look)
    assert seen == [("AboutDialog", "About BonusDesk")]
    assert window.commands.settings.act_about in window.help_menu.actions()


def test_about_names_the_version_and_the_gpl_and_shows_its_full_text(qtbot, session):
    dialog = _opened(qtbot, session)
    about = dialog.about.text()
    assert f"BonusDesk {__version__}" in about and "GPL-3.0-or-later" in about
    licence = dialog.licence_view.toPlainText()
    assert licence == notices.license_text()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence


def test_third_party_notices_are_listed_whole_and_scroll(qtbot, session):
    dialog = _opened(qtbot, session)
    dialog.tabs.setCurrentIndex(2)
    view = dialog.notices_view
    text = view.toPlainText()
    assert text == notices.third_party_notices()
    for name in ("reportlab", "pypdf", "mss", "sqlite-utils", "Qt 6", "LGPL-3.0", "DejaVu"):
        assert name in text, name
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0  # long: it scrolls
    assert view.isReadOnly()


def test_find_jumps_to_a_package_in_the_notices(qtbot, session):
    dialog = _opened(qtbot, session)
    dialog.tabs.setCurrentIndex(2)
    dialog.find.setText("reportlab")
    assert dialog.find_next()
    cursor = dialog.notices_view.textCursor()
    assert cursor.selectedText().lower() == "reportlab"
    first = cursor.position()
    assert dialog.find_next() and dialog.notices_view.textCursor().position() > first
    dialog.find.setText("no-such-package-xyz")
    assert not dialog.find_next()


def test_copy_diagnostics_from_about_copies_the_support_facts(qtbot, session, claim):
    dialog = _opened(qtbot, session)
    QApplication.clipboard().clear()
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog.copy_button.text() == "Copied", timeout=20000)
    copied = QApplication.clipboard().text()
    assert f"app: BonusDesk {__version__}" in copied and "qt_screens:" in copied
    assert claim.title not in copied


def test_about_speaks_french(qtbot, session, french):
    dialog = _opened(qtbot, session)
    assert dialog.windowTitle() == "À propos de BonusDesk"
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "À &propos", "&Licence", "&Logiciels tiers"]
    assert "GPL-3.0-or-later" in dialog.about.text()
    assert "ne se connecte jamais" in dialog.about.text()
    assert isinstance(dialog.licence_view, QPlainTextEdit)
