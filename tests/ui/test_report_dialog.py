"""'Write my report': the letter or the chat message from the claim, the same text as
`bonusdesk-cli report`, editable, counted, copied; missing fields flagged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bonusdesk.core import profile
from bonusdesk.core.report_text import CHAT_LIMIT
from bonusdesk.ui.report.report_dialog import ReportDialog

from .conftest import answer_modal


def test_report_is_written_from_the_claim_and_copied_to_the_clipboard(window, claim):
    window.select_claim(claim.id)
    seen = {}

    def check(dialog: ReportDialog):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        seen["subject"] = dialog.subject.text()
        seen["body"] = dialog.body.toPlainText()
        dialog.body.appendPlainText("PS: my own words")
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        seen["french"] = dialog.body.toPlainText()
        seen["missing"] = dialog.missing()
        dialog.reject()

    answer_modal(window.commands.report.write_report, check)
    assert claim.title in seen["subject"]
    assert "BNS-402" in seen["body"] and "PLAYER-4411" in seen["body"]
    assert "Casino Étoile" in seen["body"]
    assert seen["clipboard"].endswith("PS: my own words")
    assert seen["french"].startswith("Madame, Monsieur,")
    assert seen["missing"] == ["__evidence"]  # no screenshot yet


def test_missing_fields_are_flagged_and_fix_goes_to_details(window, folder, claim):
    folder.claims.update(claim.id, account_id="", transaction_id="")
    window.select_claim(claim.id)
    window.claim_view.tabs.setCurrentWidget(window.claim_view.evidence)
    seen = {}

    def check(dialog: ReportDialog):
        seen["missing"] = dialog.missing()
        seen["text"] = dialog.missing_label.text()
        dialog._fix()

    answer_modal(window.commands.report.write_report, check)
    assert seen["missing"] == ["account_id", "transaction_id", "__evidence"]
    assert seen["text"].startswith("3 items missing")
    assert window.claim_view.tabs.currentWidget() is window.claim_view.details


def test_unsaved_details_are_in_the_report(window, claim):
    window.select_claim(claim.id)
    window.claim_view.details.edits["round_id"].setText("ROUND-55")
    seen = {}
    answer_modal(window.commands.report.write_report,
                 lambda d: (seen.setdefault("body", d.body.toPlainText()), d.reject()))
    assert "ROUND-55" in seen["body"]


@pytest.mark.parametrize(("lang", "form"), [("fr", "letter"), ("en", "chat")])
def test_the_dialog_shows_the_text_bonusdesk_cli_report_prints(qtbot, session, folder, claim,
                                                               run_cli, lang, form):
    profile.save(folder, name="Camille Martin", email="camille@example.org")
    folder.claims.update(claim.id, remedy="credit_bonus", recurrence="every_time")
    dialog = ReportDialog(session, claim.id, lang)
    qtbot.addWidget(dialog)
    dialog.form.setCurrentIndex(dialog.form.findData(form))
    printed = run_cli("report", claim.id, "--lang", lang, "--form", form, folder=folder.path,
                      check=0).stdout
    assert dialog.full_text() + "\n" == printed
    assert ("Camille Martin" in printed) == (form == "letter")  # a chat message is unsigned


def test_the_chat_message_counts_its_characters_against_the_chat_limit(qtbot, session, claim):
    dialog = ReportDialog(session, claim.id, "en")
    qtbot.addWidget(dialog)
    dialog.form.setCurrentIndex(dialog.form.findData("chat"))
    assert not dialog.subject.isVisibleTo(dialog)  # a chat box has no subject
    n = len(dialog.body.toPlainText())
    assert 0 < n <= CHAT_LIMIT
    assert dialog.count.text() == f"{n:,} characters of the 1,000 a chat box takes"
    dialog.body.setPlainText("x" * 1200)
    assert dialog.count.text() == ("1,200 characters: more than the 1,000 a chat box takes, "
                                   "shorten it")
    assert "#b91c1c" in dialog.count.styleSheet()
    dialog.form.setCurrentIndex(dialog.form.findData("letter"))
    assert dialog.count.text() == f"{len(dialog.body.toPlainText()):,} characters"


def test_the_letter_is_signed_from_your_details_and_follows_them(qtbot, session, folder, claim):
    dialog = ReportDialog(session, claim.id, "en")
    qtbot.addWidget(dialog)
    assert "not signed" in dialog.signature.text()
    session.save_profile(name="Camille Martin")
    assert dialog.body.toPlainText().rstrip().endswith("Camille Martin")
    assert dialog.signature.text().startswith("Signed: Camille Martin")
