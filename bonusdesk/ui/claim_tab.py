"""Base of the claim view's tabs: one claim, kept current from the session's signals.

A tab says which signals concern it (``follow``); when one of them names its claim, it
re-reads the claim and reloads, whoever made the change. Tabs that read a lot (the event
log, the deadline rules) are ``lazy``: they reload only while shown, else on next show.

A new tab: subclass, set ``key`` (the name ``session.show_claim(id, key)`` uses), implement
``load(folder, claim, zone)``, call ``self.follow(...)``, and add it in claims/claim_view.py.
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from bonusdesk.core.errors import NotFound
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim

from .session import Session


class ClaimTab(QWidget):
    key = ""
    lazy = False

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self._stale = False

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        raise NotImplementedError

    def follow(self, *signals: SignalInstance) -> None:
        """Reload when one of these session signals (first argument: a claim id) is about
        this tab's claim."""
        for signal in signals:
            signal.connect(self._claim_signal)

    def _claim_signal(self, claim_id: int, *_details) -> None:
        if self.claim is not None and claim_id == self.claim.id:
            self.refresh()

    def show_claim(self, claim: Claim | None) -> None:
        """Show ``claim`` (the claim view calls this when the current claim changes)."""
        self.claim = claim
        if claim is not None:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the claim and reload (later, if lazy and hidden)."""
        folder = self.session.folder
        if self.claim is None or folder is None:
            return
        if self.lazy and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            self.claim = folder.claims.get(self.claim.id)
        except NotFound:  # the folder changed under us; the claim view clears soon
            return
        self.load(folder, self.claim, self.session.zone)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
