"""Status changes BonusDesk suggests after a contact is logged, an e-mail imported or
filed (core.status_flow): asked, never applied silently.

A written report in time is recorded by the core itself (the player is told); a chat or
a late report ("was this your report?") and an e-mail that asks for documents ("record
'They asked for information', due …?") are questions with "Record it" / "Not now".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Contact
from bonusdesk.core.status_flow import (
    ContactLogged,
    StatusProposal,
    proposal_text,
    propose_for_contact,
)
from bonusdesk.core.zones import claim_zone

from ..i18n import current_language
from ..labels import status_label
from ..session import Session

translate = QCoreApplication.translate



def after_contact_logged(session: Session, logged: ContactLogged,
                         parent: QWidget | None) -> None:
    """Say what logging the contact changed, or ask about what it suggests."""
    if logged.change is not None:
        session.notify(translate(
            "Proposals", "Status changed to: %1 (a written report within the reporting "
            "window)").replace("%1", status_label(logged.change.status)))
    if logged.proposal is not None:
        ask_proposal(session, logged.proposal, parent)


def ask_about_contacts(session: Session, contacts: list[Contact],
                       parent: QWidget | None) -> None:
    """E-mails just imported or filed: ask about those that ask for documents."""
    folder = session.folder
    for contact in contacts:
        if folder is None or folder is not session.folder:
            return
        proposal = propose_for_contact(folder, folder.contacts.get(contact.id))
        if proposal is not None:
            ask_proposal(session, proposal, parent)


def ask_proposal(session: Session, proposal: StatusProposal, parent: QWidget | None) -> bool:
    """The question, then the status recorded with the contact if the player agrees."""
    folder = session.require_folder()
    text = proposal_text(proposal, current_language(), claim_zone(folder, proposal.claim_id))
    box = QMessageBox(QMessageBox.Icon.Question, translate("Proposals", "Record the status?"),
                      text, parent=parent)
    record = box.addButton(translate("Proposals", "&Record it"),
                           QMessageBox.ButtonRole.YesRole)
    later = box.addButton(translate("Proposals", "&Not now"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(record)
    box.setEscapeButton(later)
    binding = session.bind(box)
    box.exec()
    chosen = box.clickedButton() is record
    box.deleteLater()
    if not chosen:
        return False
    try:
        binding.check()
        session.record_status(proposal.claim_id, proposal.status,
                              contact_id=proposal.contact_id, info_due_at=proposal.due_at,
                              info_items=proposal.info_items or None)
    except BonusDeskError as exc:
        QMessageBox.warning(parent, translate("Proposals", "Cannot change the status"),
                            str(exc))
        return False
    session.notify(translate("Proposals", "Status changed to: %1")
                   .replace("%1", status_label(proposal.status)))
    return True
