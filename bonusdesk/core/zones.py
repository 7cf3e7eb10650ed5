"""Time zones follow the claim: the zone a dialog starts in, how a time is shown.

A claim records the zone the player was in (``incident_zone``). Everything typed for that
claim (contacts, statuses, due dates) is read in that zone by default, even when the
computer is elsewhere today; evidence in the Inbox has no claim and uses the computer's.

Lists show each time in its own zone and name the zone only when it differs from the
computer's at that instant (same offset, same clock reading: naming it is noise).
"""

from __future__ import annotations

from datetime import datetime

from .localefmt import offset_text, table_time, zone_phrase
from .timeutil import get_zone, local_zone_name


def claim_zone(folder, claim_id: int | None) -> str:
    """The zone a dialog for ``claim_id`` starts in (the computer's for the Inbox)."""
    if claim_id is None:
        return local_zone_name()
    return folder.claims.get(claim_id).incident_zone or local_zone_name()


def differs_from_computer(dt: datetime, zone: str, computer_zone: str | None = None) -> bool:
    """True when ``dt`` reads differently on a clock in ``zone`` and on this computer."""
    here = computer_zone or local_zone_name()
    if zone == here:
        return False
    return dt.astimezone(get_zone(zone)).utcoffset() != dt.astimezone(get_zone(here)).utcoffset()


def show_time(dt: datetime | None, zone: str, lang: str, computer_zone: str | None = None
              ) -> str:
    """``20/11/2026 21:15``, or ``20/11/2026 20:15 (London time, UTC)`` when ``zone``
    differs from the computer's; "" for no time."""
    if dt is None:
        return ""
    text = table_time(dt, zone, lang)
    if differs_from_computer(dt, zone, computer_zone):
        phrase = zone_phrase(zone, lang)
        offset = offset_text(dt, zone)
        utc = phrase == "UTC" or phrase.endswith("(UTC)")  # the zone is UTC itself
        text += " (UTC)" if utc else f" ({phrase}, {offset})"
    return text
