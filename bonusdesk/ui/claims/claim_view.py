"""Right-hand side: one claim in tabs (details, eligibility, evidence, contacts, timeline)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim
from bonusdesk.core.timeutil import format_local, now_utc

from ..evidence.evidence_tab import EvidenceTab
from ..followup.contacts_tab import ContactsTab
from ..followup.deadlines_tab import DeadlinesTab
from ..followup.timeline_tab import TimelineTab
from ..labels import STATUS_COLOURS, status_label
from .checklist_tab import ChecklistTab
from .details_tab import DetailsTab


class ClaimView(QWidget):
    """Shows one claim; ``changed`` tells the window to refresh the list row."""

    changed = Signal(int)
    message = Signal(str)

    def __init__(self, zone: str, clock=now_utc, parent=None):
        super().__init__(parent)
        self.zone = zone
        self.folder: ClaimFolder | None = None
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
            "QTabBar::tab { padding: 5px 12px; border: 1px solid palette(mid);"
            " border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px;"
            " background: palette(button); margin-right: 2px; }"
            " QTabBar::tab:selected { background: palette(base); }")
        self.details = DetailsTab()
        self.checklist = ChecklistTab()
        self.evidence = EvidenceTab()
        self.contacts = ContactsTab()
        self.timeline = TimelineTab()
        self.deadlines = DeadlinesTab(clock)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.checklist, self.tr("E&ligibility"))
        self.tabs.addTab(self.evidence, self.tr("E&vidence"))
        self.tabs.addTab(self.contacts, self.tr("C&ontacts"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.deadlines, self.tr("Deadli&nes"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # Tabs that read more (event log, deadline rules) load only when shown.
        self._lazy = (self.timeline, self.deadlines)
        self._stale: set[QWidget] = set(self._lazy)

        for tab in (self.details,):
            tab.saved.connect(self._child_changed)
        for tab in (self.checklist, self.evidence, self.contacts):
            tab.changed.connect(self._child_changed)
        self.evidence.message.connect(self.message)
        self.contacts.message.connect(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)

    def load(self, folder: ClaimFolder, claim_id: int) -> None:
        self.folder = folder
        self.claim = folder.claims.get(claim_id)
        self._fill_header()
        self.details.load(folder, self.claim)
        self.checklist.load(folder, self.claim)
        self.evidence.load(folder, self.claim, self.zone)
        self.contacts.load(folder, self.claim, self.zone)
        self._stale = set(self._lazy)
        self._tab_changed(self.tabs.currentIndex())

    def reload(self) -> None:
        """Re-read the claim after a change made elsewhere (status action, import)."""
        if self.folder is None or self.claim is None:
            return
        self.claim = self.folder.claims.get(self.claim.id)
        self._fill_header()
        self.details.load(self.folder, self.claim)
        self.contacts.load(self.folder, self.claim, self.zone)
        self._stale = set(self._lazy)
        self._tab_changed(self.tabs.currentIndex())

    def _fill_header(self) -> None:
        c = self.claim
        platform = self.folder.claims.platform(c.platform_id)
        self.title.setText(c.title)
        self.status.setText(status_label(c.status))
        self.status.setStyleSheet(
            f"background:{STATUS_COLOURS[c.status]}; color:white; border-radius:9px;"
            "padding:3px 10px; font-weight:600;")
        self.subtitle.setText(self.tr("%1 · happened %2").replace("%1", platform.name)
                              .replace("%2", format_local(c.incident_at, c.incident_zone)))

    def _child_changed(self, claim_id: int) -> None:
        self.claim = self.folder.claims.get(claim_id)
        self._fill_header()
        self._stale = set(self._lazy)
        self.changed.emit(claim_id)

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab in self._stale and self.claim is not None:
            tab.load(self.folder, self.claim, self.zone)
            self._stale.discard(tab)

    def refresh_deadlines(self) -> None:
        """The clock moved: deadline states may have changed."""
        self._stale.add(self.deadlines)
        self._tab_changed(self.tabs.currentIndex())
