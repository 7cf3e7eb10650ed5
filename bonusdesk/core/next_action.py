"""What to do next on a claim, and by when: one line for the claim's header.

:func:`next_action` reads the claim's status, its open deadlines, what support asked for
and what the claim still lacks, and returns a :class:`NextAction`: a key with its
parameters (language-neutral), the due time and how urgent it is. :func:`action_text`
writes it in French or English with the words of ``core/vocabulary.py`` ("next_action");
the app and ``bonusdesk-cli next`` show the same sentence.

The order of the questions is the order a player must act in: a request from support
first (it has the shortest clock), then the report itself, a broken promise, an
escalation that is open, then the follow-up of a report that got no answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from babel.dates import format_skeleton

from . import vocabulary
from .claimfacts import ClaimFacts
from .deadlines import DeadlineKind, DeadlineState, claim_deadlines
from .info_request import items_text
from .localefmt import locale_name
from .model import EvidenceKind, Status
from .status_flow import NOT_REPORTED
from .timeutil import get_zone, now_utc
from .zones import differs_from_computer

# What the next step can be; the words (English and French) are in core/vocabulary.py.
ACTION_KEYS = (
    "capture_then_report", "describe_then_report", "report", "report_late", "send_items",
    "send_info", "send_late", "promise_overdue", "confirm_in_writing", "escalate",
    "escalate_by", "escalate_refused", "complete_for", "escalate_elsewhere",
    "wait_escalation", "follow_up", "follow_up_soon", "wait", "wait_nodue", "done")
# A passed reporting window is "late" (report anyway), a passed clock "overdue".
PASSED = (DeadlineState.OVERDUE, DeadlineState.LATE)


@dataclass
class NextAction:
    key: str
    claim_id: int
    # platform, what; items (keys); recipient and todo: {"en": ..., "fr": ...}
    params: dict = field(default_factory=dict)
    due_at: datetime | None = None  # UTC
    zone: str = ""  # the zone the due time is counted (and shown) in
    urgency: str = "normal"  # overdue | soon | normal | done
    deadline_key: str = ""  # the deadline it comes from, if any
    missing: list[str] = field(default_factory=list)  # "screenshot", "description"


def next_action(folder, claim_id: int, now: datetime | None = None) -> NextAction:
    """The one thing the player should do next on ``claim_id``."""
    now = now or now_utc()
    claim = folder.claims.get(claim_id)
    platform = folder.claims.platform(claim.platform_id)
    deadlines = claim_deadlines(folder, claim, now)
    by_kind = {}
    for d in deadlines:  # most urgent first: keep the first of each kind
        by_kind.setdefault(d.kind, d)
    base = {"platform": platform.name}

    def make(key, deadline=None, **params):
        urgency = "normal"
        if deadline is not None and deadline.state in PASSED:
            urgency = "overdue"
        elif deadline is not None and deadline.state == DeadlineState.DUE_SOON:
            urgency = "soon"
        return NextAction(key, claim.id, {**base, **params},
                          deadline.due_at if deadline else None,
                          deadline.zone if deadline else claim.incident_zone, urgency,
                          deadline.key if deadline else "")

    if claim.status in (Status.RESOLVED_ACCEPTED, Status.CLOSED):
        return NextAction("done", claim.id, base, urgency="done")

    info = by_kind.get(DeadlineKind.INFO_REQUESTED)
    if claim.status == Status.INFO_REQUESTED and info is not None and info.state.is_open:
        if info.state == DeadlineState.OVERDUE:
            return make("send_late", info)
        items = _asked_items(folder, claim.id)
        return make("send_items", info, items=items) if items else make("send_info", info)

    reporting = by_kind.get(DeadlineKind.REPORTING)
    if claim.status in NOT_REPORTED and reporting is not None and reporting.state.is_open:
        missing = _missing_for_report(folder, claim)
        if reporting.state in PASSED:
            action = make("report_late", reporting)
        elif "screenshot" in missing:
            action = make("capture_then_report", reporting)
        elif "description" in missing:
            action = make("describe_then_report", reporting)
        else:
            action = make("report", reporting)
        action.missing = missing
        return action

    promise = next((d for d in deadlines if d.kind == DeadlineKind.PROMISE
                    and d.party == "operator" and d.state == DeadlineState.OVERDUE), None)
    if promise is not None:
        return make("promise_overdue", promise, what=promise.promised_action)

    if claim.status == Status.ESCALATED:
        return make("wait_escalation")
    escalation = [d for d in deadlines if d.kind == DeadlineKind.ESCALATION]
    yours = next((d for d in escalation if d.party == "you" and d.state.is_open
                  and d.state.is_dated), None)
    refused = claim.status == Status.RESOLVED_REJECTED
    if refused or any(d.party == "operator" and d.state == DeadlineState.OVERDUE
                      for d in escalation):
        todo = _first_missing_for_next_step(folder, claim, platform, now)
        if todo is not None:
            key = "escalate_elsewhere" if todo.pop("out_of_scope") else "complete_for"
            return make(key, yours, **todo)
        if refused:
            return make("escalate_by", yours) if yours else make("escalate_refused")
        return make("escalate", yours)

    if claim.status not in NOT_REPORTED and ClaimFacts.read(folder, claim).only_oral:
        return make("confirm_in_writing")
    follow = by_kind.get(DeadlineKind.FOLLOW_UP)
    if follow is not None and follow.state.is_open:
        key = {DeadlineState.OVERDUE: "follow_up",
               DeadlineState.DUE_SOON: "follow_up_soon"}.get(follow.state, "wait")
        return make(key, follow)
    return make("wait_nodue")


def _asked_items(folder, claim_id: int) -> list[str]:
    requests = [c for c in folder.claims.history(claim_id) if c.status == Status.INFO_REQUESTED]
    return list(requests[-1].info_items) if requests else []


def _missing_for_report(folder, claim) -> list[str]:
    """What a report should have and the claim does not (the app points to where)."""
    missing = []
    evidence = folder.evidence.list(claim.id)
    if not any(ev.kind in (EvidenceKind.SCREENSHOT, EvidenceKind.EMAIL,
                           EvidenceKind.CHAT_TRANSCRIPT) for ev in evidence):
        missing.append("screenshot")
    if not (claim.error_text.strip() or claim.error_code.strip() or claim.happened.strip()):
        missing.append("description")
    return missing


def _first_missing_for_next_step(folder, claim, platform, now) -> dict | None:
    """The first thing the next recipient's file lacks (escalation's completeness check),
    when the platform's route names one; None when it is complete or not known."""
    from .clocks import chosen_next, stage_for
    from .readiness import readiness
    from .rules import rules_for_folder

    book = rules_for_folder(folder)
    route = chosen_next(book, stage_for(book, platform), platform)
    if len(route) != 1:
        return None  # several possible bodies: the player picks one (Escalate)
    check = readiness(folder, claim, route[0], now, rules=book)
    if not check.missing:
        return None
    item = check.missing[0]
    return {"recipient": {"en": route[0].name_in("en"), "fr": route[0].name_in("fr")},
            "todo": {"en": item.text_in("en"), "fr": item.text_in("fr")},
            # Not a gap to fill: this body cannot take the case at all.
            "out_of_scope": item.key in ("competent", "in_scope")}


# -- words ------------------------------------------------------------------------------
def due_text(dt: datetime, zone: str, lang: str, computer_zone: str | None = None,
             now: datetime | None = None) -> str:
    """``Fri 4 Dec 10:42`` / ``ven. 4 déc. à 10:42``; with the year when it is not this
    year's, and the zone when it differs from the computer's."""
    from .localefmt import offset_text, zone_phrase

    local = dt.astimezone(get_zone(zone))
    now = now or now_utc()
    skeleton = "MMMEd" if local.year == now.astimezone(get_zone(zone)).year else "yMMMEd"
    day = format_skeleton(skeleton, local, locale=locale_name(lang))
    text = f"{day} {'à ' if lang == 'fr' else ''}{local:%H:%M}"
    if differs_from_computer(dt, zone, computer_zone):
        text += f" ({zone_phrase(zone, lang)}, {offset_text(dt, zone)})"
    return text


def action_text(action: NextAction, lang: str, computer_zone: str | None = None,
                now: datetime | None = None) -> str:
    """The action as a sentence in ``lang`` ("fr" or "en")."""
    lang = lang if lang in ("en", "fr") else "en"
    params = {"platform": "", "due": "", "items": "", "what": "", "todo": "", "recipient": ""}
    params.update({k: v.get(lang, v.get("en", "")) if isinstance(v, dict) else v
                   for k, v in action.params.items()})
    params["items"] = items_text(action.params.get("items") or [], lang)
    if action.due_at is not None:
        params["due"] = due_text(action.due_at, action.zone, lang, computer_zone, now)
    return vocabulary.text("next_action", action.key, lang, **params)
