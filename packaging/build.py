"""Build the BonusDesk one-folder bundle for this system, then smoke-test the result.

    python packaging/build.py            # build + report size + smoke test
    python packaging/build.py --smoke    # only smoke-test an existing build

Steps: install PyInstaller into the running Python if missing (the ``packaging`` extra of
pyproject.toml), compile translations, run PyInstaller on ``bonusdesk.spec``, add the
desktop-integration files (Linux), report the size, then run the built binary with
``QT_QPA_PLATFORM=offscreen``: ``--version``, ``--self-check``, ``bonusdesk-cli --version``,
``init`` and ``verify``, and a real start of the main window. On Windows it then runs Inno
Setup's ``ISCC`` when it is installed; on macOS it packs ``dist/BonusDesk.app`` into a .dmg;
on Linux it packs the bundle (with ``install.sh``) into a .tar.gz. Exit code 0 = all passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_icons  # noqa: E402
import sign  # noqa: E402

import bundle_config as cfg  # noqa: E402 - this folder is not a package

ROOT = cfg.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC_WORK = WORK / "bonusdesk"  # the spec's `workpath`: PyInstaller adds the spec's name
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
SIZE_LIMIT_MB = 250  # unpacked Linux bundle, see issue 7
SHOWN_MARKER = "bonusdesk: main window shown"  # printed by the app's --quit-after-shown


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def bundle_dir() -> Path:
    return DIST / "BonusDesk.app" / "Contents" / "MacOS" if MACOS else DIST / "bonusdesk"


def executable(name: str) -> Path:
    if WINDOWS:
        name = {"bonusdesk": cfg.APP_NAME}.get(name, name) + ".exe"
    elif MACOS and name == "bonusdesk":
        name = cfg.APP_NAME
    return bundle_dir() / name


# -- preparation ---------------------------------------------------------------------
def ensure_pyinstaller() -> None:
    """Install the ``packaging`` extra's requirements into this Python when missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    with open(ROOT / "pyproject.toml", "rb") as fh:
        reqs = tomllib.load(fh)["project"]["optional-dependencies"]["packaging"]
    say(f"installing {' '.join(reqs)} into {sys.prefix}")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *reqs], check=True)


def compile_translations() -> None:
    """resources/translations/*.ts -> .qm (generated files, not in git)."""
    ts_files = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not ts_files:
        say("no translations to compile (resources/translations/*.ts): English only")
        return
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found: install pyside6-essentials")
    for ts in ts_files:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    say(f"compiled {len(ts_files)} translation(s)")


def run_pyinstaller() -> float:
    """Run PyInstaller on the spec from scratch; returns the seconds it took."""
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST), "--workpath", str(WORK),
                    str(HERE / "bonusdesk.spec")], check=True, cwd=ROOT)
    return time.monotonic() - started


def add_linux_integration(bundle: Path) -> None:
    """share/ (desktop entry, AppStream, icons) and install.sh inside the bundle."""
    share = bundle / "share"
    make_icons.write_hicolor(make_icons.icon_pngs(), share)
    for sub, name in (("applications", f"{cfg.APP_ID}.desktop"),
                      ("metainfo", f"{cfg.APP_ID}.metainfo.xml")):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(HERE / "linux" / name, share / sub / name)
    installer = bundle / "install.sh"
    shutil.copyfile(HERE / "linux" / "install.sh", installer)
    installer.chmod(0o755)


def add_license_files(bundle: Path) -> None:
    """LICENSE and THIRD-PARTY-NOTICES.txt where a person looks: next to the executable."""
    shutil.copyfile(ROOT / "LICENSE", bundle / "LICENSE")
    shutil.copyfile(SPEC_WORK / "notices" / cfg.NOTICES_FILE,
                    bundle / cfg.NOTICES_FILE)


def make_tarball(bundle: Path, version: str) -> Path:
    out = DIST / f"bonusdesk-{version}-linux-x86_64.tar.gz"
    # Level 6: nearly the size of 9 in half the time (the Qt libraries barely compress).
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"bonusdesk-{version}")
    return out


def make_dmg(version: str) -> Path:
    out = DIST / f"BonusDesk-{version}.dmg"
    subprocess.run(["hdiutil", "create", "-volname", cfg.APP_NAME, "-srcfolder",
                    str(DIST / "BonusDesk.app"), "-ov", "-format", "UDZO", str(out)], check=True)
    sign.run(sign.macos_dmg_plan(out), say)  # signed, notarized and stapled if configured
    return out


def sign_bundle() -> None:
    """Sign what PyInstaller made, when credentials are present (packaging/SIGNING.md)."""
    say(sign.status(sys.platform))
    if WINDOWS:
        sign.run(sign.windows_plan([executable("bonusdesk"), executable("bonusdesk-cli")]), say)
    elif MACOS:
        sign.run(sign.macos_app_plan(DIST / "BonusDesk.app"), say)


def run_inno_setup(version: str) -> Path | None:
    candidates = [shutil.which("iscc"), shutil.which("ISCC"),
                  r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
                  r"C:\Program Files\Inno Setup 6\ISCC.exe"]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        say("Inno Setup (ISCC.exe) not found: install it to build the Windows installer")
        return None
    icon = SPEC_WORK / "icons" / "bonusdesk.ico"
    signing = sign.inno_setup_signtool()
    extra = ["/DSignWith=1", f"/S{signing}"] if signing else []
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={bundle_dir()}",
                    f"/DIconFile={icon}", f"/DOutputDir={DIST}", *extra,
                    str(HERE / "windows" / "bonusdesk.iss")], check=True)
    return DIST / f"BonusDesk-{version}-setup.exe"


# -- reporting -----------------------------------------------------------------------
def _files(path: Path) -> list[Path]:
    """Regular files; PyInstaller's symlinks to libraries would count them twice."""
    return [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in _files(path))


def report_size(bundle: Path) -> float:
    size_mb = tree_size(bundle) / 1e6
    files = _files(bundle)
    say(f"bundle {bundle}: {size_mb:.1f} MB unpacked, {len(files)} files")
    biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]
    for p in biggest:
        say(f"  {p.stat().st_size / 1e6:7.1f} MB  {p.relative_to(bundle)}")
    return size_mb


def glibc_floor(bundle: Path) -> str | None:
    """The newest GLIBC symbol version the bundle needs: the oldest Linux it runs on."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return None
    found: set[tuple[int, ...]] = set()
    for path in _files(bundle):
        if path.suffix in (".so",) or ".so." in path.name or os.access(path, os.X_OK):
            out = subprocess.run([objdump, "-T", str(path)], capture_output=True,
                                 text=True).stdout
            found |= {tuple(int(n) for n in v.split("."))
                      for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)}
    return ".".join(map(str, max(found))) if found else None


# -- smoke test ----------------------------------------------------------------------
def _run(cmd: list[str], env: dict, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def smoke_test(version: str) -> list[str]:
    """Run the built binaries offscreen; returns the failures (empty = passed)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The bundle must work on its own: nothing from this checkout or venv may leak in.
    for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "BONUSDESK_RESOURCES"):
        env.pop(var, None)
    failures: list[str] = []
    # Translations are generated (.qm, not in git): a build that skipped them runs English.
    top = DIST / "BonusDesk.app" if MACOS else bundle_dir()
    resources = next((p for p in top.glob("**/resources") if p.is_dir()), None)
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        if resources is None or not (resources / "translations" / f"{ts.stem}.qm").exists():
            failures.append(f"translation {ts.stem}.qm missing from the bundle")
            say(f"FAIL translation {ts.stem}.qm missing from the bundle")
        else:
            say(f"ok   translation {ts.stem}.qm bundled")
    app, cli = str(executable("bonusdesk")), str(executable("bonusdesk-cli"))
    with tempfile.TemporaryDirectory(prefix="bonusdesk-smoke-") as tmp:
        env["HOME"] = tmp  # settings and the default claim folder go to a throw-away home
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / ".config")
        env["BONUSDESK_FOLDER"] = str(Path(tmp) / "claims")
        checks = [
            ("app --version", [app, "--version"], version),
            ("app --self-check", [app, "--self-check"], "self-check passed"),
            ("cli --version", [cli, "--version"], version),
            ("cli init", [cli, "--folder", str(Path(tmp) / "cli"), "init"], ""),
            ("cli verify", [cli, "--folder", str(Path(tmp) / "cli"), "verify"], ""),
            ("cli licenses", [cli, "licenses"], "LGPL-3.0-only"),
            ("app starts and shows its window",
             [app, "--folder", str(Path(tmp) / "claims"), "--quit-after-shown"], SHOWN_MARKER),
        ]
        for name, cmd, expected in checks:
            if WINDOWS and cmd[0] == app:
                expected = ""  # a windowed .exe has no stdout: its exit code is the verdict
            try:
                proc = _run(cmd, env)
            except subprocess.TimeoutExpired:
                failures.append(f"{name}: no exit within 120 s")
                say(f"FAIL {name}: timed out")
                continue
            output = proc.stdout + proc.stderr
            if proc.returncode != 0 or expected not in output:
                failures.append(f"{name}: exit {proc.returncode}")
                say(f"FAIL {name}: exit {proc.returncode}, expected {expected!r} in:\n{output}")
            else:
                say(f"ok   {name}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true",
                        help="only smoke-test the existing build in dist/")
    parser.add_argument("--no-smoke", action="store_true", help="build without the smoke test")
    args = parser.parse_args(argv)
    version = cfg.project_version()
    bundle = bundle_dir()
    if not args.smoke:
        ensure_pyinstaller()
        compile_translations()
        say(f"building BonusDesk {version} with PyInstaller (a few minutes)")
        seconds = run_pyinstaller()
        say(f"PyInstaller took {seconds:.0f} s")
        if not MACOS:  # inside the .app, Contents/Resources/resources holds them
            add_license_files(bundle)
        if not (WINDOWS or MACOS):
            add_linux_integration(bundle)
        sign_bundle()  # before the smoke test: the signed binaries are the ones tested
    elif not bundle.exists():
        raise SystemExit(f"no build in {bundle}: run without --smoke first")
    size_mb = report_size(DIST / "BonusDesk.app" if MACOS else bundle)
    if not (WINDOWS or MACOS):
        floor = glibc_floor(bundle)
        if floor:
            say(f"needs glibc {floor} or newer (the build machine's); build on an older "
                "distribution to reach older systems")
    failures = [] if args.no_smoke else smoke_test(version)
    if not (WINDOWS or MACOS) and size_mb > SIZE_LIMIT_MB:
        failures.append(f"bundle is {size_mb:.0f} MB, over the {SIZE_LIMIT_MB} MB budget")
    if failures:
        say("FAILED: " + "; ".join(failures))
        return 1
    if not args.smoke:
        if WINDOWS:
            setup = run_inno_setup(version)
            if setup:
                say(f"installer: {setup}")
        elif MACOS:
            say(f"disk image: {make_dmg(version)}")
        else:
            tarball = make_tarball(bundle, version)
            say(f"archive: {tarball} ({tarball.stat().st_size / 1e6:.1f} MB)")
    say("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
