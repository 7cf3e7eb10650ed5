"""The records a screen capture writes: evidence and the event log's entries.

Part of the domain model (``bonusdesk.core.model`` re-exports every name here): kept
apart so that ``bonusdesk-cli capture`` loads these two dataclasses and one enum, not the
whole model's (~5 ms of a process that must stay near scrot's time, issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# Evidence ``source`` of a referral letter kept as sent (core/escalate.py): the player's
# own words, not evidence of what happened, so readiness does not count it.
LETTER_SOURCE = "referral_letter"


class EvidenceKind(StrEnum):
    SCREENSHOT = "screenshot"
    ID_DOCUMENT = "id_document"
    EMAIL = "email"
    BANK_PROOF = "bank_proof"
    CHAT_TRANSCRIPT = "chat_transcript"
    DOCUMENT = "document"
    OTHER = "other"


@dataclass
class Evidence:
    """A file kept as evidence: its hash, where it lies in the folder, and when and in
    which zone it was captured or imported (table ``evidence``)."""

    claim_id: int | None  # None: in the Inbox, not filed into a claim yet
    kind: EvidenceKind
    sha256: str
    path: str  # relative to the claim folder, POSIX separators
    original_name: str
    size: int
    mime: str
    captured_at: datetime
    zone: str
    utc_offset: str  # "+01:00" at capture time in ``zone``
    caption: str = ""
    note: str = ""
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    exif_time: str = ""
    # import | capture | clipboard | email_attachment | email_forwarded | decrypted | derivative
    source: str = "import"  # capture, import, email_attachment, ..., LETTER_SOURCE
    parent_sha256: str = ""  # for a stamped derivative: the original's hash
    metadata: dict = field(default_factory=dict)
    id: int | None = None

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass
class Event:
    """One entry of the folder's hash-chained event log (table ``events``)."""

    seq: int
    at: str
    action: str
    entity: str
    entity_id: int | None
    claim_id: int | None
    data: dict  # what the writer said about the change
    prev_hash: str
    hash: str
    # Snapshots of the rows the change left behind ({"t": table, "k": key, "v": values
    # or None when deleted}); stored in the data column under "rows", kept apart here.
    rows: list = field(default_factory=list)
