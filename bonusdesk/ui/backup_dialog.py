"""File › Back up / move the claim folder…: copy it whole, prove the copy, say so (issue 16).

The work is ``core.backup`` run in the job runner, never on the GUI thread:

- **Back up**: the job opens its own read-only connection to the folder (the app keeps
  its own and stays usable) and ``copy_folder`` copies the database with SQLite's online
  backup and every file with its SHA-256 checked, then verifies the copy as a claim folder.
- **Move**: the folder is closed first through the session (unsaved details saved, its
  dialogs closed), so nothing changes while it moves; the job opens it with the lock and
  ``move_folder`` copies, verifies, removes the original's files and leaves a note there.
  The app then opens the new place through the folder-switch path; on failure or cancel
  the original, untouched, is opened again.

A destination inside the folder itself (or holding it, or not empty) is refused before
anything is copied. A copy that fails verification is removed: nothing half-made stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core import sync
from bonusdesk.core.backup import CopyNotVerified, CopyReport, check_destination
from bonusdesk.core.errors import BonusDeskError, FolderLocked
from bonusdesk.core.folder import DB_NAME, ClaimFolder

from .jobs import Job, JobContext
from .session import Session


def _progress(ctx: JobContext) -> Callable[[int, int], None]:
    """copy_folder's progress (files done, files in all), which is also where cancel is
    seen: raising there makes the core remove its half-made copy."""
    def report(done: int, total: int) -> None:
        ctx.raise_if_cancelled()
        ctx.progress(done, total, "verify" if done >= total else "")
    return report


def _back_up(source: Path, dest: Path, ctx: JobContext) -> CopyReport:
    from bonusdesk.core.backup import copy_folder

    # Its own connection, read-only: the app's belongs to the GUI thread and keeps working.
    with ClaimFolder.open(source, writable=False) as folder:
        return copy_folder(folder, dest, progress=_progress(ctx))


def _move(source: Path, dest: Path, ctx: JobContext) -> CopyReport:
    from bonusdesk.core.backup import move_folder

    folder = ClaimFolder.open(source)  # the lock: nobody changes it while it moves
    try:
        return move_folder(folder, dest, progress=_progress(ctx))
    finally:
        folder.close()  # already closed after a move; needed after a failure


class BackupDialog(QDialog):
    """``copied(report)`` once a copy is verified (and, for a move, opened)."""

    copied = Signal(object)
    ended = Signal()  # the job is over, whatever its outcome (tests, scripts)

    def __init__(self, session: Session, switch_folder: Callable[[Path], bool],
                 move: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.switch_folder = session, switch_folder
        folder = session.require_folder()
        self.source: Path = folder.path
        self.job: Job | None = None
        self.report: CopyReport | None = None
        self.setWindowTitle(self.tr("Back up or move the claim folder"))
        self.setMinimumWidth(620)
        intro = QLabel(self.tr(
            "BonusDesk copies the whole claim folder %1 (claims, evidence files and their "
            "history), then checks the copy file by file against the original before "
            "trusting it.").replace("%1", str(self.source)))
        intro.setWordWrap(True)
        self.backup_choice = QRadioButton(self.tr(
            "&Back up: make a checked copy and keep working here"))
        self.move_choice = QRadioButton(self.tr(
            "&Move: copy, check, then work from the new place (the old place keeps only a "
            "note saying where the folder went)"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.backup_choice)
        self.choice.addButton(self.move_choice)
        (self.move_choice if move else self.backup_choice).setChecked(True)
        self.choice.buttonToggled.connect(lambda *_a: self._choice_changed())
        self.dest = QLineEdit()
        self.dest.setAccessibleName(self.tr("Destination folder"))
        self.dest.setPlaceholderText(self.tr("A new or empty folder"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self.browse)
        dest_row = QHBoxLayout()
        dest_label = QLabel(self.tr("&Copy to:"))
        dest_label.setBuddy(self.dest)
        dest_row.addWidget(dest_label)
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Copy progress"))
        self.progress.setVisible(False)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backup_choice)
        layout.addWidget(self.move_choice)
        layout.addLayout(dest_row)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._suggested = ""
        self._moving = move  # what the running (or last) job does
        self._choice_changed()

    # -- choosing ----------------------------------------------------------------------
    @property
    def moving(self) -> bool:
        return self.move_choice.isChecked()

    def suggested_name(self) -> str:
        if self.moving:
            return self.source.name
        return self.tr("%1 backup %2").replace("%1", self.source.name).replace(
            "%2", date.today().isoformat())

    def _choice_changed(self) -> None:
        self.start_button.setText(self.tr("&Move") if self.moving else self.tr("Back &up"))
        # A suggestion the player did not touch follows the choice.
        if self.dest.text() in ("", self._suggested):
            self._suggested = (str(self.source.parent / self.suggested_name())
                               if not self.moving else "")
            self.dest.setText(self._suggested)

    def browse(self) -> None:
        start = Path(self.dest.text()).expanduser().parent if self.dest.text() else \
            self.source.parent
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where should the claim folder go?"), str(start))
        if chosen:
            self.set_destination_from(Path(chosen))

    def set_destination_from(self, chosen: Path) -> None:
        """An empty folder is used as it is; in any other, a new folder is made inside."""
        empty = chosen.is_dir() and not any(chosen.iterdir())
        self.dest.setText(str(chosen if empty else chosen / self.suggested_name()))

    def destination_problem(self, dest: Path) -> str:
        """Why ``dest`` cannot receive the copy, in the player's words ("" if it can)."""
        source, target = self.source.resolve(), dest.expanduser().resolve()
        if target == source or source in target.parents:
            return self.tr("This place is inside the claim folder itself. Choose a folder "
                           "outside %1.").replace("%1", str(source))
        if target in source.parents:
            return self.tr("This folder holds the claim folder. Choose a new folder for the "
                           "copy.")
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            return self.tr("%1 already exists and is not empty. Choose a new folder name: "
                           "nothing is ever copied over other files.").replace("%1", str(dest))
        try:
            check_destination(self.source, dest)
        except BonusDeskError as exc:
            return str(exc)
        return ""

    def _tell(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- running -----------------------------------------------------------------------
    def start(self) -> Job | None:
        text = self.dest.text().strip()
        if not text:
            self._tell(self.tr("Choose where the copy goes."))
            return None
        dest = Path(text).expanduser().absolute()
        problem = self.destination_problem(dest)
        if problem:
            self._tell(problem)
            return None
        self._tell("")
        place = sync.detect(dest)
        if self.moving and place is not None and QMessageBox.question(
                self, self.tr("Move into a synced folder?"), self.tr(
                    "%1 is inside %2, which syncs its files to the internet and to your other "
                    "devices. A claim folder is safer outside synced folders.\n\nMove it "
                    "there anyway?").replace("%1", str(dest)).replace("%2", place.provider)
        ) != QMessageBox.StandardButton.Yes:
            return None
        source, moving = self.source, self.moving
        self._moving = moving
        if moving:
            if not self.session.flush_edits():
                return None
            closed = self.session.close_folder()  # nothing changes while it moves
            if closed:
                self._tell(self.tr("These windows were closed first:\n%1").replace(
                    "%1", "\n".join(f"• {t}" for t in closed)))
            work = lambda ctx: _move(source, dest, ctx)  # noqa: E731 - plain data only
        else:
            work = lambda ctx: _back_up(source, dest, ctx)  # noqa: E731
        self._running(True)
        self.verdict.setText(self.tr("Moving…") if moving else self.tr("Copying…"))
        self.job = self.session.jobs.start(
            work, name="move folder" if moving else "back up folder", owner=self,
            on_progress=self._progressed, on_result=self._done, on_error=self._failed,
            on_cancelled=self._cancelled, on_finished=self._ended)
        return self.job

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.start_button.setEnabled(not running)
        self.backup_choice.setEnabled(not running)
        self.move_choice.setEnabled(not running)
        self.dest.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel"))

    def _progressed(self, done: int, total: int, step: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if step == "verify":
            self.verdict.setText(self.tr("Checking the copy…"))
        else:
            self.verdict.setText(self.tr("Copying: %1 of %2 files…").replace(
                "%1", str(done)).replace("%2", str(total)))

    def reject(self) -> None:
        if self.job is not None:  # cancel first; the dialog stays until the job is over
            self.job.cancel()
            self.verdict.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def _ended(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.start_button.setEnabled(False)  # one copy per dialog: its verdict stays
        self.close_button.setText(self.tr("Close"))
        self.ended.emit()

    def _done(self, report: CopyReport) -> None:
        self.report = report
        lines = [self.tr("The copy is checked: it matches the original."),
                 self.tr("%n files copied", "", report.files) + f" ({self._size(report)})",
                 self.tr("%n evidence files checked against their fingerprints", "",
                         report.evidence_checked),
                 self.tr("%n history entries checked", "", report.events)]
        if report.moved:
            opened = self.switch_folder(report.dest)
            self.session.prefs.forget_recent_folder(str(self.source))
            lines.append(self.tr("BonusDesk now uses %1.").replace("%1", str(report.dest))
                         if opened else self.tr("Open %1 with File › Open claim folder.")
                         .replace("%1", str(report.dest)))
            lines.append(self.tr("The old place keeps only a note saying where the folder "
                                 "went: %1").replace("%1", str(self.source)))
        else:
            lines.append(self.tr("Saved in %1.").replace("%1", str(report.dest)))
        if report.inherited_problems:
            lines.append(self.tr("The original already had these problems; the copy has them "
                                 "too, as they were:"))
            lines += [f"• {p}" for p in report.inherited_problems]
        self.verdict.setText("\n".join(lines))
        self.copied.emit(report)

    def _size(self, report: CopyReport) -> str:
        return QLocale().formattedDataSize(report.bytes)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CopyNotVerified):
            why = self.tr("The copy did not match the original, so it was removed.\n%1") \
                .replace("%1", str(exc))
        elif isinstance(exc, FolderLocked):
            why = self.tr("The claim folder is open in another BonusDesk window or program. "
                          "Close it there, then try again.")
        elif isinstance(exc, OSError):
            why = self.tr("The copy could not be written: %1. Nothing of it was kept.") \
                .replace("%1", exc.strerror or str(exc))
        else:
            why = str(exc)
        self.verdict.setText(why + "\n" + self._after_stop())

    def _cancelled(self) -> None:
        self.verdict.setText(self.tr("Cancelled: nothing was kept.") + "\n" + self._after_stop())

    def _after_stop(self) -> str:
        """What became of the folder after a failure or a cancel; a move opens it again."""
        if not self._moving or self.session.folder is not None:
            return self.tr("Your claim folder was not changed: %1").replace(
                "%1", str(self.source))
        if (self.source / DB_NAME).exists():
            self.switch_folder(self.source)
            return self.tr("Your claim folder was not changed: %1").replace(
                "%1", str(self.source))
        # The copy was verified and the original's database already removed when the
        # cleaning of the old place failed: the folder is in its new place.
        dest = Path(self.dest.text()).expanduser().absolute()
        if (dest / DB_NAME).exists():
            self.switch_folder(dest)
            return self.tr("The folder was moved and checked; some files of the old place "
                           "could not be removed. BonusDesk now uses %1.").replace(
                               "%1", str(dest))
        return self.tr("Open your claim folder with File › Open claim folder.")
