"""Contacts without traps: checks before saving, the claim's zone, Return never saves by
surprise, corrections and withdrawals kept in History, statuses linked to a contact
already logged instead of a second one."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bonusdesk.core.model import Channel, Contact, Direction, Status
from bonusdesk.ui.followup.contact_dialog import ContactDialog
from bonusdesk.ui.followup.status_actions import ACTIONS

from .conftest import answer_modal, answer_modals, click_button


def _action(key):
    return next(a for a in ACTIONS if a.key == key)


def chat(folder, claim, **fields) -> Contact:
    values = dict(claim_id=claim.id, channel=Channel.CHAT,
                  at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC), zone="Europe/Paris",
                  direction=Direction.SENT, reference="T-1", summary="Reported on the chat")
    values.update(fields)
    return folder.contacts.add(Contact(**values))


def test_the_contact_dialog_starts_in_the_claims_zone(claim, window, folder):
    folder.claims.update(claim.id, incident_zone="America/Montreal")
    window.select_claim(claim.id)
    seen = []

    def look(dialog: ContactDialog):
        seen.append(dialog.when.zone())
        dialog.reject()

    answer_modal(window.commands.followup.log_contact, look)
    answer_modal(lambda: window.commands.followup.run_status_action(_action("reported")),
                 look)
    assert seen == ["America/Montreal", "America/Montreal"]  # the computer is in Paris


def test_return_in_a_field_moves_on_and_never_saves(qtbot, session, folder, claim):
    dialog = ContactDialog(claim.id, "Europe/Paris", "Log a contact", session=session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reference.setFocus()
    QTest.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.focusWidget() is dialog.agent  # Return went to the next field
    dialog.summary.setFocus()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible()  # a new line in the summary, nothing else


def test_ctrl_return_saves_after_the_checks(qtbot, session, folder, claim):
    dialog = ContactDialog(claim.id, "Europe/Paris", "Log a contact", channel=Channel.PHONE,
                           session=session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.when.edit.setDateTime(datetime(2026, 11, 20, 22, 0))
    dialog.summary.setPlainText("Called; they will check the deposit")
    dialog.summary.setFocus()  # even from the summary, where Return is a new line
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == 1 and not dialog.isVisible()


def test_warnings_are_shown_and_the_player_may_go_back_or_save_anyway(claim, window, folder):
    window.select_claim(claim.id)
    shown = []

    def fill(dialog: ContactDialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("contact_form"))
        dialog.when.edit.setDateTime(datetime(2026, 11, 19, 10, 0))  # before the incident

        def go_back(box):
            shown.append(box.text())
            click_button(box, "Go back and fix it")

        answer_modal(dialog.accept, go_back)  # the dialog stays open: fix it...
        assert dialog.isVisible()
        answer_modal(dialog.accept, lambda box: click_button(box, "Save anyway"))

    # ...or save anyway; a written report before the incident is not a report: no status.
    answer_modal(window.commands.followup.log_contact, fill)
    text = shown[0]
    assert "This time is before the incident (20/11/2026 21:15)" in text
    assert "The summary is empty" in text and "No ticket or reference number" in text
    (contact,) = folder.contacts.list(claim.id)
    assert contact.at == datetime(2026, 11, 19, 9, 0, tzinfo=UTC)


def test_a_written_report_in_time_marks_the_claim_reported_and_says_so(claim, window,
                                                                     folder):
    window.select_claim(claim.id)

    def fill(dialog: ContactDialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("contact_form"))
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 22, 5))
        dialog.reference.setText("T-48213")
        dialog.summary.setPlainText("Sent the report through the contact form")
        dialog.accept()

    answer_modal(window.commands.followup.log_contact, fill)
    assert folder.claims.get(claim.id).status == Status.REPORTED
    assert window.claim_view.status.text() == "Reported"
    assert window.statusBar().currentMessage().startswith("Status changed to: Reported")


def test_correcting_a_contact_keeps_the_original_in_history(claim, window, folder):
    contact = chat(folder, claim)
    window.select_claim(claim.id)
    tab = window.claim_view.contacts
    window.claim_view.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.model.index(0, 0))

    def fix(dialog: ContactDialog):
        assert dialog.reference.text() == "T-1"
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 21, 50))
        dialog.reason.setText("wrong time")
        dialog.accept()

    assert answer_modal(tab.correct_selected, fix)
    corrected = folder.contacts.get(contact.id)
    assert corrected.at == datetime(2026, 11, 20, 20, 50, tzinfo=UTC)
    assert tab.model.item(0, 4).text() == "Reported on the chat (corrected)"
    history = [row.text for row in window.claim_view.timeline.build_rows(
        folder, folder.claims.get(claim.id))]
    assert ("Contact corrected: When: 20/11/2026 22:00 → 20/11/2026 21:50 (wrong time)"
            in history)


def test_withdrawing_a_contact_asks_why_and_history_still_shows_it(claim, window, folder):
    contact = chat(folder, claim)
    window.select_claim(claim.id)
    tab = window.claim_view.contacts
    window.claim_view.tabs.setCurrentWidget(tab)
    tab.view.setCurrentIndex(tab.model.index(0, 0))

    def reason(dialog):
        dialog.setTextValue("logged twice")
        dialog.accept()

    assert answer_modal(tab.withdraw_selected, reason)
    assert folder.contacts.list(claim.id) == [] and tab.model.rowCount() == 0
    assert folder.contacts.get(contact.id).withdrawn_reason == "logged twice"
    tab.show_withdrawn.setChecked(True)
    assert tab.model.item(0, 4).text() == "Withdrawn (logged twice): Reported on the chat"
    assert tab.model.item(0, 4).font().strikeOut()
    assert tab.selected_id() is None  # a withdrawn entry is not corrected again
    rows = window.claim_view.timeline.build_rows(folder, folder.claims.get(claim.id))
    withdrawn = [r for r in rows if r.entry.withdrawn]
    assert [r.text for r in withdrawn] == [
        "Withdrawn (logged twice): Chat sent – ref. T-1 – Reported on the chat"]
    assert "Contact withdrawn: contact 1, because: logged twice" in [r.text for r in rows]


def test_i_reported_it_links_the_chat_just_logged_instead_of_a_second_contact(
        claim, window, folder):
    logged = chat(folder, claim)
    window.select_claim(claim.id)

    def link(dialog: ContactDialog):
        assert dialog.linked_id() == logged.id  # offered first, values shown read-only
        assert dialog.reference.text() == "T-1" and not dialog.reference.isEnabled()
        dialog.accept()

    assert answer_modal(lambda: window.commands.followup.run_status_action(
        _action("reported")), link)
    assert [c.id for c in folder.contacts.list(claim.id)] == [logged.id]  # no duplicate
    (change,) = [c for c in folder.claims.history(claim.id) if c.status == Status.REPORTED]
    assert change.contact_id == logged.id and change.at == logged.at


def test_a_status_action_can_still_log_a_new_contact(claim, window, folder):
    chat(folder, claim)
    window.select_claim(claim.id)

    def new(dialog: ContactDialog):
        dialog.link.setCurrentIndex(0)  # "A new contact"
        assert dialog.reference.isEnabled()
        dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 23, 0))
        dialog.reference.setText("T-2")
        dialog.summary.setPlainText("Report by e-mail")
        dialog.accept()

    answer_modal(lambda: window.commands.followup.run_status_action(_action("reported")), new)
    assert len(folder.contacts.list(claim.id)) == 2


def test_they_asked_for_information_prefills_the_due_date_from_the_linked_email(
        claim, window, folder):
    email = folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.EMAIL, direction=Direction.RECEIVED,
        at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC), zone="Europe/Paris", reference="T-9",
        summary="RE: Bonus\nsupport → me\n\nPourriez-vous nous envoyer une preuve de dépôt "
                "sous 48h ?"))
    window.select_claim(claim.id)

    def check(dialog: ContactDialog):
        assert dialog.linked_id() == email.id
        assert dialog.due_enabled.isChecked()
        assert dialog.due_at() == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
        assert dialog.asked.text() == "They ask for: the proof of payment"
        dialog.accept()

    answer_modal(lambda: window.commands.followup.run_status_action(_action("info")), check)
    saved = folder.claims.get(claim.id)
    assert saved.status == Status.INFO_REQUESTED
    assert saved.info_due_at == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def test_logging_a_chat_asks_whether_it_was_the_report(claim, window, folder):
    window.select_claim(claim.id)

    def fill(dialog: ContactDialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 22, 5))
        dialog.reference.setText("C-1")
        dialog.summary.setPlainText("Told the agent about the missing bonus")
        dialog.accept()

    answer_modals(window.commands.followup.log_contact, fill,
                  lambda box: click_button(box, "Record it"))
    (change,) = [c for c in folder.claims.history(claim.id) if c.status == Status.REPORTED]
    assert change.contact_id == folder.contacts.list(claim.id)[0].id
    assert change.written is False  # a chat: the next step will ask for it in writing
