"""Timeline tab (the claim's History): the incident, status changes, contacts and other
records, by time. Nothing is hidden here: a withdrawn contact (and the status recorded
with it) stays, struck out with its reason; a correction shows the old and the new
values; a filing says where the evidence came from.

Times are shown in the claim's zone, named when it differs from the computer's."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout

from bonusdesk.core import vocabulary
from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, Status
from bonusdesk.core.timeutil import from_iso
from bonusdesk.core.zones import show_time

from ..claim_tab import ClaimTab
from ..i18n import current_language
from ..labels import (
    channel_label,
    checklist_label,
    claim_field_label,
    direction_label,
    event_label,
    status_label,
)
from ..session import Session
from ..widgets import WrappingDelegate

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
        # A correction's old and new values stay readable: the text column wraps.
        self.view.setItemDelegateForColumn(2, WrappingDelegate(self.view))
        self.view.setAccessibleName(self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.follow(session.claim_changed, session.contacts_changed, session.checklist_changed,
                    session.evidence_added, session.evidence_changed, session.evidence_removed)

    def entries(self, folder: ClaimFolder, claim: Claim
                ) -> list[tuple[datetime, str, str, bool]]:
        """(time, kind, text, withdrawn) for everything that happened to the claim,
        oldest first."""
        out = [(claim.incident_at, self.tr("Incident"), claim.title, False)]
        if claim.created_at:
            out.append((claim.created_at, self.tr("Record"), event_label("create", "claim"),
                        False))
        for change in folder.claims.history(claim.id, include_withdrawn=True):
            if change.status == Status.DRAFT and change.at == claim.created_at:
                continue  # the creation itself, already listed
            text = status_label(change.status)
            if change.note:
                text += f" — {change.note}"
            out.append((change.at, self.tr("Status"), text, change.withdrawn_at is not None))
        for c in folder.contacts.list(claim.id, include_withdrawn=True):
            text = f"{channel_label(c.channel)} · {direction_label(c.direction)}"
            if c.reference:
                text += f" · {c.reference}"
            if c.summary:
                text += f" — {c.summary.splitlines()[0][:120]}"
            if c.withdrawn:
                text = self.tr("Withdrawn (%1): %2").replace("%1", c.withdrawn_reason) \
                    .replace("%2", text)
            out.append((c.at, self.tr("Contact"), text, c.withdrawn))
        for ev in list_events(folder.db, claim.id):
            if (ev.action, ev.entity) in _SHOWN_ELSEWHERE:
                continue
            text = event_label(ev.action, ev.entity)
            detail = self._detail(ev, claim)
            if detail:
                text = self.tr("%1: %2").replace("%1", text).replace("%2", detail)
            out.append((from_iso(ev.at), self.tr("Record"), text, False))
        return sorted(out, key=lambda e: e[0])

    def _detail(self, ev, claim: Claim) -> str:
        data = ev.data
        if ev.action == "correct" and ev.entity == "contact":
            return self._correction(data, claim)
        if ev.action == "withdraw" and ev.entity == "contact":
            return self.tr("contact %1, because: %2").replace("%1", str(ev.entity_id)) \
                .replace("%2", data.get("reason", ""))
        if ev.action == "file" and ev.entity == "evidence":
            origin = (self.tr("from the Inbox") if data.get("from_claim") is None
                      else self.tr("from claim %1").replace("%1", str(data["from_claim"])))
            if data.get("to_claim") != claim.id:
                origin = (self.tr("back to the Inbox") if data.get("to_claim") is None
                          else self.tr("to claim %1").replace("%1", str(data["to_claim"])))
            return f"{data.get('name', '')} ({origin})"
        if ev.entity == "evidence" and data.get("name"):
            return data["name"]
        if ev.action == "change" and ev.entity == "claim":
            return ", ".join(claim_field_label(f) for f in sorted(data))
        if ev.entity == "checklist" and data.get("key") is not None:
            return checklist_label(data.get("key", ""), data.get("label", ""))
        return ""

    def _correction(self, data: dict, claim: Claim) -> str:
        """"When: 20/11/2026 22:00 → 21:50 · Reference: — → T-5521 (wrong time)"."""
        lang = current_language()
        parts = []
        for field, change in (data.get("changes") or {}).items():
            old, new = (self._value(field, change.get(v), claim) for v in ("old", "new"))
            name = (vocabulary.text("contact_field", field, lang)
                    if vocabulary.has("contact_field", field) else field)
            parts.append(self.tr("%1: %2 → %3").replace("%1", name).replace("%2", old)
                         .replace("%3", new))
        text = " · ".join(parts)
        if data.get("reason"):
            text += f" ({data['reason']})"
        return text

    def _value(self, field: str, value, claim: Claim) -> str:
        if value in (None, "", []):
            return "—"
        if field in ("at", "promised_due_at"):
            return show_time(from_iso(value), claim.incident_zone, current_language(),
                             self.session.zone)
        if field in ("channel", "direction"):
            return vocabulary.value_text(value, current_language())
        text = str(value).splitlines()[0] if str(value) else ""
        return text[:60]

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("What")])
        lang = current_language()
        for when, kind, text, withdrawn in self.entries(folder, claim):
            items = [QStandardItem(show_time(when, claim.incident_zone, lang, zone)),
                     QStandardItem(kind), QStandardItem(text)]
            for it in items:
                it.setEditable(False)
                it.setToolTip(text)
                if withdrawn:
                    font = it.font()
                    font.setStrikeOut(True)
                    it.setFont(font)
            self.model.appendRow(items)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
