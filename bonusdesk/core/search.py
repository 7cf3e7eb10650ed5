"""Full-text search over claims, contacts, evidence notes and text read from images (FTS5).

Withdrawn contacts are left out (they were logged by mistake); evidence in the Inbox
is found with ``claim_id`` None.

The index folds diacritics ("resume" finds "résumé"); user text is always
quoted (see ``fts_query``), so FTS syntax typed by a user cannot break the query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .folder import ClaimFolder


@dataclass
class Hit:
    claim_id: int | None  # None: evidence in the Inbox
    kind: str  # claim | contact | evidence
    item_id: int
    title: str
    snippet: str


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word a quoted phrase, the last one a prefix.

    Quoting makes FTS operators (AND, NEAR, ``col:``, ``*``, quotes) plain words;
    the prefix lets results appear while the user is still typing.
    """
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(folder: ClaimFolder, text: str, limit: int = 200) -> list[Hit]:
    query = fts_query(text)
    if not query:
        return []
    db = folder.db
    hits: list[Hit] = []
    for row in db["claims"].search(query, columns=["id", "title", "error_code", "error_text"],
                                   limit=limit, quote=False):
        snippet = " · ".join(x for x in (row["error_code"], row["error_text"]) if x)
        hits.append(Hit(row["id"], "claim", row["id"], row["title"], snippet))
    for row in db["contacts"].search(query, columns=["id", "claim_id", "reference", "summary"],
                                     where="withdrawn_at is null", limit=limit, quote=False):
        hits.append(Hit(row["claim_id"], "contact", row["id"], row["reference"],
                        (row["summary"] or "")[:160]))
    for row in db["evidence"].search(
            query, columns=["id", "claim_id", "original_name", "caption"], limit=limit,
            quote=False):
        hits.append(Hit(row["claim_id"], "evidence", row["id"], row["original_name"],
                        row["caption"] or ""))
    hits += _ocr_hits(folder, query, limit, {h.item_id for h in hits if h.kind == "evidence"})
    return hits[:limit]


def _ocr_hits(folder: ClaimFolder, query: str, limit: int, seen: set[int]) -> list[Hit]:
    """Screenshots whose text (read by OCR, see core.ocr_store) matches."""
    if not folder.db["ocr_text"].exists():
        return []
    out = []
    for row in folder.db.query(
            "select e.claim_id, o.evidence_id, e.original_name, "
            "snippet(ocr_text_fts, 0, '', '', '…', 12) as snippet "
            "from ocr_text_fts join ocr_text o on o.id = ocr_text_fts.rowid "
            "join evidence e on e.id = o.evidence_id "
            "where ocr_text_fts match ? order by rank limit ?", [query, limit]):
        if row["evidence_id"] in seen:
            continue
        seen.add(row["evidence_id"])
        out.append(Hit(row["claim_id"], "evidence", row["evidence_id"], row["original_name"],
                       row["snippet"].replace("\n", " ")))
    return out


def matching_claim_ids(folder: ClaimFolder, text: str) -> set[int]:
    """Claims that match ``text`` in their own fields, their contacts or their evidence.

    One SQL query for the ids alone: the claims list filters by this set on each
    keystroke, and ranking, snippets and a Hit per matching row (``search``) cost
    hundreds of milliseconds when a common word matches most of 30,000 claims. The
    claim of a matching contact, evidence or OCR row is read from the rowid of its
    ``*_claim_fts`` index (schema m020: ``(claim_id << 32) | id``), not from its table:
    a common word matches ~100,000 evidence rows at 30,000 claims."""
    query = fts_query(text)
    if not query:
        return set()
    db = folder.db
    present = {name for (name,) in db.execute(
        "select name from sqlite_master where type = 'table' and name in "
        "('ocr_text', 'evidence_claim_fts', 'claim_text_fts')")}
    if "evidence_claim_fts" not in present:  # not upgraded to m020 (a raw connection)
        return _matching_claim_ids_by_join(db, query, "ocr_text" in present)
    if _one_token(text) and "claim_text_fts" in present:
        # One word is in one of a claim's rows exactly when it is in the claim's text.
        try:  # one string, not a row per claim: 30,000 rows cost ~3 ms more in Python
            (ids,) = db.execute("select group_concat(rowid) from claim_text_fts "
                                "where claim_text_fts match ?", [query]).fetchone()
            return set(map(int, ids.split(","))) if ids else set()
        except sqlite3.OperationalError:
            pass  # SQLite read it as several tokens after all (no positions there for that)
    parts = ["select rowid from claims_fts where claims_fts match :q"]
    parts += [f"select rowid >> 32 from {fts} where {fts} match :q"
              for fts in ("contacts_claim_fts", "evidence_claim_fts", "ocr_text_claim_fts")
              if fts != "ocr_text_claim_fts" or "ocr_text" in present]
    return {claim_id for (claim_id,) in db.execute(" union ".join(parts), {"q": query})}


def _one_token(text: str) -> bool:
    """Whether ``text`` is one word the index reads as one token (letters and digits
    only: "bonus", "crédité", "TX42"; not "DEP-177", which is two, nor several words)."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return len(words) == 1 and words[0].isalnum()


def _matching_claim_ids_by_join(db, query: str, ocr: bool) -> set[int]:
    """The same set without the m020 indexes: each matching row joined to its claim."""
    parts = [
        "select rowid from claims_fts where claims_fts match :q",
        "select claim_id from contacts where withdrawn_at is null and rowid in "
        "(select rowid from contacts_fts where contacts_fts match :q)",
        "select claim_id from evidence where rowid in "
        "(select rowid from evidence_fts where evidence_fts match :q)",
    ]
    if ocr:
        parts.append("select e.claim_id from ocr_text o join evidence e on e.id = o.evidence_id "
                     "where o.id in (select rowid from ocr_text_fts where ocr_text_fts match :q)")
    rows = db.execute(" union ".join(parts), {"q": query})
    return {claim_id for (claim_id,) in rows if claim_id is not None}  # None: the Inbox
