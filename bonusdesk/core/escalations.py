"""Escalations (referrals to an ADR body, mediator, regulator or forum) and the
transactions (bets, rounds, deposits) a referral file cites.

Every change goes through ``folder.transaction()`` with its event, like the
rest of the claim folder. The recipient id is checked against the folder's
rules file, so a record always names a recipient the app knows.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .claims import parse_enum
from .errors import BadInput, NotFound
from .model import Escalation, EscalationStatus, Transaction, TransactionKind
from .rows import from_row, to_db, to_row
from .timeutil import get_zone, now_utc

if TYPE_CHECKING:
    from .folder import ClaimFolder

DECIDED = frozenset({EscalationStatus.UPHELD, EscalationStatus.REJECTED,
                     EscalationStatus.WITHDRAWN, EscalationStatus.CLOSED})
ESCALATION_FIELDS = ("status", "case_number", "note", "decided_at")
_MAX_TEXT = 5000


def _text(value, what: str, one_line: bool = True) -> str:
    text = "" if value is None else str(value).strip()
    if one_line and "\n" in text:
        raise BadInput(f"{what} must be one line")
    if len(text) > _MAX_TEXT:
        raise BadInput(f"{what} is too long ({len(text)} characters, at most {_MAX_TEXT})")
    return text


# -- escalations -----------------------------------------------------------------
def add_escalation(folder: ClaimFolder, escalation: Escalation) -> Escalation:
    """Record a referral; the recipient's own clocks start at ``sent_at``."""
    from .rules import rules_for_folder

    folder.claims.get(escalation.claim_id)
    recipient = rules_for_folder(folder).get(escalation.recipient)
    get_zone(escalation.zone)
    if escalation.sent_at.tzinfo is None:
        raise BadInput("the referral time needs a time zone")
    now = now_utc()
    escalation = dataclasses.replace(
        escalation, recipient=recipient.key, created_at=now, updated_at=now,
        case_number=_text(escalation.case_number, "case number"),
        note=_text(escalation.note, "note", one_line=False))
    with folder.transaction():
        eid = folder.db["escalations"].insert(to_row(escalation)).last_pk
        folder.log("create", "escalation", eid, escalation.claim_id, {
            "recipient": recipient.key, "sent_at": to_db(escalation.sent_at),
            "status": escalation.status.value, "case_number": escalation.case_number,
            "language": escalation.language})
    return get_escalation(folder, eid)


def get_escalation(folder: ClaimFolder, escalation_id: int) -> Escalation:
    rows = list(folder.db.query("select * from escalations where id = ?", [escalation_id]))
    if not rows:
        raise NotFound(f"no escalation with id {escalation_id}")
    return from_row(Escalation, rows[0])


def list_escalations(folder: ClaimFolder, claim_id: int) -> list[Escalation]:
    # table_names() on the plain connection: db[...] would import sqlite-utils (~50 ms)
    # when the app opens its first claim.
    if "escalations" not in folder.db.table_names():
        return []  # a folder opened read-only before its upgrade
    return [from_row(Escalation, r) for r in folder.db.query(
        "select * from escalations where claim_id = ? order by sent_at, id", [claim_id])]


def update_escalation(folder: ClaimFolder, escalation_id: int, **changes) -> Escalation:
    """Change status, case number or note; a decided status records ``decided_at``."""
    unknown = set(changes) - set(ESCALATION_FIELDS)
    if unknown:
        raise BadInput(f"unknown escalation field {sorted(unknown)[0]!r}; fields: "
                       + ", ".join(ESCALATION_FIELDS))
    current = get_escalation(folder, escalation_id)
    if "status" in changes and not isinstance(changes["status"], EscalationStatus):
        changes["status"] = parse_enum(EscalationStatus, changes["status"], "escalation status")
    for name in ("case_number", "note"):
        if name in changes:
            changes[name] = _text(changes[name], name.replace("_", " "), name != "note")
    status = changes.get("status", current.status)
    if status in DECIDED and current.decided_at is None and "decided_at" not in changes:
        changes["decided_at"] = now_utc()
    diff = {k: v for k, v in changes.items() if getattr(current, k) != v}
    if not diff:
        return current
    now = now_utc()
    with folder.transaction():
        folder.db["escalations"].update(escalation_id, {
            **{k: to_db(v) for k, v in diff.items()}, "updated_at": to_db(now)})
        folder.log("change", "escalation", escalation_id, current.claim_id, {
            k: {"old": to_db(getattr(current, k)), "new": to_db(v)} for k, v in diff.items()})
    return dataclasses.replace(current, updated_at=now, **diff)


# -- transactions ------------------------------------------------------------------
def add_transaction(folder: ClaimFolder, transaction: Transaction) -> Transaction:
    folder.claims.get(transaction.claim_id)
    if not isinstance(transaction.kind, TransactionKind):
        transaction = dataclasses.replace(
            transaction, kind=parse_enum(TransactionKind, transaction.kind, "transaction kind"))
    if transaction.at is not None and transaction.at.tzinfo is None:
        raise BadInput("the transaction time needs a time zone")
    if transaction.zone:
        get_zone(transaction.zone)
    cleaned = {f: _text(getattr(transaction, f), f.replace("_", " "), f != "note")
               for f in ("reference", "amount", "currency", "bet_type", "method", "note")}
    cleaned["currency"] = cleaned["currency"].upper()
    if cleaned["amount"] and not _is_amount(cleaned["amount"]):
        raise BadInput(f"amount must be a number such as 5.00, not {cleaned['amount']!r}")
    transaction = dataclasses.replace(transaction, **cleaned)
    if not any((transaction.reference, transaction.amount, transaction.at)):
        raise BadInput("a transaction needs at least a reference, an amount or a time")
    with folder.transaction():
        tid = folder.db["transactions"].insert(to_row(transaction)).last_pk
        folder.log("create", "transaction", tid, transaction.claim_id, {
            k: to_db(v) for k, v in dataclasses.asdict(transaction).items() if k != "id"})
    return dataclasses.replace(transaction, id=tid)


def list_transactions(folder: ClaimFolder, claim_id: int) -> list[Transaction]:
    if "transactions" not in folder.db.table_names():  # as list_escalations
        return []
    return [from_row(Transaction, r) for r in folder.db.query(
        "select * from transactions where claim_id = ? order by at, id", [claim_id])]


def remove_transaction(folder: ClaimFolder, transaction_id: int) -> None:
    rows = list(folder.db.query("select * from transactions where id = ?", [transaction_id]))
    if not rows:
        raise NotFound(f"no transaction with id {transaction_id}")
    with folder.transaction():
        folder.db["transactions"].delete(transaction_id)
        folder.log("delete", "transaction", transaction_id, rows[0]["claim_id"],
                   {"reference": rows[0]["reference"], "kind": rows[0]["kind"]})


def _is_amount(text: str) -> bool:
    try:
        return float(text.replace(",", ".").replace(" ", "").replace("\u202f", "")) >= 0
    except ValueError:
        return False


def amount_value(text: str) -> float | None:
    """``"1 000,50"`` or ``"1000.50"`` as a number; None when it is not one."""
    try:
        return float(text.replace(" ", "").replace("\u202f", "").replace(",", "."))
    except (ValueError, AttributeError):
        return None
