"""Explicit status changes ("I reported it", ...): each records a contact and the time,
a new one or one already logged (the chat just noted, the e-mail just imported), offered
first so that nothing is typed twice.

The actions are data (ACTIONS); followup/commands.py runs them through the session.
Referring the claim to a mediator or ADR body is not one of them: it has its own dialog
(ui/escalation/refer_dialog.py: who, where, by when, the file, the letter)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bonusdesk.core.model import Channel, Direction, Status

from ..labels import status_label
from ..session import Session
from .contact_dialog import ContactDialog


@dataclass(frozen=True)
class StatusAction:
    key: str
    status: Status
    channel: Channel
    direction: Direction
    shortcut: str

    def text(self) -> str:
        return {
            "reported": QCoreApplication.translate("StatusActions", "I &reported it"),
            "answered": QCoreApplication.translate("StatusActions", "Support &answered"),
            "info": QCoreApplication.translate("StatusActions", "They asked for &information"),
            "resolved": QCoreApplication.translate("StatusActions", "&Final answer"),
        }[self.key]

    def intro(self) -> str:
        return {
            "reported": QCoreApplication.translate(
                "StatusActions", "Log how and when you sent your report to support. Keep "
                "the ticket number: support will ask for it."),
            "answered": QCoreApplication.translate(
                "StatusActions", "Log what support answered, with the date and the agent's "
                "name if they gave one."),
            "info": QCoreApplication.translate(
                "StatusActions", "Support needs more from you. Note what they asked for and "
                "by when you must answer."),
            "resolved": QCoreApplication.translate(
                "StatusActions", "The operator gave its final answer. Note the outcome and "
                "what support wrote: a refusal in writing opens the way to a mediator."),
        }[self.key]


ACTIONS = (
    StatusAction("reported", Status.REPORTED, Channel.CONTACT_FORM, Direction.SENT, "Ctrl+1"),
    StatusAction("answered", Status.ACKNOWLEDGED, Channel.EMAIL, Direction.RECEIVED, "Ctrl+2"),
    StatusAction("info", Status.INFO_REQUESTED, Channel.EMAIL, Direction.RECEIVED, "Ctrl+3"),
    StatusAction("resolved", Status.RESOLVED_ACCEPTED, Channel.EMAIL, Direction.RECEIVED,
                 "Ctrl+4"),
)


def action_dialog(action: StatusAction, claim_id: int, zone: str,
                  parent: QWidget | None = None, session: Session | None = None
                  ) -> ContactDialog:
    """The dialog of a status action; with ``session``, it offers the contacts that can
    back the status (``linkable_contacts``) and checks a new one before saving."""
    outcomes = None
    if action.key == "resolved":
        outcomes = [(status_label(Status.RESOLVED_ACCEPTED), Status.RESOLVED_ACCEPTED),
                    (status_label(Status.RESOLVED_REJECTED), Status.RESOLVED_REJECTED)]
    ask_due = ""
    if action.key == "info":
        ask_due = QCoreApplication.translate("StatusActions", "They gave me a deadline to answer")
    linkable = []
    if session is not None:
        from bonusdesk.core.status_flow import linkable_contacts

        linkable = linkable_contacts(session.require_folder(), claim_id, action.status)
    title = action.text().replace("&", "")
    return ContactDialog(claim_id, zone, title, action.intro(), action.channel,
                         action.direction, ask_due=ask_due, outcomes=outcomes,
                         final_response=action.key == "resolved", parent=parent,
                         session=session, linkable=linkable)
