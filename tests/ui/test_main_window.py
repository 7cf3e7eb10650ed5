"""The main window: creating claims, editing details, searching and filtering."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from bonusdesk.core.model import Category, Claim, Status
from bonusdesk.ui.claims.claims_model import ClaimIdRole
from bonusdesk.ui.claims.claims_proxy import ClaimsFilterProxy
from bonusdesk.ui.claims.new_claim_dialog import NewClaimDialog

from .conftest import answer_modal


def visible_claim_ids(window) -> list[int]:
    proxy = window.proxy
    return [proxy.index(r, 0).data(ClaimIdRole) for r in range(proxy.rowCount())]


def test_new_claim_dialog_creates_platform_and_claim_and_selects_it(window, folder):
    def fill(dialog: NewClaimDialog):
        dialog.platform.setCurrentText("Lucky Spin")
        dialog.title.setText("Cashback never arrived")
        dialog.category.setCurrentIndex(dialog.category.findData("payment_blocked_or_delayed"))
        dialog.incident.zone_box.set_zone("Europe/London")
        dialog.incident.edit.setDateTime(datetime(2026, 11, 21, 9, 30))
        dialog.accept()

    claim_id = answer_modal(window.commands.claims.new_claim, fill)
    claim = folder.claims.get(claim_id)
    assert claim.title == "Cashback never arrived"
    assert claim.category == Category.PAYMENT_BLOCKED_OR_DELAYED
    assert claim.incident_zone == "Europe/London"
    assert claim.incident_at == datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
    assert folder.claims.platform(claim.platform_id).name == "Lucky Spin"
    assert window.current_claim_id() == claim_id
    assert window.claim_view.title.text() == "Cashback never arrived"


def test_new_claim_dialog_refuses_an_empty_title(qtbot, session, folder, platform, monkeypatch):
    warnings = []
    monkeypatch.setattr("bonusdesk.ui.claims.new_claim_dialog.QMessageBox.warning",
                        lambda *a: warnings.append(a[1]))
    dialog = NewClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentText(platform.name)
    dialog.accept()
    assert warnings == ["Title missing"]
    assert folder.claims.list() == []


def test_details_tab_saves_edited_fields_through_the_core(window, folder, claim):
    window.select_claim(claim.id)
    details = window.claim_view.details
    details.edits["round_id"].setText("R-777")
    details.edits["happened"].setPlainText("No bonus after the deposit")
    details.recurrence.setCurrentIndex(details.recurrence.findData("every_time"))
    details.window_hours.setValue(48)
    assert details.save()
    saved = folder.claims.get(claim.id)
    assert saved.round_id == "R-777"
    assert saved.happened == "No bonus after the deposit"
    assert saved.recurrence == "every_time"
    assert saved.window_hours == 48
    assert saved.incident_at == claim.incident_at  # untouched fields stay as they were
    assert not details.is_dirty()


def test_unsaved_details_are_saved_when_another_claim_is_selected(window, folder, claim,
                                                                  platform):
    other = folder.claims.create(Claim(title="Second", platform_id=platform.id,
                                       incident_at=datetime(2026, 11, 1, tzinfo=UTC),
                                       incident_zone="Europe/Paris"))
    window.claims_panel.reload()
    window.select_claim(claim.id)
    window.claim_view.details.edits["promo_code"].setText("CHANGED")
    window.select_claim(other.id)
    assert folder.claims.get(claim.id).promo_code == "CHANGED"
    assert window.current_claim_id() == other.id


def test_search_box_keeps_only_matching_claims(window, qtbot, folder, claim, platform):
    other = folder.claims.create(Claim(title="Free spins expired", platform_id=platform.id,
                                       incident_at=datetime(2026, 11, 1, tzinfo=UTC),
                                       incident_zone="Europe/Paris"))
    window.claims_panel.reload()
    assert set(visible_claim_ids(window)) == {claim.id, other.id}
    window.search.setText("BNS-402")
    qtbot.waitUntil(lambda: visible_claim_ids(window) == [claim.id])
    window.search.clear()
    qtbot.waitUntil(lambda: len(visible_claim_ids(window)) == 2)


def test_status_filter_hides_finished_claims_by_default(window, folder, claim, platform):
    done = folder.claims.create(Claim(title="Old one", platform_id=platform.id,
                                      incident_at=datetime(2026, 10, 1, tzinfo=UTC),
                                      incident_zone="Europe/Paris"))
    folder.claims.set_status(done.id, Status.RESOLVED_ACCEPTED)
    window.claims_panel.reload()
    assert visible_claim_ids(window) == [claim.id]
    window.status_filter.setCurrentIndex(window.status_filter.findData(ClaimsFilterProxy.CLOSED))
    assert visible_claim_ids(window) == [done.id]
    window.status_filter.setCurrentIndex(window.status_filter.findData("draft"))
    assert visible_claim_ids(window) == [claim.id]


def test_status_column_shows_a_translated_label(claim, window):
    index = window.proxy.index(0, 2)
    assert index.data() == "Draft"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_checklist_answer_is_saved(window, folder, claim):
    window.select_claim(claim.id)
    tab = window.claim_view.checklist
    box = tab.grid.itemAtPosition(0, 1).widget()
    box.setCurrentIndex(box.findData("yes"))
    first = folder.claims.checklist(claim.id)[0]
    assert first.state.value == "yes"
