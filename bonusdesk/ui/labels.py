"""The words the app shows for the core's keys, in the UI language.

They are declared once, in English and French, in bonusdesk/core/vocabulary.py (the PDF
uses the same table); these helpers only pick the UI language. UI chrome (buttons, menus,
dialogs) goes through Qt's tr() and the .ts catalogues instead.
"""

from __future__ import annotations

from datetime import datetime

from bonusdesk.core import vocabulary
from bonusdesk.core.deadlines import Deadline, DeadlineKind, DeadlineState, relative_parts
from bonusdesk.core.model import (
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

from .i18n import current_language


def _text(concept: str, key) -> str:
    return vocabulary.text(concept, key, current_language())


def status_label(status: Status) -> str:
    return _text("status", status)


# Chip colours: background per status, readable in light and dark themes (white text).
STATUS_COLOURS = {
    Status.DRAFT: "#6b7280",
    Status.READY_TO_REPORT: "#2563eb",
    Status.REPORTED: "#7c3aed",
    Status.ACKNOWLEDGED: "#0e7490",
    Status.IN_PROGRESS: "#0e7490",
    Status.INFO_REQUESTED: "#c2410c",
    Status.RESOLVED_ACCEPTED: "#15803d",
    Status.RESOLVED_REJECTED: "#b91c1c",
    Status.ESCALATED: "#a21caf",
    Status.CLOSED: "#4b5563",
}


def category_label(category: Category) -> str:
    return _text("category", category)


def recurrence_label(recurrence: Recurrence) -> str:
    return _text("recurrence", recurrence)


def remedy_label(remedy: Remedy) -> str:
    return _text("remedy", remedy)


def transaction_kind_label(kind: TransactionKind) -> str:
    return _text("transaction_kind", kind)


def counterpart_label(counterpart: Counterpart) -> str:
    return _text("counterpart", counterpart)


def escalation_status_label(status: EscalationStatus) -> str:
    return _text("escalation_status", status)


def recipient_kind_label(kind: str) -> str:
    return _text("recipient_kind", kind) if vocabulary.has("recipient_kind", kind) else kind


def recipient_name(recipient) -> str:
    """A rules-file recipient's name in the UI language."""
    return recipient.name_in(current_language())


def platform_kind_label(kind: PlatformKind) -> str:
    return _text("platform_kind", kind)


def check_state_label(state: CheckState) -> str:
    return _text("check_state", state)


def evidence_kind_label(kind: EvidenceKind) -> str:
    return _text("evidence_kind", kind)


def channel_label(channel: Channel) -> str:
    return _text("channel", channel)


def direction_label(direction: Direction) -> str:
    return _text("direction", direction)


def checklist_label(key: str, fallback: str) -> str:
    """Seeded checklist items by key; custom items keep the user's own words."""
    return _text("checklist", key) if key and vocabulary.has("checklist", key) else fallback


def event_label(action: str, entity: str) -> str:
    """A short phrase for an event of the log ("Evidence imported")."""
    return vocabulary.event_text(action, entity, current_language())


def claim_field_label(field: str) -> str:
    """A claim field's name for the timeline ("promo code" for ``promo_code``)."""
    if vocabulary.has("claim_field", field):
        return _text("claim_field", field)
    return field.replace("_", " ")


def deadline_kind_label(kind: DeadlineKind) -> str:
    """Short name for the claims list ("Report", "Follow up")."""
    return _text("deadline_kind", kind)


def deadline_label(d: Deadline, language: str | None = None) -> str:
    """What is due, in full, in the UI language (or ``language``)."""
    return vocabulary.deadline_text(d, language or current_language())


def deadline_state_label(state: DeadlineState) -> str:
    return _text("deadline_state", state)


def party_label(party: str) -> str:
    return _text("party", party if vocabulary.has("party", party) else "you")


def relative_time(due_at: datetime, now: datetime) -> str:
    """"in 5 h", "overdue by 2 d", in the UI language."""
    parts = relative_parts(due_at, now)
    return vocabulary.relative_text(parts.direction, parts.amount, parts.unit,
                                    current_language())
