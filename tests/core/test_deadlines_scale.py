"""Deadlines of every claim are read in one pass: the same facts as claim by claim, and a
number of queries that does not grow with the number of claims (issue 17: 10,000 claims)."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core.claimfacts import ClaimFacts
from bonusdesk.core.deadlines import claim_deadlines, list_deadlines
from bonusdesk.core.escalations import add_escalation, add_transaction
from bonusdesk.core.model import (
    Channel,
    Claim,
    Contact,
    Direction,
    Escalation,
    Platform,
    PlatformKind,
    Transaction,
    TransactionKind,
)

PARIS = "Europe/Paris"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def busy_claims(folder, count: int) -> list[Claim]:
    """Claims on three platforms (a known regulator, an unknown one, none) with statuses,
    contacts in both directions (one withdrawn, one with a promise), a transaction and
    an escalation, recorded out of time order so that sorting matters."""
    platforms = [folder.claims.add_platform(Platform(
        f"P{n}", kind=PlatformKind.CASINO, window_hours=48, regulator=regulator))
        for n, regulator in enumerate(["ANJ", "Nowhere Gaming Board", ""])]
    claims = []
    for n in range(count):
        claim = folder.claims.create(Claim(f"claim {n}", platforms[n % 3].id,
                                           utc(2026, 3, 1 + n % 20, 9, 0), PARIS))
        folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 4, 5, 9, 0), PARIS,
                                    Direction.RECEIVED, promised_action="refund",
                                    promised_due_at=utc(2026, 4, 9, 9, 0)))
        folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 4, 2, 9, 0), PARIS,
                                    Direction.SENT))
        if n % 2:
            gone = folder.contacts.add(Contact(claim.id, Channel.CHAT, utc(2026, 4, 3), PARIS,
                                               Direction.SENT))
            folder.contacts.withdraw(gone.id, "wrong claim")
            folder.claims.set_status(claim.id, "info_requested", at=utc(2026, 4, 4), zone=PARIS)
        folder.claims.set_status(claim.id, "reported", at=utc(2026, 4, 1 + n % 3), zone=PARIS)
        if n % 3 == 0:
            add_transaction(folder, Transaction(claim.id, TransactionKind.DEPOSIT, "D-1",
                                                utc(2026, 2, 28), PARIS, amount="50"))
            add_escalation(folder, Escalation(claim.id, "fr-mediateur-jeux",
                                              utc(2026, 5, 2, 9, 0), PARIS))
        claims.append(folder.claims.get(claim.id))
    return claims


def test_reading_every_claim_at_once_gives_each_claim_the_facts_read_alone(folder):
    claims = busy_claims(folder, 7)
    assert ClaimFacts.read_all(folder, claims) == [ClaimFacts.read(folder, c) for c in claims]


def test_listing_all_deadlines_gives_each_claims_own_deadlines(folder):
    claims = busy_claims(folder, 6)
    listed = list_deadlines(folder, NOW)
    for claim in claims:
        assert [d for d in listed if d.claim_id == claim.id] == \
            claim_deadlines(folder, claim, NOW)


def queries_to_list_deadlines(folder) -> int:
    statements = []
    folder.db.conn.set_trace_callback(statements.append)
    try:
        list_deadlines(folder, NOW)
    finally:
        folder.db.conn.set_trace_callback(None)
    return len(statements)


def test_listing_deadlines_costs_the_same_queries_for_3_or_30_claims(tmp_path):
    from bonusdesk.core.folder import ClaimFolder

    counts = []
    for size in (3, 30):
        with ClaimFolder.create(tmp_path / f"claims-{size}") as folder:
            busy_claims(folder, size)
            counts.append(queries_to_list_deadlines(folder))
    assert counts[0] == counts[1]
