"""Where a capture goes: the one decision, made when the capture starts.

The current claim when there is one, else the Inbox of unfiled evidence (filed into a
claim later): a capture never waits for a claim, the error on screen is gone a moment
later (core/inbox.py). Only without an open claim folder is there nowhere to put it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..session import Session


@dataclass(frozen=True)
class Destination:
    claim_id: int | None  # None: the Inbox
    title: str = ""  # the claim's title ("" for the Inbox)

    @property
    def inbox(self) -> bool:
        return self.claim_id is None


def capture_destination(session: Session) -> Destination | None:
    """The current claim, else the Inbox; None when no claim folder is open."""
    if session.folder is None:
        return None
    claim = session.current_claim()
    return Destination(None) if claim is None else Destination(claim.id, claim.title)
