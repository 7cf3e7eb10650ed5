"""packaging/: the spec, the desktop integration files and the installer scripts.

Fast checks only; the real PyInstaller build is `python packaging/build.py` (minutes).
The desktop entry and AppStream checks run the freedesktop validators (Debian packages
desktop-file-utils and appstream, installed by scripts/test).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import bonusdesk

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"


def _load(name: str):
    """Import a module of packaging/ (a folder of scripts, deliberately not a package)."""
    spec = importlib.util.spec_from_file_location(f"_bonusdesk_{name}", PKG / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cfg = _load("bundle_config")
APP_ID = cfg.APP_ID
DESKTOP = PKG / "linux" / f"{APP_ID}.desktop"
METAINFO = PKG / "linux" / f"{APP_ID}.metainfo.xml"


def _validator(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: apt-get install {package} (scripts/test does it)"
    return path


# -- version -------------------------------------------------------------------------
def test_version_is_the_same_in_pyproject_package_and_appstream():
    version = cfg.project_version()
    assert bonusdesk.__version__ == version
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases[0].get("version") == version, "add a <release> for the new version"


# -- spec ----------------------------------------------------------------------------
class _Recorder:
    """Stands in for PyInstaller's spec classes and records how the spec calls them."""

    def __init__(self):
        self.calls: list[tuple[str, tuple, dict]] = []

    def factory(self, kind: str):
        recorder = self

        class Target:
            def __init__(self, *args, **kwargs):
                recorder.calls.append((kind, args, kwargs))
                self.args, self.kwargs = args, kwargs
                self.pure, self.scripts = [], []
                self.binaries = [("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
                                 ("libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
                self.datas = [(dest + "/" + Path(src).name, src, "DATA")
                              for src, dest in kwargs.get("datas", [])]
                if kind == "Analysis" and "PySide6" not in kwargs["excludes"]:
                    # What PySide6's hook adds: Qt's translations in every language.
                    self.datas += [("PySide6/Qt/translations/qtbase_fr.qm", "x", "DATA"),
                                   ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA")]

        return Target

    def of(self, kind: str) -> list[tuple[tuple, dict]]:
        return [(a, k) for c, a, k in self.calls if c == kind]


def _run_spec(tmp_path, monkeypatch, platform: str) -> _Recorder:
    recorder = _Recorder()
    namespace = {name: recorder.factory(name)
                 for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(PKG), workpath=str(tmp_path), DISTPATH=str(tmp_path),
                     __file__=str(PKG / "bonusdesk.spec"))
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds packaging/ to it
    code = compile((PKG / "bonusdesk.spec").read_text(encoding="utf-8"), "bonusdesk.spec",
                   "exec")
    exec(code, namespace)
    return recorder


def test_spec_builds_a_windowed_one_folder_app_and_a_console_cli(tmp_path, monkeypatch):
    rec = _run_spec(tmp_path, monkeypatch, "linux")
    exes = {k["name"]: k for _, k in rec.of("EXE")}
    assert set(exes) == {"bonusdesk", "bonusdesk-cli"}
    assert exes["bonusdesk"]["console"] is False
    assert exes["bonusdesk-cli"]["console"] is True
    assert all(k["exclude_binaries"] for k in exes.values())  # one-folder, not one-file
    (collect_args, collect_kwargs), = rec.of("COLLECT")
    assert collect_kwargs["name"] == "bonusdesk"
    assert rec.of("BUNDLE") == []
    # The Linux desktop entry launches the executable the spec names.
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"].split()[0] == "bonusdesk"


def test_spec_excludes_unused_qt_and_bundles_resources(tmp_path, monkeypatch):
    rec = _run_spec(tmp_path, monkeypatch, "linux")
    (app_args, app_kwargs), (cli_args, cli_kwargs) = rec.of("Analysis")
    for heavy in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
                  "PySide6.QtQuick", "PySide6.QtQml", "tkinter"):
        assert heavy in app_kwargs["excludes"]
    assert "PySide6" in cli_kwargs["excludes"]
    dests = {dest for _src, dest in app_kwargs["datas"]}
    assert {"resources/fonts", "resources/icons"} <= dests
    # OCR: the engine module and the French and English language data travel with both.
    for kwargs in (app_kwargs, cli_kwargs):
        assert "tesserocr" in kwargs["hiddenimports"]
        ocr_data = {Path(src).name for src, dest in kwargs["datas"]
                    if dest == "resources/tessdata"}
        assert ocr_data == {"eng.traineddata", "fra.traineddata"}
    # Only the languages BonusDesk offers survive among Qt's own translations.
    collect = rec.calls[[c for c, _, _ in rec.calls].index("COLLECT")][1]
    qt_tr = {Path(d[0]).name for part in collect if isinstance(part, list) for d in part
             if d[0].startswith("PySide6/Qt/translations/")}
    assert qt_tr == {"qtbase_fr.qm"}
    # The system's libstdc++ is used (Mesa drivers need it), not the build machine's.
    bundled = {d[0] for part in collect if isinstance(part, list) for d in part}
    assert "libQt6Core.so.6" in bundled and "libstdc++.so.6" not in bundled
    # Icons for the installers are generated into the build folder, not the source tree.
    assert (tmp_path / "icons" / "bonusdesk.ico").exists()


def test_spec_makes_a_macos_app_with_the_screen_capture_text(tmp_path, monkeypatch):
    rec = _run_spec(tmp_path, monkeypatch, "darwin")
    (_args, kwargs), = rec.of("BUNDLE")
    assert kwargs["name"] == "BonusDesk.app"
    assert kwargs["bundle_identifier"] == APP_ID
    assert kwargs["icon"].endswith("bonusdesk.icns")
    info = kwargs["info_plist"]
    assert info["CFBundleShortVersionString"] == cfg.project_version()
    assert "screenshot" in info["NSScreenCaptureUsageDescription"]
    exe_names = {k["name"] for _, k in rec.of("EXE")}
    assert exe_names == {"BonusDesk", "bonusdesk-cli"}


def _qt_modules_imported_by(package_dir: Path) -> set[str]:
    found = set()
    for path in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            found |= {n for n in names if re.fullmatch(r"PySide6\.Qt\w+", n)}
    return found


def test_no_excluded_qt_module_is_used_by_bonusdesk():
    used = _qt_modules_imported_by(ROOT / "bonusdesk")
    assert used & set(cfg.EXCLUDED_QT_MODULES) == set()


def test_resource_datas_keep_runtime_files_and_leave_sources_out(tmp_path):
    res = tmp_path / "resources"
    for rel in ("fonts/DejaVuSans.ttf", "translations/bonusdesk_fr.ts",
                "translations/bonusdesk_fr.qm", "rules/escalation.toml", "icons/bonusdesk.svg",
                "help/guide_fr.md"):
        (res / rel).parent.mkdir(parents=True, exist_ok=True)
        (res / rel).write_text("x")
    datas = {(Path(src).relative_to(res).as_posix(), dest)
             for src, dest in cfg.resource_datas(tmp_path)}
    assert datas == {("fonts/DejaVuSans.ttf", "resources/fonts"),
                     ("translations/bonusdesk_fr.qm", "resources/translations"),
                     ("rules/escalation.toml", "resources/rules"),
                     ("icons/bonusdesk.svg", "resources/icons"),
                     ("help/guide_fr.md", "resources/help")}


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qt_help_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("resources/translations/bonusdesk_fr.qm", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
])
def test_only_french_and_english_qt_translations_are_kept(dest, kept):
    assert cfg.keep_qt_translation(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/fr.dat", True),
    ("babel/locale-data/fr_FR.dat", True),
    ("babel/locale-data/en_GB.dat", True),
    ("babel/locale-data/en_001.dat", True),
    ("babel/locale-data/de.dat", False),
    ("babel/locale-data/zh_Hant_TW.dat", False),
    ("babel/global.dat", True),
])
def test_only_french_and_english_babel_locales_are_kept(dest, kept):
    assert cfg.keep_babel_locale(dest) is kept


# -- icons ---------------------------------------------------------------------------
def test_installer_icons_are_made_from_the_app_icon_sizes(tmp_path):
    icons = _load("make_icons")
    icons.make_all(tmp_path)
    with Image.open(tmp_path / "bonusdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "bonusdesk.icns") as icns:
        assert {(512, 512, 1), (128, 128, 1), (16, 16, 2)} <= set(icns.info["sizes"])
    hicolor = tmp_path / "share" / "icons" / "hicolor"
    for n in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png") as png:
            assert png.size == (n, n)
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").exists()


# -- Linux ---------------------------------------------------------------------------
def test_desktop_entry_is_valid():
    proc = subprocess.run([_validator("desktop-file-validate", "desktop-file-utils"),
                           str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout.lower()


def test_desktop_entry_uses_the_icon_theme_name_and_speaks_french():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Icon"] == APP_ID
    assert group["Terminal"] == "false"
    assert "Comment[fr]" in group and "GenericName[fr]" in group


def test_appstream_metainfo_is_valid():
    proc = subprocess.run([_validator("appstreamcli", "appstream"), "validate", "--no-net",
                           str(METAINFO)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_appstream_metainfo_launches_the_desktop_entry():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert {b.text for b in root.find("provides")} == {"bonusdesk", "bonusdesk-cli"}
    langs = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in root.iter("summary")}
    assert langs == {None, "fr"}


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bonusdesk-0.1.0"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("bonusdesk", "bonusdesk-cli"):
        exe = bundle / name
        exe.write_text("#!/bin/sh\necho ran\n")
        exe.chmod(0o755)
    share = bundle / "share"
    _load("make_icons").write_hicolor(_load("make_icons").icon_pngs(), share)
    for sub, src in (("applications", DESKTOP), ("metainfo", METAINFO)):
        (share / sub).mkdir()
        shutil.copy(src, share / sub)
    shutil.copy(PKG / "linux" / "install.sh", bundle)
    return bundle


def test_linux_install_script_installs_for_the_user_and_uninstalls(tmp_path):
    bundle = _fake_bundle(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr
    lib = home / ".local" / "lib" / "bonusdesk"
    data = home / ".local" / "share"
    assert subprocess.run([str(home / ".local/bin/bonusdesk")], capture_output=True,
                          text=True).stdout == "ran\n"
    desktop = (data / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f"Exec={lib}/bonusdesk\n" in desktop
    assert (data / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").exists()
    assert (data / "metainfo" / METAINFO.name).exists()

    claims = home / "Documents" / "BonusDesk"
    claims.mkdir(parents=True)
    (claims / "bonusdesk.db").write_text("evidence")
    proc = subprocess.run(["sh", str(lib / "install.sh"), "--uninstall"], env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert not lib.exists()
    assert not (home / ".local/bin/bonusdesk").exists()
    assert not (data / "applications" / DESKTOP.name).exists()
    assert list((data / "icons").rglob(f"{APP_ID}.*")) == []
    assert (claims / "bonusdesk.db").read_text() == "evidence"  # the player's data stays


# -- Windows and macOS ---------------------------------------------------------------
def test_inno_setup_script_installs_the_exe_the_spec_builds():
    iss = (PKG / "windows" / "bonusdesk.iss").read_text(encoding="utf-8")
    sections = set(re.findall(r"^\[(\w+)\]", iss, re.M))
    assert {"Setup", "Files", "Icons", "Run", "Languages"} <= sections
    app_exe = re.search(r'#define AppExe "([^"]+)"', iss).group(1)
    assert app_exe == f"{cfg.APP_NAME}.exe"  # the spec names the Windows EXE APP_NAME
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
                     iss, re.M), "Start-menu shortcut"
    assert "SetupIconFile={#IconFile}" in iss and "UninstallDisplayIcon=" in iss
    assert "PrivilegesRequired=lowest" in iss


def test_macos_info_plist_fragment_is_valid_and_explains_permissions():
    with open(PKG / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    for key in ("NSScreenCaptureUsageDescription", "NSDocumentsFolderUsageDescription"):
        assert len(info[key]) > 40
    assert info["CFBundleLocalizations"] == ["en", "fr"]
