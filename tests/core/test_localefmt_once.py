"""Babel parses each language's locale once, not on every value formatted (an export
of 300 screenshots formats thousands of dates, sizes and numbers)."""

from __future__ import annotations

from datetime import UTC, datetime

import babel

from bonusdesk.core import localefmt as lf


def test_each_locale_is_parsed_once_for_any_number_of_values(monkeypatch):
    lf._babel.cache_clear()
    parsed: list[str] = []
    real = babel.Locale.parse.__func__

    def counting(cls, identifier, *args, **kwargs):
        if isinstance(identifier, str):
            parsed.append(identifier)
        return real(cls, identifier, *args, **kwargs)

    monkeypatch.setattr(babel.Locale, "parse", classmethod(counting))
    at = datetime(2026, 11, 20, 20, 15, tzinfo=UTC)
    for lang in ("fr", "en") * 50:
        lf.table_time(at, "Europe/Paris", lang)
        lf.byte_size(1_234_567, lang)
        lf.money("100", "€", lang)
        lf.plural(2, {"one": "{n} preuve", "other": "{n} preuves"}, lang)
        lf.zone_phrase("Europe/London", lang)
    assert sorted(parsed) == ["en_GB", "fr_FR"]
    assert lf.byte_size(1_234_567, "fr") == "1,2\u00a0Mo"
    assert lf.table_time(at, "Europe/Paris", "en") == "20/11/2026 21:15"
