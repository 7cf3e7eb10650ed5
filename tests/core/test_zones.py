"""Time zones follow the claim; lists name a zone only when it is not the computer's."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core.zones import claim_zone, differs_from_computer, show_time

WINTER = datetime(2026, 11, 20, 20, 15, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


def test_a_dialog_for_a_claim_starts_in_the_claims_zone(folder, claim, monkeypatch):
    monkeypatch.setenv("BONUSDESK_TZ", "America/New_York")  # travelling today
    assert claim_zone(folder, claim.id) == "Europe/Paris"
    assert claim_zone(folder, None) == "America/New_York"  # the Inbox: the computer's


def test_a_zone_is_different_only_when_the_clock_reads_differently():
    assert not differs_from_computer(WINTER, "Europe/Brussels", "Europe/Paris")
    assert differs_from_computer(WINTER, "Europe/London", "Europe/Paris")
    # Lisbon and London share their offset all year: the same clock reading.
    assert not differs_from_computer(SUMMER, "Europe/Lisbon", "Europe/London")


def test_times_show_the_zone_only_when_it_differs():
    assert show_time(WINTER, "Europe/Paris", "fr", "Europe/Paris") == "20/11/2026 21:15"
    assert show_time(WINTER, "Europe/London", "fr", "Europe/Paris") == \
        "20/11/2026 20:15 (heure de Londres, UTC)"
    assert show_time(SUMMER, "America/New_York", "en", "Europe/Paris") == \
        "01/07/2026 08:00 (New York time, UTC\u22124)"
    assert show_time(WINTER, "UTC", "en", "Europe/Paris") == "20/11/2026 20:15 (UTC)"
    assert show_time(None, "UTC", "en") == ""
