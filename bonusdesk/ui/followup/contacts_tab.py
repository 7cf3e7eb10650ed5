"""Contacts tab: every exchange with support; add one or import an e-mail (.eml, .msg).

The list follows ``session.contacts_changed``: a contact logged anywhere (a status
action, an e-mail dropped on the Evidence tab) shows here at once. An e-mail without a
date says "Date unknown"; a reference found in an e-mail's subject is marked until the
player confirms, removes or corrects it (reference_actions.py: the Reference button and
the right-click menu). An answer received from the operator can be marked as its final
response."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Contact, Counterpart, Direction
from bonusdesk.core.timeutil import format_local

from ..claim_tab import ClaimTab
from ..evidence.importer import EvidenceImport
from ..labels import channel_label, counterpart_label, direction_label
from ..safety.readonly import follow_read_only
from ..session import Session
from .contact_dialog import log_contact
from .contact_words import mark_uncertain, reference_text, when_text
from .reference_actions import ReferenceActions


class ContactsTab(ClaimTab):
    """``import_finished(results)`` after an e-mail import started here."""

    key = "contacts"
    import_finished = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.contacts: dict[int, Contact] = {}  # the list's, by id
        self.model = QStandardItemModel(0, 5, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Contacts with support"))
        add = QPushButton(self.tr("&Log a contact…"))
        add.clicked.connect(self.add_contact)
        eml = QPushButton(self.tr("Import an &email (.eml, .msg)…"))
        eml.clicked.connect(self.choose_eml)
        # An answer already logged (an imported e-mail, most often) turns out to be the
        # operator's final response / deadlock letter: the ADR clocks start from it.
        self.final_button = QPushButton(self.tr("&Mark as the final response"))
        self.final_button.setToolTip(self.tr(
            "The operator's last word on your complaint (a final response or deadlock "
            "letter): ADR bodies take the case from there"))
        self.final_button.clicked.connect(self.toggle_final_response)
        self.final_button.setEnabled(False)
        self.references = ReferenceActions(session, self)
        self.reference_button = QToolButton()
        self.reference_button.setText(self.tr("&Reference"))
        self.reference_button.setToolTip(self.tr("Confirm, remove or correct the selected "
                                                 "contact's ticket or case number"))
        self.reference_button.setMenu(self.references.menu)
        self.reference_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(eml)
        row.addWidget(self.reference_button)
        row.addStretch(1)
        row.addWidget(self.final_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._selection_changed())
        self.follow(session.contacts_changed)
        follow_read_only(session, lambda: [add, eml, self.final_button])

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        selected = self.selected_contact()
        self.contacts = {c.id: c for c in folder.contacts.list(claim.id)}
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("How"), self.tr("Who"), self.tr("Reference"),
            self.tr("Summary")])
        for c in self.contacts.values():
            summary = c.summary.splitlines()[0] if c.summary else ""
            if c.promised_action:
                summary += "  → " + c.promised_action
            if c.final_response:
                summary = self.tr("Final response: %1").replace("%1", summary)
            # What a mediator looks at: was it written, and with whom.
            how = (self.tr("%1, in writing") if c.is_written else self.tr("%1, not in writing")
                   ).replace("%1", channel_label(c.channel))
            who = direction_label(c.direction)
            if c.counterpart != Counterpart.OPERATOR:
                who += f" · {counterpart_label(c.counterpart)}"
            when, when_tip = when_text(c, format_local(c.at, zone, with_zone=False))
            reference, reference_tip = reference_text(c)
            cells = [when, how, who, reference, summary]
            items = [QStandardItem(t) for t in cells]
            for it in items:
                it.setEditable(False)
                it.setToolTip(c.summary)
            mark_uncertain(items[0], when_tip)
            mark_uncertain(items[3], reference_tip)
            items[0].setData(c.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        for col in range(4):
            self.view.resizeColumnToContents(col)
        if selected is not None:
            self.select_contact(selected.id)
        self._selection_changed()

    # -- the operator's final response -------------------------------------------------
    def selected_contact(self) -> Contact | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        item = self.model.item(index.row(), 0)
        return self.contacts.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_contact(self, contact_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) == contact_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _selection_changed(self) -> None:
        c = self.selected_contact()
        # Only an answer received from the operator can be its final response (core rule).
        self.final_button.setEnabled(c is not None and c.direction == Direction.RECEIVED
                                     and c.counterpart == Counterpart.OPERATOR)
        self.final_button.setText(self.tr("Un&mark the final response")
                                  if c is not None and c.final_response
                                  else self.tr("&Mark as the final response"))
        self.references.set_contact(c)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.references.set_contact(self.selected_contact())
        self.references.menu.popup(self.view.viewport().mapToGlobal(pos))

    def toggle_final_response(self) -> bool:
        """Flag (or unflag) the selected answer; True when it was saved."""
        c = self.selected_contact()
        if c is None or not self.final_button.isEnabled():
            return False
        try:
            self.session.mark_final_response(c.id, not c.final_response)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        return True

    def add_contact(self) -> bool:
        return self.claim is not None and log_contact(self.session, self.claim.id, self)

    def choose_eml(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import emails"), "", self.tr("E-mails (*.eml *.msg);;All files (*)"))
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
