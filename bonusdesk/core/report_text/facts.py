"""What a letter is written from, read once from the claim folder.

Two adapters live here on purpose, each the one place to re-point when the branch
that owns the real API lands:

* :func:`escalation_terms` reads the reply-by date and the next step from the escalation
  recipients (``core.recipients``: ``operator_reply_due`` and ``next_step``);
* :func:`chain_fingerprint` gives the short anchor of ``core.anchors`` (the form
  ``bonusdesk-cli verify --anchor`` accepts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .. import anchors
from ..durations import Duration
from ..model import Claim, Contact, Evidence, Platform
from ..profile import PlayerProfile
from ..profile import load as load_profile
from ..rules import rules_for_folder
from ..timeutil import now_utc


@dataclass(frozen=True)
class EscalationTerms:
    """The operator's deadline and the next step, from the claim's escalation rule set."""

    rule_set: str  # wording key: "fr-anj", "uk", "ecogra", "forum", else the recipient id
    reply_by: datetime | None  # the operator's deadline (UTC); None: the set has no clock
    zone: str  # the zone the deadline is counted in
    duration: Duration | None  # the operator's clock, for "within 20 days"
    # The rules file's next-step sentence by language (core.recipients.NextStep), used
    # where the wording tables have no sentence of their own for this route.
    next_sentence: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Fingerprint:
    """The head of the claim folder's hash chain, short enough to quote in a letter."""

    seq: int
    digest: str  # first 16 hex characters of the head event's SHA-256 (anchors.SHORT_HEX)

    def __str__(self) -> str:
        return f"{self.seq}:{self.digest}"


@dataclass
class LetterFacts:
    claim: Claim
    platform: Platform
    contacts: list[Contact]
    evidence: list[Evidence]  # in the order of the package (numbered 1, 2, ...)
    signer: PlayerProfile
    terms: EscalationTerms | None
    fingerprint: Fingerprint | None
    now: datetime


# Recipients whose route the wording tables phrase themselves (wording.py "next_<key>").
_WORDING_KEYS = {"fr-operator": "fr-anj", "fr-mediateur-jeux": "fr-anj", "uk-operator": "uk",
                 "ecogra": "ecogra", "forum": "forum"}


def escalation_terms(folder, claim: Claim, platform: Platform,
                     now: datetime) -> EscalationTerms | None:
    """Reply-by date and next step from the escalation recipients of the platform's
    regulator (core.recipients). When the complaint is not sent yet the letter is the
    complaint, so the clocks are counted from ``now``. None for an unknown regulator:
    the letter then names no deadline and a generic next step."""
    from ..clocks import chosen_next, stage_for
    from ..recipients import next_step, operator_reply_due

    book = rules_for_folder(folder)
    stage = stage_for(book, platform)
    if stage is None:
        return None
    zone = platform.zone or claim.incident_zone
    route = [stage.clock("reply")] + [r.clock("opens")
                                      for r in chosen_next(book, stage, platform)]
    rule = next((r for r in route if r is not None), None)
    step = next_step(folder, claim, sent_at=now, rules=book)
    sentences = {lang: step.sentence(lang) for lang in ("en", "fr")} if (
        step and step.templates[0]) else {}
    return EscalationTerms(_WORDING_KEYS.get(stage.key, stage.key),
                           operator_reply_due(folder, claim, sent_at=now, rules=book), zone,
                           rule.duration if rule else None, sentences)


def chain_fingerprint(db) -> Fingerprint | None:
    """The event chain's head in its short anchor form; None for an empty log."""
    head = anchors.current(db)
    return Fingerprint(head.seq, head.hash[:anchors.SHORT_HEX]) if head.seq else None


def gather(folder, claim_id: int, now: datetime | None = None,
           evidence: list[Evidence] | None = None) -> LetterFacts:
    """Everything the letter needs (call in the thread that opened ``folder``).

    ``evidence``: the items the letter lists as attached (an export's selection);
    default every item of the claim.
    """
    now = now or now_utc()
    claim = folder.claims.get(claim_id)
    platform = folder.claims.platform(claim.platform_id)
    return LetterFacts(
        claim=claim, platform=platform, contacts=folder.contacts.list(claim_id),
        evidence=folder.evidence.list(claim_id) if evidence is None else list(evidence),
        signer=load_profile(folder), terms=escalation_terms(folder, claim, platform, now),
        fingerprint=chain_fingerprint(folder.db), now=now)
