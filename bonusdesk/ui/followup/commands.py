"""Follow-up commands: the status actions ("I reported it"... Ctrl+1 to Ctrl+5) and
"Log a contact…", for the session's current claim (dialogs start in the claim's zone)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.zones import claim_zone

from ..labels import status_label
from ..session import Session
from ..widgets import make_action
from .contact_dialog import log_contact
from .status_actions import ACTIONS, StatusAction, action_dialog


class FollowUpCommands(QObject):
    """``status_actions`` (by key) and ``act_contact``: all need a current claim."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.act_contact = make_action(self, self.tr("&Log a contact…"), self.log_contact,
                                       "Ctrl+L")
        self.status_actions: dict[str, QAction] = {}
        for sa in ACTIONS:
            self.status_actions[sa.key] = make_action(
                self, sa.text(), lambda _c=False, sa=sa: self.run_status_action(sa),
                sa.shortcut, sa.intro())

    def log_contact(self) -> bool:
        claim_id = self.session.current_claim_id
        return claim_id is not None and log_contact(self.session, claim_id, self.window)

    def run_status_action(self, action: StatusAction) -> bool:
        """Ask for the details of the step, then record the contact and the status
        together; True when the status changed."""
        claim_id = self.session.current_claim_id
        if claim_id is None or not self.session.flush_edits():
            return False
        zone = claim_zone(self.session.require_folder(), claim_id)
        dialog = action_dialog(action, claim_id, zone, self.window, self.session)
        binding = self.session.bind(dialog)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return False
        status = dialog.outcome_value() or action.status
        linked = dialog.linked_id()
        try:
            binding.check()
            self.session.record_status(
                claim_id, status, contact=None if linked is not None else dialog.contact(),
                contact_id=linked, info_due_at=dialog.due_at(),
                info_items=dialog.info_items or None)
        except BonusDeskError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot change the status"), str(exc))
            return False
        self.session.notify(self.tr("Status changed to: %1").replace("%1", status_label(status)))
        return True
