"""Contacts tab: every exchange with support; add one or import an email (.eml).

The list follows ``session.contacts_changed``: a contact logged anywhere (a status
action, an e-mail dropped on the Evidence tab) shows here at once."""

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
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim
from bonusdesk.core.timeutil import format_local

from ..claim_tab import ClaimTab
from ..evidence.importer import EvidenceImport
from ..labels import channel_label, direction_label
from ..safety.readonly import follow_read_only
from ..session import Session
from .contact_dialog import log_contact


class ContactsTab(ClaimTab):
    """``import_finished(results)`` after an e-mail import started here."""

    key = "contacts"
    import_finished = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
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
        self.follow(session.contacts_changed)
        follow_read_only(session, lambda: [add, eml])

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
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

    def add_contact(self) -> bool:
        return self.claim is not None and log_contact(self.session, self.claim.id, self)

    def choose_eml(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import emails"), "", self.tr("Emails (*.eml);;All files (*)"))
        if files:
            self.import_eml(*[Path(f) for f in files])

    def import_eml(self, *paths: Path) -> EvidenceImport | None:
        """The core stores each e-mail as evidence and logs it as a received contact
        (in the job pool, like every import); the list updates from contacts_changed."""
        if self.claim is None or self.session.folder is None:
            return None
        try:
            importer = EvidenceImport(self.session, self.claim.id, self, expect_email=True)
            importer.done.connect(self.import_finished)
            importer.start(list(paths))
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot import the email"), str(exc))
            return None
        return importer
