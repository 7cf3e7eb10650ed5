"""Claim folders in the app: opening (errors become dialogs, first run gets a welcome)
and switching (File menu, recent folders, Settings, a second launch of BonusDesk).

Switching closes the old folder through the session: unsaved details are saved, dialogs
bound to it are closed and named to the user, nothing is written to it afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from bonusdesk.core.errors import (
    BonusDeskError,
    DatabaseLost,
    FolderLocked,
    FolderReadOnly,
    FolderTooNew,
    NotAClaimFolder,
)
from bonusdesk.core.folder import DB_NAME, ClaimFolder

from .backup_dialog import BackupDialog
from .folder_safety import FolderSafety
from .paths import default_claim_folder
from .safety.damaged import show_damaged
from .safety.outputs import nested_folder_refusal
from .safety.readonly import reason_text
from .session import Session
from .widgets import make_action


def is_claim_folder(path: Path) -> bool:
    return (Path(path) / DB_NAME).exists()


def open_folder(parent: QWidget | None, path: Path | str, create: bool = False,
                ask_create: bool = True) -> ClaimFolder | None:
    """Open (or create) a claim folder; on failure explain why and return None."""
    path = Path(path).expanduser()
    try:
        if create:
            nested = nested_folder_refusal(path)  # never inside another claim folder
            if nested:
                QMessageBox.warning(parent, QCoreApplication.translate(
                    "FolderSession", "Cannot open folder"), nested)
                return None
            return ClaimFolder.create(path)
        # Read-only media or no permission: opened for reading (ui/safety/readonly.py).
        return ClaimFolder.open_or_read_only(path)
    except DatabaseLost as exc:  # never re-created: that would make the evidence stray
        show_damaged(parent, exc)
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
    except FolderReadOnly as exc:  # a new folder where nothing may be written
        title = QCoreApplication.translate("FolderSession", "Cannot open folder")
        text = QCoreApplication.translate(
            "FolderSession", "The claim folder %1 cannot be created there (%2). Nothing "
            "was changed: choose a place you can write to.")
        QMessageBox.critical(parent, title, text.replace("%1", str(path)).replace(
            "%2", reason_text(exc.reason)))
    except (OSError, BonusDeskError) as exc:  # damaged, not a folder, ...: the core says why
        title = QCoreApplication.translate("FolderSession", "Cannot open folder")
        text = QCoreApplication.translate(
            "FolderSession", "The claim folder %1 cannot be opened:\n%2")
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.critical(parent, title, text.replace("%1", str(path)).replace(
            "%2", reason))
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
        "<p>No claim yet and the error is on screen? Capture it now (Ctrl+Shift+S): the "
        "screenshot waits in the Inbox until you file it into a claim.</p>"
        "<p>Your claims are saved in: <br><code>%1</code></p>")


def show_welcome(parent: QWidget | None, path: Path) -> None:
    """The first-run welcome; its "What do I do now?" button opens the guide."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("FolderSession", "Welcome"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(welcome_text().replace("%1", str(path)))
    box.setIcon(QMessageBox.Icon.Information)
    guide = box.addButton(QCoreApplication.translate("FolderSession", "&What do I do now?"),
                          QMessageBox.ButtonRole.HelpRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is guide:
        from .guide import show_guide

        show_guide(parent)


class FolderCommands(QObject):
    """``act_open``, ``act_new_folder``, the Recent folders menu, switching, and the
    folder's safety: ``act_backup`` (back up / move) and the synced-folder watch."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.act_open = make_action(self, self.tr("&Open claim folder…"), self.choose_folder,
                                    QKeySequence.StandardKey.Open)
        self.act_new_folder = make_action(self, self.tr("New claim &folder…"),
                                          self.choose_new_folder, "Ctrl+Shift+N")
        self.act_backup = make_action(
            self, self.tr("&Back up / move the claim folder…"), lambda: self.back_up(),
            tip=self.tr("Copy the whole claim folder elsewhere and check the copy, or move it"))
        self.safety = FolderSafety(session, window, move=lambda: self.back_up(move=True))
        session.folder_changed.connect(
            lambda: self.act_backup.setEnabled(session.folder is not None))
        self.act_backup.setEnabled(session.folder is not None)

    def fill_recent(self, menu: QMenu) -> None:
        """The Recent folders menu, filled when it opens."""
        menu.clear()
        for path in self.session.recent_folders():
            act = menu.addAction(str(path))
            act.triggered.connect(lambda _c=False, p=path: self.switch_folder(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def switch_folder(self, path: Path | str, create: bool = False) -> bool:
        """Close the open folder and open ``path`` (the previous one is reopened if that
        fails); True when ``path`` is now open."""
        session = self.session
        if not session.flush_edits():
            return False
        path = Path(path).expanduser()
        previous = session.folder.path if session.folder is not None else None
        if previous is not None and path.resolve() == previous:
            return True
        # Our own lock is released first: re-opening the same folder must not fail as "in use".
        closed = session.close_folder()
        folder = open_folder(self.window, path, create=create)
        if folder is None and previous is not None:
            session.set_folder(open_folder(self.window, previous))
        elif folder is not None:
            session.set_folder(folder)
        if closed and session.folder is not None:
            QMessageBox.information(self.window, self.tr("Windows closed"), self.tr(
                "BonusDesk now shows the claim folder %1.\n\nThese windows belonged to the "
                "folder that was closed; they were closed too and nothing more was written "
                "to it:\n%2").replace("%1", str(session.folder.path))
                .replace("%2", "\n".join(f"• {t}" for t in closed)))
        return folder is not None

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, self.tr("Open claim folder"),
                                                str(default_claim_folder().parent))
        if path:
            self.switch_folder(Path(path))

    def choose_new_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, self.tr("Choose where to create "
                                                                     "the claim folder"),
                                                str(default_claim_folder().parent))
        if path:
            self.new_folder(Path(path))

    def new_folder(self, path: Path) -> bool:
        """Create a claim folder at ``path`` (a synced place is explained first) and open
        it; an existing claim folder there is simply opened."""
        if is_claim_folder(path):
            return self.switch_folder(path)
        if not self.safety.confirm_create(path):
            return False
        if not self.switch_folder(path, create=True):
            return False
        show_welcome(self.window, path)
        return True

    def back_up(self, move: bool = False) -> None:
        """File › Back up / move the claim folder… (backup_dialog.py)."""
        if self.session.folder is None:
            return
        dialog = BackupDialog(self.session, self.switch_folder, move, self.window)
        dialog.exec()
        dialog.deleteLater()

    def handle_request(self, folder: str) -> bool:
        """Another launch of BonusDesk asked for ``folder`` ("" for none): ask before
        leaving the open folder; True when ``folder`` is open afterwards."""
        if not folder:
            return False
        path = Path(folder).expanduser()
        current = self.session.folder
        if current is not None and path.resolve() == current.path:
            return True
        if current is not None and QMessageBox.question(
                self.window, self.tr("Open another claim folder?"), self.tr(
                    "BonusDesk was started again for the claim folder %1.\n\nOpen it instead "
                    "of %2? Windows open on %2 will be closed; the details you typed are "
                    "saved first.").replace("%1", str(path)).replace("%2", str(current.path))
        ) != QMessageBox.StandardButton.Yes:
            return False
        return self.switch_folder(path)
