"""Light or dark, as the system says.

Qt's platform themes (Windows, macOS, GNOME, KDE) hand Fusion a dark palette when
the system is dark. Some desktops only report the scheme without a palette: then
we build the dark palette ourselves so the app still follows the system.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#2d2f33"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#2d2f33"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#2563eb"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
    disabled = QColor("#6b6f75")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def follow_system_scheme(app: QGuiApplication) -> None:
    """Apply the scheme now and whenever the system switches."""
    default = app.palette()

    def apply(scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not is_dark(default):
            app.setPalette(dark_palette())
        elif scheme != Qt.ColorScheme.Dark:
            app.setPalette(default)

    app.styleHints().colorSchemeChanged.connect(apply)
    apply(app.styleHints().colorScheme())
