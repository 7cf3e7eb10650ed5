from datetime import UTC, datetime

import pytest

from bonusdesk.core.errors import BadInput, NotFound
from bonusdesk.core.events import list_events
from bonusdesk.core.model import (
    Category,
    CheckState,
    Claim,
    Platform,
    PlatformKind,
    Recurrence,
    Remedy,
    Status,
)
from bonusdesk.core.search import matching_claim_ids, search


def test_platform_names_are_unique_ignoring_case(folder, platform):
    with pytest.raises(BadInput, match="already exists"):
        folder.claims.add_platform(Platform("casino étoile"))


@pytest.mark.parametrize("hours", [0, -3, "abc"])
def test_platform_window_must_be_sensible(folder, hours):
    with pytest.raises(BadInput, match="window"):
        folder.claims.add_platform(Platform("X", window_hours=hours))


def test_claim_checklist_is_seeded_by_platform_kind(folder, claim):
    keys = [it.key for it in folder.claims.checklist(claim.id)]
    assert keys == ["account_verified", "identity_accepted", "minimum_deposit", "opted_in",
                    "promotion_period", "wagering_known", "terms_read"]
    cash = folder.claims.add_platform(Platform("CashBack Plus", kind=PlatformKind.CASHBACK))
    c2 = folder.claims.create(Claim("Cashback missing", cash.id,
                                    datetime(2026, 11, 1, tzinfo=UTC), "Europe/Paris"))
    keys2 = [it.key for it in folder.claims.checklist(c2.id)]
    assert "wagering_known" not in keys2 and "account_verified" in keys2


def test_checklist_item_set_by_key_number_or_label_with_evidence(folder, claim, tmp_path):
    from tests.factories import write_png

    ev = folder.evidence.import_file(claim.id, write_png(tmp_path / "kyc.png")).evidence[0]
    folder.claims.set_checklist(claim.id, "account_verified", "yes", note="KYC mail of 12/11",
                                evidence_ids=[ev.id])
    folder.claims.set_checklist(claim.id, 7, CheckState.NOT_APPLICABLE)
    folder.claims.set_checklist(claim.id, "Minimum deposit made", "no")
    items = {it.key: it for it in folder.claims.checklist(claim.id)}
    assert items["account_verified"].state == CheckState.YES
    assert items["account_verified"].evidence_ids == [ev.id]
    assert items["terms_read"].state == CheckState.NOT_APPLICABLE
    assert items["minimum_deposit"].state == CheckState.NO
    with pytest.raises(BadInput, match="checklist state"):
        folder.claims.set_checklist(claim.id, 1, "maybe")
    with pytest.raises(NotFound, match="no checklist item"):
        folder.claims.set_checklist(claim.id, "nonsense", "yes")


def test_claim_fields_are_parsed_from_user_text(folder, claim):
    c = folder.claims.update(claim.id, category="payment_blocked_or_delayed",
                             recurrence="à chaque fois", connection_stable="non",
                             window_hours="48", incident_at="2026-07-01T10:00",
                             remedy="process_payment", remedy_amount="250,00")
    assert c.category == Category.PAYMENT_BLOCKED_OR_DELAYED
    assert (c.recurrence, c.connection_stable, c.window_hours) == (
        Recurrence.EVERY_TIME, False, 48)
    assert (c.remedy, c.remedy_amount) == (Remedy.PROCESS_PAYMENT, "250,00")
    # read in the claim's zone (Paris, summer time)
    assert c.incident_at == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    assert folder.claims.get(claim.id) == c


@pytest.mark.parametrize("field,value,message", [
    ("category", "angry", "unknown category"),
    ("recurrence", "yes", "once, every_time, sometimes, unknown"),
    ("connection_stable", "sometimes", "yes, no or unknown"),
    ("remedy", "money back now", "unknown remedy"),
    ("remedy_amount", "a lot", "must be a number"),
    ("incident_at", "yesterday", "ISO-8601"),
    ("incident_zone", "Mars/Olympus", "unknown time zone"),
    ("status", "closed", "read-only"),
    ("title", "  ", "empty"),
])
def test_bad_field_values_are_refused(folder, claim, field, value, message):
    with pytest.raises(BadInput, match=message):
        folder.claims.update(claim.id, **{field: value})
    assert folder.claims.get(claim.id) == claim


def test_changes_are_logged_with_old_and_new_values(folder, claim):
    folder.claims.update(claim.id, error_code="BNS-403")
    last = list_events(folder.db, claim.id)[-1]
    assert last.action == "change"
    assert last.data == {"error_code": {"old": "BNS-402", "new": "BNS-403"}}


def test_status_history_is_kept_in_order(folder, claim):
    folder.claims.set_status(claim.id, Status.REPORTED, note="contact form")
    folder.claims.set_status(claim.id, "info_requested")
    history = folder.claims.history(claim.id)
    assert [h.status for h in history] == [Status.DRAFT, Status.REPORTED, Status.INFO_REQUESTED]
    assert folder.claims.get(claim.id).status == Status.INFO_REQUESTED
    with pytest.raises(BadInput, match="unknown status"):
        folder.claims.set_status(claim.id, "won")


def test_search_folds_accents_and_covers_contacts(folder, claim):
    from bonusdesk.core.model import Channel, Contact

    folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(2026, 11, 21, tzinfo=UTC),
                                "Europe/Paris", reference="T-5521",
                                summary="Agent Zoé a transmis à l'équipe paiements"))
    assert matching_claim_ids(folder, "credite") == {claim.id}  # "crédité" in the title
    assert matching_claim_ids(folder, "zoe") == {claim.id}
    assert [h.kind for h in search(folder, "BNS-402")] == ["claim"]
    assert matching_claim_ids(folder, "jackpot") == set()
    assert matching_claim_ids(folder, "paiem") == {claim.id}  # typing in progress


@pytest.mark.parametrize("text", ['"', "AND", "bonus OR", "(*", "NEAR(", "col:x", "-"])
def test_search_takes_any_user_text(folder, claim, text):
    search(folder, text)  # must not raise an FTS syntax error
    assert search(folder, "   ") == []


def test_claim_summaries_are_the_listed_facts_of_the_whole_claims(folder, platform):
    """The claims list reads summaries: the same id, title, platform, status and times as
    the whole claims, in the same order, for claims old and new, open and closed."""
    other = folder.claims.add_platform(Platform("Autre casino"))
    first = folder.claims.create(Claim(
        title="Bonus non crédité", platform_id=platform.id,
        incident_at=datetime(2026, 11, 20, 20, 15, tzinfo=UTC), incident_zone="Europe/Paris"))
    second = folder.claims.create(Claim(
        title="Retrait bloqué", platform_id=other.id,
        incident_at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC), incident_zone="Europe/Paris"))
    folder.claims.set_status(second.id, Status.CLOSED)
    folder.claims.update(first.id, title="Bonus de bienvenue non crédité")
    whole = folder.claims.list()
    summaries = folder.claims.summaries()
    fields = ("id", "title", "platform_id", "status", "created_at", "updated_at")
    assert [tuple(getattr(s, f) for f in fields) for s in summaries] == \
        [tuple(getattr(c, f) for f in fields) for c in whole]
    assert [s.status for s in summaries] == [Status.DRAFT, Status.CLOSED]
    assert summaries[0].updated_at > summaries[0].created_at  # edited after creation
