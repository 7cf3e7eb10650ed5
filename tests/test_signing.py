"""Signing is planned from the environment: commands when credentials exist, a clear
"unsigned" line otherwise. The tools themselves (signtool, codesign, notarytool) only
exist on Windows and macOS, so here the plans are checked, not run."""

from __future__ import annotations

import importlib.util
import plistlib
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

PKG = REPO_ROOT / "packaging"
_spec = importlib.util.spec_from_file_location("_bonusdesk_sign", PKG / "sign.py")
sign = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = sign  # dataclasses look their module up there
_spec.loader.exec_module(sign)

PFX = {"BONUSDESK_SIGN_PFX": r"C:\secrets\bonusdesk.pfx",
       "BONUSDESK_SIGN_PFX_PASSWORD": "hunter 2", "SIGNTOOL": "signtool.exe"}
MAC = {"BONUSDESK_CODESIGN_IDENTITY": "Developer ID Application: Camille Martin (AB12CD34EF)"}


def test_no_credentials_means_no_commands_and_says_what_users_will_see(tmp_path):
    assert sign.windows_plan([tmp_path / "BonusDesk.exe"], {}) == []
    assert sign.macos_app_plan(tmp_path / "BonusDesk.app", {}) == []
    assert sign.macos_dmg_plan(tmp_path / "x.dmg", {}) == []
    assert sign.inno_setup_signtool({}) is None
    assert "Windows protected your PC" in sign.status("win32", {})
    assert "cannot be opened" in sign.status("darwin", {})


def test_windows_pfx_signs_timestamps_and_verifies_each_exe(tmp_path):
    files = [tmp_path / "BonusDesk.exe", tmp_path / "bonusdesk-cli.exe"]
    plan = sign.windows_plan(files, PFX)
    signs = [c.argv for c in plan if c.argv[1] == "sign"]
    assert [a[-1] for a in signs] == [str(f) for f in files]
    for argv in signs:
        assert argv[:4] == ["signtool.exe", "sign", "/fd", "sha256"]
        assert argv[argv.index("/tr") + 1] == sign.DEFAULT_TIMESTAMP_URL
        assert argv[argv.index("/f") + 1] == PFX["BONUSDESK_SIGN_PFX"]
    verifies = [c.argv for c in plan if c.argv[1] == "verify"]
    assert [a[-1] for a in verifies] == [str(f) for f in files]
    # The password never reaches the build log.
    assert all("hunter 2" not in c.shown() for c in plan) and "***" in plan[0].shown()


def test_windows_certificate_in_the_store_by_thumbprint():
    argv = sign.windows_sign_argv({"BONUSDESK_SIGN_SHA1": "ABCDEF0123", "SIGNTOOL": "st"})
    assert argv[argv.index("/sha1") + 1] == "ABCDEF0123" and "/f" not in argv


def test_inno_setup_gets_a_sign_tool_and_the_script_uses_it():
    value = sign.inno_setup_signtool(PFX)
    assert value.startswith("bonusdesk=signtool.exe sign") and value.endswith(" $f")
    assert "$qhunter 2$q" in value  # Inno Setup's quote for arguments with spaces
    iss = (PKG / "windows" / "bonusdesk.iss").read_text(encoding="utf-8")
    assert "#ifdef SignWith\nSignTool=bonusdesk\nSignedUninstaller=yes\n#endif" in iss


def _fake_app(tmp_path: Path) -> Path:
    app = tmp_path / "BonusDesk.app"
    macos = app / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    for name in ("BonusDesk", "bonusdesk-cli"):
        (macos / name).write_text("")
        (macos / name).chmod(0o755)
    qt = app / "Contents" / "Frameworks" / "PySide6" / "Qt" / "lib" / "QtCore.framework"
    (qt / "Versions" / "A").mkdir(parents=True)
    (qt / "Versions" / "A" / "QtCore").write_text("")
    (app / "Contents" / "Frameworks" / "PySide6" / "QtCore.abi3.so").write_text("")
    (app / "Contents" / "Frameworks" / "libpython3.11.dylib").write_text("")
    (app / "Contents" / "Resources").mkdir()
    (app / "Contents" / "Resources" / "rules.toml").write_text("")
    return app


def test_macos_signs_inside_out_with_hardened_runtime_then_verifies(tmp_path):
    app = _fake_app(tmp_path)
    plan = sign.macos_app_plan(app, MAC)
    signed = [Path(c.argv[-1]) for c in plan if "--sign" in c.argv]
    assert signed[-1] == app  # the bundle last: its seal covers everything inside
    names = [p.name for p in signed]
    assert {"QtCore.framework", "QtCore.abi3.so", "libpython3.11.dylib", "BonusDesk",
            "bonusdesk-cli"} <= set(names) and "rules.toml" not in names
    assert names.index("QtCore.abi3.so") < names.index("BonusDesk.app")
    for command in plan[:-1]:
        argv = command.argv
        assert argv[argv.index("--options") + 1] == "runtime" and "--timestamp" in argv
        assert argv[argv.index("--sign") + 1] == MAC["BONUSDESK_CODESIGN_IDENTITY"]
    assert plan[-1].argv[:4] == ["codesign", "--verify", "--deep", "--strict"]


def test_macos_dmg_is_notarized_and_stapled_with_a_profile(tmp_path):
    dmg = tmp_path / "BonusDesk-0.1.0.dmg"
    without = sign.macos_dmg_plan(dmg, MAC)
    assert [c.argv[0] for c in without] == ["codesign"]
    assert "NOT notarizing" in sign.status("darwin", MAC)
    plan = sign.macos_dmg_plan(dmg, {**MAC, "BONUSDESK_NOTARY_PROFILE": "bonusdesk"})
    assert [c.argv[:2] for c in plan] == [["codesign", "--force"], ["xcrun", "notarytool"],
                                          ["xcrun", "stapler"], ["spctl", "--assess"]]
    assert "--wait" in plan[1].argv


def test_entitlements_allow_what_python_needs_and_nothing_more():
    with open(PKG / "macos" / "entitlements.plist", "rb") as fh:
        assert plistlib.load(fh) == {
            "com.apple.security.cs.allow-unsigned-executable-memory": True}
