"""Capture from the app on the real 24-bit Xvfb: the screen, a region or a window on the
frozen screen, Esc; what the player sees afterwards (the notice, Copy, Undo) and where
BonusDesk's windows go. "The game" is another process with known pixels (game.py)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bonusdesk.core.events import list_events
from bonusdesk.core.model import EvidenceKind
from bonusdesk.core.monitors import Rect

from .game import run_game

GAME = Rect(200, 150, 480, 320)


def stored_rgb(folder, ev) -> Image.Image:
    im = Image.open(folder.evidence.file_path(ev))
    im.load()
    return im.convert("RGB")


def capture(qtbot, controller, start):
    with qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
        start()
    return blocker.args[0]


def test_full_screen_capture_hides_the_app_and_adds_a_screenshot(window, qtbot, folder,
                                                                  claim, qapp):
    window.select_claim(claim.id)
    controller = window.commands.capture
    visible_at_grab = []
    controller.grabbed.connect(lambda: visible_at_grab.append(window.isVisible()))
    last = capture(qtbot, controller, controller.capture_full)
    ev = last.original
    assert visible_at_grab == [False]
    assert window.isVisible()
    screen = qapp.primaryScreen().geometry()
    assert (ev.width, ev.height) == (screen.width(), screen.height())
    assert ev.kind == EvidenceKind.SCREENSHOT and ev.source == "capture"
    assert [e.id for e in folder.evidence.list(claim.id)] == [ev.id]
    assert window.claim_view.evidence.model.rowCount() == 1
    notice = controller.after.notice
    assert notice.isVisible()
    assert notice.title.text() == "Screenshot added to “Bonus de bienvenue non crédité”"


def start_region(qtbot, controller):
    controller.capture_region()
    qtbot.waitUntil(lambda: controller.overlay is not None and controller.overlay.visible(),
                    timeout=10000)
    return controller.overlay.overlays[0]


def test_region_overlay_shows_the_size_and_captures_the_dragged_rectangle(window, qtbot, folder,
                                                                         claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    with run_game(GAME) as game:
        overlay = start_region(qtbot, controller)
        QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(250, 200))
        QTest.mouseMove(overlay, QPoint(400, 280))
        assert overlay.to_desktop(overlay.selection).width == 150
        with qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
            QTest.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(450, 350))
    ev = blocker.args[0].original
    assert (ev.width, ev.height) == (200, 150)
    assert ev.metadata["mode"] == "region"
    # Cut from the frozen screen: the game's pixels at that place, exactly.
    assert stored_rgb(folder, ev).tobytes() == game.crop(50, 50, 200, 150)


def test_clicking_a_window_on_the_frozen_screen_captures_that_window(window, qtbot, folder,
                                                                    claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    with run_game(GAME) as game:
        overlay = start_region(qtbot, controller)
        QTest.mouseMove(overlay, QPoint(300, 300))
        qtbot.waitUntil(lambda: overlay.hovered is not None)
        assert overlay.hovered.title == game.title
        with qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
            QTest.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    ev = blocker.args[0].original
    assert ev.metadata["mode"] == "window"
    assert ev.metadata["window"]["title"] == "Casino Étoile — Caisse"
    assert stored_rgb(folder, ev).tobytes() == game.rgb
    assert ev.caption.startswith("Window “Casino Étoile — Caisse”")


def test_escape_cancels_the_region_capture(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    overlay = start_region(qtbot, controller)
    QTest.keyClick(overlay, Qt.Key.Key_Escape)
    assert controller.overlay is None and not controller.busy
    assert window.isVisible()
    assert folder.evidence.list(claim.id) == []


def test_the_shortcut_pressed_in_the_game_leaves_the_game_in_front(window, qtbot, folder,
                                                                  claim):
    window.select_claim(claim.id)
    window.setGeometry(100, 100, 900, 600)  # under the game's place, partly
    controller = window.commands.capture
    with run_game(GAME) as game:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is None, timeout=5000)
        last = capture(qtbot, controller, controller.capture_full)
        qtbot.wait(300)
        assert window.isVisible()
        assert game.is_active(), "the capture took the keyboard from the game"
        import mss

        with mss.MSS() as sct:
            shot = sct.grab(GAME.as_mss())
        assert shot.rgb == game.rgb, "BonusDesk came back over the game"
        assert controller.after.notice.isVisible()
    assert last.original.claim_id == claim.id


def test_copy_puts_the_screenshot_on_the_clipboard(window, qtbot, folder, claim, qapp):
    window.select_claim(claim.id)
    controller = window.commands.capture
    last = capture(qtbot, controller, controller.capture_window)
    with qtbot.waitSignal(controller.after.copied, timeout=10000):
        QTest.mouseClick(controller.after.notice.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().image().convertToFormat(
        QGuiApplication.clipboard().image().Format.Format_RGB888)
    stored = stored_rgb(folder, last.original)
    assert (copied.width(), copied.height()) == stored.size
    assert bytes(copied.constBits())[:stored.width * 3] == stored.tobytes()[:stored.width * 3]
    assert "Ctrl+V" in controller.after.notice.detail.text()


def test_undo_removes_the_screenshot_from_the_claim_and_says_so(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    last = capture(qtbot, controller, controller.capture_full)
    path = folder.evidence.file_path(last.original)
    assert window.claim_view.evidence.model.rowCount() == 1
    QTest.mouseClick(controller.after.notice.undo_button, Qt.MouseButton.LeftButton)
    assert folder.evidence.list(claim.id) == []
    assert not path.exists()
    qtbot.waitUntil(lambda: window.claim_view.evidence.model.rowCount() == 0)
    assert controller.after.notice.detail.text() == "Screenshot removed."
    assert not controller.after.act_undo.isEnabled()
    assert [e.action for e in list_events(folder.db, claim.id)][-1] == "discard"


def test_ctrl_z_undoes_the_last_capture_in_the_window(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    capture(qtbot, controller, controller.capture_full)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.claim_view.evidence.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert folder.evidence.list(claim.id) == []


def test_stamped_copy_option_adds_the_banner_copy(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    controller.act_stamped.trigger()
    assert window.prefs.capture_stamped
    last = capture(qtbot, controller, controller.capture_full)
    assert last.stamped is not None and last.stamped.parent_sha256 == last.original.sha256
    assert last.stamped.height > last.original.height
    assert "stamped copy" in controller.after.notice.detail.text()
    assert len(folder.evidence.list(claim.id)) == 2


def test_active_window_capture_takes_the_game_window(window, qtbot, folder, claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    with run_game(GAME) as game:
        last = capture(qtbot, controller, controller.capture_window)
    ev = last.original
    assert ev.metadata["mode"] == "window" and (ev.width, ev.height) == (480, 320)
    assert stored_rgb(folder, ev).tobytes() == game.rgb


def test_delayed_capture_counts_down_and_keeps_the_countdown_out_of_the_picture(
        window, qtbot, folder, claim, monkeypatch):
    monkeypatch.setattr("bonusdesk.ui.capture.controller.DELAY_SECONDS", 2)
    window.select_claim(claim.id)
    controller = window.commands.capture
    full = Rect(0, 0, 1280, 800)
    with run_game(full, seed=11) as game:
        with qtbot.waitSignal(controller.after.confirmed, timeout=30000) as blocker:
            controller.capture_delayed()
            countdown = controller.countdown
            assert countdown is not None and countdown.isVisible()
            assert countdown.number.text() == "2"
            assert countdown.text.text() == "Screenshot in 2 seconds"
            where = countdown.geometry()
            qtbot.waitUntil(lambda: countdown.number.text() == "1", timeout=3000)
    ev = blocker.args[0].original
    picture = stored_rgb(folder, ev)
    box = (where.x(), where.y(), where.x() + where.width(), where.y() + where.height())
    row = 1280 * 3
    expected = b"".join(game.rgb[y * row + box[0] * 3:y * row + box[2] * 3]
                        for y in range(box[1], box[3]))
    assert picture.crop(box).tobytes() == expected


def test_a_failed_capture_in_the_background_is_said_in_the_notice(window, qtbot, claim,
                                                                  monkeypatch):
    from bonusdesk.core.capture import WaylandUnsupported

    def refuse(*_a, **_k):
        raise WaylandUnsupported("the Wayland session refused the screen grab")

    monkeypatch.setattr("bonusdesk.core.capture.grab", refuse)
    window.select_claim(claim.id)
    controller = window.commands.capture
    with run_game(GAME):
        with qtbot.waitSignal(controller.failed, timeout=20000):
            controller.capture_full()
    notice = controller.after.notice
    assert notice.isVisible() and notice.title.text() == "Capture failed"
    assert "refused the screen grab" in notice.detail.text()


def test_capture_needs_a_claim_folder(window, monkeypatch):
    said = []
    monkeypatch.setattr("bonusdesk.ui.capture.controller.QMessageBox.information",
                        lambda _p, title, text: said.append(text))
    window.set_folder(None)
    window.commands.capture.capture_full()
    assert said and "claim folder" in said[0]
    assert not window.commands.capture.busy


def test_a_partly_black_wayland_grab_is_stored_with_a_warning_the_player_sees(
        window, qtbot, folder, claim, monkeypatch):
    # A Wayland session grabbed through XWayland: native Wayland windows come out black.
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    window.select_claim(claim.id)
    controller = window.commands.capture
    with run_game(Rect(0, 0, 640, 800), seed=5), run_game(Rect(640, 0, 640, 800), seed=0):
        last = capture(qtbot, controller, controller.capture_full)
    assert last.original.metadata["black_fraction"] >= 0.4
    warning = controller.after.notice.warning
    assert warning.isVisible()
    assert warning.text().startswith("Check this screenshot: 50 % of it is pure black.")


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_capture(window, qtbot, folder,
                                                                  claim):
    window.select_claim(claim.id)
    controller = window.commands.capture
    capture(qtbot, controller, controller.capture_full)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = next(iter(window.claim_view.details.edits.values()))
    field.setFocus()
    QTest.keyClicks(field, "abc")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(folder.evidence.list(claim.id)) == 1
    assert controller.after.act_undo.isEnabled()


def test_a_capture_with_no_claim_selected_goes_to_the_inbox(window, qtbot, folder, claim):
    controller = window.commands.capture
    assert window.current_claim_id() is None
    assert controller.actions[0].isEnabled()  # a folder is enough
    inbox_news = []
    window.session.inbox_changed.connect(lambda: inbox_news.append(True))
    controller.act_stamped.setChecked(True)
    last = capture(qtbot, controller, controller.capture_full)
    assert last.destination.inbox and last.original.claim_id is None
    assert {e.id for e in folder.evidence.inbox()} == {last.original.id, last.stamped.id}
    assert folder.evidence.list(claim.id) == []
    assert inbox_news
    assert controller.after.notice.title.text() == "Screenshot added to the Inbox"


def test_show_on_an_inbox_capture_opens_the_inbox_with_it_selected(window, qtbot, folder,
                                                                   claim):
    controller = window.commands.capture
    last = capture(qtbot, controller, controller.capture_full)
    QTest.mouseClick(controller.after.notice.show_button, Qt.MouseButton.LeftButton)
    assert window.right.currentWidget() is window.inbox_view
    assert window.inbox_view.selected_ids() == [last.original.id]


def test_an_inbox_capture_filed_into_a_claim_can_still_be_undone_while_unused(
        window, qtbot, folder, claim):
    from bonusdesk.core.inbox import file_evidence

    controller = window.commands.capture
    last = capture(qtbot, controller, controller.capture_full)
    file_evidence(folder, [last.original.id], claim.id)
    QTest.mouseClick(controller.after.notice.undo_button, Qt.MouseButton.LeftButton)
    assert folder.evidence.inbox() == [] and folder.evidence.list(claim.id) == []


def test_a_capture_still_running_when_the_folder_changes_is_not_stored_anywhere(
        window, qtbot, folder, claim, tmp_path, monkeypatch):
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Claim, Platform

    monkeypatch.setattr("bonusdesk.ui.capture.controller.QMessageBox.warning",
                        lambda *_a: None)
    window.select_claim(claim.id)
    controller = window.commands.capture
    other = ClaimFolder.create(tmp_path / "other")
    platform = other.claims.add_platform(Platform("Autre casino"))
    mine = other.claims.create(Claim(title="Autre réclamation", platform_id=platform.id,
                                     incident_at=claim.incident_at, incident_zone="Europe/Paris"))
    assert mine.id == claim.id  # the same number in another folder: must not receive it
    with qtbot.waitSignal(controller.failed, timeout=20000) as blocker:
        controller.capture_full()
        window.set_folder(other)  # while BonusDesk's windows are hidden for the grab
    assert other.evidence.all() == []
    assert "closed before the screenshot was saved" in blocker.args[0]
    reopened = ClaimFolder.open(folder.path)
    try:
        assert reopened.evidence.all() == []
    finally:
        reopened.close()
    window.set_folder(None)
    other.close()
