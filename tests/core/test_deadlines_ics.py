"""Calendar export: RFC 5545 text read back with the icalendar package."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from bonusdesk.core.deadlines import list_deadlines
from bonusdesk.core.ics import calendar_text, escape_text, fold, folder_uid, write_ics
from bonusdesk.core.model import Claim

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def events(text: str) -> list:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def test_open_deadlines_become_events_with_alarms(folder, claim, platform):
    other = folder.claims.create(Claim("Cashback; missing, again\\", platform.id,
                                       utc(2026, 11, 22, 8, 0), "Europe/Paris"))
    deadlines = list_deadlines(folder, NOW)
    text = calendar_text(deadlines, folder_uid(folder), NOW)
    parsed = events(text)
    assert len(parsed) == 2
    by_uid = {str(e["UID"]): e for e in parsed}
    first = by_uid[f"claim-{claim.id}-reporting.{folder_uid(folder)}@bonusdesk"]
    assert first.decoded("DTSTART") == utc(2026, 11, 21, 20, 15)
    assert first.decoded("DTSTAMP") == NOW
    assert str(first["SUMMARY"]).endswith("– Bonus de bienvenue non crédité")
    [alarm] = list(first.walk("VALARM"))
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -timedelta(hours=24)
    second = by_uid[f"claim-{other.id}-reporting.{folder_uid(folder)}@bonusdesk"]
    assert str(second["SUMMARY"]).endswith("– Cashback; missing, again\\")
    assert "Claim #2: Cashback; missing, again\\\nDue 2026-11-23 09:00 Europe/Paris" in \
        str(second["DESCRIPTION"])


def test_met_deadlines_are_left_out(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 8, 0))
    deadlines = list_deadlines(folder, NOW)
    parsed = events(calendar_text(deadlines, folder_uid(folder), NOW))
    keys = {str(e["UID"]).split("@")[0].rsplit(".", 1)[0] for e in parsed}
    assert keys == {f"claim-{claim.id}-follow_up",
                    f"claim-{claim.id}-escalation-uk-operator.final_response"}


def test_uids_are_stable_across_exports_and_unique(folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="UKGC")
    folder.claims.set_status(claim.id, "reported", at=utc(2026, 11, 21, 8, 0))
    uid = folder_uid(folder)
    later = NOW + timedelta(days=2)
    one = [str(e["UID"]) for e in events(calendar_text(list_deadlines(folder, NOW), uid, NOW))]
    two = [str(e["UID"]) for e in events(calendar_text(list_deadlines(folder, later), uid,
                                                       later))]
    assert one == two
    assert len(set(one)) == len(one) == 2


def test_lines_end_in_crlf_and_are_folded_at_75_octets(folder, platform):
    folder.claims.create(Claim("Très long titre " * 12, platform.id,
                               utc(2026, 11, 21, 8, 0), "Europe/Paris"))
    text = calendar_text(list_deadlines(folder, NOW), folder_uid(folder), NOW)
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        line.decode("utf-8")  # no character was cut in two
    assert str(events(text)[0]["SUMMARY"]) == (
        "Report the problem (within 24 hours of the incident) – "
        + ("Très long titre " * 12).strip())


def test_fold_counts_octets_not_characters():
    line = "SUMMARY:" + "é" * 60  # 8 + 120 octets
    folded = fold(line).encode("utf-8").split(b"\r\n")
    assert [len(p) <= 75 for p in folded] == [True] * len(folded)
    assert b"".join(p[1:] if i else p for i, p in enumerate(folded)).decode() == line


def test_text_escaping():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_write_ics_is_atomic_and_replaces_the_old_file(folder, claim, tmp_path):
    target = tmp_path / "out" / "deadlines.ics"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    write_ics(target, list_deadlines(folder, NOW), folder_uid(folder), NOW)
    assert len(events(target.read_text(encoding="utf-8"))) == 1
    assert [p.name for p in target.parent.iterdir()] == ["deadlines.ics"]


def test_write_ics_into_a_missing_folder_writes_nothing(folder, claim, tmp_path):
    with pytest.raises(OSError):
        write_ics(tmp_path / "nowhere" / "x.ics", list_deadlines(folder, NOW),
                  folder_uid(folder), NOW)
    assert list(tmp_path.iterdir()) == [tmp_path / "claims"]
