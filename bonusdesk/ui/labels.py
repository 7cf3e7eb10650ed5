"""Translated, human words for the core's enum values and checklist keys.

The core stores stable English keys; the user sees these labels. Each call is a
literal ``QCoreApplication.translate("Labels", ...)`` so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bonusdesk.core.deadlines import Deadline, DeadlineKind, DeadlineState, format_relative
from bonusdesk.core.model import (
    Category,
    Channel,
    CheckState,
    Direction,
    EvidenceKind,
    PlatformKind,
    Status,
)


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        Status.READY_TO_REPORT: QCoreApplication.translate("Labels", "Ready to report"),
        Status.REPORTED: QCoreApplication.translate("Labels", "Reported"),
        Status.ACKNOWLEDGED: QCoreApplication.translate("Labels", "Support answered"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        Status.INFO_REQUESTED: QCoreApplication.translate("Labels", "Information requested"),
        Status.RESOLVED_ACCEPTED: QCoreApplication.translate("Labels", "Resolved (accepted)"),
        Status.RESOLVED_REJECTED: QCoreApplication.translate("Labels", "Resolved (rejected)"),
        Status.ESCALATED: QCoreApplication.translate("Labels", "Escalated"),
        Status.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[status]


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
    return {
        Category.ERROR_MESSAGE: QCoreApplication.translate("Labels", "Error message"),
        Category.BONUS_NOT_CREDITED: QCoreApplication.translate("Labels", "Bonus not credited"),
        Category.PAYMENT_BLOCKED_OR_DELAYED: QCoreApplication.translate(
            "Labels", "Payment blocked or delayed"),
        Category.TERMS_DISPUTE: QCoreApplication.translate("Labels", "Dispute over the terms"),
        Category.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[category]


def platform_kind_label(kind: PlatformKind) -> str:
    return {
        PlatformKind.CASINO: QCoreApplication.translate("Labels", "Casino"),
        PlatformKind.SPORTSBOOK: QCoreApplication.translate("Labels", "Sportsbook"),
        PlatformKind.CASHBACK: QCoreApplication.translate("Labels", "Cashback"),
        PlatformKind.LOYALTY: QCoreApplication.translate("Labels", "Loyalty programme"),
        PlatformKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def check_state_label(state: CheckState) -> str:
    return {
        CheckState.YES: QCoreApplication.translate("Labels", "Yes"),
        CheckState.NO: QCoreApplication.translate("Labels", "No"),
        CheckState.UNKNOWN: QCoreApplication.translate("Labels", "Don't know"),
        CheckState.NOT_APPLICABLE: QCoreApplication.translate("Labels", "Not applicable"),
    }[state]


def evidence_kind_label(kind: EvidenceKind) -> str:
    return {
        EvidenceKind.SCREENSHOT: QCoreApplication.translate("Labels", "Screenshot"),
        EvidenceKind.ID_DOCUMENT: QCoreApplication.translate("Labels", "Identity document"),
        EvidenceKind.EMAIL: QCoreApplication.translate("Labels", "Email"),
        EvidenceKind.BANK_PROOF: QCoreApplication.translate("Labels", "Bank proof"),
        EvidenceKind.CHAT_TRANSCRIPT: QCoreApplication.translate("Labels", "Chat transcript"),
        EvidenceKind.DOCUMENT: QCoreApplication.translate("Labels", "Document"),
        EvidenceKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[kind]


def channel_label(channel: Channel) -> str:
    return {
        Channel.CONTACT_FORM: QCoreApplication.translate("Labels", "Contact form"),
        Channel.CHAT: QCoreApplication.translate("Labels", "Live chat"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "Email"),
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone call"),
        Channel.SOCIAL: QCoreApplication.translate("Labels", "Social media"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Postal letter"),
        Channel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[channel]


def direction_label(direction: Direction) -> str:
    return {
        Direction.SENT: QCoreApplication.translate("Labels", "I contacted them"),
        Direction.RECEIVED: QCoreApplication.translate("Labels", "They contacted me"),
    }[direction]


def checklist_label(key: str, fallback: str) -> str:
    """Seeded checklist items by key; custom items keep the user's own words."""
    labels = {
        "account_verified": QCoreApplication.translate("Labels", "Account verified"),
        "identity_accepted": QCoreApplication.translate("Labels", "Identity documents accepted"),
        "minimum_deposit": QCoreApplication.translate("Labels", "Minimum deposit made"),
        "opted_in": QCoreApplication.translate("Labels", "Bonus opted in or promo code entered"),
        "promotion_period": QCoreApplication.translate("Labels", "Within the promotion period"),
        "wagering_known": QCoreApplication.translate("Labels", "Wagering requirements known"),
        "terms_read": QCoreApplication.translate("Labels", "Terms read"),
    }
    return labels.get(key, fallback)


def event_label(action: str, entity: str) -> str:
    """A short phrase for an event of the log ("Evidence imported")."""
    labels = {
        ("create", "claim"): QCoreApplication.translate("Labels", "Claim created"),
        ("change", "claim"): QCoreApplication.translate("Labels", "Claim details changed"),
        ("status", "claim"): QCoreApplication.translate("Labels", "Status changed"),
        ("import", "evidence"): QCoreApplication.translate("Labels", "Evidence imported"),
        ("capture", "evidence"): QCoreApplication.translate("Labels", "Screenshot captured"),
        ("change", "evidence"): QCoreApplication.translate("Labels", "Evidence caption changed"),
        ("contact", "contact"): QCoreApplication.translate("Labels", "Contact logged"),
        ("change", "contact"): QCoreApplication.translate("Labels", "Contact changed"),
        ("create", "checklist"): QCoreApplication.translate("Labels", "Checklist item added"),
        ("change", "checklist"): QCoreApplication.translate("Labels", "Checklist answered"),
    }
    return labels.get((action, entity), f"{action} {entity}")


# -- deadlines ----------------------------------------------------------------

def deadline_kind_label(kind: DeadlineKind) -> str:
    """Short name for the claims list ("Report", "Follow up")."""
    return {
        DeadlineKind.REPORTING: QCoreApplication.translate("Labels", "Report"),
        DeadlineKind.FOLLOW_UP: QCoreApplication.translate("Labels", "Follow up"),
        DeadlineKind.INFO_REQUESTED: QCoreApplication.translate("Labels", "Send the information"),
        DeadlineKind.PROMISE: QCoreApplication.translate("Labels", "Promise"),
        DeadlineKind.ESCALATION: QCoreApplication.translate("Labels", "Escalation clock"),
    }[kind]


def deadline_label(d: Deadline, language: str) -> str:
    """What is due, in full, in the UI language."""
    if d.kind == DeadlineKind.ESCALATION:
        return d.label_fr if language == "fr" and d.label_fr else d.label
    if d.kind == DeadlineKind.REPORTING:
        return QCoreApplication.translate("Labels", "Report the problem to support")
    if d.kind == DeadlineKind.FOLLOW_UP:
        return QCoreApplication.translate(
            "Labels", "Follow up: no answer after 3 working days")
    if d.kind == DeadlineKind.INFO_REQUESTED:
        return QCoreApplication.translate("Labels", "Send the information support asked for")
    what = d.label.split(":", 1)[1].strip() if ":" in d.label else d.label
    return QCoreApplication.translate("Labels", "Promised: %1").replace("%1", what)


def deadline_state_label(state: DeadlineState) -> str:
    return {
        DeadlineState.UPCOMING: QCoreApplication.translate("Labels", "Upcoming"),
        DeadlineState.DUE_SOON: QCoreApplication.translate("Labels", "Due soon"),
        DeadlineState.OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        DeadlineState.MET: QCoreApplication.translate("Labels", "Done in time"),
        DeadlineState.MISSED: QCoreApplication.translate("Labels", "Missed"),
        DeadlineState.LATE: QCoreApplication.translate("Labels", "Late: report anyway, say why"),
        DeadlineState.DONE_LATE: QCoreApplication.translate("Labels", "Done late"),
        DeadlineState.NEEDS_WRITTEN: QCoreApplication.translate(
            "Labels", "Needs a written complaint"),
    }[state]


def party_label(party: str) -> str:
    if party == "operator":
        return QCoreApplication.translate("Labels", "Support must answer")
    return QCoreApplication.translate("Labels", "You must act")


def relative_template(template: str) -> str:
    """The core's English relative-time templates ("in {n} h"), translated."""
    return {
        "due now": QCoreApplication.translate("Labels", "due now"),
        "in {n} min": QCoreApplication.translate("Labels", "in {n} min"),
        "in {n} h": QCoreApplication.translate("Labels", "in {n} h"),
        "in {n} d": QCoreApplication.translate("Labels", "in {n} d"),
        "overdue by {n} min": QCoreApplication.translate("Labels", "overdue by {n} min"),
        "overdue by {n} h": QCoreApplication.translate("Labels", "overdue by {n} h"),
        "overdue by {n} d": QCoreApplication.translate("Labels", "overdue by {n} d"),
    }.get(template, template)


def relative_time(due_at, now) -> str:
    return format_relative(due_at, now, relative_template)


def claim_field_label(field: str) -> str:
    """A claim field's name for the timeline ("Promo code" for ``promo_code``)."""
    return {
        "title": QCoreApplication.translate("Labels", "title"),
        "account_id": QCoreApplication.translate("Labels", "account ID"),
        "bonus_name": QCoreApplication.translate("Labels", "bonus"),
        "bonus_type": QCoreApplication.translate("Labels", "bonus type"),
        "bonus_amount": QCoreApplication.translate("Labels", "amount"),
        "currency": QCoreApplication.translate("Labels", "currency"),
        "promo_code": QCoreApplication.translate("Labels", "promo code"),
        "transaction_id": QCoreApplication.translate("Labels", "transaction ID"),
        "round_id": QCoreApplication.translate("Labels", "game round ID"),
        "category": QCoreApplication.translate("Labels", "kind of problem"),
        "error_code": QCoreApplication.translate("Labels", "error code"),
        "error_text": QCoreApplication.translate("Labels", "error message"),
        "intermittent": QCoreApplication.translate("Labels", "every time?"),  # old log events
        "recurrence": QCoreApplication.translate("Labels", "how often"),
        "remedy": QCoreApplication.translate("Labels", "what I ask for"),
        "remedy_amount": QCoreApplication.translate("Labels", "amount asked for"),
        "connection_stable": QCoreApplication.translate("Labels", "connection"),
        "did": QCoreApplication.translate("Labels", "what I did"),
        "expected": QCoreApplication.translate("Labels", "what I expected"),
        "happened": QCoreApplication.translate("Labels", "what happened"),
        "window_hours": QCoreApplication.translate("Labels", "reporting window"),
        "incident_at": QCoreApplication.translate("Labels", "incident time"),
        "incident_zone": QCoreApplication.translate("Labels", "time zone"),
        "info_due_at": QCoreApplication.translate("Labels", "answer due"),
        "notes": QCoreApplication.translate("Labels", "notes"),
    }.get(field, field.replace("_", " "))
