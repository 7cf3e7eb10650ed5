"""Right-hand side: the session's current claim in tabs (details, eligibility, evidence,
contacts, history, deadlines, escalation), under its title and its warnings. Each tab
keeps itself current (ui/claim_tab.py); this view keeps the header current and switches
tabs when the session asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Claim
from bonusdesk.core.timeutil import format_local

from ..claim_tab import ClaimTab
from ..escalation.escalation_tab import EscalationTab
from ..evidence.evidence_tab import EvidenceTab
from ..followup.contacts_tab import ContactsTab
from ..followup.deadlines_tab import DeadlinesTab
from ..followup.timeline_tab import TimelineTab
from ..labels import STATUS_COLOURS, status_label
from ..session import Session
from .alerts_banner import AlertsBanner
from .checklist_tab import ChecklistTab
from .details_tab import DetailsTab


class ClaimView(QWidget):
    """Shows ``session.current_claim_id``; ``claim`` is None when there is none."""

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
        layout.addWidget(self.alerts)
        layout.addWidget(self.tabs, 1)

        session.current_claim_changed.connect(self._current_changed)
        session.claim_changed.connect(self._claim_changed)
        session.platform_changed.connect(self._platform_changed)
        session.show_claim_requested.connect(lambda _id, key: self.show_tab(key))

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
        self.subtitle.setText(self.tr("%1 · happened %2").replace("%1", platform.name)
                              .replace("%2", format_local(c.incident_at, c.incident_zone)))
