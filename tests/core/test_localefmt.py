"""Dates, money, plurals and spacing as French and English readers write them (CLDR)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from bonusdesk.core import localefmt as lf

NNBSP, NBSP = "\u202f", "\u00a0"
WINTER = datetime(2026, 11, 20, 20, 15, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 8, 5, tzinfo=UTC)


def test_moment_in_french_reads_like_a_letter():
    assert lf.moment(WINTER, "Europe/Paris", "fr") == \
        f"20 novembre 2026 à 21{NBSP}h{NBSP}15, heure de Paris (UTC+1)"
    assert lf.moment(SUMMER, "Europe/Paris", "fr") == \
        f"1er juillet 2026 à 10{NBSP}h{NBSP}05, heure de Paris (UTC+2)"


def test_moment_in_english_names_the_city_and_offset():
    assert lf.moment(WINTER, "Europe/Paris", "en") == \
        "20 November 2026 at 21:15, Paris time (UTC+1)"
    assert lf.moment(WINTER, "America/New_York", "en").endswith("New York time (UTC\u22125)")
    assert lf.moment(WINTER, "Etc/UTC", "fr") == \
        f"20 novembre 2026 à 20{NBSP}h{NBSP}15 (temps universel (UTC))"


def test_zone_phrase_translates_the_city_and_elides_before_a_vowel():
    assert lf.zone_phrase("Europe/London", "fr") == "heure de Londres"
    assert lf.zone_phrase("Europe/Amsterdam", "fr") == "heure d\u2019Amsterdam"


def test_short_and_table_forms():
    assert lf.short_date(WINTER, "Europe/Paris", "fr") == "20/11/2026"
    assert lf.table_time(WINTER, "Europe/Paris", "en") == "20/11/2026 21:15"
    assert lf.offset_text(WINTER, "Asia/Kolkata") == "UTC+5:30"


@pytest.mark.parametrize("amount,currency,lang,expected", [
    ("100.00", "EUR", "fr", f"100,00{NBSP}€"),
    ("100", "€", "en", "€100.00"),
    ("1 234,5", "eur", "fr", f"1{NNBSP}234,50{NBSP}€"),
    ("1,234.50", "GBP", "en", "£1,234.50"),
    ("50", "", "fr", "50,00"),
    ("cinquante", "EUR", "fr", "cinquante EUR"),  # not a number: shown as typed
])
def test_money_uses_cldr_formats(amount, currency, lang, expected):
    assert lf.money(amount, currency, lang) == expected


def test_parse_amount_reads_both_decimal_marks():
    assert lf.parse_amount("49,90") == Decimal("49.90")
    assert lf.parse_amount("1.234,56") == Decimal("1234.56")
    assert lf.parse_amount("12 abc") is None


def test_plural_follows_each_language_rules():
    forms = {"one": "{n} preuve", "other": "{n} preuves"}
    assert [lf.plural(n, forms, "fr") for n in (0, 1, 6)] == ["0 preuve", "1 preuve",
                                                              "6 preuves"]
    en = {"one": "{n} item", "other": "{n} items"}
    assert [lf.plural(n, en, "en") for n in (0, 1, 1234)] == ["0 items", "1 item",
                                                              "1,234 items"]


def test_french_spacing_puts_narrow_no_break_spaces():
    assert lf.french_spacing("Objet : « test » ; vraiment ? oui !") == \
        f"Objet{NNBSP}: «{NNBSP}test{NNBSP}»{NNBSP}; vraiment{NNBSP}? oui{NNBSP}!"
    assert lf.french_spacing("https://example.org") == "https://example.org"


def test_byte_size_in_each_language():
    assert lf.byte_size(1_234_567, "fr") == f"1,2{NBSP}Mo"
    assert lf.byte_size(527, "en") == f"527{NBSP}bytes"
