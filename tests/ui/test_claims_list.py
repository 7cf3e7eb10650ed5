"""The claims list: incremental updates (one row, never a reset) and a proxy whose
filtered, sorted rows always match a plain sort of the claims it accepts."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QSignalSpy

from bonusdesk.core.model import Claim, Status
from bonusdesk.ui.claims.claims_model import ClaimIdRole, ClaimRow, ClaimsTableModel, sort_key
from bonusdesk.ui.claims.claims_proxy import ClaimsFilterProxy
from bonusdesk.ui.labels import deadline_kind_label

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def shown_ids(model) -> list[int]:
    return [model.index(r, 0).data(ClaimIdRole) for r in range(model.rowCount())]


def selected_id(window) -> int | None:
    rows = window.table.selectionModel().selectedRows()
    return rows[0].data(ClaimIdRole) if rows else None


def add_claims(folder, platform, titles: list[str]) -> list[Claim]:
    return [folder.claims.create(Claim(title=t, platform_id=platform.id,
                                       incident_at=T0 + timedelta(hours=n),
                                       incident_zone="Europe/Paris"))
            for n, t in enumerate(titles)]


@pytest.fixture
def by_title(window, folder, claim, platform):
    """The window listing four claims sorted by title, the second one selected."""
    add_claims(folder, platform, ["Cashback missing", "Free spins lost", "Deposit blocked"])
    window.claims_panel.reload()
    window.table.sortByColumn(ClaimsTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    ids = shown_ids(window.proxy)
    window.select_claim(ids[1])
    return window


def test_creating_a_claim_names_it_before_saying_claims_were_added(session, platform):
    heard = []
    session.claim_added.connect(lambda claim_id: heard.append(("added", claim_id)))
    session.claims_changed.connect(lambda: heard.append(("changed", None)))
    created = session.create_claim(Claim(title="Cashback missing", platform_id=platform.id,
                                         incident_at=T0, incident_zone="Europe/Paris"))
    assert heard == [("added", created.id), ("changed", None)]


def test_new_claim_is_inserted_as_one_row_in_sort_order_without_a_reset(by_title, folder,
                                                                        platform):
    window = by_title
    before, selected = shown_ids(window.proxy), selected_id(window)
    resets, layouts = QSignalSpy(window.proxy.modelReset), QSignalSpy(window.proxy.layoutChanged)
    inserted = QSignalSpy(window.proxy.rowsInserted)
    created = window.session.create_claim(Claim(
        title="Bonus wagering wrong", platform_id=platform.id, incident_at=T0,
        incident_zone="Europe/Paris"))
    assert (resets.count(), layouts.count(), inserted.count()) == (0, 0, 1)
    assert inserted.at(0)[1:] == [1, 1]  # "Bonus w…" sorts after "Bonus d…", before "Cash…"
    assert shown_ids(window.proxy) == [before[0], created.id, *before[1:]]
    assert selected_id(window) == selected  # the user's selection did not jump


def test_renamed_claim_moves_to_its_place_and_stays_selected(by_title):
    window = by_title
    claim_id = selected_id(window)
    resets, moves = QSignalSpy(window.proxy.modelReset), QSignalSpy(window.proxy.rowsMoved)
    window.session.update_claim(claim_id, title="Zero balance after the bonus")
    assert (resets.count(), moves.count()) == (0, 1)
    assert shown_ids(window.proxy)[-1] == claim_id
    assert selected_id(window) == claim_id
    assert window.table.currentIndex().data(ClaimIdRole) == claim_id


def test_renaming_a_platform_renames_its_rows_without_a_reset(by_title, platform):
    window = by_title
    resets = QSignalSpy(window.model.modelReset)
    window.session.update_platform(platform.id, name="Casino Soleil")
    assert resets.count() == 0
    names = {window.proxy.index(r, ClaimsTableModel.PLATFORM).data()
             for r in range(window.proxy.rowCount())}
    assert names == {"Casino Soleil"}


def test_bulk_change_rereads_the_list_and_keeps_order_and_selection(by_title, folder,
                                                                    platform):
    window = by_title
    selected = selected_id(window)
    add_claims(folder, platform, ["Account closed"])  # written outside the session
    window.session.claims_changed.emit()  # a change that does not say which claims
    ids = shown_ids(window.proxy)
    titles = [folder.claims.get(i).title.lower() for i in ids]
    assert len(ids) == 5 and titles == sorted(titles)
    assert selected_id(window) == selected
    assert window.current_claim_id() == selected


def test_search_filters_in_sort_order_and_keeps_the_selection(by_title, qtbot):
    window = by_title
    selected = selected_id(window)
    window.search.setText("bonus")  # hides the selected claim, which stays open
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert window.current_claim_id() == selected
    window.search.setText("")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 4)
    titles = [window.proxy.index(r, 0).data() for r in range(4)]
    assert titles == sorted(titles, key=str.lower)
    assert selected_id(window) == selected


def test_closing_a_claim_removes_its_one_row_from_the_open_claims(by_title):
    window = by_title
    claim_id = selected_id(window)
    removed, resets = QSignalSpy(window.proxy.rowsRemoved), QSignalSpy(window.proxy.modelReset)
    window.session.set_status(claim_id, Status.CLOSED)
    assert (removed.count(), resets.count()) == (1, 0)
    assert claim_id not in shown_ids(window.proxy) and window.proxy.rowCount() == 3


def test_a_new_minute_with_the_same_deadlines_moves_no_row(window, folder, claim, platform,
                                                         qtbot):
    add_claims(folder, platform, ["Cashback missing", "Free spins lost", "Deposit blocked"])
    window.claims_panel.reload()
    with qtbot.waitSignal(window.session.deadlines_changed, timeout=20_000):
        window.session.refresh_deadlines()
    order = shown_ids(window.proxy)
    window.select_claim(order[1])
    spies = [QSignalSpy(s) for s in (window.proxy.layoutChanged, window.proxy.rowsMoved,
                                     window.proxy.modelReset)]
    repainted = QSignalSpy(window.proxy.dataChanged)
    with qtbot.waitSignal(window.session.deadlines_changed, timeout=20_000):
        window.session.refresh_deadlines()
    assert [s.count() for s in spies] == [0, 0, 0]
    assert repainted.count() >= 1  # "in 3 h" is worded against the new minute
    assert shown_ids(window.proxy) == order and selected_id(window) == order[1]


# -- the proxy alone, against a plain sort --------------------------------------------------
def make_row(claim_id: int, title: str, status: Status) -> ClaimRow:
    return ClaimRow(Claim(title=title, platform_id=1, incident_at=T0,
                          incident_zone="Europe/Paris", status=status, id=claim_id,
                          created_at=T0 + timedelta(minutes=claim_id)), "Casino")


def expected_ids(model: ClaimsTableModel, column: int, descending: bool, status: str,
                 ids: set[int] | None) -> list[int]:
    """What the proxy must show: filter, then a stable sort of the model's rows."""
    def ok(row: ClaimRow) -> bool:
        if ids is not None and row.claim.id not in ids:
            return False
        return {"all": True, "open": row.claim.status.is_open,
                "closed": not row.claim.status.is_open}.get(status,
                                                             row.claim.status.value == status)
    rows = [r for r in model.rows() if ok(r)]
    rows.sort(key=lambda r: sort_key(r, column), reverse=descending)
    return [r.claim.id for r in rows]


@pytest.mark.parametrize("seed", range(4))
def test_proxy_matches_a_plain_sort_through_random_changes(qapp, seed):
    rnd = random.Random(seed)
    words = ["bonus", "cashback", "spins", "deposit"]  # few words: many equal titles
    model, proxy = ClaimsTableModel(), ClaimsFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([make_row(n, rnd.choice(words), rnd.choice(list(Status)))
                    for n in range(1, 40)])
    column, descending, status, ids = ClaimsTableModel.TITLE, False, "all", None
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    next_id = 40
    for _ in range(150):
        action = rnd.randrange(5)
        if action == 0:
            model.update_row(make_row(next_id, rnd.choice(words), rnd.choice(list(Status))))
            next_id += 1
        elif action == 1:
            row = rnd.choice(model.rows())
            model.update_row(make_row(row.claim.id, rnd.choice(words),
                                      rnd.choice(list(Status))))
        elif action == 2:
            status = rnd.choice(["all", "open", "closed", "draft", "escalated"])
            proxy.set_status_filter(status)
        elif action == 3:
            ids = None if rnd.random() < 0.3 else {
                r.claim.id for r in model.rows() if rnd.random() < 0.5}
            proxy.set_search_ids(ids)
        else:
            column, descending = rnd.randrange(4), rnd.random() < 0.5
            proxy.sort(column, Qt.SortOrder.DescendingOrder if descending
                       else Qt.SortOrder.AscendingOrder)
        assert shown_ids(proxy) == expected_ids(model, column, descending, status, ids)
        for p in range(proxy.rowCount()):  # both mappings agree
            source = proxy.mapToSource(proxy.index(p, 0))
            assert proxy.mapFromSource(source).row() == p


def test_proxy_keeps_a_selected_row_through_a_filter_change(qapp):
    from PySide6.QtCore import QPersistentModelIndex

    model, proxy = ClaimsTableModel(), ClaimsFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([make_row(n, f"claim {n}", Status.DRAFT) for n in range(1, 6)])
    proxy.sort(ClaimsTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    held = QPersistentModelIndex(proxy.index(3, 0))  # claim 2
    proxy.set_search_ids({2, 4})
    assert held.row() == 1 and held.data(ClaimIdRole) == 2
    proxy.set_search_ids({4})
    assert not held.isValid()  # filtered out: no longer points anywhere


# -- the deadline column before the deadlines are known ------------------------------------
def deadline_cell(window, claim_id: int, role=Qt.ItemDataRole.DisplayRole):
    row = window.model.row_of(claim_id)
    return window.model.index(row, ClaimsTableModel.DEADLINE).data(role)


def test_a_folder_is_listed_before_its_deadlines_which_say_not_known_until_they_come(
        qtbot, prefs, folder, claim, english, monkeypatch):
    from bonusdesk.ui.followup import deadline_watch
    from bonusdesk.ui.main_window import MainWindow

    release, real = threading.Event(), deadline_watch._open_deadlines

    def slow_listing(path, now):
        assert release.wait(10)
        return real(path, now)

    monkeypatch.setattr(deadline_watch, "_open_deadlines", slow_listing)
    window = MainWindow(prefs)
    window.tray = None
    qtbot.addWidget(window)
    window.show()
    window.set_folder(folder)
    try:
        assert window.model.rowCount() == 1  # listed without waiting for the deadlines
        assert deadline_cell(window, claim.id) == "…"  # not "—": that would say "none"
        assert deadline_cell(window, claim.id, Qt.ItemDataRole.ToolTipRole) == \
            "Working out the deadlines…"
        with qtbot.waitSignal(window.session.deadlines_changed, timeout=20_000):
            release.set()
        listed = [d for d in window.session.deadlines if d.claim_id == claim.id]
        assert listed, "the fixture's claim has an open deadline"
        assert deadline_cell(window, claim.id).startswith(deadline_kind_label(listed[0].kind))
    finally:
        release.set()
        window.quit()


def test_a_claim_created_after_the_listing_says_not_known_until_the_next_one(
        window, folder, platform, qtbot):
    qtbot.waitUntil(lambda: window.session.deadlines_known, timeout=20_000)
    created = window.session.create_claim(Claim(
        title="Cashback missing", platform_id=platform.id, incident_at=T0,
        incident_zone="Europe/Paris"))
    assert deadline_cell(window, created.id) == "…"
    with qtbot.waitSignal(window.session.deadlines_changed, timeout=20_000):
        pass  # the change asked for a listing
    assert deadline_cell(window, created.id) not in ("…", "")
