"""Claims list: a table model over the core's claims (sorted and filtered by
claims_proxy.ClaimsFilterProxy).

Every look-up by claim id goes through a dict, so loading the list is linear in the
number of claims, and a new or changed claim touches one row (insert or dataChanged),
never a reset: the selection and the scroll position stay where the user left them.

Evidence items dragged from a gallery drop onto a claim's row (``evidence_dropped``):
the panel files them there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from bonusdesk.core.claims import ClaimSummary
from bonusdesk.core.deadlines import STATE_COLOURS, Deadline, DeadlineState
from bonusdesk.core.model import Claim
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
# What a new minute changes in a row whose deadline did not: its text, colour and tooltip.
DEADLINE_TEXT_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                       Qt.ItemDataRole.ToolTipRole]
_ROLES = frozenset({SortRole, ClaimIdRole, StatusRole, Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ToolTipRole})


@dataclass
class ClaimRow:
    claim: Claim | ClaimSummary  # the list reads summaries; a changed claim comes whole
    platform: str
    deadline: Deadline | None = None  # the most urgent open one
    # False until a deadline listing covered this claim (a folder just opened, a claim
    # just created): its column then says "…" (not known yet), never "—" (none).
    deadline_known: bool = True
    # Worked out by the model when the claim or its deadline changes: the status and
    # deadline columns sort by it, and a new minute's deadlines compare it for every row.
    urgency: float = 0.0


class ClaimsTableModel(QAbstractTableModel):
    TITLE, PLATFORM, STATUS, DEADLINE = range(4)
    evidence_dropped = Signal(list, int)  # evidence ids, the claim they were dropped on

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ClaimRow] = []
        self._row_by_id: dict[int, int] = {}  # claim id -> row
        self.now: datetime = now_utc()  # the time relative deadlines are shown against
        self.folder_path: Path | None = None  # drops from another folder are refused
        self.computer_zone: str | None = None  # tooltips name a zone only when it differs

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: list[ClaimRow], now: datetime | None = None,
                 deadlines_known: bool = True) -> None:
        """Every row at once; ``deadlines_known``: their ``deadline`` fields come from
        a listing (else :meth:`set_deadlines` brings them later)."""
        self.beginResetModel()
        self.now = now or now_utc()
        for r in rows:
            r.urgency = _urgency(r)
            r.deadline_known = deadlines_known
        self._rows = rows
        self._row_by_id = {r.claim.id: n for n, r in enumerate(rows)}
        self.endResetModel()

    def set_deadlines(self, deadlines: dict[int, Deadline], now: datetime) -> None:
        """New next deadlines for every claim (the proxy moves the rows whose deadline
        changed, the selection stays); every row's relative time ("in 3 h") is repainted.

        They come every minute and after each change: rows whose deadline is the same
        keep their sort key, so the proxy is told which rows changed and, apart from
        them, only that the deadline texts did (``DEADLINE_TEXT_ROLES``)."""
        self.now = now
        changed = []
        for n, row in enumerate(self._rows):
            new = deadlines.get(row.claim.id)
            row.deadline_known = True  # "…" to "—" is repainted with every row's text below
            if new != row.deadline:
                row.deadline = new
                row.urgency = _urgency(row)
                changed.append(n)
        last = self.columnCount() - 1
        spans = [(n, n) for n in changed] if len(changed) <= 32 else (
            [(changed[0], changed[-1])] if changed else [])
        for first, end in spans:
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        if self._rows:
            self.dataChanged.emit(self.index(0, self.DEADLINE),
                                  self.index(len(self._rows) - 1, self.DEADLINE),
                                  DEADLINE_TEXT_ROLES)

    def deadline_of(self, claim_id: int) -> tuple[Deadline | None, bool]:
        """The row's deadline and whether it is known (a claim not listed: not known)."""
        n = self._row_by_id.get(claim_id, -1)
        return (self._rows[n].deadline, self._rows[n].deadline_known) if n >= 0 else (
            None, False)

    def row_of(self, claim_id: int) -> int:
        """The claim's row, -1 when it is not in the list."""
        return self._row_by_id.get(claim_id, -1)

    def claim_at(self, row: int) -> Claim | ClaimSummary:
        return self._rows[row].claim

    def rows(self) -> list[ClaimRow]:
        """Every row, in model order (read-only: the proxy sorts and filters from it)."""
        return self._rows

    def update_row(self, row: ClaimRow) -> None:
        """Insert a new claim at the end, or refresh the one row of a known claim."""
        row.urgency = _urgency(row)
        n = self._row_by_id.get(row.claim.id, -1)
        if n < 0:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n)
            self._rows.append(row)
            self._row_by_id[row.claim.id] = n
            self.endInsertRows()
            return
        self._rows[n] = row
        self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def rename_platform(self, platform_id: int, name: str) -> None:
        """Show a platform's new name on its claims' rows (one dataChanged for the span)."""
        changed = [n for n, row in enumerate(self._rows)
                   if row.claim.platform_id == platform_id and row.platform != name]
        for n in changed:
            self._rows[n].platform = name
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], self.columnCount() - 1))

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
        return self.row_data(index.row(), index.column(), role)

    def row_data(self, n: int, col: int, role=Qt.ItemDataRole.DisplayRole):
        """``data()`` for row ``n``: the proxy calls it directly, without making indexes."""
        if role not in _ROLES:  # the view asks a dozen roles per cell; most have no answer
            return None
        row = self._rows[n]
        if role == SortRole:
            return sort_key(row, col)
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
                    if not row.claim.status.is_open:
                        return ""
                    return "—" if row.deadline_known else "…"
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
        if (role == Qt.ItemDataRole.ToolTipRole and col == self.DEADLINE
                and not row.deadline_known and row.claim.status.is_open):
            return self.tr("Working out the deadlines…")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DEADLINE and row.deadline:
            d = row.deadline
            return (f"{deadline_label(d, current_language())} — "
                    f"{deadline_state_label(d.state)} — "
                    f"{show_time(d.due_at, d.zone, current_language(), self.computer_zone)}")
        return None


def sort_key(row: ClaimRow, column: int):
    """What column ``column`` sorts ``row`` by: text for the name columns, urgency for the
    status and deadline columns (one number, compared without Python objects)."""
    if column == ClaimsTableModel.TITLE:
        return row.claim.title.lower()
    if column == ClaimsTableModel.PLATFORM:
        return row.platform.lower()
    return row.urgency


def _urgency(row: ClaimRow) -> float:
    """Smaller is more urgent: deadlines by state then due time; then claims without
    one (recently changed first); finished claims last."""
    changed = (row.claim.updated_at or row.claim.created_at).timestamp()
    if not row.claim.status.is_open:
        return 7 * _RANK_SPAN - changed
    if row.deadline is None:
        return 6 * _RANK_SPAN - changed
    return _STATE_RANK[row.deadline.state] * _RANK_SPAN + row.deadline.due_at.timestamp()
