"""Help › "What do I do now?": the guide (core/guide.py, shipped Markdown) in the app,
in the UI language, one section at a time; the welcome screen and the claim header link
to it. One window, kept beside the main one (not modal), so the player can read and act.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.guide import guide_sections

from .i18n import current_language
from .widgets import make_action


class GuideDialog(QDialog):
    """The guide's sections on the left, the chosen one on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("What do I do now?"))
        self.resize(860, 600)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections of the guide"))
        self.sections.setMaximumWidth(260)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setOpenExternalLinks(False)
        self.keys: list[str] = []
        try:
            title, sections = guide_sections(current_language())
        except BonusDeskError as exc:
            title, sections = self.tr("What do I do now?"), []
            self.text.setPlainText(str(exc))
        self.setWindowTitle(title or self.tr("What do I do now?"))
        self._markdown = {}
        for s in sections:
            self.sections.addItem(s.title)
            self.keys.append(s.key)
            self._markdown[s.key] = s.markdown
        self.sections.currentRowChanged.connect(self._show_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.sections)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        if self.keys:
            self.sections.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.keys):
            self.text.setMarkdown(self._markdown[self.keys[row]])

    def show_section(self, key: str) -> None:
        if key in self.keys:
            self.sections.setCurrentRow(self.keys.index(key))

    def current_section(self) -> str:
        row = self.sections.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else ""


def show_guide(parent: QWidget | None, section: str = "journey") -> GuideDialog:
    """Open the guide at ``section`` (the one already open beside ``parent`` if any)."""
    dialog = parent.findChild(GuideDialog, "GuideDialog") if parent is not None else None
    if dialog is None:
        dialog = GuideDialog(parent)
    dialog.show_section(section)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class GuideCommands(QObject):
    """``act_guide``: Help › What do I do now? (F1)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.act_guide = make_action(self, self.tr("&What do I do now?"), self.open_guide,
                                     "F1", self.tr("The journey in six steps, what evidence "
                                                   "to gather, deadlines, escalation (F1)"))

    def open_guide(self, section: str = "journey") -> GuideDialog:
        return show_guide(self.window, section if isinstance(section, str) else "journey")
