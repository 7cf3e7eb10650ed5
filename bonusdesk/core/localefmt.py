"""Dates, times, money, numbers and plurals as a French or English reader writes them.

Formats come from Babel (CLDR data), never from hand-written strftime patterns, so
"20 novembre 2026", "100,00 €", "1 234" and the plural rules are the ones the
language uses. Two conventions CLDR leaves to the writer are added here, in one
place: the French clock "21 h 15" used in letters, and the narrow no-break space
French puts before ``: ; ? !`` and inside « guillemets ».

Every function takes ``lang`` ("fr" or "en"); anything else is read as English.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, get_timezone_location
from babel.numbers import format_currency, format_decimal

from .timeutil import get_zone

# en_GB: day-month-year and a 24-hour clock, what a European player and a UK
# operator both read without doubt ("20 November 2026 at 21:15").
LOCALES = {"fr": "fr_FR", "en": "en_GB"}
LANG_TAGS = {"fr": "fr-FR", "en": "en-GB"}  # BCP 47, for the PDF's /Lang
NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"

# What players type in the currency field, mapped to ISO 4217 codes.
_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "us$": "USD", "chf": "CHF",
                     "euro": "EUR", "euros": "EUR"}


def locale_name(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["en"])


@lru_cache(maxsize=8)
def _babel(lang: str) -> Locale:
    """The Babel locale of ``lang``, parsed once: Babel parses a locale name on every
    call given one (an export of 300 screenshots formats thousands of values)."""
    return Locale.parse(locale_name(lang))


def lang_tag(lang: str) -> str:
    """``fr-FR`` / ``en-GB``: the language tag of a document written in ``lang``."""
    return LANG_TAGS.get(lang, LANG_TAGS["en"])


def _local(dt: datetime, zone: str) -> datetime:
    return dt.astimezone(get_zone(zone))


# -- dates and times -----------------------------------------------------------------
def long_date(dt: datetime, zone: str, lang: str) -> str:
    """``20 novembre 2026`` / ``20 November 2026`` (the day in ``zone``)."""
    local = _local(dt, zone)
    text = format_date(local, "long", locale=_babel(lang))
    if lang == "fr" and local.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]  # French writes the first of the month as an ordinal
    return text


def short_date(dt: datetime, zone: str, lang: str) -> str:
    """``20/11/2026`` in both languages (en_GB), as tables and lists show dates."""
    return format_date(_local(dt, zone), "short", locale=_babel(lang))


def clock(dt: datetime, zone: str, lang: str) -> str:
    """The time of day as a letter writes it: ``21 h 15`` in French, ``21:15`` in English."""
    local = _local(dt, zone)
    if lang == "fr":
        # CLDR's fr pattern is HH:mm; French correspondence writes "21 h 15" ("9 h 05").
        return f"{local.hour}{NBSP}h{NBSP}{local.minute:02d}"
    return f"{local.hour:02d}:{local.minute:02d}"


def table_time(dt: datetime, zone: str, lang: str) -> str:
    """``20/11/2026 21:15``: compact date and time for table cells (zone in the header)."""
    local = _local(dt, zone)
    return f"{short_date(dt, zone, lang)} {local.hour:02d}:{local.minute:02d}"


def offset_text(dt: datetime, zone: str) -> str:
    """``UTC+1``, ``UTC+5:30``, ``UTC``: the zone's offset at that instant."""
    off = _local(dt, zone).utcoffset()
    minutes = int(off.total_seconds() // 60) if off is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"  # a real minus sign
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _is_utc(zone: str) -> bool:
    return zone.upper() in {"UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "UCT",
                            "ETC/UCT", "UNIVERSAL", "ETC/UNIVERSAL"}


def zone_city(zone: str, lang: str) -> str:
    """The zone's city in ``lang`` (CLDR exemplar city): ``Londres`` for Europe/London."""
    try:
        return get_timezone_location(get_zone(zone), locale=_babel(lang),
                                     return_city=True)
    except (LookupError, ValueError):
        return zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_phrase(zone: str, lang: str) -> str:
    """``heure de Paris`` / ``Paris time``; UTC as ``temps universel (UTC)`` / ``UTC``."""
    if _is_utc(zone):
        return "temps universel (UTC)" if lang == "fr" else "UTC"
    city = zone_city(zone, lang)
    if lang == "fr":
        return ("heure d\u2019" if city[:1].lower() in "aeiouyhéèêîôâ" else "heure de ") + city
    return f"{city} time"


def moment(dt: datetime, zone: str, lang: str) -> str:
    """``20 novembre 2026 à 21 h 15, heure de Paris (UTC+1)``: a time nobody can misread."""
    when = f"{long_date(dt, zone, lang)} {'à' if lang == 'fr' else 'at'} {clock(dt, zone, lang)}"
    if _is_utc(zone):
        return f"{when} ({zone_phrase(zone, lang)})"
    return f"{when}, {zone_phrase(zone, lang)} ({offset_text(dt, zone)})"


def zone_header(zone: str, dt: datetime, lang: str) -> str:
    """``heure de Paris (UTC+1)``: said once above a table whose times are all in ``zone``."""
    if _is_utc(zone):
        return zone_phrase(zone, lang)
    return f"{zone_phrase(zone, lang)} ({offset_text(dt, zone)})"


# -- numbers and money -----------------------------------------------------------------
def parse_amount(text: str) -> Decimal | None:
    """``"100.00"``, ``"100,00"``, ``"1 234,50"``, ``"1,234.50"`` -> Decimal; else None."""
    raw = re.sub(r"[\s\u00a0\u202f'’]", "", str(text or ""))
    if not raw or not re.fullmatch(r"[+-]?[\d.,]+", raw):
        return None
    if "," in raw and "." in raw:  # the last one is the decimal separator
        thousands = "," if raw.rfind(".") > raw.rfind(",") else "."
        raw = raw.replace(thousands, "")
    if raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def currency_code(text: str) -> str:
    """ISO 4217 code for what a player typed ("€", "eur", "GBP"); "" when unknown."""
    raw = str(text or "").strip()
    code = _CURRENCY_SYMBOLS.get(raw.lower(), raw.upper())
    return code if re.fullmatch(r"[A-Z]{3}", code) else ""


def number(value, lang: str) -> str:
    """``1 234`` / ``1,234``."""
    return format_decimal(value, locale=_babel(lang))


def money(amount: str, currency: str, lang: str) -> str:
    """``100,00 €`` / ``€100.00`` from the claim's text fields; the raw text when they are
    not a number and a known currency (nothing is invented)."""
    value = parse_amount(amount)
    code = currency_code(currency)
    if value is None:
        return " ".join(p for p in (str(amount or "").strip(), str(currency or "").strip()) if p)
    if not code:
        shown = format_decimal(value, format="#,##0.00", locale=_babel(lang))
        return f"{shown}{NBSP}{currency.strip()}" if currency.strip() else shown
    return format_currency(value, code, locale=_babel(lang))


def plural(n: int, forms: dict[str, str], lang: str) -> str:
    """The form of ``forms`` (CLDR categories "one", "other", ...) that fits ``n``.

    French puts 0 and 1 in "one" ("0 preuve", "1 preuve"); English only 1.
    """
    category = _babel(lang).plural_form(n)
    template = forms.get(category, forms["other"])
    return template.format(n=number(n, lang))


def byte_size(size: int, lang: str) -> str:
    """``1,2 Mo`` / ``1.2 MB``; small files in kilobytes, tiny ones in bytes."""
    units = ("o", "ko", "Mo", "Go") if lang == "fr" else ("bytes", "kB", "MB", "GB")
    value, unit = float(size), 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1000
        unit += 1
    if unit == 0:
        return f"{number(size, lang)}{NBSP}{units[0]}"
    return f"{format_decimal(round(value, 1), locale=_babel(lang))}{NBSP}{units[unit]}"


# -- typography --------------------------------------------------------------------------
_BEFORE_PUNCT = re.compile(r"[ \u00a0]+([:;?!»])")
_AFTER_QUOTE = re.compile(r"«[ \u00a0]+")


def french_spacing(text: str) -> str:
    """Narrow no-break space before ``: ; ? !`` and ``»`` and after ``«`` (French only).

    Apply to our own wording, not to what the player typed: a URL or a code such as
    "ERR : 5" in a quoted error message must stay exactly as shown on screen.
    """
    text = _BEFORE_PUNCT.sub(NNBSP + r"\1", text)
    return _AFTER_QUOTE.sub("«" + NNBSP, text)


def quoted(text: str, lang: str) -> str:
    """``« text »`` / ``“text”``: the verbatim words of an error message or a caption."""
    if lang == "fr":
        return f"«{NNBSP}{text}{NNBSP}»"
    return f"\u201c{text}\u201d"
