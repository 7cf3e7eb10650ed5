"""Which packages the wheel holds; everything else is in pyproject.toml.

``resources/`` stays at the top of the repository (the project's layout) and is installed
as the ``bonusdesk.data`` package, each of its folders (fonts, icons, rules, translations)
as a data-only subpackage, so a wheel carries the files that ``bonusdesk.resources`` finds
with importlib.resources. pyproject.toml cannot add mapped packages to the ones ``find``
discovers, hence this file.
"""

from pathlib import Path

from setuptools import find_packages, setup

DATA = Path(__file__).resolve().parent / "resources"
data_packages = ["bonusdesk.data"] + sorted(
    f"bonusdesk.data.{d.name}" for d in DATA.iterdir()
    if d.is_dir() and d.name.isidentifier() and not d.name.startswith("_"))

setup(
    packages=find_packages(include=["bonusdesk", "bonusdesk.*"]) + data_packages,
    package_dir={"bonusdesk.data": "resources"},
    package_data={name: ["*"] for name in data_packages[1:]},
    # .ts files are the translators' sources; the .qm files compiled from them ship.
    exclude_package_data={"bonusdesk.data.translations": ["*.ts"]},
)
