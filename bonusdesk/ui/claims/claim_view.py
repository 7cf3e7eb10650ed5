"""Right-hand side: the session's current claim in tabs (details, eligibility, evidence,
contacts, history, deadlines, escalation), under its title and its warnings. Each tab
keeps itself current (ui/claim_tab.py); this view keeps the header current and switches
tabs when the session asks.

The header's second line says what to do next and by when (core.next_action), coloured
by urgency, with a link to where it is done; it follows every signal that can change it
(a status, a contact, evidence, the checklist, the platform, the clock)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Claim
from bonusdesk.core.next_action import NextAction, action_text, next_action
from bonusdesk.core.zones import show_time

from ..claim_tab import ClaimTab
from ..escalation.escalation_tab import EscalationTab
from ..evidence.evidence_tab import EvidenceTab
from ..followup.contacts_tab import ContactsTab
from ..followup.deadlines_tab import DeadlinesTab
from ..followup.timeline_tab import TimelineTab
from ..i18n import current_language
from ..labels import STATUS_COLOURS, status_label
from ..session import Session
from .alerts_banner import AlertsBanner
from .checklist_tab import ChecklistTab
from .details_tab import DetailsTab

# Background and text of the next-step line, by NextAction.urgency (readable in light
# and dark themes: both colours are set).
URGENCY_STYLE = {
    "overdue": ("#fee2e2", "#7f1d1d"), "soon": ("#ffedd5", "#7c2d12"),
    "normal": ("#e0f2fe", "#0c4a6e"), "done": ("#dcfce7", "#14532d"),
}
ESCALATION_STEPS = {"escalate", "escalate_by", "escalate_refused", "escalate_elsewhere",
                    "complete_for"}


class ClaimView(QWidget):
    """Shows ``session.current_claim_id``; ``claim`` is None when there is none.
    ``guide_requested(section)`` when the next-step line links to the guide."""

    guide_requested = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.claim: Claim | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setAccessibleName(self.tr("What to do next"))
        self.next_step.setTextFormat(Qt.TextFormat.RichText)
        self.next_step.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.next_step.linkActivated.connect(self._link)
        self.action: NextAction | None = None
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        # Fusion clips the accent of capitals (É) on unselected tabs; a little padding fixes it.
        self.tabs.tabBar().setStyleSheet(
            "QTabBar::tab { padding: 5px 9px; border: 1px solid palette(mid);"
            " border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px;"
            " background: palette(button); margin-right: 2px; }"
            " QTabBar::tab:selected { background: palette(base); }")
        self.details = DetailsTab(session)
        self.checklist = ChecklistTab(session)
        self.evidence = EvidenceTab(session)
        self.contacts = ContactsTab(session)
        self.timeline = TimelineTab(session)
        self.deadlines = DeadlinesTab(session)
        self.escalation = EscalationTab(session)
        for tab, title in ((self.details, self.tr("&Details")),
                           (self.checklist, self.tr("E&ligibility")),
                           (self.evidence, self.tr("E&vidence")),
                           (self.contacts, self.tr("C&ontacts")),
                           (self.timeline, self.tr("Histor&y")),
                           (self.deadlines, self.tr("Deadli&nes")),
                           (self.escalation, self.tr("Esc&alation"))):
            self.tabs.addTab(tab, title)
        self.alerts = AlertsBanner(session)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.next_step)
        layout.addWidget(self.alerts)
        layout.addWidget(self.tabs, 1)

        session.current_claim_changed.connect(self._current_changed)
        session.claim_changed.connect(self._claim_changed)
        session.platform_changed.connect(self._platform_changed)
        session.show_claim_requested.connect(lambda _id, key: self.show_tab(key))
        for signal in (session.contacts_changed, session.checklist_changed,
                       session.evidence_added, session.evidence_removed,
                       session.escalations_changed):
            signal.connect(self._maybe_next_step)
        session.deadlines_changed.connect(self.update_next_step)  # the clock moved

    def claim_tabs(self) -> list[ClaimTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_tab(self, key: str) -> None:
        """Bring the tab called ``key`` ("details", "evidence"...) to the front;
        "transactions" is the list at the bottom of the Details tab."""
        if key == "transactions":
            self.tabs.setCurrentWidget(self.details)
            self.details.show_transactions()
            return
        for tab in self.claim_tabs():
            if tab.key == key:
                self.tabs.setCurrentWidget(tab)

    def _current_changed(self, claim_id: int | None) -> None:
        self.claim = None
        if claim_id is not None and self.session.folder is not None:
            self.claim = self.session.folder.claims.get(claim_id)
            self._fill_header()
        for tab in self.claim_tabs():
            tab.show_claim(self.claim)
        self.alerts.show_claim(self.claim)

    def _claim_changed(self, claim_id: int) -> None:
        if self.claim is not None and claim_id == self.claim.id:
            self._reload_header()

    def _platform_changed(self, platform_id: int) -> None:
        if self.claim is not None and self.claim.platform_id == platform_id:
            self._reload_header()
            for tab in self.claim_tabs():
                tab.refresh()  # windows, zones and names come from the platform

    def _reload_header(self) -> None:
        try:
            self.claim = self.session.require_folder().claims.get(self.claim.id)
        except BonusDeskError:
            return
        self._fill_header()

    def _fill_header(self) -> None:
        c = self.claim
        platform = self.session.folder.claims.platform(c.platform_id)
        self.title.setText(c.title)
        self.status.setText(status_label(c.status))
        self.status.setStyleSheet(
            f"background:{STATUS_COLOURS[c.status]}; color:white; border-radius:9px;"
            "padding:3px 10px; font-weight:600;")
        happened = show_time(c.incident_at, c.incident_zone, current_language(),
                             self.session.zone)
        self.subtitle.setText(self.tr("%1 · happened %2").replace("%1", platform.name)
                              .replace("%2", happened))
        self.update_next_step()

    # -- what to do next ----------------------------------------------------------------
    def _maybe_next_step(self, claim_id: int, *_details) -> None:
        if self.claim is not None and claim_id == self.claim.id:
            self.update_next_step()

    def update_next_step(self) -> None:
        """The next-step line, worked out afresh (a few ms on the GUI thread)."""
        folder = self.session.folder
        if self.claim is None or folder is None:
            self.action = None
            self.next_step.clear()
            return
        now = self.session.clock()
        try:
            self.action = next_action(folder, self.claim.id, now)
        except BonusDeskError as exc:  # e.g. a broken rules file in the folder
            self.action = None
            self.next_step.setText(escape(str(exc)))
            return
        lang = current_language()
        text = action_text(self.action, lang, self.session.zone, now)
        links = []
        if "screenshot" in self.action.missing:
            links.append(("tab:evidence", self.tr("Add evidence")))
        if "description" in self.action.missing:
            links.append(("tab:details", self.tr("Describe what happened")))
        if self.action.key in ESCALATION_STEPS:
            links.append(("guide:escalate", self.tr("How to take it further")))
        label = self.tr("Next step:")
        html = f"<b>{escape(label)}</b> {escape(text)}"
        if links:
            html += " — " + " · ".join(f'<a href="{href}">{escape(label)}</a>'
                                       for href, label in links)
        self.next_step.setText(html)
        self.next_step.setToolTip(text)
        background, colour = URGENCY_STYLE.get(self.action.urgency, URGENCY_STYLE["normal"])
        self.next_step.setStyleSheet(f"QLabel {{ background:{background}; color:{colour};"
                                     " border-radius:4px; padding:6px 8px; }")

    def _link(self, href: str) -> None:
        kind, _, key = href.partition(":")
        if kind == "tab":
            self.show_tab(key)
        elif kind == "guide":
            self.guide_requested.emit(key)
