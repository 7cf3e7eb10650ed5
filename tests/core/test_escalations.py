"""Escalation records, transactions and the escalation facts added to contacts and
platforms: stored with their events, and folders of older versions upgraded."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from bonusdesk.core import events, schema
from bonusdesk.core.errors import BadInput, NotFound
from bonusdesk.core.escalate import plan_escalation, record_escalation, sent_letter
from bonusdesk.core.escalations import (
    add_escalation,
    add_transaction,
    list_escalations,
    list_transactions,
    remove_transaction,
    update_escalation,
)
from bonusdesk.core.folder import DB_NAME, ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import (
    Channel,
    Contact,
    Counterpart,
    Direction,
    Escalation,
    EscalationStatus,
    EvidenceKind,
    Status,
    Transaction,
    TransactionKind,
)
from bonusdesk.core.rules import UnknownRecipient

PARIS = "Europe/Paris"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_an_escalation_is_recorded_with_its_event_and_decided_later(folder, claim):
    e = add_escalation(folder, Escalation(claim.id, "eCOGRA", utc(2026, 12, 1, 9), PARIS,
                                          case_number="EC-42"))
    assert (e.recipient, e.status, e.case_number) == ("ecogra", EscalationStatus.SENT, "EC-42")
    [logged] = [ev for ev in events.list_events(folder.db, claim.id)
                if ev.entity == "escalation"]
    assert logged.data["recipient"] == "ecogra" and logged.entity_id == e.id
    decided = update_escalation(folder, e.id, status="rejected")
    assert decided.decided_at is not None and decided.status is EscalationStatus.REJECTED
    assert list_escalations(folder, claim.id)[0].decided_at == decided.decided_at
    assert verify(folder).ok


def test_an_escalation_to_an_unknown_recipient_is_refused(folder, claim):
    with pytest.raises(UnknownRecipient):
        add_escalation(folder, Escalation(claim.id, "the-moon", utc(2026, 12, 1), PARIS))
    with pytest.raises(BadInput, match="unknown escalation field"):
        update_escalation(folder, 1, recipient="x")
    with pytest.raises(NotFound):
        update_escalation(folder, 99, status="closed")
    assert list_escalations(folder, claim.id) == []


def test_record_escalation_sets_the_claim_status_in_the_same_step(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    plan = plan_escalation(folder, claim.id, "uk-ibas", utc(2026, 12, 1))
    assert plan.where.startswith("https://www.ibas-uk.com/")
    assert plan.letter.lang == "en"
    e = record_escalation(folder, plan, utc(2026, 12, 1, 9), "IB-7")
    assert folder.claims.get(claim.id).status is Status.ESCALATED
    [change] = [c for c in folder.claims.history(claim.id) if c.status is Status.ESCALATED]
    assert change.note == "referred to IBAS (Independent Betting Adjudication Service)"
    assert change.at == utc(2026, 12, 1, 9)
    assert e.language == "en"


def test_transactions_are_checked_stored_and_removed_with_events(folder, claim):
    t = add_transaction(folder, Transaction(claim.id, TransactionKind.DEPOSIT, "DEP-1",
                                            utc(2026, 11, 20, 19), PARIS, "100.00", "eur",
                                            method="card"))
    assert t.currency == "EUR"
    assert list_transactions(folder, claim.id) == [t]
    with pytest.raises(BadInput, match="amount must be a number"):
        add_transaction(folder, Transaction(claim.id, TransactionKind.BET, "B", amount="five"))
    with pytest.raises(BadInput, match="needs at least a reference"):
        add_transaction(folder, Transaction(claim.id, TransactionKind.BET))
    with pytest.raises(BadInput, match="unknown transaction kind"):
        add_transaction(folder, Transaction(claim.id, "lottery", "L-1"))
    remove_transaction(folder, t.id)
    assert list_transactions(folder, claim.id) == []
    actions = [(ev.action, ev.entity) for ev in events.list_events(folder.db, claim.id)]
    assert ("create", "transaction") in actions and ("delete", "transaction") in actions


def test_contacts_say_written_counterpart_and_final_response(folder, claim):
    chat = folder.contacts.add(Contact(claim.id, Channel.CHAT, utc(2026, 11, 21), PARIS))
    letter = folder.contacts.add(Contact(claim.id, Channel.LETTER, utc(2026, 11, 22), PARIS))
    assert (chat.written, chat.is_written, letter.is_written) == (None, False, True)
    said = folder.contacts.add(Contact(claim.id, Channel.CHAT, utc(2026, 11, 23), PARIS,
                                       written=True, transcript_kept=True))
    assert said.is_written and said.transcript_kept
    answer = folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 24), PARIS,
                                         Direction.RECEIVED, counterpart=Counterpart.ADR))
    assert folder.contacts.update(answer.id, final_response=True).final_response
    with pytest.raises(BadInput, match="only an answer received"):
        folder.contacts.update(chat.id, final_response=True)


def test_an_older_folder_is_upgraded_keeping_its_contacts_meaning(tmp_path):
    path = tmp_path / "old"
    path.mkdir()
    db = Database(path / DB_NAME)
    schema.migrations.apply(db, stop_before="m007_escalation_facts")
    db["platforms"].insert({"name": "Old casino", "kind": "casino", "window_hours": 72,
                            "regulator": "uk"})
    db["claims"].insert({"title": "old", "platform_id": 1, "incident_zone": PARIS,
                         "incident_at": "2026-01-01T10:00:00+00:00", "status": "reported"})
    db["contacts"].insert({"claim_id": 1, "channel": "phone", "direction": "sent",
                           "at": "2026-01-02T10:00:00+00:00", "zone": PARIS,
                           "evidence_ids": "[]"})
    db.close()
    with ClaimFolder.open(path) as folder:
        [contact] = folder.contacts.list(1)
        assert (contact.written, contact.counterpart, contact.final_response) == (
            None, Counterpart.OPERATOR, False)
        assert not contact.is_written  # a phone call, as before: not written
        platform = folder.claims.platform(1)
        assert (platform.legal_entity, platform.adr) == ("", "")
        assert list_transactions(folder, 1) == [] and list_escalations(folder, 1) == []


def test_record_escalation_takes_the_status_note_in_the_readers_language(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    plan = plan_escalation(folder, claim.id, "uk-ibas", utc(2026, 12, 1))
    record_escalation(folder, plan, utc(2026, 12, 1, 9), status_note="Saisine de l'IBAS")
    [change] = [c for c in folder.claims.history(claim.id) if c.status is Status.ESCALATED]
    assert change.note == "Saisine de l'IBAS"


def test_recording_a_referral_keeps_the_letter_as_sent_with_its_hash(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    plan = plan_escalation(folder, claim.id, "uk-ibas", utc(2026, 12, 1))
    e = record_escalation(folder, plan, utc(2026, 12, 1, 9), "IB-7")
    kept = sent_letter(folder, e)
    assert kept is not None and kept.claim_id == claim.id
    assert folder.evidence.file_path(kept).read_bytes().decode("utf-8") == plan.letter.text
    assert kept.kind is EvidenceKind.DOCUMENT and kept.mime == "text/plain"
    assert kept.original_name == "referral-letter-uk-ibas-2026-12-01.txt"
    assert kept.metadata["edited"] is False and kept.metadata["recipient"] == "uk-ibas"
    [stored] = [ev for ev in events.list_events(folder.db, claim.id)
                if ev.entity == "evidence" and ev.entity_id == kept.id]
    assert stored.data["escalation_id"] == e.id and stored.data["sha256"] == kept.sha256
    assert verify(folder).ok


def test_an_edited_letter_is_kept_as_the_player_sent_it(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    plan = plan_escalation(folder, claim.id, "uk-ibas", utc(2026, 12, 1))
    edited = plan.letter.text + "\nPS: the chat transcript is attached twice.\n"
    e = record_escalation(folder, plan, utc(2026, 12, 1, 9), letter=edited,
                          letter_caption="Lettre de saisine de l'IBAS")
    kept = sent_letter(folder, e)
    assert folder.evidence.file_path(kept).read_bytes().decode("utf-8") == edited
    assert kept.caption == "Lettre de saisine de l'IBAS" and kept.metadata["edited"] is True


def test_an_empty_letter_records_nothing(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    plan = plan_escalation(folder, claim.id, "uk-ibas", utc(2026, 12, 1))
    with pytest.raises(BadInput, match="letter is empty"):
        record_escalation(folder, plan, utc(2026, 12, 1, 9), letter="  \n")
    assert list_escalations(folder, claim.id) == []
    assert folder.claims.get(claim.id).status is not Status.ESCALATED
    assert folder.evidence.list(claim.id) == []


def test_a_kept_letter_is_not_counted_as_evidence_for_the_next_body(folder, claim):
    from bonusdesk.core.readiness import readiness

    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    plan = plan_escalation(folder, claim.id, "uk-ibas", utc(2026, 12, 1))
    record_escalation(folder, plan, utc(2026, 12, 1, 9))
    assert len(folder.evidence.list(claim.id)) == 1  # only the letter
    check = readiness(folder, claim.id, "uk-ibas", utc(2026, 12, 2))
    [evidence] = [i for i in check.items if i.key == "evidence"]
    assert evidence.state == "missing"
