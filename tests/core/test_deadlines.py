"""Deadline engine: each kind of deadline, its states, and how recorded actions change them.

The clock is frozen: every call gets ``now`` explicitly. The ``claim`` fixture's
incident is Friday 2026-11-20 21:15 Paris (20:15 UTC) on a platform with a 24 h window.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bonusdesk.core.deadlines import (
    DeadlineKind,
    DeadlineState,
    claim_deadlines,
    format_relative,
    list_deadlines,
    next_deadline,
    next_deadlines,
    relative_parts,
    state_of,
    urgency_key,
)
from bonusdesk.core.model import Channel, Claim, Contact, Direction, Platform
from bonusdesk.core.timeutil import format_local

PARIS = "Europe/Paris"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def by_key(deadlines) -> dict:
    return {d.key.split(":", 2)[2]: d for d in deadlines}


def contact(folder, claim, at, direction, **extra):
    return folder.contacts.add(Contact(claim.id, Channel.EMAIL, at, PARIS, direction, **extra))


# -- acceptance ---------------------------------------------------------------

def test_reporting_deadline_24h_window_in_the_users_zone(folder, claim):
    now = utc(2026, 11, 21, 9, 0)
    reporting = by_key(claim_deadlines(folder, claim, now))["reporting"]
    assert reporting.due_at == utc(2026, 11, 21, 20, 15)
    assert reporting.zone == PARIS
    assert format_local(reporting.due_at, reporting.zone) == \
        "2026-11-21 21:15 Europe/Paris (UTC+01:00)"
    assert reporting.state is DeadlineState.DUE_SOON
    assert reporting.party == "you"
    assert next_deadline(folder, claim, now) == reporting
    assert format_relative(reporting.due_at, now) == "in 11 h"


def test_reporting_window_passing_is_late_not_missed_then_met_once_reported_in_time(
        folder, claim):
    late = utc(2026, 11, 21, 20, 16)
    reporting = by_key(claim_deadlines(folder, claim, late))["reporting"]
    # The platform's window is its wish, not a bar: report anyway and say why.
    assert reporting.state is DeadlineState.LATE
    assert reporting.state.is_open
    assert format_relative(utc(2026, 11, 21, 20, 15), utc(2026, 11, 23, 21, 0)) == \
        "overdue by 2 d"
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 19, 0), zone=PARIS)
    reporting = by_key(claim_deadlines(folder, claim, late))["reporting"]
    assert reporting.state is DeadlineState.MET
    assert reporting.done_at == utc(2026, 11, 21, 19, 0)


def test_reporting_recorded_exactly_at_the_deadline_is_met(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 20, 15))
    assert by_key(claim_deadlines(folder, claim, utc(2026, 12, 1)))["reporting"].state is \
        DeadlineState.MET


def test_reporting_recorded_after_the_window_is_done_late_not_missed(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 20, 16))
    assert by_key(claim_deadlines(folder, claim, utc(2026, 11, 22)))["reporting"].state is \
        DeadlineState.DONE_LATE


def test_reporting_window_states_before_the_deadline(folder, claim):
    deadlines = lambda now: by_key(claim_deadlines(folder, claim, now))  # noqa: E731
    folder.claims.update(claim.id, window_hours=72)  # the claim's own window
    assert deadlines(utc(2026, 11, 21))["reporting"].due_at == utc(2026, 11, 23, 20, 15)
    assert deadlines(utc(2026, 11, 21))["reporting"].state is DeadlineState.UPCOMING
    assert deadlines(utc(2026, 11, 22, 20, 16))["reporting"].state is DeadlineState.DUE_SOON


def test_skipping_reported_status_still_counts_as_reported(folder, claim):
    folder.claims.set_status(claim.id, "acknowledged", at=utc(2026, 11, 21, 10, 0))
    assert by_key(claim_deadlines(folder, claim, utc(2026, 11, 22)))["reporting"].state is \
        DeadlineState.MET


def test_closing_a_claim_drops_deadlines_not_run_out_and_misses_the_others(folder, claim):
    folder.claims.set_status(claim.id, "closed", at=utc(2026, 11, 21, 8, 0))
    assert claim_deadlines(folder, claim, utc(2026, 11, 22)) == []
    folder.claims.set_status(claim.id, "draft", at=utc(2026, 11, 21, 9, 0))
    folder.claims.set_status(claim.id, "closed", at=utc(2026, 11, 25, 9, 0))
    [reporting] = claim_deadlines(folder, claim, utc(2026, 11, 26))
    assert reporting.state is DeadlineState.MISSED


# -- follow-up ----------------------------------------------------------------

def test_follow_up_after_three_working_days_without_answer(folder, claim):
    # Reported Friday 10:00 Paris: follow up on Wednesday 10:00.
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 20, 9, 0))
    follow = lambda now: by_key(claim_deadlines(folder, claim, now))["follow_up"]  # noqa: E731
    assert follow(utc(2026, 11, 23)).due_at == utc(2026, 11, 25, 9, 0)
    assert follow(utc(2026, 11, 23)).state is DeadlineState.UPCOMING
    assert follow(utc(2026, 11, 24, 10, 0)).state is DeadlineState.DUE_SOON
    assert follow(utc(2026, 11, 25, 9, 1)).state is DeadlineState.OVERDUE
    contact(folder, claim, utc(2026, 11, 24, 15, 0), Direction.RECEIVED)
    assert follow(utc(2026, 11, 26)).state is DeadlineState.MET


def test_follow_up_clock_restarts_when_you_write_again(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 20, 9, 0))
    contact(folder, claim, utc(2026, 11, 26, 9, 0), Direction.SENT)  # Thursday: you chased
    follow = by_key(claim_deadlines(folder, claim, utc(2026, 11, 26, 12, 0)))["follow_up"]
    assert follow.started_at == utc(2026, 11, 26, 9, 0)
    assert follow.due_at == utc(2026, 12, 1, 9, 0)  # Tuesday
    assert follow.state is DeadlineState.UPCOMING


def test_follow_up_days_can_be_changed_and_acknowledgement_restarts_it(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 20, 9, 0))
    folder.claims.set_status(claim.id, "acknowledged", at=utc(2026, 11, 23, 9, 0))
    follow = by_key(claim_deadlines(folder, claim, utc(2026, 11, 23, 10, 0),
                                    follow_up_days=5))["follow_up"]
    assert follow.due_at == utc(2026, 11, 30, 9, 0)


def test_no_follow_up_before_reporting(folder, claim):
    assert "follow_up" not in by_key(claim_deadlines(folder, claim, utc(2026, 11, 21)))


def test_follow_up_met_when_the_operator_moves_the_claim(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 20, 9, 0))
    folder.claims.set_status(claim.id, "in_progress", at=utc(2026, 11, 23, 9, 0))
    assert by_key(claim_deadlines(folder, claim, utc(2026, 11, 30)))["follow_up"].state is \
        DeadlineState.MET


# -- information requested -------------------------------------------------------

def test_info_requested_defaults_to_48_hours(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 20, 9, 0))
    folder.claims.set_status(claim.id, "info_requested", at=utc(2026, 11, 23, 9, 0))
    info = by_key(claim_deadlines(folder, claim, utc(2026, 11, 24, 10, 0)))["info_requested"]
    assert info.due_at == utc(2026, 11, 25, 9, 0)
    assert info.state is DeadlineState.DUE_SOON
    contact(folder, claim, utc(2026, 11, 24, 18, 0), Direction.SENT)
    info = by_key(claim_deadlines(folder, claim, utc(2026, 11, 26)))["info_requested"]
    assert info.state is DeadlineState.MET


def test_info_requested_uses_the_due_date_the_user_set(folder, claim):
    folder.claims.set_status(claim.id, "info_requested", at=utc(2026, 11, 23, 9, 0))
    folder.claims.update(claim.id, info_due_at="2026-11-30T12:00")  # Paris time
    info = by_key(claim_deadlines(folder, claim, utc(2026, 11, 26)))["info_requested"]
    assert info.due_at == utc(2026, 11, 30, 11, 0)
    assert info.state is DeadlineState.UPCOMING
    assert by_key(claim_deadlines(folder, claim, utc(2026, 12, 1)))["info_requested"].state \
        is DeadlineState.OVERDUE


def test_a_due_date_set_for_an_earlier_request_is_not_reused(folder, claim):
    folder.claims.update(claim.id, info_due_at="2026-11-22T12:00")
    folder.claims.set_status(claim.id, "info_requested", at=utc(2026, 11, 25, 9, 0))
    info = by_key(claim_deadlines(folder, claim, utc(2026, 11, 25, 10)))["info_requested"]
    assert info.due_at == utc(2026, 11, 27, 9, 0)


# -- promised actions ------------------------------------------------------------

def test_operator_promise_is_an_operator_deadline_met_by_a_resolution(folder, claim):
    promise = contact(folder, claim, utc(2026, 11, 23, 9, 0), Direction.RECEIVED,
                      promised_action="refund within 5 days",
                      promised_due_at=utc(2026, 11, 28, 9, 0))
    d = by_key(claim_deadlines(folder, claim, utc(2026, 11, 29)))[f"promise:{promise.id}"]
    assert (d.kind, d.party, d.state) == (DeadlineKind.PROMISE, "operator",
                                          DeadlineState.OVERDUE)
    assert d.label == "Promised: refund within 5 days" and d.contact_id == promise.id
    folder.claims.set_status(claim.id, "resolved_accepted", at=utc(2026, 11, 27, 9, 0))
    d = by_key(claim_deadlines(folder, claim, utc(2026, 11, 29)))[f"promise:{promise.id}"]
    assert d.state is DeadlineState.MET


def test_your_own_promise_is_met_by_a_message_you_send(folder, claim):
    promise = contact(folder, claim, utc(2026, 11, 23, 9, 0), Direction.SENT,
                      promised_action="send bank statement",
                      promised_due_at=utc(2026, 11, 25, 9, 0))
    key = f"promise:{promise.id}"
    assert by_key(claim_deadlines(folder, claim, utc(2026, 11, 24, 10)))[key].state is \
        DeadlineState.DUE_SOON
    contact(folder, claim, utc(2026, 11, 24, 16, 0), Direction.SENT)
    assert by_key(claim_deadlines(folder, claim, utc(2026, 11, 26)))[key].state is \
        DeadlineState.MET


# -- escalation clocks (more in test_escalation_clocks.py) -------------------------

def claim_on(folder, regulator: str, zone: str = "") -> Claim:
    platform = folder.claims.add_platform(Platform(f"P {regulator}", window_hours=24,
                                                   regulator=regulator, zone=zone))
    return folder.claims.create(Claim("c", platform.id, utc(2026, 2, 27, 9, 0), PARIS))


def escalations(folder, claim, now) -> dict:
    return {d.rule: d for d in claim_deadlines(folder, claim, now)
            if d.kind is DeadlineKind.ESCALATION}


def test_uk_operator_has_8_weeks_from_the_complaint_across_dst(folder):
    claim = claim_on(folder, "UKGC")
    assert "uk-operator.final_response" not in escalations(folder, claim, utc(2026, 3, 1))
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 3, 2, 9, 0))  # 10:00 CET
    d = escalations(folder, claim, utc(2026, 3, 3))["uk-operator.final_response"]
    assert d.due_at == utc(2026, 4, 27, 8, 0)  # 10:00 CEST
    assert (d.party, d.state, d.role) == ("operator", DeadlineState.UPCOMING, "reply")
    assert escalations(folder, claim, utc(2026, 4, 27, 8, 1))[
        "uk-operator.final_response"].state is DeadlineState.OVERDUE
    folder.claims.set_status(claim.id, "resolved_rejected", at=utc(2026, 4, 20, 9, 0))
    assert escalations(folder, claim, utc(2026, 5, 1))[
        "uk-operator.final_response"].state is DeadlineState.MET


def test_forum_style_ten_working_days(folder):
    claim = claim_on(folder, "Casino Guru")
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 3, 4, 9, 0))  # Wednesday
    d = escalations(folder, claim, utc(2026, 3, 5))["forum.operator_reply"]
    assert d.due_at == utc(2026, 3, 18, 9, 0)  # Wednesday two weeks later


def test_unknown_regulator_gives_no_placeholder_clock(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 9, 0))
    assert escalations(folder, claim, utc(2026, 11, 22)) == {}


def test_platform_zone_is_the_zone_of_the_rules(folder):
    # Reported Friday 23:30 UTC: already Saturday in Paris, still Friday in New York.
    paris_claim = claim_on(folder, "Casino Guru")
    ny_claim = claim_on(folder, "forum", zone="America/New_York")
    for c in (paris_claim, ny_claim):
        folder.claims.set_status(c.id, "reported", at=utc(2026, 11, 20, 23, 30))
    paris_follow = by_key(claim_deadlines(folder, paris_claim, utc(2026, 11, 21)))["follow_up"]
    ny_follow = by_key(claim_deadlines(folder, ny_claim, utc(2026, 11, 21)))["follow_up"]
    assert paris_follow.zone == PARIS and ny_follow.zone == "America/New_York"
    assert paris_follow.due_at == utc(2026, 11, 24, 23, 30)  # Wednesday 00:30 Paris
    assert ny_follow.due_at == utc(2026, 11, 25, 23, 30)  # Wednesday 18:30 New York


# -- lists, urgency and display --------------------------------------------------

def test_deadlines_across_claims_most_urgent_first(folder, claim, platform):
    other = folder.claims.create(Claim("second", platform.id, utc(2026, 11, 19, 8, 0), PARIS))
    third = folder.claims.create(Claim("third", platform.id, utc(2026, 11, 21, 8, 0), PARIS))
    folder.claims.update(third.id, window_hours=96)
    now = utc(2026, 11, 21, 9, 0)
    listed = list_deadlines(folder, now)
    assert [(d.claim_id, d.state) for d in listed] == [
        (other.id, DeadlineState.LATE),
        (claim.id, DeadlineState.DUE_SOON),
        (third.id, DeadlineState.UPCOMING),
    ]
    assert [d.claim_id for d in list_deadlines(folder, now, claim_id=third.id)] == [third.id]
    folder.claims.set_status(other.id, "reported", at=utc(2026, 11, 19, 9, 0))
    listed = list_deadlines(folder, now, open_only=True)
    assert all(d.state.is_open for d in listed)
    assert listed[0].key == f"claim:{claim.id}:reporting"
    assert sorted([None, listed[0]], key=urgency_key) == [listed[0], None]


def test_next_deadline_is_none_when_nothing_is_open(folder, claim):
    folder.claims.set_status(claim.id, "resolved_accepted", at=utc(2026, 11, 21, 9, 0))
    assert next_deadline(folder, claim.id, utc(2026, 11, 21, 10, 0)) is None


@pytest.mark.parametrize(("delta", "text"), [
    (timedelta(hours=5, minutes=59), "in 5 h"),
    (timedelta(minutes=30), "in 30 min"),
    (timedelta(seconds=20), "due now"),
    (timedelta(hours=47), "in 47 h"),
    (timedelta(days=3, hours=1), "in 3 d"),
    (-timedelta(hours=2, minutes=10), "overdue by 2 h"),
    (-timedelta(days=2, hours=3), "overdue by 2 d"),
])
def test_relative_time_text(delta, text):
    now = utc(2026, 11, 21, 12, 0)
    assert format_relative(now + delta, now) == text


def test_relative_time_goes_through_the_translate_function():
    french = {"in {n} h": "dans {n} h", "overdue by {n} d": "en retard de {n} j"}
    now = utc(2026, 11, 21, 12, 0)
    assert format_relative(now + timedelta(hours=5), now, french.get) == "dans 5 h"
    assert format_relative(now - timedelta(days=4), now, french.get) == "en retard de 4 j"
    parts = relative_parts(now - timedelta(days=4), now)
    assert (parts.direction, parts.amount, parts.unit) == ("overdue", 4, "d")


def test_state_of_due_soon_threshold_is_configurable():
    due = utc(2026, 11, 21, 12, 0)
    assert state_of(due, None, due - timedelta(hours=30)) is DeadlineState.UPCOMING
    assert state_of(due, None, due - timedelta(hours=30), soon=timedelta(hours=48)) is \
        DeadlineState.DUE_SOON
    assert state_of(due, None, due) is DeadlineState.DUE_SOON
    assert state_of(due, None, due + timedelta(seconds=1)) is DeadlineState.OVERDUE


def test_next_deadlines_gives_each_claims_most_urgent_open_one(folder, claim, platform):
    other = folder.claims.create(Claim("second", platform.id, utc(2026, 11, 19, 8, 0), PARIS))
    done = folder.claims.create(Claim("done", platform.id, utc(2026, 11, 19, 8, 0), PARIS))
    folder.claims.set_status(done.id, "closed", at=utc(2026, 11, 19, 9, 0))
    now = utc(2026, 11, 21, 9, 0)
    found = next_deadlines(folder, now)
    assert set(found) == {claim.id, other.id}
    assert found[claim.id] == next_deadline(folder, claim, now)
    assert found[other.id].state is DeadlineState.LATE
