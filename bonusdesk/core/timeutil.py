"""Time helpers: UTC inside, the user's zone at the edges.

Stored form is an ISO-8601 UTC string with an explicit ``+00:00`` offset;
the user's IANA zone is stored next to it so local time can be shown again.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BadInput

log = logging.getLogger(__name__)


class BadTime(BadInput):
    """A time or zone given by the user could not be understood."""


def now_utc() -> datetime:
    return datetime.now(UTC)


def get_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadTime(
            f"unknown time zone {name!r} (use an IANA name such as Europe/Paris)"
        ) from exc


def local_zone_name() -> str:
    """The user's IANA zone: $BONUSDESK_TZ, else the system's (tzlocal), else UTC.

    tzlocal reads the zone the way each system stores it: $TZ and /etc/localtime on Linux
    and macOS, the registry's ``TimeZoneKeyName`` on Windows (mapped to an IANA name with
    the CLDR table; the zone data itself comes from the ``tzdata`` package there).
    """
    override = os.environ.get("BONUSDESK_TZ", "").lstrip(":")
    if override and _known_zone(override):
        return override
    name = system_zone_name()
    if name and _known_zone(name):
        return name
    log.warning("could not tell this computer's time zone (got %r): using UTC", name)
    return "UTC"


def system_zone_name() -> str | None:
    """The operating system's zone as an IANA name, None when it cannot be told."""
    # The backend is picked here, not at import, so a test can simulate Windows.
    backend = importlib.import_module("tzlocal.win32" if sys.platform == "win32"
                                      else "tzlocal.unix")
    try:
        return backend.get_localzone_name()
    except (LookupError, OSError, ValueError) as exc:  # ZoneInfoNotFoundError is a KeyError
        log.warning("time zone lookup failed: %s", exc)
        return None


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def to_iso(dt: datetime) -> str:
    """Stored form: UTC, seconds precision or better, explicit offset."""
    if dt.tzinfo is None:
        raise BadTime("naive datetime: a time zone is required")
    return dt.astimezone(UTC).isoformat(timespec="microseconds" if dt.microsecond else "seconds")


def from_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


def utc_offset(dt: datetime, zone: str) -> str:
    """``+01:00`` style offset of ``zone`` at instant ``dt``."""
    off = dt.astimezone(get_zone(zone)).utcoffset()
    total = int(off.total_seconds()) if off is not None else 0
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"{sign}{total // 3600:02d}:{total % 3600 // 60:02d}"


def parse_user_time(text: str, zone: str) -> datetime:
    """Parse ISO-8601 typed by a user; a time without offset is read in ``zone``."""
    try:
        dt = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise BadTime(
            f"cannot read time {text!r}: use ISO-8601 such as 2026-11-20T21:15 or "
            "2026-11-20T21:15+01:00"
        ) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=get_zone(zone))
    return dt.astimezone(UTC)


def format_local(dt: datetime | None, zone: str, with_zone: bool = True) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(get_zone(zone))
    text = local.strftime("%Y-%m-%d %H:%M")
    if with_zone:
        text += f" {zone} (UTC{utc_offset(dt, zone)})"
    return text
