"""Escalation tab: "Ready for …?" (pick a body, by default the next step the rules give;
what its file holds and what is missing, each missing item linking to where it is filled
in), the way to refer, and the claim's referrals with their status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
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
    QScrollArea,
    QTreeView,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.escalations import list_escalations
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Escalation, EscalationStatus
from bonusdesk.core.rules import RuleBook, rules_for_folder
from bonusdesk.core.timeutil import format_local

from ..claim_tab import ClaimTab
from ..labels import escalation_status_label, recipient_name
from ..session import Session
from .ready_panel import ReadyPanel
from .recipients import default_recipient, fill_recipients, go_to


class EscalationUpdateDialog(QDialog):
    """The body's answer: status, case number, note (core.escalations.update_escalation)."""

    def __init__(self, escalation: Escalation, name: str, parent=None):
        super().__init__(parent)
        self.escalation = escalation
        self.setWindowTitle(self.tr("Referral to %1").replace("%1", name))
        self.setMinimumWidth(480)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the referral"))
        for s in EscalationStatus:
            self.status.addItem(escalation_status_label(s), s.value)
        self.status.setCurrentIndex(self.status.findData(escalation.status.value))
        self.case_number = QLineEdit(escalation.case_number)
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.note = QLineEdit(escalation.note)
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Case &number:"), self.case_number)
        form.addRow(self.tr("N&ote:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict:
        e = self.escalation
        out = {}
        if self.status.currentData() != e.status.value:
            out["status"] = self.status.currentData()
        for name in ("case_number", "note"):
            value = getattr(self, name).text().strip()
            if value != getattr(e, name):
                out[name] = value
        return out


class EscalationTab(ClaimTab):
    """Reads the rules and the claim while shown (lazy)."""

    key = "escalation"
    lazy = True

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.book: RuleBook | None = None
        self.escalations: list[Escalation] = []
        self._shown_claim: int | None = None
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Body to check the file for"))
        self.recipient.currentIndexChanged.connect(lambda _i: self._check())
        self.refer_button = QPushButton(self.tr("&Refer to this body…"))
        self.refer_button.clicked.connect(self.refer)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.ready = ReadyPanel()
        self.ready.link_activated.connect(self.fill_in)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Ready for:")))
        head.addWidget(self.recipient, 1)
        head.addWidget(self.refer_button)
        check = QGroupBox(self.tr("Is the file complete?"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.ready)
        cv = QVBoxLayout(check)
        cv.addWidget(self.intro)
        cv.addWidget(scroll, 1)

        self.model = QStandardItemModel(0, 4, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Referrals of this claim"))
        self.view.setMaximumHeight(160)
        self.view.doubleClicked.connect(lambda _index: self.update_selected())
        self.none = QLabel(self.tr("No referral recorded yet."))
        update = QPushButton(self.tr("&Update the referral…"))
        update.setToolTip(self.tr("The body's answer: case number, status, decision"))
        update.clicked.connect(self.update_selected)
        self.update_button = update
        letter = QPushButton(self.tr("The &letter as sent"))
        letter.setToolTip(self.tr("The referral letter kept in the claim when the referral "
                                  "was recorded, on the Evidence tab"))
        letter.clicked.connect(self.show_letter)
        self.letter_button = letter
        referrals = QGroupBox(self.tr("Referrals"))
        rv = QVBoxLayout(referrals)
        rv.addWidget(self.view)
        row = QHBoxLayout()
        row.addWidget(self.none, 1)
        row.addWidget(letter)
        row.addWidget(update)
        rv.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(check, 1)
        layout.addWidget(referrals)
        self.follow(session.claim_changed, session.contacts_changed, session.evidence_added,
                    session.transactions_changed, session.escalations_changed)
        session.profile_changed.connect(self.refresh)  # the player's name, e-mail, address

    # -- loading ----------------------------------------------------------------------
    def load(self, folder: ClaimFolder, claim: Claim, _zone: str = "") -> None:
        try:
            self.book = rules_for_folder(folder)
        except BonusDeskError as exc:  # a broken rules file in the folder: say it
            self.book = None
            self.recipient.clear()
            self.ready.clear(str(exc))
            self.refer_button.setEnabled(False)
            return
        platform = folder.claims.platform(claim.platform_id)
        keep = self.recipient.currentData() if self._shown_claim == claim.id else None
        selected = keep if keep is not None else default_recipient(folder, claim, self.book)
        fill_recipients(self.recipient, self.book, platform, selected)
        self._shown_claim = claim.id
        self._check()
        self._list(folder, claim)

    def _check(self) -> None:
        folder, claim = self.session.folder, self.claim
        key = self.recipient.currentData() or ""
        self.refer_button.setEnabled(bool(key))
        if folder is None or claim is None or self.book is None:
            return
        if not key:
            self.intro.setText(self.tr(
                "BonusDesk cannot tell where this claim goes next: the platform's regulator "
                "is unknown, or its terms name the ADR body. Pick one above (the platform "
                "details say which regulator applies)."))
            self.ready.clear()
            return
        # Imported when first shown: the readiness check and the referral letter are not
        # needed to start the app.
        from bonusdesk.core.readiness import readiness

        r = self.book.get(key)
        self.intro.setText(self.tr("What %1 needs, from what your claim holds now:")
                           .replace("%1", recipient_name(r)))
        self.ready.show_readiness(readiness(folder, claim.id, r, self.session.clock(),
                                            rules=self.book))

    def _list(self, folder: ClaimFolder, claim: Claim) -> None:
        self.escalations = list_escalations(folder, claim.id)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Sent"), self.tr("To"),
                                              self.tr("Case number"), self.tr("Status")])
        for e in self.escalations:
            name = recipient_name(self.book.recipients[e.recipient]) if (
                e.recipient in self.book.recipients) else e.recipient
            cells = [format_local(e.sent_at, e.zone, with_zone=False), name, e.case_number,
                     escalation_status_label(e.status)]
            items = [QStandardItem(c) for c in cells]
            for it in items:
                it.setEditable(False)
                if e.note:
                    it.setToolTip(e.note)
            items[0].setData(e.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        for col in range(4):
            self.view.resizeColumnToContents(col)
        self.none.setVisible(not self.escalations)
        self.view.setVisible(bool(self.escalations))
        self.update_button.setEnabled(bool(self.escalations) and not self.session.read_only)
        self.letter_button.setEnabled(bool(self.escalations))

    # -- actions ------------------------------------------------------------------------
    def fill_in(self, where: str) -> None:
        if self.claim is not None and go_to(self.session, self.claim, where, self):
            self.refresh()  # the profile or platform dialog may have changed what we show

    def refer(self):
        from .refer_dialog import refer

        if self.claim is None:
            return None
        return refer(self.session, self.claim.id, self, self.recipient.currentData() or "")

    def _selected_row(self) -> int:
        """The row of the referral selected in the list, else the latest one's (-1: none)."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else len(self.escalations) - 1

    def show_letter(self) -> bool:
        """The selected referral's letter as sent, selected on the Evidence tab."""
        from bonusdesk.core.escalate import sent_letter

        row = self._selected_row()
        if row < 0 or self.session.folder is None:
            return False
        e = self.escalations[row]
        kept = sent_letter(self.session.folder, e)
        if kept is None:
            QMessageBox.information(self, self.tr("The letter as sent"), self.tr(
                "This referral was recorded before BonusDesk kept the letters it sends. "
                "Import the letter you sent (Evidence tab) to keep it with the claim."))
            return False
        self.session.show_evidence(e.claim_id, kept.id)
        return True

    def update_selected(self) -> bool:
        row = self._selected_row()
        if row < 0:
            return False
        e = self.escalations[row]
        name = self.model.item(row, 1).text()
        dialog = EscalationUpdateDialog(e, name, self)
        binding = self.session.bind(dialog)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted or not dialog.changes():
            return False
        try:
            binding.check()
            self.session.update_escalation(e.id, **dialog.changes())
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot update the referral"), str(exc))
            return False
        return True
