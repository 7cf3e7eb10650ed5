"""Which version of an image a package carries: the original, its redacted copy, or both.

A player who redacted an ID card or a bank statement sends the redacted copy by default;
the original stays out of the PDF and out of the ZIP unless the player asks for it
(``ExportOptions.versions``, ``bundle_originals``). The index says of each copy which
original it was made from, with that original's SHA-256, so a mediator can ask for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.derivative import is_derivative, is_redacted_copy
from ..core.errors import BadInput
from ..core.model import Evidence

REDACTED, ORIGINAL, BOTH = "redacted", "original", "both"
CHOICES = (REDACTED, ORIGINAL, BOTH)


@dataclass
class Versions:
    shown: list[Evidence]  # in the PDF, attached, in the bundle
    withheld: list[Evidence] = field(default_factory=list)  # originals shown only redacted
    parents: dict[int, Evidence] = field(default_factory=dict)  # derivative id -> its parent


def _parents(every: list[Evidence]) -> dict[int, Evidence]:
    by_sha: dict[str, Evidence] = {}
    for ev in every:
        by_sha.setdefault(ev.sha256, ev)
    return {ev.id: by_sha[ev.parent_sha256] for ev in every
            if is_derivative(ev) and ev.parent_sha256 in by_sha
            and by_sha[ev.parent_sha256].id != ev.id}


def newest_redacted_copies(every: list[Evidence]) -> dict[int, Evidence]:
    """Original evidence id -> its newest redacted copy in the claim."""
    parents = _parents(every)
    out: dict[int, Evidence] = {}
    for ev in every:
        if is_redacted_copy(ev) and ev.id in parents:
            pid = parents[ev.id].id
            if pid not in out or ev.id > out[pid].id:
                out[pid] = ev
    return out


def choose(every: list[Evidence], chosen: list[Evidence], versions: dict[int, str],
           explicit: bool) -> Versions:
    """Apply the per-image choices to ``chosen`` (every item of the claim when not
    ``explicit``); the order of ``every`` is kept."""
    copies = newest_redacted_copies(every)
    for pid, choice in versions.items():
        if choice not in CHOICES:
            raise BadInput(f"evidence {pid}: choose {', '.join(CHOICES)}, not {choice!r}")
        if pid not in copies:
            raise BadInput(f"evidence {pid} has no redacted copy: there is no version to "
                           "choose (redact it first)")
    by_id = {ev.id: ev for ev in every}
    chosen_ids = {ev.id for ev in chosen}
    include = set(chosen_ids)
    withheld: list[Evidence] = []
    for pid, copy in copies.items():
        if pid not in chosen_ids and copy.id not in chosen_ids:
            continue
        choice = versions.get(pid, REDACTED)
        if choice in (REDACTED, BOTH):
            include.add(copy.id)
        else:
            include.discard(copy.id)
        if choice in (ORIGINAL, BOTH):
            include.add(pid)
        elif pid in include:
            include.discard(pid)
            withheld.append(by_id[pid])
    if not explicit:
        # Earlier redacted copies of the same original: the newest one replaces them.
        newest = {c.id for c in copies.values()}
        include -= {ev.id for ev in every if is_redacted_copy(ev) and ev.id not in newest}
    shown = [ev for ev in every if ev.id in include]
    return Versions(shown, withheld, _parents(every))
