"""Every word a user reads for a stored key, declared once, in English and French.

The core stores stable keys (enum values, checklist keys, deadline kinds, event names);
the app and the PDF show the words declared here for them, in the reader's language::

    text("status", "resolved_rejected", "fr")      -> "Réponse définitive : refus"
    inline("status", "resolved_rejected", "fr")    -> "réponse définitive : refus"
    text("deadline", "follow_up", "en", days=3)    -> "Follow up: no answer after 3 working days"

**Adding a key** (a status, a deadline state, a recurrence value...): add it to its enum
in the core and one line to its table below, with both languages. A new concept: one
``_concept(...)`` call. tests/core/test_vocabulary.py fails while a key has no text in a
language, a table holds a key nobody stores, the two languages disagree on placeholders,
or the French breaks its typography rules.

**Numbers and user text** are ``{placeholders}`` filled from structured fields (a
deadline's ``window_hours``, ``working_days``, ``promised_action``), never parsed out of
English. A term whose text is a pair ``(one, other)`` is a plural, chosen by ``count``
(French counts 0 and 1 as singular).

**French typography**: a narrow no-break space (U+202F, ``NNBSP``) before ``:`` ``;``
``?`` ``!`` and inside « » (the test checks every French text here).

This module imports nothing but the model, so any layer may use it. Escalation clocks are
the one deadline text not here: they are named by the rules file (``label``/``label_fr``).
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from .model import (
    EDITABLE_CLAIM_FIELDS,
    Category,
    Channel,
    CheckState,
    Counterpart,
    Direction,
    EscalationStatus,
    EvidenceKind,
    PlatformKind,
    Recurrence,
    Remedy,
    Status,
    TransactionKind,
)

LANGUAGES = ("en", "fr")
NNBSP = "\u202f"  # narrow no-break space: French puts it before : ; ? ! and inside « »
NBSP = "\u00a0"  # between a number and its unit ("24 h"): a line never starts with "h"

Text = str | tuple[str, str]  # a text, or a plural pair (one, other)


@dataclass(frozen=True)
class Term:
    en: Text
    fr: Text

    def forms(self, lang: str) -> tuple[str, ...]:
        value = self.fr if lang == "fr" else self.en
        return value if isinstance(value, tuple) else (value,)

    def text(self, lang: str, count: int | None = None, **params) -> str:
        forms = self.forms(lang)
        if len(forms) == 2:
            if count is None:
                raise ValueError("a plural term needs a count")
            singular = count in (0, 1) if lang == "fr" else count == 1
            template = forms[0] if singular else forms[1]
        else:
            template = forms[0]
        return template.format(**params) if params else template

    def placeholders(self, lang: str) -> set[str]:
        return {name for form in self.forms(lang)
                for _lit, name, _spec, _conv in string.Formatter().parse(form) if name}


class Concept:
    """One kind of key and the words for each: ``terms[key] = Term(en, fr)``.

    ``covers``: what must have a term: an Enum, an iterable of keys, or the dotted path of
    one in a module that may not be imported here (``"bonusdesk.core.deadlines.DeadlineKind"``),
    resolved only when asked (:meth:`required_keys`), so this module stays a leaf.
    """

    def __init__(self, name: str, terms: Mapping[str, tuple[Text, Text]],
                 covers: type[Enum] | Iterable[str] | str | None = None,
                 also: Iterable[str] = ()):
        self.name = name
        self.terms = {str(key): Term(*pair) for key, pair in terms.items()}
        self._covers = covers
        self.also = frozenset(also)  # keys of no enum (fallbacks, variants)

    def required_keys(self) -> set[str]:
        covers = self._covers
        if covers is None:
            return set(self.terms)
        if isinstance(covers, str):
            module, _, attr = covers.rpartition(".")
            covers = getattr(importlib.import_module(module), attr)
        keys = {e.value for e in covers} if isinstance(covers, type) else set(covers)
        return {str(k) for k in keys} | self.also

    def text(self, key, lang: str, count: int | None = None, **params) -> str:
        return self.terms[str(getattr(key, "value", key))].text(lang, count, **params)


CONCEPTS: dict[str, Concept] = {}


def _concept(name: str, terms, covers=None, also=()) -> Concept:
    if name in CONCEPTS:
        raise ValueError(f"two vocabularies are called {name!r}")
    CONCEPTS[name] = Concept(name, terms, covers, also)
    return CONCEPTS[name]


def text(concept: str, key, lang: str, count: int | None = None, **params) -> str:
    """The words for ``key`` of ``concept`` in ``lang`` ("en" for any other language)."""
    return CONCEPTS[concept].text(key, lang if lang in LANGUAGES else "en", count, **params)


def inline(concept: str, key, lang: str, count: int | None = None, **params) -> str:
    """The same words inside a sentence or a table cell: first letter in lower case
    ("Draft" -> "draft"), unless the word is an acronym ("PDF")."""
    words = text(concept, key, lang, count, **params)
    if len(words) > 1 and words[1].isupper():
        return words
    return words[:1].lower() + words[1:]


def has(concept: str, key) -> bool:
    return str(getattr(key, "value", key)) in CONCEPTS[concept].terms


# The concept of a stored value, by its enum; a bare string is looked up in _SEARCH order.
_CONCEPT_OF = {Status: "status", Category: "category", EvidenceKind: "evidence_kind",
               Channel: "channel", Direction: "direction", CheckState: "check_state",
               Recurrence: "recurrence", PlatformKind: "platform_kind", Remedy: "remedy",
               TransactionKind: "transaction_kind", Counterpart: "counterpart",
               EscalationStatus: "escalation_status"}
_SEARCH = ("status", "category", "evidence_kind", "channel", "evidence_source", "recurrence",
           "platform_kind", "direction")


def value_text(value, lang: str) -> str:
    """A stored value as a reader sees it in a sentence or a table cell, whatever its
    concept: ``value_text(Status.DRAFT, "fr")`` -> "brouillon", ``value_text("capture",
    "en")`` -> "BonusDesk screenshot". Unknown values read as their key with spaces."""
    key = str(getattr(value, "value", value))
    concept = _CONCEPT_OF.get(type(value))
    if concept is None or not has(concept, key):
        concept = next((name for name in _SEARCH if has(name, key)), None)
    return inline(concept, key, lang) if concept else key.replace("_", " ")


def french_typography_problems(value: str) -> list[str]:
    """What breaks French typography in ``value`` (empty when it is right)."""
    problems = []
    if re.search(r"[ \u00a0][:;?!]", value):
        problems.append("space before : ; ? ! must be the narrow no-break space (U+202F)")
    if re.search(r"[^\s\u202f:/%0-9{(\[][:;!?](?=\s|$)", value):
        problems.append("French needs a narrow no-break space before : ; ? !")
    if re.search(r"«(?!\u202f)|(?<!\u202f)»", value):
        problems.append("« » need a narrow no-break space inside")
    if "(s)" in value:
        problems.append('no "(s)" plurals: use a plural pair')
    return problems


N, B = NNBSP, NBSP
# -- the claim ----------------------------------------------------------------------------
STATUS = _concept("status", {
    Status.DRAFT: ("Draft", "Brouillon"),
    Status.READY_TO_REPORT: ("Ready to report", "Prête à signaler"),
    Status.REPORTED: ("Reported", "Signalée"),
    Status.ACKNOWLEDGED: ("Support answered", "Le support a répondu"),
    Status.IN_PROGRESS: ("In progress", "En cours de traitement"),
    Status.INFO_REQUESTED: ("Information requested", "Informations demandées"),
    Status.RESOLVED_ACCEPTED: ("Final answer: accepted", f"Réponse définitive{N}: accord"),
    Status.RESOLVED_REJECTED: ("Final answer: refused", f"Réponse définitive{N}: refus"),
    Status.ESCALATED: ("Referred to a mediator", "Médiateur saisi"),
    Status.CLOSED: ("Closed", "Clôturée"),
}, covers=Status)

CATEGORY = _concept("category", {
    Category.ERROR_MESSAGE: ("Error message", "Message d'erreur"),
    Category.BONUS_NOT_CREDITED: ("Bonus not credited", "Bonus non crédité"),
    Category.PAYMENT_BLOCKED_OR_DELAYED: ("Payment blocked or delayed",
                                          "Paiement bloqué ou retardé"),
    Category.TERMS_DISPUTE: ("Dispute over the terms", "Litige sur les conditions"),
    Category.OTHER: ("Other", "Autre"),
}, covers=Category)

PLATFORM_KIND = _concept("platform_kind", {
    PlatformKind.CASINO: ("Casino", "Casino"),
    PlatformKind.SPORTSBOOK: ("Sportsbook", "Paris sportifs"),
    PlatformKind.CASHBACK: ("Cashback", "Cashback"),
    PlatformKind.LOYALTY: ("Loyalty programme", "Programme de fidélité"),
    PlatformKind.OTHER: ("Other", "Autre"),
}, covers=PlatformKind)

CLAIM_FIELD = _concept("claim_field", {
    "title": ("title", "titre"),
    "account_id": ("account ID", "identifiant de compte"),
    "bonus_name": ("bonus", "bonus"),
    "bonus_type": ("bonus type", "type de bonus"),
    "bonus_amount": ("amount", "montant"),
    "currency": ("currency", "devise"),
    "promo_code": ("promo code", "code promo"),
    "transaction_id": ("transaction ID", "n° de transaction"),
    "round_id": ("game round ID", "n° de partie"),
    "category": ("kind of problem", "type de problème"),
    "error_code": ("error code", "code d'erreur"),
    "error_text": ("error message", "message d'erreur"),
    "recurrence": ("how often", "fréquence"),
    "intermittent": ("every time?", f"à chaque fois{N}?"),  # in the history of old claims
    "connection_stable": ("connection", "connexion"),
    "did": ("what I did", "ce que j'ai fait"),
    "expected": ("what I expected", "ce que j'attendais"),
    "happened": ("what happened", "ce qui s'est passé"),
    "remedy": ("what I ask for", "ma demande"),
    "remedy_amount": ("amount asked for", "montant demandé"),
    "window_hours": ("reporting window", "délai de signalement"),
    "incident_at": ("incident time", "date de l'incident"),
    "incident_zone": ("time zone", "fuseau horaire"),
    "info_due_at": ("answer due", "réponse attendue"),
    "notes": ("notes", "notes"),
}, covers=EDITABLE_CLAIM_FIELDS, also=["intermittent"])

# Seeded eligibility items; bonusdesk/core/claims.py seeds them by platform kind.
CHECKLIST = _concept("checklist", {
    "account_verified": ("Account verified", "Compte vérifié"),
    "identity_accepted": ("Identity documents accepted", "Pièces d'identité acceptées"),
    "minimum_deposit": ("Minimum deposit made", "Dépôt minimum effectué"),
    "opted_in": ("Bonus opted in or promo code entered", "Bonus activé ou code promo saisi"),
    "promotion_period": ("Within the promotion period", "Dans la période de la promotion"),
    "wagering_known": ("Wagering requirements known", "Conditions de mise connues"),
    "terms_read": ("Terms read", "Conditions lues"),
})

CHECK_STATE = _concept("check_state", {
    CheckState.YES: ("Yes", "Oui"),
    CheckState.NO: ("No", "Non"),
    CheckState.UNKNOWN: ("Don't know", "Je ne sais pas"),
    CheckState.NOT_APPLICABLE: ("Not applicable", "Sans objet"),
}, covers=CheckState)

RECURRENCE = _concept("recurrence", {  # the letter writes each as a sentence of its own
    Recurrence.UNKNOWN: ("Not sure", "Je ne sais pas"),
    Recurrence.ONCE: ("Only once", "Une seule fois"),
    Recurrence.EVERY_TIME: ("Every time", "À chaque fois"),
    Recurrence.SOMETIMES: ("Sometimes", "Par intermittence"),
}, covers=Recurrence)

REMEDY = _concept("remedy", {  # what the letter asks for; the sentences are report_text's
    Remedy.AUTO: ("Default for the kind of problem", "Selon le type de problème"),
    Remedy.CREDIT_BONUS: ("Credit the bonus", "Créditer le bonus"),
    Remedy.PROCESS_PAYMENT: ("Process the payment", "Traiter le paiement"),
    Remedy.RESTORE_BALANCE: ("Restore the lost balance", "Rétablir le solde perdu"),
    Remedy.REVIEW_DECISION: ("Review the decision under the terms",
                             "Réexaminer la décision au regard des conditions"),
    Remedy.EXPLAIN: ("Investigate and explain in writing", "Examiner et expliquer par écrit"),
}, covers=Remedy)

TRANSACTION_KIND = _concept("transaction_kind", {
    TransactionKind.BET: ("Bet", "Pari"),
    TransactionKind.ROUND: ("Game round", "Partie"),
    TransactionKind.DEPOSIT: ("Deposit", "Dépôt"),
    TransactionKind.WITHDRAWAL: ("Withdrawal", "Retrait"),
    TransactionKind.BONUS: ("Bonus credit", "Crédit de bonus"),
    TransactionKind.OTHER: ("Other", "Autre"),
}, covers=TransactionKind)

# -- evidence and contacts ---------------------------------------------------------------
EVIDENCE_KIND = _concept("evidence_kind", {
    EvidenceKind.SCREENSHOT: ("Screenshot", "Capture d'écran"),
    EvidenceKind.ID_DOCUMENT: ("Identity document", "Pièce d'identité"),
    EvidenceKind.EMAIL: ("E-mail", "E-mail"),
    EvidenceKind.BANK_PROOF: ("Bank proof", "Justificatif bancaire"),
    EvidenceKind.CHAT_TRANSCRIPT: ("Chat transcript", "Transcription de chat"),
    EvidenceKind.DOCUMENT: ("Document", "Document"),
    EvidenceKind.OTHER: ("Other", "Autre"),
}, covers=EvidenceKind)

EVIDENCE_SOURCE = _concept("evidence_source", {  # Evidence.source: how a file came in
    "import": ("Imported file", "Fichier importé"),
    "capture": ("BonusDesk screenshot", "Capture d'écran BonusDesk"),
    "clipboard": ("Pasted image", "Image collée"),
    "email_attachment": ("E-mail attachment", "Pièce jointe d'un e-mail"),
    "email_forwarded": ("Message forwarded in an e-mail", "Message transféré dans un e-mail"),
    "decrypted": ("Decrypted copy of a protected PDF", "Copie déchiffrée d'un PDF protégé"),
    "derivative": ("Annotated copy", "Copie annotée"),
})

CHANNEL = _concept("channel", {
    Channel.CONTACT_FORM: ("Contact form", "Formulaire de contact"),
    Channel.CHAT: ("Chat", "Chat"),
    Channel.EMAIL: ("E-mail", "E-mail"),
    Channel.PHONE: ("Phone call", "Appel téléphonique"),
    Channel.SOCIAL: ("Social media", "Réseaux sociaux"),
    Channel.LETTER: ("Postal letter", "Courrier postal"),
    Channel.OTHER: ("Other", "Autre"),
}, covers=Channel)

DIRECTION = _concept("direction", {
    Direction.SENT: ("Sent", "Envoyé"),
    Direction.RECEIVED: ("Received", "Reçu"),
}, covers=Direction)

COUNTERPART = _concept("counterpart", {  # who a contact was with
    Counterpart.OPERATOR: ("The operator's support", "Le support de l'opérateur"),
    Counterpart.ADR: ("A mediator or ADR body", "Un médiateur ou organisme de règlement"),
    Counterpart.REGULATOR: ("The regulator", "Le régulateur"),
    Counterpart.FORUM: ("A forum", "Un forum"),
    Counterpart.OTHER: ("Someone else", "Autre interlocuteur"),
}, covers=Counterpart)

# -- escalation ---------------------------------------------------------------------------
RECIPIENT_KIND = _concept("recipient_kind", {  # rules.KINDS
    "operator": ("Operator's complaints procedure", "Procédure de réclamation de l'opérateur"),
    "adr": ("ADR body", "Organisme de règlement des litiges"),
    "mediator": ("Mediator", "Médiateur"),
    "regulator": ("Regulator (records reports)", "Régulateur (enregistre les signalements)"),
    "forum": ("Forum (not a legal body)", "Forum (sans valeur juridique)"),
}, covers="bonusdesk.core.rules.KINDS")

ESCALATION_STATUS = _concept("escalation_status", {
    EscalationStatus.SENT: ("Sent", "Envoyée"),
    EscalationStatus.ACKNOWLEDGED: ("Acknowledged", "Accusé de réception"),
    EscalationStatus.IN_REVIEW: ("Under review", "En cours d'examen"),
    EscalationStatus.UPHELD: ("Decided in your favour", "Décision en votre faveur"),
    EscalationStatus.REJECTED: ("Rejected", "Rejetée"),
    EscalationStatus.WITHDRAWN: ("Withdrawn", "Retirée"),
    EscalationStatus.CLOSED: ("Closed", "Clôturée"),
}, covers=EscalationStatus)

# -- deadlines ----------------------------------------------------------------------------
DEADLINE_KIND = _concept("deadline_kind", {  # short, for the claims list
    "reporting": ("Report", "Signaler"),
    "follow_up": ("Follow up", "Relancer"),
    "info_requested": ("Send the information", "Envoyer les informations"),
    "promise": ("Promise", "Promesse"),
    "escalation": ("Escalation clock", "Délai de recours"),
}, covers="bonusdesk.core.deadlines.DeadlineKind")

DEADLINE = _concept("deadline", {  # in full; escalation clocks are named by the rules file
    "reporting": (f"Report the problem to support (within {{hours}}{B}h of the incident)",
                  f"Signaler le problème au support (dans les {{hours}}{B}h suivant l'incident)"),
    "follow_up": (("Follow up: no answer after {days} working day",
                   "Follow up: no answer after {days} working days"),
                  (f"Relancer{N}: pas de réponse après {{days}} jour ouvré",
                   f"Relancer{N}: pas de réponse après {{days}} jours ouvrés")),
    "info_requested": ("Send the information support asked for",
                       "Envoyer les informations demandées par le support"),
    "promise": ("Promised: {action}", f"Promis{N}: {{action}}"),
    "promise_unnamed": ("A promised action", "Une action promise"),
}, covers=["reporting", "follow_up", "info_requested", "promise"], also=["promise_unnamed"])

DEADLINE_STATE = _concept("deadline_state", {
    "upcoming": ("Upcoming", "À venir"),
    "due_soon": ("Due soon", "Échéance proche"),
    "overdue": ("Overdue", "En retard"),
    "met": ("Done in time", "Fait à temps"),
    "missed": ("Missed", "Dépassé"),
    "late": ("Late: report anyway, say why",
             f"En retard{N}: signalez quand même, en expliquant pourquoi"),
    "done_late": ("Done late", "Fait en retard"),
    "needs_written": ("Needs a written complaint", "Réclamation écrite requise"),
}, covers="bonusdesk.core.deadlines.DeadlineState")

# A clock's state in words that fit who it waits for (the app's Deadlines tab and the
# PDF's summary): your clocks are done or not; the operator's time to answer is what opens
# your way to the next body; a body's time is its decision. Keys: "party.state".
DEADLINE_WORDS = _concept("deadline_words", {
    "you.upcoming": ("to do", "à faire"),
    "you.due_soon": ("due soon", "échéance proche"),
    "you.overdue": ("overdue", "en retard"),
    "you.met": ("done on {done}", "fait le {done}"),
    "you.missed": ("done late, on {done}", "fait en retard, le {done}"),
    "you.missed_undone": ("not done in time", "non fait à temps"),
    "you.done_late": ("done late, on {done}", "fait en retard, le {done}"),
    "op.upcoming": ("not yet: escalation possible from {due}",
                    f"pas encore{N}: recours possible à partir du {{due}}"),
    "op.due_soon": ("not yet: escalation possible from {due}",
                    f"pas encore{N}: recours possible à partir du {{due}}"),
    "op.overdue": ("no answer: escalation possible since {due}",
                   f"sans réponse{N}: recours possible depuis le {{due}}"),
    "op.met": ("answered on {done}", "réponse reçue le {done}"),
    "op.missed": ("answered late, on {done}", "réponse tardive, le {done}"),
    "op.missed_undone": ("no answer in time", "pas de réponse dans le délai"),
    "body.upcoming": ("decision expected by {due}", "décision attendue d'ici le {due}"),
    "body.due_soon": ("decision expected by {due}", "décision attendue d'ici le {due}"),
    "body.overdue": ("no decision by {due}", "pas de décision au {due}"),
    "body.met": ("decided on {done}", "décidé le {done}"),
    "body.missed": ("decided late, on {done}", "décidé en retard, le {done}"),
})

PARTY = _concept("party", {
    "you": ("You must act", "À vous d'agir"),
    "operator": ("Support must answer", "Le support doit répondre"),
    "body": ("The mediator must answer", "Le médiateur doit répondre"),
}, covers="bonusdesk.core.rules.PARTIES")

RELATIVE = _concept("relative", {  # keys: deadlines.RelativeTime direction.unit
    "now.": ("due now", "maintenant"),
    "in.min": (f"in {{n}}{B}min", f"dans {{n}}{B}min"),
    "in.h": (f"in {{n}}{B}h", f"dans {{n}}{B}h"),
    "in.d": (f"in {{n}}{B}d", f"dans {{n}}{B}j"),
    "overdue.min": (f"overdue by {{n}}{B}min", f"en retard de {{n}}{B}min"),
    "overdue.h": (f"overdue by {{n}}{B}h", f"en retard de {{n}}{B}h"),
    "overdue.d": (f"overdue by {{n}}{B}d", f"en retard de {{n}}{B}j"),
})

# -- the history of a claim (event log: "action.entity") ---------------------------------
EVENT = _concept("event", {
    "create.claim": ("Claim created", "Réclamation créée"),
    "change.claim": ("Claim details changed", "Détails modifiés"),
    "status.claim": ("Status changed", "Statut modifié"),
    "export.claim": ("Package exported", "Dossier exporté"),
    "import.evidence": ("Evidence imported", "Preuve importée"),
    "capture.evidence": ("Screenshot captured", "Capture d'écran prise"),
    "discard.evidence": ("Screenshot undone right after capture",
                         "Capture d'écran annulée juste après la prise"),
    "change.evidence": ("Evidence description changed", "Description de la preuve modifiée"),
    "read_text.ocr_text": ("Text read from a picture", "Texte lu sur une image"),
    "contact.contact": ("Contact logged", "Échange noté"),
    "change.contact": ("Contact changed", "Échange modifié"),
    "create.checklist": ("Checklist item added", "Condition ajoutée"),
    "change.checklist": ("Checklist answered", "Condition renseignée"),
    "create.platform": ("Platform added", "Plateforme ajoutée"),
    "change.platform": ("Platform details changed", "Détails de la plateforme modifiés"),
    "change.profile": ("Your details changed", "Vos coordonnées modifiées"),
    "create.escalation": ("Referral recorded", "Saisine enregistrée"),
    "change.escalation": ("Referral updated", "Saisine mise à jour"),
    "create.transaction": ("Transaction added", "Transaction ajoutée"),
    "delete.transaction": ("Transaction removed", "Transaction supprimée"),
    "file.evidence": ("Evidence filed", "Preuve classée"),
    "correct.contact": ("Contact corrected", "Échange corrigé"),
    "withdraw.contact": ("Contact withdrawn", "Échange retiré"),
    "other": ("Record changed", "Enregistrement modifié"),
})


def event_text(action: str, entity: str, lang: str) -> str:
    """An event of the log in words; an event this table does not know yet reads as a
    generic "Record changed" (in the reader's language), never as raw keys."""
    key = f"{action}.{entity}"
    return text("event", key if key in EVENT.terms else "other", lang)


def deadline_text(deadline, lang: str) -> str:
    """What a core Deadline asks for, in full, from its structured fields."""
    kind = str(getattr(deadline.kind, "value", deadline.kind))
    if kind == "escalation":
        return deadline.label_fr if lang == "fr" and deadline.label_fr else deadline.label
    if kind == "promise":
        action = getattr(deadline, "promised_action", "")
        return (text("deadline", "promise", lang, action=action) if action
                else text("deadline", "promise_unnamed", lang))
    if kind == "follow_up":
        days = deadline.working_days
        return text("deadline", kind, lang, count=days, days=days)
    if kind == "reporting":
        return text("deadline", kind, lang, hours=deadline.window_hours)
    return text("deadline", kind, lang)


def deadline_state_words(party: str, state, lang: str, due: str = "", done: str = "") -> str:
    """A deadline's state in words that fit its party ("not yet: escalation possible from
    10/12/2026"), in lower case for a sentence or a cell; ``due``/``done`` are the dates
    already written for the reader. "" when the state has no such words (the caller then
    shows the plain state word)."""
    side = {"operator": "op", "body": "body"}.get(party, "you")
    state = str(getattr(state, "value", state))
    if state == "missed" and not done:
        state = "missed_undone"
    term = DEADLINE_WORDS.terms.get(f"{side}.{state}")
    if term is None or ("done" in term.placeholders(lang) and not done):
        return ""
    return term.text(lang if lang in LANGUAGES else "en", due=due, done=done)


def relative_text(direction: str, amount: int, unit: str, lang: str) -> str:
    """A deadlines.RelativeTime ("in", 5, "h") in words: "in 5 h", "dans 5 h"."""
    return text("relative", f"{direction}.{unit}", lang, n=amount)


# -- the follow-up journey: what to do next, checks, proposals (issue 14) ------------------
# {due} is a short date and time ("Fri 4 Dec 10:42"), {items} a list of INFO_ITEM words,
# {todo} a readiness sentence; core/next_action.py fills them in.
HELP_EN, HELP_FR = "Help › What do I do now?", f"Aide › Que faire maintenant{N}?"
NEXT_ACTION = _concept("next_action", {
    "capture_then_report": (
        "Take a screenshot of the error or of your account, then report the problem to "
        "{platform} in writing before {due}",
        "Faites une capture d'écran de l'erreur ou de votre compte, puis signalez le problème "
        "à {platform} par écrit avant le {due}"),
    "describe_then_report": (
        "Describe what happened (the error message, what you did), then report it to "
        "{platform} in writing before {due}",
        "Décrivez ce qui s'est passé (le message d'erreur, ce que vous avez fait), puis "
        "signalez-le à {platform} par écrit avant le {due}"),
    "report": (
        "Report the problem to {platform} in writing (form or e-mail) before {due}",
        "Signalez le problème à {platform} par écrit (formulaire ou e-mail) avant le {due}"),
    "report_late": (
        "Report the problem to {platform} in writing now: the time they ask for ended on "
        "{due}. Report it anyway and say why it is late",
        f"Signalez le problème à {{platform}} par écrit maintenant{N}: le délai demandé a "
        "pris fin le {due}. Signalez-le quand même en expliquant le retard"),
    "send_items": ("Send {items} to {platform} before {due}",
                   "Envoyez {items} à {platform} avant le {due}"),
    "send_info": ("Send the information {platform} asked for before {due}",
                  "Envoyez les informations demandées par {platform} avant le {due}"),
    "send_late": ("Send what {platform} asked for now: it was due on {due}",
                  f"Envoyez maintenant ce que {{platform}} a demandé{N}: c'était attendu pour "
                  "le {due}"),
    "promise_overdue": (
        "{platform} promised \u201c{what}\u201d by {due}: write to remind them",
        f"{{platform}} a promis «{N}{{what}}{N}» pour le {{due}}{N}: écrivez-leur pour le "
        "rappeler"),
    "confirm_in_writing": (
        "Confirm your report in writing (form or e-mail): a chat or a call does not count "
        "for a mediator",
        f"Confirmez votre signalement par écrit (formulaire ou e-mail){N}: un chat ou un "
        "appel ne compte pas pour un médiateur"),
    "escalate": (
        f"{{platform}} did not settle it in time: you can take it further ({HELP_EN})",
        f"{{platform}} n'a pas réglé le problème à temps{N}: vous pouvez aller plus loin "
        f"({HELP_FR})"),
    "escalate_by": (
        f"{{platform}} refused: you can take it further before {{due}} ({HELP_EN})",
        f"{{platform}} a refusé{N}: vous pouvez aller plus loin avant le {{due}} ({HELP_FR})"),
    "escalate_refused": (
        f"{{platform}} refused: you can take it further ({HELP_EN})",
        f"{{platform}} a refusé{N}: vous pouvez aller plus loin ({HELP_FR})"),
    "complete_for": (
        "{platform} did not settle it. To take it further, complete your file first: {todo}",
        f"{{platform}} n'a pas réglé le problème. Pour aller plus loin, complétez d'abord "
        f"votre dossier{N}: {{todo}}"),
    "escalate_elsewhere": (
        f"{{platform}} did not settle it, and {{todo}}. {HELP_EN} lists the other ways to "
        "take it further",
        f"{{platform}} n'a pas réglé le problème, et {{todo}}. {HELP_FR} indique les autres "
        "recours"),
    "wait_escalation": (
        "Wait for the answer to your escalation; add every message you get to this claim",
        f"Attendez la réponse à votre recours{N}; ajoutez à ce dossier chaque message reçu"),
    "follow_up": (
        "Write to {platform} again: no answer yet (it was expected by {due})",
        f"Relancez {{platform}}{N}: toujours pas de réponse (elle était attendue pour le "
        "{due})"),
    "follow_up_soon": (
        "No answer yet: write to {platform} again if nothing comes by {due}",
        f"Pas encore de réponse{N}: relancez {{platform}} si rien n'arrive avant le {{due}}"),
    "wait": (
        "Wait for {platform}'s answer. If nothing comes by {due}, write to them again",
        "Attendez la réponse de {platform}. Si rien n'arrive avant le {due}, relancez-les"),
    "wait_nodue": (
        "Wait for {platform}'s answer; add every message you get to this claim",
        f"Attendez la réponse de {{platform}}{N}; ajoutez à ce dossier chaque message reçu"),
    "done": ("Nothing left to do: the claim is settled",
             f"Plus rien à faire{N}: le dossier est réglé"),
}, covers="bonusdesk.core.next_action.ACTION_KEYS")

CONTACT_WARNING = _concept("contact_warning", {  # {incident}, {when}: times; {other}: an id
    "before_incident": (
        "This time is before the incident ({incident}). Check the date and the time.",
        "Cette heure est antérieure à l'incident ({incident}). Vérifiez la date et l'heure."),
    "in_future": (
        "This time is in the future ({when}). Check the date and the time.",
        "Cette heure est dans le futur ({when}). Vérifiez la date et l'heure."),
    "empty_summary": (
        "The summary is empty: note what you sent or what they answered, in a few words.",
        f"Le résumé est vide{N}: notez en quelques mots ce que vous avez envoyé ou ce qu'on "
        "vous a répondu."),
    "missing_reference": (
        "No ticket or reference number. Support gives one for a form or an e-mail: copy it "
        "here if you have it, they will ask for it.",
        "Aucun numéro de ticket ou de référence. Le support en donne un pour un formulaire ou "
        f"un e-mail{N}: recopiez-le ici si vous l'avez, il vous sera demandé."),
    "promise_before_contact": (
        "The promised date ({when}) is before the contact itself.",
        "La date promise ({when}) est antérieure à l'échange lui-même."),
    "possible_duplicate": (
        "This looks like contact {other}, already logged at {when}. Link that one instead of "
        "logging it twice.",
        "Cet échange ressemble à l'échange {other}, déjà noté le {when}. Reliez plutôt "
        "celui-là au lieu de le noter deux fois."),
}, covers="bonusdesk.core.contact_checks.WARNING_KEYS")

INFO_ITEM = _concept("info_item", {  # what support asks for, as "Send {items}" lists it
    "screenshot": ("the screenshot", "la capture d'écran"),
    "bank_statement": ("the bank statement", "le relevé bancaire"),
    "id_document": ("the identity document", "la pièce d'identité"),
    "proof_of_address": ("the proof of address", "le justificatif de domicile"),
    "payment_proof": ("the proof of payment", "la preuve de paiement"),
    "selfie": ("the selfie", "le selfie"),
    "transaction_details": ("the transaction details", "les détails de la transaction"),
}, covers="bonusdesk.core.info_request.ITEM_KEYS")

STATUS_PROPOSAL = _concept("status_proposal", {  # asked before a status is recorded
    "oral_report": (
        "Was this chat or call your report? It counts as reported, but a mediator will want "
        "it in writing too.",
        f"Ce chat ou cet appel était-il votre signalement{N}? Il compte comme signalé, mais "
        "un médiateur le voudra aussi par écrit."),
    "late_written_report": (
        "Was this message your report? It was sent after the reporting window: record it "
        "anyway, the report still counts.",
        f"Ce message était-il votre signalement{N}? Il a été envoyé après le délai de "
        f"signalement{N}: enregistrez-le quand même, le signalement compte."),
    "email_asks_information": (
        "Support asks for {items}, by {due}. Record \u201cThey asked for information\u201d?",
        f"Le support demande {{items}} avant le {{due}}. Enregistrer «{N}Ils demandent des "
        f"informations{N}»{N}?"),
}, covers="bonusdesk.core.status_flow.PROPOSAL_REASONS")

CONTACT_FIELD = _concept("contact_field", {  # what a correction changed (History)
    "channel": ("How", "Moyen"),
    "direction": ("Sent or received", "Envoyé ou reçu"),
    "at": ("When", "Quand"),
    "zone": ("Time zone", "Fuseau horaire"),
    "reference": ("Reference", "Référence"),
    "agent": ("Agent", "Agent"),
    "summary": ("Summary", "Résumé"),
    "promised_action": ("Promised", "Promis"),
    "promised_due_at": ("Promised by", "Promis pour le"),
    "evidence_ids": ("Evidence", "Preuves"),
}, covers="bonusdesk.core.contacts.CORRECTABLE_FIELDS")
