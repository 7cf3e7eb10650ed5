"""Status actions record a contact and the time; the contact dialog's written /
counterpart / transcript / final response fields; contacts tab; history."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from bonusdesk.core.model import Channel, Contact, Counterpart, Direction, Status
from bonusdesk.ui.followup.contact_dialog import ContactDialog
from bonusdesk.ui.followup.status_actions import ACTIONS

from .conftest import answer_modal, answer_modals, click_button


def _action(key):
    return next(a for a in ACTIONS if a.key == key)


def run_action(window, key):
    return lambda: window.commands.followup.run_status_action(_action(key))


def test_i_reported_it_records_the_contact_and_the_status_at_the_given_time(window, folder,
                                                                             claim):
    window.select_claim(claim.id)

    def fill(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("contact_form"))
        dialog.when.zone_box.set_zone("Europe/Paris")
        dialog.when.edit.setDateTime(datetime(2026, 11, 20, 22, 5))
        dialog.reference.setText("T-48213")
        dialog.summary.setPlainText("Sent the report with 3 screenshots")
        dialog.accept()

    assert answer_modal(run_action(window, "reported"), fill)
    (contact,) = folder.contacts.list(claim.id)
    assert contact.channel == Channel.CONTACT_FORM
    assert contact.direction == Direction.SENT
    assert contact.reference == "T-48213"
    assert contact.at == datetime(2026, 11, 20, 21, 5, tzinfo=UTC)
    (change,) = [c for c in folder.claims.history(claim.id) if c.contact_id == contact.id]
    assert change.status == Status.REPORTED
    assert change.at == contact.at
    assert window.claim_view.claim.status == Status.REPORTED
    assert window.claim_view.status.text() == "Reported"


def test_info_request_with_a_deadline_sets_the_answer_due_time(window, folder, claim):
    window.select_claim(claim.id)

    def fill(dialog):
        dialog.reference.setText("T-48213")
        dialog.summary.setPlainText("Please send a bank statement")
        dialog.due_enabled.setChecked(True)
        dialog.due.zone_box.set_zone("Europe/Paris")
        dialog.due.edit.setDateTime(datetime(2026, 11, 27, 18, 0))
        dialog.accept()

    assert answer_modal(run_action(window, "info"), fill)
    saved = folder.claims.get(claim.id)
    assert saved.status == Status.INFO_REQUESTED
    assert saved.info_due_at == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    assert folder.contacts.list(claim.id)[0].direction == Direction.RECEIVED


def test_resolved_offers_accepted_or_rejected(window, folder, claim):
    window.select_claim(claim.id)

    def fill(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Status.RESOLVED_REJECTED))
        dialog.reference.setText("T-48213")
        dialog.summary.setPlainText("They refuse: wagering not met")
        dialog.accept()

    assert answer_modal(run_action(window, "resolved"), fill)
    assert folder.claims.get(claim.id).status == Status.RESOLVED_REJECTED


def test_cancelling_a_status_action_changes_nothing(window, folder, claim):
    window.select_claim(claim.id)
    assert not answer_modal(run_action(window, "answered"),
                            lambda d: d.reject())
    assert folder.claims.get(claim.id).status == Status.DRAFT
    assert folder.contacts.list(claim.id) == []


def test_status_actions_have_shortcuts_and_are_disabled_without_a_claim(window):
    keys = [a.shortcut().toString() for a in window.commands.followup.status_actions.values()]
    assert keys == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    assert not any(a.isEnabled() for a in window.commands.followup.status_actions.values())
    # Ctrl+5 is no contact form any more: it opens "Refer to a mediator / ADR".
    refer = window.commands.escalation.act_refer
    assert refer.shortcut().toString() == "Ctrl+5" and not refer.isEnabled()
    assert refer in window.status_toolbar.actions()


def test_log_a_contact_from_the_contacts_tab(window, folder, claim):
    window.select_claim(claim.id)
    tab = window.claim_view.contacts

    def fill(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        dialog.agent.setText("Julie")
        dialog.summary.setPlainText("Called, they will check")
        dialog.accept()

    # A call to the operator could be the report: BonusDesk asks, the player says no.
    answer_modals(tab.add_contact, fill, lambda box: click_button(box, "Not now"))
    (contact,) = folder.contacts.list(claim.id)
    assert (contact.channel, contact.agent) == (Channel.PHONE, "Julie")
    assert tab.model.rowCount() == 1
    assert folder.claims.get(claim.id).status == Status.DRAFT  # logging alone keeps status


def test_importing_an_eml_creates_a_received_contact(window, qtbot, folder, claim, tmp_path):
    msg = EmailMessage()
    msg["From"] = "support@etoile.example"
    msg["To"] = "me@example.org"
    msg["Subject"] = "Re: bonus [Ticket #55120]"
    msg["Date"] = "Fri, 20 Nov 2026 23:00:00 +0100"
    msg.set_content("We are looking into it.")
    path = tmp_path / "reply.eml"
    path.write_bytes(msg.as_bytes())
    window.select_claim(claim.id)
    contacts = window.claim_view.contacts
    with qtbot.waitSignal(contacts.import_finished, timeout=10000):
        assert contacts.import_eml(path)
    (contact,) = folder.contacts.list(claim.id)
    assert contact.direction == Direction.RECEIVED
    assert contact.channel == Channel.EMAIL
    assert window.claim_view.contacts.model.rowCount() == 1


def test_closing_a_claim_archives_it_without_deleting_anything(window, folder, claim):
    window.select_claim(claim.id)
    answer_modal(window.commands.claims.act_close_claim.trigger,
                 lambda d: (d.setTextValue("Settled by phone"), d.accept()))
    saved = folder.claims.get(claim.id)
    assert saved.status == Status.CLOSED
    assert folder.claims.history(claim.id)[-1].note == "Settled by phone"
    assert window.proxy.rowCount() == 0  # the default filter shows open claims


def test_the_written_box_follows_the_channel_until_the_user_says_otherwise(qtbot, claim):
    dialog = ContactDialog(claim.id, "Europe/Paris", "Log a contact")
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
    assert not dialog.written.isChecked() and dialog.transcript.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    assert dialog.written.isChecked() and not dialog.transcript.isEnabled()
    assert dialog.contact().written is None  # the channel says it: nothing to override
    dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
    dialog.written.click()  # a chat transcript sent by e-mail afterwards: written
    dialog.transcript.setChecked(True)
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    assert dialog.written.isChecked()  # the user's answer stays
    contact = dialog.contact()
    assert (contact.channel, contact.written, contact.transcript_kept) == (
        Channel.PHONE, True, True)
    assert contact.is_written


def test_only_an_answer_received_from_the_operator_can_be_its_final_response(qtbot, claim):
    dialog = ContactDialog(claim.id, "Europe/Paris", "Log a contact",
                           direction=Direction.RECEIVED, final_response=True)
    qtbot.addWidget(dialog)
    assert dialog.final_response.isEnabled() and dialog.final_response.isChecked()
    dialog.counterpart.setCurrentIndex(dialog.counterpart.findData("adr"))
    assert not dialog.final_response.isEnabled() and not dialog.contact().final_response
    assert dialog.contact().counterpart == Counterpart.ADR
    dialog.counterpart.setCurrentIndex(dialog.counterpart.findData("operator"))
    dialog.direction.setCurrentIndex(dialog.direction.findData("sent"))
    assert not dialog.final_response.isEnabled()


def test_final_answer_records_the_operators_final_response(window, folder, claim):
    window.select_claim(claim.id)

    def fill(dialog):
        assert dialog.final_response.isChecked()  # what a final answer is, by default
        dialog.channel.setCurrentIndex(dialog.channel.findData("letter"))
        dialog.summary.setPlainText("We maintain our decision.")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Status.RESOLVED_REJECTED))
        dialog.accept()

    assert answer_modal(run_action(window, "resolved"), fill)
    (contact,) = folder.contacts.list(claim.id)
    assert contact.final_response and contact.direction == Direction.RECEIVED
    assert contact.channel == Channel.LETTER and contact.counterpart == Counterpart.OPERATOR


def test_the_contacts_list_says_what_was_written_and_the_final_response(window, folder,
                                                                        claim):
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.CHAT,
                                at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC),
                                zone="Europe/Paris", summary="Asked in the chat"))
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
                                zone="Europe/Paris", direction=Direction.RECEIVED,
                                final_response=True, summary="We maintain our decision"))
    window.select_claim(claim.id)
    model = window.claim_view.contacts.model
    rows = [[model.item(r, c).text() for c in (1, 4)] for r in range(model.rowCount())]
    assert rows == [["Chat, not in writing", "Asked in the chat"],
                    ["E-mail, in writing", "Final response: We maintain our decision"]]


def test_an_answer_already_logged_is_marked_as_the_final_response(window, folder, claim):
    """An imported e-mail turns out to be the operator's deadlock letter: marked from the
    Contacts tab, it is what the ADR body's file needs."""
    folder.claims.update_platform(claim.platform_id, regulator="UKGC",
                                  adr="uk-ibas")
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=datetime(2026, 11, 20, 22, 0, tzinfo=UTC),
                                zone="Europe/Paris", summary="My complaint"))
    answer = folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.EMAIL, at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        zone="Europe/Paris", direction=Direction.RECEIVED, summary="We maintain our decision"))
    window.session.clock = lambda: datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    window.select_claim(claim.id)
    view = window.claim_view
    view.tabs.setCurrentWidget(view.escalation)
    view.escalation.recipient.setCurrentIndex(view.escalation.recipient.findData("uk-ibas"))
    waited = {i.key: i for i in view.escalation.ready.items()}["wait_elapsed"]
    assert waited.state == "missing"  # 8 weeks from 20 Nov, or the final response
    tab = view.contacts
    view.tabs.setCurrentWidget(tab)
    tab.select_contact(answer.id - 1)  # what the player sent: it cannot be a final response
    assert not tab.final_button.isEnabled()
    tab.select_contact(answer.id)
    assert tab.final_button.isEnabled()
    tab.final_button.click()

    assert folder.contacts.get(answer.id).final_response
    assert tab.model.item(1, 4).text() == "Final response: We maintain our decision"
    assert tab.selected_contact().id == answer.id  # the selection survives the reload
    assert tab.final_button.text() == "Un&mark the final response"
    view.tabs.setCurrentWidget(view.escalation)
    waited = {i.key: i for i in view.escalation.ready.items()}["wait_elapsed"]
    assert waited.state == "ok"  # IBAS may be asked now

    view.tabs.setCurrentWidget(tab)
    tab.final_button.click()  # a mistake is taken back the same way
    assert not folder.contacts.get(answer.id).final_response
    assert tab.final_button.text() == "&Mark as the final response"
