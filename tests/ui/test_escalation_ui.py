"""Escalation in the app: the summary warning, "Ready for …?", "Refer to a mediator /
ADR" (who, where, by when, the file, the letter, the package, the record) and the
claim's referrals; and the whole way from a chat to a recorded referral."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from bonusdesk.core import profile
from bonusdesk.core.escalations import list_escalations
from bonusdesk.core.model import (
    Channel,
    Claim,
    Contact,
    Direction,
    EscalationStatus,
    Platform,
    PlatformKind,
    Status,
)
from bonusdesk.ui.escalation.refer_dialog import ReferDialog

from ..export.helpers import pdftotext
from .conftest import answer_modal
from .test_evidence_gallery import make_png

PARIS = "Europe/Paris"
NOW = datetime(2026, 12, 15, 10, 0, tzinfo=UTC)  # 24 days after the written e-mail below


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def anj_claim(folder, tmp_path):
    """A sports bet with a French (ANJ) operator, reported only through its chat."""
    platform = folder.claims.add_platform(Platform(
        "Paris Sportif", kind=PlatformKind.SPORTSBOOK, regulator="ANJ",
        support_email="aide@parisportif.example"))
    claim = folder.claims.create(Claim(
        title="Pari gagnant annulé", platform_id=platform.id,
        incident_at=utc(2026, 11, 20, 20, 15), incident_zone=PARIS, account_id="JOUEUR-77",
        transaction_id="SLIP-77", bonus_amount="50.00", currency="EUR",
        did="Pari de 5 € sur le match", expected="Un gain de 50 €",
        happened="Le pari a été annulé après le match"))
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.CHAT,
                                at=utc(2026, 11, 20, 21, 0), zone=PARIS, reference="CHAT-1",
                                summary="Signalé au chat", direction=Direction.SENT))
    folder.evidence.import_file(claim.id, make_png(tmp_path / "pari.png"))
    profile.save(folder, name="Camille Martin", email="camille@example.org")
    return claim


def open_claim(window, claim, when=NOW):
    window.session.clock = lambda: when
    window.select_claim(claim.id)
    return window.claim_view


def test_a_claim_with_only_a_chat_warns_that_the_mediator_will_refuse_it(window, anj_claim):
    view = open_claim(window, anj_claim)
    assert view.alerts.isVisibleTo(view)
    assert [a.key for a in view.alerts.alerts] == ["no_written_complaint"]
    assert "No written complaint yet: the mediator will refuse the case" in \
        view.alerts.text.text()


def test_an_unknown_regulator_is_a_warning_with_a_way_to_pick_one(window, folder, claim):
    folder.claims.update_platform(claim.platform_id, regulator="Nowhere Gaming Board")
    view = open_claim(window, claim)
    assert [a.key for a in view.alerts.alerts] == ["unknown_regulator"]

    def pick(dialog):
        dialog.regulator.setCurrentIndex(dialog.regulator.findData("uk-operator"))
        dialog.accept()

    assert answer_modal(lambda: view.alerts.act("unknown_regulator"), pick)
    assert not view.alerts.isVisibleTo(view)  # the platform signal cleared it


def test_ready_for_defaults_to_the_next_step_and_links_missing_items(window, folder,
                                                                     anj_claim):
    view = open_claim(window, anj_claim)
    tab = view.escalation
    view.tabs.setCurrentWidget(tab)
    assert tab.recipient.currentData() == "fr-mediateur-jeux"
    items = {i.key: i for i in tab.ready.items()}
    assert items["written_complaint"].state == "missing"
    assert items["written_complaint"].where == "contacts"
    assert "href='contacts'" in tab.ready.list.text()
    assert tab.ready.verdict.text().startswith("<b>Not ready:")
    tab.ready.link_activated.emit("contacts")  # the user clicks "Fill in: Contacts"
    assert view.tabs.currentWidget() is view.contacts
    view.tabs.setCurrentWidget(tab)
    tab.ready.link_activated.emit("transactions")
    assert view.tabs.currentWidget() is view.details


def test_ready_for_follows_the_player_profile(window, folder, anj_claim):
    view = open_claim(window, anj_claim)
    view.tabs.setCurrentWidget(view.escalation)
    window.session.save_profile(email="")
    items = {i.key: i for i in view.escalation.ready.items()}
    assert items["player_email"].state == "missing" and items["player_email"].where == "profile"


def test_the_referral_dialog_shows_who_where_when_and_the_letter_in_french(qtbot, session,
                                                                           folder, anj_claim):
    folder.contacts.add(Contact(claim_id=anj_claim.id, channel=Channel.EMAIL,
                                at=utc(2026, 11, 21, 9, 0), zone=PARIS, reference="T-9",
                                direction=Direction.SENT))
    session.clock = lambda: NOW
    dialog = ReferDialog(session, anj_claim.id)
    qtbot.addWidget(dialog)
    assert dialog.recipient_key() == "fr-mediateur-jeux"
    assert "Médiateur des jeux en ligne" in dialog.who.text()
    assert "mediateurdesjeuxenligne.fr" in dialog.where.text()
    assert "11 boulevard Gallieni" in dialog.where.text()
    assert dialog.language.currentData() == "fr"
    letter = dialog.letter.toPlainText()
    assert letter.startswith("Demande de médiation")
    assert "Madame, Monsieur," in letter and "Camille Martin" in letter
    assert dialog.ready.readiness.ready
    assert "You may refer from 11 December 2026" in dialog.ready.dates.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.letter.toPlainText().startswith("Referral of a dispute with Paris Sportif")


def test_the_bodys_package_is_exported_through_the_export_job(qtbot, session, folder,
                                                              anj_claim, tmp_path):
    session.clock = lambda: NOW
    dialog = ReferDialog(session, anj_claim.id, "fr-mediateur-jeux")
    qtbot.addWidget(dialog)
    out = tmp_path / "saisine.pdf"
    done = []

    def export(export_dialog):
        assert export_dialog.recipient == "fr-mediateur-jeux"
        assert export_dialog.language.currentData() == "fr"
        export_dialog.out.setText(str(out))
        export_dialog.done.connect(done.append)
        export_dialog.start()
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        export_dialog.accept()

    result = answer_modal(dialog.export_package, export)
    assert result.pdf == out and out.stat().st_size > 0
    assert not list_escalations(folder, anj_claim.id)  # exporting records nothing


def test_the_letter_as_edited_goes_into_the_bodys_package(qtbot, session, folder, anj_claim,
                                                          tmp_path):
    session.clock = lambda: NOW
    dialog = ReferDialog(session, anj_claim.id, "fr-mediateur-jeux")
    qtbot.addWidget(dialog)
    assert not dialog.letter_edited()
    added = "J'ajoute le relevé de mon compte du 21 novembre."
    dialog.letter.setPlainText(dialog.letter.toPlainText() + "\n" + added)
    assert dialog.letter_edited()
    out = tmp_path / "saisine.pdf"
    done = []

    def export(export_dialog):
        assert export_dialog.options().referral_letter.endswith(added)
        assert export_dialog.letter_note.text() == \
            "The referral letter goes in as you edited it."
        # A package in English cannot hold the French letter: said, not dropped silently.
        export_dialog.language.setCurrentIndex(export_dialog.language.findData("en"))
        assert export_dialog.options().referral_letter is None
        assert "another language" in export_dialog.letter_note.text()
        export_dialog.language.setCurrentIndex(export_dialog.language.findData("fr"))
        export_dialog.out.setText(str(out))
        export_dialog.done.connect(done.append)
        export_dialog.start()
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        export_dialog.accept()

    answer_modal(dialog.export_package, export)
    text = " ".join(pdftotext(out).split())
    assert added in text


def test_an_edited_letter_is_kept_when_the_details_change(qtbot, session, folder, anj_claim):
    session.clock = lambda: NOW
    dialog = ReferDialog(session, anj_claim.id, "fr-mediateur-jeux")
    qtbot.addWidget(dialog)
    session.save_profile(name="Camille Durand")  # not edited yet: written again
    assert "Camille Durand" in dialog.letter.toPlainText()
    dialog.letter.setPlainText("Demande de médiation\n\nMon propre texte.")
    session.save_profile(email="")
    assert dialog.letter.toPlainText() == "Demande de médiation\n\nMon propre texte."
    items = {i.key: i for i in dialog.ready.readiness.items}
    assert items["player_email"].state == "missing"  # the check follows the details


def test_recording_an_incomplete_file_asks_first(qtbot, session, folder, anj_claim,
                                                 monkeypatch):
    session.clock = lambda: NOW
    dialog = ReferDialog(session, anj_claim.id, "fr-mediateur-jeux")
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr("bonusdesk.ui.escalation.refer_dialog.QMessageBox.question",
                        lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert dialog.record() is None
    assert "missing" in asked[0] and "written complaint" in asked[0]
    assert list_escalations(folder, anj_claim.id) == []


def test_from_a_chat_to_a_recorded_referral(window, qtbot, folder, anj_claim):
    """Claim with only a chat -> warning -> log a written e-mail -> the mediator's clock
    starts -> Ready for the Médiateur des jeux en ligne -> refer -> referral recorded."""
    view = open_claim(window, anj_claim)
    deadlines = view.deadlines
    key = f"claim:{anj_claim.id}:escalation:fr-mediateur-jeux.opens"
    view.tabs.setCurrentWidget(deadlines)
    assert deadlines.states()[key] == "needs_written"
    assert view.alerts.isVisibleTo(view)

    def written_email(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
        assert dialog.written.isChecked()
        dialog.when.zone_box.set_zone(PARIS)
        dialog.when.edit.setDateTime(datetime(2026, 11, 21, 10, 0))
        dialog.reference.setText("T-9")
        dialog.summary.setPlainText("Réclamation écrite : pari annulé")
        dialog.accept()

    assert answer_modal(lambda: view.alerts.act("no_written_complaint"), written_email)
    assert not view.alerts.isVisibleTo(view)
    # The mediator's clock runs from the written complaint: 20 days, passed on 11 Dec.
    assert deadlines.states()[key] == "overdue"
    assert deadlines.state_texts()[key] == "No answer: escalation possible since 11/12/2026"

    view.tabs.setCurrentWidget(view.escalation)
    tab = view.escalation
    assert tab.recipient.currentData() == "fr-mediateur-jeux"
    assert tab.ready.readiness.ready, [i.text for i in tab.ready.readiness.missing]
    assert tab.ready.verdict.text() == "<b>Ready: nothing is missing.</b>"

    def refer(dialog: ReferDialog):
        assert dialog.recipient_key() == "fr-mediateur-jeux"
        assert dialog.plan.ready
        dialog.sent_at.zone_box.set_zone(PARIS)
        dialog.sent_at.edit.setDateTime(datetime(2026, 12, 15, 11, 30))
        dialog.case_number.setText("MJ-2026-0042")
        dialog.record_button.click()

    answer_modal(window.commands.escalation.act_refer.trigger, refer)
    (escalation,) = list_escalations(folder, anj_claim.id)
    assert (escalation.recipient, escalation.case_number, escalation.status) == (
        "fr-mediateur-jeux", "MJ-2026-0042", EscalationStatus.SENT)
    assert escalation.sent_at == utc(2026, 12, 15, 10, 30) and escalation.language == "fr"
    claim = folder.claims.get(anj_claim.id)
    assert claim.status == Status.ESCALATED
    assert folder.claims.history(claim.id)[-1].note == (
        "Referred to Médiateur des jeux en ligne (ANJ mediator)")
    assert view.status.text() == "Referred to a mediator"
    assert tab.model.rowCount() == 1
    assert [tab.model.item(0, c).text() for c in range(4)] == [
        "2026-12-15 11:30", "Médiateur des jeux en ligne (ANJ mediator)", "MJ-2026-0042",
        "Sent"]
    # The referral is what the one-year limit asked for: the Deadlines tab says it is done.
    view.tabs.setCurrentWidget(deadlines)
    limit = f"claim:{anj_claim.id}:escalation:fr-mediateur-jeux.limit"
    assert deadlines.states()[limit] == "met"
    assert deadlines.state_texts()[limit] == "Done on 15/12/2026"


def test_a_referral_is_updated_with_the_bodys_answer(window, folder, anj_claim,
                                                     monkeypatch):
    from bonusdesk.core.escalate import plan_escalation, record_escalation

    plan = plan_escalation(folder, anj_claim.id, "fr-mediateur-jeux", NOW)
    record_escalation(folder, plan, NOW)
    view = open_claim(window, anj_claim)
    view.tabs.setCurrentWidget(view.escalation)
    tab = view.escalation

    def answer(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("upheld"))
        dialog.case_number.setText("MJ-7")
        dialog.accept()

    assert answer_modal(tab.update_selected, answer)
    (e,) = list_escalations(folder, anj_claim.id)
    assert (e.status, e.case_number) == (EscalationStatus.UPHELD, "MJ-7")
    assert e.decided_at is not None
    assert tab.model.item(0, 3).text() == "Decided in your favour"


def test_recording_a_referral_starts_the_bodys_own_clock(window, folder, claim, monkeypatch):
    """IBAS aims to decide within 90 days of the referral: that clock appears once the
    referral is recorded (here with an incomplete file, confirmed by the player)."""
    folder.claims.update_platform(claim.platform_id, regulator="UKGC", adr="uk-ibas")
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=utc(2026, 9, 1, 9, 0), zone=PARIS, summary="Complaint"))
    view = open_claim(window, claim)
    view.tabs.setCurrentWidget(view.deadlines)
    assert not [k for k in view.deadlines.states() if ":uk-ibas.decision" in k]
    monkeypatch.setattr("bonusdesk.ui.escalation.refer_dialog.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)

    def refer(dialog: ReferDialog):
        assert dialog.recipient_key() == "uk-ibas"
        assert dialog.language.currentData() == "en"
        dialog.sent_at.zone_box.set_zone(PARIS)
        dialog.sent_at.edit.setDateTime(datetime(2026, 12, 15, 11, 30))
        dialog.record_button.click()

    answer_modal(window.commands.escalation.act_refer.trigger, refer)
    (escalation,) = list_escalations(folder, claim.id)
    key = f"claim:{claim.id}:escalation:uk-ibas.decision@{escalation.id}"
    assert view.deadlines.states()[key] == "upcoming"
    row = next(d for d in view.deadlines.deadlines if d.key == key)
    assert row.due_at.date() == datetime(2027, 3, 15).date()  # 90 days after 15 Dec


def test_the_letter_as_sent_is_kept_in_the_claim_and_shown_in_its_evidence(
        window, qtbot, folder, claim, monkeypatch):
    """The player edits the letter, records the referral: the words actually sent are a
    document of the claim (hash, event) that the gallery shows at once, captioned in the
    app's language."""
    from bonusdesk.core.escalate import sent_letter

    folder.claims.update_platform(claim.platform_id, regulator="UKGC", adr="uk-ibas")
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=utc(2026, 9, 1, 9, 0), zone=PARIS, summary="Complaint"))
    view = open_claim(window, claim)
    gallery = view.evidence
    before = gallery.model.rowCount()
    monkeypatch.setattr("bonusdesk.ui.escalation.refer_dialog.QMessageBox.question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    added = "PS: my account statement of 1 September is attached."

    def refer(dialog: ReferDialog):
        dialog.letter.setPlainText(dialog.letter.toPlainText() + "\n" + added)
        dialog.sent_at.zone_box.set_zone(PARIS)
        dialog.sent_at.edit.setDateTime(datetime(2026, 12, 15, 11, 30))
        dialog.record_button.click()

    answer_modal(window.commands.escalation.act_refer.trigger, refer)
    (escalation,) = list_escalations(folder, claim.id)
    kept = sent_letter(folder, escalation)
    text = folder.evidence.file_path(kept).read_text("utf-8")
    assert text.endswith(added) and kept.metadata["edited"] is True
    assert kept.caption == ("Referral letter to IBAS (Independent Betting Adjudication "
                            "Service), as sent on 15 December 2026")
    qtbot.waitUntil(lambda: gallery.model.rowCount() == before + 1, timeout=5000)
    assert kept.id in [ev.id for ev in gallery.model.items()]
    # The Escalation tab's "letter as sent" shows it, selected, on the Evidence tab.
    view.tabs.setCurrentWidget(view.escalation)
    qtbot.waitUntil(lambda: view.escalation.letter_button.isEnabled(), timeout=5000)
    view.escalation.letter_button.click()
    assert view.tabs.currentWidget() is gallery
    qtbot.waitUntil(lambda: getattr(gallery.current_evidence(), "id", None) == kept.id,
                    timeout=5000)


def test_a_referral_recorded_before_letters_were_kept_says_how_to_add_it(
        window, qtbot, folder, claim, monkeypatch):
    from bonusdesk.core.escalations import add_escalation
    from bonusdesk.core.model import Escalation

    folder.claims.update_platform(claim.platform_id, regulator="UKGC", adr="uk-ibas")
    add_escalation(folder, Escalation(claim.id, "uk-ibas", utc(2026, 12, 1, 9), PARIS))
    view = open_claim(window, claim)
    view.tabs.setCurrentWidget(view.escalation)
    said = []
    monkeypatch.setattr("bonusdesk.ui.escalation.escalation_tab.QMessageBox.information",
                        lambda *a: said.append(a[2]))
    qtbot.waitUntil(lambda: view.escalation.letter_button.isEnabled(), timeout=5000)
    assert view.escalation.show_letter() is False
    assert "Import the letter you sent" in said[0]
