"""BonusDesk's licence and the notices of the third-party software it ships (Help › About,
``bonusdesk-cli licenses``, the installers).

The list is generated from the installed distributions' metadata: starting from BonusDesk's
own requirements, every distribution they pull in (extras included when asked for), with
its version, declared licence, home page and the licence files it ships. Things no Python
distribution describes are added by hand: Qt (inside PySide6, whose wheels carry no licence
file), the DejaVu fonts, and the Python runtime of the bundles.

A PyInstaller bundle does not keep the distributions' metadata, so the build writes the
generated text into the bundle (``resources/THIRD-PARTY-NOTICES.txt``) and
:func:`third_party_notices` reads that file when it exists.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bonusdesk import APP_NAME, __version__

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
LICENSE_SPDX = "GPL-3.0-or-later"
_LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.I)
# PEP 639's place for licence files: pypdfium2 keeps PDFium's and its libraries' there
# under names like BUILD_LICENSES/pdfium.txt, which the pattern above does not catch.
_DIST_INFO_LICENSES = re.compile(r"\.dist-info/licenses/(.+)$")
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")

HEADER = f"""{APP_NAME} {__version__}
Copyright (C) The BonusDesk authors.

{APP_NAME} is free software: you can redistribute it and/or modify it under the terms of
the GNU General Public License as published by the Free Software Foundation, either
version 3 of the License, or (at your option) any later version ({LICENSE_SPDX}).
It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without
even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the
GNU General Public License (the LICENSE file) for more details.

{APP_NAME} includes the third-party software listed below, each under its own licence.
"""

QT_NOTE = """Qt 6 (The Qt Company Ltd. and contributors), inside PySide6/shiboken6
  licence: LGPL-3.0-only (full text below). The Qt libraries are separate shared libraries
  in the installed folder and can be replaced by compatible builds; Qt's source code is
  available from https://code.qt.io and https://download.qt.io/official_releases/qt/."""

TESSERACT_NOTE = """Tesseract OCR (Google and contributors), inside tesserocr's libraries, and its
  English and French language data (resources/tessdata, from the tesseract-ocr tessdata
  repositories, as packaged by Debian)
  licence: Apache-2.0 (full text below); home: https://github.com/tesseract-ocr/tesseract.
  Leptonica (inside tesserocr's libraries): BSD-2-Clause, http://www.leptonica.org."""


@dataclass
class Component:
    name: str
    version: str
    license: str
    home: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)


def _distribution(name: str) -> md.Distribution | None:
    try:
        return md.distribution(name)
    except md.PackageNotFoundError:
        return None


def _requirements(dist: md.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    found = []
    for line in dist.requires or []:
        match = _REQUIREMENT.match(line)
        if not match:
            continue
        marker = line.split(";", 1)[1] if ";" in line else ""
        if marker and not _marker_holds(marker, extras):
            continue  # an extra nobody asked for, or another platform's requirement
        found.append((match.group(1), {e.strip() for e in (match.group(2) or "").split(",")
                                       if e.strip()}))
    return found


def _marker_holds(marker: str, extras: set[str]) -> bool:
    try:
        from packaging.markers import InvalidMarker, Marker
    except ImportError:  # not installed: judge the extras alone, keep the rest
        wanted = _EXTRA.findall(marker)
        return not wanted or bool(set(wanted) & extras)
    try:
        parsed = Marker(marker)
    except InvalidMarker:
        return True
    return any(parsed.evaluate({"extra": extra}) for extra in (extras or {""}))


def _closure(root: str = "bonusdesk") -> list[md.Distribution]:
    """Installed distributions BonusDesk needs at run time, each once, sorted by name."""
    start = _distribution(root)
    if start is None:
        return []
    seen: dict[str, md.Distribution] = {}
    todo = _requirements(start, set())
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        dist = _distribution(name)
        if dist is None:
            continue  # a requirement for another platform (tzdata on Windows)
        if key not in seen:
            seen[key] = dist
            todo += _requirements(dist, extras)
        elif extras:
            todo += _requirements(dist, extras)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _license_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 120:
        return declared
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def _home_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return url.strip()
    return meta.get("Home-page") or ""


def _texts_of(dist: md.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        in_licenses = _DIST_INFO_LICENSES.search(str(file))
        if ((in_licenses or _LICENSE_FILE.search(str(file)))
                and not str(file).endswith((".py", ".pyc"))):
            name = in_licenses.group(1) if in_licenses else Path(str(file)).name
            try:
                texts.append((name, file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return texts


def components() -> list[Component]:
    found = [Component(d.metadata["Name"], d.version, _license_of(d), _home_of(d),
                       _texts_of(d)) for d in _closure()]
    return found


def _resource_text(*parts: str) -> str:
    from bonusdesk.resources import resource_path

    try:
        return resource_path(*parts).read_text(encoding="utf-8")
    except (OSError, FileNotFoundError):
        return ""


def generate() -> str:
    """The full notices text from the running installation's metadata."""
    out = [HEADER]
    for comp in components():
        out.append(f"\n{'=' * 78}\n{comp.name} {comp.version}\n  licence: {comp.license}")
        if comp.home:
            out.append(f"  home: {comp.home}")
        for name, text in comp.texts:
            out.append(f"\n--- {comp.name}: {name} ---\n{text.rstrip()}")
    out.append(f"\n{'=' * 78}\n{QT_NOTE}\n\n--- GNU Lesser General Public License v3 ---\n"
               f"{_resource_text('licenses', 'LGPL-3.0.txt').rstrip()}")
    out.append(f"\n{'=' * 78}\n{TESSERACT_NOTE}\n\n--- Apache License 2.0 ---\n"
               f"{_resource_text('licenses', 'Apache-2.0.txt').rstrip()}")
    out.append(f"\n{'=' * 78}\nDejaVu fonts (PDF text), Bitstream Vera derived\n"
               f"  licence: Bitstream Vera / DejaVu licence (text below)\n\n"
               f"{_resource_text('fonts', 'LICENSE').rstrip()}")
    python_license = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}." \
        f"{sys.version_info.minor}" / "LICENSE.txt"
    if not python_license.exists():
        python_license = Path(sys.base_prefix) / "LICENSE.txt"  # Windows layout
    out.append(f"\n{'=' * 78}\nPython {sys.version.split()[0]} (in the installers' bundles)\n"
               "  licence: PSF-2.0")
    if python_license.exists():
        out.append("\n" + python_license.read_text(encoding="utf-8", errors="replace").rstrip())
    return "\n".join(out) + "\n"


def third_party_notices() -> str:
    """The notices shipped with a bundle, else generated from this installation."""
    shipped = _resource_text(NOTICES_FILE)
    return shipped or generate()


def license_text() -> str:
    """The GPL-3.0 text: the checkout's LICENSE, the bundle's copy, or the wheel's."""
    checkout = Path(__file__).resolve().parent.parent / "LICENSE"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    shipped = _resource_text("LICENSE")
    if shipped:
        return shipped
    dist = _distribution("bonusdesk")
    for file in (dist.files or []) if dist else []:
        if Path(str(file)).name == "LICENSE":
            return file.read_text(encoding="utf-8")
    return ""


def write_notices(path: Path) -> Path:
    """Write the generated notices to ``path`` (the bundle build calls this)."""
    from bonusdesk.core.atomicfile import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, generate().encode("utf-8"))
