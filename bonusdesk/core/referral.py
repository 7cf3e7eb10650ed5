"""The referral letter to an ADR body or mediator, in the recipient's language.

Built from the claim's facts, the bets and deposits it is about, the contact history
with the operator and the operator's answer (its final response, if flagged), the
player's profile and what the player asks for. French for French recipients (the
Médiateur des jeux requires it), English otherwise: BonusDesk writes no other language,
which readiness says for Swedish or Dutch bodies.

    letter = referral_letter(folder, claim_id, "fr-mediateur-jeux")
    letter.lang, letter.subject, letter.body
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from babel.dates import format_time

from . import profile as player_profile
from .claimfacts import ClaimFacts
from .model import Category, Claim, Contact, Direction, Transaction
from .recipients import BABEL_LOCALES, local_date
from .report_text import error_phrase
from .rules import Recipient, RuleBook, rules_for_folder
from .timeutil import get_zone, now_utc

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Referral of a dispute with {platform}{account}",
        "account": " (account {account})",
        "greeting": "Dear Sir or Madam,",
        "intro": "I ask you to examine my dispute with {operator}, which I could not resolve "
                 "through the operator's complaints procedure.",
        "entity": "{platform}, operated by {entity}",
        "licence": ", licence {licence}",
        "facts": "The facts",
        "incident": "On {when} ({zone}), the problem occurred on my account.",
        "did": "What I did: {text}", "expected": "What I expected: {text}",
        "happened": "What happened: {text}",
        "error": "The following error message was shown: {error}",
        "transactions": "Transactions concerned:",
        "history": "My complaint to the operator",
        "sent": "On {when}, I complained {how} ({channel}{ref}).",
        "sent_oral": "On {when}, I contacted the operator by {channel}{ref} (not in "
                     "writing).",
        "in_writing": "in writing", "orally": "orally",
        "received": "On {when}, the operator answered ({channel}{ref}){summary}.",
        "final": "On {when}, the operator sent its final response ({channel}{ref}){summary}.",
        "no_final": "The operator has given no final response to my complaint of {when}.",
        "ask": "What I ask",
        "evidence_one": "I enclose one piece of evidence, listed with its SHA-256 fingerprint "
                        "in the attached file.",
        "evidence_many": "I enclose {n} pieces of evidence, listed with their SHA-256 "
                         "fingerprints in the attached file.",
        "thanks": "Thank you for examining my request.",
        "regards": "Yours faithfully,",
        "kind_bet": "bet", "kind_round": "game round", "kind_deposit": "deposit",
        "kind_withdrawal": "withdrawal", "kind_bonus": "bonus", "kind_other": "transaction",
        "stake": "stake", "amount": "amount", "on": "on",
    },
    "fr": {
        "subject": "Demande de médiation : litige avec {platform}{account}",
        "account": " (compte {account})",
        "greeting": "Madame, Monsieur,",
        "intro": "Je sollicite votre intervention dans le litige qui m'oppose à {operator}, "
                 "que la procédure de réclamation de l'opérateur n'a pas permis de régler.",
        "entity": "{platform}, exploité par {entity}",
        "licence": ", agrément {licence}",
        "facts": "Les faits",
        "incident": "Le {when} ({zone}), le problème s'est produit sur mon compte.",
        "did": "Ce que j'ai fait : {text}", "expected": "Ce que j'attendais : {text}",
        "happened": "Ce qui s'est passé : {text}",
        "error": "Le message d'erreur suivant s'est affiché : {error}",
        "transactions": "Opérations concernées :",
        "history": "Ma réclamation auprès de l'opérateur",
        "sent": "Le {when}, j'ai adressé une réclamation {how} ({channel}{ref}).",
        "sent_oral": "Le {when}, j'ai contacté l'opérateur par {channel}{ref} (sans écrit).",
        "in_writing": "écrite", "orally": "oralement",
        "received": "Le {when}, l'opérateur a répondu ({channel}{ref}){summary}.",
        "final": "Le {when}, l'opérateur m'a adressé sa réponse définitive "
                 "({channel}{ref}){summary}.",
        "no_final": "L'opérateur n'a apporté aucune réponse définitive à ma réclamation du "
                    "{when}.",
        "ask": "Ma demande",
        "evidence_one": "Je joins une pièce justificative, répertoriée avec son empreinte "
                        "SHA-256 dans le dossier ci-joint.",
        "evidence_many": "Je joins {n} pièces justificatives, répertoriées avec leurs "
                         "empreintes SHA-256 dans le dossier ci-joint.",
        "thanks": "Je vous remercie de l'attention que vous porterez à ma demande.",
        "regards": "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                   "distinguées.",
        "kind_bet": "pari", "kind_round": "partie", "kind_deposit": "dépôt",
        "kind_withdrawal": "retrait", "kind_bonus": "bonus", "kind_other": "opération",
        "stake": "mise", "amount": "montant", "on": "le",
    },
}

# What the player asks for when the claim states no remedy of its own.
DEFAULT_REMEDY = {
    "en": {
        Category.BONUS_NOT_CREDITED: "I ask that the operator credit the bonus I was "
                                     "entitled to, or state in writing which term was not met.",
        Category.ERROR_MESSAGE: "I ask that the operator restore what the error deprived me "
                                "of.",
        Category.PAYMENT_BLOCKED_OR_DELAYED: "I ask that the operator pay out the sum due, or "
                                             "state in writing why it withholds it.",
        Category.TERMS_DISPUTE: "I ask that the operator apply the promotion's terms as "
                                "published and name the clause it relies on.",
        Category.OTHER: "I ask that the operator put right the harm described above.",
    },
    "fr": {
        Category.BONUS_NOT_CREDITED: "Je demande que l'opérateur crédite le bonus auquel "
                                     "j'avais droit, ou indique par écrit quelle condition "
                                     "n'était pas remplie.",
        Category.ERROR_MESSAGE: "Je demande que l'opérateur rétablisse ce dont l'erreur m'a "
                                "privé.",
        Category.PAYMENT_BLOCKED_OR_DELAYED: "Je demande que l'opérateur verse la somme due, "
                                             "ou justifie par écrit sa retenue.",
        Category.TERMS_DISPUTE: "Je demande que l'opérateur applique les conditions publiées "
                                "de la promotion et cite la clause qu'il invoque.",
        Category.OTHER: "Je demande que l'opérateur répare le préjudice décrit ci-dessus.",
    },
}
CHANNELS = {
    "fr": {"contact_form": "formulaire de contact", "chat": "chat", "email": "e-mail",
           "phone": "téléphone", "social": "réseau social", "letter": "courrier",
           "other": "autre canal"},
    "en": {"contact_form": "contact form", "chat": "live chat", "email": "e-mail",
           "phone": "phone", "social": "social network", "letter": "letter",
           "other": "other channel"},
}


@dataclass(frozen=True)
class ReferralLetter:
    recipient_id: str
    lang: str
    subject: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}\n"


def letter_language(recipient: Recipient) -> str:
    return recipient.language if recipient.language in TEXTS else "en"


def referral_letter(folder, claim: Claim | int, recipient: str | Recipient,
                    lang: str | None = None, now: datetime | None = None, *,
                    evidence_count: int | None = None,
                    rules: RuleBook | None = None) -> ReferralLetter:
    """The letter for ``recipient`` (its language unless ``lang`` is given)."""
    book = rules or rules_for_folder(folder)
    recipient = recipient if isinstance(recipient, Recipient) else book.get(recipient)
    claim = folder.claims.get(claim.id if isinstance(claim, Claim) else claim)
    lang = lang if lang in TEXTS else letter_language(recipient)
    facts = ClaimFacts.read(folder, claim)
    if evidence_count is None:
        evidence_count = len(folder.evidence.list(claim.id))
    writer = _Writer(facts, player_profile.load(folder), recipient, lang, now or now_utc())
    return writer.letter(evidence_count)


class _Writer:
    def __init__(self, facts: ClaimFacts, prof, recipient: Recipient, lang: str,
                 now: datetime):
        self.f, self.profile, self.r, self.lang, self.now = facts, prof, recipient, lang, now
        self.t = TEXTS[lang]
        self.zone = facts.claim.incident_zone

    def when(self, at: datetime) -> str:
        local = at.astimezone(get_zone(self.zone))
        time = format_time(local, "short", locale=BABEL_LOCALES[self.lang])
        return f"{local_date(at, self.zone, self.lang)} {'à' if self.lang == 'fr' else 'at'} " \
               f"{time}"

    def letter(self, evidence_count: int) -> ReferralLetter:
        t, c, p = self.t, self.f.claim, self.f.platform
        account = t["account"].format(account=c.account_id) if c.account_id else ""
        subject = t["subject"].format(platform=p.name, account=account)
        lines = self._header() + [t["greeting"], "", t["intro"].format(
            operator=self._operator()), ""]
        lines += self._facts() + [""] + self._history() + [""]
        lines += [t["ask"], self._remedy(), ""]
        if evidence_count:
            lines.append(t["evidence_one"] if evidence_count == 1
                         else t["evidence_many"].format(n=evidence_count))
        lines += [t["thanks"], "", t["regards"]]
        if self.profile.name:
            lines.append(self.profile.name)
        return ReferralLetter(self.r.key, self.lang, subject, "\n".join(lines))

    def _header(self) -> list[str]:
        sender = [x for x in (self.profile.name, *self.profile.postal_address.splitlines(),
                              self.profile.email) if x]
        to = [self.r.name_in(self.lang), *self.r.postal_address.splitlines()]
        date = local_date(self.now, self.zone, self.lang)
        return sender + [""] + to + ["", date, ""]

    def _operator(self) -> str:
        p, t = self.f.platform, self.t
        text = t["entity"].format(platform=p.name, entity=p.legal_entity) if (
            p.legal_entity) else p.name
        return text + (t["licence"].format(licence=p.licence_number) if p.licence_number else "")

    def _facts(self) -> list[str]:
        t, c = self.t, self.f.claim
        lines = [t["facts"], t["incident"].format(when=self.when(c.incident_at),
                                                  zone=c.incident_zone)]
        lines += [t[k].format(text=getattr(c, k).strip()) for k in ("did", "expected",
                                                                    "happened")
                  if getattr(c, k).strip()]
        error = error_phrase(c, self.lang)
        if error:
            lines.append(t["error"].format(error=error))
        if self.f.transactions:
            lines.append(t["transactions"])
            lines += [f"- {self._transaction(x)}" for x in self.f.transactions]
        return lines

    def _transaction(self, x: Transaction) -> str:
        t = self.t
        parts = [t[f"kind_{x.kind.value}"] + (f" {x.reference}" if x.reference else "")]
        if x.amount:
            word = t["stake"] if x.kind.value in ("bet", "round") else t["amount"]
            parts.append(f"{word} {x.amount} {x.currency}".strip())
        parts += [v for v in (x.bet_type, x.method) if v]
        if x.at is not None:
            parts.append(f"{t['on']} {self.when(x.at)}")
        return ", ".join(parts)

    def _history(self) -> list[str]:
        t = self.t
        lines = [t["history"]]
        operator = [c for c in self.f.contacts if c.counterpart.value == "operator"]
        for c in operator:
            lines.append(self._contact_line(c))
        if self.f.final_response is None:
            since = self.f.written_complaint_at or self.f.complaint_at
            if since is not None:
                lines.append(t["no_final"].format(when=self.when(since)))
        return lines

    def _contact_line(self, c: Contact) -> str:
        t = self.t
        channel = CHANNELS[self.lang].get(c.channel.value, c.channel.value)
        ref = f", {c.reference}" if c.reference else ""
        if c.direction == Direction.SENT:
            key = "sent" if c.is_written else "sent_oral"
            how = t["in_writing"] if c.is_written else t["orally"]
            return t[key].format(when=self.when(c.at), how=how, channel=channel, ref=ref)
        first = c.summary.strip().splitlines()[0] if c.summary.strip() else ""
        summary = f" : « {first} »" if self.lang == "fr" and first else (
            f": \u201c{first}\u201d" if first else "")
        key = "final" if c.final_response else "received"
        return t[key].format(when=self.when(c.at), channel=channel, ref=ref, summary=summary)

    def _remedy(self) -> str:
        return remedy_sentence(self.f.claim, self.lang)


def remedy_sentence(claim: Claim, lang: str) -> str:
    """What the player asks for. The one place to re-point to the letter work's
    ``report_text.remedy_phrase`` (issue 11: the claim's `remedy` and `remedy_amount`)
    once it is on main; until then the category's default request."""
    from . import report_text

    phrase = getattr(report_text, "remedy_phrase", None)
    if phrase is not None and str(getattr(claim, "remedy", "auto")) != "auto":
        return phrase(claim, lang)
    return DEFAULT_REMEDY[lang][claim.category]
