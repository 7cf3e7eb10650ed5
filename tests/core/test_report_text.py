"""The complaint message names what support asks for, in English and French."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from bonusdesk.core.model import Category, Channel, Contact, Platform
from bonusdesk.core.report_text import TEXTS, complaint, missing_fields


def test_english_message_names_error_time_zone_ids_and_asks(claim):
    msg = complaint(claim, Platform("Casino Étoile"), "en",
                    [Contact(claim.id, Channel.CHAT, claim.incident_at, "Europe/Paris",
                             reference="CHAT-1")], evidence_count=3, user_name="Zoé Martin")
    assert msg.subject == "Complaint: Bonus de bienvenue non crédité (account PLAYER-4411)"
    body = msg.body
    assert "my account PLAYER-4411 at Casino Étoile" in body
    assert "on 2026-11-20 at 21:15 (Europe/Paris, UTC+01:00)" in body
    assert "What I did: Deposited 100 € with promo code WELCOME100" in body
    assert "What I expected: A 100 € bonus credited to my account" in body
    assert "What happened: The deposit went through" in body
    assert "BNS-402 – \u201cBonus could not be credited (BNS-402)\u201d" in body
    assert "- Transaction ID: TX-99812" in body
    assert "- Bonus: Welcome 100% (100.00 EUR)" in body
    assert "- Earlier reference numbers: CHAT-1" in body
    assert "3 piece(s) of evidence" in body
    assert "Please credit the bonus" in body
    assert body.rstrip().endswith("Zoé Martin")


def test_french_message_uses_french_dates_and_guillemets(claim):
    body = complaint(claim, Platform("Casino Étoile"), "fr").body
    assert "le 20/11/2026 à 21:15 (Europe/Paris, UTC+01:00)" in body
    assert "Ce que j'attendais : A 100 € bonus credited" in body
    assert "BNS-402 – « Bonus could not be credited (BNS-402) »" in body
    assert "- Identifiant de transaction : TX-99812" in body
    assert "Merci de créditer le bonus" in body


def test_time_is_shown_in_the_incident_zone_with_its_summer_offset(claim):
    summer = dataclasses.replace(claim, incident_at=datetime(2026, 7, 1, 8, 0, tzinfo=UTC))
    assert "at 10:00 (Europe/Paris, UTC+02:00)" in complaint(summer, lang="en").body


def test_both_languages_have_the_same_wording_keys():
    assert set(TEXTS["en"]) == set(TEXTS["fr"])


def test_missing_fields_lists_what_support_will_ask_for(claim):
    assert missing_fields(claim) == []
    bare = dataclasses.replace(claim, account_id="", transaction_id=" ", error_code="",
                               error_text="", did="", bonus_amount="")
    assert missing_fields(bare) == ["account_id", "error_code", "error_text", "transaction_id",
                                    "bonus_amount", "did"]


def test_payment_claims_are_not_asked_for_bonus_fields(claim):
    payment = dataclasses.replace(claim, category=Category.PAYMENT_BLOCKED_OR_DELAYED,
                                  bonus_name="", bonus_amount="", currency="",
                                  error_code="", error_text="", transaction_id="")
    assert missing_fields(payment) == ["transaction_id"]


def test_empty_three_part_description_is_marked_not_given(claim):
    bare = dataclasses.replace(claim, did="", expected="", happened="")
    assert "What I did: (not given)" in complaint(bare, lang="en").body
