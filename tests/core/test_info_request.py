"""Support e-mails that ask for documents, in French and English, as casinos write them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bonusdesk.core.info_request import detect, items_text

RECEIVED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)  # 10:30 in Paris
ZONE = "Europe/Paris"

ASKING = {
    "en_kyc": ("""Re: Ticket #48213 - Welcome bonus not credited

Dear Camille,

Thank you for contacting Etoile Casino Support.

In order to investigate your case further, we kindly ask you to provide the following:
- a screenshot of the error message you received
- a copy of your bank statement showing the deposit of 100 EUR

Please send the requested documents within 7 days by replying to this e-mail.

Kind regards,
Sophie
Etoile Casino Support Team""", ["screenshot", "bank_statement"], datetime(2026, 12, 8, 9, 30,
                                                                         tzinfo=UTC), True),
    "en_verification": ("""Your withdrawal request #W-55190

Hello,

Before we can process your request, our security team requires additional verification
documents. Could you please upload a clear photo of your passport or ID card, a proof of
address dated within the last 3 months (utility bill) and a selfie holding the document?

Best regards,
Payments Team""", ["id_document", "proof_of_address", "selfie"], datetime(
        2026, 12, 3, 9, 30, tzinfo=UTC), False),
    "fr_formal": ("""Votre demande n° 884211

Bonjour Monsieur Martin,

Nous faisons suite à votre réclamation concernant le bonus de bienvenue.
Afin de traiter votre demande, merci de bien vouloir nous transmettre une capture d'écran du
message d'erreur ainsi que votre relevé bancaire faisant apparaître le dépôt, avant le
4 décembre.

Cordialement,
Le service client""", ["screenshot", "bank_statement"], datetime(2026, 12, 4, 22, 59,
                                                                 tzinfo=UTC), True),
    "fr_short": ("""RE: Bonus non crédité

Bonjour,
Pourriez-vous nous envoyer les numéros de transaction et une preuve de dépôt sous 48h ?
Bonne journée,
Julien - Support""", ["transaction_details", "payment_proof"], datetime(2026, 12, 3, 9, 30,
                                                                       tzinfo=UTC), True),
    "fr_kyc_numeric_date": ("""Vérification de votre compte

Bonjour,
Des pièces justificatives sont nécessaires pour finaliser la vérification de votre compte :
pièce d'identité recto verso et justificatif de domicile de moins de 3 mois.
Veuillez les téléverser depuis votre espace « Mon compte » au plus tard le 10/12/2026.
L'équipe Conformité""", ["id_document", "proof_of_address"], datetime(2026, 12, 10, 22, 59,
                                                                    tzinfo=UTC), True),
}


@pytest.mark.parametrize("name", sorted(ASKING))
def test_requests_are_found_with_what_is_asked_and_by_when(name):
    text, items, due, stated = ASKING[name]
    found = detect(text, RECEIVED, ZONE)
    assert found is not None, name
    assert found.items == items
    assert found.due_at == due
    assert found.stated is stated


NOT_ASKING = {
    "acknowledgement": """Re: Ticket #48213

Dear Camille,
We have received your documents and passed them to our bonus team. You will hear from us
within 5 working days. No further information is needed at this stage.
Regards, Support""",
    "auto_reply": """Votre demande a bien été enregistrée (ticket 884211)

Bonjour,
Nous avons bien reçu votre message. Un conseiller vous répondra dans les meilleurs délais.
Ceci est un message automatique, merci de ne pas y répondre.""",
    "verified": """Good news!

Your documents have been verified and your bonus of 100 EUR has been credited to your
account. Good luck!""",
    "more_time": """Update on your case

Hello, we need more time to investigate your case with our game provider. We will come
back to you as soon as possible.""",
    "quoted_player_offer": """Re: Bonus BNS-402

Hello Camille, your bonus has now been credited. Regards, Support

On Mon, 30 Nov 2026 at 21:02, Camille <camille@example.org> wrote:
> Please send me an answer. I can send screenshots and my bank statement if needed.""",
    "fr_quoted_block": """RE: Bonus

Bonjour, le bonus a été crédité sur votre compte.

Le lun. 30 nov. 2026 à 21:02, Camille <camille@example.org> a écrit :
Merci de me dire si vous avez besoin de captures d'écran ou de mon relevé bancaire.""",
}


@pytest.mark.parametrize("name", sorted(NOT_ASKING))
def test_acknowledgements_and_quoted_words_are_not_requests(name):
    assert detect(NOT_ASKING[name], RECEIVED, ZONE) is None


def test_a_date_in_january_written_in_december_is_next_year():
    text = "Please send a screenshot of the error by 3 January."
    found = detect(text, RECEIVED, ZONE)
    assert found.due_at == datetime(2027, 1, 3, 22, 59, tzinfo=UTC)


def test_working_days_skip_the_weekend():
    friday = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    found = detect("Merci de nous transmettre votre relevé bancaire sous 2 jours ouvrés.",
                   friday, ZONE)
    assert found.due_at == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)  # Tuesday


def test_items_read_as_a_list_in_each_language():
    assert items_text(["screenshot", "bank_statement"], "en") == \
        "the screenshot and the bank statement"
    assert items_text(["screenshot", "bank_statement", "selfie"], "fr") == \
        "la capture d'écran, le relevé bancaire et le selfie"
