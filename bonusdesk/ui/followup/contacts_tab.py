"""Contacts tab: every exchange with support; add one or import an email (.eml)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Channel, Claim, Direction
from bonusdesk.core.timeutil import format_local

from ..labels import channel_label, direction_label
from .contact_dialog import ContactDialog


class ContactsTab(QWidget):
    changed = Signal(int)
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.folder: ClaimFolder | None = None
        self.claim: Claim | None = None
        self.zone = "UTC"
        self.model = QStandardItemModel(0, 5, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Contacts with support"))
        add = QPushButton(self.tr("&Log a contact…"))
        add.clicked.connect(self.add_contact)
        eml = QPushButton(self.tr("Import an &email (.eml)…"))
        eml.clicked.connect(self.choose_eml)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(eml)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.folder, self.claim, self.zone = folder, claim, zone
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("How"), self.tr("Who"), self.tr("Reference"),
            self.tr("Summary")])
        for c in folder.contacts.list(claim.id):
            summary = c.summary.splitlines()[0] if c.summary else ""
            if c.promised_action:
                summary += "  → " + c.promised_action
            cells = [format_local(c.at, zone, with_zone=False), channel_label(c.channel),
                     direction_label(c.direction), c.reference, summary]
            items = [QStandardItem(t) for t in cells]
            for it in items:
                it.setEditable(False)
                it.setToolTip(c.summary)
            items[0].setData(c.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        for col in range(4):
            self.view.resizeColumnToContents(col)

    def add_contact(self) -> None:
        if self.claim is None:
            return
        dialog = ContactDialog(self.claim.id, self.zone, self.tr("Log a contact"),
                               self.tr("Note every exchange with support, even a phone call "
                                       "that led nowhere."),
                               Channel.CONTACT_FORM, Direction.SENT, parent=self)
        if not dialog.exec():
            return
        try:
            self.folder.contacts.add(dialog.contact())
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return
        self.load(self.folder, self.claim, self.zone)
        self.changed.emit(self.claim.id)

    def choose_eml(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import emails"), "", self.tr("Emails (*.eml);;All files (*)"))
        for f in files:
            self.import_eml(Path(f))

    def import_eml(self, path: Path) -> bool:
        """The core stores the email as evidence and logs it as a received contact."""
        try:
            result = self.folder.evidence.import_file(self.claim.id, path)
        except (BonusDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot import the email"), str(exc))
            return False
        if result.contact is None and not result.duplicate:
            self.message.emit(self.tr("%1 was added as evidence but is not an email.")
                              .replace("%1", path.name))
        self.load(self.folder, self.claim, self.zone)
        self.changed.emit(self.claim.id)
        return True
