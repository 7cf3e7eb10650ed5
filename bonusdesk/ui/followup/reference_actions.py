"""Confirm, remove or correct a contact's reference (issue 18).

A ticket or case number found in an imported e-mail's subject goes into the complaint
letter as a "previous reference number", so the player checks it: **Confirm** (it is
real), **Not a reference** (it leaves the letter and the PDF) or **Correct…** (the right
one, typed: no longer "detected"). Every change goes through the session, which logs it
in the claim's history and tells the views (``contacts_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Contact

from ..session import Session


class ReferenceActions(QObject):
    """The three actions, for the contact given to :meth:`set_contact` (None: disabled)."""

    def __init__(self, session: Session, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.session, self.parent_widget = session, parent_widget
        self.contact: Contact | None = None
        self.act_confirm = QAction(self.tr("&Confirm the reference"), self)
        self.act_confirm.setToolTip(self.tr("It is the real ticket or case number"))
        self.act_confirm.triggered.connect(self.confirm)
        self.act_remove = QAction(self.tr("&Not a reference: remove it"), self)
        self.act_remove.setToolTip(self.tr("It leaves your letter and the PDF"))
        self.act_remove.triggered.connect(self.remove)
        self.act_correct = QAction(self.tr("Co&rrect the reference…"), self)
        self.act_correct.triggered.connect(self.correct)
        self.menu = QMenu(parent_widget)
        self.menu.addActions(self.actions())
        self.set_contact(None)

    def actions(self) -> list[QAction]:
        return [self.act_confirm, self.act_remove, self.act_correct]

    def set_contact(self, contact: Contact | None) -> None:
        self.contact = contact
        usable = contact is not None and not getattr(contact, "withdrawn", False)
        has_reference = usable and bool(contact.reference)
        self.act_confirm.setEnabled(has_reference and contact.reference_origin == "detected")
        self.act_remove.setEnabled(has_reference)
        self.act_correct.setEnabled(usable)
        self.act_correct.setText(self.tr("Co&rrect the reference…") if has_reference
                                 else self.tr("&Add a reference…"))

    def confirm(self) -> bool:
        if self.contact is None:
            return False
        return self._apply(lambda: self.session.confirm_reference(self.contact.id),
                           self.tr("Reference %1 confirmed.").replace(
                               "%1", self.contact.reference))

    def remove(self) -> bool:
        if self.contact is None:
            return False
        return self._apply(lambda: self.session.remove_reference(self.contact.id),
                           self.tr("Reference %1 removed: it is no longer in your letter.")
                           .replace("%1", self.contact.reference))

    def correct(self) -> bool:
        if self.contact is None:
            return False
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Reference"),
            self.tr("Ticket or case number (empty: none):"), text=self.contact.reference)
        if not ok or text.strip() == self.contact.reference:
            return False
        contact_id, reference = self.contact.id, text.strip()
        done = (self.tr("Reference changed to %1.").replace("%1", reference) if reference
                else self.tr("Reference removed: it is no longer in your letter."))
        return self._apply(lambda: self.session.set_reference(contact_id, reference), done)

    def _apply(self, change, done: str) -> bool:
        try:
            change()
        except BonusDeskError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Reference not changed"), str(exc))
            return False
        self.session.notify(done)
        return True
