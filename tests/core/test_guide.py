"""The guide "What do I do now?": the same sections in both languages, true to the app
and to the sourced figures."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

import pytest

from bonusdesk.core.deadlines import FOLLOW_UP_WORKING_DAYS, INFO_DEFAULT
from bonusdesk.core.guide import SECTIONS, guide_sections, guide_text
from bonusdesk.core.model import DEFAULT_WINDOW_HOURS
from bonusdesk.resources import resource_path

LANGS = ("en", "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_both_languages_have_the_same_sections_and_the_six_steps(lang):
    title, sections = guide_sections(lang)
    assert title and [s.key for s in sections] == list(SECTIONS)
    journey = sections[0].markdown
    assert re.findall(r"^(\d)\. ", journey, re.M) == ["1", "2", "3", "4", "5", "6"]


def test_an_unknown_language_gets_the_english_guide():
    assert guide_text("de") == guide_text("en")


def _catalogue() -> dict[str, set[str]]:
    """Every UI string of the app: English sources and French translations, bare."""
    def bare(text: str) -> str:
        return (text or "").replace("&", "").rstrip("…").strip()

    root = ET.parse(resource_path("translations", "bonusdesk_fr.ts")).getroot()
    messages = root.iter("message")
    pairs = [(m.findtext("source"), m.findtext("translation")) for m in messages]
    return {"en": {bare(s) for s, _t in pairs}, "fr": {bare(t) for _s, t in pairs}}


# Names of the Inbox the guide quotes in bold without a shortcut: the app must show them.
INBOX_NAMES = {"Inbox", "Move to claim", "À classer", "Classer dans une réclamation"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_menu_and_button_the_guide_names_exists_in_the_app(lang):
    text = " ".join(guide_text(lang).split())
    quoted = re.findall(r"\*\*([^*]+)\*\* \(Ctrl\+", text)
    tabs = re.findall(r"\*\*([^*]+)\*\* tab\b|L'onglet \*\*([^*]+)\*\*", text)
    quoted += [a or b for a, b in tabs]
    quoted += [q for q in re.findall(r"\*\*([^*]+)\*\*", text) if q in INBOX_NAMES]
    assert len(quoted) >= 7
    assert ("Deadlines" if lang == "en" else "Échéances") in quoted
    known = _catalogue()[lang]
    assert len(set(quoted) & INBOX_NAMES) == 2
    missing = [q for q in quoted if q not in known]
    assert missing == []


def _durations(rules: dict) -> set[tuple[int, str]]:
    """Every (amount, unit) clock in the escalation rules file, whatever its layout."""
    found = set()
    stack = [rules]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for unit in ("hours", "days", "working_days", "weeks", "months", "years"):
                if isinstance(node.get(unit), int):
                    found.add((node[unit], unit))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


UNIT_WORDS = {"hours": "hours", "heures": "hours", "working days": "working_days",
              "jours ouvrés": "working_days", "days": "days", "jours": "days",
              "weeks": "weeks", "semaines": "weeks", "months": "months", "mois": "months",
              "year": "years", "années": "years", "an": "years", "année": "years"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_time_limit_in_the_guide_comes_from_the_rules_or_the_engine(lang):
    rules = tomllib.loads(resource_path("rules", "escalation.toml").read_text("utf-8"))
    sourced = _durations(rules) | {
        (DEFAULT_WINDOW_HOURS, "hours"), (FOLLOW_UP_WORKING_DAYS, "working_days"),
        (INFO_DEFAULT.amount, INFO_DEFAULT.unit), (1, "years")}
    text = " ".join(guide_text(lang).replace("\u00a0", " ").split())
    words = {"one": 1, "une": 1, "un": 1}
    pattern = (r"\b(\d+|one|une|un) (working days|jours ouvrés|hours|heures|days|jours|"
               r"weeks|semaines|months|mois|years?|années?)\b")
    found = [(int(n) if n.isdigit() else words[n], UNIT_WORDS.get(u, u))
             for n, u in re.findall(pattern, text)]
    found += [(1, "years") for _ in re.findall(r"dans l'année", text)]
    assert found, "the deadlines section names its figures"
    assert [f for f in found if f not in sourced] == []
    assert (8, "weeks") in found and (20, "days") in found


def test_the_french_guide_keeps_its_punctuation_on_the_line():
    text = guide_text("fr")
    assert "maintenant\u202f?" in text and "Respirez\u202f:" in text
    assert not re.search(r" [?!:;»]", text)
