"""Deadlines of claims: what is due when, and whether it was done in time.

Every function takes ``now`` so callers (and tests) decide what time it is.
Deadlines are computed from the claim folder, never stored in it: recording a status
or a contact changes them at once. Listings of every claim go through a derived cache
outside the folder that recomputes only the claims that changed (deadline_cache.py).
Semantics: docs/deadlines.md. The types are in deadline_types.py (re-exported here).

Kinds of deadline (the key is stable, e.g. ``claim:3:reporting``):

* reporting     incident + reporting window (claim override, else platform's)
* follow_up     N working days after you reported or last wrote, without answer
* info_requested  answer due after support asked for information
* promise       a promised action noted in a contact (``promised_due_at``)
* escalation    clocks of the platform's escalation rule set (rules.py)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .claimfacts import ClaimFacts, earliest
from .claims import effective_window
from .clocks import claim_clocks

# The types live below this module and the cache that stores them; callers keep
# importing them from here ("X as X": a re-export).
from .deadline_types import DUE_SOON as DUE_SOON
from .deadline_types import URGENCY as URGENCY
from .deadline_types import Deadline as Deadline
from .deadline_types import DeadlineKind as DeadlineKind
from .deadline_types import DeadlineState as DeadlineState
from .deadline_types import Draft as Draft
from .deadline_types import finish as finish
from .deadline_types import state_of as state_of
from .deadline_types import urgency_key as urgency_key
from .durations import Duration, add
from .model import Claim, Contact, Direction, Status
from .rules import RuleBook, rules_for_folder
from .timeutil import now_utc

FOLLOW_UP_WORKING_DAYS = 3
INFO_DEFAULT = Duration(48, "hours")

# Statuses that mean the operator moved, so no follow-up is needed.
ANSWERED = frozenset({
    Status.IN_PROGRESS, Status.INFO_REQUESTED, Status.RESOLVED_ACCEPTED,
    Status.RESOLVED_REJECTED, Status.ESCALATED})
RESOLVED = frozenset({Status.RESOLVED_ACCEPTED, Status.RESOLVED_REJECTED})
_earliest = earliest
_Facts = ClaimFacts
FINISHED = frozenset({Status.RESOLVED_ACCEPTED, Status.CLOSED})
# After support asked for information: any status but these means the user answered.
_MOVED_ON = frozenset(Status) - {Status.INFO_REQUESTED, Status.DRAFT, Status.READY_TO_REPORT}


def claim_deadlines(folder, claim: Claim | int, now: datetime | None = None, *,
                    rules: RuleBook | None = None, soon: timedelta = DUE_SOON,
                    follow_up_days: int = FOLLOW_UP_WORKING_DAYS) -> list[Deadline]:
    """Every deadline of one claim (read afresh from the folder), most urgent first."""
    claim = folder.claims.get(claim.id if isinstance(claim, Claim) else claim)
    return _deadlines(ClaimFacts.read(folder, claim), now or now_utc(),
                      rules or rules_for_folder(folder), soon, follow_up_days)


def _deadlines(facts: ClaimFacts, now: datetime, rules: RuleBook, soon: timedelta,
               follow_up_days: int) -> list[Deadline]:
    return sorted((finish(d, now, soon) for d in drafts(facts, now, rules, follow_up_days)),
                  key=urgency_key)


def drafts(facts: ClaimFacts, now: datetime, rules: RuleBook,
           follow_up_days: int = FOLLOW_UP_WORKING_DAYS) -> list[Draft]:
    """The claim's deadlines before ``now`` gives them a state. They hold for every
    ``now`` in [facts.now_from, facts.now_until) (a proposed start appears once a date
    passes); a deadline that would have no state (the claim ended first) is left out."""
    claim = facts.claim
    found: list[Draft] = []

    ended, zone = facts.ended_at, facts.zone

    def emit(kind, suffix, label, due_at, party, started_at, done_at, soft=False,
             written_in=None, rule="", contact_id=None, label_fr="", window_hours=None,
             working_days=None, promised_action="", recipient="", role="", basis=""):
        if written_in is None:
            due_at = due_at.astimezone(UTC)
            if done_at is None and ended is not None and ended <= due_at:
                return  # the claim ended before it ran out (state_of: None)
        found.append(Draft((  # DRAFT_FIELDS, in order
            f"claim:{claim.id}:{suffix}", claim.id, claim.title, kind, label, due_at, zone,
            party, started_at, done_at, rule, contact_id, label_fr, window_hours, working_days,
            promised_action, recipient, role, basis), soft, ended, written_in))

    # Reporting window: elapsed hours from the incident. The platform's wish, not a bar.
    # Met by the first report: a "reported" (or later) status or a message to the operator.
    window = Duration(effective_window(claim, facts.platform), "hours")
    emit(DeadlineKind.REPORTING, "reporting",
         f"Report the problem (within {window.describe()} of the incident)",
         add(claim.incident_at, window, facts.zone), "you", claim.incident_at,
         facts.complaint_at, soft=True, window_hours=window.amount)

    _follow_up(facts, follow_up_days, emit)
    _info_requested(facts, emit)
    for contact in facts.contacts:
        if contact.promised_due_at is not None:
            _promise(facts, contact, emit)

    for clock in claim_clocks(rules, facts, now):
        rule = clock.rule
        if rule.role == "opens" and facts.escalations_to(rule.target or rule.set_key):
            continue  # referred: "you may refer since ..." is no longer a step to take
        extra = dict(rule=clock.key, label_fr=rule.label_fr, recipient=clock.recipient.key,
                     role=rule.role, basis=clock.basis)
        if clock.needs_written:  # counted as if the written complaint were sent now
            emit(DeadlineKind.ESCALATION, f"escalation:{clock.key}", rule.label,
                 None, rule.party, None, None, written_in=rule.duration, **extra)
            continue
        emit(DeadlineKind.ESCALATION, f"escalation:{clock.key}", rule.label,
             add(clock.started, rule.duration, facts.zone), rule.party, clock.started,
             clock.done, **extra)
    return found


def _follow_up(facts: _Facts, working_days: int, emit) -> None:
    """Chase the operator when nothing came back after you reported or last wrote."""
    first_report = facts.first_status({Status.REPORTED, Status.ACKNOWLEDGED})
    if first_report is None:
        return
    # The clock restarts each time the ball goes back to the operator.
    waiting_since = max(
        [c.at for c in facts.history if c.status in (Status.REPORTED, Status.ACKNOWLEDGED)]
        + [c.at for c in facts.contacts
           if c.direction == Direction.SENT and c.at >= first_report])
    answered = _earliest(facts.first_contact(Direction.RECEIVED, after=waiting_since,
                                             strict=True),
                         facts.first_status(ANSWERED, after=waiting_since, strict=True))
    emit(DeadlineKind.FOLLOW_UP, "follow_up",
         f"Follow up if no answer ({working_days} working days)",
         add(waiting_since, Duration(working_days, "working_days"), facts.zone), "you",
         waiting_since, answered, working_days=working_days)


def _info_requested(facts: _Facts, emit) -> None:
    """Send the information support asked for, by the date set (default 48 h)."""
    requests = [c.at for c in facts.history if c.status == Status.INFO_REQUESTED]
    asked = max(requests) if requests else None
    due = facts.claim.info_due_at
    if asked is None and due is None:
        return
    if due is None or (asked is not None and due <= asked):
        due = add(asked, INFO_DEFAULT, facts.zone)  # a due date set for an earlier request
    since = asked
    if since is None:  # a due date set without the status: count from the last answer
        received = [c.at for c in facts.contacts
                    if c.direction == Direction.RECEIVED and c.at <= due]
        since = max(received) if received else facts.claim.incident_at
    done = _earliest(facts.first_contact(Direction.SENT, after=since, strict=True),
                     facts.first_status(_MOVED_ON, after=since, strict=True))
    emit(DeadlineKind.INFO_REQUESTED, "info_requested", "Send the information requested",
         due, "you", asked, done)


def _promise(facts: _Facts, contact: Contact, emit) -> None:
    """A promise noted in a contact: the operator's (received) or yours (sent)."""
    if contact.direction == Direction.RECEIVED:
        party = "operator"
        done = facts.first_status(RESOLVED, after=contact.at)
    else:
        party = "you"
        done = facts.first_contact(Direction.SENT, after=contact.at, strict=True)
    what = contact.promised_action.strip() or "promised action"
    emit(DeadlineKind.PROMISE, f"promise:{contact.id}", f"Promised: {what}",
         contact.promised_due_at, party, contact.at, done, contact_id=contact.id,
         promised_action=contact.promised_action.strip())


def list_deadlines(folder, now: datetime | None = None, *, claim_id: int | None = None,
                   open_only: bool = False, rules: RuleBook | None = None,
                   soon: timedelta = DUE_SOON,
                   follow_up_days: int = FOLLOW_UP_WORKING_DAYS) -> list[Deadline]:
    """Deadlines across all claims (or one), most urgent first.

    Across all claims with the folder's own rules, each claim's deadlines come from the
    deadline cache (deadline_cache.py) unless that claim changed since: same results.
    """
    now = now or now_utc()
    if claim_id is None and rules is None:
        from .deadline_cache import cached_deadlines

        found = cached_deadlines(folder, now, soon, follow_up_days, open_only, drafts)
        if found is not None:
            return found
    rules = rules or rules_for_folder(folder)
    if claim_id is not None:
        every = [ClaimFacts.read(folder, folder.claims.get(claim_id))]
    else:  # one query per table, not five per claim
        every = ClaimFacts.read_all(folder, folder.claims.list())
    found = [d for facts in every
             for d in _deadlines(facts, now, rules, soon, follow_up_days)
             if not open_only or d.state.is_open]
    return sorted(found, key=urgency_key)


def deadline_lines(folder, now: datetime, line: Callable, *, claim_id: int | None = None,
                   open_only: bool = False) -> tuple[list, list[tuple[int, str]]]:
    """What ``line(state, due_at, claim_id, label, claim_title)`` makes of each deadline
    ``list_deadlines`` lists, in its order, and (claim id, note) for each claim whose
    platform has no escalation clocks (deadline_cache.regulator_notes), by claim id: the
    CLI's text listing. Through the deadline cache (changed claims recomputed and stored
    first), both come from its rows without a Deadline per row (30,000 of them at 10,000
    claims); on an ordinary run (nothing changed) without the rules or any claim's facts
    either.
    Without a usable cache, from ``list_deadlines``."""
    from .deadline_cache import cached_lines, regulator_notes

    if claim_id is None:
        cached = cached_lines(folder, now, DUE_SOON, FOLLOW_UP_WORKING_DAYS, open_only, line,
                              drafts)
        if cached is not None:
            return cached
    lines = [line(d.state, d.due_at, d.claim_id, d.label, d.claim_title)
             for d in list_deadlines(folder, now, claim_id=claim_id, open_only=open_only)]
    notes = regulator_notes(rules_for_folder(folder), folder.claims.platforms())
    claims = (folder.claims.platform_ids() if claim_id is None
              else {claim_id: folder.claims.get(claim_id).platform_id})
    return lines, [(cid, notes[pid]) for cid, pid in claims.items() if pid in notes]


def next_deadline(folder, claim: Claim | int, now: datetime | None = None, *,
                  rules: RuleBook | None = None, soon: timedelta = DUE_SOON) -> Deadline | None:
    """The claim's most urgent open deadline (for the claims list), or ``None``."""
    open_ones = [d for d in claim_deadlines(folder, claim, now, rules=rules, soon=soon)
                 if d.state.is_open]
    return open_ones[0] if open_ones else None


def next_deadlines(folder, now: datetime | None = None, *, rules: RuleBook | None = None,
                   soon: timedelta = DUE_SOON) -> dict[int, Deadline]:
    """Each claim's most urgent open deadline, by claim id, in one pass (claims list).

    Claims with nothing open are absent from the result.
    """
    found: dict[int, Deadline] = {}
    for d in list_deadlines(folder, now, open_only=True, rules=rules, soon=soon):
        found.setdefault(d.claim_id, d)  # the list is most urgent first
    return found


# -- display helpers (no Qt: the UI passes its translate function) -------------

# Colour hints per state for lists and badges (Material palette, readable on white).
STATE_COLOURS = {
    DeadlineState.OVERDUE: "#c62828", DeadlineState.DUE_SOON: "#ef6c00",
    DeadlineState.UPCOMING: "#2e7d32", DeadlineState.MISSED: "#6a1b9a",
    DeadlineState.MET: "#757575", DeadlineState.LATE: "#ad1457",
    DeadlineState.DONE_LATE: "#757575", DeadlineState.NEEDS_WRITTEN: "#ef6c00",
}
STATE_LABELS = {
    DeadlineState.UPCOMING: "upcoming", DeadlineState.DUE_SOON: "due soon",
    DeadlineState.OVERDUE: "overdue", DeadlineState.MET: "met", DeadlineState.MISSED: "missed",
    DeadlineState.LATE: "late: report anyway, say why", DeadlineState.DONE_LATE: "done late",
    DeadlineState.NEEDS_WRITTEN: "needs a written complaint",
}
# English templates of relative times; ``{n}`` is the amount. The UI lists them for
# its translators (QT_TRANSLATE_NOOP) and passes its tr() to format_relative.
RELATIVE_TEMPLATES = {
    ("now", ""): "due now",
    ("in", "min"): "in {n} min", ("in", "h"): "in {n} h", ("in", "d"): "in {n} d",
    ("overdue", "min"): "overdue by {n} min", ("overdue", "h"): "overdue by {n} h",
    ("overdue", "d"): "overdue by {n} d",
}


@dataclass(frozen=True)
class RelativeTime:
    """``direction`` is "in", "overdue" or "now"; ``amount`` of ``unit`` (min, h, d)."""

    direction: str
    amount: int
    unit: str

    @property
    def template(self) -> str:
        return RELATIVE_TEMPLATES[(self.direction, self.unit)]


def relative_parts(due_at: datetime, now: datetime) -> RelativeTime:
    """How far ``due_at`` is from ``now``, rounded down: minutes under an hour,
    hours under two days, then days."""
    return RelativeTime(*_relative(due_at, now))


def _relative(due_at: datetime, now: datetime) -> tuple[str, int, str]:
    seconds = (due_at - now).total_seconds()
    direction = "in" if seconds > 0 else "overdue"
    seconds = abs(seconds)
    if seconds < 60:
        return "now", 0, ""
    if seconds < 3600:
        return direction, int(seconds // 60), "min"
    if seconds < 48 * 3600:
        return direction, int(seconds // 3600), "h"
    return direction, int(seconds // 86400), "d"


def format_relative(due_at: datetime, now: datetime, translate=None) -> str:
    """"in 5 h", "overdue by 2 d"...; ``translate`` maps an English template to the
    user's language (the UI's tr), keeping ``{n}``."""
    direction, amount, unit = _relative(due_at, now)  # no RelativeTime: lists call it 10,000s
    template = RELATIVE_TEMPLATES[(direction, unit)]  # of times
    return (translate(template) if translate else template).format(n=amount)
