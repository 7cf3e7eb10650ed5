"""What goes into the PyInstaller bundle: version, resources, excluded modules.

Plain Python with no PyInstaller import, so ``bonusdesk.spec``, ``build.py`` and the tests
share one definition. (This folder is deliberately not a Python package: a package named
``packaging`` would shadow the PyPA library that pip and PyInstaller import.)
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.bonusdesk.BonusDesk"  # reverse-DNS id: .desktop, AppStream, macOS bundle
APP_NAME = "BonusDesk"
PUBLISHER = "The BonusDesk authors"

# Qt modules BonusDesk does not use. The app needs QtCore, QtGui, QtWidgets, QtSvg (icons),
# QtDBus (desktop notifications). (PDF pages are drawn by pypdfium2, not QtPdf: the hooks of
# pyinstaller-hooks-contrib collect its libpdfium; tests/test_bundle_build.py checks it.)
# PyInstaller's Qt hooks collect a module's libraries, plugins and QML files only when
# it is imported, so excluding these keeps an accidental or transitive import
# (a full `pyside6` install, a library probing for Qt) from pulling in ~100-600 MB.
EXCLUDED_QT_MODULES = [
    "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender",
    "PySide6.QtBluetooth", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtDesigner", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtHelp",
    "PySide6.QtHttpServer", "PySide6.QtLabsStyleKit", "PySide6.QtLocation",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtNetworkAuth",
    "PySide6.QtNfc", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtPositioning", "PySide6.QtQml", "PySide6.QtQmlFeatures",
    "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickControls2", "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtSensors", "PySide6.QtSerialBus", "PySide6.QtSerialPort", "PySide6.QtSpatialAudio",
    "PySide6.QtSql", "PySide6.QtStateMachine", "PySide6.QtTest", "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools", "PySide6.QtWebChannel", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets",
    "PySide6.QtWebView", "PySide6.QtXml",
]
# Python modules that only development tools use; never imported by the app at run time.
EXCLUDED_PY_MODULES = ["tkinter", "pytest", "pytestqt", "_pytest", "IPython", "ruff"]
EXCLUDES = EXCLUDED_QT_MODULES + EXCLUDED_PY_MODULES

# Modules imported by name at run time (importlib), which PyInstaller cannot see:
# core/timeutil.py picks tzlocal's backend for the system it runs on.
# _rl_accel: reportlab imports its C accelerator by an exec'd string PyInstaller cannot see.
DYNAMIC_IMPORTS = ["tzlocal.unix", "tzlocal.win32", "_rl_accel"]

# Libraries every Linux desktop has, in a version at least as new as the build machine's.
# Bundling them breaks newer systems: the system's OpenGL driver (Mesa) loads into the app
# and needs the system's newer libstdc++, not the bundled older one.
LINUX_SYSTEM_LIBS = ("libstdc++.so.6", "libgcc_s.so.1")

# Qt's own translations (standard dialogs): only the languages BonusDesk speaks.
LANGUAGES = ("en", "fr")
_QT_TRANSLATION = re.compile(r"(?:^|/)translations/[a-z_]+?_([a-z]{2})(?:_[A-Za-z]+)?\.qm$")

# Files under resources/ that are sources for something generated, not run-time data
# (__init__.py only makes resources/ the bonusdesk.data package of a wheel).
_SOURCE_ONLY = (".ts", ".py", ".pyc")


def project_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml: the single place the version is written."""
    with open(root / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for every run-time file under resources/.

    The bundle keeps the same layout (``<bundle>/_internal/resources/...``), which is where
    ``sys._MEIPASS`` lookups in the app expect it.
    """
    base = root / "resources"
    datas = []
    for path in sorted(base.rglob("*")):
        if path.is_file() and path.suffix not in _SOURCE_ONLY:
            dest = Path("resources") / path.parent.relative_to(base)
            datas.append((str(path), dest.as_posix()))
    return datas


def tessdata_datas() -> list[tuple[str, str]]:
    """The OCR language data (eng, fra) of the build machine, into ``resources/tessdata``.

    Not in git (third-party data, 5 MB): taken from the build machine's Tesseract data
    (Debian ``tesseract-ocr-eng``/``-fra``, Homebrew ``tesseract-lang``) or
    ``$BONUSDESK_TESSDATA``, where ``bonusdesk.core.ocr.tessdata`` looks too.
    """
    import sys

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bonusdesk.core.ocr import tessdata

    for folder in tessdata.candidates():
        files = [folder / f"{lang}.traineddata" for lang in tessdata.WANTED]
        if all(f.is_file() for f in files):
            return [(str(f), "resources/tessdata") for f in files]
    raise SystemExit("OCR language data not found (eng.traineddata and fra.traineddata): "
                     "apt install tesseract-ocr-eng tesseract-ocr-fra, brew install "
                     "tesseract-lang, or set BONUSDESK_TESSDATA to their folder")


def keep_qt_translation(dest: str) -> bool:
    """False for Qt translation files in languages the app does not offer."""
    match = _QT_TRANSLATION.search(dest.replace("\\", "/"))
    return match is None or match.group(1) in LANGUAGES


_BABEL_LOCALE = re.compile(r"(?:^|/)babel/locale-data/([A-Za-z0-9_]+)\.dat$")


def keep_babel_locale(dest: str) -> bool:
    """False for Babel's CLDR data of languages BonusDesk does not write in.

    Babel ships about 800 locales (35 MB); the letter and the PDF are in French or English,
    which need ``root`` and the ``fr*`` / ``en*`` files (en_GB inherits from en_001, then en).
    """
    match = _BABEL_LOCALE.search(dest.replace("\\", "/"))
    if match is None:
        return True
    name = match.group(1)
    return name == "root" or name.split("_")[0] in LANGUAGES


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0) for the Windows version resource (numbers only)."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"  # bonusdesk.notices.NOTICES_FILE


def notice_datas(workdir: Path, root: Path = ROOT) -> list[tuple[str, str]]:
    """LICENSE and the third-party notices, generated now from the build's installed
    distributions (a bundle keeps no package metadata to generate them from later)."""
    import sys

    sys.path.insert(0, str(root))
    from bonusdesk.notices import write_notices

    notices = write_notices(workdir / "notices" / NOTICES_FILE)
    return [(str(notices), "resources"), (str(root / "LICENSE"), "resources")]
