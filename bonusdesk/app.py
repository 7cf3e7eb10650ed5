"""The desktop app's entry point: QApplication set-up, folder choice, main window.

``bonusdesk [--folder DIR]`` (gui-script) or ``python -m bonusdesk``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bonusdesk import APP_NAME, __version__

# Printed on stdout once the main window is on screen, for --quit-after-shown.
SHOWN_MARKER = "bonusdesk: main window shown"


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


def bring_to_front(window, folder: str = "") -> None:
    """Another launch asked for the window (and maybe another claim folder: the user is
    asked before the open one is left)."""
    window.show_window()
    window.commands.folders.handle_request(folder)


def main(argv: list[str] | None = None) -> int:
    from bonusdesk.core import applog

    # A log file and crash dumps: the windowed builds have no console (issue 16).
    applog.install("app")
    if "--self-check" in (sys.argv[1:] if argv is None else argv):
        # Installers' smoke test (packaging/build.py): no Qt, no display, no window.
        from bonusdesk.selfcheck import run_self_check

        return run_self_check()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    qt_argv = [sys.argv[0]] + [a for a in (sys.argv[1:] if argv is None else argv)]
    app = create_application(qt_argv)
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
    if instance is not None:
        instance.request.connect(lambda folder: bring_to_front(window, folder))
    code = app.exec()
    # Let background jobs (thumbnails, deadlines, encoding, export) finish before Python
    # tears the Qt objects down under them.
    window.session.jobs.wait(10_000)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
