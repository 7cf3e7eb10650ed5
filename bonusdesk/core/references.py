"""Ticket and case numbers found in e-mail subjects ("Ticket #558812", "Réf. : DOS-2026-1142").

A reference is written into the complaint letter as a "previous reference number", so a
false positive is worse than a miss: only a keyword that announces a reference (ticket,
case, réf., n°, Anfrage Nr., …) followed by a token that contains a digit counts, each
matched on word boundaries. "Delivery Notification" or "Relevé de compte Novembre" hold no
reference. A detected reference is marked as such on the contact so the player can confirm
or remove it (``Contacts.confirm_reference`` / ``remove_reference``).
"""

from __future__ import annotations

import re

# Words that announce a reference, in the languages players write to support in.
_KEYWORDS = (
    r"tickets?|case|requests?|incident|ref|reference"
    r"|réf|référence|dossier|demande|réclamation|requête|anfrage|vorgang|fall|ticketnummer"
    r"|caso|pratica|richiesta|solicitud|referencia|expediente|ordem|pedido|zgłoszenie|sprawa"
)
# What may stand between the keyword and the token: "number", "n°", "no.", "id", ":", "#".
_FILLER = r"\.?(?:\s*(?:number|numéro|numero|número|nummer|nr|n°|nº|no|n|id)\.?)?\s*[:#]?\s*#?\s*"
# The token: letters, digits and inner separators; a digit somewhere is checked after.
_TOKEN = r"([A-Z0-9][A-Z0-9_/.-]*[A-Z0-9]|[0-9]{3,})"

_AFTER_KEYWORD = re.compile(
    rf"(?<![\w])(?:{_KEYWORDS})(?![\w]){_FILLER}{_TOKEN}(?![\w])", re.IGNORECASE)
# "n° 78451" / "No. 78451" on their own: a number sign then digits.
_NUMBER_SIGN = re.compile(r"(?<![\w])(?:n°|nº|no\.|nr\.)\s*([0-9][0-9A-Z/-]{2,})(?![\w])",
                          re.IGNORECASE)
# "[#SUP-20931]", "#884211": a hash directly before the token.
_HASH = re.compile(r"(?<![\w#&])#([A-Z0-9][A-Z0-9_/-]*[0-9][A-Z0-9_/-]*)(?![\w])",
                   re.IGNORECASE)

MIN_LENGTH = 4  # "Case 2 of 3" is not a reference


def _plausible(token: str) -> bool:
    token = token.strip("./-_")
    return len(token) >= MIN_LENGTH and any(c.isdigit() for c in token)


def ticket_reference(subject: str) -> str:
    """The first ticket or case number in an e-mail subject, or "" when there is none."""
    subject = subject or ""
    found: list[tuple[int, str]] = []
    for pattern in (_AFTER_KEYWORD, _NUMBER_SIGN, _HASH):
        for m in pattern.finditer(subject):
            token = m.group(1).rstrip("./-_")
            if _plausible(token):
                found.append((m.start(1), token))
                break
    return min(found)[1] if found else ""
