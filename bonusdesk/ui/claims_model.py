"""Claims list: a table model over the core's claims, and a filtering/sorting proxy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from bonusdesk.core.model import Claim, Status
from bonusdesk.core.timeutil import now_utc

from .labels import STATUS_COLOURS, status_label

ClaimIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3  # text for name columns, urgency for the others

_NO_DEADLINE = 10**12  # sorts after every real deadline


@dataclass
class DeadlineInfo:
    """What the list shows about a claim's next deadline."""

    due_at: datetime
    label: str  # what is due ("Report", "Answer support")
    state: str  # "ok" | "soon" | "overdue"


@dataclass
class ClaimRow:
    claim: Claim
    platform: str
    deadline: DeadlineInfo | None = None
    sort_keys: tuple = ()  # filled by the model: (title, platform, urgency)


DEADLINE_COLOURS = {"ok": "#15803d", "soon": "#c2410c", "overdue": "#b91c1c"}


def relative_time(due: datetime, now: datetime | None = None) -> str:
    """'in 5 h', '2 d ago' — short, translated."""
    now = now or now_utc()
    seconds = (due - now).total_seconds()
    past = seconds < 0
    s = abs(seconds)
    if s < 3600:
        amount = QCoreApplication.translate("ClaimsTableModel", "%n min", "", max(1, int(s // 60)))
    elif s < 2 * 86400:
        amount = QCoreApplication.translate("ClaimsTableModel", "%n h", "", int(s // 3600))
    else:
        amount = QCoreApplication.translate("ClaimsTableModel", "%n d", "", int(s // 86400))
    if past:
        return QCoreApplication.translate("ClaimsTableModel", "%1 ago").replace("%1", amount)
    return QCoreApplication.translate("ClaimsTableModel", "in %1").replace("%1", amount)


class ClaimsTableModel(QAbstractTableModel):
    TITLE, PLATFORM, STATUS, DEADLINE = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ClaimRow] = []

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: list[ClaimRow]) -> None:
        self.beginResetModel()
        for r in rows:
            self._fill_keys(r)
        self._rows = rows
        self.endResetModel()

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
                return f"{row.deadline.label} · {relative_time(row.deadline.due_at)}"
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DEADLINE and row.deadline:
            return QColor(DEADLINE_COLOURS.get(row.deadline.state, "#15803d"))
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS:
            return QColor(STATUS_COLOURS[row.claim.status])
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DEADLINE and row.deadline:
            return row.deadline.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return None

    def _fill_keys(self, row: ClaimRow) -> None:
        row.sort_keys = (row.claim.title.lower(), row.platform.lower(), self._urgency(row))

    @staticmethod
    def _urgency(row: ClaimRow) -> float:
        """Smaller is more urgent: open claims by next deadline, then closed ones."""
        if not row.claim.status.is_open:
            return 2 * _NO_DEADLINE - (row.claim.updated_at or row.claim.created_at).timestamp()
        if row.deadline is None:
            return _NO_DEADLINE - (row.claim.updated_at or row.claim.created_at).timestamp() / 1e3
        return row.deadline.due_at.timestamp()


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
