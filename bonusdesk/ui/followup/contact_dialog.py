"""Dialog to log one exchange with support; also used by the status actions.

Besides what was said, it records what a mediator looks at: was it written (a form, an
e-mail, a letter: the channel says, the user may correct it), with whom (the operator, an
ADR body, a regulator...), is a chat or call transcript kept, and is this answer the
operator's final response (deadlock letter), which opens the way to the next body."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import WRITTEN_BY_CHANNEL, Channel, Contact, Counterpart, Direction
from bonusdesk.core.timeutil import BadTime, now_utc

from ..labels import channel_label, counterpart_label, direction_label
from ..session import Session
from ..widgets import TimeWithZone


class ContactDialog(QDialog):
    """Collects a Contact; ``contact()`` builds it (the caller stores it)."""

    def __init__(self, claim_id: int, zone: str, title: str, intro: str = "",
                 channel: Channel = Channel.CONTACT_FORM, direction: Direction = Direction.SENT,
                 ask_due: str = "", outcomes: list[tuple[str, object]] | None = None,
                 final_response: bool = False, parent=None):
        super().__init__(parent)
        self.claim_id = claim_id
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        self.outcome = None
        if outcomes:
            self.outcome = QComboBox()
            self.outcome.setAccessibleName(self.tr("Outcome"))
            for label, value in outcomes:
                self.outcome.addItem(label, value)
            form.addRow(self.tr("&Outcome:"), self.outcome)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("How"))
        for c in Channel:
            self.channel.addItem(channel_label(c), c.value)
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Sent or received"))
        for d in Direction:
            self.direction.addItem(direction_label(d), d.value)
        self.direction.setCurrentIndex(self.direction.findData(direction.value))
        self.when = TimeWithZone(now_utc(), zone)
        self.counterpart = QComboBox()
        self.counterpart.setAccessibleName(self.tr("With whom"))
        for c in Counterpart:
            self.counterpart.addItem(counterpart_label(c), c.value)
        # Follows the channel until the user says otherwise (a chat exported to PDF and
        # sent by e-mail is written; a form that was never sent is not).
        self.written = QCheckBox(self.tr("In &writing (form, e-mail, letter): mediators only "
                                         "accept a written complaint"))
        self._written_by_user = False
        self.written.clicked.connect(lambda _checked: setattr(self, "_written_by_user", True))
        self.transcript = QCheckBox(self.tr("A &transcript or recording is kept"))
        self.final_response = QCheckBox(self.tr(
            "This is the operator's &final response (deadlock letter)"))
        self.final_response.setToolTip(self.tr(
            "Its last word on your complaint: from then on you may refer the dispute to a "
            "mediator or ADR body"))
        self.final_response.setChecked(final_response)
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.direction.currentIndexChanged.connect(lambda _i: self._final_allowed())
        self.counterpart.currentIndexChanged.connect(lambda _i: self._final_allowed())
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Ticket or reference number"))
        self.reference.setPlaceholderText(self.tr("e.g. ticket #48213"))
        self.agent = QLineEdit()
        self.agent.setAccessibleName(self.tr("Agent name"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("What was said"))
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What you sent or what they answered"))
        self.promised = QLineEdit()
        self.promised.setAccessibleName(self.tr("What they promised"))
        form.addRow(self.tr("&How:"), self.channel)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("W&ith:"), self.counterpart)
        form.addRow("", self.written)
        form.addRow("", self.transcript)
        form.addRow("", self.final_response)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Agent:"), self.agent)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("&Promised:"), self.promised)
        self.due_enabled = None
        if ask_due:
            self.due_enabled = QCheckBox(ask_due)
            self.due = TimeWithZone(now_utc() + timedelta(days=3), zone)
            self.due.setEnabled(False)
            self.due_enabled.toggled.connect(self.due.setEnabled)
            form.addRow(self.due_enabled)
            form.addRow(self.tr("&Due:"), self.due)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._channel_changed()
        self._final_allowed()

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        if not self._written_by_user:
            self.written.setChecked(WRITTEN_BY_CHANNEL.get(channel, False))
        oral = channel in ("chat", "phone")
        self.transcript.setEnabled(oral)
        if not oral:
            self.transcript.setChecked(False)

    def _final_allowed(self) -> None:
        """Only an answer received from the operator can be its final response (core)."""
        allowed = (self.direction.currentData() == Direction.RECEIVED.value
                   and self.counterpart.currentData() == Counterpart.OPERATOR.value)
        self.final_response.setEnabled(allowed)
        if not allowed:
            self.final_response.setChecked(False)

    def accept(self) -> None:
        try:
            self.when.value()
            if self.due_enabled is not None and self.due_enabled.isChecked():
                self.due.value()
        except BadTime:
            QMessageBox.warning(self, self.tr("Unknown time zone"),
                                self.tr("Pick a time zone from the list, e.g. Europe/Paris."))
            return
        super().accept()

    def contact(self) -> Contact:
        when = self.when.value()
        channel = Channel(self.channel.currentData())
        written = self.written.isChecked()
        return Contact(
            claim_id=self.claim_id, channel=channel, at=when,
            zone=self.when.zone(), direction=Direction(self.direction.currentData()),
            reference=self.reference.text().strip(), agent=self.agent.text().strip(),
            summary=self.summary.toPlainText().strip(),
            promised_action=self.promised.text().strip(),
            # None when the channel says it: the rule stays the core's (WRITTEN_BY_CHANNEL).
            written=None if written == WRITTEN_BY_CHANNEL.get(channel.value, False)
            else written,
            counterpart=Counterpart(self.counterpart.currentData()),
            final_response=self.final_response.isEnabled() and self.final_response.isChecked(),
            transcript_kept=self.transcript.isChecked() if self.transcript.isEnabled()
            else None)

    def due_at(self):
        if self.due_enabled is None or not self.due_enabled.isChecked():
            return None
        return self.due.value()

    def outcome_value(self):
        return self.outcome.currentData() if self.outcome is not None else None



def log_contact(session: Session, claim_id: int, parent=None) -> bool:
    """"Log a contact…": ask, then store through the session; True when stored."""
    dialog = ContactDialog(
        claim_id, session.zone, QCoreApplication.translate("ContactDialog", "Log a contact"),
        QCoreApplication.translate("ContactDialog", "Note every exchange with support, even a "
                                   "phone call that led nowhere."),
        Channel.CONTACT_FORM, Direction.SENT, parent=parent)
    binding = session.bind(dialog)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        binding.check()
        session.add_contact(dialog.contact())
    except BonusDeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ContactDialog", "Cannot save"),
                            str(exc))
        return False
    return True
