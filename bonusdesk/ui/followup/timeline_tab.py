"""History tab: the claim's chronology from the core builder the PDF uses (core.timeline).

Sorted by instant, every time in the claim's zone (named once, above the list), each
fact once (a status recorded with its contact, an imported e-mail and the contact made
from it, are one line), and entries dated before the incident or in the future flagged.
Besides the PDF's lines it lists the other records of the log (field edits, checklist
answers, transactions, referrals, corrections, filings). An e-mail without a date is
listed at its import time and says "Date unknown".

Nothing is hidden here: a withdrawn contact (and the status recorded with it) stays,
struck out with its reason; a correction shows the old and the new values; a filing says
where the evidence came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout

from bonusdesk.core import vocabulary
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim
from bonusdesk.core.timeutil import format_local, from_iso
from bonusdesk.core.zones import show_time

from ..claim_tab import ClaimTab
from ..i18n import current_language
from ..labels import (
    channel_label,
    checklist_label,
    claim_field_label,
    event_label,
    status_label,
)
from ..session import Session
from ..widgets import WrappingDelegate
from .contact_words import mark_uncertain, mark_withdrawn, when_text

if TYPE_CHECKING:  # imported when the tab is first shown (Babel and the event log)
    from bonusdesk.core.timeline import Entry, Timeline

FLAGGED = "#b91c1c"


@dataclass(frozen=True)
class Row:
    """One line as shown: its time, what kind of fact, the words, the flags' words."""

    entry: Entry
    when: str
    kind: str
    text: str
    flags: str


class TimelineTab(ClaimTab):
    """Reads the event log: reloads only while shown."""

    key = "timeline"
    lazy = True

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.timeline: Timeline | None = None
        self.rows: list[Row] = []
        self.zone_note = QLabel()
        self.zone_note.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        # A correction's old and new values stay readable: the text column wraps.
        self.view.setItemDelegateForColumn(2, WrappingDelegate(self.view))
        self.view.setAccessibleName(self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_note)
        layout.addWidget(self.view)
        self.follow(session.claim_changed, session.contacts_changed, session.checklist_changed,
                    session.evidence_added, session.evidence_changed, session.evidence_removed,
                    session.transactions_changed, session.escalations_changed)

    # -- words ---------------------------------------------------------------------------
    def zone_sentence(self, timeline: Timeline) -> str:
        """"All times are Paris time (UTC+1 / UTC+2).": the zone, said once."""
        from bonusdesk.core import localefmt

        lang = current_language()
        offsets = list(dict.fromkeys(localefmt.offset_text(e.at, timeline.zone)
                                     for e in timeline.entries))
        phrase = localefmt.zone_phrase(timeline.zone, lang)
        if offsets and offsets != ["UTC"]:
            phrase += f" ({' / '.join(offsets)})"
        return self.tr("All times are %1.").replace("%1", phrase)

    def kind_text(self, entry: Entry) -> str:
        from bonusdesk.core.timeline import EntryKind

        return {
            EntryKind.INCIDENT: self.tr("Incident"), EntryKind.CREATED: self.tr("Record"),
            EntryKind.EVIDENCE: self.tr("Evidence"), EntryKind.CONTACT: self.tr("Contact"),
            EntryKind.STATUS: self.tr("Status"), EntryKind.EXPORT: self.tr("Export"),
            EntryKind.RECORD: self.tr("Record"),
        }[entry.kind]

    def entry_text(self, claim: Claim, entry: Entry) -> str:
        from bonusdesk.core.report_text import evidence_label  # the letter's and the PDF's
        from bonusdesk.core.timeline import EntryKind

        lang = current_language()
        if entry.kind == EntryKind.INCIDENT:
            code = claim.error_code.strip()
            return claim.title + (f" – {code}" if code else "")
        if entry.kind == EntryKind.CREATED:
            return self.tr("Claim opened in BonusDesk")
        if entry.kind == EntryKind.EVIDENCE:
            ev = entry.evidence[0]
            what = (self.tr("Screenshot taken: %1") if ev.source == "capture"
                    else self.tr("Evidence added: %1"))
            return what.replace("%1", evidence_label(ev, lang))
        if entry.kind == EntryKind.EXPORT:
            sha = str(entry.event.get("data", {}).get("sha256", ""))[:16]
            return self.tr("Complaint package made (SHA-256 %1…)").replace("%1", sha)
        if entry.kind == EntryKind.RECORD:
            return self._record_text(entry.event)
        parts = []
        if entry.kind == EntryKind.CONTACT:
            c = entry.contact
            parts.append((self.tr("%1 sent") if c.direction.value == "sent"
                          else self.tr("%1 received")).replace("%1", channel_label(c.channel)))
            if c.final_response:
                parts.append(self.tr("final response"))
            if c.reference:
                parts.append(self.tr("ref. %1").replace("%1", c.reference))
            if c.summary:
                parts.append(c.summary.splitlines()[0][:120])
            if entry.evidence:
                parts.append(", ".join(evidence_label(ev, lang) for ev in entry.evidence))
        for change in entry.statuses:
            text = self.tr("Status: %1").replace("%1", status_label(change.status))
            parts.append(text + (f" ({change.note})" if change.note else ""))
        text = " – ".join(parts)
        if entry.contact is not None and entry.contact.withdrawn:
            text = self.tr("Withdrawn (%1): %2").replace(
                "%1", entry.contact.withdrawn_reason).replace("%2", text)
        return text

    def _record_text(self, event: dict) -> str:
        action, entity, data = event["action"], event["entity"], event.get("data") or {}
        text = event_label(action, entity)
        detail = ""
        if action == "file" and entity == "evidence":
            detail = self._filing(data)
        elif entity == "evidence" and data.get("name"):
            detail = data["name"]
        elif action == "change" and entity == "claim":
            detail = ", ".join(claim_field_label(f) for f in sorted(data))
        elif entity == "checklist" and data.get("key") is not None:
            detail = checklist_label(data.get("key", ""), data.get("label", ""))
        elif action == "correct" and entity == "contact":
            detail = self._correction(data)
        elif action == "withdraw" and entity == "contact":
            detail = self.tr("contact %1, because: %2").replace(
                "%1", str(event.get("entity_id"))).replace("%2", data.get("reason", ""))
        elif entity in ("transaction", "escalation"):
            detail = data.get("reference") or data.get("case_number") or ""
        return self.tr("%1: %2").replace("%1", text).replace("%2", detail) if detail else text

    def _filing(self, data: dict) -> str:
        """"releve.pdf (from the Inbox)": where a filed item came from, or went."""
        claim_id = self.claim.id if self.claim is not None else None
        origin = (self.tr("from the Inbox") if data.get("from_claim") is None
                  else self.tr("from claim %1").replace("%1", str(data["from_claim"])))
        if data.get("to_claim") != claim_id:
            origin = (self.tr("back to the Inbox") if data.get("to_claim") is None
                      else self.tr("to claim %1").replace("%1", str(data["to_claim"])))
        return f"{data.get('name', '')} ({origin})"

    def _correction(self, data: dict) -> str:
        """"When: 20/11/2026 22:00 → 21:50 · Reference: — → T-5521 (wrong time)"."""
        lang = current_language()
        parts = []
        for field, change in (data.get("changes") or {}).items():
            old, new = (self._value(field, change.get(v)) for v in ("old", "new"))
            name = (vocabulary.text("contact_field", field, lang)
                    if vocabulary.has("contact_field", field) else field)
            parts.append(self.tr("%1: %2 → %3").replace("%1", name).replace("%2", old)
                         .replace("%3", new))
        text = " · ".join(parts)
        if data.get("reason"):
            text += f" ({data['reason']})"
        return text

    def _value(self, field: str, value) -> str:
        if value in (None, "", []):
            return "—"
        if field in ("at", "promised_due_at"):
            zone = self.claim.incident_zone if self.claim is not None else self.session.zone
            return show_time(from_iso(value), zone, current_language(), self.session.zone)
        if field in ("channel", "direction"):
            return vocabulary.value_text(value, current_language())
        text = str(value).splitlines()[0] if str(value) else ""
        return text[:60]

    def flag_text(self, entry: Entry) -> str:
        from bonusdesk.core.timeline import Flag

        words = {Flag.BEFORE_INCIDENT: self.tr("dated before the incident"),
                 Flag.IN_FUTURE: self.tr("dated in the future")}
        return ", ".join(words[f] for f in sorted(entry.flags))

    # -- loading ---------------------------------------------------------------------------
    def build_rows(self, folder: ClaimFolder, claim: Claim) -> list[Row]:
        from bonusdesk.core.timeline import claim_timeline

        self.timeline = timeline = claim_timeline(folder, claim.id, now=self.session.clock(),
                                                  records=True, withdrawn=True)
        return [Row(e, format_local(e.at, timeline.zone, with_zone=False),
                    self.kind_text(e), self.entry_text(claim, e), self.flag_text(e))
                for e in timeline.entries]

    def load(self, folder: ClaimFolder, claim: Claim, _zone: str = "") -> None:
        self.rows = self.build_rows(folder, claim)
        self.zone_note.setText(self.zone_sentence(self.timeline))
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("What")])
        for row in self.rows:
            text = f"{row.text}  [{row.flags}]" if row.flags else row.text
            when, when_tip = row.when, ""
            if row.entry.contact is not None:
                when, when_tip = when_text(row.entry.contact, row.when)
            items = [QStandardItem(when), QStandardItem(row.kind), QStandardItem(text)]
            for it in items:
                it.setEditable(False)
                it.setToolTip(text)
                if row.flags:  # the player typed that date: say so where it shows
                    it.setForeground(QColor(FLAGGED))
                if row.entry.withdrawn:  # kept, struck out: History hides nothing
                    mark_withdrawn(it)
            mark_uncertain(items[0], when_tip)
            self.model.appendRow(items)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
