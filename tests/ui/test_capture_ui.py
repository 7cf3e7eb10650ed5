"""Capture from the app on the real 24-bit Xvfb: full screen, region overlay, Esc."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from bonusdesk.core.model import EvidenceKind


def test_full_screen_capture_hides_the_app_and_adds_a_screenshot(window, qtbot, folder,
                                                                  claim, qapp):
    window.select_claim(claim.id)
    controller = window.commands.capture
    visible_at_grab = []
    controller.grabbed.connect(lambda: visible_at_grab.append(window.isVisible()))
    with qtbot.waitSignal(controller.captured, timeout=20000) as blocker:
        controller.capture_full()
    ev = blocker.args[0]
    assert visible_at_grab == [False]
    assert window.isVisible()
    screen = qapp.primaryScreen().geometry()
    assert (ev.width, ev.height) == (screen.width(), screen.height())
    assert ev.kind == EvidenceKind.SCREENSHOT and ev.source == "capture"
    assert [e.id for e in folder.evidence.list(claim.id)] == [ev.id]
    assert window.claim_view.evidence.model.rowCount() == 1


def test_region_overlay_shows_the_size_and_captures_the_dragged_rectangle(window, qtbot, folder,
                                                                         claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.overlay is not None and controller.overlay.isVisible(),
                    timeout=10000)
    overlay = controller.overlay
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 120))
    QTest.mouseMove(overlay, QPoint(250, 200))
    assert overlay.to_desktop(overlay.selection).width == 150
    with qtbot.waitSignal(controller.captured, timeout=20000) as blocker:
        QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 270))
    ev = blocker.args[0]
    assert (ev.width, ev.height) == (200, 150)
    assert ev.metadata["mode"] == "region"


def test_escape_cancels_the_region_capture(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.overlay is not None and controller.overlay.isVisible(),
                    timeout=10000)
    QTest.keyClick(controller.overlay, Qt.Key.Key_Escape)
    assert controller.overlay is None and not controller.busy
    assert window.isVisible()
    assert folder.evidence.list(claim.id) == []


def test_capture_needs_a_claim(window, monkeypatch):
    said = []
    monkeypatch.setattr("bonusdesk.ui.capture.controller.QMessageBox.information",
                        lambda _p, title, text: said.append(text))
    window.commands.capture.capture_full()
    assert said and "claim" in said[0]
    assert not window.commands.capture.busy
