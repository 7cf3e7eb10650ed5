"""The player's own details, once per claim folder.

Letters to support and referral files to a mediator or ADR body are signed
with them. Every field is optional: a letter leaves out what is missing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import BadInput
from .timeutil import now_utc, to_iso

if TYPE_CHECKING:
    from .folder import ClaimFolder

PROFILE_FIELDS = ("name", "email", "postal_address")
_MAX_LEN = 2000


@dataclass(frozen=True)
class PlayerProfile:
    name: str = ""
    email: str = ""
    postal_address: str = ""  # several lines, as written on an envelope

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in PROFILE_FIELDS)


def load(folder: ClaimFolder) -> PlayerProfile:
    rows = list(folder.db.query("select * from profile where id = 1"))
    if not rows:
        return PlayerProfile()
    row = rows[0]
    return PlayerProfile(**{f: row.get(f) or "" for f in PROFILE_FIELDS})


def save(folder: ClaimFolder, **changes: str) -> PlayerProfile:
    """Change some fields (others are kept); logs the old and new values."""
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise BadInput(f"unknown profile field {sorted(unknown)[0]!r}; fields: "
                       + ", ".join(PROFILE_FIELDS))
    cleaned = {k: _clean(k, v) for k, v in changes.items()}
    current = load(folder)
    diff = {k: v for k, v in cleaned.items() if getattr(current, k) != v}
    if not diff:
        return current
    with folder.transaction():
        row = {"id": 1, **dataclasses.asdict(current), **diff, "updated_at": to_iso(now_utc())}
        folder.db["profile"].upsert(row, pk="id")
        folder.log("change", "profile", 1, None,
                   {k: {"old": getattr(current, k), "new": v} for k, v in diff.items()})
    return dataclasses.replace(current, **diff)


def _clean(field: str, value) -> str:
    text = "" if value is None else str(value)
    # Addresses keep their line breaks; the other fields are one line.
    text = "\n".join(line.strip() for line in text.strip().splitlines())
    if field != "postal_address" and "\n" in text:
        raise BadInput(f"{field} must be one line")
    if len(text) > _MAX_LEN:
        raise BadInput(f"{field} is too long ({len(text)} characters, at most {_MAX_LEN})")
    if field == "email" and text and ("@" not in text or " " in text):
        raise BadInput(f"{text!r} does not look like an e-mail address")
    return text
