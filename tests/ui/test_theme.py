"""Light/dark: the app follows the scheme the system reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from bonusdesk.ui.theme import dark_palette, follow_system_scheme, is_dark


def test_dark_palette_is_dark_and_readable():
    p = dark_palette()
    assert is_dark(p)
    text = p.color(QPalette.ColorRole.Text).lightness()
    base = p.color(QPalette.ColorRole.Base).lightness()
    assert text - base > 150


def test_app_switches_palette_when_the_system_scheme_changes(qapp):
    original = qapp.palette()
    follow_system_scheme(qapp)
    try:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert is_dark(qapp.palette())
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not is_dark(qapp.palette())
    finally:
        qapp.setPalette(original)
