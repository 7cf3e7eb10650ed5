"""Warnings before a contact is saved: what the dialog shows and the CLI prints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bonusdesk.core import vocabulary
from bonusdesk.core.contact_checks import WARNING_KEYS, check_contact, warning_text
from bonusdesk.core.model import Channel, Contact, Direction

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
GOOD = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # after the incident (20 Nov 20:15 UTC)


def _keys(folder, contact):
    return [w.key for w in check_contact(folder, contact, NOW)]


def _chat(claim, at=GOOD, **kw):
    kw.setdefault("summary", "Chat with Léa")
    return Contact(claim.id, Channel.CHAT, at, "Europe/Paris", **kw)


def test_a_complete_contact_gets_no_warning(folder, claim):
    assert _keys(folder, _chat(claim)) == []
    form = Contact(claim.id, Channel.CONTACT_FORM, GOOD, "Europe/Paris", reference="T-5521",
                   summary="Report sent")
    assert _keys(folder, form) == []


def test_a_time_before_the_incident_or_in_the_future_is_questioned(folder, claim):
    [before] = check_contact(folder, _chat(claim, claim.incident_at - timedelta(hours=2)), NOW)
    assert before.key == "before_incident" and before.params == {"incident": claim.incident_at}
    assert _keys(folder, _chat(claim, NOW + timedelta(days=1))) == ["in_future"]
    # A few minutes of clock difference is not a mistake.
    assert _keys(folder, _chat(claim, NOW + timedelta(minutes=2))) == []


def test_an_empty_summary_and_a_missing_ticket_number_are_flagged(folder, claim):
    form = Contact(claim.id, Channel.CONTACT_FORM, GOOD, "Europe/Paris", summary=" ")
    assert _keys(folder, form) == ["empty_summary", "missing_reference"]
    # Support's e-mails carry a ticket number; the player's own first e-mail may not.
    answer = Contact(claim.id, Channel.EMAIL, GOOD, "Europe/Paris", Direction.RECEIVED,
                     summary="We are checking")
    sent = Contact(claim.id, Channel.EMAIL, GOOD, "Europe/Paris", Direction.SENT,
                   summary="My report")
    assert _keys(folder, answer) == ["missing_reference"]
    assert _keys(folder, sent) == []


def test_the_same_exchange_logged_twice_is_flagged_but_a_correction_is_not(folder, claim):
    first = folder.contacts.add(_chat(claim, reference="CH-1"))
    twin = _chat(claim, GOOD + timedelta(minutes=3))
    [dup] = check_contact(folder, twin, NOW)
    assert dup.key == "possible_duplicate" and dup.params["other"] == first.id
    assert _keys(folder, _chat(claim, GOOD + timedelta(minutes=3), reference="CH-2")) == []
    assert _keys(folder, _chat(claim, GOOD + timedelta(hours=2))) == []
    corrected = folder.contacts.get(first.id)
    assert _keys(folder, corrected) == []  # checking a correction does not match itself


def test_a_promise_due_before_the_contact_is_questioned(folder, claim):
    contact = _chat(claim, promised_action="credit the bonus",
                    promised_due_at=GOOD - timedelta(days=1))
    assert _keys(folder, contact) == ["promise_before_contact"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_warning_reads_in_both_languages_with_its_times(folder, claim, lang):
    assert set(WARNING_KEYS) == set(vocabulary.CONTACT_WARNING.terms)
    [w] = check_contact(folder, _chat(claim, claim.incident_at - timedelta(hours=2)), NOW)
    text = warning_text(w, lang, "Europe/Paris")
    assert "20/11/2026 21:15" in text  # the incident, in the claim's zone
    assert ("incident" in text) if lang == "en" else ("l'incident" in text)
