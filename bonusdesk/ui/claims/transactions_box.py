"""The bets, game rounds and deposits a claim is about (core.escalations transactions):
a list on the Details tab, added and removed through the session. ADR bodies ask for
them (IBAS: the bet reference and stake, with the bet type and time)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.escalations import list_transactions
from bonusdesk.core.model import Claim, Transaction, TransactionKind
from bonusdesk.core.timeutil import BadTime, format_local

from ..i18n import current_language
from ..labels import transaction_kind_label
from ..session import Session
from ..widgets import TimeWithZone


class TransactionDialog(QDialog):
    """Asks for one transaction; ``transaction()`` builds it (the caller stores it)."""

    def __init__(self, claim: Claim, zone: str, parent=None):
        super().__init__(parent)
        self.claim = claim
        self.setWindowTitle(self.tr("Add a bet, round or deposit"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Copy the references from your account history: a mediator or ADR body asks "
            "for the bet or round reference with its stake, type and time, and for the "
            "deposit's amount, date and method."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of transaction"))
        for k in TransactionKind:
            self.kind.addItem(transaction_kind_label(k), k.value)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText(self.tr("e.g. bet slip SLIP-77, round 8812-A"))
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Stake or amount"))
        self.amount.setPlaceholderText(self.tr("e.g. 5.00"))
        self.currency = QLineEdit(claim.currency)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMaximumWidth(90)
        money = QHBoxLayout()
        money.addWidget(self.amount, 2)
        money.addWidget(self.currency, 1)
        self.has_time = QCheckBox(self.tr("I know when it was made"))
        self.has_time.setChecked(True)
        self.when = TimeWithZone(claim.incident_at, zone)
        self.has_time.toggled.connect(self.when.setEnabled)
        self.bet_type = QLineEdit()
        self.bet_type.setAccessibleName(self.tr("Bet type"))
        self.bet_type.setPlaceholderText(self.tr("e.g. single, accumulator, slot spin"))
        self.method = QLineEdit()
        self.method.setAccessibleName(self.tr("Payment method"))
        self.method.setPlaceholderText(self.tr("e.g. card, bank transfer"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Reference:"), self.reference)
        amount_label = QLabel(self.tr("&Amount:"))
        amount_label.setBuddy(self.amount)  # a layout cannot be a buddy
        form.addRow(amount_label, money)
        form.addRow("", self.has_time)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Bet type:"), self.bet_type)
        form.addRow(self.tr("Payment &method:"), self.method)
        form.addRow(self.tr("N&ote:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if self.has_time.isChecked():
                self.when.value()
        except BadTime:
            QMessageBox.warning(self, self.tr("Unknown time zone"),
                                self.tr("Pick a time zone from the list, e.g. Europe/Paris."))
            return
        super().accept()

    def transaction(self) -> Transaction:
        at = self.when.value() if self.has_time.isChecked() else None
        return Transaction(
            claim_id=self.claim.id, kind=TransactionKind(self.kind.currentData()),
            reference=self.reference.text().strip(), at=at,
            zone=self.when.zone() if at else "", amount=self.amount.text().strip(),
            currency=self.currency.text().strip(), bet_type=self.bet_type.text().strip(),
            method=self.method.text().strip(), note=self.note.text().strip())


class TransactionsBox(QGroupBox):
    """Lists one claim's transactions; follows ``session.transactions_changed``."""

    changed = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(self.tr("Bets, rounds and deposits concerned"), parent)
        self.session = session
        self.claim: Claim | None = None
        self.items: list[Transaction] = []
        self.model = QStandardItemModel(0, 5, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Bets, rounds and deposits"))
        self.view.setMinimumHeight(110)
        self.empty = QLabel(self.tr("None yet. A mediator asks for the references of the "
                                    "bets or deposits your claim is about."))
        self.empty.setWordWrap(True)
        add = QPushButton(self.tr("Add a &transaction…"))
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(add)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        session.transactions_changed.connect(
            lambda claim_id: self.claim is not None and claim_id == self.claim.id
            and self.reload())

    def show_claim(self, claim: Claim | None) -> None:
        self.claim = claim
        self.reload()

    def reload(self) -> None:
        folder = self.session.folder
        self.items = list_transactions(folder, self.claim.id) if (
            folder is not None and self.claim is not None) else []
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Reference"), self.tr("Amount"), self.tr("Type or method"),
            self.tr("When")])
        from bonusdesk.core import localefmt  # Babel: not needed to start the app

        lang = current_language()
        for t in self.items:
            amount = localefmt.money(t.amount, t.currency, lang) if t.amount else ""
            when = format_local(t.at, t.zone or self.session.zone, with_zone=False) if t.at \
                else ""
            cells = [transaction_kind_label(t.kind), t.reference, amount,
                     t.bet_type or t.method, when]
            items = [QStandardItem(c) for c in cells]
            for it in items:
                it.setEditable(False)
                if t.note:
                    it.setToolTip(t.note)
            items[0].setData(t.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        for col in range(5):
            self.view.resizeColumnToContents(col)
        self.view.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.remove_button.setEnabled(bool(self.items))

    def add(self) -> bool:
        if self.claim is None:
            return False
        dialog = TransactionDialog(self.claim, self.session.zone, self)
        binding = self.session.bind(dialog)
        while dialog.exec():
            try:
                binding.check()
                self.session.add_transaction(dialog.transaction())
            except BonusDeskError as exc:  # e.g. nothing given, an amount that is no number
                QMessageBox.warning(self, self.tr("Cannot add the transaction"), str(exc))
                continue  # the dialog opens again with what was typed
            dialog.deleteLater()
            return True
        dialog.deleteLater()
        return False

    def remove_selected(self) -> bool:
        index = self.view.currentIndex()
        if self.claim is None or not index.isValid():
            return False
        tid = self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if QMessageBox.question(self, self.tr("Remove the transaction?"), self.tr(
                "Remove this transaction from the claim? The history keeps a record of it.")
        ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.session.remove_transaction(self.claim.id, tid)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot remove the transaction"), str(exc))
            return False
        return True
