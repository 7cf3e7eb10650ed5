"""Timeline tab: the incident, status changes, contacts and other records, by time.
An e-mail without a date is listed at its import time and says "Date unknown"."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout

from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Contact, Status
from bonusdesk.core.timeutil import format_local, from_iso

from ..claim_tab import ClaimTab
from ..labels import (
    channel_label,
    checklist_label,
    claim_field_label,
    direction_label,
    event_label,
    status_label,
)
from ..session import Session
from .contact_words import mark_uncertain, when_text

# Status changes and contacts come from their own tables (with the time the user gave),
# so their log events would only repeat them.
_SHOWN_ELSEWHERE = {("status", "claim"), ("contact", "contact"), ("create", "claim")}


class HistoryEntry(NamedTuple):
    at: datetime
    kind: str
    text: str
    contact: Contact | None = None  # the contact of a "Contact" line (its date may be unknown)


class TimelineTab(ClaimTab):
    """Reads the event log: reloads only while shown."""

    key = "timeline"
    lazy = True

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.model = QStandardItemModel(0, 3, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.follow(session.claim_changed, session.contacts_changed, session.checklist_changed,
                    session.evidence_added, session.evidence_changed)

    def entries(self, folder: ClaimFolder, claim: Claim) -> list[HistoryEntry]:
        """Everything that happened to the claim, oldest first."""
        out = [HistoryEntry(claim.incident_at, self.tr("Incident"), claim.title)]
        if claim.created_at:
            out.append(HistoryEntry(claim.created_at, self.tr("Record"),
                                    event_label("create", "claim")))
        for change in folder.claims.history(claim.id):
            if change.status == Status.DRAFT and change.at == claim.created_at:
                continue  # the creation itself, already listed
            text = status_label(change.status)
            if change.note:
                text += f" — {change.note}"
            out.append(HistoryEntry(change.at, self.tr("Status"), text))
        for c in folder.contacts.list(claim.id):
            text = f"{channel_label(c.channel)} · {direction_label(c.direction)}"
            if c.reference:
                text += f" · {c.reference}"
            if c.summary:
                text += f" — {c.summary.splitlines()[0][:120]}"
            out.append(HistoryEntry(c.at, self.tr("Contact"), text, c))
        for ev in list_events(folder.db, claim.id):
            if (ev.action, ev.entity) in _SHOWN_ELSEWHERE:
                continue
            text = event_label(ev.action, ev.entity)
            detail = ""
            if ev.entity == "evidence" and ev.data.get("name"):
                detail = ev.data["name"]
            elif ev.action == "change" and ev.entity == "claim":
                detail = ", ".join(claim_field_label(f) for f in sorted(ev.data))
            elif ev.entity == "checklist" and ev.data.get("key") is not None:
                detail = checklist_label(ev.data.get("key", ""), ev.data.get("label", ""))
            if detail:
                text = self.tr("%1: %2").replace("%1", text).replace("%2", detail)
            out.append(HistoryEntry(from_iso(ev.at), self.tr("Record"), text))
        return sorted(out, key=lambda e: e.at)

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("What")])
        for entry in self.entries(folder, claim):
            when, when_tip = format_local(entry.at, zone, with_zone=False), ""
            if entry.contact is not None:
                when, when_tip = when_text(entry.contact, when)
            items = [QStandardItem(when), QStandardItem(entry.kind), QStandardItem(entry.text)]
            for it in items:
                it.setEditable(False)
                it.setToolTip(entry.text)
            mark_uncertain(items[0], when_tip)
            self.model.appendRow(items)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
