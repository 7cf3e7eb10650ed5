"""Contacts tab: every exchange with support; log one, import an e-mail, correct or
withdraw an entry (History keeps the original and the withdrawn one).

The list follows ``session.contacts_changed``: a contact logged anywhere (a status
action, an e-mail dropped on the Evidence tab) shows here at once. Times are shown in
each contact's own zone, named when it differs from the computer's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from bonusdesk.core.zones import show_time

from ..claim_tab import ClaimTab
from ..evidence.importer import EvidenceImport
from ..i18n import current_language
from ..labels import channel_label, direction_label
from ..session import Session
from ..widgets import WrappingDelegate
from .contact_dialog import correct_contact, log_contact, withdraw_contact


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
        self.view.setItemDelegateForColumn(4, WrappingDelegate(self.view))  # the summary
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Contacts with support"))
        add = QPushButton(self.tr("&Log a contact…"))
        add.clicked.connect(self.add_contact)
        eml = QPushButton(self.tr("Import an &email (.eml, .msg)…"))
        eml.clicked.connect(self.choose_eml)
        self.correct_button = QPushButton(self.tr("Co&rrect…"))
        self.correct_button.setToolTip(self.tr("Correct the selected contact (F2); History "
                                               "keeps the original"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the selected contact, logged by "
                                                "mistake (Del); History keeps it"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.show_withdrawn = QCheckBox(self.tr("&Show withdrawn entries"))
        self.show_withdrawn.toggled.connect(lambda _on: self.refresh())
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.view, activated=self.correct_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view,
                  activated=self.withdraw_selected)
        self.view.doubleClicked.connect(lambda _i: self.correct_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        row = QHBoxLayout()
        for w in (add, eml, self.correct_button, self.withdraw_button):
            row.addWidget(w)
        row.addStretch(1)
        top = QHBoxLayout()  # on its own line: the buttons' row fits a 1024 px screen
        top.addStretch(1)
        top.addWidget(self.show_withdrawn)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.follow(session.contacts_changed)
        self._update_buttons()

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("How"), self.tr("Direction"), self.tr("Reference"),
            self.tr("Summary")])
        lang = current_language()
        for c in folder.contacts.list(claim.id, include_withdrawn=self.show_withdrawn.isChecked()):
            summary = c.summary.splitlines()[0] if c.summary else ""
            if c.promised_action:
                summary += "  → " + c.promised_action
            tip = c.summary
            if c.withdrawn:
                summary = self.tr("Withdrawn (%1): %2").replace("%1", c.withdrawn_reason) \
                    .replace("%2", summary)
                tip = self.tr("Withdrawn: %1").replace("%1", c.withdrawn_reason)
            elif c.corrected_at is not None:
                summary = self.tr("%1 (corrected)").replace("%1", summary)
            cells = [show_time(c.at, c.zone, lang, zone), channel_label(c.channel),
                     direction_label(c.direction), c.reference, summary]
            items = [QStandardItem(t) for t in cells]
            for it in items:
                it.setEditable(False)
                it.setToolTip(tip)
                if c.withdrawn:
                    font = it.font()
                    font.setStrikeOut(True)
                    it.setFont(font)
            items[0].setData(c.id, Qt.ItemDataRole.UserRole)
            items[0].setData(c.withdrawn, Qt.ItemDataRole.UserRole + 1)
            self.model.appendRow(items)
        for col in range(4):
            self.view.resizeColumnToContents(col)
        self._update_buttons()

    # -- the selected contact ----------------------------------------------------------
    def selected_id(self) -> int | None:
        """The selected contact's id, if it can still be changed (not withdrawn)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        first = self.model.index(index.row(), 0)
        if first.data(Qt.ItemDataRole.UserRole + 1):
            return None
        return first.data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        can = self.selected_id() is not None
        self.correct_button.setEnabled(can)
        self.withdraw_button.setEnabled(can)

    def correct_selected(self) -> bool:
        contact_id = self.selected_id()
        return contact_id is not None and correct_contact(self.session, contact_id, self)

    def withdraw_selected(self) -> bool:
        contact_id = self.selected_id()
        return contact_id is not None and withdraw_contact(self.session, contact_id, self)

    # -- adding -------------------------------------------------------------------------
    def add_contact(self) -> bool:
        return self.claim is not None and log_contact(self.session, self.claim.id, self)

    def choose_eml(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import emails"), "", self.tr("Emails (*.eml *.msg);;All files (*)"))
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
