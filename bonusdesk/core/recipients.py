"""Recipients for a claim: which one a platform's licence leads to, when the operator
must answer, and the one-sentence next step letters quote.

For the complaint letter (issue 11)::

    due = operator_reply_due(folder, claim, sent_at=letter_date)   # datetime | None
    step = next_step(folder, claim, sent_at=letter_date)           # NextStep | None
    step.sentence("fr")   # "À défaut de réponse satisfaisante dans les 20 jours ... le 11
                          #  décembre 2026."
    step.sentence_key, step.params   # to build your own wording instead

``sent_at`` is when the letter goes out: before any complaint is recorded, the
clocks are counted from it. For the app's platform dialog: :func:`platform_match`
says "matched", "unknown" (pick one) or "empty", with the choices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from babel.dates import format_date

from .claimfacts import ClaimFacts
from .clocks import chosen_next, stage_for
from .durations import add
from .model import Claim, Platform
from .rules import Recipient, RuleBook, rules_for_folder
from .timeutil import get_zone, now_utc

BABEL_LOCALES = {"en": "en_GB", "fr": "fr_FR"}
MATCHED, UNKNOWN, EMPTY = "matched", "unknown", "empty"


def local_date(at: datetime | None, zone: str, lang: str) -> str:
    """``11 December 2026`` / ``11 décembre 2026`` (CLDR), in ``zone``."""
    if at is None:
        return ""
    return format_date(at.astimezone(get_zone(zone)).date(), "long",
                       locale=BABEL_LOCALES.get(lang, "en_GB"))


@dataclass(frozen=True)
class PlatformMatch:
    state: str  # MATCHED, UNKNOWN ("unknown: pick one") or EMPTY (no regulator given)
    regulator: str
    recipient: Recipient | None
    choices: tuple[Recipient, ...]  # the operator-stage recipients to pick from

    @property
    def message(self) -> str:
        if self.state == MATCHED:
            return f"{self.regulator}: {self.recipient.label}"
        what = f"regulator {self.regulator!r}" if self.regulator else "no regulator"
        return f"{what} unknown: pick one ({', '.join(c.key for c in self.choices)})"


def platform_match(book: RuleBook, platform: Platform) -> PlatformMatch:
    choices = tuple(book.sets.values())
    recipient = stage_for(book, platform)
    if recipient is not None:
        return PlatformMatch(MATCHED, platform.regulator, recipient, choices)
    return PlatformMatch(UNKNOWN if platform.regulator.strip() else EMPTY,
                         platform.regulator.strip(), None, choices)


@dataclass(frozen=True)
class NextStep:
    recipient_id: str  # where the claim goes next ("" when the user must still pick one)
    opens_at: datetime | None  # when that step opens (None: not known yet)
    sentence_key: str  # "next_step:uk-operator": the stage whose sentence this is
    params: dict = field(default_factory=dict)  # name, name_fr, date_en, date_fr, date (ISO)
    templates: tuple[str, str] = ("", "")  # (English, French) from the rules file

    def sentence(self, lang: str = "en") -> str:
        template = self.templates[1] if lang == "fr" and self.templates[1] else self.templates[0]
        name = self.params["name_fr"] if lang == "fr" else self.params["name"]
        date = self.params["date_fr"] if lang == "fr" else self.params["date_en"]
        return template.format(name=name, date=date)


def _facts_and_book(folder, claim, rules):
    book = rules or rules_for_folder(folder)
    claim = folder.claims.get(claim.id if isinstance(claim, Claim) else claim)
    return book, ClaimFacts.read(folder, claim)


def operator_reply_due(folder, claim: Claim | int, sent_at: datetime | None = None, *,
                       rules: RuleBook | None = None) -> datetime | None:
    """When the operator must have answered: its own reply clock (UK 8 weeks, Curaçao 4
    weeks), else the time the next body's door opens (France: 20 days after the written
    complaint). Counted from the recorded complaint, else from ``sent_at`` (default now).
    None when the platform's regulator is unknown or names no such clock."""
    book, facts = _facts_and_book(folder, claim, rules)
    return _reply_due(book, facts, sent_at or now_utc())


def _reply_due(book: RuleBook, facts: ClaimFacts, sent_at: datetime) -> datetime | None:
    stage = stage_for(book, facts.platform)
    if stage is None:
        return None
    rules = [stage.clock("reply")] + [r.clock("opens")
                                      for r in chosen_next(book, stage, facts.platform)]
    for rule in (r for r in rules if r is not None):
        if rule.anchor == "written_complaint":
            start = facts.written_complaint_at or sent_at
        else:
            start = facts.complaint_at or sent_at
        return add(start, rule.duration, facts.zone)
    return None


def next_step(folder, claim: Claim | int, sent_at: datetime | None = None, *,
              rules: RuleBook | None = None) -> NextStep | None:
    """The step after the operator, for a letter's closing sentence; None when the
    platform's regulator is unknown (the letter then names no body)."""
    book, facts = _facts_and_book(folder, claim, rules)
    stage = stage_for(book, facts.platform)
    if stage is None:
        return None
    chosen = chosen_next(book, stage, facts.platform)
    if stage.kind != "operator":
        target, stage_text = stage, stage
    else:
        target, stage_text = (chosen[0] if chosen else None), stage
    opens = _reply_due(book, facts, sent_at or now_utc())
    if target is not None:
        name, name_fr = target.label, target.name_in("fr")
    else:  # several ADR bodies possible: the operator's own procedure names it
        name = "the ADR provider named in your complaints procedure"
        name_fr = "l'organisme de règlement des litiges indiqué dans votre procédure"
    params = {"name": name, "name_fr": name_fr, "date": opens.isoformat() if opens else "",
              "date_en": local_date(opens, facts.zone, "en"),
              "date_fr": local_date(opens, facts.zone, "fr")}
    return NextStep(target.key if target else "", opens, f"next_step:{stage_text.key}",
                    params, (stage_text.next_step, stage_text.next_step_fr))


def recipient_document(r: Recipient) -> dict:
    """A recipient as ``bonusdesk-cli recipients --json`` prints it."""
    return {
        "id": r.key, "name": r.label, "name_fr": r.label_fr, "kind": r.kind,
        "legal_body": r.legal_body, "licences": list(r.aliases), "language": r.language,
        "web_form": r.web_form, "email": r.email, "postal_address": r.postal_address,
        "competence": r.competence, "competence_fr": r.competence_fr, "next": list(r.next),
        "needs": list(r.needs), "excluded_kinds": list(r.excluded_kinds),
        "min_amount": ({"amount": r.min_amount.amount, "currency": r.min_amount.currency}
                       if r.min_amount else None),
        "clocks": [{"key": c.key, "label": c.label, "label_fr": c.label_fr, "from": c.anchor,
                    "duration": c.duration.describe(), "met_by": list(c.met_by),
                    "party": c.party, "role": c.role} for c in r.rules],
        "sources": [{"title": s.title, "date": s.date, "url": s.url, "says": s.says}
                    for s in r.sources],
        "unconfirmed": r.unconfirmed,
    }
