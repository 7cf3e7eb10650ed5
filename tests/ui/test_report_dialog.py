"""'Write my report': text from the fields, editable, copied, missing fields flagged."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

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
