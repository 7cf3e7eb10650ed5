"""A claim folder whose database is missing or empty while evidence/ holds files is
damaged: the app refuses it with the way to recover, and never re-creates the database
(a new empty one would leave every evidence file stray)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from bonusdesk.core.errors import DatabaseLost

from ..jobs import JobRunner


class DamagedFolder(QObject):
    """This module's words. A class so that its ``tr()`` plural is read by pyside6-lupdate,
    which (6.11) takes ``%n`` forms from ``tr()`` only (docs/desktop-app.md, Qt version)."""

    def text(self, exc: DatabaseLost) -> str:
        return self.tr(
            "The claim folder %1 is damaged: its database (bonusdesk.db) is missing, empty or "
            "unreadable, but its evidence folder holds %n files.\n\n"
            "BonusDesk did not re-create the database, so nothing more is lost. To recover, "
            "restore bonusdesk.db from a backup (or the backup copy of the whole folder). "
            "“bonusdesk-cli verify --folder %1” lists the evidence files that are there and "
            "checks each one against the SHA-256 in its name.", "", exc.evidence_files
        ).replace("%1", str(exc.path))


def damaged_text(exc: DatabaseLost) -> str:
    return DamagedFolder().text(exc)


def show_damaged(parent: QWidget | None, exc: DatabaseLost) -> None:
    """The refusal, with the core's own sentence under "Show details" and a button that
    checks the evidence files that are there (as ``bonusdesk-cli verify`` does)."""
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("DamagedFolder", "Damaged claim folder"),
                      damaged_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(str(exc))
    check = box.addButton(QCoreApplication.translate("DamagedFolder",
                                                     "Check the evidence files…"),
                          QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is check:
        check_damaged(parent, exc.path)


def check_damaged(parent: QWidget | None, path: Path) -> None:
    """The folder check on a folder that is not open: each evidence file against the
    SHA-256 in its name (core ``integrity.survey_damaged``)."""
    from .check_dialog import CheckFolderDialog

    runner = JobRunner(parent)
    dialog = CheckFolderDialog(None, parent, path=path, jobs=runner)
    try:
        dialog.start()
        dialog.exec()
    finally:
        runner.wait()
        dialog.deleteLater()
