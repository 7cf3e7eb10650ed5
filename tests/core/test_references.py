"""Only real reference shapes become "previous reference numbers" in the letter."""

from __future__ import annotations

import pytest

from bonusdesk.core.references import ticket_reference

# Subjects as they arrive from casinos, banks, mail systems and mailing lists.
WITH_REFERENCE = [
    ("Re: Ticket #558812 – bonus de bienvenue", "558812"),
    ("Ticket #884211 – votre réclamation", "884211"),
    ("[Case: 00123456] Your withdrawal request", "00123456"),
    ("RE: [#SUP-20931] Bonus not credited", "SUP-20931"),
    ("Your request 4512-AB has been updated", "4512-AB"),
    ("Réf. : DOS-2026-1142 – pièces justificatives", "DOS-2026-1142"),
    ("Votre demande n° 78451 a été mise à jour", "78451"),
    ("Numéro de dossier : 2026/11/4412", "2026/11/4412"),
    ("Ihre Anfrage Nr. 123456 – Bonusgutschrift", "123456"),
    ("Su caso número 98765 ha sido cerrado", "98765"),
    ("Richiesta n. 44521: verifica documenti", "44521"),
    ("Ticket ID: T-5521 updated", "T-5521"),
    ("Confirmation de dépôt n°2026-555", "2026-555"),
    ("Re: Your request for case 12345", "12345"),
    ("[Casino Étoile] Réclamation REC-7781 reçue", "REC-7781"),
    ("Incident INC0012345 opened", "INC0012345"),
]

WITHOUT_REFERENCE = [
    "Delivery Notification",
    "Delivery Status Notification (Failure)",
    "Bollettino Meteorologico",
    "Your Casino Royale withdrawal",
    "Relevé de compte Novembre",
    "Request for documents",
    "Re: Your case has been updated",
    "Ticket closed",
    "Case 2 of your complaint",
    "Ref: your withdrawal of 100 EUR",
    "Demande de pièces justificatives",
    "Nouveauté : 50 tours gratuits",
    "Référencement de votre compte",
    "Casebook notification",
    "Dossier complet",
    "Welcome bonus 100% up to 200 €",
    "No subject",
    "Ticketmaster: your order",
    "Re: [Python-Dev] PEP 8 question",
    "",
]


@pytest.mark.parametrize("subject,expected", WITH_REFERENCE)
def test_reference_shapes_are_found(subject, expected):
    assert ticket_reference(subject) == expected


@pytest.mark.parametrize("subject", WITHOUT_REFERENCE)
def test_ordinary_words_are_never_references(subject):
    assert ticket_reference(subject) == ""


def test_player_confirms_or_removes_a_detected_reference(cli_folder, run_cli, tmp_path):
    from tests.factories import write_eml

    run_cli("evidence", "add", "1", write_eml(tmp_path / "r.eml"), folder=cli_folder, check=0)
    listed = run_cli("contact", "list", "1", folder=cli_folder, check=0).stdout
    assert "558812 (detected: confirm or remove)" in listed
    run_cli("contact", "reference", "1", folder=cli_folder, check=0)
    listed = run_cli("contact", "list", "1", folder=cli_folder, check=0).stdout
    assert "558812" in listed and "detected" not in listed
    run_cli("contact", "reference", "1", "--remove", folder=cli_folder, check=0)
    import json

    shown = json.loads(run_cli("contact", "list", "1", "--json", folder=cli_folder,
                               check=0).stdout)
    assert shown[0]["reference"] == "" and shown[0]["reference_origin"] == ""
    again = run_cli("contact", "reference", "1", folder=cli_folder, check=2)
    assert "no reference to confirm" in again.stderr
