"""Deadlines in the window: claims list column, Deadlines tab, reminders; frozen clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bonusdesk.core.deadlines import STATE_COLOURS, DeadlineState
from bonusdesk.core.model import Claim, Status
from bonusdesk.ui.claims.claims_model import ClaimIdRole, ClaimsTableModel

# The claim fixture: incident 2026-11-20 20:15 UTC, platform window 24 h.
REPORT_DUE = datetime(2026, 11, 21, 20, 15, tzinfo=UTC)


def set_clock(qtbot, window, when: datetime) -> None:
    window.session.clock = lambda: when
    with qtbot.waitSignal(window.session.deadlines_changed, timeout=10000):
        window.session.refresh_deadlines()


def deadline_cell(window, claim_id: int):
    proxy = window.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ClaimIdRole) == claim_id:
            return proxy.index(r, ClaimsTableModel.DEADLINE)
    raise AssertionError("claim not listed")


def test_reporting_deadline_turns_overdue_as_the_clock_moves(claim, window, qtbot):
    set_clock(qtbot, window, datetime(2026, 11, 21, 10, 0, tzinfo=UTC))
    cell = deadline_cell(window, claim.id)
    assert cell.data() == "Report · in 10\u00a0h"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(
        STATE_COLOURS[DeadlineState.DUE_SOON])

    reminded = []
    window.session.reminders_due.connect(reminded.append)
    set_clock(qtbot, window, datetime(2026, 11, 22, 8, 15, tzinfo=UTC))
    cell = deadline_cell(window, claim.id)
    assert cell.data() == "Report · overdue by 12\u00a0h"
    # The reporting window passed: late (report anyway), not "missed".
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(
        STATE_COLOURS[DeadlineState.LATE])
    assert [d.state for d in reminded[0]] == [DeadlineState.LATE]

    # Reminded once per state: the next tick says nothing new.
    set_clock(qtbot, window, datetime(2026, 11, 22, 8, 16, tzinfo=UTC))
    assert len(reminded) == 1


def test_deadlines_tab_shows_states_and_reporting_meets_the_deadline(claim, window, qtbot):
    window.session.clock = lambda: datetime(2026, 11, 22, 8, 15, tzinfo=UTC)
    window.select_claim(claim.id)
    tab = window.claim_view.deadlines
    window.claim_view.tabs.setCurrentWidget(tab)
    assert tab.states() == {f"claim:{claim.id}:reporting": "late"}
    assert tab.model.item(0, 0).text() == "Late: report anyway, say why"
    assert tab.model.item(0, 1).text() == (
        "Report the problem to support (within 24\u00a0h of the incident)")  # the window, as data
    assert tab.model.item(0, 2).text() == "21/11/2026 21:15"  # Paris: the zone is not named

    # A change made through the session reaches the visible tab by itself.
    window.session.set_status(claim.id, Status.REPORTED,
                              at=datetime(2026, 11, 21, 19, 0, tzinfo=UTC))
    assert tab.states()[f"claim:{claim.id}:reporting"] == "met"


def test_claims_list_puts_the_most_urgent_claim_first(claim, folder, platform, window, qtbot):
    later = folder.claims.create(Claim(
        title="Later one", platform_id=platform.id,
        incident_at=datetime(2026, 11, 21, 18, 0, tzinfo=UTC), incident_zone="Europe/Paris"))
    window.claims_panel.reload()
    set_clock(qtbot, window, datetime(2026, 11, 21, 12, 0, tzinfo=UTC))
    order = [window.proxy.index(r, 0).data(ClaimIdRole) for r in range(window.proxy.rowCount())]
    assert order == [claim.id, later.id]


def test_deadlines_tab_fits_a_1024_px_window_by_wrapping_what_is_due(claim, window, qtbot):
    window.resize(1024, 700)
    window.session.clock = lambda: datetime(2026, 11, 22, 8, 15, tzinfo=UTC)
    window.select_claim(claim.id)
    tab = window.claim_view.deadlines
    window.claim_view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view.viewport().width() > 0)
    for _ in range(2):  # after a reload too (the model drops its columns)
        view = tab.view
        # Who must act (the last column) stays in view: nothing to scroll sideways to.
        qtbot.waitUntil(lambda v=view: v.horizontalScrollBar().maximum() == 0)
        assert view.visualRect(tab.model.index(0, 4)).right() <= view.viewport().width()
        # What is due wraps onto a second line rather than being cut with "…".
        qtbot.waitUntil(lambda v=view: v.visualRect(tab.model.index(0, 1)).height()
                        > v.fontMetrics().height() * 1.5)
        window.session.set_status(claim.id, Status.REPORTED,
                                  at=datetime(2026, 11, 21, 19, 0, tzinfo=UTC))
def test_the_operators_clock_says_when_escalation_becomes_possible(folder, claim, window,
                                                                   qtbot):
    from bonusdesk.core.model import Channel, Contact, Direction

    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
                                zone="Europe/Paris", direction=Direction.SENT))
    window.session.clock = lambda: datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    window.select_claim(claim.id)
    tab = window.claim_view.deadlines
    window.claim_view.tabs.setCurrentWidget(tab)
    words = tab.state_texts()
    # UK: 8 weeks for the operator's final response, counted from the complaint.
    assert words[f"claim:{claim.id}:escalation:uk-operator.final_response"] == (
        "Not yet: escalation possible from 16/01/2027")
    assert words[f"claim:{claim.id}:reporting"] == "Done on 21/11/2026"


def test_a_clock_that_needs_a_written_complaint_says_so(folder, claim, window):
    from bonusdesk.core.model import Channel, Contact, Direction, PlatformKind

    folder.claims.update_platform(claim.platform_id, regulator="ANJ",
                                  kind=PlatformKind.SPORTSBOOK)
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.CHAT,
                                at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
                                zone="Europe/Paris", direction=Direction.SENT))
    window.session.clock = lambda: datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    window.select_claim(claim.id)
    tab = window.claim_view.deadlines
    window.claim_view.tabs.setCurrentWidget(tab)
    key = f"claim:{claim.id}:escalation:fr-mediateur-jeux.opens"
    assert tab.states()[key] == "needs_written"
    assert tab.state_texts()[key] == "Needs a written complaint"
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.item(r, 0).data(Qt.ItemDataRole.UserRole) == key)
    assert tab.model.item(row, 2).text().endswith("(if you write now)")
