"""Filing evidence: "Move to claim…" (a claim picked from a list, typed to filter) and the
drop of items onto a claim of the claims list, both through ``session.file_evidence``.

Filing records a ``file`` event and copies nothing; an e-mail filed from the Inbox gets
its attachments and its contact in the claim, and one that asks for documents proposes
"They asked for information" (asked, never applied silently).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.inbox import FilingResult

from ..followup.proposals import ask_about_contacts
from ..labels import status_label
from ..session import Session
from ..widgets import FormDialog

translate = QCoreApplication.translate
INBOX = -1  # the list's entry for "back to the Inbox"


class MoveDialog(FormDialog):
    """Pick the claim to file into (open claims first, the most recently changed on top);
    ``target()``: a claim id, or None for the Inbox."""

    def __init__(self, session: Session, count: int, from_claim: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to claim"))
        self.setMinimumSize(480, 420)
        folder = session.require_folder()
        intro = QLabel(self.tr("File %n items into the claim they belong to. Nothing is "
                               "copied; the claim's History records it.", "", count))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Find a claim"))
        self.filter.setPlaceholderText(self.tr("Type to find a claim…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.claims = QListWidget()
        self.claims.setAccessibleName(self.tr("Claims"))
        claims = [c for c in folder.claims.list() if c.id != from_claim]
        claims.sort(key=lambda c: (not c.status.is_open,
                                   -(c.updated_at or c.created_at).timestamp()))
        platforms = {p.id: p.name for p in folder.claims.platforms()}
        if from_claim is not None:
            item = QListWidgetItem(self.tr("The Inbox (not filed)"))
            item.setData(Qt.ItemDataRole.UserRole, INBOX)
            self.claims.addItem(item)
        for c in claims:
            item = QListWidgetItem(f"{c.title} — {platforms.get(c.platform_id, '')} · "
                                   f"{status_label(c.status)}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.claims.addItem(item)
        self.claims.setCurrentRow(1 if from_claim is not None and claims else 0)
        self.claims.itemActivated.connect(lambda _item: self.accept())
        self.empty = QLabel(self.tr("There is no claim yet: create one first (Ctrl+N)."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.claims.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&File here"))
        self.ok.setEnabled(self.claims.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.claims, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.claims.setFocus()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.claims.count()):
            item = self.claims.item(row)
            hide = not all(w in item.text().casefold() for w in words)
            item.setHidden(hide)
            if not hide and first is None:
                first = item
        if first is not None:
            self.claims.setCurrentItem(first)

    def target(self) -> int | None:
        item = self.claims.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return None if value == INBOX else value

    def accept(self) -> None:
        item = self.claims.currentItem()
        if item is None or item.isHidden():
            return
        super().accept()


def choose_and_file(session: Session, ids: list[int], parent: QWidget | None,
                    from_claim: int | None = None) -> FilingResult | None:
    """"Move to claim…": ask where, then file."""
    dialog = MoveDialog(session, len(ids), from_claim, parent)
    binding = session.bind(dialog)
    accepted = dialog.exec()
    target = dialog.target()
    dialog.deleteLater()
    if not accepted or not binding.valid:
        return None
    return file_items(session, ids, target, parent)


def file_items(session: Session, ids: list[int], claim_id: int | None,
               parent: QWidget | None) -> FilingResult | None:
    """File ``ids`` into ``claim_id`` (None: the Inbox); say what happened."""
    try:
        result = session.file_evidence(ids, claim_id)
        where = (session.require_folder().claims.get(claim_id).title if claim_id is not None
                 else translate("Filing", "the Inbox"))
    except BonusDeskError as exc:
        QMessageBox.warning(parent, translate("Filing", "Cannot file the evidence"), str(exc))
        return None
    if result.moved:
        session.notify(translate("Filing", "%n items filed into “%1”", "", len(result.moved))
                       .replace("%1", where))
    elif result.already:
        session.notify(translate("Filing", "Already in “%1”").replace("%1", where))
    if result.contacts:
        session.notify(translate("Filing", "%n e-mails logged as contacts in “%1”", "",
                                 len(result.contacts)).replace("%1", where))
        ask_about_contacts(session, result.contacts, parent)
    return result
