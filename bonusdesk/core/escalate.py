"""The escalation step: who, where, by when, is the file complete, the letter; then
record the referral (which starts the recipient's own clocks).

The app's "Refer to a mediator / ADR" dialog and ``bonusdesk-cli escalate`` share it::

    plan = plan_escalation(folder, claim_id, "fr-mediateur-jeux", now)
    plan.readiness.missing     # what to fill in first (plan.ready is False meanwhile)
    plan.where                 # web form, else postal address
    plan.letter.text           # the referral letter in the recipient's language
    record_escalation(folder, plan, sent_at, case_number="M-2026-1234")

Recording keeps the letter as sent (the player's edited text, else the one written
from the claim) as a document of the claim, tied to the referral by its metadata and
by the referral's event: what was sent can be shown, hashed and exported later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .errors import BadInput
from .escalations import add_escalation
from .model import LETTER_SOURCE, Escalation, EvidenceKind, Status
from .readiness import Readiness, readiness
from .referral import ReferralLetter, referral_letter
from .rules import Recipient, rules_for_folder
from .timeutil import get_zone, local_zone_name, now_utc


@dataclass(frozen=True)
class EscalationPlan:
    claim_id: int
    recipient: Recipient
    readiness: Readiness
    letter: ReferralLetter

    @property
    def ready(self) -> bool:
        return self.readiness.ready

    @property
    def where(self) -> str:
        """Where to send it: the web form, else the postal address, else the e-mail."""
        r = self.recipient
        return r.web_form or r.postal_address.replace("\n", ", ") or r.email

    @property
    def opens_at(self) -> datetime | None:
        return self.readiness.opens_at

    @property
    def deadline(self) -> datetime | None:
        """Refer by then (the recipient's time limit), if it has one."""
        return self.readiness.limit_at


def plan_escalation(folder, claim_id: int, recipient: str, now: datetime | None = None,
                    lang: str | None = None) -> EscalationPlan:
    now = now or now_utc()
    r = rules_for_folder(folder).get(recipient)
    ready = readiness(folder, claim_id, r, now)
    return EscalationPlan(claim_id, r, ready, referral_letter(folder, claim_id, r, lang, now))


def record_escalation(folder, plan: EscalationPlan, sent_at: datetime | None = None,
                      case_number: str = "", note: str = "",
                      zone: str | None = None, status_note: str | None = None,
                      letter: str | None = None, letter_caption: str | None = None
                      ) -> Escalation:
    """Record the referral, the claim's "escalated" status and the letter as sent, in
    one transaction.

    ``status_note``: the status change's note in the reader's language (the app's);
    default "referred to <recipient>" in English, as the CLI writes it. ``letter``: the
    text actually sent when the player edited it (default: the plan's letter);
    ``letter_caption``: the stored letter's caption in the reader's language."""
    sent_at = sent_at or now_utc()
    zone = zone or local_zone_name()
    text = plan.letter.text if letter is None else letter
    if not text.strip():
        raise BadInput("the referral letter is empty: write what you sent to "
                       f"{plan.recipient.label}")
    with folder.transaction():
        escalation = add_escalation(folder, Escalation(
            plan.claim_id, plan.recipient.key, sent_at, zone, case_number=case_number,
            language=plan.letter.lang, note=note))
        folder.claims.set_status(plan.claim_id, Status.ESCALATED, at=sent_at, zone=zone,
                                 note=f"referred to {plan.recipient.label}"
                                 if status_note is None else status_note)
        _keep_letter(folder, plan, escalation, text, zone, letter_caption)
    return escalation


def _keep_letter(folder, plan: EscalationPlan, escalation: Escalation, text: str,
                 zone: str, caption: str | None) -> None:
    day = escalation.sent_at.astimezone(get_zone(zone)).date().isoformat()
    folder.evidence.add_bytes(
        plan.claim_id, text.encode("utf-8"),
        f"referral-letter-{plan.recipient.key}-{day}.txt", EvidenceKind.DOCUMENT,
        caption if caption is not None else
        f"Referral letter to {plan.recipient.label}, as sent on {day}",
        zone=zone, source=LETTER_SOURCE,
        metadata={"escalation_id": escalation.id, "recipient": plan.recipient.key,
                  "language": plan.letter.lang, "edited": text != plan.letter.text},
        event_data={"escalation_id": escalation.id})


def sent_letter(folder, escalation: Escalation):
    """The letter kept when ``escalation`` was recorded (an Evidence), or ``None``
    (referrals recorded before letters were kept)."""
    for ev in folder.evidence.list(escalation.claim_id):
        if ev.source == LETTER_SOURCE and ev.metadata.get("escalation_id") == escalation.id:
            return ev
    return None
