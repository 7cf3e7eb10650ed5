"""Derive installer icons from the app icon in resources/icons/ (generated, never committed).

The source of truth is ``resources/icons/bonusdesk.svg`` and its rendered sizes
``bonusdesk-<N>.png`` (see ``python -m bonusdesk.ui.icons --render``). From them:

* ``bonusdesk.ico``  Windows: the .exe, the installer and the uninstall entry;
* ``bonusdesk.icns`` macOS: the .app bundle;
* ``share/icons/hicolor/<N>x<N>/apps/<app id>.png`` Linux: the freedesktop icon theme layout
  that the .desktop file's ``Icon=`` name is looked up in.

Usage: ``python packaging/make_icons.py OUT_DIR``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_config import APP_ID, ROOT  # noqa: E402 - this folder is not a package

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # sizes the .icns format has slots for


def icon_pngs(icons_dir: Path | None = None) -> dict[int, Path]:
    """The rendered sizes; raises FileNotFoundError naming the missing ones."""
    icons_dir = icons_dir or ROOT / "resources" / "icons"
    pngs = {n: icons_dir / f"bonusdesk-{n}.png" for n in SIZES}
    missing = [str(p) for p in pngs.values() if not p.exists()]
    if missing:
        raise FileNotFoundError("app icon sizes missing (render them with "
                                "`python -m bonusdesk.ui.icons --render`): " + ", ".join(missing))
    return pngs


def _images(pngs: dict[int, Path], sizes) -> list[Image.Image]:
    images = []
    for n in sizes:
        with Image.open(pngs[n]) as im:
            images.append(im.convert("RGBA"))
    return images


def write_ico(pngs: dict[int, Path], out: Path) -> Path:
    # Each size from its own rendering: small sizes stay crisp instead of being downscaled.
    images = _images(pngs, ICO_SIZES)
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(n, n) for n in ICO_SIZES],
                 append_images=images[:-1])
    return out


def write_icns(pngs: dict[int, Path], out: Path) -> Path:
    images = _images(pngs, ICNS_SIZES)
    images[-1].save(out, format="ICNS", append_images=images[:-1])
    return out


def write_hicolor(pngs: dict[int, Path], share: Path) -> list[Path]:
    """``share/icons/hicolor/...``; the SVG goes to ``scalable/apps`` when present."""
    written = []
    for n, png in pngs.items():
        dest = share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, dest)
        written.append(dest)
    svg = next(iter(pngs.values())).parent / "bonusdesk.svg"
    if svg.exists():
        dest = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, dest)
        written.append(dest)
    return written


def make_all(out_dir: Path, icons_dir: Path | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = icon_pngs(icons_dir)
    return [write_ico(pngs, out_dir / "bonusdesk.ico"),
            write_icns(pngs, out_dir / "bonusdesk.icns"),
            *write_hicolor(pngs, out_dir / "share")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/make_icons.py")
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    for path in make_all(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
