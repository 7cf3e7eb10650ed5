"""Completeness per recipient: what is present, what is missing, where to fill it in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core import profile
from bonusdesk.core.alerts import claim_alerts
from bonusdesk.core.escalations import add_transaction
from bonusdesk.core.model import (
    Channel,
    Claim,
    Contact,
    Direction,
    Platform,
    PlatformKind,
    Transaction,
    TransactionKind,
)
from bonusdesk.core.readiness import NEEDS, readiness
from bonusdesk.core.rules import UnknownRecipient, load_rules
from tests.factories import write_png

PARIS = "Europe/Paris"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def make_claim(folder, regulator, kind=PlatformKind.SPORTSBOOK, **claim_fields) -> Claim:
    platform = folder.claims.add_platform(Platform(f"P {regulator}", kind=kind,
                                                   regulator=regulator))
    return folder.claims.create(Claim("Pari annulé", platform.id, utc(2026, 11, 20, 20, 15),
                                      PARIS, account_id="ACC-1", **claim_fields))


def items(result) -> dict:
    return {i.key: i for i in result.items}


def test_every_needs_item_of_the_shipped_rules_is_declared_once():
    for recipient in load_rules().recipients.values():
        assert set(recipient.needs) <= set(NEEDS), recipient.key
    for need in NEEDS.values():
        assert need.absent and need.absent_fr and need.where and need.cli


def test_ibas_needs_the_bet_reference_and_stake(folder, tmp_path):
    claim = make_claim(folder, "UKGC")
    result = readiness(folder, claim, "uk-ibas", utc(2026, 11, 21))
    bet = items(result)["bet_details"]
    assert bet.state == "missing"
    assert bet.text == ("IBAS (Independent Betting Adjudication Service) needs the bet "
                        "reference and stake (with the bet type and time)")
    assert bet.where == "transactions" and "transaction add" in bet.cli
    add_transaction(folder, Transaction(claim.id, TransactionKind.BET, "SLIP-77",
                                        utc(2026, 11, 20, 20, 0), PARIS, "5.00", "GBP",
                                        "single"))
    bet = items(readiness(folder, claim, "uk-ibas", utc(2026, 11, 21)))["bet_details"]
    assert bet.state == "ok" and "SLIP-77 5.00 GBP single" in bet.text


def test_anj_needs_a_written_complaint_sent_at_least_20_days_ago(folder, tmp_path):
    claim = make_claim(folder, "ANJ")
    profile.save(folder, name="Camille Martin", email="camille@example.org")
    folder.evidence.import_files(claim.id, [write_png(tmp_path / "error.png")])
    add_transaction(folder, Transaction(claim.id, TransactionKind.BET, "B-1"))
    folder.contacts.add(Contact(claim.id, Channel.CHAT, utc(2026, 11, 21, 9), PARIS))
    result = readiness(folder, claim, "fr-mediateur-jeux", utc(2026, 11, 22))
    assert not result.ready
    assert {i.key for i in result.missing} == {"written_complaint", "wait_elapsed"}
    assert "written complaint (form, e-mail or letter)" in items(result)[
        "written_complaint"].text
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 22, 9), PARIS))
    result = readiness(folder, claim, "fr-mediateur-jeux", utc(2026, 11, 30))
    wait = items(result)["wait_elapsed"]
    assert wait.state == "missing"
    assert "needs a complaint sent at least 20 days ago" in wait.text
    assert "from 2026-12-12" in wait.text and "à partir du 2026-12-12" in wait.text_fr
    assert result.opens_at == utc(2026, 12, 12, 9)
    result = readiness(folder, claim, "fr-mediateur-jeux", utc(2026, 12, 12, 10))
    assert result.ready, [i.text for i in result.missing]
    assert result.limit_at == utc(2027, 11, 22, 9)


def test_a_final_response_opens_the_mediator_before_20_days(folder):
    claim = make_claim(folder, "ANJ")
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 22, 9), PARIS))
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 24, 9), PARIS,
                                Direction.RECEIVED, final_response=True))
    wait = items(readiness(folder, claim, "fr-mediateur-jeux", utc(2026, 11, 25)))[
        "wait_elapsed"]
    assert wait.state == "ok"


def test_the_french_mediator_cannot_take_an_online_casino(folder):
    claim = make_claim(folder, "ANJ", kind=PlatformKind.CASINO)
    scope = items(readiness(folder, claim, "fr-mediateur-jeux", utc(2026, 11, 22)))["in_scope"]
    assert scope.state == "missing"
    assert "cannot take a dispute about an online casino" in scope.text
    assert "casino en ligne" in scope.text_fr


def test_arn_only_takes_claims_of_at_least_1000_sek(folder):
    claim = make_claim(folder, "Spelinspektionen", bonus_amount="500", currency="SEK")
    assert items(readiness(folder, claim, "se-arn"))["min_amount"].state == "missing"
    folder.claims.update(claim.id, bonus_amount="1500")
    assert items(readiness(folder, claim, "se-arn"))["min_amount"].state == "ok"
    folder.claims.update(claim.id, currency="EUR")
    assert items(readiness(folder, claim, "se-arn"))["min_amount"].state == "warning"
    language = items(readiness(folder, claim, "se-arn"))["language"]
    assert language.state == "warning" and "Swedish" in language.text


def test_a_body_that_does_not_handle_the_licence_is_flagged(folder):
    claim = make_claim(folder, "ANJ")
    assert items(readiness(folder, claim, "uk-ibas"))["competent"].state == "warning"
    assert items(readiness(folder, claim, "fr-mediateur-jeux"))["competent"].state == "ok"
    unknown = make_claim(folder, "Isle of Man")
    competent = items(readiness(folder, unknown, "ecogra"))["competent"]
    assert competent.state == "warning" and "unknown: pick one" in competent.text


def test_an_unknown_recipient_is_a_clear_error(folder):
    claim = make_claim(folder, "ANJ")
    with pytest.raises(UnknownRecipient, match="unknown recipient 'anj-mediator'"):
        readiness(folder, claim, "anj-mediator")


def test_summary_alert_when_the_route_needs_a_written_complaint(folder):
    claim = make_claim(folder, "ANJ")
    folder.contacts.add(Contact(claim.id, Channel.PHONE, utc(2026, 11, 21, 9), PARIS))
    [alert] = claim_alerts(folder, claim)
    assert alert.text.startswith("No written complaint yet: the mediator will refuse the case")
    assert alert.text_fr.startswith("Pas encore de réclamation écrite")
    folder.contacts.add(Contact(claim.id, Channel.CONTACT_FORM, utc(2026, 11, 21, 10), PARIS))
    assert claim_alerts(folder, claim) == []
    uk = make_claim(folder, "UKGC")  # UK ADR bodies do not require writing
    assert claim_alerts(folder, uk) == []
    [unknown] = claim_alerts(folder, make_claim(folder, "Somewhere"))
    assert unknown.key == "unknown_regulator"


@pytest.mark.parametrize("recipient", sorted(load_rules().recipients))
def test_every_recipient_checks_its_needs_and_writes_its_letter(folder, tmp_path, recipient):
    from bonusdesk.core.referral import referral_letter

    book = load_rules()
    r = book.recipients[recipient]
    stage = next((s for s in book.sets.values() if r.key == s.key or r.key in s.next), r)
    regulator = stage.aliases[0] if stage.aliases else stage.key
    claim = make_claim(folder, regulator, bonus_amount="2000", currency="SEK")
    result = readiness(folder, claim, recipient, utc(2026, 11, 21))
    keys = [i.key for i in result.items]
    assert keys[0] == "competent" and keys[-1] == "language"
    assert set(r.needs) <= set(keys)
    assert items(result)["competent"].state == "ok"
    for item in result.items:
        assert item.text and item.text_fr and item.where
    letter = referral_letter(folder, claim, recipient)
    assert letter.lang == ("fr" if r.language == "fr" else "en")
    assert ("Madame, Monsieur," if letter.lang == "fr" else "Dear Sir or Madam,") in letter.body


def test_french_readiness_items_carry_no_english_words(folder):
    """The app shows text_fr as is: the values inside it must be French too."""
    unknown = make_claim(folder, "Isle of Nowhere Authority")
    competent = items(readiness(folder, unknown, "uk-ibas", utc(2026, 11, 21)))["competent"]
    assert competent.state == "warning"
    assert "unknown" not in competent.text_fr and "inconnu" in competent.text_fr
    claim = make_claim(folder, "ANJ", remedy="credit_bonus")
    remedy = items(readiness(folder, claim, "fr-mediateur-jeux", utc(2026, 11, 21)))["remedy"]
    assert remedy.state == "ok"
    assert remedy.text_fr == "Votre demande\u202f: créditer le bonus"
    assert remedy.text == "What you ask for: credit the bonus"
