"""Eligibility checklist tab: one row per condition with yes / no / don't know."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import ChecklistItem, CheckState, Claim

from ..claim_tab import ClaimTab
from ..labels import check_state_label, checklist_label
from ..safety.readonly import follow_read_only
from ..session import Session


class ChecklistTab(ClaimTab):
    """Answers are saved as soon as they are picked."""

    key = "checklist"

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.items: list[ChecklistItem] = []
        intro = QLabel(self.tr(
            "Support will check these conditions first. Answer what you know; "
            "\"No\" answers are worth reading the terms again before you report."))
        intro.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("Another condition of the offer…"))
        self.new_item.setAccessibleName(self.tr("New checklist item"))
        add = QPushButton(self.tr("&Add condition"))
        add.clicked.connect(self._add_item)
        self.new_item.returnPressed.connect(self._add_item)
        row = QHBoxLayout()
        row.addWidget(self.new_item, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.follow(session.checklist_changed)
        follow_read_only(session, lambda: [self.grid_host, self.new_item, add])

    def load(self, folder: ClaimFolder, claim: Claim, _zone: str = "") -> None:
        items = folder.claims.checklist(claim.id)
        if [it.id for it in items] == [it.id for it in self.items] and self.grid.count():
            self._update_rows(items)  # an answer changed: keep the widgets (and the focus)
            return
        self.items = items
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for n, item in enumerate(items):
            label = QLabel(checklist_label(item.key, item.label))
            state = QComboBox()
            state.setAccessibleName(label.text())
            for s in CheckState:
                state.addItem(check_state_label(s), s.value)
            state.setCurrentIndex(state.findData(item.state.value))
            note = QLineEdit(item.note)
            note.setPlaceholderText(self.tr("Note (where you checked)"))
            note.setAccessibleName(self.tr("Note for %1").replace("%1", label.text()))
            label.setBuddy(state)
            state.currentIndexChanged.connect(
                lambda _i, ref=n + 1, box=state: self._save(ref, state=box.currentData()))
            note.editingFinished.connect(
                lambda ref=n + 1, edit=note: edit.text() != self.items[ref - 1].note
                and self._save(ref, note=edit.text()))
            self.grid.addWidget(label, n, 0)
            self.grid.addWidget(state, n, 1)
            self.grid.addWidget(note, n, 2)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def _update_rows(self, items: list[ChecklistItem]) -> None:
        self.items = items
        for n, item in enumerate(items):
            state = self.grid.itemAtPosition(n, 1).widget()
            note = self.grid.itemAtPosition(n, 2).widget()
            state.blockSignals(True)
            state.setCurrentIndex(state.findData(item.state.value))
            state.blockSignals(False)
            if not note.hasFocus():
                note.setText(item.note)

    def _save(self, ref: int, **changes) -> None:
        """``ref``: the item's 1-based number in the list (what the core looks items up by)."""
        try:
            self.session.set_checklist(self.claim.id, ref, **changes)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))

    def _add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text or self.claim is None:
            return
        try:
            self.session.add_checklist_item(self.claim.id, text)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot add"), str(exc))
            return
        self.new_item.clear()
