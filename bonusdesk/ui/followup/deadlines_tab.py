"""Deadlines tab: every clock of the claim, its state in words that fit what the clock
means (the PDF's: "to do", "late: report anyway, say why", "not yet: escalation possible
from …", "no answer: escalation possible since …"), and a calendar export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from bonusdesk.core import vocabulary
from bonusdesk.core.deadlines import STATE_COLOURS, Deadline, claim_deadlines
from bonusdesk.core.errors import BonusDeskError, OutputRefused
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.ics import folder_uid, write_ics
from bonusdesk.core.model import Claim
from bonusdesk.core.zones import show_time

from .. import i18n
from ..claim_tab import ClaimTab
from ..labels import deadline_label, deadline_state_label, party_label, relative_time
from ..safety.outputs import ask_save_path, default_output_dir, show_refusal
from ..session import Session
from ..widgets import WrappingDelegate


class DeadlinesTab(ClaimTab):
    """Worked out afresh (for this claim, on the GUI thread: a few ms) while shown."""

    key = "deadlines"
    lazy = True

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.folder: ClaimFolder | None = None
        self.zone = "UTC"
        self.deadlines: list[Deadline] = []
        intro = QLabel(self.tr(
            "Deadlines are worked out from the incident time, the platform's reporting window, "
            "the status history and your contacts. Recording a status or a contact updates "
            "them at once."))
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Deadlines"))
        # "What" takes the width the others leave and wraps: at 1024 px the state, due date
        # and party stay in view instead of behind a sideways scroll.
        self.view.setItemDelegateForColumn(1, WrappingDelegate(self.view))
        self.view.header().setStretchLastSection(False)
        self.empty = QLabel()
        ics = QPushButton(self.tr("Add to my &calendar (.ics)…"))
        ics.clicked.connect(self.export_calendar)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(ics)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.follow(session.claim_changed, session.contacts_changed)
        # The clock moved (the folder's deadlines were recomputed): states may have changed.
        session.deadlines_changed.connect(self.refresh)

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.folder, self.zone = folder, zone
        now = self.session.clock()
        try:
            self.deadlines = claim_deadlines(folder, claim.id, now)
        except BonusDeskError as exc:  # e.g. a broken rules file in the folder
            self.deadlines = []
            self.empty.setText(str(exc))
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("State"), self.tr("What"), self.tr("Due"), self.tr("When"), self.tr("Who")])
        header = self.view.header()  # clear() dropped the columns and their modes
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for d in self.deadlines:
            state = QStandardItem(state_words(d))
            state.setForeground(QColor(STATE_COLOURS[d.state]))
            font = state.font()
            font.setBold(d.state.is_open)
            state.setFont(font)
            # In the zone the deadline is counted in, named when it is not the computer's.
            due = show_time(d.due_at, d.zone, i18n.current_language(), self.zone)
            if not d.state.is_dated:  # counted from now: it moves until you write
                due = self.tr("%1 (if you write now)").replace("%1", due)
            when = relative_time(d.due_at, now) if d.state.is_open else ""
            items = [state, QStandardItem(deadline_label(d, i18n.current_language())),
                     QStandardItem(due), QStandardItem(when), QStandardItem(party_label(d.party))]
            for it in items:
                it.setEditable(False)
            items[0].setData(d.key, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        if self.deadlines:
            self.empty.setText("")
        elif not self.empty.text():
            self.empty.setText(self.tr("No deadline for this claim."))

    def state_texts(self) -> dict[str, str]:
        """Deadline key -> the state words shown (for tests)."""
        return {self.model.item(r, 0).data(Qt.ItemDataRole.UserRole):
                self.model.item(r, 0).text() for r in range(self.model.rowCount())}

    def states(self) -> dict[str, str]:
        """Deadline key -> state, as shown (for tests and the window)."""
        return {d.key: d.state.value for d in self.deadlines}

    def export_calendar(self) -> None:
        if self.folder is None:
            return
        # The core's output check first (ui/safety/outputs.py): never into the claim folder,
        # onto a device or a FIFO; a refused place is explained and the dialog reopens.
        path = ask_save_path(
            self, self.tr("Save the deadlines as a calendar"),
            str(default_output_dir(self.folder) / f"bonusdesk-claim-{self.claim.id}.ics"),
            self.tr("Calendar (*.ics)"), self.folder.path)
        if path is None:
            return
        try:
            write_ics(path, self.deadlines, folder_uid(self.folder), self.session.clock())
        except OutputRefused as exc:  # the target changed after it was chosen
            show_refusal(self, exc, self.folder.path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the calendar"),
                                exc.strerror or str(exc))


def state_words(d: Deadline) -> str:
    """The state in the words the PDF's summary uses for this clock's party, capitalised
    for a cell of its own ("Not yet: escalation possible from 10/12/2026")."""
    from bonusdesk.core.localefmt import short_date  # Babel: not needed to start the app

    lang = i18n.current_language()
    words = vocabulary.deadline_state_words(
        d.party, d.state, lang, due=short_date(d.due_at, d.zone, lang),
        done=short_date(d.done_at, d.zone, lang) if d.done_at else "")
    words = words or deadline_state_label(d.state)
    return words[:1].upper() + words[1:]
