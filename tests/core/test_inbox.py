"""The Inbox: evidence with no claim yet, filed later without a second copy."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from bonusdesk.core import inbox, schema
from bonusdesk.core.errors import BadInput
from bonusdesk.core.events import list_events
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.core.model import Channel, Claim, Contact, EvidenceKind
from bonusdesk.core.search import matching_claim_ids, search
from bonusdesk.core.stamp import store_stamped
from tests.factories import png_bytes, write_eml, write_png


def _evidence_files(folder) -> list:
    return sorted(p for p in folder.evidence_dir.rglob("*") if p.is_file())


def test_import_without_a_claim_goes_to_the_inbox(folder, claim, tmp_path):
    result = folder.evidence.import_file(None, write_png(tmp_path / "erreur.png"))
    ev = result.evidence[0]
    assert ev.claim_id is None
    assert [e.id for e in folder.evidence.inbox()] == [ev.id]
    assert folder.evidence.list(claim.id) == []
    assert inbox.summary(folder).count == 1
    event = list_events(folder.db)[-1]
    assert (event.action, event.entity, event.entity_id, event.claim_id) == (
        "import", "evidence", ev.id, None)


def test_the_same_file_twice_in_the_inbox_is_kept_once(folder, tmp_path):
    first = folder.evidence.import_file(None, write_png(tmp_path / "a.png"))
    again = folder.evidence.import_file(None, write_png(tmp_path / "b.png"))
    assert again.duplicate and again.evidence[0].id == first.evidence[0].id
    assert len(folder.evidence.inbox()) == 1


def test_filing_moves_the_item_records_an_event_and_copies_nothing(folder, claim, tmp_path):
    ev = folder.evidence.add_bytes(None, png_bytes(), "capture.png")
    files_before = _evidence_files(folder)
    result = inbox.file_evidence(folder, [ev.id], claim.id)
    assert [e.id for e in result.moved] == [ev.id]
    filed = folder.evidence.get(ev.id)
    assert filed.claim_id == claim.id and filed.path == ev.path and filed.sha256 == ev.sha256
    assert folder.evidence.inbox() == []
    assert [e.id for e in folder.evidence.list(claim.id)] == [ev.id]
    assert _evidence_files(folder) == files_before  # the file was not copied
    event = list_events(folder.db, claim.id)[-1]
    assert (event.action, event.entity, event.entity_id) == ("file", "evidence", ev.id)
    assert event.data["from_claim"] is None and event.data["to_claim"] == claim.id
    assert verify(folder).ok


def test_filing_takes_the_stamped_copy_along(folder, claim, tmp_path):
    ev = folder.evidence.add_bytes(None, png_bytes((80, 60)), "capture.png")
    stamped = store_stamped(folder, None, ev)
    assert stamped.claim_id is None and stamped.parent_sha256 == ev.sha256
    result = inbox.file_evidence(folder, [ev.id], claim.id)
    assert sorted(e.id for e in result.moved) == sorted([ev.id, stamped.id])
    assert {e.claim_id for e in folder.evidence.list(claim.id)} == {claim.id}
    assert folder.evidence.inbox() == []


def test_filing_is_refused_when_the_claim_already_has_the_same_file(folder, claim, tmp_path):
    in_claim = folder.evidence.add_bytes(claim.id, png_bytes(), "capture.png")
    in_inbox = folder.evidence.add_bytes(None, png_bytes(), "capture.png")
    with pytest.raises(BadInput, match=f"already in claim {claim.id} as evidence "
                                       f"{in_claim.id}"):
        inbox.file_evidence(folder, [in_inbox.id], claim.id)
    assert folder.evidence.get(in_inbox.id).claim_id is None


def test_nothing_moves_when_one_item_of_the_batch_is_refused(folder, claim, tmp_path):
    fine = folder.evidence.add_bytes(None, png_bytes(color=(1, 2, 3)), "a.png")
    folder.evidence.add_bytes(claim.id, png_bytes(), "b.png")
    twin = folder.evidence.add_bytes(None, png_bytes(), "b.png")
    with pytest.raises(BadInput):
        inbox.file_evidence(folder, [fine.id, twin.id], claim.id)
    assert {e.id for e in folder.evidence.inbox()} == {fine.id, twin.id}


def test_an_item_a_contact_points_at_cannot_leave_its_claim(folder, claim, platform):
    other = folder.claims.create(Claim("Autre", platform.id, claim.incident_at, "Europe/Paris"))
    ev = folder.evidence.add_bytes(claim.id, png_bytes(), "capture.png")
    contact = folder.contacts.add(Contact(claim.id, Channel.CHAT, claim.incident_at,
                                          "Europe/Paris", evidence_ids=[ev.id]))
    with pytest.raises(BadInput, match=f"linked to contact {contact.id}"):
        inbox.file_evidence(folder, [ev.id], other.id)
    assert folder.evidence.get(ev.id).claim_id == claim.id


def test_an_item_filed_by_mistake_can_go_back_to_the_inbox(folder, claim):
    ev = folder.evidence.add_bytes(claim.id, png_bytes(), "capture.png")
    inbox.file_evidence(folder, [ev.id], None)
    assert folder.evidence.get(ev.id).claim_id is None
    event = list_events(folder.db, claim.id)[-1]  # the claim's history says it left
    assert (event.action, event.data["to_claim"]) == ("file", None)


def test_an_email_from_the_inbox_gets_its_contact_and_attachments_when_filed(
        folder, claim, tmp_path):
    result = folder.evidence.import_file(None, write_eml(tmp_path / "r.eml",
                                                         attachment=png_bytes()))
    assert result.contact is None and result.warnings  # said, not silently dropped
    assert [e.kind for e in folder.evidence.inbox()] == [EvidenceKind.EMAIL]
    filed = inbox.file_evidence(folder, [result.evidence[0].id], claim.id)
    [contact] = filed.contacts
    assert contact.claim_id == claim.id and contact.channel == Channel.EMAIL
    assert contact.at == datetime(2026, 11, 20, 21, 41, 7, tzinfo=UTC)
    kinds = sorted(e.kind.value for e in folder.evidence.list(claim.id))
    assert kinds == ["email", "screenshot"]
    assert set(contact.evidence_ids) == {e.id for e in folder.evidence.list(claim.id)}
    # Filing it again adds nothing: no second contact.
    again = inbox.file_evidence(folder, [result.evidence[0].id], claim.id)
    assert again.already == [result.evidence[0].id] and again.contacts == []
    assert len(folder.contacts.list(claim.id)) == 1


def test_search_finds_inbox_items_but_claims_only_count_claims(folder, claim):
    folder.evidence.add_bytes(None, png_bytes(), "capture.png", caption="Erreur BNS-402 caisse")
    hits = [h for h in search(folder, "caisse") if h.kind == "evidence"]
    assert [h.claim_id for h in hits] == [None]
    assert matching_claim_ids(folder, "caisse") == set()


def test_export_and_deadlines_ignore_the_inbox(folder, claim, tmp_path):
    from bonusdesk.core.deadlines import list_deadlines
    from bonusdesk.export import ExportOptions, export_claim

    folder.evidence.add_bytes(None, png_bytes(), "capture.png")
    kept = folder.evidence.add_bytes(claim.id, png_bytes(color=(5, 6, 7)), "page.png")
    assert {d.claim_id for d in list_deadlines(folder)} == {claim.id}
    result = export_claim(folder, claim.id, tmp_path / "out.pdf", ExportOptions())
    assert result.pdf.exists()
    from bonusdesk.export.collect import collect

    data = collect(folder, claim.id, ExportOptions())
    assert [n.ev.id for n in data.evidence] == [kept.id]


def _folder_before_the_inbox(path):
    """A folder as BonusDesk wrote it before m018, with two evidence rows."""
    path.mkdir()
    db = Database(path / "bonusdesk.db")
    schema.migrations.apply(db, stop_before="m018_evidence_inbox")
    db["platforms"].insert({"id": 1, "name": "Casino", "kind": "casino", "window_hours": 72})
    db["claims"].insert({"id": 1, "title": "c1", "platform_id": 1, "status": "draft",
                         "incident_at": "2026-11-20T20:15:00+00:00",
                         "incident_zone": "Europe/Paris", "category": "other"})
    for eid, caption in ((4, "page du bonus"), (9, "relevé de compte")):
        db["evidence"].insert({"id": eid, "claim_id": 1, "kind": "screenshot",
                               "sha256": f"{eid:064x}", "path": f"evidence/00/{eid:064x}.png",
                               "size": 10, "captured_at": "2026-11-20T20:20:00+00:00",
                               "caption": caption, "mime": "image/png", "metadata": "{}"})
    db.close()


def test_migration_keeps_every_evidence_row_and_its_search(tmp_path):
    _folder_before_the_inbox(tmp_path / "old")
    with ClaimFolder.open(tmp_path / "old") as folder:
        rows = [(e.id, e.claim_id, e.caption) for e in folder.evidence.list(1)]
        assert rows == [(4, 1, "page du bonus"), (9, 1, "relevé de compte")]
        assert [h.item_id for h in search(folder, "relevé")] == [9]
        new = folder.evidence.add_bytes(None, png_bytes(), "capture.png", caption="bonus")
        assert new.id == 10 and new.claim_id is None
        assert {h.item_id for h in search(folder, "bonus")} == {4, 10}
    con = sqlite3.connect(tmp_path / "old" / "bonusdesk.db")
    notnull = {r[1]: r[3] for r in con.execute("pragma table_info(evidence)")}
    assert notnull["claim_id"] == 0 and notnull["sha256"] == 1
    assert con.execute("pragma foreign_key_check").fetchall() == []


def test_text_read_from_an_inbox_screenshot_follows_it_into_the_claim(folder, claim):
    from bonusdesk.core import ocr
    from bonusdesk.core.ocr_store import ReadTextJob, store_text

    ev = folder.evidence.add_bytes(None, png_bytes(), "capture.png")
    words = [ocr.OcrWord("Erreur", (0, 0, 10, 5), 95.0), ocr.OcrWord("BNS-402", (12, 0, 20, 5),
                                                                      95.0)]
    result = ocr.OcrResult("test", "1", "fra", [ocr.OcrLine(words)], (64, 48))
    store_text(folder, ReadTextJob(ev, folder.evidence.file_path(ev), None), result)
    assert [h.claim_id for h in search(folder, "BNS-402")
            if h.kind == "evidence" and h.item_id == ev.id] == [None]
    inbox.file_evidence(folder, [ev.id], claim.id)
    assert [h.claim_id for h in search(folder, "BNS-402")
            if h.kind == "evidence" and h.item_id == ev.id] == [claim.id]
    rows = list(folder.db.query("select claim_id from ocr_text where evidence_id = ?", [ev.id]))
    assert rows == [{"claim_id": claim.id}]


def test_migration_keeps_text_read_from_screenshots(tmp_path):
    path = tmp_path / "old"
    _folder_before_the_inbox(path)
    db = Database(path / "bonusdesk.db")
    db["ocr_text"].insert({"id": 2, "evidence_id": 9, "claim_id": 1, "region": "",
                           "engine": "test", "engine_version": "1", "text": "solde 100 EUR"})
    db.close()
    with ClaimFolder.open(path) as folder:
        assert [(h.claim_id, h.item_id) for h in search(folder, "solde")] == [(1, 9)]
        con = folder.db.conn
        assert con.execute("pragma foreign_key_check").fetchall() == []
        notnull = {r[1]: r[3] for r in con.execute("pragma table_info(ocr_text)")}
        assert notnull["claim_id"] == 0 and notnull["evidence_id"] == 1
