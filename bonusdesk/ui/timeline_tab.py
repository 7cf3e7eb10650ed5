"""Timeline tab: status history and every logged event of the claim, oldest first."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout, QWidget

from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Status
from bonusdesk.core.timeutil import format_local, from_iso

from .labels import event_label, status_label


class TimelineTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(0, 2, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def _describe(self, action: str, entity: str, data: dict) -> str:
        text = event_label(action, entity)
        if action == "status":
            try:
                old, new = Status(data.get("old")), Status(data.get("new"))
                text = self.tr("Status: %1 → %2").replace("%1", status_label(old)).replace(
                    "%2", status_label(new))
            except ValueError:
                pass
            if data.get("note"):
                text += f" — {data['note']}"
        elif entity == "evidence" and data.get("name"):
            text += f": {data['name']}"
        elif action == "change" and entity == "claim":
            text += ": " + ", ".join(sorted(data))
        elif entity == "contact" and data.get("reference"):
            text += f" ({data['reference']})"
        elif entity == "checklist" and data.get("state"):
            text += f": {data.get('label', '')}"
        return text

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What")])
        for ev in list_events(folder.db, claim.id):
            when = format_local(from_iso(ev.at), zone, with_zone=False)
            items = [QStandardItem(when),
                     QStandardItem(self._describe(ev.action, ev.entity, ev.data))]
            for it in items:
                it.setEditable(False)
            self.model.appendRow(items)
        self.view.resizeColumnToContents(0)
