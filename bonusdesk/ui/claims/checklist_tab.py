"""Eligibility checklist tab: one row per condition with yes / no / don't know."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from bonusdesk.core.model import CheckState, Claim

from ..labels import check_state_label, checklist_label


class ChecklistTab(QWidget):
    """Answers are saved as soon as they are picked."""

    changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.folder: ClaimFolder | None = None
        self.claim: Claim | None = None
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

    def load(self, folder: ClaimFolder, claim: Claim) -> None:
        self.folder, self.claim = folder, claim
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for n, item in enumerate(folder.claims.checklist(claim.id)):
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
                lambda _i, it=item.id, box=state: self._save(it, state=box.currentData()))
            note.editingFinished.connect(
                lambda it=item, edit=note: edit.text() != it.note
                and self._save(it.id, note=edit.text()))
            self.grid.addWidget(label, n, 0)
            self.grid.addWidget(state, n, 1)
            self.grid.addWidget(note, n, 2)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def _item_ref(self, item_id: int) -> int:
        items = self.folder.claims.checklist(self.claim.id)
        return next(n for n, it in enumerate(items, 1) if it.id == item_id)

    def _save(self, item_id: int, **changes) -> None:
        try:
            self.folder.claims.set_checklist(self.claim.id, self._item_ref(item_id), **changes)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return
        self.changed.emit(self.claim.id)

    def _add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text or self.claim is None:
            return
        try:
            self.folder.claims.add_checklist_item(self.claim.id, text)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot add"), str(exc))
            return
        self.new_item.clear()
        self.load(self.folder, self.claim)
        self.changed.emit(self.claim.id)
