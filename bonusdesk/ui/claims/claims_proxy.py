"""The claims list as the table shows it: filtered by status group and search, sorted.

A QSortFilterProxyModel asks a Python model for every row's data through a virtual call
on each filter change and on each comparison while it sorts: 200-350 ms per keystroke
at 30,000 claims (issue 17). This proxy keeps, instead:

* every source row's sort key for the sorted column (read once per row, when it changes),
* every source row in sort order (``_sorted``), sorted again only when the column, the
  order or many keys change at once (a new minute's deadlines),
* the accepted rows in that order (``_visible``): a filter change is one pass over
  ``_sorted`` with a set look-up per row, no sort.

A new claim is placed with a binary search and inserted (one ``rowsInserted``); a
changed claim moves (``rowsMoved``, the selection follows it) or leaves/enters the
filter; only filter and sort changes re-lay the list out, and those keep the selection
through the persistent indexes, as QSortFilterProxyModel does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, Qt

from bonusdesk.core.model import Status

from .claims_model import (
    ClaimIdRole,
    ClaimRow,
    ClaimsTableModel,
    SortRole,
    StatusRole,
    sort_key,
)

# A dataChanged that names roles, none of these, cannot move a row or change what the
# filter says (the model names them, or no role at all, when a sort key or status changes).
_ORDER_ROLES = {SortRole, ClaimIdRole, StatusRole}
# Above this many rows whose sort key changed at once, sorting again beats moving each.
_MOVE_LIMIT = 32


class ClaimsFilterProxy(QAbstractProxyModel):
    """Filters by status group and by the ids a full-text search returned; sorts by the
    rows' sort keys (claims_model.sort_key), stably (ties keep the model's order)."""

    ALL, OPEN, CLOSED = "all", "open", "closed"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._src: ClaimsTableModel | None = None
        self._status: str = self.ALL
        self._ids: set[int] | None = None
        self._column = -1  # -1: model order
        self._descending = False
        self._keys: list = []  # sort key of each source row
        self._facts: list[tuple[int, Status]] = []  # what the filter reads: id, status
        self._shown: list[bool] = []  # whether each source row passes the filter
        self._sorted: list[int] = []  # every source row, in sort order
        self._visible: list[int] = []  # the source rows shown, in sort order
        self._pos: dict[int, int] | None = None  # source row -> proxy row, built on demand

    # -- what the panel sets -----------------------------------------------------------
    def setSourceModel(self, model: ClaimsTableModel) -> None:
        if self._src is not None:
            raise RuntimeError("ClaimsFilterProxy takes its source model once")
        self.beginResetModel()
        super().setSourceModel(model)
        self._src = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.rowsInserted.connect(self._source_inserted)
        model.rowsAboutToBeRemoved.connect(lambda *_a: self.beginResetModel())
        model.rowsRemoved.connect(self._source_reset)  # the model never removes rows today
        model.dataChanged.connect(self._source_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._rebuild()
        self.endResetModel()

    def set_status_filter(self, value: str) -> None:
        """ALL, OPEN, CLOSED or a Status value."""
        self._status = value
        self._refilter()

    def set_search_ids(self, ids: set[int] | None) -> None:
        """None shows every claim; a set shows only those claims."""
        self._ids = ids
        self._refilter()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        if self._src is None:
            return

        def resort() -> None:
            rows = self._src.rows()
            self._keys = [self._key(r) for r in rows]
            self._sort_all()
        self._relayout(resort)

    # -- the filter and the order ----------------------------------------------------------
    def _wanted(self) -> frozenset[Status] | None:
        """The statuses the status filter shows (None: all)."""
        if self._status == self.ALL:
            return None
        if self._status in (self.OPEN, self.CLOSED):
            return frozenset(s for s in Status if s.is_open == (self._status == self.OPEN))
        return frozenset({Status(self._status)})

    def _accepts(self, row: ClaimRow, wanted: frozenset[Status] | None) -> bool:
        """Whether ``row`` passes; ``wanted`` is ``_wanted()``, worked out once per change."""
        return ((wanted is None or row.claim.status in wanted)
                and (self._ids is None or row.claim.id in self._ids))

    def _filter_all(self) -> list[bool]:
        """Whether each source row passes: one comprehension, no call per row."""
        wanted, ids, facts = self._wanted(), self._ids, self._facts
        if wanted is None and ids is None:
            return [True] * len(facts)
        if wanted is None:
            return [i in ids for i, _s in facts]
        if ids is None:
            return [s in wanted for _i, s in facts]
        return [s in wanted and i in ids for i, s in facts]

    def _key(self, row: ClaimRow):
        return sort_key(row, self._column) if self._column >= 0 else 0

    def _sort_all(self) -> None:
        """``_sorted`` and ``_visible`` from ``_keys`` and ``_shown`` (stable sort)."""
        self._sorted = sorted(range(len(self._keys)), key=self._keys.__getitem__,
                              reverse=self._descending)
        shown = self._shown
        self._visible = [r for r in self._sorted if shown[r]]

    def _rebuild(self) -> None:
        rows = self._src.rows() if self._src is not None else []
        self._keys = [self._key(r) for r in rows]
        self._facts = [(r.claim.id, r.claim.status) for r in rows]
        self._shown = self._filter_all()
        self._sort_all()
        self._pos = None

    def _refilter(self) -> None:
        def refilter() -> None:
            self._shown = shown = self._filter_all()
            self._visible = [r for r in self._sorted if shown[r]]
        if self._src is not None:
            self._relayout(refilter)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the order or the filter; persistent indexes (selection,
        current row) follow their claims, or become invalid when it is filtered out."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(self._visible[i.row()], i.column()) for i in old]
        change()
        self._pos = None
        pos = self._positions()
        self.changePersistentIndexList(
            old, [self.index(pos[r], c) if r in pos else QModelIndex() for r, c in held])
        self.layoutChanged.emit()

    def _positions(self) -> dict[int, int]:
        if self._pos is None:
            self._pos = {r: p for p, r in enumerate(self._visible)}
        return self._pos

    def _place(self, seq: list[int], r: int) -> int:
        """Where source row ``r`` goes in ``seq`` (sorted, without ``r``): binary search
        on (key, row), the order a stable sort gives."""
        keys, k, desc = self._keys, self._keys[r], self._descending
        lo, hi = 0, len(seq)
        while lo < hi:
            mid = (lo + hi) // 2
            m = seq[mid]
            km = keys[m]
            if (km > k if desc else km < k) or (km == k and m < r):
                lo = mid + 1
            else:
                hi = mid
        return lo

    # -- following the source model ------------------------------------------------------
    def _source_reset(self, *_args) -> None:
        self._rebuild()
        self.endResetModel()

    def _source_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        rows = self._src.rows()
        if first != len(self._keys):  # rows shifted: not what the model does; start over
            self.beginResetModel()
            self._source_reset()
            return
        wanted = self._wanted()
        for r in range(first, last + 1):
            self._keys.append(self._key(rows[r]))
            self._facts.append((rows[r].claim.id, rows[r].claim.status))
            self._shown.append(self._accepts(rows[r], wanted))
            self._sorted.insert(self._place(self._sorted, r), r)
            if self._shown[r]:
                p = self._place(self._visible, r)
                self.beginInsertRows(QModelIndex(), p, p)
                self._visible.insert(p, r)
                self._pos = None
                self.endInsertRows()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                        roles=()) -> None:
        span = range(top_left.row(), bottom_right.row() + 1)
        if roles and not set(roles) & _ORDER_ROLES:  # texts only: nothing moves
            self._forward_changed(span, roles)
            return
        rows, wanted = self._src.rows(), self._wanted()
        for r in span:  # a status change changes what the filter says
            self._facts[r] = (rows[r].claim.id, rows[r].claim.status)
        moved = [(r, k, ok) for r in span
                 for k, ok in [(self._key(rows[r]), self._accepts(rows[r], wanted))]
                 if k != self._keys[r] or ok != self._shown[r]]
        if len(moved) > _MOVE_LIMIT:
            def resort() -> None:
                for r, k, ok in moved:
                    self._keys[r], self._shown[r] = k, ok
                self._sort_all()
            self._relayout(resort)
        else:
            for r, k, ok in moved:
                self._move(r, k, ok)
        self._forward_changed(span)

    def _move(self, r: int, key, shown: bool) -> None:
        """Put source row ``r`` where its new key and filter answer say."""
        self._sorted.remove(r)
        self._keys[r] = key
        self._sorted.insert(self._place(self._sorted, r), r)
        was_shown, self._shown[r] = self._shown[r], shown
        vis, root = self._visible, QModelIndex()
        if was_shown:
            old = vis.index(r)  # a scan in C: cheaper than rebuilding the position dict
            del vis[old]
            new = self._place(vis, r)
            vis.insert(old, r)  # put back: the begin* calls must see the old layout
            if not shown:
                self.beginRemoveRows(root, old, old)
                del vis[old]
                self._pos = None
                self.endRemoveRows()
            elif new != old:
                # Qt's destination is counted before the move: one more when moving down.
                self.beginMoveRows(root, old, old, root, new if new < old else new + 1)
                del vis[old]
                vis.insert(new, r)
                self._pos = None
                self.endMoveRows()
        elif shown:
            new = self._place(vis, r)
            self.beginInsertRows(root, new, new)
            vis.insert(new, r)
            self._pos = None
            self.endInsertRows()

    def _forward_changed(self, span: range, roles=()) -> None:
        """Repaint the rows of ``span`` that are shown (one signal over their extent)."""
        if not self._visible:
            return
        last = self.columnCount() - 1
        if len(span) >= len(self._keys):  # every row: no need to look them up
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, last),
                                  list(roles))
            return
        pos = self._positions()
        shown = [pos[r] for r in span if r in pos]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), last),
                                  list(roles))

    # -- Qt proxy model API ----------------------------------------------------------------
    def mapToSource(self, index: QModelIndex) -> QModelIndex:
        if not index.isValid() or self._src is None or index.row() >= len(self._visible):
            return QModelIndex()
        return self._src.index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: QModelIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        p = self._positions().get(index.row())
        return QModelIndex() if p is None else self.index(p, index.column())

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)) \
                or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: QModelIndex | None = None):
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._src is None else self._src.columnCount()

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # QAbstractProxyModel's own goes through mapToSource and the source's index():
        # three calls into Python per cell the view paints or measures.
        if not index.isValid() or self._src is None:
            return None
        return self._src.row_data(self._visible[index.row()], index.column(), role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self._src is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._src.headerData(section, orientation, role)
