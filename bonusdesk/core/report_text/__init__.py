"""The complaint, in French or English, built from a claim: a formal letter or a chat message.

One entry point for the app, the CLI and the PDF, so all three show the same words::

    from bonusdesk.core.report_text import letter
    text = letter(folder, claim_id, "fr", "letter")   # -> Letter(subject, body, chars)

Wording lives in :mod:`.wording` (one table per language), the composition in
:mod:`.compose` (pure functions of :class:`LetterFacts`), reading the folder in
:mod:`.facts`.
"""

from __future__ import annotations

from datetime import datetime

from ..errors import BadInput
from ..model import Evidence
from .compose import (
    CHAT_LIMIT,
    FORMS,
    Letter,
    bonus_phrase,
    compose,
    duration_text,
    effective_remedy,
    error_phrase,
    evidence_label,
    field_label,
    missing_fields,
    remedy_phrase,
)
from .facts import EscalationTerms, Fingerprint, LetterFacts, chain_fingerprint, gather
from .wording import WORDS, phrase, value_words

LANGUAGES = ("en", "fr")

__all__ = [
    "CHAT_LIMIT", "FORMS", "LANGUAGES", "WORDS", "EscalationTerms", "Fingerprint", "Letter",
    "LetterFacts", "bonus_phrase", "chain_fingerprint", "compose", "duration_text",
    "effective_remedy", "error_phrase", "evidence_label", "field_label", "gather", "letter",
    "missing_fields", "phrase", "remedy_phrase", "value_words",
]


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise BadInput(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    return lang


def check_form(form: str) -> str:
    if form not in FORMS:
        raise BadInput(f"unknown form {form!r}; choose one of: {', '.join(FORMS)}")
    return form


def letter(folder, claim_id: int, lang: str = "fr", form: str = "letter", *,
           now: datetime | None = None, evidence: list[Evidence] | None = None,
           fallback_name: str = "") -> Letter:
    """The complaint for ``claim_id`` in ``lang`` ("fr"/"en") and ``form`` ("letter"/"chat").

    ``evidence``: the items listed as attachments (default: all of the claim's).
    ``fallback_name`` signs the letter when the folder's player profile has no name.
    """
    check_language(lang)
    check_form(form)
    facts = gather(folder, claim_id, now, evidence)
    if not facts.signer.name and fallback_name.strip():
        import dataclasses

        facts.signer = dataclasses.replace(facts.signer, name=fallback_name.strip())
    return compose(facts, lang, form)
