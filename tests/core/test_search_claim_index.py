"""The claims list's search reads each match's claim from its index (schema m020), never
from the matching rows: same ids as joining every row back, after every kind of change."""

from __future__ import annotations

import io
import random
import sqlite3
from datetime import UTC, datetime

import pytest
from PIL import Image
from sqlite_utils import Database

from bonusdesk.core import inbox, ocr, schema
from bonusdesk.core.errors import FolderError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Channel, Claim, Contact, EvidenceKind
from bonusdesk.core.ocr_store import ReadTextJob, store_text
from bonusdesk.core.search import _matching_claim_ids_by_join, fts_query, matching_claim_ids
from tests.faults import read_only

WORDS = ["bonus", "crédité", "Mirabelle", "DEP-177", 'dit "non"', "retrait", "l'agent",
         "TX-42", "cashback", "TX42", "bonus crédité"]
CLAIM_INDEXES = ("contacts_claim_fts", "evidence_claim_fts", "ocr_text_claim_fts")


def png(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4 + n), "red").save(out, "PNG")
    return out.getvalue()


def new_claim(folder, platform, title: str) -> Claim:
    return folder.claims.create(Claim(title=title, platform_id=platform.id,
                                      incident_at=datetime(2026, 11, 2, tzinfo=UTC),
                                      incident_zone="Europe/Paris"))


def by_join(folder, text: str) -> set[int]:
    query = fts_query(text)
    return _matching_claim_ids_by_join(folder.db, query, True) if query else set()


def assert_same_as_join(folder, more=()) -> None:
    for text in [*WORDS, *(w[:3] for w in WORDS), *more]:  # whole words, while typing
        assert matching_claim_ids(folder, text) == by_join(folder, text), text
    for fts in (*CLAIM_INDEXES, "claim_text_fts"):  # contentless ones: exact old values
        folder.db.execute(f"insert into {fts}({fts}) values ('integrity-check')")


def store_ocr(folder, ev, text: str) -> None:
    words = [ocr.OcrWord(w, (0, 0, 10, 5), 95.0) for w in text.split()]
    result = ocr.OcrResult("test", "1", "fra", [ocr.OcrLine(words)], (64, 48))
    store_text(folder, ReadTextJob(ev, folder.evidence.file_path(ev), None), result)


def plan_of_search(folder, text: str) -> str:
    statements = []
    folder.db.conn.set_trace_callback(statements.append)  # expanded: values in place
    try:
        matching_claim_ids(folder, text)
    finally:
        folder.db.conn.set_trace_callback(None)
    sql = next(s for s in statements if " match " in s)
    return " ".join(r[3] for r in folder.db.execute(f"explain query plan {sql}")) + " "


def test_search_reads_no_contact_evidence_or_text_row(folder, claim):
    # What made a common word slow at 30,000 claims: one row read per match for its claim.
    folder.evidence.add_bytes(claim.id, png(1), "bonus.png", caption="bonus crédité")
    one_word = plan_of_search(folder, "bonus")
    assert "claim_text_fts" in one_word and "claims_fts" not in one_word
    two_words = plan_of_search(folder, "bonus crédité")
    for plan in (one_word, two_words):
        for table in ("contacts", "evidence", "ocr_text"):
            assert f"SCAN {table} " not in plan and f"SEARCH {table} " not in plan, plan
    for fts in ("claims_fts", *CLAIM_INDEXES):
        assert fts in two_words
    assert matching_claim_ids(folder, "bonus") == matching_claim_ids(
        folder, "bonus crédité") == {claim.id}


def test_ids_match_the_join_after_every_kind_of_change(folder, platform):
    rng = random.Random(17)
    claims = [new_claim(folder, platform, t) for t in ("Bonus non crédité", "Retrait bloqué",
                                                       "Tours gratuits")]
    evidence, contacts, n = [], [], 0

    unique: list[str] = []  # one word per text written: found in one place only

    def text() -> str:
        unique.append(f"mot{len(unique)}")
        return " ".join([*rng.sample(WORDS, 2), unique[-1]])

    for _step in range(60):
        op = rng.choice(["evidence", "inbox", "caption", "file", "contact", "withdraw",
                         "correct", "ocr", "claim"])
        n += 1
        if op in ("evidence", "inbox"):
            target = rng.choice(claims).id if op == "evidence" else None
            evidence.append(folder.evidence.add_bytes(
                target, png(n), f"capture-{n}.png", kind=EvidenceKind.SCREENSHOT,
                caption=text(), note=rng.choice(["", text()])))
        elif op == "caption" and evidence:
            folder.evidence.update(rng.choice(evidence).id, caption=text())
        elif op == "file" and evidence:
            ev = folder.evidence.get(rng.choice(evidence).id)
            target = rng.choice([None, *(c.id for c in claims)])
            if target != ev.claim_id:
                inbox.file_evidence(folder, [ev.id], target)
        elif op == "contact":
            contacts.append(folder.contacts.add(Contact(
                rng.choice(claims).id, Channel.CHAT, datetime(2026, 11, 3, tzinfo=UTC),
                "Europe/Paris", summary=text(), agent=rng.choice(["", "Mirabelle"]))))
        elif op == "withdraw" and contacts:
            c = contacts.pop(rng.randrange(len(contacts)))
            folder.contacts.withdraw(c.id, "logged by mistake")
        elif op == "correct" and contacts:
            folder.contacts.correct(rng.choice(contacts).id, "typo", summary=text())
        elif op == "claim":
            folder.claims.update(rng.choice(claims).id, title=text(), error_code=rng.choice(
                ["", "DEP-177", "TX42"]))
        elif op == "ocr" and evidence:
            store_ocr(folder, folder.evidence.get(rng.choice(evidence).id), text())
        assert_same_as_join(folder, unique)
    assert any(matching_claim_ids(folder, w) for w in WORDS)  # the sequence did find things


def _folder_before_m020(path):
    """A folder written before m020, with a claim, evidence in it and in the Inbox, a
    contact and a withdrawn one, and text read from a screenshot."""
    path.mkdir()
    db = Database(path / "bonusdesk.db")
    schema.migrations.apply(db, stop_before="m020_search_claim_ids")
    db["platforms"].insert({"id": 1, "name": "Casino", "kind": "casino", "window_hours": 72})
    for cid, title in ((1, "Premier dépôt"), (2, "Retrait")):
        db["claims"].insert({"id": cid, "title": title, "platform_id": 1, "status": "draft",
                             "incident_at": "2026-11-20T20:15:00+00:00",
                             "incident_zone": "Europe/Paris", "category": "other"})
    for eid, claim_id, caption in ((4, 1, "page du bonus"), (9, None, "bonus en attente")):
        db["evidence"].insert({"id": eid, "claim_id": claim_id, "kind": "screenshot",
                               "sha256": f"{eid:064x}", "path": f"evidence/00/{eid:064x}.png",
                               "size": 10, "captured_at": "2026-11-20T20:20:00+00:00",
                               "caption": caption, "mime": "image/png", "metadata": "{}"})
    for ctid, withdrawn in ((3, None), (5, "2026-11-21T10:00:00+00:00")):
        db["contacts"].insert({"id": ctid, "claim_id": 2, "channel": "chat",
                               "direction": "out", "at": "2026-11-21T09:00:00+00:00",
                               "zone": "Europe/Paris", "summary": f"agent Mirabelle {ctid}",
                               "withdrawn_at": withdrawn})
    db["ocr_text"].insert({"id": 1, "evidence_id": 4, "claim_id": 1, "region": "",
                           "engine": "t", "engine_version": "1", "text": "Erreur DEP-177"})
    db.close()


def test_upgrade_indexes_existing_rows_and_finds_the_same_claims(tmp_path):
    path = tmp_path / "old"
    _folder_before_m020(path)
    with ClaimFolder.open(path) as folder:
        found = {w: matching_claim_ids(folder, w) for w in ("bonus", "mirabelle", "dep-177")}
        # The Inbox item and the withdrawn contact count for no claim, as before m020.
        assert found == {"bonus": {1}, "mirabelle": {2}, "dep-177": {1}}
        assert_same_as_join(folder)
        indexed = folder.db.execute(
            "select rowid >> 32, rowid & 4294967295 from evidence_claim_fts "
            "where evidence_claim_fts match 'bonus'").fetchall()
        assert indexed == [(1, 4)]


def test_read_only_folder_searches_through_the_index(tmp_path):
    path = tmp_path / "old"
    _folder_before_m020(path)
    ClaimFolder.open(path).close()  # upgraded once
    with read_only(path), ClaimFolder.open_or_read_only(path) as folder:
        assert folder.read_only_reason
        assert matching_claim_ids(folder, "bonus") == {1}
        assert matching_claim_ids(folder, "mirabelle") == {2}  # not the withdrawn one


def test_read_only_folder_before_the_upgrade_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "old"
    _folder_before_m020(path)
    with read_only(path), pytest.raises(FolderError, match="one-time upgrade"):
        ClaimFolder.open_or_read_only(path)
    con = sqlite3.connect(path / "bonusdesk.db")
    assert not con.execute("select 1 from sqlite_master where name = 'evidence_claim_fts'"
                           ).fetchall()  # nothing was written to it


def test_a_word_sqlite_splits_after_all_falls_back_to_the_row_indexes(folder, claim,
                                                                     monkeypatch):
    # The one-word index has no positions: a word of several tokens cannot be looked up
    # there. If the check and SQLite's tokenizer ever disagree, the search still answers.
    import bonusdesk.core.search as search_module

    monkeypatch.setattr(search_module, "_one_token", lambda _text: True)
    assert matching_claim_ids(folder, "BNS-402") == by_join(folder, "BNS-402") == {claim.id}
