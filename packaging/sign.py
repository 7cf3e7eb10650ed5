"""Code signing: a build step that runs when credentials are present, and says so when not.

Credentials come from the environment (a CI secret store or the release manager's shell),
never from the repository:

Windows (``signtool`` from the Windows SDK, found on PATH or in the SDK folders)
    BONUSDESK_SIGN_PFX            a .pfx file, with BONUSDESK_SIGN_PFX_PASSWORD, or
    BONUSDESK_SIGN_SHA1           the thumbprint of a certificate in the Windows store
                                  (hardware token or cloud HSM)
    BONUSDESK_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (default below)
macOS (Xcode command line tools)
    BONUSDESK_CODESIGN_IDENTITY   "Developer ID Application: NAME (TEAMID)"
    BONUSDESK_NOTARY_PROFILE      a keychain profile made once with
                                  ``xcrun notarytool store-credentials``: notarize + staple

The functions below only *plan* commands (lists of argv), so the plans are tested on any
system; :func:`run` executes a plan. See packaging/SIGNING.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITLEMENTS = HERE / "macos" / "entitlements.plist"
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
_MACHO_SUFFIXES = (".so", ".dylib")

UNSIGNED_WINDOWS = ("UNSIGNED build: Windows SmartScreen will say \"Windows protected your "
                    "PC\" (More info > Run anyway), and some antivirus programs may quarantine "
                    "it. Set BONUSDESK_SIGN_PFX or BONUSDESK_SIGN_SHA1 to sign.")
UNSIGNED_MACOS = ("UNSIGNED build (ad-hoc signature only): Gatekeeper will say BonusDesk "
                  "\"cannot be opened because Apple cannot check it for malicious software\" "
                  "(open it from System Settings > Privacy & Security > Open Anyway). Set "
                  "BONUSDESK_CODESIGN_IDENTITY (and BONUSDESK_NOTARY_PROFILE) to sign.")


@dataclass
class Command:
    argv: list[str]
    secret: str = ""  # shown as *** when the command is printed

    def shown(self) -> str:
        text = " ".join(f'"{a}"' if " " in a else a for a in self.argv)
        return text.replace(self.secret, "***") if self.secret else text


def run(plan: list[Command], say=print) -> None:
    for command in plan:
        say(f"sign: {command.shown()}")
        subprocess.run(command.argv, check=True)


# -- Windows -------------------------------------------------------------------------------
def signtool(env: Mapping[str, str] = os.environ) -> str:
    found = env.get("SIGNTOOL") or shutil.which("signtool")
    if found:
        return found
    kits = Path(env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10"
    tools = sorted(kits.glob("bin/*/x64/signtool.exe"))
    return str(tools[-1]) if tools else "signtool"


def windows_credentials(env: Mapping[str, str] = os.environ) -> list[str] | None:
    """signtool's certificate arguments, or None when nothing to sign with."""
    if env.get("BONUSDESK_SIGN_PFX"):
        args = ["/f", env["BONUSDESK_SIGN_PFX"]]
        if env.get("BONUSDESK_SIGN_PFX_PASSWORD"):
            args += ["/p", env["BONUSDESK_SIGN_PFX_PASSWORD"]]
        return args
    if env.get("BONUSDESK_SIGN_SHA1"):
        return ["/sha1", env["BONUSDESK_SIGN_SHA1"]]
    return None


def windows_sign_argv(env: Mapping[str, str] = os.environ) -> list[str] | None:
    """``signtool sign ...`` without the file names (also handed to Inno Setup)."""
    creds = windows_credentials(env)
    if creds is None:
        return None
    url = env.get("BONUSDESK_SIGN_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL)
    return [signtool(env), "sign", "/fd", "sha256", "/tr", url, "/td", "sha256",
            "/d", "BonusDesk", *creds]


def windows_plan(files: list[Path], env: Mapping[str, str] = os.environ) -> list[Command]:
    """Sign then verify each file (the .exe files, later the installer)."""
    argv = windows_sign_argv(env)
    if argv is None:
        return []
    secret = env.get("BONUSDESK_SIGN_PFX_PASSWORD", "")
    plan = [Command([*argv, str(f)], secret) for f in files]
    plan += [Command([argv[0], "verify", "/pa", "/v", str(f)]) for f in files]
    return plan


def inno_setup_signtool(env: Mapping[str, str] = os.environ) -> str | None:
    """ISCC's ``/S`` value: Inno Setup then signs the installer and its uninstaller."""
    argv = windows_sign_argv(env)
    if argv is None:
        return None
    quoted = " ".join(f'$q{a}$q' if " " in a else a for a in argv)
    return f"bonusdesk={quoted} $f"


# -- macOS ---------------------------------------------------------------------------------
def _code_files(app: Path) -> list[Path]:
    """What codesign must seal before the .app: libraries, frameworks, executables,
    deepest first (a signature covers what is inside it, so inner ones come first)."""
    contents = app / "Contents"
    found: list[Path] = []
    for path in contents.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() and path.suffix == ".framework":
            found.append(path)
        elif path.is_file() and (path.suffix in _MACHO_SUFFIXES or
                                 (os.access(path, os.X_OK) and path.parent.name == "MacOS")):
            found.append(path)
    return sorted(found, key=lambda p: (-len(p.parts), str(p)))


def macos_app_plan(app: Path, env: Mapping[str, str] = os.environ) -> list[Command]:
    identity = env.get("BONUSDESK_CODESIGN_IDENTITY")
    if not identity:
        return []
    base = ["codesign", "--force", "--timestamp", "--options", "runtime",
            "--entitlements", str(ENTITLEMENTS), "--sign", identity]
    plan = [Command([*base, str(p)]) for p in _code_files(app)]
    plan.append(Command([*base, str(app)]))
    plan.append(Command(["codesign", "--verify", "--deep", "--strict", "--verbose=2",
                         str(app)]))
    return plan


def macos_dmg_plan(dmg: Path, env: Mapping[str, str] = os.environ) -> list[Command]:
    identity = env.get("BONUSDESK_CODESIGN_IDENTITY")
    if not identity:
        return []
    plan = [Command(["codesign", "--force", "--timestamp", "--sign", identity, str(dmg)])]
    profile = env.get("BONUSDESK_NOTARY_PROFILE")
    if profile:
        plan += [Command(["xcrun", "notarytool", "submit", str(dmg), "--keychain-profile",
                          profile, "--wait"]),
                 Command(["xcrun", "stapler", "staple", str(dmg)]),
                 Command(["spctl", "--assess", "--type", "open", "--context",
                          "context:primary-signature", "--verbose", str(dmg)])]
    return plan


def status(platform: str, env: Mapping[str, str] = os.environ) -> str:
    """One line for the build log: signed with what, or what users will see."""
    if platform == "win32":
        creds = windows_credentials(env)
        if creds is None:
            return UNSIGNED_WINDOWS
        return f"signing with signtool ({'certificate file' if creds[0] == '/f' else 'store'})"
    if platform == "darwin":
        if not env.get("BONUSDESK_CODESIGN_IDENTITY"):
            return UNSIGNED_MACOS
        notarize = "and notarizing" if env.get("BONUSDESK_NOTARY_PROFILE") else \
            "NOT notarizing (set BONUSDESK_NOTARY_PROFILE): Gatekeeper will still warn"
        return f"signing as {env['BONUSDESK_CODESIGN_IDENTITY']} {notarize}"
    return "Linux: no code signing (the .tar.gz is published with its SHA-256)"
