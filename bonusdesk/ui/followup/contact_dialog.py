"""Dialog to log one exchange with support; also used by the status actions and to
correct a contact.

Besides what was said, it records what a mediator looks at: was it written (a form, an
e-mail, a letter: the channel says, the user may correct it), with whom (the operator, an
ADR body, a regulator...), is a chat or call transcript kept, and is this answer the
operator's final response (deadlock letter), which opens the way to the next body.

Before it closes with OK, the dialog checks what the player typed: what cannot be saved
at all (``Contacts.validate``) is refused, what looks wrong (a time before the incident
or in the future, an empty summary, no ticket number for a form: ``check_contact``) is
shown with "Save anyway". Return in a field moves to the next field (``FormDialog``).
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from bonusdesk.core.contact_checks import check_contact, warning_text
from bonusdesk.core.contacts import CORRECTABLE_FIELDS
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import WRITTEN_BY_CHANNEL, Channel, Contact, Counterpart, Direction
from bonusdesk.core.timeutil import BadTime, now_utc
from bonusdesk.core.zones import claim_zone, show_time

from ..i18n import current_language
from ..labels import channel_label, counterpart_label, direction_label
from ..session import Session
from ..widgets import FormDialog, TimeWithZone
from .proposals import after_contact_logged

translate = QCoreApplication.translate


class ContactDialog(FormDialog):
    """Collects a Contact; ``contact()`` builds it (the caller stores it).

    ``session``: when given, OK checks the contact first (hard errors refuse, warnings
    ask). ``linkable``: contacts already logged that a status action may point to instead
    of a new one (``linked_id()``). ``original``: the contact being corrected (a reason
    field is added; ``changes()`` says what differs)."""

    def __init__(self, claim_id: int, zone: str, title: str, intro: str = "",
                 channel: Channel = Channel.CONTACT_FORM, direction: Direction = Direction.SENT,
                 ask_due: str = "", outcomes: list[tuple[str, object]] | None = None,
                 final_response: bool = False, parent=None, *, session: Session | None = None,
                 linkable: list[Contact] | None = None, original: Contact | None = None):
        super().__init__(parent)
        self.claim_id, self.session, self.original = claim_id, session, original
        self.info_items: list[str] = []  # what support asked for (a linked e-mail's request)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        self.link = None
        if linkable:
            self.link = QComboBox()
            self.link.setAccessibleName(self.tr("Which contact this was"))
            self.link.addItem(self.tr("A new contact (fill it in below)"), None)
            for c in linkable:
                self.link.addItem(self._link_text(c), c.id)
            self.link.setCurrentIndex(1)  # the newest: the chat just logged, the e-mail...
            form.addRow(self.tr("&This was:"), self.link)
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
        self.reason = None
        if original is not None:
            self.reason = QLineEdit()
            self.reason.setAccessibleName(self.tr("Why you correct it"))
            self.reason.setPlaceholderText(self.tr("e.g. wrong time, typo in the ticket number"))
            form.addRow(self.tr("Wh&y:"), self.reason)
            self._fill(original)
        self.due_enabled = None
        if ask_due:
            self.due_enabled = QCheckBox(ask_due)
            self.due = TimeWithZone(now_utc() + timedelta(days=3), zone)
            self.due.setEnabled(False)
            self.due_enabled.toggled.connect(self.due.setEnabled)
            form.addRow(self.due_enabled)
            form.addRow(self.tr("&Due:"), self.due)
        self.asked = QLabel()
        self.asked.setWordWrap(True)
        self.asked.hide()
        form.addRow(self.asked)
        layout.addLayout(form)
        hint = QLabel(self.tr("Return goes to the next field; Ctrl+Return saves."))
        hint.setEnabled(False)  # greyed: a hint, not a field
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # What a linked contact shows read-only. The written/counterpart/transcript/final
        # response marks are not corrected through Correct… (not CORRECTABLE_FIELDS: the
        # final response has its own button in Contacts), so they are read-only there too.
        self.mark_fields = (self.counterpart, self.written, self.transcript,
                            self.final_response)
        self.contact_fields = (self.channel, self.direction, self.when, self.reference,
                               self.agent, self.summary, self.promised, *self.mark_fields)
        self._channel_changed()
        self._final_allowed()
        if original is not None:
            for w in self.mark_fields:
                w.setEnabled(False)
        if self.link is not None:
            self.link.currentIndexChanged.connect(self._link_changed)
            self._link_changed()

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

    # -- the linked contact ------------------------------------------------------------
    def _link_text(self, c: Contact) -> str:
        lang = current_language()
        computer = self.session.zone if self.session is not None else None
        parts = [channel_label(c.channel), show_time(c.at, c.zone, lang, computer)]
        if c.reference:
            parts.append(c.reference)
        if c.summary:
            parts.append(c.summary.splitlines()[0][:60])
        return " · ".join(parts)

    def linked_id(self) -> int | None:
        return self.link.currentData() if self.link is not None else None

    def _linked(self) -> Contact | None:
        linked = self.linked_id()
        if linked is None or self.session is None or self.session.folder is None:
            return None
        return self.session.folder.contacts.get(linked)

    def _link_changed(self, _index: int = 0) -> None:
        """A linked contact's values are shown, read-only; a new one is typed."""
        linked = self._linked()
        for w in self.contact_fields:
            w.setEnabled(linked is None)
        self.info_items = []
        self.asked.hide()
        if linked is None:
            self._channel_changed()
            self._final_allowed()
            return
        self._fill(linked)
        for w in self.contact_fields:  # filling re-enabled what follows the channel
            w.setEnabled(False)
        self._prefill_request(linked)

    def _prefill_request(self, linked: Contact) -> None:
        """An e-mail that asks for documents gives the due date and what they ask for."""
        if self.due_enabled is None or self.session is None:
            return
        from bonusdesk.core.info_request import items_text
        from bonusdesk.core.status_flow import propose_for_contact

        proposal = propose_for_contact(self.session.require_folder(), linked)
        if proposal is None or proposal.due_at is None:
            return
        self.due_enabled.setChecked(True)
        self.due.set_value(proposal.due_at, self.when.zone())
        self.info_items = list(proposal.info_items)
        if self.info_items:
            self.asked.setText(self.tr("They ask for: %1").replace(
                "%1", items_text(self.info_items, current_language())))
            self.asked.show()

    def _fill(self, c: Contact) -> None:
        self.channel.setCurrentIndex(self.channel.findData(c.channel.value))
        self.direction.setCurrentIndex(self.direction.findData(c.direction.value))
        self.when.set_value(c.at, c.zone)
        self.reference.setText(c.reference)
        self.agent.setText(c.agent)
        self.summary.setPlainText(c.summary)
        self.promised.setText(c.promised_action)
        self.counterpart.setCurrentIndex(self.counterpart.findData(c.counterpart.value))
        self._written_by_user = True  # what was stored, not the channel's default
        self.written.setChecked(c.is_written)
        self.transcript.setChecked(bool(c.transcript_kept))
        self.final_response.setChecked(c.final_response)

    # -- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            contact = self.contact() if self.linked_id() is None else None
            if self.due_enabled is not None and self.due_enabled.isChecked():
                self.due.value()
        except BadTime:
            QMessageBox.warning(self, self.tr("Unknown time zone"),
                                self.tr("Pick a time zone from the list, e.g. Europe/Paris."))
            return
        if contact is not None and self.session is not None and not self._checked(contact):
            return
        super().accept()

    def _checked(self, contact: Contact) -> bool:
        """False when the contact cannot be saved, or the player goes back to fix it."""
        folder = self.session.require_folder()
        try:
            folder.contacts.validate(contact)
            warnings = check_contact(folder, contact, now=self.session.clock())
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        if not warnings:
            return True
        lang = current_language()
        lines = "\n\n".join("• " + warning_text(w, lang, contact.zone) for w in warnings)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check before saving"),
                          self.tr("Please check:\n\n%1").replace("%1", lines),
                          parent=self)
        save = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back and fix it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is save

    def contact(self) -> Contact:
        when = self.when.value()
        channel = Channel(self.channel.currentData())
        written = self.written.isChecked()
        values = dict(
            channel=channel, at=when, zone=self.when.zone(),
            direction=Direction(self.direction.currentData()),
            reference=self.reference.text().strip(), agent=self.agent.text().strip(),
            summary=self.summary.toPlainText().strip(),
            promised_action=self.promised.text().strip())
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Contact(
            claim_id=self.claim_id, **values,
            # None when the channel says it: the rule stays the core's (WRITTEN_BY_CHANNEL).
            written=None if written == WRITTEN_BY_CHANNEL.get(channel.value, False)
            else written,
            counterpart=Counterpart(self.counterpart.currentData()),
            final_response=self.final_response.isEnabled() and self.final_response.isChecked(),
            transcript_kept=self.transcript.isChecked() if self.transcript.isEnabled()
            else None)

    def changes(self) -> dict:
        """The corrected fields (correction mode): field -> new value."""
        new, old = self.contact(), self.original
        # The picker shows minutes: seconds of the original are not a change.
        old = dataclasses.replace(old, at=old.at.replace(second=0, microsecond=0))
        return {f: getattr(new, f) for f in CORRECTABLE_FIELDS
                if getattr(new, f) != getattr(old, f)}

    def correction_reason(self) -> str:
        return self.reason.text().strip() if self.reason is not None else ""

    def due_at(self):
        if self.due_enabled is None or not self.due_enabled.isChecked():
            return None
        return self.due.value()

    def outcome_value(self):
        return self.outcome.currentData() if self.outcome is not None else None



def log_contact(session: Session, claim_id: int, parent=None) -> bool:
    """"Log a contact…": ask (checked before it closes), store through the session, then
    say what it changed or ask about what it suggests; True when stored."""
    dialog = ContactDialog(
        claim_id, claim_zone(session.require_folder(), claim_id),
        translate("ContactDialog", "Log a contact"),
        translate("ContactDialog", "Note every exchange with support, even a phone call "
                  "that led nowhere."),
        Channel.CONTACT_FORM, Direction.SENT, parent=parent, session=session)
    binding = session.bind(dialog)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        binding.check()
        logged = session.log_contact(dialog.contact())
    except BonusDeskError as exc:
        QMessageBox.warning(parent, translate("ContactDialog", "Cannot save"), str(exc))
        return False
    after_contact_logged(session, logged, parent)
    return True


def correct_contact(session: Session, contact_id: int, parent=None) -> bool:
    """"Correct…": the contact's values in the dialog; History keeps the original."""
    folder = session.require_folder()
    original = folder.contacts.get(contact_id)
    dialog = ContactDialog(
        original.claim_id, original.zone, translate("ContactDialog", "Correct a contact"),
        translate("ContactDialog", "Change what is wrong. The original stays in the claim's "
                  "History, with your reason."),
        parent=parent, session=session, original=original)
    binding = session.bind(dialog)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        binding.check()
        changes = dialog.changes()
        if not changes:
            session.notify(translate("ContactDialog", "Nothing was changed."))
            return False
        session.correct_contact(contact_id, dialog.correction_reason(), **changes)
    except (BonusDeskError, BadTime) as exc:
        QMessageBox.warning(parent, translate("ContactDialog", "Cannot save"), str(exc))
        return False
    session.notify(translate("ContactDialog", "Contact corrected; History keeps the original."))
    return True


def withdraw_contact(session: Session, contact_id: int, parent=None) -> bool:
    """"Withdraw…": hide a contact logged by mistake, with a reason (kept in History)."""
    title = translate("ContactDialog", "Withdraw a contact")
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(translate(
        "ContactDialog", "The contact leaves the list, the deadlines and the PDF; History "
        "still shows it, with your reason. A status recorded with it is withdrawn too."
        "\n\nWhy do you withdraw it?"))
    dialog.setOkButtonText(translate("ContactDialog", "&Withdraw"))
    binding = session.bind(dialog)
    while True:
        accepted = dialog.exec()
        reason = dialog.textValue().strip()
        if not accepted or reason:
            break
        QMessageBox.information(parent, title, translate(
            "ContactDialog", "Say why, in a few words: History shows it."))
    dialog.deleteLater()
    if not accepted:
        return False
    try:
        binding.check()
        session.withdraw_contact(contact_id, reason)
    except BonusDeskError as exc:
        QMessageBox.warning(parent, translate("ContactDialog", "Cannot withdraw"), str(exc))
        return False
    session.notify(translate("ContactDialog", "Contact withdrawn; History still shows it."))
    return True
