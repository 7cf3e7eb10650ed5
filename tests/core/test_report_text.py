"""The complaint letter: true, formal and complete, in French and English."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from bonusdesk.core import profile
from bonusdesk.core.errors import BadInput
from bonusdesk.core.model import Category, Channel, Contact, Recurrence
from bonusdesk.core.report_text import (
    CHAT_LIMIT,
    WORDS,
    compose,
    gather,
    letter,
    missing_fields,
)
from tests.factories import write_png

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
NNBSP = "\u202f"


def _facts(folder, claim, **changes):
    facts = gather(folder, claim.id, NOW)
    facts.claim = dataclasses.replace(facts.claim, **changes)
    return facts


def _regulate(folder, claim, regulator):
    folder.claims.update_platform(claim.platform_id, regulator=regulator)


@pytest.mark.parametrize("answer,fr,en", [
    (Recurrence.EVERY_TIME, "L'erreur s'est reproduite à chaque tentative.",
     "The error occurred every time I tried."),
    (Recurrence.ONCE, "L'erreur ne s'est produite qu'une seule fois.",
     "The error occurred once."),
    (Recurrence.SOMETIMES, "L'erreur se produit par intermittence",
     "The error occurs intermittently"),
])
def test_each_recurrence_answer_is_its_own_sentence(folder, claim, answer, fr, en):
    facts = _facts(folder, claim, recurrence=answer)
    assert fr in compose(facts, "fr").body
    assert en in compose(facts, "en").body
    others = [r for r in (Recurrence.EVERY_TIME, Recurrence.ONCE, Recurrence.SOMETIMES)
              if r != answer]
    for other in others:  # never a sentence that contradicts the answer
        assert WORDS["en"][f"recurrence_{other}"] not in compose(facts, "en").body


def test_unknown_recurrence_says_nothing_about_it(folder, claim):
    body = compose(_facts(folder, claim, recurrence=Recurrence.UNKNOWN), "en").body
    assert "The error occur" not in body


def test_empty_fields_are_left_out_of_the_letter(folder, claim):
    facts = _facts(folder, claim, did="", expected="", promo_code="", account_id="")
    for lang in ("fr", "en"):
        body = compose(facts, lang).body
        assert "non renseigné" not in body and "not given" not in body
        assert "Ce que j'ai fait" not in body and "What I did" not in body
        assert "WELCOME100" not in body
    assert "concernant mon compte joueur sur Casino Étoile" in compose(facts, "fr").body


def test_french_letter_is_formal_and_complete(folder, claim, tmp_path):
    _regulate(folder, claim, "ANJ")
    folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(2026, 11, 20, 21, 0,
                                                                  tzinfo=UTC),
                                "Europe/Paris", reference="T-5521"))
    folder.claims.set_status(claim.id, "reported", at=datetime(2026, 11, 20, 21, 5, tzinfo=UTC))
    folder.evidence.import_file(claim.id, write_png(tmp_path / "e.png"),
                                caption="capture de l'erreur BNS-402")
    profile.save(folder, name="Zoé Martin", email="zoe@example.org")
    text = letter(folder, claim.id, "fr", "letter", now=NOW)
    body = text.body
    assert text.subject == ("Réclamation écrite – Bonus de bienvenue non crédité – "
                            "compte PLAYER-4411")
    assert body.startswith("Madame, Monsieur,\n\nPar la présente, je vous adresse une "
                           "réclamation écrite formelle, au titre de votre procédure de "
                           "traitement des réclamations")
    assert "le 20 novembre 2026 à 21\u00a0h\u00a015, heure de Paris (UTC+1)" in body
    assert (f"Le message d'erreur suivant s'est affiché{NNBSP}: BNS-402 – "
            f"«{NNBSP}Bonus could not be credited (BNS-402){NNBSP}»") in body
    assert f"Références utiles au traitement de ma demande{NNBSP}:" in body
    assert f"– Bonus{NNBSP}: Welcome 100% (100,00\u00a0€)" in body
    assert f"– Échanges précédents{NNBSP}: T-5521 (chat, 20/11/2026)" in body
    assert "Je vous demande de créditer sur mon compte le bonus de 100,00\u00a0€" in body
    # ANJ: 20 days from the written complaint. Only a chat and a report not said to be
    # written exist, so this letter is the written complaint: 20 days from today.
    assert "au plus tard le 15 décembre 2026" in body
    assert "numéro de référence" in body
    assert "je saisirai le Médiateur des jeux en ligne (ANJ)" in body
    assert f"Pièces jointes{NNBSP}:\n1. capture de l'erreur BNS-402 (" in body
    assert "sur demande" not in body
    seq, digest = folder.db["meta"].get("event_head")["value"].split(":")
    assert f"événement n° {seq}, SHA-256 {digest[:16]}" in body
    assert body.endswith("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes "
                         "salutations distinguées.\n\nZoé Martin\nzoe@example.org")


def test_english_letter_under_uk_rules_names_final_response_and_adr(folder, claim):
    _regulate(folder, claim, "UKGC")
    body = letter(folder, claim.id, "en", "letter", now=NOW).body
    assert body.startswith("Dear Sir or Madam,\n\nI am writing to make a formal written "
                           "complaint under your complaints procedure")
    assert "on 20 November 2026 at 21:15, Paris time (UTC+1)" in body
    assert "final response naming your approved alternative dispute resolution (ADR)" in body
    assert "within 8 weeks" in body
    # not reported yet: the letter is the complaint, counted from today
    assert "reply to me in writing by 20 January 2027" in body
    assert "Yours faithfully," in body


@pytest.mark.parametrize("regulator,needle", [
    ("eCOGRA", "eCOGRA ADR service"),
    ("AskGamblers", "public casino complaints forum"),
    ("", "your regulator or to the dispute resolution body"),
])
def test_next_step_comes_from_the_claims_rule_set(folder, claim, regulator, needle):
    _regulate(folder, claim, regulator)
    assert needle in letter(folder, claim.id, "en", now=NOW).body


def test_remedy_defaults_by_category_and_can_be_chosen(folder, claim):
    payment = _facts(folder, claim, category=Category.PAYMENT_BLOCKED_OR_DELAYED)
    assert "process my payment without further delay" in compose(payment, "en").body
    chosen = _facts(folder, claim, remedy="restore_balance", remedy_amount="35.5")
    assert "restore the €35.50 lost through this error" in compose(chosen, "en").body
    assert "rétablir sur mon compte la somme de 35,50\u00a0€" in compose(chosen, "fr").body


def test_chat_form_fits_a_chat_box_and_keeps_the_key_facts(folder, claim):
    long = "Je décris très précisément ce qui s'est passé. " * 60
    facts = _facts(folder, claim, did=long, expected=long, happened=long)
    for lang in ("fr", "en"):
        chat = compose(facts, lang, "chat")
        assert chat.form == "chat" and chat.subject == ""
        assert chat.chars == len(chat.body) <= CHAT_LIMIT
        for needle in ("PLAYER-4411", "BNS-402", "TX-99812"):
            assert needle in chat.body, (lang, needle)
    short = compose(_facts(folder, claim), "fr", "chat")
    assert "Ce que j'ai fait" in short.body and short.chars < CHAT_LIMIT


def test_letter_refuses_unknown_language_or_form(folder, claim):
    with pytest.raises(BadInput, match="unknown language"):
        letter(folder, claim.id, "de")
    with pytest.raises(BadInput, match="unknown form"):
        letter(folder, claim.id, "fr", "tweet")


def test_plural_of_evidence_in_the_chat_form(folder, claim, tmp_path):
    for n in range(2):
        folder.evidence.import_file(claim.id, write_png(tmp_path / f"{n}.png",
                                                        color=(n, 9, 9)))
    body = letter(folder, claim.id, "fr", "chat", now=NOW).body
    assert "Je conserve 2 preuves horodatées" in body
    assert "(s)" not in body


def test_both_languages_have_the_same_wording_keys():
    assert set(WORDS["en"]) == set(WORDS["fr"])


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
