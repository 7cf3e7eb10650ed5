"""Qt's own dialogs, fully in French: strings Qt's French catalogue lacks.

Qt 6's ``qtbase_fr.qm`` (shipped in PySide6, loaded by ``i18n.install_language``) still
translates the old "Look in:" of the file dialog, not the "&Look in:" Qt 6 shows, nor
"Files of &type:". Marked here with ``QT_TRANSLATE_NOOP`` in Qt's own context, they land
in bonusdesk_fr.ts; Qt asks its own translator first and ours when that one has nothing,
so the file dialog stops saying "Look in:" to a French player. ``tests/ui/
test_qt_dialogs_french.py`` walks Qt's standard dialogs in French and fails on English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
