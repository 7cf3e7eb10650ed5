"""The complaint message, in French or English, built from a claim.

Support teams answer faster when the first message names the account, the
exact error (code and text), the time with its zone and the transaction; this
module writes that message and lists what is still missing. All wording for
both languages lives in ``TEXTS`` so translators have one place to look.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Category, Claim, Contact, Platform
from .timeutil import get_zone, utc_offset

LANGUAGES = ("en", "fr")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Complaint: {title} (account {account})",
        "subject_no_account": "Complaint: {title}",
        "greeting": "Hello,",
        "intro": "I am contacting you about a problem on my account {account} at {platform}.",
        "intro_no_account": "I am contacting you about a problem at {platform}.",
        "when": "The problem happened on {date} at {time} ({zone}, UTC{offset}).",
        "did": "What I did: {text}",
        "expected": "What I expected: {text}",
        "happened": "What happened: {text}",
        "error": "The exact error message shown was: {error}",
        "intermittent_yes": "The error happened more than once.",
        "intermittent_no": "The error happened once.",
        "connection_yes": "My internet connection was stable at the time.",
        "connection_no": "My internet connection was not stable at the time.",
        "details": "Details for your investigation:",
        "account": "Account ID",
        "bonus": "Bonus",
        "promo": "Promo code",
        "transaction": "Transaction ID",
        "round": "Game round ID",
        "references": "Earlier reference numbers",
        "evidence": "I keep {count} piece(s) of evidence (screenshots, documents) with their "
                    "SHA-256 fingerprints and can send them on request.",
        "ask_" + Category.BONUS_NOT_CREDITED: "Please credit the bonus I was entitled to, or "
                                              "explain in writing which condition was not met.",
        "ask_" + Category.ERROR_MESSAGE: "Please investigate this error and restore what I was "
                                         "entitled to.",
        "ask_" + Category.PAYMENT_BLOCKED_OR_DELAYED: "Please process the payment or explain in "
                                                       "writing why it is blocked and until when.",
        "ask_" + Category.TERMS_DISPUTE: "Please review this decision against the terms of the "
                                         "promotion and tell me the exact clause you rely on.",
        "ask_" + Category.OTHER: "Please investigate and tell me what you will do.",
        "reply": "Please reply with a ticket or reference number. Thank you.",
        "regards": "Kind regards,",
        "missing": "(not given)",
        "quoted": "\u201c{text}\u201d",
        # labels of fields support asks for, used by missing_fields() callers
        "field_account_id": "account ID",
        "field_error_code": "exact error code",
        "field_error_text": "exact error text",
        "field_transaction_id": "transaction ID",
        "field_bonus_name": "bonus name",
        "field_bonus_amount": "bonus amount",
        "field_currency": "currency",
        "field_did": "what you did",
        "field_expected": "what you expected",
        "field_happened": "what happened",
    },
    "fr": {
        "subject": "Réclamation : {title} (compte {account})",
        "subject_no_account": "Réclamation : {title}",
        "greeting": "Bonjour,",
        "intro": "Je vous contacte au sujet d'un problème sur mon compte {account} "
                 "chez {platform}.",
        "intro_no_account": "Je vous contacte au sujet d'un problème chez {platform}.",
        "when": "Le problème s'est produit le {date} à {time} ({zone}, UTC{offset}).",
        "did": "Ce que j'ai fait : {text}",
        "expected": "Ce que j'attendais : {text}",
        "happened": "Ce qui s'est passé : {text}",
        "error": "Le message d'erreur exact affiché était : {error}",
        "intermittent_yes": "L'erreur s'est produite plusieurs fois.",
        "intermittent_no": "L'erreur s'est produite une seule fois.",
        "connection_yes": "Ma connexion internet était stable à ce moment-là.",
        "connection_no": "Ma connexion internet n'était pas stable à ce moment-là.",
        "details": "Éléments pour votre enquête :",
        "account": "Identifiant de compte",
        "bonus": "Bonus",
        "promo": "Code promo",
        "transaction": "Identifiant de transaction",
        "round": "Identifiant de partie",
        "references": "Numéros de référence précédents",
        "evidence": "Je conserve {count} preuve(s) (captures d'écran, documents) avec leurs "
                    "empreintes SHA-256 et peux vous les transmettre sur demande.",
        "ask_" + Category.BONUS_NOT_CREDITED: "Merci de créditer le bonus auquel j'avais droit, "
                                              "ou de m'indiquer par écrit quelle condition "
                                              "n'était pas remplie.",
        "ask_" + Category.ERROR_MESSAGE: "Merci d'examiner cette erreur et de rétablir ce à quoi "
                                         "j'avais droit.",
        "ask_" + Category.PAYMENT_BLOCKED_OR_DELAYED: "Merci de traiter le paiement ou de "
                                                       "m'expliquer par écrit pourquoi il est "
                                                       "bloqué et jusqu'à quand.",
        "ask_" + Category.TERMS_DISPUTE: "Merci de réexaminer cette décision au regard des "
                                         "conditions de la promotion et de m'indiquer la clause "
                                         "exacte invoquée.",
        "ask_" + Category.OTHER: "Merci d'examiner ce problème et de m'indiquer la suite donnée.",
        "reply": "Merci de me répondre en indiquant un numéro de ticket ou de référence.",
        "regards": "Cordialement,",
        "missing": "(non renseigné)",
        "quoted": "« {text} »",
        "field_account_id": "identifiant de compte",
        "field_error_code": "code d'erreur exact",
        "field_error_text": "texte exact de l'erreur",
        "field_transaction_id": "identifiant de transaction",
        "field_bonus_name": "nom du bonus",
        "field_bonus_amount": "montant du bonus",
        "field_currency": "devise",
        "field_did": "ce que vous avez fait",
        "field_expected": "ce que vous attendiez",
        "field_happened": "ce qui s'est passé",
    },
}

_DATE_FORMAT = {"en": "%Y-%m-%d", "fr": "%d/%m/%Y"}

# What a support agent asks for first; the error fields only when an error was shown.
_ALWAYS_ASKED = ("account_id", "did", "expected", "happened")
_BONUS_FIELDS = ("bonus_name", "bonus_amount", "currency")
_ERROR_FIELDS = ("error_code", "error_text")


@dataclass
class Complaint:
    subject: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}"


def texts(lang: str) -> dict[str, str]:
    """The wording table for ``lang`` ("en" or "fr"); unknown languages fall back to English."""
    return TEXTS.get(lang, TEXTS["en"])


def field_label(field: str, lang: str = "en") -> str:
    return texts(lang).get(f"field_{field}", field.replace("_", " "))


def missing_fields(claim: Claim) -> list[str]:
    """Names of the claim fields support will ask for that are still empty."""
    wanted = list(_ALWAYS_ASKED[:1])
    if claim.category in (Category.ERROR_MESSAGE, Category.BONUS_NOT_CREDITED) or (
            claim.error_code or claim.error_text):
        wanted += _ERROR_FIELDS
    if claim.category in (Category.BONUS_NOT_CREDITED, Category.PAYMENT_BLOCKED_OR_DELAYED):
        wanted.append("transaction_id")
    if claim.category != Category.PAYMENT_BLOCKED_OR_DELAYED:
        wanted += _BONUS_FIELDS
    wanted += _ALWAYS_ASKED[1:]
    return [f for f in wanted if not str(getattr(claim, f) or "").strip()]


def error_phrase(claim: Claim, lang: str = "en") -> str:
    """``BNS-402 – “Bonus could not be credited”``: the code, then the verbatim text."""
    code, text = claim.error_code.strip(), claim.error_text.strip()
    quoted = texts(lang)["quoted"].format(text=text) if text else ""
    return " – ".join(p for p in (code, quoted) if p)


def bonus_phrase(claim: Claim) -> str:
    amount = " ".join(p for p in (claim.bonus_amount.strip(), claim.currency.strip()) if p)
    name = claim.bonus_name.strip()
    return f"{name} ({amount})" if name and amount else name or amount


def complaint(claim: Claim, platform: Platform | None = None, lang: str = "en",
              contacts: Iterable[Contact] = (), evidence_count: int = 0,
              user_name: str = "") -> Complaint:
    """The ready-to-send message for ``claim`` in ``lang``."""
    t = texts(lang)
    account = claim.account_id.strip()
    title = claim.title.strip()
    subject = (t["subject"].format(title=title, account=account) if account
               else t["subject_no_account"].format(title=title))
    local = claim.incident_at.astimezone(get_zone(claim.incident_zone))
    platform_name = platform.name if platform else ""
    lines = [t["greeting"], ""]
    lines.append(t["intro"].format(account=account, platform=platform_name) if account
                 else t["intro_no_account"].format(platform=platform_name))
    lines.append(t["when"].format(
        date=local.strftime(_DATE_FORMAT.get(lang, _DATE_FORMAT["en"])),
        time=local.strftime("%H:%M"), zone=claim.incident_zone,
        offset=utc_offset(claim.incident_at, claim.incident_zone)))
    lines.append("")
    for key in ("did", "expected", "happened"):
        lines.append(t[key].format(text=getattr(claim, key).strip() or t["missing"]))
    error = error_phrase(claim, lang)
    if error:
        lines += ["", t["error"].format(error=error)]
    if claim.intermittent is not None:
        lines.append(t["intermittent_yes" if claim.intermittent else "intermittent_no"])
    if claim.connection_stable is not None:
        lines.append(t["connection_yes" if claim.connection_stable else "connection_no"])
    lines += ["", t["details"]]
    details = [
        (t["account"], account),
        (t["bonus"], bonus_phrase(claim)),
        (t["promo"], claim.promo_code.strip()),
        (t["transaction"], claim.transaction_id.strip()),
        (t["round"], claim.round_id.strip()),
        (t["references"], ", ".join(sorted({c.reference for c in contacts if c.reference}))),
    ]
    lines += [f"- {label}: {value}" if lang == "en" else f"- {label} : {value}"
              for label, value in details if value]
    if evidence_count:
        lines += ["", t["evidence"].format(count=evidence_count)]
    lines += ["", t["ask_" + claim.category], t["reply"], "", t["regards"]]
    if user_name.strip():
        lines.append(user_name.strip())
    return Complaint(subject, "\n".join(lines))
