"""Translations: refresh the .ts catalogues, compile them to .qm, install the UI language.

``python -m bonusdesk.ui.i18n --update`` runs pyside6-lupdate over every module of
bonusdesk/ui (all feature folders) and app.py, into resources/translations/*.ts.
``python -m bonusdesk.ui.i18n --compile`` turns the .ts files into .qm files with
pyside6-lrelease (the .qm files are generated, never committed). When a .qm file is
missing the app runs in English (plural forms then read "%n" as written in the code).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import translations_dir

LANGUAGES = ("en", "fr")
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language installed last ("en" or "fr"): for data that carries both."""
    return _current


def system_language() -> str:
    """'fr' when the system locale is French, else 'en'."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def lrelease_command() -> list[str]:
    """pyside6-lrelease next to the running Python first (venvs), then on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return [str(here / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise FileNotFoundError("pyside6-lrelease not found: install pyside6-essentials")
    return [found]


def ui_sources() -> list[Path]:
    """Every file whose strings go to the catalogues: bonusdesk/ui/**.py and app.py."""
    package = Path(__file__).resolve().parent
    return sorted(package.rglob("*.py")) + [package.parent / "app.py"]


def update_catalogues(directory: Path | None = None) -> list[Path]:
    """Refresh the .ts files from the code (new strings unfinished, gone ones dropped)."""
    directory = directory or translations_dir()
    lupdate = Path(lrelease_command()[0]).with_name(
        "pyside6-lupdate" + (".exe" if sys.platform == "win32" else ""))
    catalogues = sorted(directory.glob("bonusdesk_*.ts"))
    subprocess.run([str(lupdate), *map(str, ui_sources()), "-no-obsolete", "-silent",
                    "-ts", *map(str, catalogues)], check=True)
    return catalogues


def compile_translations(directory: Path | None = None) -> list[Path]:
    """Compile every .ts in ``directory`` to a .qm next to it; returns the .qm paths."""
    directory = directory or translations_dir()
    outputs = []
    for ts in sorted(directory.glob("bonusdesk_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        outputs.append(qm)
    return outputs


def install_language(app: QCoreApplication, language: str) -> bool:
    """Install BonusDesk's and Qt's own translators for ``language``.

    English loads bonusdesk_en.qm too: it holds the English plural forms ("1 file",
    "2 files") of messages written once with %n. Returns False (and leaves the UI in
    English) when the .qm file of another language is missing.
    """
    global _current
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = "en"
    ours = QTranslator(app)
    loaded = ours.load(str(translations_dir() / f"bonusdesk_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return True
    if not loaded:
        return False
    # Qt's standard dialogs (OK/Cancel, file dialogs) in the same language.
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    QLocale.setDefault(QLocale(language))
    _current = language
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bonusdesk.ui.i18n")
    parser.add_argument("--update", action="store_true",
                        help="refresh the .ts files from the code (pyside6-lupdate)")
    parser.add_argument("--compile", action="store_true", help="compile .ts files to .qm")
    args = parser.parse_args(argv)
    if not (args.update or args.compile):
        parser.print_help()
        return 0
    if args.update:
        for ts in update_catalogues():
            print(ts)
    if args.compile:
        for qm in compile_translations():
            print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
