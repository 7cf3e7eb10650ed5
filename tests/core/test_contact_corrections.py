"""Contacts are corrected or withdrawn, never erased: History keeps the original."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from bonusdesk.core import schema
from bonusdesk.core.deadlines import DeadlineKind, DeadlineState, claim_deadlines
from bonusdesk.core.errors import BadInput
from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import Channel, Contact, Direction, Status
from bonusdesk.core.search import search
from bonusdesk.core.status_flow import record_status
from bonusdesk.core.timeline import EntryKind, claim_timeline

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _report(folder, claim, at):
    contact = Contact(claim.id, Channel.CONTACT_FORM, at, "Europe/Paris", reference="T-77",
                      summary="Signalement envoyé par le formulaire")
    return record_status(folder, claim.id, Status.REPORTED, contact=contact).contact


def test_a_correction_is_used_everywhere_and_history_keeps_the_original(folder, claim):
    typo = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # typed the 23rd: too late
    contact = _report(folder, claim, typo)
    reporting = next(d for d in claim_deadlines(folder, claim.id, NOW)
                     if d.kind == DeadlineKind.REPORTING)
    assert reporting.state == DeadlineState.DONE_LATE

    real = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    fixed = folder.contacts.correct(contact.id, reason="wrong day", at="2026-11-21T10:00",
                                    reference="T-78")
    assert (fixed.at, fixed.reference) == (real, "T-78") and fixed.corrected_at is not None
    # The status recorded with it is the same act: it moved too, so the deadline is met.
    assert [s.at for s in folder.claims.history(claim.id) if s.status == Status.REPORTED] \
        == [real]
    reporting = next(d for d in claim_deadlines(folder, claim.id, NOW)
                     if d.kind == DeadlineKind.REPORTING)
    assert reporting.state == DeadlineState.MET
    event = list_events(folder.db, claim.id)[-1]
    assert (event.action, event.entity, event.entity_id) == ("correct", "contact", contact.id)
    assert event.data["reason"] == "wrong day"
    assert event.data["changes"]["at"] == {"old": "2026-11-23T09:00:00+00:00",
                                           "new": "2026-11-21T09:00:00+00:00"}
    assert event.data["changes"]["reference"] == {"old": "T-77", "new": "T-78"}
    records = claim_timeline(folder, claim.id, now=NOW, records=True).entries
    assert any(e.kind == EntryKind.RECORD and e.event["action"] == "correct" for e in records)
    assert verify(folder).ok


def test_a_correction_that_changes_nothing_records_nothing(folder, claim):
    contact = _report(folder, claim, datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    before = len(list_events(folder.db))
    folder.contacts.correct(contact.id, reference="T-77")
    assert len(list_events(folder.db)) == before


def test_a_correction_refuses_unknown_fields_and_bad_values(folder, claim):
    contact = _report(folder, claim, datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    with pytest.raises(BadInput, match="fields you can correct"):
        folder.contacts.correct(contact.id, claim_id=99)
    with pytest.raises(BadInput, match="channel"):
        folder.contacts.correct(contact.id, channel="pigeon")
    assert folder.contacts.get(contact.id).corrected_at is None


def test_withdrawing_hides_the_contact_and_takes_its_status_back(folder, claim, tmp_path):
    chat = folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(
        2026, 11, 20, 22, 0, tzinfo=UTC), "Europe/Paris", Direction.RECEIVED,
        summary="Léa du support m'a écrit dans le chat"))
    mistake = _report(folder, claim, datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    assert folder.claims.get(claim.id).status == Status.REPORTED

    folder.contacts.withdraw(mistake.id, "logged in the wrong claim")
    assert [c.id for c in folder.contacts.list(claim.id)] == [chat.id]
    assert folder.claims.get(claim.id).status == Status.DRAFT
    assert all(s.status != Status.REPORTED for s in folder.claims.history(claim.id))
    reporting = next(d for d in claim_deadlines(folder, claim.id, NOW)
                     if d.kind == DeadlineKind.REPORTING)
    assert reporting.state != DeadlineState.MET and reporting.done_at is None
    assert not [h for h in search(folder, "Signalement") if h.kind == "contact"]

    history = claim_timeline(folder, claim.id, now=NOW, withdrawn=True).entries
    [struck] = [e for e in history if e.contact is not None and e.contact.id == mistake.id]
    assert struck.withdrawn and struck.contact.withdrawn_reason == "logged in the wrong claim"
    pdf_view = claim_timeline(folder, claim.id, now=NOW).entries
    assert all(e.contact is None or e.contact.id != mistake.id for e in pdf_view)
    event = list_events(folder.db, claim.id)[-1]
    assert (event.action, event.data["status"]) == ("withdraw", {"old": "reported",
                                                                 "new": "draft"})
    assert verify(folder).ok


def test_the_export_leaves_a_withdrawn_contact_out(folder, claim):
    from bonusdesk.export import ExportOptions
    from bonusdesk.export.collect import collect

    kept = folder.contacts.add(Contact(claim.id, Channel.EMAIL, datetime(
        2026, 11, 21, 9, 0, tzinfo=UTC), "Europe/Paris", direction=Direction.RECEIVED))
    gone = folder.contacts.add(Contact(claim.id, Channel.PHONE, datetime(
        2026, 11, 21, 10, 0, tzinfo=UTC), "Europe/Paris"))
    folder.contacts.withdraw(gone.id, "never happened")
    data = collect(folder, claim.id, ExportOptions())
    assert [c.id for c in data.contacts] == [kept.id]
    assert gone.id not in {e.contact.id for e in data.timeline.entries if e.contact}


def test_withdrawing_needs_a_reason_and_happens_once(folder, claim):
    contact = _report(folder, claim, datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    with pytest.raises(BadInput, match="say why"):
        folder.contacts.withdraw(contact.id, "  ")
    folder.contacts.withdraw(contact.id, "duplicate")
    with pytest.raises(BadInput, match="already withdrawn"):
        folder.contacts.withdraw(contact.id, "again")
    with pytest.raises(BadInput, match="withdrawn"):
        folder.contacts.correct(contact.id, summary="x")


def test_migration_keeps_existing_contacts_and_statuses_as_they_were(tmp_path):
    path = tmp_path / "old"
    path.mkdir()
    db = Database(path / "bonusdesk.db")
    schema.migrations.apply(db, stop_before="m019_contact_corrections")
    db["platforms"].insert({"id": 1, "name": "Casino", "kind": "casino", "window_hours": 72})
    db["claims"].insert({"id": 1, "title": "c1", "platform_id": 1, "status": "reported",
                         "incident_at": "2026-11-20T20:15:00+00:00",
                         "incident_zone": "Europe/Paris", "category": "other"})
    db["contacts"].insert({"id": 3, "claim_id": 1, "channel": "email", "direction": "sent",
                           "at": "2026-11-21T09:00:00+00:00", "zone": "Europe/Paris",
                           "reference": "T-1", "summary": "report", "evidence_ids": "[]"})
    db["status_changes"].insert({"id": 5, "claim_id": 1, "status": "reported",
                                 "at": "2026-11-21T09:00:00+00:00", "zone": "Europe/Paris",
                                 "note": "", "contact_id": 3})
    db.close()
    with ClaimFolder.open(path) as folder:
        [contact] = folder.contacts.list(1)
        assert (contact.id, contact.reference, contact.withdrawn, contact.corrected_at) == (
            3, "T-1", False, None)
        [change] = folder.claims.history(1)
        assert (change.id, change.contact_id, change.withdrawn_at, change.info_items) == (
            5, 3, None, [])
