"""The user's time zone on each system (Windows simulated through a fake registry)."""

from __future__ import annotations

import sys
import types
from datetime import UTC, datetime

import pytest

from bonusdesk.core import timeutil
from bonusdesk.core.model import Category, Claim
from bonusdesk.core.timeutil import local_zone_name


class FakeRegistry(types.ModuleType):
    """Just what tzlocal reads of ``winreg``: the TimeZoneInformation key's values."""

    HKEY_LOCAL_MACHINE = 0x80000002

    def __init__(self, values: dict):
        super().__init__("winreg")
        self.values = values
        self.opened: list[str] = []

    def ConnectRegistry(self, _machine, hive):  # noqa: N802 - winreg's names
        return hive

    def OpenKey(self, _handle, name):  # noqa: N802
        self.opened.append(name)
        return types.SimpleNamespace(Close=lambda: None)

    def QueryInfoKey(self, _key):  # noqa: N802
        return (0, len(self.values), 0)

    def EnumValue(self, _key, index):  # noqa: N802
        name = list(self.values)[index]
        return (name, self.values[name], 1)


@pytest.fixture
def windows(monkeypatch):
    """This process looks like Windows whose registry says ``values``."""

    def simulate(**values) -> FakeRegistry:
        registry = FakeRegistry(values)
        monkeypatch.setattr(sys, "platform", "win32")
        monkeypatch.setitem(sys.modules, "winreg", registry)
        # tzlocal.win32 caches the zone and binds winreg at import: import it afresh.
        monkeypatch.delitem(sys.modules, "tzlocal.win32", raising=False)
        monkeypatch.delenv("BONUSDESK_TZ", raising=False)
        monkeypatch.delenv("TZ", raising=False)
        return registry

    return simulate


def test_windows_set_to_paris_gives_europe_paris(windows):
    # The key name is "Romance Standard Time" whatever the display language of Windows.
    registry = windows(TimeZoneKeyName="Romance Standard Time\x00\x00\x00")
    assert local_zone_name() == "Europe/Paris"
    assert registry.opened == [r"SYSTEM\CurrentControlSet\Control\TimeZoneInformation"]


def test_windows_zone_is_used_for_a_claim_made_on_windows(windows, folder, platform):
    windows(TimeZoneKeyName="Romance Standard Time")
    claim = folder.claims.create(Claim(
        title="Cashback manquant", platform_id=platform.id,
        incident_at=timeutil.parse_user_time("2026-07-14T21:15", local_zone_name()),
        incident_zone=local_zone_name(), category=Category.OTHER))
    assert claim.incident_zone == "Europe/Paris"
    # 21:15 in Paris in July is 19:15 UTC (summer time), not 21:15 UTC.
    assert claim.incident_at == datetime(2026, 7, 14, 19, 15, tzinfo=UTC)
    change = folder.claims.set_status(claim.id, "reported")
    assert change.zone == "Europe/Paris"


def test_windows_zone_unknown_to_the_cldr_table_falls_back_to_utc(windows, caplog):
    windows(TimeZoneKeyName="Nowhere Special Time")
    assert local_zone_name() == "UTC"
    assert "using UTC" in caplog.text


def test_bonusdesk_tz_overrides_the_system(windows, monkeypatch):
    windows(TimeZoneKeyName="Romance Standard Time")
    monkeypatch.setenv("BONUSDESK_TZ", "America/Montreal")
    assert local_zone_name() == "America/Montreal"


def test_unknown_override_is_ignored_for_the_system_zone(monkeypatch):
    monkeypatch.setenv("BONUSDESK_TZ", "Mars/Olympus")
    monkeypatch.setattr(timeutil, "system_zone_name", lambda: "Europe/Brussels")
    assert local_zone_name() == "Europe/Brussels"


def test_unix_reads_tz_through_tzlocal(monkeypatch):
    monkeypatch.delenv("BONUSDESK_TZ")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    import tzlocal.unix

    monkeypatch.setattr(tzlocal.unix, "_cache_tz_name", None)
    assert local_zone_name() == "Asia/Tokyo"
