"""The package made for one recipient (its summary page and checklist) and the summary
warning when the claim's route needs a written complaint it does not have."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core.model import Channel, Claim, Contact, Platform, PlatformKind
from bonusdesk.export import ExportOptions, export_claim

from .helpers import pdftotext

PARIS = "Europe/Paris"


def words(text: str) -> str:
    return " ".join(text.split())


def anj_claim(folder) -> Claim:
    platform = folder.claims.add_platform(Platform("Paris Étoile", kind=PlatformKind.SPORTSBOOK,
                                                   regulator="ANJ"))
    claim = folder.claims.create(Claim("Pari annulé", platform.id,
                                       datetime(2026, 11, 20, 20, 15, tzinfo=UTC), PARIS))
    folder.contacts.add(Contact(claim.id, Channel.CHAT, datetime(2026, 11, 21, 9, tzinfo=UTC),
                                PARIS))
    return claim


def test_summary_warns_that_the_mediator_will_refuse_without_a_written_complaint(
        folder, tmp_path):
    claim = anj_claim(folder)
    export_claim(folder, claim.id, tmp_path / "fr.pdf", ExportOptions(lang="fr",
                                                                      attachments=False))
    assert ("Pas encore de réclamation écrite : le médiateur refusera le dossier."
            in words(pdftotext(tmp_path / "fr.pdf", 1, 1)))
    export_claim(folder, claim.id, tmp_path / "en.pdf", ExportOptions(lang="en"))
    assert ("No written complaint yet: the mediator will refuse the case."
            in words(pdftotext(tmp_path / "en.pdf", 1, 1)))
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, datetime(2026, 11, 22, tzinfo=UTC),
                                PARIS))
    export_claim(folder, claim.id, tmp_path / "after.pdf", ExportOptions(lang="fr"))
    assert "Pas encore de réclamation écrite" not in words(pdftotext(tmp_path / "after.pdf",
                                                                      1, 1))


def test_a_recipient_package_opens_with_its_summary_checklist_and_letter(folder, tmp_path):
    platform = folder.claims.add_platform(Platform("Lucky UK", regulator="UKGC", adr="uk-ibas"))
    claim = folder.claims.create(Claim("Bet voided", platform.id,
                                       datetime(2026, 11, 20, 20, 15, tzinfo=UTC), PARIS,
                                       account_id="ACC-9"))
    out = tmp_path / "ibas.pdf"
    export_claim(folder, claim.id, out, ExportOptions(lang="en", recipient="uk-ibas"))
    first = words(pdftotext(out, 1, 1))
    assert first.startswith("BonusDesk") and "Referral file for IBAS" in first
    assert "PO BOX 62639" in first and "Is the file complete?" in first
    assert "6 items missing." in first and "needs the bet" in first  # the cell wraps
    assert "Where to fill it in" in first and "Transactions" in first
    assert "Sources of the rules applied" in first
    second = words(pdftotext(out, 2, 2))
    assert "Referral letter" in second and "Dear Sir or Madam," in second


def test_the_referral_letter_as_the_player_edited_it_goes_into_the_package(folder,
                                                                           tmp_path):
    claim = anj_claim(folder)
    edited = ("Demande de médiation : pari annulé\n\nMadame, Monsieur,\n\n"
              "J'ajoute le relevé de mon compte du 21 novembre.\n")
    out = tmp_path / "mediateur.pdf"
    export_claim(folder, claim.id, out, ExportOptions(
        lang="fr", recipient="fr-mediateur-jeux", referral_letter=edited))
    letter = words(pdftotext(out, 2, 2))
    assert "Demande de médiation : pari annulé" in letter
    assert "J'ajoute le relevé de mon compte du 21 novembre." in letter
    assert "Demande de médiation : litige avec" not in letter  # not the claim's own
