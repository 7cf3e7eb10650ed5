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
