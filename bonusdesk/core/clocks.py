"""Escalation clocks of one claim: which recipients' clocks apply, when each one
started and what met it. ``deadlines.py`` turns them into deadlines.

Which clocks apply: the platform's regulator names an operator-stage recipient
(rules.RuleBook.match); its clocks apply, and so do the clocks of the escalation
recipient it leads to when that one is known (the platform's ``adr`` field, or the
only ADR body or mediator of the stage). A recorded escalation adds the clocks of its
recipient that start at the referral ("escalation"). An unknown regulator gives no
escalation clock at all: the app and the CLI say "unknown: pick one" instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .claimfacts import ClaimFacts, earliest
from .durations import add
from .escalations import DECIDED
from .model import Direction, Escalation, Platform, Status
from .rules import (
    ANCHOR_COMPLAINT,
    ANCHOR_ESCALATION,
    ANCHOR_FINAL,
    ANCHOR_INCIDENT,
    ANCHOR_PROCEDURE_END,
    ANCHOR_WRITTEN,
    MET_DECISION,
    MET_ESCALATION,
    MET_FINAL,
    MET_RECEIVED,
    MET_SENT,
    Recipient,
    Rule,
    RuleBook,
)

BASIS_PROPOSED = "proposed"  # start proposed: the operator's own deadline passed unanswered


@dataclass(frozen=True)
class Clock:
    rule: Rule
    recipient: Recipient
    started: datetime | None  # None: not started (needs_written tells why)
    done: datetime | None
    needs_written: bool = False  # waits for a written complaint (only oral contacts)
    basis: str = ""
    escalation: Escalation | None = None  # the referral a body's clock belongs to

    @property
    def key(self) -> str:
        suffix = f"@{self.escalation.id}" if self.escalation else ""
        return self.rule.qualified_key + suffix


def stage_for(book: RuleBook, platform: Platform) -> Recipient | None:
    """The recipient the platform's regulator names (None: unknown or empty)."""
    return book.match(platform.regulator)


def chosen_next(book: RuleBook, stage: Recipient | None, platform: Platform
                ) -> list[Recipient]:
    """Where the claim goes after the operator: the platform's ADR if named, else the
    stage's only ADR body or mediator; empty when the user must pick one."""
    if platform.adr and platform.adr in book.recipients:
        return [book.recipients[platform.adr]]
    if stage is None:
        return []
    if stage.kind != "operator":
        return [stage]  # the platform names an ADR body or forum directly
    bodies = [book.recipients[k] for k in stage.next
              if book.recipients[k].kind in ("adr", "mediator")]
    return bodies if len(bodies) == 1 else []


def claim_clocks(book: RuleBook, facts: ClaimFacts, now: datetime) -> list[Clock]:
    stage = stage_for(book, facts.platform)
    plan: list[tuple[Rule, Recipient, Escalation | None]] = []
    recipients = ([stage] if stage is not None and stage.kind == "operator" else [])
    recipients += [r for r in chosen_next(book, stage, facts.platform) if r not in recipients]
    for recipient in recipients:
        plan += [(rule, recipient, None) for rule in recipient.rules
                 if rule.anchor != ANCHOR_ESCALATION]
    for escalation in facts.escalations:
        recipient = book.recipients.get(escalation.recipient)
        if recipient is None:
            continue  # a recipient the (edited) rules file no longer has
        plan += [(rule, recipient, escalation) for rule in recipient.rules
                 if rule.anchor == ANCHOR_ESCALATION]
    clocks = []
    for rule, recipient, escalation in plan:
        clock = _evaluate(book, stage, facts, rule, recipient, escalation, now)
        if clock is not None:
            clocks.append(clock)
    return clocks


def _evaluate(book, stage, facts: ClaimFacts, rule: Rule, recipient: Recipient,
              escalation: Escalation | None, now: datetime) -> Clock | None:
    basis = ""
    if rule.anchor == ANCHOR_WRITTEN and facts.written_complaint_at is None:
        if facts.only_oral:
            return Clock(rule, recipient, None, None, needs_written=True)
        return None
    if rule.anchor == ANCHOR_PROCEDURE_END:
        started, basis = procedure_end(book, stage, facts, now)
    else:
        started = anchor_time(facts, rule.anchor, escalation)
    if started is None:
        return None
    return Clock(rule, recipient, started, _met(facts, rule, started, escalation),
                 basis=basis, escalation=escalation)


def anchor_time(facts: ClaimFacts, anchor: str, escalation: Escalation | None = None
                ) -> datetime | None:
    if anchor == ANCHOR_INCIDENT:
        return facts.claim.incident_at
    if anchor == ANCHOR_COMPLAINT:
        return facts.complaint_at
    if anchor == ANCHOR_WRITTEN:
        return facts.written_complaint_at
    if anchor == ANCHOR_FINAL:
        final = facts.final_response
        return final.at if final else None
    if anchor == ANCHOR_ESCALATION:
        return escalation.sent_at if escalation else None
    return facts.first_status({Status(anchor)})


def procedure_end(book: RuleBook, stage: Recipient | None, facts: ClaimFacts,
                  now: datetime) -> tuple[datetime | None, str]:
    """End of the operator's procedure: its final response (or a rejection), else the
    day its own reply deadline passed unanswered, proposed as such."""
    final = facts.final_response
    ended = earliest(final.at if final else None,
                     facts.first_status({Status.RESOLVED_REJECTED}))
    if ended is not None:
        return ended, ""
    reply = stage.clock("reply") if stage is not None else None
    complaint = facts.complaint_at
    if reply is None or complaint is None:
        return None, ""
    due = add(complaint, reply.duration, facts.zone)
    return (due, BASIS_PROPOSED) if facts.reached(due, now) else (None, "")


def _met(facts: ClaimFacts, rule: Rule, started: datetime,
         escalation: Escalation | None) -> datetime | None:
    found = [facts.first_status(rule.met_statuses, after=started)]
    if MET_RECEIVED in rule.met_by:
        found.append(facts.first_contact(Direction.RECEIVED, after=started, operator_only=True))
    if MET_SENT in rule.met_by:
        found.append(facts.first_contact(Direction.SENT, after=started))
    if MET_FINAL in rule.met_by:
        final = facts.final_response
        found.append(final.at if final and final.at >= started else None)
    if MET_ESCALATION in rule.met_by:
        target = rule.target or rule.set_key
        found += [e.sent_at for e in facts.escalations_to(target) if e.sent_at >= started][:1]
    if MET_DECISION in rule.met_by and escalation is not None:
        if escalation.status in DECIDED:
            found.append(escalation.decided_at or escalation.updated_at)
    return earliest(*found)
