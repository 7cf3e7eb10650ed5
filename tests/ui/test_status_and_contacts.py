"""Status actions record a contact and the time; contacts tab; timeline."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from bonusdesk.core.model import Channel, Contact, Direction, Status
from bonusdesk.ui.followup.status_actions import ACTIONS
from bonusdesk.ui.followup.timeline_tab import TimelineTab

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
    assert not answer_modal(run_action(window, "escalate"),
                            lambda d: d.reject())
    assert folder.claims.get(claim.id).status == Status.DRAFT
    assert folder.contacts.list(claim.id) == []


def test_status_actions_have_shortcuts_and_are_disabled_without_a_claim(window):
    keys = [a.shortcut().toString() for a in window.commands.followup.status_actions.values()]
    assert keys == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    assert not any(a.isEnabled() for a in window.commands.followup.status_actions.values())


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


def test_timeline_lists_incident_status_and_contacts_in_time_order(qtbot, session, folder,
                                                                   claim):
    contact = folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.CHAT, at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC),
        zone="Europe/Paris", reference="T-1"))
    folder.claims.set_status(claim.id, Status.REPORTED, contact_id=contact.id,
                             at=datetime(2026, 11, 20, 21, 1, tzinfo=UTC))
    folder.claims.update(claim.id, promo_code="NEW10")
    tab = TimelineTab(session)
    qtbot.addWidget(tab)
    entries = tab.entries(folder, folder.claims.get(claim.id))
    assert "Claim details changed: promo code" in [text for _w, _k, text, _x in entries]
    kinds = [k for _when, k, _text, _x in entries]
    assert kinds[:3] == ["Incident", "Contact", "Status"]
    assert entries[2][2] == "Reported"
    tab.load(folder, claim, "Europe/Paris")
    assert tab.model.item(0, 0).text() == "20/11/2026 21:15"  # Paris: the computer's zone


def test_closing_a_claim_archives_it_without_deleting_anything(window, folder, claim):
    window.select_claim(claim.id)
    answer_modal(window.commands.claims.act_close_claim.trigger,
                 lambda d: (d.setTextValue("Settled by phone"), d.accept()))
    saved = folder.claims.get(claim.id)
    assert saved.status == Status.CLOSED
    assert folder.claims.history(claim.id)[-1].note == "Settled by phone"
    assert window.proxy.rowCount() == 0  # the default filter shows open claims
