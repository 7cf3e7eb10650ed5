"""A fake xdg-desktop-portal on a private D-Bus session bus, for the portal tests.

It answers ``org.freedesktop.portal.Screenshot.Screenshot`` and the
``org.freedesktop.portal.GlobalShortcuts`` calls (CreateSession, BindShortcuts, the
``version`` property) with the real portal's signatures (``Response(u, a{sv})``,
``Activated(o, s, t, a{sv})``). It is written with jeepney, not QtDBus, so the app's QtDBus
marshalling is checked against another implementation.

``private_bus()`` starts a dbus-daemon of its own (Debian package ``dbus``);
``run_portal(address, ...)`` starts this script on it. The script prints one line per
event (``ready``, ``screenshot interactive=False``, ``bound capture CTRL+SHIFT+s``...) and
obeys ``activate ID`` and ``quit`` on its input.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve()
DESKTOP = "/org/freedesktop/portal/desktop"


@contextmanager
def private_bus():
    """A dbus-daemon of its own; yields its address."""
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = proc.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class Portal:
    def __init__(self, proc: subprocess.Popen):
        self.proc = proc

    def line(self, timeout: float = 10) -> str:
        """The next line the fake printed (waits at most ``timeout`` seconds, with Qt's
        events processed meanwhile: the app under test talks to the fake then)."""
        from PySide6.QtCore import QCoreApplication

        result: list[str] = []
        reader = threading.Thread(target=lambda: result.append(self.proc.stdout.readline()),
                                  daemon=True)
        reader.start()
        deadline = time.monotonic() + timeout
        while reader.is_alive() and time.monotonic() < deadline:
            if QCoreApplication.instance() is not None:
                QCoreApplication.processEvents()
            reader.join(0.02)
        assert result, "the fake portal said nothing"
        return result[0].strip()

    def tell(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()


@contextmanager
def run_portal(address: str, png: Path | None = None, code: int = 0, silent: bool = False,
               shortcuts: bool = True):
    args = [sys.executable, str(HERE), "--code", str(code)]
    if png is not None:
        args += ["--png", str(png)]
    if silent:
        args.append("--silent")
    if not shortcuts:
        args.append("--no-shortcuts")
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env)
    portal = Portal(proc)
    try:
        assert portal.line() == "ready"
        yield portal
    finally:
        if proc.poll() is None:
            proc.stdin.write("quit\n")
            proc.stdin.flush()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


# -- the fake itself (runs in its own process) ------------------------------------------------
def main() -> None:  # noqa: C901 - one dispatcher, read top to bottom
    from jeepney import (
        DBusAddress,
        HeaderFields,
        MessageType,
        new_error,
        new_method_return,
        new_signal,
    )
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    parser = argparse.ArgumentParser()
    parser.add_argument("--png", type=Path)
    parser.add_argument("--code", type=int, default=0)
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--no-shortcuts", action="store_true")
    opts = parser.parse_args()
    conn = open_dbus_connection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
    conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.portal.Desktop"))
    lock = threading.Lock()
    sessions: dict[str, str] = {}  # session handle -> the caller's unique name
    outdir = Path(tempfile.mkdtemp(prefix="fake-portal-"))

    def send(msg) -> None:
        with lock:
            conn.send(msg)

    def say(text: str) -> None:
        print(text, flush=True)

    def request_handle(sender: str, options: dict) -> str:
        token = options.get("handle_token", ("s", "t"))[1]
        return f"{DESKTOP}/request/{sender.lstrip(':').replace('.', '_')}/{token}"

    def respond(handle: str, code: int, results: dict) -> None:
        emitter = DBusAddress(handle, interface="org.freedesktop.portal.Request")
        time.sleep(0.05)  # after the method's reply, as a real portal does
        send(new_signal(emitter, "Response", "ua{sv}", (code, results)))

    def screenshot(msg) -> None:
        _parent, options = msg.body
        sender = msg.header.fields[HeaderFields.sender]
        handle = request_handle(sender, options)
        send(new_method_return(msg, "o", (handle,)))
        say(f"screenshot interactive={options.get('interactive', ('b', False))[1]}")
        if opts.silent:
            return
        results = {}
        if opts.code == 0 and opts.png is not None:
            shot = outdir / f"Screenshot-{time.monotonic_ns()}.png"
            shutil.copy(opts.png, shot)
            results = {"uri": ("s", shot.as_uri())}
            say(f"wrote {shot}")
        respond(handle, opts.code, results)

    def shortcuts(msg) -> None:
        sender = msg.header.fields[HeaderFields.sender]
        member = msg.header.fields[HeaderFields.member]
        if member == "CreateSession":
            (options,) = msg.body
            handle = request_handle(sender, options)
            session = f"{DESKTOP}/session/{sender.lstrip(':').replace('.', '_')}/" \
                      f"{options['session_handle_token'][1]}"
            sessions[session] = sender
            send(new_method_return(msg, "o", (handle,)))
            say("session created")
            respond(handle, 0, {"session_handle": ("s", session)})
        elif member == "BindShortcuts":
            session, wanted, _parent, options = msg.body
            handle = request_handle(sender, options)
            send(new_method_return(msg, "o", (handle,)))
            for shortcut_id, props in wanted:
                say(f"bound {shortcut_id} {props.get('preferred_trigger', ('s', ''))[1]}")
            respond(handle, opts.code, {"shortcuts": ("a(sa{sv})", [
                (sid, {"description": props.get("description", ("s", "")),
                       "trigger_description": props.get("preferred_trigger", ("s", ""))})
                for sid, props in wanted])})
        else:
            send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))

    def session_call(msg) -> None:
        path = msg.header.fields[HeaderFields.path]
        if msg.header.fields[HeaderFields.member] == "Close":
            sessions.pop(path, None)
            say("session closed")
        send(new_method_return(msg))

    def properties(msg) -> None:
        interface, name = msg.body[:2]
        if interface == "org.freedesktop.portal.GlobalShortcuts" and not opts.no_shortcuts \
                and name == "version":
            send(new_method_return(msg, "v", (("u", 1),)))
        else:
            send(new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs", "s",
                           (f"no property {interface}.{name}",)))

    def commands() -> None:
        for line in sys.stdin:
            words = line.split()
            if not words or words[0] == "quit":
                break
            if words[0] == "activate":
                for session in list(sessions):
                    emitter = DBusAddress(DESKTOP,
                                          interface="org.freedesktop.portal.GlobalShortcuts")
                    send(new_signal(emitter, "Activated", "osta{sv}",
                                    (session, words[1], int(time.time() * 1000), {})))
                say("activated")
        os._exit(0)

    threading.Thread(target=commands, daemon=True).start()
    say("ready")
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        interface = msg.header.fields.get(HeaderFields.interface)
        if interface == "org.freedesktop.portal.Screenshot":
            screenshot(msg)
        elif interface == "org.freedesktop.portal.GlobalShortcuts" and not opts.no_shortcuts:
            shortcuts(msg)
        elif interface == "org.freedesktop.portal.Session":
            session_call(msg)
        elif interface == "org.freedesktop.DBus.Properties":
            properties(msg)
        else:
            send(new_error(msg, "org.freedesktop.DBus.Error.UnknownInterface", "s",
                           (str(interface),)))


if __name__ == "__main__":
    main()
