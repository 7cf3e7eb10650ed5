"""The dependency arrow: core, export and the CLI never pull in Qt."""

import pkgutil
import subprocess
import sys

import bonusdesk
from tests.conftest import subprocess_env


def non_ui_modules() -> list[str]:
    names = ["bonusdesk.cli", "bonusdesk.selfcheck", "bonusdesk.resources", "bonusdesk.notices"]
    for info in pkgutil.walk_packages(bonusdesk.__path__, "bonusdesk."):
        if info.name.startswith(("bonusdesk.core", "bonusdesk.export")):
            names.append(info.name)
    return names


def test_core_export_and_cli_import_without_qt_or_a_display():
    modules = non_ui_modules()
    assert "bonusdesk.core.folder" in modules and "bonusdesk.export.pdf" in modules
    script = ("import importlib, sys\n"
              f"for name in {modules!r}:\n"
              "    importlib.import_module(name)\n"
              "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
              "print(qt)\n")
    env = subprocess_env()
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
