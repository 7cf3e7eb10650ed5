"""Claims list: a table model over the core's claims, and a filtering/sorting proxy.

Evidence items dragged from a gallery drop onto a claim's row (``evidence_dropped``):
the panel files them there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from bonusdesk.core.deadlines import STATE_COLOURS, Deadline, DeadlineState
from bonusdesk.core.model import Claim, Status
from bonusdesk.core.timeutil import now_utc
from bonusdesk.core.zones import show_time

from ..evidence.evidence_model import EVIDENCE_MIME, dropped_evidence
from ..i18n import current_language
from ..labels import (
    STATUS_COLOURS,
    deadline_kind_label,
    deadline_label,
    deadline_state_label,
    relative_time,
    status_label,
)

ClaimIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3  # text for name columns, urgency for the others

# Urgency as one number, so Qt sorts in C++: state rank first, then due time.
_STATE_RANK = {DeadlineState.OVERDUE: 0, DeadlineState.LATE: 0, DeadlineState.DUE_SOON: 1,
               DeadlineState.NEEDS_WRITTEN: 1, DeadlineState.UPCOMING: 2,
               DeadlineState.MISSED: 3, DeadlineState.DONE_LATE: 4, DeadlineState.MET: 4}
_RANK_SPAN = 1e11  # more seconds than any timestamp we meet


@dataclass
class ClaimRow:
    claim: Claim
    platform: str
    deadline: Deadline | None = None  # the most urgent open one
    sort_keys: tuple = ()  # filled by the model: (title, platform, urgency)


class ClaimsTableModel(QAbstractTableModel):
    TITLE, PLATFORM, STATUS, DEADLINE = range(4)
    evidence_dropped = Signal(list, int)  # evidence ids, the claim they were dropped on

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ClaimRow] = []
        self.now: datetime = now_utc()  # the time relative deadlines are shown against
        self.folder_path: Path | None = None  # drops from another folder are refused
        self.computer_zone: str | None = None  # tooltips name a zone only when it differs

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: list[ClaimRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self.now = now or now_utc()
        for r in rows:
            self._fill_keys(r)
        self._rows = rows
        self.endResetModel()

    def set_deadlines(self, deadlines: dict[int, Deadline], now: datetime) -> None:
        """New next deadlines for every claim (the proxy re-sorts, selection stays)."""
        self.now = now
        for row in self._rows:
            row.deadline = deadlines.get(row.claim.id)
            self._fill_keys(row)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def deadline_of(self, claim_id: int) -> Deadline | None:
        n = self.row_of(claim_id)
        return self._rows[n].deadline if n >= 0 else None

    def row_of(self, claim_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.claim.id == claim_id:
                return n
        return -1

    def claim_at(self, row: int) -> Claim:
        return self._rows[row].claim

    def update_row(self, row: ClaimRow) -> None:
        self._fill_keys(row)
        n = self.row_of(row.claim.id)
        if n < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            self.endInsertRows()
            return
        self._rows[n] = row
        self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    # -- evidence dropped on a claim --------------------------------------------------
    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [EVIDENCE_MIME]

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def _drop_target(self, row: int, parent) -> int | None:
        n = parent.row() if parent.isValid() else row
        return self._rows[n].claim.id if 0 <= n < len(self._rows) else None

    def canDropMimeData(self, data, _action, row, _column, parent) -> bool:
        return (self._drop_target(row, parent) is not None
                and bool(dropped_evidence(data, self.folder_path)))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        claim_id = self._drop_target(row, parent)
        ids = dropped_evidence(data, self.folder_path)
        if claim_id is None or not ids:
            return False
        self.evidence_dropped.emit(ids, claim_id)
        return False  # nothing for the view to remove: the session moves the items

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Claim"), self.tr("Platform"), self.tr("Status"),
                self.tr("Next deadline"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        # Sorting and filtering ask these for every row: answer them first.
        if role == SortRole:
            return row.sort_keys[min(col, 2)]
        if role == ClaimIdRole:
            return row.claim.id
        if role == StatusRole:
            return row.claim.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return row.claim.title
            if col == self.PLATFORM:
                return row.platform
            if col == self.STATUS:
                return status_label(row.claim.status)
            if col == self.DEADLINE:
                if row.deadline is None:
                    return "—" if row.claim.status.is_open else ""
                return (f"{deadline_kind_label(row.deadline.kind)} · "
                        f"{relative_time(row.deadline.due_at, self.now)}")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DEADLINE and row.deadline:
            return QColor(STATE_COLOURS[row.deadline.state])
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS:
            return QColor(STATUS_COLOURS[row.claim.status])
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            # The column is often too narrow for the whole title; a narrow list hides the
            # platform column.
            return f"{row.claim.title} — {row.platform}"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STATUS:
            return status_label(row.claim.status)  # the chip may be elided
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DEADLINE and row.deadline:
            d = row.deadline
            return (f"{deadline_label(d, current_language())} — "
                    f"{deadline_state_label(d.state)} — "
                    f"{show_time(d.due_at, d.zone, current_language(), self.computer_zone)}")
        return None

    def _fill_keys(self, row: ClaimRow) -> None:
        row.sort_keys = (row.claim.title.lower(), row.platform.lower(), self._urgency(row))

    @staticmethod
    def _urgency(row: ClaimRow) -> float:
        """Smaller is more urgent: deadlines by state then due time; then claims without
        one (recently changed first); finished claims last."""
        changed = (row.claim.updated_at or row.claim.created_at).timestamp()
        if not row.claim.status.is_open:
            return 7 * _RANK_SPAN - changed
        if row.deadline is None:
            return 6 * _RANK_SPAN - changed
        return _STATE_RANK[row.deadline.state] * _RANK_SPAN + row.deadline.due_at.timestamp()


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Filters by status group and by the ids a full-text search returned."""

    ALL, OPEN, CLOSED = "all", "open", "closed"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._status: str = self.ALL
        self._ids: set[int] | None = None
        # Sorting compares SortRole values in C++: fast on thousands of claims.
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_status_filter(self, value: str) -> None:
        """ALL, OPEN, CLOSED or a Status value."""
        self.beginFilterChange()
        self._status = value
        self.endFilterChange()

    def set_search_ids(self, ids: set[int] | None) -> None:
        """None shows every claim; a set shows only those claims."""
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._ids is not None and model.data(index, ClaimIdRole) not in self._ids:
            return False
        status = Status(model.data(index, StatusRole))
        if self._status == self.OPEN:
            return status.is_open
        if self._status == self.CLOSED:
            return not status.is_open
        if self._status == self.ALL:
            return True
        return status.value == self._status
