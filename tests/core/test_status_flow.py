"""Statuses linked to logged contacts; a written report in time marks the claim reported."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core.errors import BadInput
from bonusdesk.core.events import list_events
from bonusdesk.core.model import Channel, Claim, Contact, Direction, Status
from bonusdesk.core.status_flow import (
    is_written,
    linkable_contacts,
    log_contact,
    proposal_text,
    propose_for_contact,
    record_status,
)
from tests.factories import write_eml

# The claim fixture: incident 20 Nov 2026 20:15 UTC, platform window 24 h.
IN_TIME = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
LATE = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _contact(claim, channel, at, direction=Direction.SENT, **kw):
    return Contact(claim.id, channel, at, "Europe/Paris", direction=direction, **kw)


def test_a_status_linked_to_a_logged_chat_takes_its_time_and_adds_no_contact(folder, claim):
    chat = folder.contacts.add(_contact(claim, Channel.CHAT, IN_TIME,
                                        summary="Chat with Léa: reported BNS-402"))
    recorded = record_status(folder, claim.id, "reported", contact_id=chat.id)
    assert recorded.change.contact_id == chat.id and recorded.change.at == chat.at
    assert recorded.change.note == "Chat with Léa: reported BNS-402"
    assert [c.id for c in folder.contacts.list(claim.id)] == [chat.id]
    assert folder.claims.get(claim.id).status == Status.REPORTED
    event = list_events(folder.db, claim.id)[-1]
    assert (event.action, event.data["contact_id"]) == ("status", chat.id)


def test_a_contact_cannot_back_the_same_status_twice(folder, claim):
    chat = folder.contacts.add(_contact(claim, Channel.CHAT, IN_TIME))
    record_status(folder, claim.id, Status.REPORTED, contact_id=chat.id)
    with pytest.raises(BadInput, match="already records"):
        record_status(folder, claim.id, Status.REPORTED, contact_id=chat.id)
    assert len(folder.claims.history(claim.id)) == 2  # draft + one reported


def test_linking_refuses_a_withdrawn_contact_or_another_claims(folder, claim, platform):
    other = folder.claims.create(Claim("Autre", platform.id, claim.incident_at, "Europe/Paris"))
    theirs = folder.contacts.add(_contact(other, Channel.EMAIL, IN_TIME))
    with pytest.raises(BadInput, match="belongs to claim"):
        record_status(folder, claim.id, Status.REPORTED, contact_id=theirs.id)
    mine = folder.contacts.add(_contact(claim, Channel.EMAIL, IN_TIME))
    folder.contacts.withdraw(mine.id, "typo")
    with pytest.raises(BadInput, match="withdrawn"):
        record_status(folder, claim.id, Status.REPORTED, contact_id=mine.id)
    assert folder.claims.get(claim.id).status == Status.DRAFT


def test_info_requested_keeps_what_was_asked_and_the_due_date(folder, claim):
    mail = folder.contacts.add(_contact(claim, Channel.EMAIL, IN_TIME, Direction.RECEIVED))
    due = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)
    record_status(folder, claim.id, Status.INFO_REQUESTED, contact_id=mail.id,
                  info_due_at=due, info_items=["screenshot", "bank_statement"])
    assert folder.claims.get(claim.id).info_due_at == due
    [asked] = [s for s in folder.claims.history(claim.id) if s.status == Status.INFO_REQUESTED]
    assert asked.info_items == ["screenshot", "bank_statement"]


def test_the_offered_contacts_face_the_status_direction_newest_first(folder, claim):
    sent1 = folder.contacts.add(_contact(claim, Channel.CHAT, IN_TIME))
    sent2 = folder.contacts.add(_contact(claim, Channel.EMAIL, LATE))
    answer = folder.contacts.add(_contact(claim, Channel.EMAIL, LATE, Direction.RECEIVED))
    assert [c.id for c in linkable_contacts(folder, claim.id, Status.REPORTED)] == [
        sent2.id, sent1.id]
    assert [c.id for c in linkable_contacts(folder, claim.id, Status.INFO_REQUESTED)] == [
        answer.id]
    record_status(folder, claim.id, Status.REPORTED, contact_id=sent2.id)
    assert [c.id for c in linkable_contacts(folder, claim.id, Status.REPORTED)] == [sent1.id]


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.CONTACT_FORM])
def test_a_written_report_in_time_marks_the_claim_reported(folder, claim, channel):
    logged = log_contact(folder, _contact(claim, channel, IN_TIME, summary="My report"))
    assert logged.change is not None and logged.proposal is None
    assert logged.change.contact_id == logged.contact.id and logged.change.at == IN_TIME
    assert folder.claims.get(claim.id).status == Status.REPORTED


def test_a_chat_is_only_proposed_as_the_report(folder, claim):
    logged = log_contact(folder, _contact(claim, Channel.CHAT, IN_TIME))
    assert logged.change is None
    assert (logged.proposal.status, logged.proposal.reason) == (Status.REPORTED, "oral_report")
    assert folder.claims.get(claim.id).status == Status.DRAFT


def test_a_late_written_report_is_proposed_not_applied(folder, claim):
    logged = log_contact(folder, _contact(claim, Channel.EMAIL, LATE))
    assert logged.change is None and logged.proposal.reason == "late_written_report"
    assert folder.claims.get(claim.id).status == Status.DRAFT


def test_no_automatic_status_once_reported_or_for_an_answer(folder, claim):
    log_contact(folder, _contact(claim, Channel.EMAIL, IN_TIME))
    again = log_contact(folder, _contact(claim, Channel.EMAIL, LATE))
    answer = log_contact(folder, _contact(claim, Channel.EMAIL, LATE, Direction.RECEIVED,
                                          summary="We are looking into it."))
    assert again.change is None and answer.change is None and answer.proposal is None
    assert sorted(s.status for s in folder.claims.history(claim.id)) == [Status.DRAFT,
                                                                         Status.REPORTED]


def test_written_follows_the_channel():
    at = IN_TIME
    assert is_written(Contact(1, Channel.EMAIL, at, "UTC"))
    assert is_written(Contact(1, Channel.CONTACT_FORM, at, "UTC"))
    assert not is_written(Contact(1, Channel.CHAT, at, "UTC"))
    assert not is_written(Contact(1, Channel.PHONE, at, "UTC"))


def test_an_imported_email_asking_for_documents_proposes_info_requested(folder, claim,
                                                                        tmp_path):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Support Étoile <support@etoile.example>"
    msg["To"] = "joueur@example.org"
    msg["Date"] = "Tue, 01 Dec 2026 10:30:00 +0100"
    msg["Subject"] = "Re: Ticket #558812"
    msg.set_content("Bonjour,\n\nAfin de traiter votre demande, merci de nous transmettre une "
                    "capture d'écran de l'erreur sous 5 jours.\n\nLe support")
    path = tmp_path / "demande.eml"
    path.write_bytes(bytes(msg))
    contact = folder.evidence.import_file(claim.id, path).contact
    proposal = propose_for_contact(folder, contact)
    assert proposal.status == Status.INFO_REQUESTED and proposal.contact_id == contact.id
    assert proposal.info_items == ["screenshot"] and proposal.due_stated
    assert proposal.due_at == datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    assert folder.claims.get(claim.id).status == Status.DRAFT  # proposed, never applied
    assert proposal_text(proposal, "fr", "Europe/Paris") == (
        "Le support demande la capture d'écran avant le 06/12/2026 10:30. Enregistrer "
        "«\u202fIls demandent des informations\u202f»\u202f?")
    # An e-mail that only acknowledges proposes nothing.
    plain = folder.evidence.import_file(claim.id, write_eml(tmp_path / "ack.eml")).contact
    assert propose_for_contact(folder, plain) is None
