"""Does a support e-mail ask the player for documents or information? By when?

:func:`detect` reads the text a player would read (the player's own quoted message left
out) in French and English and returns an :class:`InfoRequest` — what is asked for and
the due date counted from the e-mail's date — or None. It is a *proposal*: the app asks
"They asked for information?" with the date filled in, the CLI prints the command; nothing
is recorded without the player.

Kept deliberately strict: a request needs an asking phrase ("please send", "merci de
nous transmettre", "we require") near something to provide. Acknowledgements ("we have
received your documents", "no further documents are needed") are not requests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .durations import Duration, add

# What support asks for: key -> patterns over folded text (words: vocabulary "info_item").
ITEM_PATTERNS: dict[str, tuple[str, ...]] = {
    "screenshot": (
        r"screen ?shots?", r"screen ?captures?", r"captures? d.?ecran", r"copies? d.?ecran",
        r"impressions? d.?ecran"),
    "bank_statement": (
        r"bank statements?", r"card statements?",
        r"releves? (de compte|bancaires?|de carte|de banque)"),
    "id_document": (
        r"(photo )?id (document|card)s?", r"passport", r"driv(ing|er'?s) licen[cs]e",
        r"proof of identity", r"identity documents?", r"pieces? d.?identite",
        r"carte d.?identite", r"passeport", r"permis de conduire"),
    "proof_of_address": (
        r"proof of (address|residence)", r"utility bill", r"justificatifs? de domicile",
        r"facture (d.?electricite|de gaz|d.?eau|de telephone)"),
    "payment_proof": (
        r"proof of (payment|deposit|transfer)", r"payment (receipt|confirmation)",
        r"deposit (receipt|confirmation)", r"preuves? (de|du) (paiement|depot|virement)",
        r"justificatifs? (de|du) (paiement|depot|virement)", r"recu de paiement"),
    "selfie": (r"selfies?",),
    "transaction_details": (
        r"transaction (id|ids|number|numbers|reference|references|details)",
        r"(round|bet|game) (id|ids|number|numbers|reference|references)",
        r"(numeros?|references?|identifiants?) de (la )?(transaction|partie|pari)",
        r"details? de (la )?transaction"),
}

ITEM_KEYS = tuple(ITEM_PATTERNS)

_SEND_EN = r"(send|provide|upload|submit|attach|forward|share|supply)"
_SEND_FR = (r"(faire parvenir|transmettre|envoyer|renvoyer|fournir|joindre|communiquer"
            r"|televerser|telecharger)")
_ASK = (
    # English
    rf"please,? (kindly )?{_SEND_EN}", r"please reply with", rf"please,? could you {_SEND_EN}",
    rf"(could|can|would) you (please )?(kindly )?{_SEND_EN}", rf"kindly {_SEND_EN}",
    rf"(ask|request|invite) you to {_SEND_EN}", r"we (will )?(need|require|request)",
    r"we would (need|require|like to receive)", r"(is|are) (required|needed)",
    r"in order to (proceed|continue|investigate|verify)", r"verification documents",
    r"\bkyc\b",
    # French
    rf"merci de (bien vouloir )?(nous )?{_SEND_FR}", rf"veuillez (nous )?{_SEND_FR}",
    rf"(pourriez|pouvez|pourrez)-vous (nous )?{_SEND_FR}",
    rf"(auriez|avez)-vous la possibilite de (nous )?{_SEND_FR}",
    rf"(remercions|remercie|prions|prie|invitons|invite) (de|a) (bien vouloir )?(nous )?"
    rf"{_SEND_FR}",
    r"nous (avons|aurions|aurons) besoin", r"(est|sont) (necessaires?|requise?s?|indispensables?)",
)
# Without a named item, a request must at least name something to provide
# ("we need more time to investigate" asks the player for nothing).
_SOMETHING = (r"\b(information|informations|documents?|documentation|details|proofs?|"
              r"justificatifs?|pieces?|elements?|preuves?)\b")
_NOT_A_REQUEST = (
    r"(we have|we've) (now )?received your (documents?|information|screenshots?)",
    r"thank you for (sending|providing|submitting) (the|your) (documents?|information)",
    r"no (further|additional|more) (documents?|information) (is |are )?(needed|required)",
    r"your documents? (has|have) been (verified|approved|accepted)",
    r"nous avons (bien )?recu vos (documents?|pieces?|justificatifs?|informations?)",
    r"merci (de|pour) (nous avoir transmis|l.?envoi de) vos (documents?|pieces?)",
    r"aucun(e)? (document|piece|information) (supplementaire|complementaire) n.?est "
    r"(necessaire|requise?)",
    r"vos (documents?|pieces?) (ont ete|a ete) (verifiee?s?|validee?s?|acceptee?s?)",
)
_QUOTE_START = re.compile(
    r"^(on .{4,200} wrote:|le .{4,200} a ecrit ?:|-{2,} ?(original message|message "
    r"d.?origine|forwarded message|message transfere) ?-{2,}|from: .*|de ?: .*)$")

_UNITS = {"hour": "hours", "hours": "hours", "heure": "hours", "heures": "hours", "h": "hours",
          "day": "days", "days": "days", "jour": "days", "jours": "days",
          "business day": "working_days", "business days": "working_days",
          "working day": "working_days", "working days": "working_days",
          "jour ouvre": "working_days", "jours ouvres": "working_days",
          "jour ouvrable": "working_days", "jours ouvrables": "working_days"}
_PERIOD = re.compile(
    r"(within|in the next|no later than|sous|dans (un delai de|les)|d.?ici)\s+(\d{1,3})\s*"
    r"(business days?|working days?|hours?|days?|jours? ouvres|jours? ouvrables|heures?|"
    r"jours?|h)\b")
_MONTHS = {m: n for n, names in enumerate((
    ("january", "janvier"), ("february", "fevrier"), ("march", "mars"), ("april", "avril"),
    ("may", "mai"), ("june", "juin"), ("july", "juillet"), ("august", "aout"),
    ("september", "septembre"), ("october", "octobre"), ("november", "novembre"),
    ("december", "decembre")), 1) for m in names}
_DATE_NUMERIC = re.compile(r"(by|before|until|avant le|d.?ici le|au plus tard le|jusqu.?au)\s+"
                           r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?")
_DATE_WORDS = re.compile(r"(by|before|until|avant le|d.?ici le|au plus tard le|jusqu.?au)\s+"
                         r"(?:\w+day |\w+di )?(\d{1,2})(?:st|nd|rd|th|er)?\s+("
                         + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?")
DEFAULT_PERIOD = Duration(48, "hours")  # deadlines.INFO_DEFAULT: the same default answer time


@dataclass(frozen=True)
class InfoRequest:
    items: list[str] = field(default_factory=list)  # keys of ITEM_PATTERNS, in the order found
    due_at: datetime | None = None  # UTC
    stated: bool = False  # the e-mail gave the time (else the 48 h default)
    phrase: str = ""  # the asking words found, for "why BonusDesk thinks so"


def fold(text: str) -> str:
    """Lower case, no accents, one space: what the patterns read."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore")
    return " ".join(plain.decode("ascii").lower().split())


def own_words(text: str) -> str:
    """The message without what it quotes (``>`` lines, "On … wrote:", a quoted
    "From:" header block, and all that follows)."""
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith(">")]
    kept = []
    for line in lines:
        if _QUOTE_START.match(fold(line)) and kept:
            break
        kept.append(line)
    return "\n".join(kept)


def detect(text: str, received_at: datetime, zone: str) -> InfoRequest | None:
    """The request in ``text`` (an e-mail's subject and body), due from ``received_at``."""
    words = fold(own_words(text))
    if any(re.search(p, words) for p in _NOT_A_REQUEST):
        return None
    ask = next((m for p in _ASK if (m := re.search(p, words))), None)
    if ask is None:
        return None
    found = sorted(((m.start(), key) for key, pats in ITEM_PATTERNS.items()
                    for p in pats if (m := re.search(r"\b" + p + r"\b", words))))
    items = list(dict.fromkeys(key for _pos, key in found))
    if not items and not re.search(_SOMETHING, words):
        return None
    due, stated = _due(words, received_at, zone)
    return InfoRequest(items, due, stated, ask.group(0))


def _due(words: str, received_at: datetime, zone: str) -> tuple[datetime, bool]:
    m = _PERIOD.search(words)
    if m:
        return add(received_at, Duration(int(m.group(3)), _UNITS[m.group(4)]), zone), True
    when = _stated_date(words, received_at, zone)
    if when is not None:
        return when, True
    return add(received_at, DEFAULT_PERIOD, zone), False


def _stated_date(words: str, received_at: datetime, zone: str) -> datetime | None:
    """"by 4 December", "avant le 04/12/2026": the end of that day in ``zone``."""
    from .timeutil import get_zone

    local = received_at.astimezone(get_zone(zone))
    m = _DATE_NUMERIC.search(words)
    if m:
        day, month, year = int(m.group(2)), int(m.group(3)), m.group(4)
    else:
        m = _DATE_WORDS.search(words)
        if not m:
            return None
        day, month, year = int(m.group(2)), _MONTHS[m.group(3)], m.group(4)
    year = int(year) + (2000 if year and len(year) == 2 else 0) if year else local.year
    try:
        end = datetime(year, month, day, 23, 59, tzinfo=get_zone(zone))
    except ValueError:
        return None
    if not m.group(4) and end < local:
        end = end.replace(year=end.year + 1)  # "by 3 January" written in December
    if end < local or end - local > timedelta(days=366):
        return None
    return end


def items_text(items: list[str], lang: str) -> str:
    """"the screenshot and the bank statement" / "la capture d'écran et le relevé bancaire"."""
    from . import vocabulary

    names = [vocabulary.text("info_item", k, lang) for k in items if k in ITEM_PATTERNS]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    joiner = " et " if lang == "fr" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]
