"""Left side of the window: search box, status filter and the claims table.

The panel keeps its list current from the session's signals (claims added, a claim or a
platform changed, new deadlines) and tells the session which claim the user picked.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Status
from bonusdesk.core.search import matching_claim_ids

from ..followup.deadline_watch import most_urgent_by_claim
from ..labels import status_label
from ..session import Session
from ..widgets import StatusChipDelegate
from .claims_model import ClaimIdRole, ClaimRow, ClaimsFilterProxy, ClaimsTableModel


class ClaimsPanel(QWidget):
    """The claims of the session's folder; picking one makes it the session's claim."""

    claim_selected = Signal(int)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = ClaimsTableModel(self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ClaimsTableModel.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(ClaimsTableModel.STATUS, StatusChipDelegate(self))
        header = self.table.horizontalHeader()
        # Sizing to contents reads every row; a sample keeps start-up fast with many claims.
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(ClaimsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (ClaimsTableModel.PLATFORM, ClaimsTableModel.STATUS,
                    ClaimsTableModel.DEADLINE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search claims, contacts, evidence… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show claims"))
        self.status_filter.addItem(self.tr("Open claims"), ClaimsFilterProxy.OPEN)
        self.status_filter.addItem(self.tr("All claims"), ClaimsFilterProxy.ALL)
        self.status_filter.addItem(self.tr("Finished claims"), ClaimsFilterProxy.CLOSED)
        for s in Status:
            self.status_filter.addItem(status_label(s), s.value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_filter(self.status_filter.currentData()))
        self.proxy.set_status_filter(ClaimsFilterProxy.OPEN)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.status_filter)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

        session.folder_changed.connect(self.reload)
        session.claims_changed.connect(self.reload)
        session.platform_changed.connect(lambda _pid: self.reload())
        session.claim_changed.connect(self.refresh_claim)
        session.deadlines_changed.connect(self._deadlines_changed)
        # Text read from a picture is searchable: a search already typed may find more.
        session.text_read.connect(lambda *_ids: self.apply_search())

    # -- keeping the list current ----------------------------------------------------
    def reload(self) -> None:
        """Re-read the claims; deadlines already known stay until the watch sends new ones."""
        folder = self.session.folder
        if folder is None:
            self.model.set_rows([], self.session.clock())
            return
        platforms = {p.id: p.name for p in folder.claims.platforms()}
        rows = [ClaimRow(c, platforms.get(c.platform_id, ""), self.model.deadline_of(c.id))
                for c in folder.claims.list()]
        self.model.set_rows(rows, self.session.clock())
        self.apply_search()

    def refresh_claim(self, claim_id: int) -> None:
        """Update one row after the claim changed (keeps the selection)."""
        folder = self.session.folder
        if folder is None:
            return
        claim = folder.claims.get(claim_id)
        platform = folder.claims.platform(claim.platform_id)
        self.model.update_row(ClaimRow(claim, platform.name, self.model.deadline_of(claim_id)))

    def _deadlines_changed(self) -> None:
        self.model.set_deadlines(most_urgent_by_claim(self.session.deadlines),
                                 self.session.deadlines_at)

    # -- search, filter, selection -------------------------------------------------
    def _search_ids(self, text: str) -> set[int] | None:
        if not text or self.session.folder is None:
            return None
        try:
            return matching_claim_ids(self.session.folder, text)
        except BonusDeskError as exc:
            self.session.notify(str(exc))
            return None

    def apply_search(self) -> None:
        self.proxy.set_search_ids(self._search_ids(self.search.text().strip()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def visible_index(self, claim_id: int) -> QModelIndex:
        """The claim's row in the table; filters are cleared if they hide it."""
        row = self.model.row_of(claim_id)
        if row < 0:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.status_filter.setCurrentIndex(self.status_filter.findData(ClaimsFilterProxy.ALL))
            self.search.clear()
            self.apply_search()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index

    def select(self, claim_id: int) -> bool:
        """Select the claim's row (the list is re-read if it is new); True when shown."""
        if self.model.row_of(claim_id) < 0:
            self.reload()
        index = self.visible_index(claim_id)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            claim_id = current.data(ClaimIdRole)
            self.session.select_claim(claim_id)
            self.claim_selected.emit(claim_id)
