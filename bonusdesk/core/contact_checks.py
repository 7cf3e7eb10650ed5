"""Checks a contact before it is saved: warnings the player reads, and may override.

:func:`check_contact` returns :class:`ContactWarning` values (a key and its parameters);
the contact dialog shows them translated and offers "Save anyway", the CLI prints them
and saves only with ``--force``. Their words are the "contact_warning" vocabulary
(``core/vocabulary.py``); :func:`warning_text` fills them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .model import Channel, Contact, Direction
from .timeutil import now_utc

CLOCK_SLACK = timedelta(minutes=5)  # clocks differ a little (as in core/timeline.py)
SAME_CONTACT = timedelta(minutes=10)  # the same exchange logged twice

# What a check may say; the words (English and French) are in core/vocabulary.py.
WARNING_KEYS = ("before_incident", "in_future", "empty_summary", "missing_reference",
                "promise_before_contact", "possible_duplicate")


@dataclass(frozen=True)
class ContactWarning:
    key: str
    params: dict = field(default_factory=dict)  # datetimes stay datetimes (UTC)


def expects_reference(contact: Contact) -> bool:
    """A form always answers with a ticket number; support's e-mails carry one."""
    return contact.channel == Channel.CONTACT_FORM or (
        contact.channel == Channel.EMAIL and contact.direction == Direction.RECEIVED)


def check_contact(folder, contact: Contact, now: datetime | None = None) -> list[ContactWarning]:
    """What looks wrong in ``contact`` (new, or a correction of contact ``contact.id``)."""
    now = now or now_utc()
    claim = folder.claims.get(contact.claim_id)
    found: list[ContactWarning] = []
    if contact.at < claim.incident_at - CLOCK_SLACK:
        found.append(ContactWarning("before_incident", {"incident": claim.incident_at}))
    if contact.at > now + CLOCK_SLACK:
        found.append(ContactWarning("in_future", {"when": contact.at}))
    if contact.promised_due_at is not None and contact.promised_due_at < contact.at:
        found.append(ContactWarning("promise_before_contact", {"when": contact.promised_due_at}))
    if not contact.summary.strip():
        found.append(ContactWarning("empty_summary"))
    if expects_reference(contact) and not contact.reference.strip():
        found.append(ContactWarning("missing_reference"))
    twin = _twin(folder, contact)
    if twin is not None:
        found.append(ContactWarning("possible_duplicate", {"other": twin.id, "when": twin.at}))
    return found


def _twin(folder, contact: Contact) -> Contact | None:
    for other in folder.contacts.list(contact.claim_id):
        if other.id == contact.id or other.channel != contact.channel \
                or other.direction != contact.direction:
            continue
        if abs(other.at - contact.at) > SAME_CONTACT:
            continue
        refs = {other.reference.strip().lower(), contact.reference.strip().lower()} - {""}
        if len(refs) <= 1:  # the same reference, or one of them has none
            return other
    return None


def warning_text(warning: ContactWarning, lang: str, zone: str) -> str:
    """The warning in ``lang`` ("fr" or "en"), its times shown in ``zone``."""
    from . import vocabulary
    from .zones import show_time

    params = {k: show_time(v, zone, lang) if isinstance(v, datetime) else v
              for k, v in warning.params.items()}
    return vocabulary.text("contact_warning", warning.key, lang, **params)
