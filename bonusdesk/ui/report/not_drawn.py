"""The export dialog's list of evidence items that could not be drawn (issue 18).

An export never fails because of one item: an item whose pages cannot be rendered (a
damaged PDF an older BonusDesk accepted) gets a page saying why, stays attached with its
SHA-256, and ``ExportResult.not_drawn`` names it. The player reads that here, next to
"Saved …": the package is done, and which items to look at.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

ROWS_SHOWN = 4  # more items scroll: the dialog's own evidence list keeps its room


class NotDrawnBox(QWidget):
    """Hidden until :meth:`show_items` gets at least one item."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Items that could not be drawn"))
        self.items.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.explain = QLabel(self.tr(
            "The export is done all the same. Each of these items has a page in the PDF "
            "that says why, and its file is attached unchanged with its SHA-256. If a file "
            "is damaged, ask whoever sent it for a new copy and add it to the claim."))
        self.explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.items)
        layout.addWidget(self.explain)
        self.setVisible(False)

    def show_items(self, not_drawn: list[tuple[int, int, str, str]]) -> None:
        """``not_drawn``: (number in the package, evidence id, file name, reason)."""
        self.items.clear()
        for number, _evidence_id, name, reason in not_drawn:
            self.items.addItem(self.tr("#%1 %2 — %3").replace("%1", str(number))
                               .replace("%2", name).replace("%3", reason))
        self.title.setText("⚠ " + self.tr("%n items could not be drawn:", "", len(not_drawn)))
        self.title.setStyleSheet("font-weight: 600; color: #b45309;")
        rows = max(1, min(len(not_drawn), ROWS_SHOWN))
        self.items.setFixedHeight(rows * max(self.items.sizeHintForRow(0), 1)
                                  + 2 * self.items.frameWidth() + 4)
        self.setVisible(bool(not_drawn))
