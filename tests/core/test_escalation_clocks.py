"""Clocks of each recipient, counted in the claim's zone across DST, and the
written/oral distinction. The clock is frozen: every call gets ``now``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core.deadlines import DeadlineKind, DeadlineState, claim_deadlines
from bonusdesk.core.escalations import add_escalation, update_escalation
from bonusdesk.core.model import (
    Channel,
    Claim,
    Contact,
    Direction,
    Escalation,
    Platform,
    PlatformKind,
)

PARIS = "Europe/Paris"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def claim_on(folder, regulator: str, adr: str = "", kind=PlatformKind.SPORTSBOOK) -> Claim:
    platform = folder.claims.add_platform(Platform(f"P {regulator} {adr}", kind=kind,
                                                   window_hours=72, regulator=regulator,
                                                   adr=adr))
    return folder.claims.create(Claim("c", platform.id, utc(2026, 2, 27, 9, 0), PARIS))


def clocks(folder, claim, now) -> dict:
    return {d.rule: d for d in claim_deadlines(folder, claim, now)
            if d.kind is DeadlineKind.ESCALATION}


def send(folder, claim, at, channel=Channel.EMAIL, **extra):
    return folder.contacts.add(Contact(claim.id, channel, at, PARIS, Direction.SENT, **extra))


def receive(folder, claim, at, channel=Channel.EMAIL, **extra):
    return folder.contacts.add(Contact(claim.id, channel, at, PARIS, Direction.RECEIVED,
                                       **extra))


# -- France: the mediator's door ------------------------------------------------------

def test_anj_mediator_opens_20_days_after_the_written_complaint_across_dst(folder):
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))  # e-mail, 10:00 CET
    found = clocks(folder, claim, utc(2026, 3, 11))
    opens = found["fr-mediateur-jeux.opens"]
    assert opens.due_at == utc(2026, 3, 30, 8, 0)  # 10:00 CEST, after the spring change
    assert (opens.state, opens.party, opens.role) == (DeadlineState.UPCOMING, "operator",
                                                      "opens")
    limit = found["fr-mediateur-jeux.limit"]
    assert limit.due_at == utc(2027, 3, 10, 9, 0) and limit.party == "you"


def test_a_holding_reply_does_not_close_the_anj_mediator_door(folder):
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))
    receive(folder, claim, utc(2026, 3, 11, 9, 0), Channel.CHAT,
            summary="We are looking into it")
    opens = clocks(folder, claim, utc(2026, 4, 1))["fr-mediateur-jeux.opens"]
    # Today's bug: any message marked it "met", hiding the player's right.
    assert opens.state is DeadlineState.OVERDUE  # the operator ran out: you may refer now
    assert opens.done_at is None


def test_an_unsatisfactory_final_answer_opens_the_mediator_at_once(folder):
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))
    receive(folder, claim, utc(2026, 3, 12, 9, 0), final_response=True, summary="Refused")
    opens = clocks(folder, claim, utc(2026, 3, 13))["fr-mediateur-jeux.opens"]
    assert (opens.state, opens.done_at) == (DeadlineState.MET, utc(2026, 3, 12, 9, 0))


def test_only_oral_contacts_say_a_written_complaint_is_needed(folder):
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0), Channel.CHAT)
    send(folder, claim, utc(2026, 3, 11, 9, 0), Channel.PHONE)
    now = utc(2026, 3, 12, 9, 0)
    found = clocks(folder, claim, now)
    for key in ("fr-mediateur-jeux.opens", "fr-mediateur-jeux.limit"):
        assert found[key].state is DeadlineState.NEEDS_WRITTEN
        assert found[key].started_at is None
        assert found[key].state.is_open and not found[key].state.is_dated
    assert found["fr-mediateur-jeux.opens"].due_at == utc(2026, 4, 1, 8, 0)  # if written now
    send(folder, claim, utc(2026, 3, 13, 9, 0), Channel.LETTER)
    found = clocks(folder, claim, utc(2026, 3, 14))
    assert found["fr-mediateur-jeux.opens"].started_at == utc(2026, 3, 13, 9, 0)
    assert found["fr-mediateur-jeux.opens"].state is DeadlineState.UPCOMING


def test_a_chat_said_to_be_written_and_a_written_report_count(folder):
    claim = claim_on(folder, "ANJ")
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 3, 10, 9, 0))
    assert clocks(folder, claim, utc(2026, 3, 11))["fr-mediateur-jeux.opens"].state is \
        DeadlineState.NEEDS_WRITTEN  # a report not said to be written
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 3, 12, 9, 0), written=True)
    opens = clocks(folder, claim, utc(2026, 3, 13))["fr-mediateur-jeux.opens"]
    assert opens.started_at == utc(2026, 3, 12, 9, 0)


def test_referring_meets_the_one_year_limit(folder):
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))
    add_escalation(folder, Escalation(claim.id, "fr-mediateur-jeux", utc(2026, 4, 2, 9, 0),
                                      PARIS))
    limit = clocks(folder, claim, utc(2027, 6, 1))["fr-mediateur-jeux.limit"]
    assert (limit.state, limit.done_at) == (DeadlineState.MET, utc(2026, 4, 2, 9, 0))


# -- United Kingdom -------------------------------------------------------------------

def test_uk_complaints_are_accepted_for_six_months(folder):
    claim = claim_on(folder, "Gambling Commission")
    d = clocks(folder, claim, utc(2026, 3, 1))["uk-operator.complain_within"]
    assert d.due_at == utc(2026, 8, 27, 8, 0)  # 10:00 CEST, six months after 10:00 CET
    assert d.party == "you"


def test_uk_ibas_opens_after_8_weeks_and_its_own_clock_starts_at_referral(folder):
    claim = claim_on(folder, "UKGC", adr="uk-ibas")
    send(folder, claim, utc(2026, 9, 1, 8, 0))  # 10:00 CEST
    found = clocks(folder, claim, utc(2026, 9, 2))
    assert found["uk-ibas.opens"].due_at == utc(2026, 10, 27, 9, 0)  # 10:00 CET
    assert "uk-ibas.decision" not in {k.split("@")[0] for k in found}
    escalation = add_escalation(folder, Escalation(claim.id, "uk-ibas", utc(2026, 11, 2, 9, 0),
                                                   PARIS, case_number="IB-1"))
    decision = clocks(folder, claim, utc(2026, 11, 3))[f"uk-ibas.decision@{escalation.id}"]
    assert (decision.due_at, decision.party) == (utc(2027, 1, 31, 9, 0), "body")
    update_escalation(folder, escalation.id, status="upheld")
    decision = clocks(folder, claim, utc(2027, 2, 1))[f"uk-ibas.decision@{escalation.id}"]
    assert decision.state is DeadlineState.MET


# -- eCOGRA: one year from the end of the operator's procedure ---------------------------

def test_ecogra_year_runs_from_the_final_response(folder):
    claim = claim_on(folder, "UKGC", adr="ecogra")
    send(folder, claim, utc(2026, 3, 2, 9, 0))
    assert "ecogra.limit" not in clocks(folder, claim, utc(2026, 3, 3))
    receive(folder, claim, utc(2026, 3, 20, 15, 0), final_response=True)
    limit = clocks(folder, claim, utc(2026, 3, 21))["ecogra.limit"]
    assert (limit.due_at, limit.basis) == (utc(2027, 3, 20, 15, 0), "")


def test_ecogra_without_any_answer_proposes_the_operators_deadline(folder):
    claim = claim_on(folder, "UKGC", adr="ecogra")
    send(folder, claim, utc(2026, 9, 1, 8, 0))  # 10:00 CEST; 8 weeks end 10:00 CET
    assert "ecogra.limit" not in clocks(folder, claim, utc(2026, 10, 1))  # still running
    limit = clocks(folder, claim, utc(2026, 11, 1))["ecogra.limit"]
    assert limit.started_at == utc(2026, 10, 27, 9, 0)
    assert limit.basis == "proposed"
    # 10:00 local again a year on, which is still summer time in 2027 (ends 31 October).
    assert limit.due_at == utc(2027, 10, 27, 8, 0)


# -- Malta: the ADR named in the terms ------------------------------------------------

def test_malta_has_no_adr_clock_until_the_terms_name_one(folder):
    claim = claim_on(folder, "MGA")
    send(folder, claim, utc(2026, 3, 2, 9, 0))
    assert clocks(folder, claim, utc(2026, 3, 3)) == {}
    folder.claims.update_platform(claim.platform_id, adr="ecogra")
    found = clocks(folder, claim, utc(2026, 3, 3))
    assert set(found) == {"ecogra.opens"}
    assert found["ecogra.opens"].due_at == utc(2026, 4, 27, 8, 0)


# -- Curaçao -------------------------------------------------------------------------

def test_curacao_acknowledge_in_a_week_decide_in_four_extendable_to_eight(folder):
    claim = claim_on(folder, "Curaçao Gaming Authority")
    send(folder, claim, utc(2026, 3, 20, 11, 0))  # 12:00 CET
    found = clocks(folder, claim, utc(2026, 3, 21))
    assert found["cw-cga.acknowledge"].due_at == utc(2026, 3, 27, 11, 0)
    assert found["cw-cga.decision"].due_at == utc(2026, 4, 17, 10, 0)  # 12:00 CEST
    assert found["cw-cga.decision_extended"].due_at == utc(2026, 5, 15, 10, 0)
    assert found["cw-adr.opens"].due_at == utc(2026, 4, 17, 10, 0)
    assert found["cw-cga.complain_within"].due_at == utc(2026, 8, 27, 8, 0)
    receive(folder, claim, utc(2026, 3, 23, 11, 0), summary="Received, we will reply")
    found = clocks(folder, claim, utc(2026, 4, 20))
    assert found["cw-cga.acknowledge"].state is DeadlineState.MET
    assert found["cw-cga.decision"].state is DeadlineState.OVERDUE  # a holding reply is not it


# -- Sweden and the Netherlands ---------------------------------------------------------

def test_arn_within_a_year_of_the_first_complaint(folder):
    claim = claim_on(folder, "Spelinspektionen")
    send(folder, claim, utc(2026, 10, 30, 9, 0), Channel.CHAT)  # oral counts for ARN
    limit = clocks(folder, claim, utc(2026, 11, 1))["se-arn.limit"]
    assert limit.due_at == utc(2027, 10, 30, 8, 0)  # same local time, summer again
    add_escalation(folder, Escalation(claim.id, "se-arn", utc(2027, 1, 5, 9, 0), PARIS))
    assert clocks(folder, claim, utc(2027, 2, 1))["se-arn.limit"].state is DeadlineState.MET


def test_netherlands_regulator_only_records_reports_no_clock(folder):
    claim = claim_on(folder, "Kansspelautoriteit")
    send(folder, claim, utc(2026, 3, 2, 9, 0))
    assert clocks(folder, claim, utc(2026, 3, 3)) == {}


@pytest.mark.parametrize("regulator", ["Isle of Man", ""])
def test_unknown_or_empty_regulator_gives_no_escalation_clock(folder, regulator):
    claim = claim_on(folder, regulator)
    send(folder, claim, utc(2026, 3, 2, 9, 0))
    assert clocks(folder, claim, utc(2026, 3, 3)) == {}


def test_after_referring_the_open_door_is_no_longer_a_step_to_take(folder):
    # "No answer: you may refer since ..." stayed overdue forever after the referral.
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))
    found = clocks(folder, claim, utc(2026, 4, 20))
    assert found["fr-mediateur-jeux.opens"].state is DeadlineState.OVERDUE
    add_escalation(folder, Escalation(claim.id, "fr-mediateur-jeux", utc(2026, 4, 21, 9, 0),
                                      PARIS))
    found = clocks(folder, claim, utc(2026, 4, 22))
    assert "fr-mediateur-jeux.opens" not in found
    assert found["fr-mediateur-jeux.limit"].state is DeadlineState.MET  # the rest stays


def test_referring_early_keeps_the_date_the_door_was_due_to_open(folder):
    from bonusdesk.core.readiness import readiness

    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))
    add_escalation(folder, Escalation(claim.id, "fr-mediateur-jeux", utc(2026, 3, 20, 9, 0),
                                      PARIS))
    assert "fr-mediateur-jeux.opens" not in clocks(folder, claim, utc(2026, 3, 21))
    ready = readiness(folder, claim.id, "fr-mediateur-jeux", now=utc(2026, 3, 21))
    assert ready.opens_at == utc(2026, 3, 30, 8, 0)


def test_a_referral_to_another_body_leaves_this_door_listed(folder):
    claim = claim_on(folder, "ANJ")
    send(folder, claim, utc(2026, 3, 10, 9, 0))
    add_escalation(folder, Escalation(claim.id, "forum", utc(2026, 4, 21, 9, 0), PARIS))
    assert "fr-mediateur-jeux.opens" in clocks(folder, claim, utc(2026, 4, 22))
