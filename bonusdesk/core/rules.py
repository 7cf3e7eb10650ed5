"""Escalation rule sets: loaded from a TOML data file and checked.

The shipped file is ``resources/rules/escalation.toml``; a file named
``escalation.toml`` at the root of a claim folder replaces it for that folder
(the user's edited rules). Format and semantics: docs/deadlines.md.
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from ..resources import resource_path
from .durations import UNITS, Duration
from .errors import BonusDeskError
from .model import Status

RULES_FILE = "escalation.toml"
FORMAT = 1
ANCHOR_INCIDENT = "incident"
MET_RECEIVED = "received"  # an answer received from the operator (a received contact)
MET_SENT = "sent"  # a message the user sent
PARTIES = ("operator", "you")
_RULE_FIELDS = {"key", "label", "label_fr", "from", "met_by", "party", *UNITS}
_SET_FIELDS = {"label", "label_fr", "aliases", "rules"}


class RuleDataError(BonusDeskError):
    """The rules file is unreadable or a rule in it is wrong; names file and rule."""

    def __init__(self, source: Path | str, rule: str | None, problem: str):
        self.source = str(source)
        self.rule = rule
        self.problem = problem
        where = f"{self.source}: rule {rule}" if rule else self.source
        super().__init__(f"bad escalation rules in {where}: {problem}")


@dataclass(frozen=True)
class Rule:
    set_key: str
    key: str
    label: str
    anchor: str  # "incident" or a Status value: the clock starts when it is first recorded
    duration: Duration
    met_by: tuple[str, ...]  # Status values, "received" or "sent"
    party: str  # "operator" or "you"
    label_fr: str = ""  # French label; data cannot go through Qt's tr()

    @property
    def qualified_key(self) -> str:
        return f"{self.set_key}.{self.key}"


@dataclass(frozen=True)
class RuleSet:
    key: str
    label: str
    aliases: tuple[str, ...]
    rules: tuple[Rule, ...]
    label_fr: str = ""  # French name of the set (the regulator list of the app)


@dataclass(frozen=True)
class RuleBook:
    sets: Mapping[str, RuleSet]  # read-only: books are cached and shared
    default: str
    source: str

    def for_regulator(self, regulator: str | None) -> RuleSet:
        """The set whose key or alias matches ``regulator``; else the default set."""
        wanted = _norm(regulator or "")
        if wanted:
            for rule_set in self.sets.values():
                if wanted in {_norm(rule_set.key), *(_norm(a) for a in rule_set.aliases)}:
                    return rule_set
        return self.sets[self.default]


def shipped_rules_path() -> Path:
    try:
        return resource_path("rules", RULES_FILE)
    except FileNotFoundError as exc:  # an install without its data files
        raise RuleDataError(f"rules/{RULES_FILE}", None, str(exc)) from exc


def load_rules(path: Path | str | None = None) -> RuleBook:
    """Read and check a rules file (the shipped one by default).

    Cached per file version: the claims list asks for every row, the file is
    read again only when it changes.
    """
    path = Path(path) if path is not None else shipped_rules_path()
    try:
        st = path.stat()
    except OSError as exc:
        raise RuleDataError(path, None, f"cannot read the file ({exc.strerror})") from exc
    return _load_cached(str(path), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=8)
def _load_cached(path_text: str, _mtime_ns: int, _size: int) -> RuleBook:
    path = Path(path_text)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise RuleDataError(path, None, f"cannot read the file ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleDataError(path, None, f"not valid TOML: {exc}") from exc
    return parse_rules(data, path)


def rules_for_folder(folder) -> RuleBook:
    """The claim folder's own ``escalation.toml`` if it has one, else the shipped rules."""
    own = Path(folder.path) / RULES_FILE
    return load_rules(own if own.is_file() else None)


def parse_rules(data: dict, source: Path | str = "<rules>") -> RuleBook:
    """Check the decoded TOML and build the rule book; errors name the rule at fault."""
    if data.get("format", FORMAT) != FORMAT:
        raise RuleDataError(source, None, f"format {data.get('format')!r} is not supported "
                                          f"(this BonusDesk reads format {FORMAT})")
    sets_data = data.get("sets")
    if not isinstance(sets_data, dict) or not sets_data:
        raise RuleDataError(source, None, "no [sets.NAME] tables")
    sets: dict[str, RuleSet] = {}
    seen_names: dict[str, str] = {}
    for set_key, body in sets_data.items():
        rule_set = _parse_set(source, set_key, body)
        for name in (set_key, *rule_set.aliases):
            other = seen_names.setdefault(_norm(name), set_key)
            if other != set_key:
                raise RuleDataError(source, set_key, f"name {name!r} is already used by "
                                                     f"rule set {other!r}")
        sets[set_key] = rule_set
    default = data.get("default")
    if default not in sets:
        raise RuleDataError(source, None, f"default {default!r} is not one of the rule sets "
                                          f"({', '.join(sets)})")
    return RuleBook(MappingProxyType(sets), default, str(source))


def _parse_set(source, set_key: str, body) -> RuleSet:
    if not isinstance(body, dict):
        raise RuleDataError(source, set_key, "a rule set must be a table")
    unknown = set(body) - _SET_FIELDS
    if unknown:
        raise RuleDataError(source, set_key, f"unknown field(s) {', '.join(sorted(unknown))}")
    aliases = body.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise RuleDataError(source, set_key, "aliases must be a list of strings")
    rules_data = body.get("rules", [])
    if not isinstance(rules_data, list) or not rules_data:
        raise RuleDataError(source, set_key, f"needs at least one [[sets.{set_key}.rules]]")
    rules: list[Rule] = []
    for index, rule_data in enumerate(rules_data, 1):
        rule = _parse_rule(source, set_key, index, rule_data)
        if any(r.key == rule.key for r in rules):
            raise RuleDataError(source, rule.qualified_key, "two rules have this key")
        rules.append(rule)
    label = body.get("label", set_key)
    label_fr = body.get("label_fr", "")
    if not isinstance(label_fr, str):
        raise RuleDataError(source, set_key, "label_fr must be text")
    return RuleSet(set_key, str(label), tuple(aliases), tuple(rules), label_fr)


def _parse_rule(source, set_key: str, index: int, data) -> Rule:
    if not isinstance(data, dict):
        raise RuleDataError(source, f"{set_key} #{index}", "a rule must be a table")
    key = data.get("key")
    name = f"{set_key}.{key}" if isinstance(key, str) and key else f"{set_key} #{index}"
    if not isinstance(key, str) or not key.strip():
        raise RuleDataError(source, name, "missing key")

    def bad(problem: str):
        return RuleDataError(source, name, problem)

    unknown = set(data) - _RULE_FIELDS
    if unknown:
        raise bad(f"unknown field(s) {', '.join(sorted(unknown))} "
                  f"(a duration is one of {', '.join(UNITS)})")
    units = [u for u in UNITS if u in data]
    if len(units) != 1:
        raise bad(f"needs exactly one duration ({', '.join(UNITS)}), found "
                  f"{', '.join(units) or 'none'}")
    try:
        duration = Duration(data[units[0]], units[0])
    except ValueError as exc:
        raise bad(str(exc)) from None
    statuses = {s.value for s in Status}
    anchor = data.get("from")
    if anchor not in statuses | {ANCHOR_INCIDENT}:
        raise bad(f"'from' must be 'incident' or a status ({', '.join(sorted(statuses))}), "
                  f"not {anchor!r}")
    met_by = data.get("met_by")
    allowed = statuses | {MET_RECEIVED, MET_SENT}
    if (not isinstance(met_by, list) or not met_by
            or any(m not in allowed for m in met_by)):
        raise bad(f"'met_by' must be a non-empty list of statuses, 'received' or 'sent', "
                  f"not {met_by!r}")
    party = data.get("party", "you")
    if party not in PARTIES:
        raise bad(f"'party' must be 'operator' or 'you', not {party!r}")
    label = data.get("label")
    if not isinstance(label, str) or not label.strip():
        raise bad("missing label")
    label_fr = data.get("label_fr", "")
    if not isinstance(label_fr, str):
        raise bad("label_fr must be text")
    return Rule(set_key, key, label, anchor, duration, tuple(met_by), party, label_fr)


def _norm(name: str) -> str:
    """Matching form of a regulator name: no accents, case, spaces, dashes or dots."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.casefold() if ch.isalnum())
