"""The claim's warnings under its title, the PDF summary's own (core.alerts): "no written
complaint yet: the mediator will refuse the case", "the platform's regulator is unknown:
pick one". Each comes with the step that clears it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from bonusdesk.core.alerts import Alert, claim_alerts
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Claim

from ..i18n import current_language
from ..session import Session


class AlertsBanner(QFrame):
    """Hidden when the claim has no warning; ``alerts`` are the ones shown."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self.alerts: list[Alert] = []
        self.setObjectName("AlertsBanner")
        self.setStyleSheet("#AlertsBanner { background: #fef3c7; border: 1px solid #d97706;"
                           " border-radius: 6px; } QLabel { color: #78350f; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAccessibleName(self.tr("Warnings about this claim"))
        self.text.linkActivated.connect(self.act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text)
        self.setVisible(False)
        for signal in (session.claim_changed, session.contacts_changed):
            signal.connect(self._claim_signal)
        session.platform_changed.connect(lambda _id: self.reload())

    def show_claim(self, claim: Claim | None) -> None:
        self.claim = claim
        self.reload()

    def _claim_signal(self, claim_id: int) -> None:
        if self.claim is not None and claim_id == self.claim.id:
            self.reload()

    def reload(self) -> None:
        folder = self.session.folder
        self.alerts = []
        if folder is not None and self.claim is not None:
            try:
                self.alerts = claim_alerts(folder, self.claim.id)
            except BonusDeskError:  # a broken rules file: the Escalation tab says why
                self.alerts = []
        lang = current_language()
        links = {"no_written_complaint": self.tr("Log a written complaint…"),
                 "unknown_regulator": self.tr("Pick the regulator…")}
        lines = [f"⚠ {escape(a.text_in(lang))} <a href='{a.key}'>{escape(links[a.key])}</a>"
                 if a.key in links else f"⚠ {escape(a.text_in(lang))}" for a in self.alerts]
        self.text.setText("<br>".join(lines))
        self.setVisible(bool(self.alerts))

    def act(self, key: str) -> bool:
        """The step that clears warning ``key``; True when something was recorded."""
        if self.claim is None:
            return False
        if key == "unknown_regulator":
            from .platform_dialog import PlatformDialog

            dialog = PlatformDialog(self.session, self.claim.platform_id, self)
            dialog.exec()
            dialog.deleteLater()
            return dialog.changed
        if key == "no_written_complaint":
            from ..followup.contact_dialog import log_contact

            return log_contact(self.session, self.claim.id, self)
        return False
