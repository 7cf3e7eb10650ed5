"""Deadlines as an RFC 5545 calendar (.ics) for the user's calendar app.

One VEVENT per open deadline with one VALARM; UIDs are built from the stable
deadline key and the folder's id, so importing a newer export updates the
events instead of duplicating them. Times are written in UTC (``Z``), which
every client shows in its own zone, so no VTIMEZONE is needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .atomicfile import write_atomic
from .deadlines import DUE_SOON, STATE_LABELS, Deadline
from .timeutil import format_local

PRODID = "-//BonusDesk//Deadlines//EN"
MAX_OCTETS = 75


def folder_uid(folder) -> str:
    """The folder's calendar id (set by migration m002)."""
    rows = list(folder.db.query("select value from meta where key = 'folder_uid'"))
    return rows[0]["value"]


def event_uid(deadline: Deadline, uid: str) -> str:
    return f"{deadline.key.replace(':', '-')}.{uid}@bonusdesk"


def escape_text(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets (3.1) without cutting a UTF-8 sequence."""
    out: list[str] = []
    current, size, limit = [], 0, MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, MAX_OCTETS  # the leading space counts
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"-PT{minutes // 60}H{minutes % 60}M" if minutes % 60 else f"-PT{minutes // 60}H"


def calendar_text(deadlines: Iterable[Deadline], uid: str, now: datetime,
                  alarm_before: timedelta = DUE_SOON) -> str:
    """The calendar for the open ``deadlines``; CRLF line ends, folded lines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:BonusDesk deadlines"]
    for d in deadlines:
        if not d.state.is_open or not d.state.is_dated:
            continue
        summary = f"{d.label} – {d.claim_title}"
        who = "you must act" if d.party == "you" else "the operator must answer"
        description = "\n".join(filter(None, [
            f"Claim #{d.claim_id}: {d.claim_title}",
            f"Due {format_local(d.due_at, d.zone)} ({who})",
            f"State when exported: {STATE_LABELS[d.state]}",
            f"Rule: {d.rule}" if d.rule else "",
        ]))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event_uid(d, uid)}",
            f"DTSTAMP:{_stamp(now)}",
            f"DTSTART:{_stamp(d.due_at)}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            f"CATEGORIES:BonusDesk,{escape_text(d.kind.value)}",
            "TRANSP:TRANSPARENT",  # a deadline does not make the user busy
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(summary)}",
            f"TRIGGER;RELATED=START:{_duration(alarm_before)}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_ics(path: Path | str, deadlines: Iterable[Deadline], uid: str, now: datetime,
              alarm_before: timedelta = DUE_SOON) -> Path:
    """Write the calendar atomically: a temp file beside it, fsync, rename."""
    path = Path(path)
    data = calendar_text(deadlines, uid, now, alarm_before).encode("utf-8")
    return write_atomic(path, data)
