"""Checks a contact before it is saved: warnings the player reads, and may override.

:func:`check_contact` returns :class:`ContactWarning` values (a key and its parameters);
the contact dialog shows them translated and offers "Save anyway", the CLI prints them
and saves only with ``--force``. :data:`WARNINGS` holds the English and French text of
every key (a test checks both exist); :func:`warning_text` fills them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .model import Channel, Contact, Direction
from .timeutil import now_utc

CLOCK_SLACK = timedelta(minutes=5)  # clocks differ a little (as in core/timeline.py)
SAME_CONTACT = timedelta(minutes=10)  # the same exchange logged twice

# key -> (English, French). Parameters: {incident} and {when} are times, {other} an id.
WARNINGS: dict[str, tuple[str, str]] = {
    "before_incident": (
        "This time is before the incident ({incident}). Check the date and the time.",
        "Cette heure est antérieure à l'incident ({incident}). Vérifiez la date et l'heure."),
    "in_future": (
        "This time is in the future ({when}). Check the date and the time.",
        "Cette heure est dans le futur ({when}). Vérifiez la date et l'heure."),
    "empty_summary": (
        "The summary is empty: note what you sent or what they answered, in a few words.",
        "Le résumé est vide : notez en quelques mots ce que vous avez envoyé ou ce qu'on vous "
        "a répondu."),
    "missing_reference": (
        "No ticket or reference number. Support gives one for a form or an e-mail: copy it "
        "here if you have it, they will ask for it.",
        "Aucun numéro de ticket ou de référence. Le support en donne un pour un formulaire ou "
        "un e-mail : recopiez-le ici si vous l'avez, il vous sera demandé."),
    "promise_before_contact": (
        "The promised date ({when}) is before the contact itself.",
        "La date promise ({when}) est antérieure au contact lui-même."),
    "possible_duplicate": (
        "This looks like contact {other}, already logged at {when}. Link that one instead of "
        "logging it twice.",
        "Ce contact ressemble au contact {other}, déjà noté à {when}. Reliez plutôt celui-là "
        "au lieu de le noter deux fois."),
}


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
    from .localefmt import french_spacing
    from .zones import show_time

    en, fr = WARNINGS[warning.key]
    params = {k: show_time(v, zone, lang) if isinstance(v, datetime) else v
              for k, v in warning.params.items()}
    return (french_spacing(fr) if lang == "fr" else en).format(**params)
