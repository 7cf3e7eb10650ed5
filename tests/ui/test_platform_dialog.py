"""Platform details: saved through the core, and the regulator brings its clocks."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core.deadlines import claim_deadlines
from bonusdesk.core.model import Status
from bonusdesk.ui.claims.platform_dialog import PlatformDialog

from .conftest import answer_modal


def test_platform_details_are_saved(qtbot, session, folder, platform):
    dialog = PlatformDialog(session, platform.id)
    qtbot.addWidget(dialog)
    dialog.edits["support_phone"].setText("+33 1 23 45 67 89")
    dialog.window_hours.setValue(72)
    dialog.zone.set_zone("Europe/Malta")
    dialog.accept()
    saved = folder.claims.platform(platform.id)
    assert (saved.support_phone, saved.window_hours, saved.zone) == (
        "+33 1 23 45 67 89", 72, "Europe/Malta")
    assert saved.support_email == platform.support_email  # untouched


def test_choosing_a_regulator_from_the_rules_adds_its_escalation_clocks(window, folder, claim):
    folder.claims.set_status(claim.id, Status.REPORTED,
                             at=datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    window.select_claim(claim.id)
    keys = []

    def pick(dialog: PlatformDialog):
        index = next(i for i in range(dialog.regulator.count())
                     if dialog.regulator.itemData(i) == "uk-operator")
        dialog.regulator.setCurrentIndex(index)
        keys.append(dialog.regulator.currentData())
        dialog.accept()

    answer_modal(window.claim_view.details.edit_platform, pick)
    assert folder.claims.platform(claim.platform_id).regulator == "uk-operator"
    rules = {d.rule for d in claim_deadlines(folder, claim.id, datetime(2026, 11, 22,
                                                                         tzinfo=UTC))}
    assert any(r.startswith("uk-operator.") for r in rules)


def test_an_unknown_regulator_says_unknown_pick_one_and_is_kept_as_typed(qtbot, session,
                                                                         folder, platform):
    folder.claims.update_platform(platform.id, regulator="Isle of Nowhere Gaming")
    dialog = PlatformDialog(session, platform.id)
    qtbot.addWidget(dialog)
    assert dialog.match_state() == "unknown"
    assert "unknown, pick one" in dialog.regulator_state.text()
    assert dialog.regulator.currentText() == "Isle of Nowhere Gaming"
    assert "regulator" not in dialog.changes()  # nothing silently replaced
    dialog.regulator.setCurrentIndex(dialog.regulator.findData("mt-operator"))
    assert dialog.match_state() == "matched"
    assert dialog.regulator_state.text().startswith("Escalation clocks: Operator licensed by")
    assert dialog.changes()["regulator"] == "mt-operator"


def test_no_regulator_asks_for_one(qtbot, session, platform):
    dialog = PlatformDialog(session, platform.id)
    qtbot.addWidget(dialog)
    assert dialog.match_state() == "empty"
    assert dialog.regulator.lineEdit().placeholderText() == "Unknown: pick one"
    assert dialog.regulator_state.text().startswith("No regulator given: pick one")


def test_a_licence_alias_shows_its_recipient_and_is_left_as_stored(qtbot, session, folder,
                                                                   platform):
    folder.claims.update_platform(platform.id, regulator="Gambling Commission")
    dialog = PlatformDialog(session, platform.id)
    qtbot.addWidget(dialog)
    assert dialog.regulator.currentData() == "uk-operator"
    assert dialog.changes() == {}
    # The UK has several ADR bodies: the rules cannot choose, the terms name one.
    assert dialog.adr.itemText(0) == "Not named: pick the one the operator's terms name"
    assert dialog.adr.itemData(1) in ("uk-ibas", "ecogra", "uk-adr")


def test_legal_entity_licence_number_and_adr_are_saved(qtbot, session, folder, platform):
    folder.claims.update_platform(platform.id, regulator="UKGC")
    dialog = PlatformDialog(session, platform.id)
    qtbot.addWidget(dialog)
    dialog.edits["legal_entity"].setText("Etoile Gaming Ltd")
    dialog.edits["licence_number"].setText("000-012345-R-654321")
    dialog.adr.setCurrentIndex(dialog.adr.findData("uk-ibas"))
    dialog.accept()
    saved = folder.claims.platform(platform.id)
    assert (saved.legal_entity, saved.licence_number, saved.adr, saved.regulator) == (
        "Etoile Gaming Ltd", "000-012345-R-654321", "uk-ibas", "UKGC")


def test_the_french_ui_lists_the_regulators_by_their_french_names(qtbot, session, platform,
                                                                  french):
    dialog = PlatformDialog(session, platform.id)
    qtbot.addWidget(dialog)
    names = [dialog.regulator.itemText(i) for i in range(dialog.regulator.count())]
    assert "Opérateur agréé par la Malta Gaming Authority" in names
