"""Build the BonusDesk wheel (for pip / pipx) with its resources, offline.

    python packaging/build_wheel.py [--out DIR]     # default: dist/

Compiles the translations first (the .qm files are generated, not in git), copies the
tracked files to a scratch folder (a stale ``build/`` can never leak into the wheel), then
runs ``pip wheel --no-deps --no-build-isolation``: nothing is downloaded, so this Python
needs setuptools 77 or newer (the ``packaging`` extra). Prints the wheel's path.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402 - this folder is not a package; build.py is import-safe
import bundle_config as cfg  # noqa: E402

ROOT = cfg.ROOT
_NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__",
                                      "*.egg-info", ".pytest_cache", ".ruff_cache", "bench")


def copy_sources(dest: Path) -> None:
    """The files git tracks or would (outside git: the tree minus caches), plus the .qm."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True)
    if listed.returncode == 0 and listed.stdout:
        for rel in filter(None, listed.stdout.decode().split("\0")):
            src = ROOT / rel
            if src.is_file():
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / rel)
    else:
        shutil.copytree(ROOT, dest, ignore=_NOT_SOURCES, dirs_exist_ok=True)
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        shutil.copy2(qm, dest / "resources" / "translations" / qm.name)


def build_wheel(out: Path) -> Path:
    build.compile_translations()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bonusdesk-wheel-") as tmp:
        src = Path(tmp) / "src"
        copy_sources(src)
        wheels = Path(tmp) / "wheels"
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                        "--no-build-isolation", "-w", str(wheels), str(src)], check=True)
        (wheel,) = wheels.glob("bonusdesk-*.whl")
        target = out / wheel.name
        shutil.move(wheel, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build_wheel.py",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the wheel")
    args = parser.parse_args(argv)
    print(build_wheel(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
