"""What a deadline is: its kinds, states, the Deadline record and its urgency order, and
the Draft a deadline is before ``now`` gives it a state.

Below both ``deadlines.py`` (which computes them) and the deadline cache (which stores
them), so neither imports the other's module to name them. ``deadlines`` re-exports all of
it: callers keep importing from there.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from .durations import Duration, add

DUE_SOON = timedelta(hours=24)


class DeadlineState(StrEnum):
    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    MISSED = "missed"
    # A window that is a platform's wish, not a bar (the reporting window): passing it
    # means "report anyway and say why", never "too late to complain".
    LATE = "late"
    DONE_LATE = "done_late"
    # A clock that only a *written* complaint starts, while only oral contacts (chat,
    # phone) exist: its due time is what it would be if you wrote now.
    NEEDS_WRITTEN = "needs_written"

    @property
    def is_open(self) -> bool:
        """Still something to do (or to wait for)."""
        return self in (DeadlineState.UPCOMING, DeadlineState.DUE_SOON, DeadlineState.OVERDUE,
                        DeadlineState.LATE, DeadlineState.NEEDS_WRITTEN)

    @property
    def is_dated(self) -> bool:
        """The due time is fixed (calendars and reminders skip the others)."""
        return self != DeadlineState.NEEDS_WRITTEN


class DeadlineKind(StrEnum):
    REPORTING = "reporting"
    FOLLOW_UP = "follow_up"
    INFO_REQUESTED = "info_requested"
    PROMISE = "promise"
    ESCALATION = "escalation"


# Most urgent first: what is late, then what is close, then the rest.
URGENCY = {DeadlineState.OVERDUE: 0, DeadlineState.LATE: 0, DeadlineState.DUE_SOON: 1,
            DeadlineState.NEEDS_WRITTEN: 1, DeadlineState.UPCOMING: 2,
            DeadlineState.MISSED: 3, DeadlineState.DONE_LATE: 4, DeadlineState.MET: 4}


@dataclass(frozen=True)
class Deadline:
    key: str  # stable: "claim:3:reporting", "claim:3:escalation:uk-operator.final_response"
    claim_id: int
    claim_title: str
    kind: DeadlineKind
    label: str  # English, for the CLI and logs; readers get vocabulary.deadline_text()
    due_at: datetime  # UTC
    zone: str  # zone the deadline was counted in (platform's, else the claim's)
    state: DeadlineState
    party: str  # "you" must act, "operator" must answer, "body" (ADR, mediator) must answer
    started_at: datetime | None = None  # what started the clock
    done_at: datetime | None = None  # what met it (or came too late)
    rule: str = ""  # "uk-operator.final_response" for escalation clocks
    contact_id: int | None = None  # the contact holding a promise
    label_fr: str = ""  # French label of an escalation rule, from the rules file
    # What the words need, as data (core/vocabulary.py words them in each language):
    window_hours: int | None = None  # reporting: the window
    working_days: int | None = None  # follow_up: days without an answer
    promised_action: str = ""  # promise: what was promised, as the user typed it
    recipient: str = ""  # recipient id of an escalation clock
    role: str = ""  # "reply", "opens", "limit", "body" (rules.ROLES)
    basis: str = ""  # "proposed": start proposed because the operator never answered


_LAST = datetime.max.replace(tzinfo=UTC)


def urgency_key(deadline: Deadline | None) -> tuple:
    """Sort key, most urgent first; ``None`` (no deadline) sorts last."""
    if deadline is None:
        return (9, _LAST, "")
    # due_at is UTC (emit): comparing datetimes orders them as their ISO text would.
    return (URGENCY[deadline.state], deadline.due_at, deadline.key)


def state_of(due_at: datetime, done_at: datetime | None, now: datetime,
             ended_at: datetime | None = None, soon: timedelta = DUE_SOON,
             soft: bool = False) -> DeadlineState | None:
    """State of one deadline; ``None`` when the claim ended before it ran out.

    Met when done at or before the due time, missed when done later or when the
    claim ended (resolved/closed) after it ran out undone; otherwise overdue,
    due soon (less than ``soon`` left) or upcoming depending on ``now``. A ``soft``
    deadline (the reporting window) is late, or done late, instead of overdue/missed.
    """
    if done_at is not None:
        if done_at <= due_at:
            return DeadlineState.MET
        return DeadlineState.DONE_LATE if soft else DeadlineState.MISSED
    if ended_at is not None:
        return DeadlineState.MISSED if ended_at > due_at else None
    if now > due_at:
        return DeadlineState.LATE if soft else DeadlineState.OVERDUE
    if due_at - now < soon:
        return DeadlineState.DUE_SOON
    return DeadlineState.UPCOMING


# A deadline before ``now`` gives it a state (what deadline_cache.py keeps): Deadline's
# fields but ``state``, in this order, then whether the window is soft, when the claim
# ended, and for a clock waiting for a written complaint the duration counted from
# ``now`` (its due_at is then None). Only the state and those due times depend on ``now``.
DRAFT_FIELDS = tuple(f.name for f in fields(Deadline) if f.name != "state")
FIELDS = tuple(f.name for f in fields(Deadline))
_STATE_AT = FIELDS.index("state")
_DUE_AT = DRAFT_FIELDS.index("due_at")
_ZONE_AT = DRAFT_FIELDS.index("zone")
_DONE_AT = DRAFT_FIELDS.index("done_at")


@dataclass(frozen=True, slots=True)
class Draft:
    values: tuple  # DRAFT_FIELDS
    soft: bool = False
    ended_at: datetime | None = None
    written_in: Duration | None = None

    @property
    def is_open(self) -> bool:
        """Open at any ``now``: the state of an undone deadline of a claim still going
        only moves between upcoming, due soon and overdue (or late)."""
        return self.written_in is not None or (self.values[_DONE_AT] is None
                                               and self.ended_at is None)


def finish(draft: Draft, now: datetime, soon: timedelta = DUE_SOON) -> Deadline:
    """The deadline at ``now``."""
    values = draft.values
    if draft.written_in is not None:  # counted as if the written complaint were sent now
        due = add(now, draft.written_in, values[_ZONE_AT])
        values = values[:_DUE_AT] + (due,) + values[_DUE_AT + 1:]
        state = DeadlineState.NEEDS_WRITTEN
    else:
        state = state_of(values[_DUE_AT], values[_DONE_AT], now, draft.ended_at, soon,
                         draft.soft)
    return make_deadline(values[:_STATE_AT] + (state,) + values[_STATE_AT:])


def make_deadline(values, _new=object.__new__) -> Deadline:
    """A Deadline from its fields' values in FIELDS order, as ``Deadline(*values)`` but
    without the 20 ``object.__setattr__`` calls of a frozen dataclass's __init__
    (listings make 30,000 of them)."""
    deadline = _new(Deadline)
    deadline.__dict__.update(zip(FIELDS, values, strict=False))  # lengths fixed above
    return deadline
