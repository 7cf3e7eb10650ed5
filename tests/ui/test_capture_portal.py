"""Capture through the desktop portal (Wayland) over QtDBus, against a fake portal on a
private D-Bus bus (fake_portal.py, another D-Bus implementation), from the app's capture
button to the stored evidence."""

from __future__ import annotations

import random
from contextlib import ExitStack
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtDBus import QDBusConnection

from bonusdesk.core import capture_chain
from bonusdesk.core.monitors import Rect

from .fake_portal import private_bus, run_portal
from .game import run_game

W, H = 1280, 800  # the test X server: the portal's picture covers the whole desktop


@pytest.fixture
def bus():
    with private_bus() as address:
        name = f"bonusdesk-test-{random.randrange(1 << 30)}"
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected()
        yield address, connection
        QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def desktop_png(tmp_path):
    path = tmp_path / "portal-source.png"
    Image.frombytes("RGB", (W, H), random.Random(3).randbytes(W * H * 3)).save(path)
    return path


@pytest.fixture
def wayland(monkeypatch):
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")


@pytest.fixture
def portal_app(window, bus, wayland, desktop_png):
    """``start(**fake_options)``: the fake portal on the private bus, then the app's portal
    handler on that bus, first in the capture chain; returns (controller, handler, portal)."""
    from bonusdesk.ui.capture.portal import install_portal_handler

    with ExitStack() as stack:
        installed = []

        def start(**options):
            portal = stack.enter_context(run_portal(bus[0], png=desktop_png, **options))
            controller = window.commands.capture
            handler = install_portal_handler(controller, bus=bus[1])
            assert handler is not None, "the portal on the private bus was not found"
            installed.append(handler)
            controller.portal = handler
            return controller, handler, portal

        yield start
        for handler in installed:
            capture_chain.unregister(handler)


def test_the_portal_takes_the_screenshot_and_its_file_is_not_left_behind(
        portal_app, desktop_png, qtbot, folder, claim, window):
    controller, _handler, portal = portal_app()
    window.select_claim(claim.id)
    with qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
        controller.capture_full()
    assert portal.line() == "screenshot interactive=False"
    written = portal.line().removeprefix("wrote ")
    ev = blocker.args[0].original
    assert ev.metadata["backend"] == "xdg-desktop-portal"
    assert ev.metadata["grabber"] == "org.freedesktop.portal.Screenshot"
    with Image.open(folder.evidence.file_path(ev)) as stored, Image.open(desktop_png) as shown:
        assert stored.convert("RGB").tobytes() == shown.convert("RGB").tobytes()
    assert not Path(written).exists()


def test_a_region_is_cut_from_the_portals_picture(portal_app, desktop_png, qtbot, folder,
                                                  claim, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    controller, _handler, _portal = portal_app()
    window.select_claim(claim.id)
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.overlay is not None and controller.overlay.visible(),
                    timeout=20000)
    overlay = controller.overlay.overlays[0]
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
    with qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
        QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(110, 70))
    ev = blocker.args[0].original
    with Image.open(folder.evidence.file_path(ev)) as stored, Image.open(desktop_png) as shown:
        assert stored.convert("RGB").tobytes() == shown.convert("RGB").crop(
            (10, 20, 110, 70)).tobytes()


def test_a_cancelled_portal_dialog_stores_nothing_and_says_so(portal_app, qtbot, folder,
                                                              claim, window, monkeypatch):
    said = []
    monkeypatch.setattr("bonusdesk.ui.capture.controller.QMessageBox.warning",
                        lambda _p, _title, text: said.append(text))
    monkeypatch.setattr("bonusdesk.ui.capture.hiding.app_in_front", lambda: True)
    controller, _handler, _portal = portal_app(code=1)
    window.select_claim(claim.id)
    with qtbot.waitSignal(controller.failed, timeout=30000):
        controller.capture_full()
    assert said == ["the screenshot was cancelled in the desktop's dialog"]
    assert folder.evidence.list(claim.id) == []
    assert not controller.busy and window.isVisible()


def test_a_portal_that_never_answers_hands_over_to_xwayland(portal_app, qtbot, folder, claim,
                                                            window):
    controller, handler, _portal = portal_app(silent=True)
    handler.transport.timeout_s = 1
    window.select_claim(claim.id)
    with run_game(Rect(0, 0, W, H)), \
            qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
        controller.capture_full()
    assert blocker.args[0].original.metadata["backend"] == "mss"


def test_no_portal_on_the_bus_leaves_the_chain_alone(window, bus, wayland):
    from bonusdesk.ui.capture.portal import install_portal_handler

    before = capture_chain.handlers()
    assert install_portal_handler(window.commands.capture, bus=bus[1]) is None
    assert [h.name for h in capture_chain.handlers()] == [h.name for h in before]
