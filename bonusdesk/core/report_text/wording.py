"""Every word of the complaint, in French and English: one table per language.

French templates are written with ordinary spaces; :func:`phrase` adds the narrow
no-break spaces French typography wants (before ``: ; ? !``, inside « »), so the
table stays easy to edit. Plural forms are dicts of CLDR categories ("one",
"other") read by :func:`bonusdesk.core.localefmt.plural`.
"""

from __future__ import annotations

from .. import vocabulary
from ..localefmt import french_spacing
from ..model import Category, Recurrence, Remedy

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Formal complaint – {title}",
        "subject_account": "Formal complaint – {title} – account {account}",
        "opening": "Dear Sir or Madam,",
        "formal": "I am writing to make a formal written complaint under your complaints "
                  "procedure about my account {account} at {platform}.",
        "formal_no_account": "I am writing to make a formal written complaint under your "
                             "complaints procedure about my account at {platform}.",
        "when": "The problem occurred on {moment}.",
        "did": "What I did: {text}",
        "expected": "What I expected: {text}",
        "happened": "What happened instead: {text}",
        "error": "The following error message was displayed: {error}.",
        "recurrence_" + Recurrence.ONCE: "The error occurred once.",
        "recurrence_" + Recurrence.EVERY_TIME: "The error occurred every time I tried.",
        "recurrence_" + Recurrence.SOMETIMES: "The error occurs intermittently: some attempts "
                                              "fail, others do not.",
        "connection_yes": "My internet connection was stable at the time.",
        "connection_no": "My internet connection was unstable at the time.",
        "references": "References for handling my complaint:",
        "ref_account": "Account ID",
        "ref_bonus": "Bonus",
        "ref_promo": "Promo code",
        "ref_transaction": "Transaction ID",
        "ref_round": "Game round or bet ID",
        "ref_contacts": "Earlier contacts",
        "contact_ref": "{reference} ({channel}, {date})",
        "ask": "I ask you to {remedy}.",
        "acknowledge_by": "Please acknowledge this complaint with a reference number and "
                          "reply to me in writing by {date}.",
        "acknowledge": "Please acknowledge this complaint with a reference number and reply "
                       "to me in writing as soon as possible.",
        "attachments": "Attachments:",
        "attachment": "{label} ({date})",
        "attachments_more": "and {more} (see the evidence index of the package)",
        "fingerprint": "Fingerprint of my evidence log on {date}: event {seq}, "
                       "SHA-256 {digest} (BonusDesk hash chain).",
        "closing": "Yours faithfully,",
        # chat: one short message, ~1,000 characters at most
        "chat_opening": "Hello,",
        "chat_formal": "I am making a formal complaint about my account {account}.",
        "chat_formal_no_account": "I am making a formal complaint about my account.",
        "chat_error": "Error shown: {error}.",
        "chat_refs": "References: {refs}.",
        "chat_evidence_one": "I have kept {n} timestamped piece of evidence (with its SHA-256 "
                             "fingerprint) and will send it with my written complaint.",
        "chat_evidence_other": "I have kept {n} timestamped pieces of evidence (with their "
                               "SHA-256 fingerprints) and will send them with my written "
                               "complaint.",
        "chat_ask": "I ask you to {remedy}. Please give me a ticket number.",
        "chat_closing": "Thank you.",
        "more_one": "{n} other item",
        "more_other": "{n} other items",
        "screenshot_caption": "screenshot of {date} at {time}",
        "attachment_caption": "attachment of the e-mail {subject}",
        "forwarded_caption": "message forwarded in the e-mail {subject}",
        "decrypted_caption": "decrypted copy of {name}",
        # remedies: "I ask you to ..."
        "remedy_" + Remedy.CREDIT_BONUS: "credit my account with the bonus of {amount} I am "
                                         "entitled to or, if you consider it is not due, tell "
                                         "me in writing which exact term of the offer was not "
                                         "met",
        "remedy_" + Remedy.CREDIT_BONUS + "_plain": "credit my account with the bonus I am "
                                                    "entitled to or, if you consider it is not "
                                                    "due, tell me in writing which exact term "
                                                    "of the offer was not met",
        "remedy_" + Remedy.PROCESS_PAYMENT: "process the payment of {amount} without further "
                                            "delay or tell me in writing the exact reason it is "
                                            "held and until when",
        "remedy_" + Remedy.PROCESS_PAYMENT + "_plain": "process my payment without further "
                                                       "delay or tell me in writing the exact "
                                                       "reason it is held and until when",
        "remedy_" + Remedy.RESTORE_BALANCE: "restore the {amount} lost through this error to "
                                            "my account or explain in writing why you refuse",
        "remedy_" + Remedy.RESTORE_BALANCE + "_plain": "restore to my account what this error "
                                                       "made me lose or explain in writing why "
                                                       "you refuse",
        "remedy_" + Remedy.REVIEW_DECISION: "review your decision against the terms of the "
                                            "offer and pay me the {amount} at stake or, if you "
                                            "maintain it, name in writing the exact clause it "
                                            "relies on",
        "remedy_" + Remedy.REVIEW_DECISION + "_plain": "review your decision against the terms "
                                                       "of the offer and, if you maintain it, "
                                                       "name in writing the exact clause it "
                                                       "relies on",
        "remedy_" + Remedy.EXPLAIN: "investigate this problem, settle the {amount} at stake "
                                    "and explain its cause to me in writing",
        "remedy_" + Remedy.EXPLAIN + "_plain": "investigate this problem and explain in "
                                               "writing its cause and what you will do about it",
        # next step, by escalation rule set ("" = any other set)
        "next_fr-anj": "If I have no satisfactory answer within {duration}, I will refer this "
                       "dispute to the Médiateur des jeux en ligne (the ombudsman of the French "
                       "gaming authority, ANJ).",
        "next_uk": "If you cannot resolve my complaint, please send me your final response "
                   "naming your approved alternative dispute resolution (ADR) provider; if I "
                   "have no final response within {duration}, I will refer the dispute to that "
                   "ADR provider.",
        "next_ecogra": "If your final answer does not resolve this dispute, I will refer it "
                       "to the eCOGRA ADR service.",
        "next_forum": "If I have no satisfactory answer within {duration}, I will publish a "
                      "documented complaint on a public casino complaints forum.",
        "next_": "If I have no satisfactory answer within {duration}, I will refer this "
                 "dispute to your regulator or to the dispute resolution body named in your "
                 "terms.",
        "next_plain": "If I have no satisfactory answer, I will refer this dispute to your "
                      "regulator or to the dispute resolution body named in your terms.",
        # durations of the rule sets
        "hours_one": "{n} hour", "hours_other": "{n} hours",
        "days_one": "{n} day", "days_other": "{n} days",
        "working_days_one": "{n} working day", "working_days_other": "{n} working days",
        "weeks_one": "{n} week", "weeks_other": "{n} weeks",
        "months_one": "{n} month", "months_other": "{n} months",
        "years_one": "{n} year", "years_other": "{n} years",
        # field names, for "what support will ask for"
        "field_account_id": "account ID",
        "field_error_code": "exact error code",
        "field_error_text": "exact error text",
        "field_transaction_id": "transaction ID",
        "field_bonus_name": "bonus name",
        "field_bonus_amount": "bonus amount",
        "field_currency": "currency",
        "field_did": "what you did",
        "field_expected": "what you expected",
        "field_happened": "what happened",
    },
    "fr": {
        "subject": "Réclamation écrite – {title}",
        "subject_account": "Réclamation écrite – {title} – compte {account}",
        "opening": "Madame, Monsieur,",
        "formal": "Par la présente, je vous adresse une réclamation écrite formelle, au titre "
                  "de votre procédure de traitement des réclamations, concernant mon compte "
                  "{account} sur {platform}.",
        "formal_no_account": "Par la présente, je vous adresse une réclamation écrite "
                             "formelle, au titre de votre procédure de traitement des "
                             "réclamations, concernant mon compte joueur sur {platform}.",
        "when": "Les faits se sont produits le {moment}.",
        "did": "Ce que j'ai fait : {text}",
        "expected": "Ce que j'attendais : {text}",
        "happened": "Ce qui s'est produit : {text}",
        "error": "Le message d'erreur suivant s'est affiché : {error}.",
        "recurrence_" + Recurrence.ONCE: "L'erreur ne s'est produite qu'une seule fois.",
        "recurrence_" + Recurrence.EVERY_TIME: "L'erreur s'est reproduite à chaque tentative.",
        "recurrence_" + Recurrence.SOMETIMES: "L'erreur se produit par intermittence : "
                                              "certaines tentatives échouent, d'autres non.",
        "connection_yes": "Ma connexion internet était stable à ce moment-là.",
        "connection_no": "Ma connexion internet était instable à ce moment-là.",
        "references": "Références utiles au traitement de ma demande :",
        "ref_account": "Identifiant de compte",
        "ref_bonus": "Bonus",
        "ref_promo": "Code promotionnel",
        "ref_transaction": "Identifiant de transaction",
        "ref_round": "Identifiant de partie ou de pari",
        "ref_contacts": "Échanges précédents",
        "contact_ref": "{reference} ({channel}, {date})",
        "ask": "Je vous demande {remedy}.",
        "acknowledge_by": "Je vous remercie d'accuser réception de la présente réclamation en "
                          "m'indiquant un numéro de référence, et de me répondre par écrit au "
                          "plus tard le {date}.",
        "acknowledge": "Je vous remercie d'accuser réception de la présente réclamation en "
                       "m'indiquant un numéro de référence, et de me répondre par écrit dans "
                       "les meilleurs délais.",
        "attachments": "Pièces jointes :",
        "attachment": "{label} ({date})",
        "attachments_more": "et {more} (voir l'index des preuves du dossier)",
        "fingerprint": "Empreinte de mon dossier de preuves au {date} : événement n° {seq}, "
                       "SHA-256 {digest} (journal chaîné BonusDesk).",
        "closing": "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                   "distinguées.",
        "chat_opening": "Bonjour,",
        "chat_formal": "Je dépose une réclamation formelle concernant mon compte {account}.",
        "chat_formal_no_account": "Je dépose une réclamation formelle concernant mon compte.",
        "chat_error": "Erreur affichée : {error}.",
        "chat_refs": "Références : {refs}.",
        "chat_evidence_one": "Je conserve {n} preuve horodatée (avec son empreinte SHA-256), "
                             "que je joindrai à ma réclamation écrite.",
        "chat_evidence_other": "Je conserve {n} preuves horodatées (avec leurs empreintes "
                               "SHA-256), que je joindrai à ma réclamation écrite.",
        "chat_ask": "Je vous demande {remedy}. Merci de m'indiquer un numéro de ticket.",
        "chat_closing": "Merci.",
        "more_one": "{n} autre pièce",
        "more_other": "{n} autres pièces",
        "screenshot_caption": "capture d'écran du {date} à {time}",
        "attachment_caption": "pièce jointe de l'e-mail {subject}",
        "forwarded_caption": "message transféré dans l'e-mail {subject}",
        "decrypted_caption": "copie déchiffrée de {name}",
        "remedy_" + Remedy.CREDIT_BONUS: "de créditer sur mon compte le bonus de {amount} auquel "
                                         "j'ai droit ou, si vous l'estimez non dû, de "
                                         "m'indiquer par écrit la condition précise de l'offre "
                                         "qui n'aurait pas été remplie",
        "remedy_" + Remedy.CREDIT_BONUS + "_plain": "de créditer sur mon compte le bonus auquel "
                                                    "j'ai droit ou, si vous l'estimez non dû, "
                                                    "de m'indiquer par écrit la condition "
                                                    "précise de l'offre qui n'aurait pas été "
                                                    "remplie",
        "remedy_" + Remedy.PROCESS_PAYMENT: "de traiter sans délai le paiement de {amount} ou, à "
                                            "défaut, de m'indiquer par écrit le motif précis "
                                            "de son blocage et sa durée",
        "remedy_" + Remedy.PROCESS_PAYMENT + "_plain": "de traiter sans délai mon paiement ou, à "
                                                       "défaut, de m'indiquer par écrit le "
                                                       "motif précis de son blocage et sa "
                                                       "durée",
        "remedy_" + Remedy.RESTORE_BALANCE: "de rétablir sur mon compte la somme de {amount} "
                                            "perdue à la suite de cette erreur ou, à défaut, "
                                            "de m'expliquer par écrit votre refus",
        "remedy_" + Remedy.RESTORE_BALANCE + "_plain": "de rétablir sur mon compte ce que cette "
                                                       "erreur m'a fait perdre ou, à défaut, "
                                                       "de m'expliquer par écrit votre refus",
        "remedy_" + Remedy.REVIEW_DECISION: "de réexaminer votre décision au regard des "
                                            "conditions de l'offre et de me verser les "
                                            "{amount} en cause ou, si vous la maintenez, de "
                                            "m'indiquer par écrit la clause précise sur "
                                            "laquelle elle repose",
        "remedy_" + Remedy.REVIEW_DECISION + "_plain": "de réexaminer votre décision au regard "
                                                       "des conditions de l'offre et, si vous "
                                                       "la maintenez, de m'indiquer par écrit "
                                                       "la clause précise sur laquelle elle "
                                                       "repose",
        "remedy_" + Remedy.EXPLAIN: "d'examiner ce problème, de régler les {amount} en cause et "
                                    "de m'en expliquer la cause par écrit",
        "remedy_" + Remedy.EXPLAIN + "_plain": "d'examiner ce problème et de m'expliquer par "
                                               "écrit sa cause et la solution que vous "
                                               "proposez",
        "next_fr-anj": "À défaut de réponse satisfaisante dans un délai de {duration}, je "
                       "saisirai le Médiateur des jeux en ligne (ANJ).",
        "next_uk": "Si vous ne pouvez pas résoudre ma réclamation, je vous remercie de "
                   "m'adresser votre réponse définitive en désignant l'organisme de règlement "
                   "extrajudiciaire des litiges (ADR) dont vous relevez ; sans réponse "
                   "définitive dans un délai de {duration}, je saisirai cet organisme.",
        "next_ecogra": "Si votre réponse définitive ne règle pas ce litige, je saisirai le "
                       "service de règlement des litiges d'eCOGRA.",
        "next_forum": "À défaut de réponse satisfaisante dans un délai de {duration}, je "
                      "publierai une réclamation documentée sur un forum public de "
                      "réclamations.",
        "next_": "À défaut de réponse satisfaisante dans un délai de {duration}, je saisirai "
                 "votre autorité de régulation ou l'organisme de règlement des litiges désigné "
                 "dans vos conditions générales.",
        "next_plain": "À défaut de réponse satisfaisante, je saisirai votre autorité de "
                      "régulation ou l'organisme de règlement des litiges désigné dans vos "
                      "conditions générales.",
        "hours_one": "{n} heure", "hours_other": "{n} heures",
        "days_one": "{n} jour", "days_other": "{n} jours",
        "working_days_one": "{n} jour ouvré", "working_days_other": "{n} jours ouvrés",
        "weeks_one": "{n} semaine", "weeks_other": "{n} semaines",
        "months_one": "{n} mois", "months_other": "{n} mois",
        "years_one": "{n} an", "years_other": "{n} ans",
        "field_account_id": "identifiant de compte",
        "field_error_code": "code d'erreur exact",
        "field_error_text": "texte exact de l'erreur",
        "field_transaction_id": "identifiant de transaction",
        "field_bonus_name": "nom du bonus",
        "field_bonus_amount": "montant du bonus",
        "field_currency": "devise",
        "field_did": "ce que vous avez fait",
        "field_expected": "ce que vous attendiez",
        "field_happened": "ce qui s'est passé",
    },
}

def phrase(lang: str, key: str) -> str:
    """The template ``key`` in ``lang`` (English when unknown), French spacing applied."""
    table = WORDS.get(lang, WORDS["en"])
    text = table[key]
    return french_spacing(text) if lang == "fr" else text


def has(lang: str, key: str) -> bool:
    return key in WORDS.get(lang, WORDS["en"])


def forms(lang: str, key: str) -> dict[str, str]:
    """Plural forms ``{"one": ..., "other": ...}`` of ``key`` (keys ``key_one``, ``key_other``)."""
    return {cat: phrase(lang, f"{key}_{cat}") for cat in ("one", "other")}


def value_words(value: str, lang: str) -> str:
    """An enum value in ``lang``: "bonus_not_credited" -> "bonus non crédité". The words
    are the shared vocabulary's (core/vocabulary.py), the ones the app and the PDF use."""
    return vocabulary.value_text(value, lang)


# The remedy a claim asks for when the player chose none, by category.
DEFAULT_REMEDY = {
    Category.BONUS_NOT_CREDITED: Remedy.CREDIT_BONUS,
    Category.PAYMENT_BLOCKED_OR_DELAYED: Remedy.PROCESS_PAYMENT,
    Category.ERROR_MESSAGE: Remedy.RESTORE_BALANCE,
    Category.TERMS_DISPUTE: Remedy.REVIEW_DECISION,
    Category.OTHER: Remedy.EXPLAIN,
}
