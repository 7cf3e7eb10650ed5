"""Undo a capture made by mistake, right after it was made.

A hotkey pressed on the wrong screen must not leave a stray screenshot in the claim's
PDF. Evidence is otherwise never deleted, so undo is narrow and leaves a trace:

- only a capture (``source = "capture"``), within :data:`UNDO_WINDOW` of the grab, with
  the stamped copy made with it (nothing else derived from it);
- refused when anything already points at it: a contact, a checklist item, an export
  that included it, a copy the player made (annotated, redacted);
- one transaction removes the rows (and the text OCR read from them) with one
  ``discard`` event per item naming its hash, name and capture time: the claim's history
  says a screenshot was taken and undone; the hash chain is untouched.

The file goes last, and only when no other row holds the same bytes: it is noted in
``pending_files`` inside the transaction, so a crash before the unlink is finished by the
folder's crash recovery (an unreferenced pending path is removed) instead of leaving a
stray file for ``verify``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from . import events
from .errors import BadInput
from .model import Evidence
from .timeutil import now_utc, to_iso

if TYPE_CHECKING:
    from .folder import ClaimFolder

UNDO_WINDOW = timedelta(minutes=15)


class UndoRefused(BadInput):
    """The capture cannot be undone any more (too late, or something points at it)."""


def _family(folder: ClaimFolder, ev: Evidence) -> list[Evidence]:
    """``ev`` and the copies made from it, in the same claim (or Inbox)."""
    rows = folder.db.query("select id from evidence where parent_sha256 = ? and id != ? "
                           "and claim_id is ?", [ev.sha256, ev.id, ev.claim_id])
    return [ev, *(folder.evidence.get(r["id"]) for r in rows)]


def _links(folder: ClaimFolder, ids: set[int], claim_id: int | None) -> list[str]:
    """What points at any of ``ids``: "contact 3", "checklist item 'Terms read'", "export"."""
    if claim_id is None:
        return []
    found = [f"contact {c.id}" for c in folder.contacts.list(claim_id, include_withdrawn=True)
             if ids & set(c.evidence_ids)]
    found += [f"checklist item '{item.label}'" for item in folder.claims.checklist(claim_id)
              if ids & set(item.evidence_ids)]
    for event in events.list_events(folder.db, claim_id):
        if event.action == "export" and ids & set((event.data or {}).get("evidence") or []):
            found.append("an exported package")
            break
    return found


def check_undo(folder: ClaimFolder, evidence_id: int, now: datetime | None = None
               ) -> list[Evidence]:
    """The items undoing this capture would remove, or :class:`UndoRefused` saying why."""
    ev = folder.evidence.get(evidence_id)
    if ev.source != "capture":
        raise UndoRefused(f"evidence {ev.id} is not a screenshot taken by BonusDesk: only a "
                          "capture can be undone")
    if (now or now_utc()) - ev.captured_at > UNDO_WINDOW:
        minutes = int(UNDO_WINDOW.total_seconds() // 60)
        raise UndoRefused(f"the screenshot was taken more than {minutes} minutes ago: it is "
                          "kept as evidence")
    family = _family(folder, ev)
    copies = [e for e in family[1:] if (e.metadata or {}).get("derivative") != "stamped"]
    if copies:
        raise UndoRefused(f"a copy was made from the screenshot (evidence {copies[0].id}): "
                          "it is kept as evidence")
    links = _links(folder, {e.id for e in family}, ev.claim_id)
    if links:
        raise UndoRefused(f"the screenshot is already used by {', '.join(links)}: it is kept "
                          "as evidence")
    return family


def undo_capture(folder: ClaimFolder, evidence_id: int, now: datetime | None = None
                 ) -> list[Evidence]:
    """Remove a capture made by mistake (and its stamped copy); returns what was removed.

    Raises :class:`UndoRefused` (a BadInput) with nothing changed when it cannot.
    """
    family = check_undo(folder, evidence_id, now)
    ids = [e.id for e in family]
    marks = ",".join("?" * len(ids))
    orphans: list[str] = []
    with folder.transaction():
        if folder.db["ocr_text"].exists():  # text read from them: derived, goes with them
            folder.db.execute(f"delete from ocr_text where evidence_id in ({marks})", ids)
        folder.db.execute(f"delete from evidence where id in ({marks})", ids)
        for ev in family:
            still = list(folder.db.query("select 1 from evidence where path = ? limit 1",
                                         [ev.path]))
            if not still and ev.path not in orphans:
                orphans.append(ev.path)
                folder.db["pending_files"].upsert(
                    {"path": ev.path, "sha256": ev.sha256,
                     "started_at": to_iso(now or now_utc())}, pk="path")
            folder.log("discard", "evidence", ev.id, ev.claim_id, {
                "sha256": ev.sha256, "name": ev.original_name, "source": ev.source,
                "captured_at": to_iso(ev.captured_at), "reason": "capture undone"})
    for rel in orphans:
        _remove_file(folder, rel)
    return family


def _remove_file(folder: ClaimFolder, rel: str) -> None:
    import os

    path = folder.abspath(rel)
    try:
        os.chmod(path, 0o600)  # evidence files are read-only (Windows refuses to delete them)
        path.unlink()
    except FileNotFoundError:
        pass
    with folder.transaction():
        folder.db.execute("delete from pending_files where path = ?", [rel])
