"""Escalation recipients and their clocks: loaded from a TOML data file and checked.

A *recipient* is where a complaint goes: the operator under a licence (its
complaints procedure), an ADR body, a mediator, a regulator that only records
reports, or a forum (not a legal body). Each carries its clocks, what a complete
file holds, its language, where to send it and the source of every figure.

The shipped file is ``resources/rules/escalation.toml``; a file named
``escalation.toml`` at the root of a claim folder replaces it for that folder
(the user's edited rules; format 1 files of older versions are still read).
Format and semantics: docs/deadlines.md.
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
from .errors import BadInput, BonusDeskError
from .model import Status

RULES_FILE = "escalation.toml"
FORMAT = 2
FORMATS = (1, 2)

# Where a clock starts (besides "incident" and a status, first time recorded).
ANCHOR_INCIDENT = "incident"
ANCHOR_COMPLAINT = "complaint"  # first report: "reported" status or a message to the operator
ANCHOR_WRITTEN = "written_complaint"  # first *written* message sent to the operator
ANCHOR_FINAL = "final_response"  # the operator's final response / deadlock letter
ANCHOR_PROCEDURE_END = "procedure_end"  # final response, else the operator's deadline passing
ANCHOR_ESCALATION = "escalation"  # the referral to this clock's recipient was sent
ANCHORS = (ANCHOR_INCIDENT, ANCHOR_COMPLAINT, ANCHOR_WRITTEN, ANCHOR_FINAL,
           ANCHOR_PROCEDURE_END, ANCHOR_ESCALATION)

# What meets a clock (besides a status name).
MET_RECEIVED = "received"  # any answer received from the operator (a holding reply counts)
MET_SENT = "sent"  # a message the user sent
MET_FINAL = "final_response"  # only the operator's final response / deadlock letter
MET_ESCALATION = "escalation"  # a referral recorded to the clock's target recipient
MET_DECISION = "decision"  # the body decided (escalation upheld, rejected or closed)
MET_TOKENS = (MET_RECEIVED, MET_SENT, MET_FINAL, MET_ESCALATION, MET_DECISION)

PARTIES = ("operator", "you", "body")
# What a clock means: "reply" the operator's time to answer; "opens" when the right to
# refer opens; "limit" the time to refer; "body" the body's own time after referral.
ROLES = ("", "reply", "opens", "limit", "body")
KINDS = ("operator", "adr", "mediator", "regulator", "forum")
LANGUAGES = ("en", "fr", "sv", "nl")

_RULE_FIELDS = {"key", "label", "label_fr", "from", "met_by", "party", "role", "target",
                *UNITS}
_RECIPIENT_FIELDS = {
    "name", "name_fr", "kind", "legal_body", "licences", "language", "web_form", "email",
    "postal_address", "competence", "competence_fr", "next", "needs", "min_amount",
    "clocks", "sources", "next_step", "next_step_fr", "unconfirmed", "unconfirmed_fr",
    "excluded_kinds"}
_SOURCE_FIELDS = {"title", "date", "url", "says"}
_SET_FIELDS = {"label", "aliases", "rules"}  # format 1


class RuleDataError(BonusDeskError):
    """The rules file is unreadable or an entry in it is wrong; names file and entry."""

    def __init__(self, source: Path | str, rule: str | None, problem: str):
        self.source = str(source)
        self.rule = rule
        self.problem = problem
        where = f"{self.source}: rule {rule}" if rule else self.source
        super().__init__(f"bad escalation rules in {where}: {problem}")


class UnknownRecipient(BadInput):
    def __init__(self, name: str, known: list[str]):
        self.name = name
        super().__init__(f"unknown recipient {name!r}: pick one of {', '.join(known)} "
                         "(bonusdesk-cli recipients lists them)")


@dataclass(frozen=True)
class Rule:
    """One clock of a recipient."""

    set_key: str  # the recipient's id
    key: str
    label: str
    anchor: str  # one of ANCHORS or a Status value
    duration: Duration
    met_by: tuple[str, ...]  # Status values or MET_TOKENS
    party: str  # "operator", "you" or "body"
    label_fr: str = ""  # French label; data cannot go through Qt's tr()
    role: str = ""
    target: str = ""  # recipient whose referral meets it (MET_ESCALATION); "" = own

    @property
    def qualified_key(self) -> str:
        return f"{self.set_key}.{self.key}"

    @functools.cached_property
    def met_statuses(self) -> frozenset[Status]:
        """The statuses in ``met_by`` (worked out once: every claim's clocks ask)."""
        return frozenset(Status(m) for m in self.met_by if m not in MET_TOKENS)

    @property
    def needs_written_complaint(self) -> bool:
        return self.anchor == ANCHOR_WRITTEN


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    date: str = ""  # of the page or text, as printed there ("" = not printed)
    says: str = ""  # what BonusDesk takes from it


@dataclass(frozen=True)
class Amount:
    amount: str  # as text: "1000"
    currency: str


@dataclass(frozen=True)
class Recipient:
    key: str  # stable short id: "uk-ibas", "fr-mediateur-jeux"
    label: str  # its name in English
    kind: str  # one of KINDS
    aliases: tuple[str, ...] = ()  # licence/country codes and names matched to platforms
    rules: tuple[Rule, ...] = ()  # its clocks
    label_fr: str = ""
    legal_body: bool = True  # False for forums: no legal standing
    language: str = "en"  # the language it expects a file in
    web_form: str = ""
    email: str = ""
    postal_address: str = ""
    competence: str = ""  # who it is and when it is competent, one or two sentences
    competence_fr: str = ""
    next: tuple[str, ...] = ()  # where to go after this stage (recipient ids)
    needs: tuple[str, ...] = ()  # readiness items a complete file holds (core.readiness)
    min_amount: Amount | None = None
    sources: tuple[Source, ...] = ()
    next_step: str = ""  # one sentence for letters: {name}, {date}
    next_step_fr: str = ""
    unconfirmed: str = ""  # figures we could not confirm from a source, said plainly
    unconfirmed_fr: str = ""
    excluded_kinds: tuple[str, ...] = ()  # platform kinds it cannot take (France: casinos)

    @property
    def name(self) -> str:
        return self.label

    def name_in(self, lang: str) -> str:
        return self.label_fr if lang == "fr" and self.label_fr else self.label

    def clock(self, role: str) -> Rule | None:
        return next((r for r in self.rules if r.role == role), None)


@dataclass(frozen=True)
class RuleBook:
    recipients: Mapping[str, Recipient]  # read-only: books are cached and shared
    source: str

    @property
    def sets(self) -> Mapping[str, Recipient]:
        """The operator-stage recipients a platform's regulator can name (for pickers)."""
        return MappingProxyType({k: r for k, r in self.recipients.items()
                                 if r.kind == "operator"})

    def match(self, regulator: str | None) -> Recipient | None:
        """The operator-stage recipient whose id or licence code/alias is ``regulator``.

        ``None`` when nothing matches (or the regulator is empty): the caller says
        "unknown: pick one", never silently picks a placeholder.
        """
        wanted = _norm(regulator or "")
        return self._by_name.get(wanted) if wanted else None

    @functools.cached_property
    def _by_name(self) -> dict[str, Recipient]:
        """Matching form of every id and alias -> its recipient, built once per book
        (deadlines match each claim's platform: 10,000 scans of every alias otherwise).
        Operator stages first; a platform may also name an ADR body or forum directly."""
        index: dict[str, Recipient] = {}
        for r in sorted(self.recipients.values(), key=lambda r: r.kind != "operator"):
            for name in (r.key, *r.aliases):
                index.setdefault(_norm(name), r)
        return index

    for_regulator = match  # the name older callers use

    def get(self, key: str) -> Recipient:
        """A recipient by id (or an alias of it); raises UnknownRecipient."""
        found = self.recipients.get(key)
        if found is None:
            wanted = _norm(key)
            found = next((r for r in self.recipients.values()
                          if wanted and wanted in {_norm(r.key), *(_norm(a) for a in r.aliases)}),
                         None)
        if found is None:
            raise UnknownRecipient(key, list(self.recipients))
        return found


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
    """Check the decoded TOML and build the rule book; errors name the entry at fault."""
    fmt = data.get("format", 1 if "sets" in data else FORMAT)
    if fmt not in FORMATS:
        raise RuleDataError(source, None, f"format {fmt!r} is not supported (this BonusDesk "
                                          f"reads formats {', '.join(map(str, FORMATS))})")
    if fmt == 1:
        recipients = _parse_format1(data, source)
    else:
        unknown = set(data) - {"format", "recipients"}
        if unknown:
            raise RuleDataError(source, None, f"unknown field(s) {', '.join(sorted(unknown))}")
        body = data.get("recipients")
        if not isinstance(body, dict) or not body:
            raise RuleDataError(source, None, "no [recipients.ID] tables")
        recipients = {key: _parse_recipient(source, key, value) for key, value in body.items()}
    _check_names(source, recipients)
    for r in recipients.values():
        for other in (*r.next, *(c.target for c in r.rules if c.target)):
            if other not in recipients:
                raise RuleDataError(source, r.key, f"names unknown recipient {other!r}")
    return RuleBook(MappingProxyType(recipients), str(source))


def _check_names(source, recipients: dict[str, Recipient]) -> None:
    seen: dict[str, str] = {}
    for key, r in recipients.items():
        for name in (key, *r.aliases):
            other = seen.setdefault(_norm(name), key)
            if other != key:
                raise RuleDataError(source, key, f"name {name!r} is already used by "
                                                 f"{other!r}")


def _parse_format1(data: dict, source) -> dict[str, Recipient]:
    """Format 1 (rule sets) as operator-stage recipients; its `default` is not used."""
    sets_data = data.get("sets")
    if not isinstance(sets_data, dict) or not sets_data:
        raise RuleDataError(source, None, "no [sets.NAME] tables")
    out = {}
    for key, body in sets_data.items():
        if not isinstance(body, dict):
            raise RuleDataError(source, key, "a rule set must be a table")
        unknown = set(body) - _SET_FIELDS
        if unknown:
            raise RuleDataError(source, key, f"unknown field(s) {', '.join(sorted(unknown))}")
        out[key] = Recipient(key, str(body.get("label", key)), "operator",
                             _strings(source, key, body, "aliases"),
                             _parse_clocks(source, key, body.get("rules", []), "rules"))
    return out


def _parse_recipient(source, key: str, body) -> Recipient:
    if not isinstance(body, dict):
        raise RuleDataError(source, key, "a recipient must be a table")
    unknown = set(body) - _RECIPIENT_FIELDS
    if unknown:
        raise RuleDataError(source, key, f"unknown field(s) {', '.join(sorted(unknown))}")

    def text(name: str, required: bool = False) -> str:
        value = body.get(name, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise RuleDataError(source, key, f"{name} must be {'non-empty ' * required}text")
        return value

    kind = body.get("kind")
    if kind not in KINDS:
        raise RuleDataError(source, key, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    language = body.get("language", "en")
    if language not in LANGUAGES:
        raise RuleDataError(source, key, f"language must be one of {', '.join(LANGUAGES)}")
    legal = body.get("legal_body", True)
    if not isinstance(legal, bool):
        raise RuleDataError(source, key, "legal_body must be true or false")
    sources = tuple(_parse_source(source, key, s) for s in body.get("sources", []))
    if not sources:
        raise RuleDataError(source, key, "needs at least one [[...sources]] entry: every "
                                         "figure must say where it comes from")
    from .readiness import NEEDS  # the vocabulary of readiness items (one declaration)

    needs = _strings(source, key, body, "needs")
    bad = [n for n in needs if n not in NEEDS]
    if bad:
        raise RuleDataError(source, key, f"unknown needs item(s) {', '.join(bad)}; known: "
                                         + ", ".join(NEEDS))
    minimum = body.get("min_amount")
    if minimum is not None:
        if (not isinstance(minimum, dict) or set(minimum) != {"amount", "currency"}
                or not str(minimum["amount"]).replace(".", "", 1).isdigit()):
            raise RuleDataError(source, key, "min_amount must be {amount = \"1000\", "
                                             "currency = \"SEK\"}")
        minimum = Amount(str(minimum["amount"]), str(minimum["currency"]).upper())
    return Recipient(
        key=key, label=text("name", True), kind=kind,
        aliases=_strings(source, key, body, "licences"),
        rules=_parse_clocks(source, key, body.get("clocks", []), "clocks", allow_empty=True),
        label_fr=text("name_fr"), legal_body=legal, language=language,
        web_form=text("web_form"), email=text("email"), postal_address=text("postal_address"),
        competence=text("competence"), competence_fr=text("competence_fr"),
        next=_strings(source, key, body, "next"), needs=needs, min_amount=minimum,
        sources=sources, next_step=text("next_step"), next_step_fr=text("next_step_fr"),
        unconfirmed=text("unconfirmed"), unconfirmed_fr=text("unconfirmed_fr"),
        excluded_kinds=_strings(source, key, body, "excluded_kinds"))


def _strings(source, key: str, body: dict, name: str) -> tuple[str, ...]:
    value = body.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleDataError(source, key, f"{name} must be a list of strings")
    return tuple(value)


def _parse_source(source, key: str, data) -> Source:
    if not isinstance(data, dict) or set(data) - _SOURCE_FIELDS:
        raise RuleDataError(source, key, f"a source has the fields {', '.join(_SOURCE_FIELDS)}")
    if not all(isinstance(data.get(f, ""), str) for f in _SOURCE_FIELDS):
        raise RuleDataError(source, key, "source fields are text")
    if not data.get("title") or not (data.get("url") or data.get("says")):
        raise RuleDataError(source, key, "a source needs a title and a url (or, for a "
                                         "house convention, 'says' explaining it)")
    return Source(data["title"], data.get("url", ""), data.get("date", ""), data.get("says", ""))


def _parse_clocks(source, key: str, data, name: str, allow_empty: bool = False
                  ) -> tuple[Rule, ...]:
    if not isinstance(data, list) or (not data and not allow_empty):
        raise RuleDataError(source, key, f"needs at least one [[...{name}]]")
    rules: list[Rule] = []
    for index, rule_data in enumerate(data, 1):
        rule = _parse_rule(source, key, index, rule_data)
        if any(r.key == rule.key for r in rules):
            raise RuleDataError(source, rule.qualified_key, "two clocks have this key")
        rules.append(rule)
    return tuple(rules)


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
    if anchor not in statuses | set(ANCHORS):
        raise bad(f"'from' must be one of {', '.join(ANCHORS)} or a status "
                  f"({', '.join(sorted(statuses))}), not {anchor!r}")
    met_by = data.get("met_by")
    allowed = statuses | set(MET_TOKENS)
    if (not isinstance(met_by, list) or not met_by
            or any(m not in allowed for m in met_by)):
        raise bad(f"'met_by' must be a non-empty list of statuses or "
                  f"{', '.join(MET_TOKENS)}, not {met_by!r}")
    party = data.get("party", "you")
    if party not in PARTIES:
        raise bad(f"'party' must be one of {', '.join(PARTIES)}, not {party!r}")
    role = data.get("role", "")
    if role not in ROLES:
        raise bad(f"'role' must be one of {', '.join(r for r in ROLES if r)}, not {role!r}")
    label = data.get("label")
    if not isinstance(label, str) or not label.strip():
        raise bad("missing label")
    label_fr = data.get("label_fr", "")
    target = data.get("target", "")
    if not isinstance(label_fr, str) or not isinstance(target, str):
        raise bad("label_fr and target must be text")
    return Rule(set_key, key, label, anchor, duration, tuple(met_by), party, label_fr, role,
                target)


@functools.lru_cache(maxsize=4096)  # a folder names a few dozen regulators, thousands of times
def _norm(name: str) -> str:
    """Matching form of a regulator name: no accents, case, spaces, dashes or dots."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.casefold() if ch.isalnum())
