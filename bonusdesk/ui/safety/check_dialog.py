""""Check the claim folder": the core's ``integrity.verify`` (the same check as
``bonusdesk-cli verify``) run as a job on a read-only connection of its own, then the
verdict: OK with what was checked, or every problem in a list the player can scroll and
copy. Each problem is said in the app's language from the report's facts (which row,
which file, which event); the CLI's own English sentence stays with it (tooltip, Copy)
so that support can match it with ``bonusdesk-cli verify``.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from bonusdesk.core.errors import DatabaseLost
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import INTACT, Problem, Report, survey_damaged, verify

from ..jobs import Job, JobContext, JobRunner
from ..session import Session

CLI_WORDS = Qt.ItemDataRole.UserRole  # a problem item's sentence as the CLI prints it


def check_folder(path: Path, ctx: JobContext) -> Report:
    """In the pool: the folder is opened again, read-only, on this thread (the app's own
    connection belongs to the GUI thread); the app keeps its lock meanwhile."""
    told = [0.0, ""]  # when and which step the dialog was last told

    def progress(done: int, total: int, step: str) -> None:
        ctx.raise_if_cancelled()  # closing the dialog stops the check between files
        # Ten updates a second are enough for a bar: a folder of 50,000 small files would
        # otherwise queue 50,000 signals to the GUI thread.
        now = time.monotonic()
        if step != told[1] or done >= total or now - told[0] >= 0.1:
            told[0], told[1] = now, step
            ctx.progress(done, total, step)

    try:
        with ClaimFolder.open(path, writable=False) as folder:
            return verify(folder, progress=progress)
    except DatabaseLost as exc:  # what is left can still be checked file by file
        return survey_damaged(exc.path, str(exc))


class CheckFolderDialog(QDialog):
    """``progressed(done, total, step)`` as it goes; ``finished_check(report)`` once the
    verdict is shown."""

    finished_check = Signal(object)
    progressed = Signal(int, int, str)  # done, total, step (core integrity.verify)

    def __init__(self, session: Session | None, parent=None, *, path: Path | None = None,
                 jobs: JobRunner | None = None):
        """The open folder of ``session``; or ``path`` with its own ``jobs`` runner (a
        damaged folder the app refused to open: its evidence files are checked one by one)."""
        super().__init__(parent)
        self.jobs = jobs if jobs is not None else session.jobs
        if path is None:
            session.bind(self)  # closed with the folder
            self.path = session.require_folder().path
        else:
            self.path = path
        self.report: Report | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Check the claim folder"))
        self.setMinimumSize(720, 420)
        self.intro = QLabel(self.tr(
            "BonusDesk checks the database, the event log, every table against the events, "
            "every evidence file against its SHA-256 and the anchors of past exports. "
            "Nothing is changed.\nFolder: %1").replace("%1", str(self.path)))
        self.intro.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the first step is known
        self.progress.setAccessibleName(self.tr("Check progress"))
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Problems and notes"))
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.copy_button = QPushButton(self.tr("&Copy the report"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)

    def start(self) -> None:
        self.verdict.setText(self.tr("Checking…"))
        path = self.path
        self.job = self.jobs.start(
            lambda ctx: check_folder(path, ctx), name="check folder", owner=self,
            on_progress=self._progress, on_result=self._show, on_error=self._failed)

    def is_running(self) -> bool:
        return self.job is not None

    def _progress(self, done: int, total: int, step: str) -> None:
        self.progress.setRange(0, total)  # 0, 0: a busy bar for the steps without a count
        self.progress.setValue(done)
        texts = {
            "database": self.tr("Checking the database and the event log…"),
            "tables": self.tr("Comparing every table with the event log…"),
            "files": self.tr("Checking evidence file %1 of %2…").replace(
                "%1", QLocale().toString(min(done + 1, total))).replace(
                "%2", QLocale().toString(total)),
            "anchors": self.tr("Checking the anchors of past exports…"),
        }
        self.verdict.setText(texts.get(step, self.tr("Checking…")))
        self.progressed.emit(done, total, step)

    # -- the verdict ------------------------------------------------------------------
    def _show(self, report: Report) -> None:
        self.job = None
        self.report = report
        self.progress.setVisible(False)
        self.verdict.setText(self.verdict_text(report))
        style = QApplication.style()
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for p in report.problems:
            item = QListWidgetItem(warning, self.problem_text(p))
            item.setData(CLI_WORDS, p.message)  # exactly as the CLI prints it
            item.setToolTip(self.tr("As 'bonusdesk-cli verify' says it: %1")
                            .replace("%1", p.message))
            self.items.addItem(item)
        for note in report.notices:
            self.items.addItem(QListWidgetItem(info, self.note_text(note)))
        self.copy_button.setEnabled(True)
        self.finished_check.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.verdict.setText(self.tr("The check could not run: %1").replace("%1", str(exc)))

    def verdict_text(self, report: Report) -> str:
        locale = QLocale()
        counts = self.tr(
            "Checked: evidence files %1, events %2, table rows %3, export anchors %4, "
            "and the database.").replace("%1", locale.toString(report.files_checked)).replace(
            "%2", locale.toString(report.events_checked)).replace(
            "%3", locale.toString(report.rows_checked)).replace(
            "%4", locale.toString(report.anchors_checked))
        if report.ok:
            head = self.tr("OK: the claim folder is intact; nothing was changed behind "
                           "BonusDesk's back.")
        else:
            head = self.tr("FAILED: %n problems found, listed below. Point at one for "
                           "the words of 'bonusdesk-cli verify'; the copied report "
                           "includes them.", "", len(report.problems))
        text = f"{head}\n{counts}"
        if report.head and not report.head.startswith("0:"):  # an empty log has no head
            text += "\n" + self.tr("Head of the event log (anchor): %1").replace(
                "%1", report.head)
        return text

    def kind_label(self, kind: str) -> str:
        labels = {
            "missing": self.tr("Missing file"),
            "altered": self.tr("Altered file"),
            "stray": self.tr("Stray file"),
            "path": self.tr("Wrong path"),
            "pending": self.tr("Unexpected pending file"),
            "chain": self.tr("Event log broken"),
            "triggers": self.tr("Event log protection removed"),
            "database": self.tr("Database damaged"),
            "conflict": self.tr("Sync conflict copy"),
            "row-changed": self.tr("Row changed"),
            "row-unlogged": self.tr("Row without event"),
            "row-gone": self.tr("Row deleted"),
            "anchor": self.tr("Export anchor lost"),
        }
        return labels.get(kind, kind)

    # -- each problem in the UI's language --------------------------------------------
    def row_name(self, table: str, key: list | None) -> str:
        """"claim 3" as the UI says it: the kind of record, then its number."""
        nouns = {
            "platforms": self.tr("Platform %1"), "claims": self.tr("Claim %1"),
            "status_changes": self.tr("Status change %1"),
            "checklist": self.tr("Checklist item %1"), "evidence": self.tr("Evidence item %1"),
            "contacts": self.tr("Contact %1"), "profile": self.tr("Player details %1"),
            "exports": self.tr("Export %1"), "transactions": self.tr("Transaction %1"),
            "escalations": self.tr("Referral %1"),
        }
        number = ", ".join(str(k) for k in key or [])
        return nouns.get(table, self.tr("Row %1 of %2").replace("%2", table)).replace(
            "%1", number)

    def problem_text(self, p: Problem) -> str:
        """The problem said from its facts; kinds with no more facts than a sentence (the
        event log, the database, anchors) keep the core's words after the kind."""
        row = self.row_name(p.table, p.key) if p.table else ""
        seq = str(p.event_seq) if p.event_seq is not None else ""
        item = str(p.evidence_id) if p.evidence_id is not None else ""
        if p.kind == "row-changed":
            return self.tr("%1: “%2” is not what BonusDesk recorded (event %3): it was "
                           "changed outside BonusDesk.").replace("%1", row).replace(
                "%2", ", ".join(p.columns)).replace("%3", seq)
        if p.kind == "row-unlogged" and not seq:
            return self.tr("%1: no event recorded this row: it was added outside "
                           "BonusDesk.").replace("%1", row)
        if p.kind == "row-unlogged":
            return self.tr("%1: deleted by event %2, but in the table again: it was put "
                           "back outside BonusDesk.").replace("%1", row).replace("%2", seq)
        if p.kind == "row-gone":
            return self.tr("%1: recorded by event %2, but gone from the table: it was "
                           "deleted outside BonusDesk.").replace("%1", row).replace("%2", seq)
        if p.kind == "missing":
            return self.tr("Evidence item %1: its file %2 is missing.").replace(
                "%1", item).replace("%2", p.path)
        if p.kind == "altered" and item:
            return self.tr("Evidence item %1: its file %2 was changed (its SHA-256 no longer "
                           "matches the one recorded when it was added).").replace(
                "%1", item).replace("%2", p.path)
        if p.kind == "altered":
            return self.tr("The file %1 was changed (its content no longer matches the "
                           "SHA-256 in its name).").replace("%1", p.path)
        if p.kind == "stray":
            return self.tr("%1 is not recorded as evidence: it was put in the folder "
                           "outside BonusDesk.").replace("%1", p.path)
        if p.kind == "path" and item:
            return self.tr("Evidence item %1: %2 is a link, not the stored file; BonusDesk "
                           "does not follow links.").replace("%1", item).replace("%2", p.path)
        return self.tr("%1: %2").replace("%1", self.kind_label(p.kind)).replace(
            "%2", p.message)

    def note_text(self, note: str) -> str:
        if note.startswith(INTACT):  # survey of a damaged folder: one line per good file
            return self.tr("Note: %1 is intact (its content matches the SHA-256 in its "
                           "name).").replace("%1", note[len(INTACT):])
        return self.tr("Note: %1").replace("%1", note)

    def report_text(self) -> str:
        """The whole verdict as plain text (what Copy puts on the clipboard): each problem
        in the UI's language, then as ``bonusdesk-cli verify`` says it."""
        lines = [self.windowTitle(), str(self.path), self.verdict.text(), ""]
        for i in range(self.items.count()):
            item = self.items.item(i)
            lines.append(item.text())
            cli = item.data(CLI_WORDS)
            if cli:
                lines.append(f"    verify: {cli}")
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    def reject(self) -> None:
        if self.job is not None:  # the check only reads: stop waiting for it
            self.job.cancel()
            self.job = None
        super().reject()
