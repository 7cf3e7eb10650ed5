"""The desktop app's entry point: QApplication set-up, folder choice, main window.

``bonusdesk [--folder DIR]`` (gui-script) or ``python -m bonusdesk``.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from bonusdesk import APP_NAME, __version__

# Printed on stdout once the main window is on screen, for --quit-after-shown.
SHOWN_MARKER = "bonusdesk: main window shown"
# The cyclic garbage collector waits at most this long for the start (below).
START_GC_PAUSE_MS = 5_000
# Objects of the start stay out of full collections until then (below).
START_GC_FROZEN_MS = 120_000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bonusdesk", description=(
        "BonusDesk: organize the evidence of a problem with an online bonus."))
    parser.add_argument("--folder", type=Path, help="claim folder to open "
                        "(default: the last one used, else Documents/BonusDesk)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--language", choices=("en", "fr"),
                        help="language of the interface (default: settings, else the system's)")
    parser.add_argument("--quit-after-shown", action="store_true",
                        help=argparse.SUPPRESS)  # smoke tests and the startup benchmark
    # Qt's own options (-platform, -style ...) pass through to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_application(argv: list[str]):
    """The QApplication with BonusDesk's identity, icon and style."""
    from PySide6.QtWidgets import QApplication

    from bonusdesk.ui.icons import app_icon
    from bonusdesk.ui.theme import follow_system_scheme

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.bonusdesk.BonusDesk")  # packaging/linux/<this>.desktop
    app.setWindowIcon(app_icon())
    # Fusion looks the same everywhere and takes the platform's light or dark palette.
    app.setStyle("Fusion")
    follow_system_scheme(app)
    return app


def start_window(app, prefs, folder_arg: Path | None, quit_after_shown: bool = False):
    """Open the right folder and show the main window; returns the window."""
    from PySide6.QtCore import QTimer

    from bonusdesk.ui import folders
    from bonusdesk.ui.main_window import MainWindow
    from bonusdesk.ui.paths import default_claim_folder

    window = MainWindow(prefs)
    window.apply_tray_preference()
    first_run = False
    if folder_arg is not None:
        path = folder_arg
    else:
        default = default_claim_folder()  # the documents folder as Qt sees it
        path = Path(prefs.folder) if prefs.folder else default
        first_run = not folders.is_claim_folder(path) and path == default
    if quit_after_shown:
        window.shown.connect(lambda: (print(SHOWN_MARKER, flush=True),
                                      QTimer.singleShot(0, window.quit)))
    window.show()
    # Opening may show a dialog (locked folder...); the window is already there behind it.
    folder = folders.open_folder(window, path, create=first_run,
                                 ask_create=not quit_after_shown)
    if folder is not None:
        window.set_folder(folder)
        if first_run and not quit_after_shown:
            QTimer.singleShot(0, lambda: folders.show_welcome(window, folder.path))
    return window


def resume_gc_after_start(session, pause_ms: int = START_GC_PAUSE_MS,
                          frozen_ms: int = START_GC_FROZEN_MS) -> None:
    """Turn the cyclic garbage collector back on once the start is done.

    ``main`` turns it off first thing: the start allocates a few hundred thousand objects
    that live on (modules, widgets, a row per claim, the deadlines), and the collector
    kept re-scanning them while they were made, ~60 ms at 10,000 claims and ~130 ms at
    30,000 (plain reference counting still frees everything else at once). It comes back
    when the claims list has its first deadlines (``deadlines_changed``), or after
    ``pause_ms`` without them (no folder, a dialog, a first start computing every
    deadline); what the start made is then frozen (``gc.freeze``) so that turning it on
    does not make one collection over all of it, and unfrozen after ``frozen_ms``, when
    the next full collections take it back (with any cycle left over from the start)."""
    from PySide6.QtCore import QTimer

    def resume() -> None:
        if gc.isenabled():
            return
        session.deadlines_changed.disconnect(resume)
        gc.freeze()
        gc.enable()
        QTimer.singleShot(frozen_ms, gc.unfreeze)

    session.deadlines_changed.connect(resume)
    QTimer.singleShot(pause_ms, session, resume)  # not after the session is gone


def bring_to_front(window, folder: str = "") -> None:
    """Another launch asked for the window (and maybe another claim folder: the user is
    asked before the open one is left)."""
    window.show_window()
    window.commands.folders.handle_request(folder)


def main(argv: list[str] | None = None) -> int:
    from bonusdesk.core import applog

    # A log file and crash dumps: the windowed builds have no console (issue 16).
    applog.install("app")
    argv = sys.argv[1:] if argv is None else argv
    if "--self-check" in argv:
        # Installers' smoke test (packaging/build.py): no Qt, no display, no window.
        from bonusdesk.selfcheck import run_self_check

        return run_self_check()
    gc.disable()  # until the start is done: resume_gc_after_start
    try:
        return run(argv)
    finally:
        gc.enable()  # when the start ended early (another instance took over, an error)


def run(argv: list[str]) -> int:
    """The app, from its command line to the end of its event loop."""
    args = parse_args(argv)
    app = create_application([sys.argv[0], *argv])  # Qt's own options pass through
    from bonusdesk.ui.error_dialog import ErrorReporter

    # From now on an uncaught error shows a dialog with "Copy diagnostics" (and is logged).
    ErrorReporter(parent=app).install()
    from bonusdesk.ui.i18n import install_language
    from bonusdesk.ui.prefs import Prefs
    from bonusdesk.ui.single_instance import SingleInstance

    instance = None
    if not args.quit_after_shown:
        instance = SingleInstance()
        if instance.hand_over(str(args.folder.expanduser().resolve()) if args.folder else ""):
            print("bonusdesk: already running; its window was brought to the front")
            return 0
        instance.listen()
    prefs = Prefs()
    install_language(app, args.language or prefs.language)
    window = start_window(app, prefs, args.folder, args.quit_after_shown)
    resume_gc_after_start(window.session)
    if instance is not None:
        instance.request.connect(lambda folder: bring_to_front(window, folder))
    code = app.exec()
    # Let background jobs (thumbnails, deadlines, encoding, export) finish before Python
    # tears the Qt objects down under them.
    window.session.jobs.wait(10_000)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
