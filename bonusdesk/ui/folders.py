"""Opening claim folders from the UI: errors become dialogs, first run gets a welcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from bonusdesk.core.errors import FolderLocked, FolderTooNew, NotAClaimFolder
from bonusdesk.core.folder import DB_NAME, ClaimFolder


def is_claim_folder(path: Path) -> bool:
    return (Path(path) / DB_NAME).exists()


def open_folder(parent: QWidget | None, path: Path | str, create: bool = False,
                ask_create: bool = True) -> ClaimFolder | None:
    """Open (or create) a claim folder; on failure explain why and return None."""
    path = Path(path).expanduser()
    try:
        if create:
            return ClaimFolder.create(path)
        return ClaimFolder.open(path)
    except FolderLocked:
        title = QCoreApplication.translate("FolderSession", "Folder in use")
        text = QCoreApplication.translate(
            "FolderSession",
            "The claim folder %1 is already open in another BonusDesk window or program.\n\n"
            "Close it there, then try again. Nothing was changed.")
        QMessageBox.warning(parent, title, text.replace("%1", str(path)))
    except FolderTooNew:
        title = QCoreApplication.translate("FolderSession", "Newer folder")
        text = QCoreApplication.translate(
            "FolderSession",
            "The claim folder %1 was saved by a newer version of BonusDesk.\n\n"
            "Update BonusDesk to open it. Nothing was changed.")
        QMessageBox.warning(parent, title, text.replace("%1", str(path)))
    except NotAClaimFolder:
        title = QCoreApplication.translate("FolderSession", "Not a claim folder")
        text = QCoreApplication.translate(
            "FolderSession",
            "%1 is not a BonusDesk claim folder yet.\n\nCreate a new claim folder there?")
        if ask_create and QMessageBox.question(
                parent, title, text.replace("%1", str(path))) == QMessageBox.StandardButton.Yes:
            return open_folder(parent, path, create=True)
    except OSError as exc:
        title = QCoreApplication.translate("FolderSession", "Cannot open folder")
        text = QCoreApplication.translate(
            "FolderSession", "The claim folder %1 cannot be opened:\n%2")
        QMessageBox.critical(parent, title, text.replace("%1", str(path)).replace(
            "%2", exc.strerror or str(exc)))
    return None


def welcome_text() -> str:
    return QCoreApplication.translate(
        "FolderSession",
        "<h2>Welcome to BonusDesk</h2>"
        "<p>BonusDesk keeps everything about a problem with an online bonus in one place, "
        "on this computer only. It works in three steps:</p>"
        "<ol>"
        "<li><b>Describe the problem.</b> Create a claim: the platform, when it happened, "
        "what you did, what you expected and what happened instead.</li>"
        "<li><b>Gather evidence.</b> Take screenshots, drop files and emails into the "
        "claim. Each file is kept unchanged with its date and fingerprint.</li>"
        "<li><b>Report in time and follow up.</b> Write your report, send it to support "
        "before the deadline, log every answer and export a PDF package if you need to "
        "escalate.</li>"
        "</ol>"
        "<p>Your claims are saved in: <br><code>%1</code></p>")


def show_welcome(parent: QWidget | None, path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("FolderSession", "Welcome"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(welcome_text().replace("%1", str(path)))
    box.setIcon(QMessageBox.Icon.Information)
    box.exec()
