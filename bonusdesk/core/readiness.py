"""Is the claim's file complete for a recipient? What is present, what is missing.

Each recipient of the rules file lists the items a complete file holds (``needs``);
this module declares every item once (``NEEDS``: what it checks, its English and
French sentences, where it is filled in) and checks them against the claim. Checks
that concern every recipient run always: is it competent for this platform, is the
platform of a kind it refuses (French mediator: online casinos), its language.

    r = readiness(folder, claim_id, "fr-mediateur-jeux", now)
    r.ready                      # False while an item is missing
    [i.text for i in r.missing]  # "Médiateur des jeux ... needs a written complaint ..."

Each item names ``where`` it is filled in (a stable key the app maps to a tab or
dialog: "profile", "claim", "contacts", "transactions", "platform", "evidence") and
the ``cli`` command that fills it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from . import profile as player_profile
from . import vocabulary
from .claimfacts import ClaimFacts
from .clocks import chosen_next, claim_clocks, stage_for
from .durations import add
from .escalations import amount_value
from .localefmt import french_spacing
from .model import LETTER_SOURCE, Claim, TransactionKind
from .rules import Recipient, RuleBook, rules_for_folder
from .timeutil import format_local, now_utc
from .vocabulary import NNBSP

OK, MISSING, WARNING, INFO = "ok", "missing", "warning", "info"


@dataclass(frozen=True)
class Need:
    """One item a recipient's file may need: ``present``/``absent`` sentences in en/fr
    (``{name}`` is the recipient, other fields come from the check)."""

    present: str
    absent: str
    present_fr: str
    absent_fr: str
    where: str
    cli: str


# The vocabulary of readiness items: the rules file's `needs` names these keys.
NEEDS: dict[str, Need] = {
    "player_name": Need(
        "Your name: {value}", "{name} needs your full name",
        "Votre nom : {value}", "{name} a besoin de votre nom complet",
        "profile", "bonusdesk-cli profile --name 'First Last'"),
    "player_email": Need(
        "Your e-mail: {value}", "{name} needs your e-mail address",
        "Votre e-mail : {value}", "{name} a besoin de votre adresse e-mail",
        "profile", "bonusdesk-cli profile --email you@example.org"),
    "player_address": Need(
        "Your postal address is given", "{name} needs your postal address",
        "Votre adresse postale est renseignée", "{name} a besoin de votre adresse postale",
        "profile", "bonusdesk-cli profile --postal-address 'line 1\\nline 2'"),
    "account_id": Need(
        "Account ID: {value}", "{name} needs your account ID with the operator",
        "Identifiant de compte : {value}",
        "{name} a besoin de votre identifiant de compte chez l'opérateur",
        "claim", "bonusdesk-cli claim set ID account_id VALUE"),
    "complaint_sent": Need(
        "Complaint made to the operator on {value}",
        "{name} needs a complaint made to the operator first",
        "Réclamation faite auprès de l'opérateur le {value}",
        "{name} exige d'abord une réclamation auprès de l'opérateur",
        "contacts", "bonusdesk-cli contact add ID --channel email --at TIME"),
    "written_complaint": Need(
        "Written complaint sent on {value}",
        "{name} needs a written complaint (form, e-mail or letter) sent to the operator: "
        "chat and phone do not count",
        "Réclamation écrite envoyée le {value}",
        "{name} exige une réclamation écrite (formulaire, e-mail ou courrier) à "
        "l'opérateur : le chat et le téléphone ne comptent pas",
        "contacts", "bonusdesk-cli contact add ID --channel email --at TIME --written yes"),
    "wait_elapsed": Need(
        "You may refer now: {value}",
        "{name} needs a complaint sent at least {wait} ago, or the operator's final "
        "answer: possible {when}",
        "Saisine possible : {value}",
        "{name} exige une réclamation envoyée depuis au moins {wait}, ou la réponse "
        "définitive de l'opérateur : possible {when}",
        "contacts", "bonusdesk-cli contact set CONTACT_ID final_response yes"),
    "within_limit": Need(
        "Still in time: refer by {value}", "Too late for {name}: the limit passed on {value}",
        "Encore dans les délais : saisir avant le {value}",
        "Trop tard pour {name} : le délai a expiré le {value}",
        "escalation", "bonusdesk-cli deadlines --claim ID"),
    "final_response": Need(
        "Operator's final response received on {value}",
        "{name} needs the operator's final response (deadlock letter)",
        "Réponse définitive de l'opérateur reçue le {value}",
        "{name} a besoin de la réponse définitive de l'opérateur",
        "contacts", "bonusdesk-cli contact set CONTACT_ID final_response yes"),
    "bet_details": Need(
        "Bet or round: {value}", "{name} needs the bet reference and stake (with the bet "
        "type and time)",
        "Pari ou partie : {value}", "{name} a besoin de la référence du pari et de la mise "
        "(avec le type de pari et l'heure)",
        "transactions", "bonusdesk-cli transaction add ID --kind bet --reference R "
                        "--amount 5.00 --bet-type single --at TIME"),
    "transaction_refs": Need(
        "References: {value}", "{name} needs the transaction, bet or round references",
        "Références : {value}", "{name} a besoin des références de transaction, de pari ou "
        "de partie",
        "transactions", "bonusdesk-cli transaction add ID --kind deposit --reference R"),
    "deposit": Need(
        "Deposit: {value}", "{name} needs the deposit's amount, date and method",
        "Dépôt : {value}", "{name} a besoin du montant, de la date et du moyen du dépôt",
        "transactions", "bonusdesk-cli transaction add ID --kind deposit --amount 100 "
                        "--method card --at TIME"),
    "legal_entity": Need(
        "Operator: {value}", "{name} needs the operator's legal entity (company name)",
        "Opérateur : {value}", "{name} a besoin de la société exploitante",
        "platform", "bonusdesk-cli platform set NAME legal_entity 'Company Ltd'"),
    "licence_number": Need(
        "Licence: {value}", "{name} needs the operator's licence number",
        "Licence : {value}", "{name} a besoin du numéro de licence de l'opérateur",
        "platform", "bonusdesk-cli platform set NAME licence_number NUMBER"),
    "remedy": Need(
        "What you ask for: {value}", "{name} needs what you ask for (the remedy)",
        "Votre demande : {value}", "{name} a besoin de ce que vous demandez",
        "claim", "bonusdesk-cli claim set ID remedy TEXT"),
    "evidence": Need(
        "Evidence items: {value}", "{name} expects evidence (screenshots, e-mails)",
        "Preuves : {value}", "{name} attend des preuves (captures, e-mails)",
        "evidence", "bonusdesk-cli evidence add ID FILE"),
    "min_amount": Need(
        "Amount claimed: {value}", "{name} only takes claims of at least {minimum}",
        "Montant demandé : {value}", "{name} ne traite que les demandes d'au moins {minimum}",
        "claim", "bonusdesk-cli claim set ID bonus_amount VALUE"),
    # Always checked, not listed in `needs`:
    "competent": Need(
        "{name} handles this platform's licence", "{name} does not handle this platform: "
        "{value}",
        "{name} est compétent pour la licence de cette plateforme",
        "{name} n'est pas compétent pour cette plateforme : {value}",
        "platform", "bonusdesk-cli platform set NAME regulator CODE"),
    "in_scope": Need(
        "The platform's kind is in scope", "{name} cannot take a dispute about an {value}",
        "Le type de plateforme est couvert", "{name} ne peut pas connaître d'un litige sur "
        "un {value}",
        "platform", "bonusdesk-cli recipients"),
    "language": Need(
        "Letter in {value}", "{name} expects {value}: BonusDesk writes in English or French",
        "Courrier en {value}", "{name} attend le {value} : BonusDesk écrit en anglais ou en "
        "français",
        "escalation", "bonusdesk-cli escalate ID --to R"),
}

LANGUAGE_NAMES = {"en": ("English", "anglais"), "fr": ("French", "français"),
                  "sv": ("Swedish", "suédois"), "nl": ("Dutch", "néerlandais")}
KIND_NAMES = {"casino": ("online casino", "casino en ligne")}
_DEFAULT_REMEDY = ("the category's default request", "la demande par défaut de la catégorie")


@dataclass(frozen=True)
class ReadyItem:
    key: str
    state: str  # "ok", "missing", "warning" or "info"
    text: str
    text_fr: str
    where: str  # where the app lets the user fill it in
    cli: str

    def text_in(self, lang: str) -> str:
        return self.text_fr if lang == "fr" else self.text


@dataclass(frozen=True)
class Readiness:
    claim_id: int
    recipient: Recipient
    items: tuple[ReadyItem, ...]
    opens_at: datetime | None = None  # when the right to refer opens (None: not known)
    limit_at: datetime | None = None  # refer by then
    zone: str = "UTC"

    @property
    def missing(self) -> list[ReadyItem]:
        return [i for i in self.items if i.state == MISSING]

    @property
    def ready(self) -> bool:
        return not self.missing


def readiness(folder, claim: Claim | int, recipient: str | Recipient,
              now: datetime | None = None, *, rules: RuleBook | None = None) -> Readiness:
    """What ``recipient``'s file needs and what the claim has, item by item."""
    now = now or now_utc()
    book = rules or rules_for_folder(folder)
    recipient = recipient if isinstance(recipient, Recipient) else book.get(recipient)
    claim = folder.claims.get(claim.id if isinstance(claim, Claim) else claim)
    facts = ClaimFacts.read(folder, claim)
    check = _Checker(book, facts, player_profile.load(folder), recipient, now,
                     sum(ev.source != LETTER_SOURCE for ev in folder.evidence.list(claim.id)))
    keys = ["competent", *(["in_scope"] if recipient.excluded_kinds else []),
            *recipient.needs, "language"]
    items = tuple(check.item(k) for k in dict.fromkeys(keys))
    return Readiness(claim.id, recipient, items, check.opens_at, check.limit_at, facts.zone)


class _Checker:
    def __init__(self, book: RuleBook, facts: ClaimFacts, prof, recipient: Recipient,
                 now: datetime, evidence_count: int):
        self.book, self.facts, self.profile, self.r, self.now = (
            book, facts, prof, recipient, now)
        self.evidence_count = evidence_count
        self.zone = facts.zone
        self.opens_at, self.limit_at = self._opens_and_limit()

    def _when(self, at: datetime | None) -> str:
        return format_local(at, self.zone, with_zone=False)[:10] if at else ""

    def item(self, key: str) -> ReadyItem:
        state, value, *rest = getattr(self, f"_{key}")()
        extra = rest[0] if rest else {}
        need = NEEDS[key]
        params = {"name": self.r.label, "value": value, **extra}
        params_fr = {**params, "name": self.r.name_in("fr"), **extra.get("fr", {})}
        ok = state in (OK, INFO)
        return ReadyItem(key, state, (need.present if ok else need.absent).format(**params),
                         # NEEDS is written with plain spaces, like export/labels.py
                         french_spacing((need.present_fr if ok else need.absent_fr)
                                        .format(**params_fr)),
                         need.where, need.cli)

    def _opens_and_limit(self):
        opens = limit = None
        clocks = claim_clocks(self.book, self.facts, self.now)
        for clock in clocks:
            if clock.recipient.key != self.r.key or clock.started is None:
                continue
            due = add(clock.started, clock.rule.duration, self.zone)
            if clock.rule.role == "opens":
                opens = min(due, clock.done) if clock.done else due
            elif clock.rule.role == "limit":
                limit = due
        if opens is None and self.r.clock("opens") is not None:
            # The recipient is not the platform's chosen one: count its clocks anyway.
            opens = self._own_opens()
        return opens, limit

    def _own_opens(self):
        rule = self.r.clock("opens")
        start = (self.facts.written_complaint_at if rule.anchor == "written_complaint"
                 else self.facts.complaint_at)
        final = self.facts.final_response
        due = add(start, rule.duration, self.zone) if start else None
        return min(x for x in (due, final.at if final else None) if x) if (
            due or final) else None

    # -- checks: (state, value[, extra params]) ----------------------------------------
    def _player_name(self):
        return (OK, self.profile.name) if self.profile.name else (MISSING, "")

    def _player_email(self):
        return (OK, self.profile.email) if self.profile.email else (MISSING, "")

    def _player_address(self):
        return (OK, "") if self.profile.postal_address else (MISSING, "")

    def _account_id(self):
        value = self.facts.claim.account_id.strip()
        return (OK, value) if value else (MISSING, "")

    def _complaint_sent(self):
        at = self.facts.complaint_at
        return (OK, self._when(at)) if at else (MISSING, "")

    def _written_complaint(self):
        at = self.facts.written_complaint_at
        return (OK, self._when(at)) if at else (MISSING, "")

    def _wait_elapsed(self):
        rule = self.r.clock("opens")
        wait = rule.duration.describe() if rule else ""
        extra = {"wait": wait, "when": "", "fr": {"wait": _wait_fr(rule), "when": ""}}
        if self.opens_at is None:
            extra.update(when=f"{wait} after your complaint")
            extra["fr"]["when"] = f"{_wait_fr(rule)} après votre réclamation"
            return MISSING, "", extra
        day = self._when(self.opens_at)
        extra.update(when=f"from {day}")
        extra["fr"]["when"] = f"à partir du {day}"
        return (OK if self.opens_at <= self.now else MISSING), day, extra

    def _within_limit(self):
        if self.limit_at is None:
            return INFO, "?"
        done = any(e.recipient == self.r.key for e in self.facts.escalations)
        state = OK if done or self.limit_at >= self.now else MISSING
        return state, self._when(self.limit_at)

    def _final_response(self):
        final = self.facts.final_response
        return (OK, self._when(final.at)) if final else (MISSING, "")

    def _bet_details(self):
        for t in self.facts.transactions:
            if (t.kind in (TransactionKind.BET, TransactionKind.ROUND) and t.reference
                    and t.amount and t.at is not None):
                return OK, " ".join(x for x in (t.reference, t.amount, t.currency, t.bet_type,
                                                self._when(t.at)) if x)
        return MISSING, ""

    def _transaction_refs(self):
        refs = [t.reference for t in self.facts.transactions if t.reference]
        refs += [x for x in (self.facts.claim.transaction_id, self.facts.claim.round_id) if x]
        return (OK, ", ".join(dict.fromkeys(refs))) if refs else (MISSING, "")

    def _deposit(self):
        for t in self.facts.transactions:
            if t.kind == TransactionKind.DEPOSIT and t.amount and t.at and t.method:
                return OK, f"{t.amount} {t.currency} {t.method} {self._when(t.at)}".strip()
        return MISSING, ""

    def _legal_entity(self):
        value = self.facts.platform.legal_entity
        return (OK, value) if value else (MISSING, "")

    def _licence_number(self):
        value = self.facts.platform.licence_number
        return (OK, value) if value else (MISSING, "")

    def _remedy(self):
        # The claim's `remedy` field comes with the letter work (issue 11: "auto" means the
        # category's default); until a claim has one, that default stands in, said as such.
        value = str(getattr(self.facts.claim, "remedy", "") or "").strip()
        if value and value != "auto" and vocabulary.has("remedy", value):
            return (OK, vocabulary.inline("remedy", value, "en"),
                    {"fr": {"value": vocabulary.inline("remedy", value, "fr")}})
        if value and value != "auto":
            return OK, value.replace("_", " ")
        return INFO, _DEFAULT_REMEDY[0], {"fr": {"value": _DEFAULT_REMEDY[1]}}

    def _evidence(self):
        n = self.evidence_count
        return (OK, str(n)) if n else (MISSING, "0")

    def _min_amount(self):
        minimum = self.r.min_amount
        text = f"{minimum.amount} {minimum.currency}" if minimum else ""
        claim = self.facts.claim
        amount = str(getattr(claim, "remedy_amount", "") or claim.bonus_amount or "")
        value = amount_value(amount)
        shown = f"{amount} {claim.currency}".strip()
        extra = {"minimum": text}
        if minimum is None:
            return OK, shown, extra
        if value is None:
            return MISSING, shown, extra
        if claim.currency.upper() != minimum.currency:
            extra["fr"] = {"value": f"{shown} (pas en {minimum.currency}{NNBSP}: à vérifier)"}
            return WARNING, f"{shown} (not in {minimum.currency}: check it)", extra
        return (OK if value >= float(minimum.amount) else MISSING), shown, extra

    def _competent(self):
        stage = stage_for(self.book, self.facts.platform)
        regulator = self.facts.platform.regulator or "?"
        if stage is None:
            return (WARNING, f"its regulator {regulator!r} is unknown: pick one",
                    {"fr": {"value": f"son régulateur «{NNBSP}{regulator}{NNBSP}» est inconnu"
                                     f"{NNBSP}: choisissez-le"}})
        if self.r.key == stage.key or self.r.key in stage.next or self.r in chosen_next(
                self.book, stage, self.facts.platform):
            return OK, ""
        leads = ", ".join(stage.next)
        return (WARNING, f"{stage.label} leads to {leads or 'no other body'}",
                {"fr": {"value": f"{stage.name_in('fr')} mène à "
                                 f"{leads or 'aucun autre organisme'}"}})

    def _in_scope(self):
        kind = self.facts.platform.kind.value
        if kind in self.r.excluded_kinds:
            en, fr = KIND_NAMES.get(kind, (kind, kind))
            return MISSING, en, {"fr": {"value": fr}}
        return OK, kind

    def _language(self):
        en, fr = LANGUAGE_NAMES.get(self.r.language, (self.r.language, self.r.language))
        state = INFO if self.r.language in ("en", "fr") else WARNING
        return state, en, {"fr": {"value": fr}}


def _wait_fr(rule) -> str:
    if rule is None:
        return ""
    units = {"days": "jours", "weeks": "semaines", "working_days": "jours ouvrés",
             "months": "mois", "years": "ans", "hours": "heures"}
    return f"{rule.duration.amount} {units[rule.duration.unit]}"

