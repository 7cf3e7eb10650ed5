""""Your details" (the folder's player profile, not a Settings-only name), and the
Details tab's remedy and transactions."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bonusdesk.core import profile
from bonusdesk.core.escalations import list_transactions
from bonusdesk.core.model import Remedy, TransactionKind
from bonusdesk.ui.settings.profile_dialog import ProfileDialog
from bonusdesk.ui.settings.settings_dialog import SettingsDialog

from .conftest import answer_modal


def test_your_details_are_saved_in_the_claim_folder(window, folder, prefs):
    seen = []
    window.session.profile_changed.connect(lambda: seen.append(True))

    def fill(dialog: ProfileDialog):
        dialog.name.setText("Camille Martin")
        dialog.email.setText("camille@example.org")
        dialog.address.setPlainText("12 rue des Lilas\n75011 Paris")
        dialog.accept()

    answer_modal(window.commands.settings.act_profile.trigger, fill)
    saved = profile.load(folder)
    assert (saved.name, saved.email, saved.postal_address) == (
        "Camille Martin", "camille@example.org", "12 rue des Lilas\n75011 Paris")
    assert seen == [True]
    assert prefs.user_name == ""  # nothing kept beside the folder


def test_the_name_older_versions_kept_in_settings_is_offered_once(qtbot, session, prefs):
    prefs.user_name = "Camille Martin"
    dialog = ProfileDialog(session, legacy_name=prefs.user_name)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Camille Martin"
    dialog.accept()
    assert profile.load(session.folder).name == "Camille Martin"


def test_a_wrong_email_is_refused_and_nothing_is_saved(qtbot, session, monkeypatch):
    warned = []
    monkeypatch.setattr("bonusdesk.ui.settings.profile_dialog.QMessageBox.warning",
                        lambda *a: warned.append(a[2]))
    dialog = ProfileDialog(session)
    qtbot.addWidget(dialog)
    dialog.name.setText("Camille")
    dialog.email.setText("camille at example")
    dialog.accept()
    assert warned and "e-mail" in warned[0]
    assert dialog.result() == 0  # not accepted: the user corrects the address
    assert profile.load(session.folder).is_empty


def test_settings_have_no_name_of_their_own_but_open_your_details(qtbot, prefs):
    opened = []
    dialog = SettingsDialog(prefs, "", open_profile=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "user_name")
    dialog.profile_button.click()
    assert opened == [True]
    closed = SettingsDialog(prefs, "")  # no folder open: nowhere to keep them
    qtbot.addWidget(closed)
    assert not closed.profile_button.isEnabled()


def test_the_remedy_and_its_amount_are_saved_from_the_details_tab(window, folder, claim):
    window.select_claim(claim.id)
    details = window.claim_view.details
    assert details.remedy.currentData() == "auto"
    assert "credit the bonus" in details.remedy_hint.text()  # a bonus claim's default
    details.remedy.setCurrentIndex(details.remedy.findData("review_decision"))
    assert not details.remedy_hint.isVisibleTo(details)
    details.edits["remedy_amount"].setText("150.00")
    assert details.save()
    saved = folder.claims.get(claim.id)
    assert (saved.remedy, saved.remedy_amount) == (Remedy.REVIEW_DECISION, "150.00")


def test_a_bet_is_added_to_the_claim_and_removed_again(window, folder, claim, monkeypatch):
    window.select_claim(claim.id)
    box = window.claim_view.details.transactions
    assert box.model.rowCount() == 0 and box.empty.isVisibleTo(box)

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("bet"))
        dialog.reference.setText("SLIP-77")
        dialog.amount.setText("5.00")
        dialog.bet_type.setText("single")
        dialog.when.zone_box.set_zone("Europe/Paris")
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 21, 0))
        dialog.accept()

    assert answer_modal(box.add, fill)
    (bet,) = list_transactions(folder, claim.id)
    assert (bet.kind, bet.reference, bet.amount, bet.currency, bet.bet_type) == (
        TransactionKind.BET, "SLIP-77", "5.00", "EUR", "single")
    assert bet.at == datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    assert [box.model.item(0, c).text() for c in range(4)] == [
        "Bet", "SLIP-77", "€5.00", "single"]
    monkeypatch.setattr("bonusdesk.ui.claims.transactions_box.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    box.view.setCurrentIndex(box.model.index(0, 0))
    assert box.remove_selected()
    assert list_transactions(folder, claim.id) == [] and box.model.rowCount() == 0


def test_a_transaction_with_nothing_in_it_is_refused_and_asked_again(window, folder, claim,
                                                                     monkeypatch):
    window.select_claim(claim.id)
    box = window.claim_view.details.transactions
    warned, rounds = [], []
    monkeypatch.setattr("bonusdesk.ui.claims.transactions_box.QMessageBox.warning",
                        lambda *a: warned.append(a[2]))

    def fill(dialog):
        rounds.append(True)
        if len(rounds) == 1:
            dialog.has_time.setChecked(False)  # no reference, no amount, no time
            dialog.accept()
        else:
            dialog.reject()

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        fill(dialog)
        if len(rounds) < 2:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert not box.add()
    assert len(rounds) == 2 and "at least a reference" in warned[0]
    assert list_transactions(folder, claim.id) == []
