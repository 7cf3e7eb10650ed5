"""Domain model: plain dataclasses and string enums, no Qt, no database.

Enum values are the strings stored in the database and accepted by the CLI.
Times are timezone-aware ``datetime`` objects in memory and UTC ISO-8601
strings on disk (see ``bonusdesk.core.timeutil``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# Evidence and events are what a screen capture stores: they live in a module of their own,
# so a capture process does not make every other class here (issue 17); same classes.
from .record_types import LETTER_SOURCE, Event, Evidence, EvidenceKind  # noqa: F401


class PlatformKind(StrEnum):
    CASINO = "casino"
    SPORTSBOOK = "sportsbook"
    CASHBACK = "cashback"
    LOYALTY = "loyalty"
    OTHER = "other"


class Category(StrEnum):
    ERROR_MESSAGE = "error_message"
    BONUS_NOT_CREDITED = "bonus_not_credited"
    PAYMENT_BLOCKED_OR_DELAYED = "payment_blocked_or_delayed"
    TERMS_DISPUTE = "terms_dispute"
    OTHER = "other"


class Status(StrEnum):
    DRAFT = "draft"
    READY_TO_REPORT = "ready_to_report"
    REPORTED = "reported"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    INFO_REQUESTED = "info_requested"
    RESOLVED_ACCEPTED = "resolved_accepted"
    RESOLVED_REJECTED = "resolved_rejected"
    ESCALATED = "escalated"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self not in (Status.RESOLVED_ACCEPTED, Status.RESOLVED_REJECTED, Status.CLOSED)


class Recurrence(StrEnum):
    """How often the error happens: four answers, each written as its own sentence."""

    ONCE = "once"
    EVERY_TIME = "every_time"
    SOMETIMES = "sometimes"
    UNKNOWN = "unknown"


class Remedy(StrEnum):
    """What the player asks the operator to do; AUTO = the default of the claim's category."""

    AUTO = "auto"
    CREDIT_BONUS = "credit_bonus"  # credit the bonus (or say which term was not met)
    PROCESS_PAYMENT = "process_payment"  # pay out or release the withdrawal/deposit
    RESTORE_BALANCE = "restore_balance"  # put back the lost balance or winnings
    REVIEW_DECISION = "review_decision"  # review the decision and name the clause
    EXPLAIN = "explain"  # investigate and explain in writing


class CheckState(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


class Channel(StrEnum):
    CONTACT_FORM = "contact_form"
    CHAT = "chat"
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"
    LETTER = "letter"  # a postal letter
    OTHER = "other"


# Whether a channel leaves a written complaint when the contact does not say
# (mediators such as the ANJ's refuse cases without a prior *written* one).
WRITTEN_BY_CHANNEL = {
    "contact_form": True, "email": True, "letter": True, "chat": False, "phone": False,
}


class Counterpart(StrEnum):
    """Who a contact was with."""

    OPERATOR = "operator"
    ADR = "adr"  # an ADR body or mediator
    REGULATOR = "regulator"
    FORUM = "forum"
    OTHER = "other"


class TransactionKind(StrEnum):
    BET = "bet"
    ROUND = "round"  # a casino game round
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    BONUS = "bonus"  # a bonus credit (or its absence)
    OTHER = "other"


class EscalationStatus(StrEnum):
    SENT = "sent"  # the referral was submitted to the body
    ACKNOWLEDGED = "acknowledged"
    IN_REVIEW = "in_review"
    UPHELD = "upheld"  # decided in the player's favour
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"

    @property
    def is_open(self) -> bool:
        return self in (EscalationStatus.SENT, EscalationStatus.ACKNOWLEDGED,
                        EscalationStatus.IN_REVIEW)


class Direction(StrEnum):
    SENT = "sent"
    RECEIVED = "received"


DEFAULT_WINDOW_HOURS = 72


@dataclass
class Platform:
    name: str
    kind: PlatformKind = PlatformKind.CASINO
    website: str = ""
    support_email: str = ""
    support_phone: str = ""
    support_form_url: str = ""
    window_hours: int = DEFAULT_WINDOW_HOURS
    regulator: str = ""
    zone: str = ""  # IANA zone the platform counts its deadlines in; "" = user's zone
    notes: str = ""
    legal_entity: str = ""  # the company behind the brand ("Etoile Gaming Ltd")
    licence_number: str = ""  # the operator's licence number with its regulator
    adr: str = ""  # recipient id of the ADR body named in the operator's terms
    id: int | None = None


# Platform fields the user may change (``platform set``, the platform dialog).
EDITABLE_PLATFORM_FIELDS = (
    "kind", "website", "support_email", "support_phone", "support_form_url", "window_hours",
    "regulator", "zone", "notes", "legal_entity", "licence_number", "adr",
)


@dataclass
class StatusChange:
    status: Status
    at: datetime
    zone: str
    note: str = ""
    contact_id: int | None = None
    id: int | None = None
    written: bool | None = None  # a report made in writing (form, e-mail, letter)? None: not said
    # Set when the contact it was recorded with is withdrawn: it no longer counts.
    withdrawn_at: datetime | None = None
    # "info_requested": what support asked for (keys of core.info_request.ITEM_KEYS).
    info_items: list[str] = field(default_factory=list)


@dataclass
class Claim:
    title: str
    platform_id: int
    incident_at: datetime
    incident_zone: str
    account_id: str = ""
    bonus_name: str = ""
    bonus_type: str = ""
    bonus_amount: str = ""  # kept as text: "50.00" must not become 50.0000001
    currency: str = ""
    promo_code: str = ""
    transaction_id: str = ""
    round_id: str = ""
    category: Category = Category.OTHER
    error_code: str = ""
    error_text: str = ""
    recurrence: Recurrence = Recurrence.UNKNOWN
    connection_stable: bool | None = None
    did: str = ""
    expected: str = ""
    happened: str = ""
    remedy: Remedy = Remedy.AUTO
    remedy_amount: str = ""  # text like bonus_amount; "" = the bonus amount when it applies
    window_hours: int | None = None  # per-claim override of the platform window
    info_due_at: datetime | None = None  # answer due when support asked for information
    notes: str = ""
    status: Status = Status.DRAFT
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None


# Fields a user may change with ``claim set`` / the details form, and how to parse them.
EDITABLE_CLAIM_FIELDS = (
    "title", "account_id", "bonus_name", "bonus_type", "bonus_amount", "currency",
    "promo_code", "transaction_id", "round_id", "category", "error_code", "error_text",
    "recurrence", "connection_stable", "did", "expected", "happened", "remedy",
    "remedy_amount", "window_hours", "incident_at", "incident_zone", "info_due_at", "notes",
)


@dataclass
class ChecklistItem:
    claim_id: int
    label: str
    state: CheckState = CheckState.UNKNOWN
    note: str = ""
    evidence_ids: list[int] = field(default_factory=list)
    position: int = 0
    key: str = ""  # stable key of seeded items ("account_verified"), "" for custom ones
    id: int | None = None


@dataclass
class Contact:
    claim_id: int
    channel: Channel
    at: datetime
    zone: str
    direction: Direction = Direction.SENT
    reference: str = ""
    agent: str = ""
    summary: str = ""
    promised_action: str = ""
    promised_due_at: datetime | None = None
    evidence_ids: list[int] = field(default_factory=list)
    # "" typed by the player, "detected" in an imported e-mail (to confirm), "confirmed"
    reference_origin: str = ""
    at_unknown: bool = False  # an e-mail without a date: ``at`` is when it was imported
    written: bool | None = None  # None: not said, the channel decides (WRITTEN_BY_CHANNEL)
    counterpart: Counterpart = Counterpart.OPERATOR
    final_response: bool = False  # the operator's final response / deadlock letter
    transcript_kept: bool | None = None  # chat or phone: is a transcript/recording kept?
    id: int | None = None
    corrected_at: datetime | None = None  # last correction (old values: the event log)
    withdrawn_at: datetime | None = None  # withdrawn: logged by mistake, kept in History
    withdrawn_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def is_written(self) -> bool:
        """A written exchange (form, e-mail, letter), as mediators require."""
        if self.written is not None:
            return self.written
        return WRITTEN_BY_CHANNEL.get(self.channel.value, False)


@dataclass
class Transaction:
    """A bet, game round, deposit... the dispute is about, with its reference."""

    claim_id: int
    kind: TransactionKind
    reference: str = ""
    at: datetime | None = None
    zone: str = ""
    amount: str = ""  # the stake or the deposit, as text ("5.00")
    currency: str = ""
    bet_type: str = ""  # "single", "accumulator", "slot spin"...
    method: str = ""  # deposits: "card", "bank transfer", "PayPal"...
    note: str = ""
    id: int | None = None


@dataclass
class Escalation:
    """A referral of the claim to a recipient (ADR body, mediator, regulator, forum)."""

    claim_id: int
    recipient: str  # recipient id from the rules file ("fr-mediateur-jeux")
    sent_at: datetime
    zone: str
    status: EscalationStatus = EscalationStatus.SENT
    case_number: str = ""
    language: str = ""  # language of the referral letter
    note: str = ""
    decided_at: datetime | None = None  # when the body decided (upheld/rejected/closed)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None
