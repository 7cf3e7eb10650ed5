"""Contacts tab: every exchange with support; log one, import an e-mail (.eml, .msg),
correct or withdraw an entry (History keeps the original and the withdrawn one).

The list follows ``session.contacts_changed``: a contact logged anywhere (a status
action, an e-mail dropped on the Evidence tab) shows here at once. Times are shown in
each contact's own zone, named when it differs from the computer's. An e-mail without a
date says "Date unknown"; a reference found in an e-mail's subject is marked until the
player confirms, removes or corrects it (reference_actions.py: the Reference button and
the right-click menu). An answer received from the operator can be marked as its final
response."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Contact, Counterpart, Direction
from bonusdesk.core.zones import show_time

from ..claim_tab import ClaimTab
from ..evidence.importer import EvidenceImport
from ..i18n import current_language
from ..labels import channel_label, counterpart_label, direction_label
from ..safety.readonly import follow_read_only
from ..session import Session
from ..widgets import WrappingDelegate
from .contact_dialog import correct_contact, log_contact, withdraw_contact
from .contact_words import mark_uncertain, mark_withdrawn, reference_text, when_text
from .reference_actions import ReferenceActions


class ContactsTab(ClaimTab):
    """``import_finished(results)`` after an e-mail import started here."""

    key = "contacts"
    import_finished = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.contacts: dict[int, Contact] = {}  # the list's, by id
        self.context_menu: QMenu | None = None  # the last right-click's (tests read it)
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
        self.reference_button.setText(self.tr("R&eference"))
        self.reference_button.setAccessibleName(self.tr("Reference"))
        self.reference_button.setToolTip(self.tr("Confirm, remove or correct the selected "
                                                 "contact's ticket or case number"))
        self.reference_button.setMenu(self.references.menu)
        self.reference_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        row = QHBoxLayout()
        for w in (add, eml, self.correct_button, self.withdraw_button):
            row.addWidget(w)
        row.addStretch(1)
        # What applies to the selected answer, on its own line: the buttons' row fits a
        # 1024 px screen.
        top = QHBoxLayout()
        top.addWidget(self.reference_button)
        top.addWidget(self.final_button)
        top.addStretch(1)
        top.addWidget(self.show_withdrawn)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._selection_changed())
        self.follow(session.contacts_changed)
        follow_read_only(session, lambda: [add, eml])
        session.folder_changed.connect(self._selection_changed)  # read-only or not
        self._update_buttons()

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        selected = self.selected_contact()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("How"), self.tr("Direction"), self.tr("Reference"),
            self.tr("Summary")])
        lang = current_language()
        shown = folder.contacts.list(claim.id, include_withdrawn=self.show_withdrawn.isChecked())
        self.contacts = {c.id: c for c in shown}
        for c in shown:
            summary = c.summary.splitlines()[0] if c.summary else ""
            if c.promised_action:
                summary += "  → " + c.promised_action
            if c.final_response:
                summary = self.tr("Final response: %1").replace("%1", summary)
            tip = c.summary
            if c.withdrawn:
                summary = self.tr("Withdrawn (%1): %2").replace("%1", c.withdrawn_reason) \
                    .replace("%2", summary)
                tip = self.tr("Withdrawn: %1").replace("%1", c.withdrawn_reason)
            elif c.corrected_at is not None:
                summary = self.tr("%1 (corrected)").replace("%1", summary)
            # What a mediator looks at: was it written, and with whom.
            how = (self.tr("%1, in writing") if c.is_written else self.tr("%1, not in writing")
                   ).replace("%1", channel_label(c.channel))
            who = direction_label(c.direction)
            if c.counterpart != Counterpart.OPERATOR:
                who += f" · {counterpart_label(c.counterpart)}"
            when, when_tip = when_text(c, show_time(c.at, c.zone, lang, zone))
            reference, reference_tip = reference_text(c)
            cells = [when, how, who, reference, summary]
            items = [QStandardItem(t) for t in cells]
            for it in items:
                it.setEditable(False)
                it.setToolTip(tip)
                if c.withdrawn:
                    mark_withdrawn(it)
            if not c.withdrawn:
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
        if c is not None and c.withdrawn:
            c = None  # a withdrawn entry is kept for History, not changed any more
        # Only an answer received from the operator can be its final response (core rule).
        self.final_button.setEnabled(c is not None and c.direction == Direction.RECEIVED
                                     and c.counterpart == Counterpart.OPERATOR
                                     and not self.session.read_only)
        self.final_button.setText(self.tr("Un&mark the final response")
                                  if c is not None and c.final_response
                                  else self.tr("&Mark as the final response"))
        self.references.set_contact(c)
        self._update_buttons()

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self._selection_changed()
        self.context_menu = menu = QMenu(self)
        can = self.selected_id() is not None
        menu.addAction(self.tr("Correct…"), self.correct_selected).setEnabled(can)
        menu.addAction(self.tr("Withdraw…"), self.withdraw_selected).setEnabled(can)
        menu.addSeparator()
        menu.addActions(self.references.actions())
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not kept
        menu.popup(self.view.viewport().mapToGlobal(pos))

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

    # -- the selected contact ----------------------------------------------------------
    def selected_id(self) -> int | None:
        """The selected contact's id, if it can still be changed (not withdrawn)."""
        c = self.selected_contact()
        return c.id if c is not None and not c.withdrawn else None

    def _update_buttons(self) -> None:
        # A read-only folder changes nothing: the selection must not re-enable them.
        can = self.selected_id() is not None and not self.session.read_only
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
