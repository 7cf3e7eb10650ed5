"""Claim commands: "New claim…", "Save" (Ctrl+S) and "Close the claim…" (their actions
and dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Status
from bonusdesk.core.timeutil import get_zone

from ..session import Session
from ..widgets import make_action
from .new_claim_dialog import NewClaimDialog


class ClaimCommands(QObject):
    """``act_new_claim`` needs an open folder, ``act_close_claim`` a current claim."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.act_new_claim = make_action(
            self, self.tr("&New claim…"), self.new_claim, QKeySequence.StandardKey.New,
            self.tr("Start a new claim (Ctrl+N)"))
        self.act_close_claim = make_action(self, self.tr("Close the clai&m…"),
                                           self.close_claim)
        self.act_save = make_action(
            self, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save,
            self.tr("Save what you typed in the claim's details (Ctrl+S)"))

    def save(self) -> bool:
        """Save unsaved details and say so, also when there was nothing left to save: a
        player who presses Ctrl+S wants to see that the claim is safe."""
        if self.session.current_claim_id is None or not self.session.flush_edits():
            return False  # a dialog said why it could not be saved
        self.session.notify(self.tr("Saved: the claim is up to date in the claim folder "
                                    "(%1).").replace("%1", _clock(self.session)),
                            10000)
        return True

    def new_claim(self) -> int | None:
        """Ask for the claim; it is created, selected and shown on its Details tab."""
        if self.session.folder is None:
            return None
        dialog = NewClaimDialog(self.session, self.window)
        accepted = dialog.exec()
        dialog.deleteLater()  # deferred: its values stay readable until the event loop runs
        if not accepted or dialog.claim is None:
            return None
        self.session.show_claim(dialog.claim.id, "details")
        return dialog.claim.id

    def close_claim(self) -> bool:
        """Archive the current claim (status "closed"); evidence and history stay."""
        claim_id = self.session.current_claim_id
        if claim_id is None or not self.session.flush_edits():
            return False
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Close the claim"))
        dialog.setLabelText(self.tr(
            "The claim leaves the list of open claims; nothing is deleted and you can reopen "
            "it by recording a new status.\n\nWhy do you close it? (optional)"))
        binding = self.session.bind(dialog)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return False
        try:
            binding.check()
            self.session.set_status(claim_id, Status.CLOSED, note=dialog.textValue().strip())
        except BonusDeskError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot close the claim"), str(exc))
            return False
        return True


def _clock(session: Session) -> str:
    """The time of day on the player's clock ("21:15")."""
    return session.clock().astimezone(get_zone(session.zone)).strftime("%H:%M")
