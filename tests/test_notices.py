"""Licence (GPL-3.0-or-later) and third-party notices generated from installed metadata."""

import re
import tomllib
import xml.etree.ElementTree as ET

from bonusdesk import notices
from tests.conftest import REPO_ROOT


def _runtime_requirements() -> list[str]:
    with open(REPO_ROOT / "pyproject.toml", "rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    return [re.match(r"[A-Za-z0-9._-]+", d).group(0) for d in deps if "win32" not in d]


def test_every_runtime_dependency_and_what_it_pulls_in_is_listed():
    names = {re.sub(r"[-_.]+", "-", c.name).lower(): c for c in notices.components()}
    for req in _runtime_requirements():
        assert req.lower() in names, req
    assert "cryptography" in names  # through pypdf[crypto]: extras are followed
    assert "sqlite-fts4" in names  # through sqlite-utils: dependencies of dependencies
    assert "pytest" not in names and "pyinstaller" not in names  # test tools are not shipped
    assert names["reportlab"].texts, "reportlab's licence file is included"
    assert all(c.license for c in names.values())


def test_notices_name_qt_lgpl_the_fonts_and_python():
    text = notices.generate()
    assert "GPL-3.0-or-later" in text.split("=" * 78)[0]
    assert "Qt 6" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "DejaVu" in text and "Bitstream" in text
    assert "PSF-2.0" in text and "mss 10." in text


def test_a_bundle_reads_the_notices_generated_at_build_time(tmp_path, monkeypatch):
    (tmp_path / notices.NOTICES_FILE).write_text("built notices\n")
    monkeypatch.setenv("BONUSDESK_RESOURCES", str(tmp_path))
    assert notices.third_party_notices() == "built notices\n"


def test_licence_is_gpl3_or_later_everywhere():
    assert notices.license_text().lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in notices.license_text()
    with open(REPO_ROOT / "pyproject.toml", "rb") as fh:
        assert tomllib.load(fh)["project"]["license"] == "GPL-3.0-or-later"
    metainfo = REPO_ROOT / "packaging" / "linux" / "io.bonusdesk.BonusDesk.metainfo.xml"
    assert ET.parse(metainfo).getroot().findtext("project_license") == "GPL-3.0-or-later"


def test_cli_prints_the_notices(run_cli):
    out = run_cli("licenses", check=0)
    assert out.stdout.startswith("BonusDesk 0.1.0") and "reportlab" in out.stdout


def test_notices_name_tesseract_and_its_language_data_with_the_apache_text():
    text = notices.generate()
    part = text[text.index("Tesseract OCR"):]
    assert "language data" in part.split("\n\n")[0] and "Apache-2.0" in part
    assert "Apache License" in part and "Version 2.0, January 2004" in part


def test_pdfium_is_listed_with_its_licences_and_texts():
    # pypdfium2 ships PDFium inside its wheel; its licence files live in the PEP 639
    # .dist-info/licenses/ folder under names no "LICENSE*" pattern catches.
    pdfium = next(c for c in notices.components() if c.name == "pypdfium2")
    assert "BSD-3-Clause" in pdfium.license and "Apache-2.0" in pdfium.license
    names = dict(pdfium.texts)
    assert "BUILD_LICENSES/pdfium.txt" in names and "LICENSES/BSD-3-Clause.txt" in names
    assert "--- pypdfium2: BUILD_LICENSES/pdfium.txt ---" in notices.generate()
