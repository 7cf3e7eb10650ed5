"""The referral letter and the next step letters quote, in the recipient's language."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core import profile
from bonusdesk.core.escalations import add_transaction
from bonusdesk.core.model import (
    Category,
    Channel,
    Claim,
    Contact,
    Direction,
    Platform,
    PlatformKind,
    Transaction,
    TransactionKind,
)
from bonusdesk.core.recipients import (
    EMPTY,
    MATCHED,
    UNKNOWN,
    next_step,
    operator_reply_due,
    platform_match,
)
from bonusdesk.core.referral import referral_letter
from bonusdesk.core.rules import load_rules

PARIS = "Europe/Paris"


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def disputed_claim(folder, regulator: str, adr: str = "") -> Claim:
    platform = folder.claims.add_platform(Platform(
        f"Étoile {regulator}", kind=PlatformKind.SPORTSBOOK, regulator=regulator, adr=adr,
        legal_entity="Etoile Gaming SAS", licence_number="0042-PS"))
    claim = folder.claims.create(Claim(
        "Pari annulé", platform.id, utc(2026, 11, 20, 20, 15), PARIS, account_id="ACC-1",
        category=Category.TERMS_DISPUTE, did="J'ai parié 20 € sur le match",
        happened="Le pari a été annulé sans motif"))
    profile.save(folder, name="Camille Martin", email="camille@example.org",
                 postal_address="3 rue des Lilas\n75011 Paris")
    folder.contacts.add(Contact(claim.id, Channel.CHAT, utc(2026, 11, 21, 9), PARIS))
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 22, 9), PARIS,
                                reference="T-558"))
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 11, 30, 9), PARIS,
                                Direction.RECEIVED, reference="T-558", final_response=True,
                                summary="Votre pari a été annulé conformément à l'article 7."))
    add_transaction(folder, Transaction(claim.id, TransactionKind.BET, "B-77",
                                        utc(2026, 11, 20, 20, 0), PARIS, "20.00", "EUR",
                                        "simple"))
    return claim


def test_the_anj_mediator_gets_a_french_letter_from_the_claims_facts(folder):
    claim = disputed_claim(folder, "ANJ")
    letter = referral_letter(folder, claim, "fr-mediateur-jeux", now=utc(2026, 12, 1, 10))
    assert letter.lang == "fr"
    assert letter.subject == "Demande de médiation : litige avec Étoile ANJ (compte ACC-1)"
    body = letter.body
    assert body.startswith("Camille Martin\n3 rue des Lilas\n75011 Paris\ncamille@example.org")
    assert "Médiateur des jeux – ANJ\n11 boulevard Gallieni" in body
    assert "1 décembre 2026" in body and "Madame, Monsieur," in body
    assert "exploité par Etoile Gaming SAS, agrément 0042-PS" in body
    assert "Le 20 novembre 2026 à 21:15 (Europe/Paris)" in body
    assert "- pari B-77, mise 20.00 EUR, simple, le 20 novembre 2026 à 21:00" in body
    assert "par chat (sans écrit)" in body
    assert "j'ai adressé une réclamation écrite (e-mail, T-558)" in body
    assert ("l'opérateur m'a adressé sa réponse définitive (e-mail, T-558) : « Votre pari a "
            "été annulé conformément à l'article 7. »") in body
    assert "applique les conditions publiées de la promotion" in body
    assert body.rstrip().endswith("salutations distinguées.\nCamille Martin")
    for english in ("Dear", "Yours", "operator answered", "What I"):
        assert english not in body


def test_an_english_body_gets_an_english_letter_and_lang_can_be_forced(folder):
    claim = disputed_claim(folder, "UKGC", adr="uk-ibas")
    letter = referral_letter(folder, claim, "uk-ibas", now=utc(2026, 12, 1, 10))
    assert letter.lang == "en" and "Dear Sir or Madam," in letter.body
    assert "the operator sent its final response (e-mail, T-558)" in letter.body
    assert "Yours faithfully,\nCamille Martin" in letter.body
    assert referral_letter(folder, claim, "uk-ibas", lang="fr").lang == "fr"


def test_a_letter_without_a_final_response_says_so(folder):
    platform = folder.claims.add_platform(Platform("Plain", regulator="ANJ"))
    claim = folder.claims.create(Claim("x", platform.id, utc(2026, 11, 20, 20), PARIS))
    folder.contacts.add(Contact(claim.id, Channel.LETTER, utc(2026, 11, 22, 9), PARIS))
    body = referral_letter(folder, claim, "fr-mediateur-jeux").body
    assert "n'a apporté aucune réponse définitive à ma réclamation du 22 novembre 2026" in body
    assert "Camille" not in body  # no profile: no signature invented


def test_next_step_for_france_names_the_mediator_20_days_after_the_letter(folder):
    platform = folder.claims.add_platform(Platform("P", regulator="ANJ"))
    claim = folder.claims.create(Claim("x", platform.id, utc(2026, 11, 20, 20), PARIS))
    sent = utc(2026, 11, 25, 9)
    assert operator_reply_due(folder, claim, sent_at=sent) == utc(2026, 12, 15, 9)
    step = next_step(folder, claim, sent_at=sent)
    assert step.recipient_id == "fr-mediateur-jeux"
    assert step.sentence_key == "next_step:fr-operator"
    assert step.sentence("fr") == (
        "À défaut de réponse satisfaisante dans les 20 jours suivant l'envoi de la présente "
        "réclamation écrite, je saisirai le Médiateur des jeux en ligne de l'ANJ, à partir du "
        "15 décembre 2026.")
    assert step.params["date_en"] == "15 December 2026"


def test_next_step_for_the_uk_names_the_adr_or_the_procedure(folder):
    platform = folder.claims.add_platform(Platform("UK", regulator="UKGC"))
    claim = folder.claims.create(Claim("x", platform.id, utc(2026, 11, 20, 20), PARIS))
    sent = utc(2026, 11, 25, 9)
    step = next_step(folder, claim, sent_at=sent)
    assert step.recipient_id == ""
    assert "the ADR provider named in your complaints procedure" in step.sentence("en")
    assert step.opens_at == operator_reply_due(folder, claim, sent_at=sent) == \
        utc(2027, 1, 20, 9)
    folder.claims.update_platform(platform.id, adr="uk-ibas")
    step = next_step(folder, claim, sent_at=sent)
    assert step.recipient_id == "uk-ibas"
    assert "refer it to IBAS (Independent Betting Adjudication Service)" in step.sentence()
    assert "20 January 2027" in step.sentence()


def test_no_next_step_and_unknown_match_for_an_unknown_regulator(folder):
    platform = folder.claims.add_platform(Platform("Nowhere", regulator="Atlantis"))
    claim = folder.claims.create(Claim("x", platform.id, utc(2026, 11, 20, 20), PARIS))
    assert next_step(folder, claim) is None
    assert operator_reply_due(folder, claim) is None
    book = load_rules()
    match = platform_match(book, platform)
    assert match.state == UNKNOWN
    assert "regulator 'Atlantis' unknown: pick one" in match.message
    assert "uk-operator" in {c.key for c in match.choices}
    assert platform_match(book, Platform("x")).state == EMPTY
    assert platform_match(book, Platform("y", regulator="Gambling Commission")).state == MATCHED
