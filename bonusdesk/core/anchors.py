"""Anchors: copies of the event chain's head kept outside the claim folder.

Each export prints the head (``seq:hash``) in the PDF, the bundle manifest and the
folder's export log (table ``exports``); the complaint text carries a short form
(:func:`fingerprint`), so the operator's own ticket system holds a dated copy. A
chain cut back and rebuilt after that moment no longer contains the anchor:
``verify`` checks every exported head, ``verify --anchor SEQ:HASH`` one given by a
recipient.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import events, sqlwrite
from .errors import BadInput
from .timeutil import now_utc, to_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .folder import ClaimFolder

SHORT_HEX = 16  # 64 bits: short enough to copy by hand, far too many to forge by chance
_ANCHOR = re.compile(r"^\s*(\d{1,18})\s*:\s*([0-9a-fA-F]{16,64})\s*$")


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str  # 64 hex digits, or a prefix of at least 16 when typed by a person

    @classmethod
    def parse(cls, text: str) -> Anchor:
        m = _ANCHOR.match(text or "")
        if not m:
            raise BadInput(f"an anchor looks like 41:3f9a1c2b7d0e5f11 (event number, colon, "
                           f"at least {SHORT_HEX} hex digits of its hash), not {text!r}")
        return cls(int(m.group(1)), m.group(2).lower())

    @property
    def short(self) -> str:
        return f"{self.seq}:{self.hash[:SHORT_HEX]}"

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    def matches(self, seq: int, digest: str | None) -> bool:
        return seq == self.seq and bool(digest) and digest.startswith(self.hash)


def current(db: Database) -> Anchor:
    seq, digest = events.head(db)
    return Anchor(seq, digest)


def fingerprint(db: Database) -> str:
    """The short anchor for the complaint text, e.g. ``41:3f9a1c2b7d0e5f11``."""
    return current(db).short


def check(db: Database, anchor: Anchor) -> str | None:
    """None when the chain holds ``anchor``; else what is wrong, in one sentence."""
    ev = db.execute("select hash from events where seq = ?", [anchor.seq]).fetchone()
    if ev is None:
        return (f"anchor {anchor.short} is not in the event log: event {anchor.seq} does not "
                "exist any more (history was cut back)")
    if not anchor.matches(anchor.seq, ev[0]):
        return (f"anchor {anchor.short} is not in the event log: event {anchor.seq} now has "
                f"hash {ev[0][:SHORT_HEX]}… (history was rewritten after the anchor was made)")
    return None


def record_export(folder: ClaimFolder, claim_id: int, anchor: Anchor, pdf_name: str,
                  pdf_sha256: str, bundle_name: str | None, bundle_sha256: str | None) -> int:
    """Add an export to the folder's export log; call inside the export's transaction."""
    return sqlwrite.insert(folder.db, "exports", {  # plain SQL: no sqlite-utils import
        "claim_id": claim_id, "at": to_iso(now_utc()), "head_seq": anchor.seq,
        "head_hash": anchor.hash, "pdf_file": pdf_name, "pdf_sha256": pdf_sha256,
        "bundle_file": bundle_name, "bundle_sha256": bundle_sha256})


def exported(db: Database) -> list[tuple[str, Anchor]]:
    """(what, anchor) for every head ever exported: the export log and export events."""
    found: dict[tuple[int, str], str] = {}
    if "exports" in db.table_names():
        for r in db.query("select id, pdf_file, at, head_seq, head_hash from exports"):
            key = (r["head_seq"], r["head_hash"])
            found.setdefault(key, f"export {r['id']} ({r['pdf_file']}, {r['at'][:10]})")
    for r in db.query("select seq, data from events where action = 'export' and "
                      "data like '%\"anchor\"%'"):
        try:
            a = Anchor.parse(json.loads(r["data"]).get("anchor", ""))
        except (BadInput, ValueError, AttributeError):
            continue
        found.setdefault((a.seq, a.hash), f"the export recorded by event {r['seq']}")
    return [(what, Anchor(seq, digest)) for (seq, digest), what in sorted(found.items())]
