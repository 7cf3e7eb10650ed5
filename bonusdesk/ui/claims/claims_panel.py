"""Left side of the window: search box, status filter, the Inbox and the claims table.

The panel keeps its list current from the session's signals (claims added, a claim or a
platform changed, new deadlines, the Inbox) and tells the session which claim the user
picked. Evidence dragged onto a claim's row is filed there (onto the Inbox: back to it).
Only opening a folder reads every claim; a new or changed claim updates its one row, so
the list stays put (selection, scroll) and costs the same at 30 claims or 30,000.

The title column keeps at least ``TITLE_SHARE`` of the width: the status and deadline
columns get what is left and elide (their full text is in the tooltip), and the table
never scrolls sideways, so the title cannot be scrolled out of view.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.inbox import summary as inbox_summary
from bonusdesk.core.model import Status
from bonusdesk.core.search import matching_claim_ids
from bonusdesk.core.zones import show_time

from ..evidence.evidence_model import dropped_evidence
from ..followup.deadline_watch import most_urgent_by_claim
from ..i18n import current_language
from ..inbox.filing import file_items
from ..labels import status_label
from ..session import Session
from ..widgets import StatusChipDelegate
from .claims_model import ClaimIdRole, ClaimRow, ClaimsTableModel
from .claims_proxy import ClaimsFilterProxy

TITLE_SHARE = 0.45  # of the table's width, at least, for the claim's title
MIN_COLUMN = 48  # px: a squeezed status or deadline column still shows its start
NARROW = 420  # px: below this the platform column is left out (its name is in the tooltip)


class ClaimsTable(QTableView):
    """The claims table: fits its columns to its width (no sideways scrolling) and takes
    evidence dropped on a row (the model says which claim)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDragDropOverwriteMode(True)  # onto a claim, never between two
        self.setDropIndicatorShown(True)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns)

    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.dataChanged):
            signal.connect(lambda *_a: self._fit_timer.start())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Status, deadline and platform columns as wide as their text when there is room;
        squeezed (and elided) when there is not, so the title keeps its share."""
        header = self.horizontalHeader()
        avail = self.viewport().width()
        narrow = avail < NARROW
        header.setSectionHidden(ClaimsTableModel.PLATFORM, narrow)
        columns = [ClaimsTableModel.STATUS, ClaimsTableModel.DEADLINE]
        if not narrow:
            columns.insert(0, ClaimsTableModel.PLATFORM)
        wanted = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c), MIN_COLUMN)
                  for c in columns}
        room = avail - max(int(avail * TITLE_SHARE), 120)
        total = sum(wanted.values())
        if total <= room:
            widths = wanted
        else:  # each gets its minimum, then a share of what is left by what it wanted
            spare = max(room - MIN_COLUMN * len(columns), 0)
            extra = sum(w - MIN_COLUMN for w in wanted.values()) or 1
            widths = {c: MIN_COLUMN + (wanted[c] - MIN_COLUMN) * spare // extra
                      for c in columns}
        for c in columns:
            header.resizeSection(c, widths[c])
        self.horizontalScrollBar().setValue(0)


class InboxButton(QPushButton):
    """The Inbox's row above the claims: how many items wait; evidence dropped on it goes
    back to the Inbox."""

    evidence_dropped = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setCheckable(True)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Inbox"))
        self.setStyleSheet("QPushButton { text-align: left; padding: 4px 8px; }")

    def _ids(self, event) -> list[int]:
        folder = self.session.folder
        return dropped_evidence(event.mimeData(), folder.path if folder else None)

    def dragEnterEvent(self, event) -> None:
        if self._ids(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        ids = self._ids(event)
        if ids:
            event.acceptProposedAction()
            self.evidence_dropped.emit(ids)


class ClaimsPanel(QWidget):
    """The claims of the session's folder; picking one makes it the session's claim."""

    claim_selected = Signal(int)
    inbox_selected = Signal()  # the user picked the Inbox (the window shows it)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = ClaimsTableModel(self)
        self.model.evidence_dropped.connect(self._dropped)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.inbox_button = InboxButton(session)
        self.inbox_button.clicked.connect(self.show_inbox)
        self.inbox_button.evidence_dropped.connect(lambda ids: self._dropped(ids, None))
        self.table = ClaimsTable()
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
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Sizing to contents reads every row; a sample keeps start-up fast with many claims.
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(ClaimsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (ClaimsTableModel.PLATFORM, ClaimsTableModel.STATUS,
                    ClaimsTableModel.DEADLINE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
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
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        self.proxy.set_status_filter(ClaimsFilterProxy.OPEN)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.status_filter)
        layout.addLayout(row)
        layout.addWidget(self.inbox_button)
        layout.addWidget(self.table, 1)

        self._added_one = False  # claim_added came before the claims_changed that follows
        session.folder_changed.connect(self.reload)
        session.folder_changed.connect(self.update_inbox)
        session.inbox_changed.connect(self.update_inbox)
        session.current_claim_changed.connect(
            lambda claim_id: claim_id is not None and self.inbox_button.setChecked(False))
        session.claim_added.connect(self._claim_added)
        session.claims_changed.connect(self._claims_changed)
        session.platform_changed.connect(self._platform_changed)
        session.claim_changed.connect(self.refresh_claim)
        session.deadlines_changed.connect(self._deadlines_changed)
        # Text read from a picture is searchable: a search already typed may find more.
        session.text_read.connect(lambda *_ids: self.apply_search())

    # -- keeping the list current ----------------------------------------------------
    def reload(self) -> None:
        """Re-read every claim (a folder was opened); the deadlines the session already
        has stay until the watch sends new ones. A folder just opened is listed before
        its deadlines are known: that column says "…" until they come."""
        folder = self.session.folder
        if folder is None:
            self.model.set_rows([], self.session.clock())
            return
        self.model.folder_path, self.model.computer_zone = folder.path, self.session.zone
        platforms = {p.id: p.name for p in folder.claims.platforms()}
        deadlines = most_urgent_by_claim(self.session.deadlines)
        # Only the columns the list shows (claims.summaries): 30,000 whole claims would
        # take most of the window's start.
        rows = [ClaimRow(c, platforms.get(c.platform_id, ""), deadlines.get(c.id))
                for c in folder.claims.summaries()]
        self.model.set_rows(rows, self.session.clock(), self.session.deadlines_known)
        self.apply_search()  # the reset cleared the selection: this selects the claim again

    def refresh_claim(self, claim_id: int) -> None:
        """Update one row after the claim changed (keeps the selection)."""
        folder = self.session.folder
        if folder is None:
            return
        claim = folder.claims.get(claim_id)
        platform = folder.claims.platform(claim.platform_id)
        deadline, known = self.model.deadline_of(claim_id)  # a new claim's: not yet known
        self.model.update_row(ClaimRow(claim, platform.name, deadline, known))

    def _claim_added(self, claim_id: int) -> None:
        self._added_one = True
        self.refresh_claim(claim_id)

    def _claims_changed(self) -> None:
        """Claims were added: those announced one by one are listed already; otherwise
        (a bulk change that does not say which) the list is read again."""
        if self._added_one:
            self._added_one = False
            return
        self.reload()

    def _platform_changed(self, platform_id: int) -> None:
        folder = self.session.folder
        if folder is not None:
            self.model.rename_platform(platform_id, folder.claims.platform(platform_id).name)

    def _deadlines_changed(self) -> None:
        self.model.set_deadlines(most_urgent_by_claim(self.session.deadlines),
                                 self.session.deadlines_at)

    # -- the Inbox ----------------------------------------------------------------------
    def update_inbox(self) -> None:
        """The Inbox row: how many items wait, since when."""
        folder = self.session.folder
        self.inbox_button.setEnabled(folder is not None)
        waiting = inbox_summary(folder) if folder is not None else None
        if waiting is None or waiting.count == 0:
            self.inbox_button.setText(self.tr("Inbox: nothing to file"))
            self.inbox_button.setToolTip(self.tr(
                "Screenshots taken with no claim selected wait here until you file them"))
            return
        self.inbox_button.setText(self.tr("Inbox: %n items to file", "", waiting.count))
        self.inbox_button.setToolTip(self.tr("Newest: %1. Drag them onto a claim, or open "
                                             "the Inbox and use “Move to claim…”.").replace(
            "%1", show_time(waiting.newest_at, self.session.zone, current_language())))

    def show_inbox(self) -> None:
        """Show the Inbox: no claim is current (a capture now goes to the Inbox)."""
        self.table.selectionModel().clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.session.select_claim(None)
        self.inbox_button.setChecked(True)
        self.inbox_selected.emit()

    @property
    def inbox_shown(self) -> bool:
        return self.inbox_button.isChecked()

    def _dropped(self, ids: list[int], claim_id: int | None) -> None:
        file_items(self.session, ids, claim_id, self)

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
        self._reselect_current()

    def _reselect_current(self) -> None:
        """A search or a filter may have hidden the claim open on the right; when it is
        listed again, it is the selected row again."""
        current = self.session.current_claim_id
        if current is None or self.table.currentIndex().data(ClaimIdRole) == current:
            return
        row = self.model.row_of(current)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status_filter(self.status_filter.currentData())
        self._reselect_current()

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
        """Select the claim's row (listed first if it is new); True when shown."""
        if self.model.row_of(claim_id) < 0 and self.session.folder is not None:
            self.refresh_claim(claim_id)
        return self._select_row(claim_id)

    def _select_row(self, claim_id: int) -> bool:
        index = self.visible_index(claim_id)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            claim_id = current.data(ClaimIdRole)
            self.session.select_claim(claim_id)
            self.claim_selected.emit(claim_id)
