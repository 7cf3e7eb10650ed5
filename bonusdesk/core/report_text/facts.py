"""What a letter is written from, read once from the claim folder.

Two adapters live here on purpose, each the one place to re-point when the branch
that owns the real API lands:

* :func:`escalation_terms` reads today's ``core.rules`` (the operator's clock of the
  claim's rule set) until the escalation work exposes reply-by dates and next steps;
* :func:`chain_fingerprint` reads today's ``events.head`` until folder-safety exposes
  its short fingerprint function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .. import events
from ..durations import Duration, add
from ..model import Claim, Contact, Evidence, Platform, Status
from ..profile import PlayerProfile
from ..profile import load as load_profile
from ..rules import ANCHOR_INCIDENT, rules_for_folder
from ..timeutil import now_utc


@dataclass(frozen=True)
class EscalationTerms:
    """The operator's deadline and the next step, from the claim's escalation rule set."""

    rule_set: str  # "fr-anj", "uk", "ecogra", "forum", "custom", ...
    reply_by: datetime | None  # the operator's deadline (UTC); None: the set has no clock
    zone: str  # the zone the deadline is counted in
    duration: Duration | None  # the operator's clock, for "within 20 days"


@dataclass(frozen=True)
class Fingerprint:
    """The head of the claim folder's hash chain, short enough to quote in a letter."""

    seq: int
    digest: str  # first 12 hex characters of the head event's SHA-256

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


def escalation_terms(folder, claim: Claim, platform: Platform,
                     now: datetime) -> EscalationTerms | None:
    """Reply-by date and next step from the operator's first clock in the claim's rule set.

    When the clock has not started (the complaint is not sent yet) the letter is the
    complaint, so the clock is counted from ``now``. Re-point here when the escalation
    branch's recipients API is on main.
    """
    rule_set = rules_for_folder(folder).for_regulator(platform.regulator)
    zone = platform.zone or claim.incident_zone
    rule = next((r for r in rule_set.rules if r.party == "operator"), None)
    if rule is None:
        return EscalationTerms(rule_set.key, None, zone, None)
    if rule.anchor == ANCHOR_INCIDENT:
        started = claim.incident_at
    else:
        anchor = Status(rule.anchor)
        started = next((s.at for s in folder.claims.history(claim.id) if s.status == anchor),
                       None)
    return EscalationTerms(rule_set.key, add(started or now, rule.duration, zone), zone,
                           rule.duration)


def chain_fingerprint(db) -> Fingerprint | None:
    """``seq`` and 12 hex of the event chain's head; None for an empty log.

    Re-point here when folder-safety's ``events`` fingerprint function is on main.
    """
    seq, digest = events.head(db)
    return Fingerprint(seq, digest[:12]) if seq else None


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
