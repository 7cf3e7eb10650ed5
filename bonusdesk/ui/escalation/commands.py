"""Escalation command: "Refer to a mediator / ADR…" (Ctrl+5) for the current claim."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..session import Session
from ..widgets import make_action


class EscalationCommands(QObject):
    """``act_refer`` needs a current claim."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.act_refer = make_action(
            self, self.tr("Refer to a &mediator / ADR…"), self.refer, "Ctrl+5",
            self.tr("Support did not solve it: see where to go next, check the file, write "
                    "the referral letter (Ctrl+5)"))

    def refer(self):
        """The referral dialog for the current claim; the recorded referral, if any."""
        from .refer_dialog import refer

        claim_id = self.session.current_claim_id
        if claim_id is None:
            return None
        return refer(self.session, claim_id, self.window)
