"""Timeline tab: the incident, status changes, contacts and other records, by time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout

from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Status
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

# Status changes and contacts come from their own tables (with the time the user gave),
# so their log events would only repeat them.
_SHOWN_ELSEWHERE = {("status", "claim"), ("contact", "contact"), ("create", "claim")}


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

    def entries(self, folder: ClaimFolder, claim: Claim) -> list[tuple[datetime, str, str]]:
        """(time, kind, text) for everything that happened to the claim, oldest first."""
        out = [(claim.incident_at, self.tr("Incident"), claim.title)]
        if claim.created_at:
            out.append((claim.created_at, self.tr("Record"), event_label("create", "claim")))
        for change in folder.claims.history(claim.id):
            if change.status == Status.DRAFT and change.at == claim.created_at:
                continue  # the creation itself, already listed
            text = status_label(change.status)
            if change.note:
                text += f" — {change.note}"
            out.append((change.at, self.tr("Status"), text))
        for c in folder.contacts.list(claim.id):
            text = f"{channel_label(c.channel)} · {direction_label(c.direction)}"
            if c.reference:
                text += f" · {c.reference}"
            if c.summary:
                text += f" — {c.summary.splitlines()[0][:120]}"
            out.append((c.at, self.tr("Contact"), text))
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
            out.append((from_iso(ev.at), self.tr("Record"), text))
        return sorted(out, key=lambda e: e[0])

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("What")])
        for when, kind, text in self.entries(folder, claim):
            items = [QStandardItem(format_local(when, zone, with_zone=False)),
                     QStandardItem(kind), QStandardItem(text)]
            for it in items:
                it.setEditable(False)
                it.setToolTip(text)
            self.model.appendRow(items)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
