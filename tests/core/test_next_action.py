"""The claim's header line: what to do next and by when, from deadlines, status, evidence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bonusdesk.core.model import Channel, Claim, Contact, Direction, PlatformKind, Status
from bonusdesk.core.next_action import ACTION_KEYS, action_text, next_action
from bonusdesk.core.status_flow import record_status
from tests.factories import png_bytes

# The claim fixture: incident 20 Nov 2026 20:15 UTC (21:15 Paris), window 24 h.
SOON = datetime(2026, 11, 20, 22, 0, tzinfo=UTC)
REPORTED_AT = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # Saturday


def _screenshot(folder, claim):
    folder.evidence.add_bytes(claim.id, png_bytes(), "erreur.png")


def _report(folder, claim, channel=Channel.CONTACT_FORM, at=REPORTED_AT):
    record_status(folder, claim.id, Status.REPORTED, contact=Contact(
        claim.id, channel, at, "Europe/Paris", reference="T-1", summary="Report"))


def test_a_fresh_claim_asks_for_a_screenshot_then_the_report_by_the_window(folder, claim):
    action = next_action(folder, claim.id, SOON)
    assert action.key == "capture_then_report" and action.missing == ["screenshot"]
    assert action.due_at == datetime(2026, 11, 21, 20, 15, tzinfo=UTC)
    assert action.urgency == "soon" and action.deadline_key == f"claim:{claim.id}:reporting"
    assert action_text(action, "en", "Europe/Paris", SOON) == (
        "Take a screenshot of the error or of your account, then report the problem to "
        "Casino Étoile in writing before Sat 21 Nov 21:15")


def test_without_a_description_it_asks_for_one(folder, platform):
    bare = folder.claims.create(Claim("Bonus", platform.id, datetime(
        2026, 11, 20, 20, 15, tzinfo=UTC), "Europe/Paris"))
    _screenshot(folder, bare)
    assert next_action(folder, bare.id, SOON).key == "describe_then_report"


def test_with_evidence_it_says_report_and_after_the_window_report_anyway(folder, claim):
    _screenshot(folder, claim)
    assert next_action(folder, claim.id, SOON).key == "report"
    late = next_action(folder, claim.id, SOON + timedelta(days=3))
    assert (late.key, late.urgency) == ("report_late", "overdue")
    assert "anyway" in action_text(late, "en")
    assert "par écrit maintenant\u202f: le délai" in action_text(late, "fr")  # no lone colon


def test_after_a_written_report_wait_then_follow_up(folder, claim):
    _screenshot(folder, claim)
    _report(folder, claim)
    waiting = next_action(folder, claim.id, REPORTED_AT + timedelta(hours=2))
    assert waiting.key == "wait"
    assert waiting.due_at == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 3 working days
    silent = next_action(folder, claim.id, datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    assert (silent.key, silent.urgency) == ("follow_up", "overdue")


def test_a_report_made_only_by_chat_asks_for_it_in_writing(folder, claim):
    _screenshot(folder, claim)
    _report(folder, claim, Channel.CHAT)
    assert next_action(folder, claim.id, REPORTED_AT + timedelta(hours=1)).key == \
        "confirm_in_writing"


def test_info_requested_names_what_to_send_and_by_when(folder, claim):
    _report(folder, claim)
    mail = folder.contacts.add(Contact(claim.id, Channel.EMAIL, datetime(
        2026, 12, 1, 9, 0, tzinfo=UTC), "Europe/Paris", Direction.RECEIVED, reference="T-1"))
    record_status(folder, claim.id, Status.INFO_REQUESTED, contact_id=mail.id,
                  info_due_at=datetime(2026, 12, 4, 9, 42, tzinfo=UTC),
                  info_items=["screenshot", "bank_statement"])
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    action = next_action(folder, claim.id, now)
    assert action.key == "send_items"
    assert action_text(action, "en", "Europe/Paris", now) == (
        "Send the screenshot and the bank statement to Casino Étoile before Fri 4 Dec 10:42")
    assert action_text(action, "fr", "Europe/Paris", now) == (
        "Envoyez la capture d'écran et le relevé bancaire à Casino Étoile avant le "
        "ven. 4 déc. à 10:42")
    late = next_action(folder, claim.id, datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    assert (late.key, late.urgency) == ("send_late", "overdue")


def test_the_zone_is_named_when_the_claim_is_not_in_the_computers(folder, claim):
    folder.claims.update(claim.id, incident_zone="Europe/London")
    action = next_action(folder, claim.id, SOON)
    assert action_text(action, "en", "Europe/Paris", SOON).endswith(
        "before Sat 21 Nov 20:15 (London time, UTC)")
    assert action_text(action, "en", "Europe/London", SOON).endswith("before Sat 21 Nov 20:15")


def test_an_overdue_operator_clock_suggests_taking_it_further(folder, claim, platform):
    folder.claims.update_platform(platform.id, regulator="UKGC")
    _screenshot(folder, claim)
    _report(folder, claim)
    # A UK operator has 8 weeks to settle a complaint; nothing came back.
    assert next_action(folder, claim.id, REPORTED_AT + timedelta(days=30)).key == "follow_up"
    action = next_action(folder, claim.id, REPORTED_AT + timedelta(weeks=8, days=1))
    assert action.key == "escalate"


def test_a_refusal_with_no_known_route_points_to_the_guide(folder, claim):
    _report(folder, claim)
    folder.claims.set_status(claim.id, Status.RESOLVED_REJECTED,
                             at=REPORTED_AT + timedelta(days=5))
    assert next_action(folder, claim.id, REPORTED_AT + timedelta(days=6)).key == \
        "escalate_refused"


def _refused_in_france(folder, claim, platform, kind):
    folder.claims.update_platform(platform.id, regulator="ANJ", kind=kind)
    _report(folder, claim)
    folder.claims.set_status(claim.id, Status.RESOLVED_REJECTED,
                             at=REPORTED_AT + timedelta(days=5))
    return next_action(folder, claim.id, REPORTED_AT + timedelta(days=6))


def test_a_refusal_names_what_the_mediators_file_still_needs(folder, claim, platform):
    action = _refused_in_france(folder, claim, platform, PlatformKind.SPORTSBOOK)
    assert action.key == "complete_for"
    assert action_text(action, "en").endswith(
        "complete your file first: Médiateur des jeux en ligne (ANJ mediator) needs your "
        "full name")
    assert action_text(action, "fr").endswith("a besoin de votre nom complet")


def test_a_body_that_cannot_take_the_case_is_not_a_file_to_complete(folder, claim, platform):
    action = _refused_in_france(folder, claim, platform, PlatformKind.CASINO)
    assert action.key == "escalate_elsewhere"
    assert "cannot take a dispute about an online casino" in action_text(action, "en")


def test_an_overdue_promise_from_support_comes_first(folder, claim):
    _screenshot(folder, claim)
    _report(folder, claim)
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, REPORTED_AT + timedelta(hours=5),
                                "Europe/Paris", Direction.RECEIVED, reference="T-1",
                                promised_action="credit the bonus",
                                promised_due_at=REPORTED_AT + timedelta(days=1)))
    action = next_action(folder, claim.id, REPORTED_AT + timedelta(days=2))
    assert action.key == "promise_overdue" and action.params["what"] == "credit the bonus"


def test_a_settled_claim_has_nothing_left(folder, claim):
    folder.claims.set_status(claim.id, Status.RESOLVED_ACCEPTED)
    action = next_action(folder, claim.id)
    assert (action.key, action.urgency, action.due_at) == ("done", "done", None)


def test_every_action_the_engine_returns_has_words():
    from bonusdesk.core import vocabulary

    assert set(ACTION_KEYS) == set(vocabulary.NEXT_ACTION.terms)
