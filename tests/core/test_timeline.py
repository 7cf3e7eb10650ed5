"""One chronology for the PDF and the History tab: sorted, merged, backdating flagged."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core.model import Channel, Contact, Direction
from bonusdesk.core.timeline import EntryKind, Flag, claim_timeline
from tests.factories import write_eml

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_entries_are_sorted_by_instant_whatever_zone_they_were_typed_in(folder, claim):
    # 21:16 Paris and 20:16 UTC are the same instant: they must sit next to each other.
    folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(2026, 11, 20, 20, 16,
                                                                  tzinfo=UTC), "Etc/UTC"))
    folder.claims.set_status(claim.id, "reported", at=datetime(2026, 11, 20, 20, 30, tzinfo=UTC),
                             zone="Europe/Paris")
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, datetime(2026, 11, 20, 20, 20,
                                                                   tzinfo=UTC), "Europe/Paris"))
    timeline = claim_timeline(folder, claim.id, now=NOW)
    assert timeline.zone == "Europe/Paris"
    times = [e.at for e in timeline.entries]
    assert times == sorted(times)
    kinds = [e.kind for e in timeline.entries]
    assert kinds[:4] == [EntryKind.INCIDENT, EntryKind.CONTACT, EntryKind.CONTACT,
                         EntryKind.STATUS]


def test_status_recorded_with_its_contact_is_one_line(folder, claim):
    contact = folder.contacts.add(Contact(claim.id, Channel.EMAIL, datetime(
        2026, 11, 22, 9, 0, tzinfo=UTC), "Europe/Paris", direction=Direction.RECEIVED,
        reference="884211"))
    folder.claims.set_status(claim.id, "info_requested", contact_id=contact.id,
                             at=datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    folder.claims.set_status(claim.id, "in_progress", at=datetime(2026, 11, 23, 9, 0,
                                                                  tzinfo=UTC))
    entries = claim_timeline(folder, claim.id, now=NOW).entries
    line = next(e for e in entries if e.kind == EntryKind.CONTACT)
    assert [s.status.value for s in line.statuses] == ["info_requested"]
    statuses = [e for e in entries if e.kind == EntryKind.STATUS]
    assert [s.statuses[0].status.value for s in statuses] == ["in_progress"]


def test_draft_status_is_the_creation_not_a_line_after_later_statuses(folder, claim):
    folder.claims.set_status(claim.id, "reported", at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC))
    entries = claim_timeline(folder, claim.id, now=NOW).entries
    drafts = [e for e in entries if e.kind == EntryKind.STATUS
              and e.statuses[0].status.value == "draft"]
    assert drafts == []
    created = next(e for e in entries if e.kind == EntryKind.CREATED)
    assert created.statuses[0].status.value == "draft"


def test_an_imported_email_and_its_contact_are_one_line(folder, claim, tmp_path):
    result = folder.evidence.import_file(claim.id, write_eml(tmp_path / "t.eml"))
    entries = claim_timeline(folder, claim.id, now=NOW).entries
    contact_lines = [e for e in entries if e.kind == EntryKind.CONTACT]
    assert len(contact_lines) == 1
    assert [ev.id for ev in contact_lines[0].evidence] == [result.evidence[0].id]
    assert not [e for e in entries if e.kind == EntryKind.EVIDENCE]


def test_backdated_and_future_entries_are_flagged(folder, claim):
    folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(2026, 11, 19, 9, 0,
                                                                  tzinfo=UTC), "Europe/Paris"))
    folder.contacts.add(Contact(claim.id, Channel.PHONE, datetime(2027, 1, 5, 9, 0,
                                                                   tzinfo=UTC), "Europe/Paris"))
    entries = claim_timeline(folder, claim.id, now=NOW).entries
    flags = {e.contact.channel.value: e.flags for e in entries if e.kind == EntryKind.CONTACT}
    assert flags == {"chat": {Flag.BEFORE_INCIDENT}, "phone": {Flag.IN_FUTURE}}
    incident = next(e for e in entries if e.kind == EntryKind.INCIDENT)
    assert not incident.flags


def test_history_tab_can_ask_for_the_other_records(folder, claim):
    folder.claims.update(claim.id, round_id="R-1")
    plain = claim_timeline(folder, claim.id, now=NOW)
    full = claim_timeline(folder, claim.id, now=NOW, records=True)
    assert not [e for e in plain.entries if e.kind == EntryKind.RECORD]
    records = [e for e in full.entries if e.kind == EntryKind.RECORD]
    assert [r.event["action"] for r in records] == ["change"]
