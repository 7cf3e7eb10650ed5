"""Desktop notifications without a tray: sent to the freedesktop notification service, the
way GNOME Shell or dunst receive them, here a fake service on a private session bus."""

from __future__ import annotations

import subprocess
import threading

import pytest

from bonusdesk.ui.notify import SERVICE, Notifier, send_freedesktop


class FakeNotificationService(threading.Thread):
    """Owns org.freedesktop.Notifications on the bus; records each Notify call and answers
    with an id, as a desktop's notification daemon does."""

    def __init__(self, address: str):
        super().__init__(daemon=True)
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(bus=address)
        self.connection.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=5)
        self.calls: list[tuple[str, tuple]] = []
        self.stopping = False

    def run(self) -> None:
        from jeepney import MessageType, new_method_return

        while not self.stopping:
            try:
                msg = self.connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            header = msg.header
            if header.message_type == MessageType.method_call:
                member = header.fields.get(3)  # HeaderFields.member
                signature = header.fields.get(8, "")  # HeaderFields.signature
                self.calls.append((member, signature, msg.body))
                self.connection.send(new_method_return(msg, "u", (42,)))


@pytest.fixture
def session_bus(monkeypatch):
    """A private session bus (dbus-daemon: scripts/test installs it)."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    service = FakeNotificationService(address)
    service.start()
    yield service
    service.stopping = True
    service.join(2)
    service.connection.close()
    daemon.terminate()
    daemon.wait(5)


def test_a_notification_goes_to_the_desktop_service_with_the_types_it_checks(session_bus):
    assert send_freedesktop("BonusDesk: 1 deadline needs attention",
                            "Overdue: report — Bonus manquant", urgent=True) == 42
    ((member, signature, body),) = session_bus.calls
    assert (member, signature) == ("Notify", "susssasa{sv}i")  # replaces_id unsigned
    app, replaces, _icon, title, text, actions, hints, _expire = body
    assert (app, replaces, title, actions) == (
        "BonusDesk", 0, "BonusDesk: 1 deadline needs attention", [])
    assert text == "Overdue: report — Bonus manquant"
    assert hints["urgency"] == ("y", 2)


def test_the_notifier_stays_quiet_where_the_tray_says_it(qtbot, session, session_bus):
    with_tray = Notifier(session.jobs, lambda: True)
    assert not with_tray.notify("t", "b")
    without = Notifier(session.jobs, lambda: False)
    with qtbot.waitSignal(without.sent, timeout=10000):
        assert without.notify("BonusDesk", "Deadline")
    assert [c[0] for c in session_bus.calls] == ["Notify"]


def test_no_notification_service_is_reported_not_raised(qtbot, session, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    notifier = Notifier(session.jobs, lambda: False)
    with qtbot.waitSignal(notifier.failed, timeout=10000):
        assert notifier.notify("BonusDesk", "Deadline")
