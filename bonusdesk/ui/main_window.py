"""Main window: claims list on the left, the selected claim on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from bonusdesk.core.deadlines import Deadline, next_deadline
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder, default_folder
from bonusdesk.core.search import matching_claim_ids
from bonusdesk.core.timeutil import now_utc

from . import window_commands
from .capture.controller import install_capture
from .claims.claim_view import ClaimView
from .claims.claims_model import ClaimRow
from .claims.claims_panel import ClaimsPanel
from .claims.new_claim_dialog import NewClaimDialog
from .folders import is_claim_folder, open_folder, show_welcome
from .followup import status_actions
from .followup.deadline_watch import DeadlineWatch, most_urgent_by_claim, remind
from .labels import status_label
from .prefs import Prefs


class MainWindow(QMainWindow):
    """Owns the open ClaimFolder; every change goes through the core."""

    folder_changed = Signal()
    settings_changed = Signal()
    deadlines_updated = Signal()
    reminded = Signal(list)  # deadlines just notified
    shown = Signal()

    def __init__(self, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.folder: ClaimFolder | None = None
        self.quitting = False
        self.clock = now_utc  # what time it is; tests freeze it
        self.deadline_watch = DeadlineWatch(lambda: self.clock(), self)
        self.deadline_watch.updated.connect(self._deadlines_updated)
        self.deadline_watch.failed.connect(
            lambda msg: self.statusBar().showMessage(self.tr("Deadlines: %1").replace("%1", msg)))
        self.setWindowTitle("BonusDesk")
        self.setObjectName("MainWindow")

        # Left: search, status filter, claims table.
        self.claims_panel = ClaimsPanel(self._search_ids)
        self.claims_panel.claim_selected.connect(self._claim_selected)
        # Short names for what the rest of the window (and the tests) use most.
        self.model, self.proxy = self.claims_panel.model, self.claims_panel.proxy
        self.table, self.search = self.claims_panel.table, self.claims_panel.search
        self.status_filter = self.claims_panel.status_filter
        left = self.claims_panel

        # Right: the claim, or a hint when none is selected.
        self.claim_view = ClaimView(prefs.zone, lambda: self.clock())
        self.claim_view.changed.connect(self.refresh_claim)
        self.claim_view.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.claim_view)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 780])
        self.setCentralWidget(split)

        self._build_actions()
        self._build_menus()
        self.capture = install_capture(self)
        self._restore_geometry()
        self._update_enabled()

    # -- actions and menus ---------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new_claim = self._action(self.tr("&New claim…"), self.new_claim,
                                          QKeySequence.StandardKey.New,
                                          self.tr("Start a new claim (Ctrl+N)"))
        self.act_open = self._action(self.tr("&Open claim folder…"), self.choose_folder,
                                     QKeySequence.StandardKey.Open)
        self.act_new_folder = self._action(self.tr("New claim &folder…"),
                                           self.choose_new_folder, "Ctrl+Shift+N")
        self.act_settings = self._action(self.tr("S&ettings…"), self.open_settings,
                                         QKeySequence.StandardKey.Preferences)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_about = self._action(self.tr("&About BonusDesk"), self.show_about)
        self.act_quit = self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit)
        self.act_search = self._action(self.tr("&Search"), self.focus_search,
                                       QKeySequence.StandardKey.Find)
        self.act_import = self._action(self.tr("&Add evidence files…"),
                                       lambda: self.claim_view.evidence.choose_files(), "Ctrl+I",
                                       self.tr("Add screenshots, PDFs or emails (Ctrl+I)"))
        self.act_contact = self._action(self.tr("&Log a contact…"),
                                        lambda: self.claim_view.contacts.add_contact(), "Ctrl+L")
        self.act_report = self._action(self.tr("&Write my report…"), self.write_report, "Ctrl+R",
                                       self.tr("The message to send to support, written from "
                                               "your claim (Ctrl+R)"))
        self.act_export = self._action(self.tr("E&xport PDF…"), self.export_pdf, "Ctrl+E",
                                       self.tr("One PDF with the complaint and all the evidence "
                                               "(Ctrl+E)"))
        self.act_close_claim = self._action(self.tr("Close the clai&m…"),
                                            lambda: window_commands.close_claim(self))
        self.status_actions: dict[str, QAction] = {}
        for sa in status_actions.ACTIONS:
            self.status_actions[sa.key] = self._action(
                sa.text(), lambda _c=False, sa=sa: self.run_status_action(sa), sa.shortcut,
                sa.intro())
        self.claim_actions = [self.act_import, self.act_contact, self.act_close_claim,
                              self.act_report, self.act_export, *self.status_actions.values()]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.act_new_claim)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_open)
        self.file_menu.addAction(self.act_new_folder)
        self.recent_menu = QMenu(self.tr("&Recent folders"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu_end = self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.claim_menu = bar.addMenu(self.tr("&Claim"))
        self.claim_menu.addAction(self.act_report)
        self.claim_menu.addAction(self.act_export)
        self.claim_menu.addSeparator()
        self.claim_menu.addAction(self.act_import)
        self.claim_menu.addAction(self.act_contact)
        self.claim_menu.addSeparator()
        for a in self.status_actions.values():
            self.claim_menu.addAction(a)
        self.claim_menu.addAction(self.act_close_claim)
        self.claim_menu.addSeparator()
        self.claim_menu.addAction(self.act_search)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.act_new_claim)
        self.toolbar.addAction(self.act_import)
        self.toolbar.addAction(self.act_report)
        self.toolbar.addAction(self.act_export)
        self.toolbar_status_sep = self.toolbar.addSeparator()
        self.addToolBar(self.toolbar)
        # The follow-up steps get a row of their own: they are what users do most after day one.
        self.addToolBarBreak()
        self.status_toolbar = QToolBar(self.tr("Follow-up toolbar"))
        self.status_toolbar.setObjectName("StatusToolbar")
        self.status_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_toolbar.setMovable(False)
        self.status_toolbar.addWidget(QLabel(self.tr("Follow-up:") + " "))
        for a in self.status_actions.values():
            self.status_toolbar.addAction(a)
        self.addToolBar(self.status_toolbar)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_folders():
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.switch_folder(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _update_enabled(self) -> None:
        has_folder = self.folder is not None
        has_claim = has_folder and self.claim_view.claim is not None
        self.act_new_claim.setEnabled(has_folder)
        for a in self.claim_actions:
            a.setEnabled(has_claim)
        if not has_folder:
            self.empty.setText(self.tr("No claim folder is open.\nUse File → Open claim folder."))
        elif self.model.rowCount() == 0:
            self.empty.setText(self.tr(
                "No claims yet.\n\nClick “New claim” (Ctrl+N) to describe your problem."))
        else:
            self.empty.setText(self.tr("Select a claim on the left."))
        self.right.setCurrentWidget(self.claim_view if has_claim else self.empty)

    # -- folders -------------------------------------------------------------
    def set_folder(self, folder: ClaimFolder) -> None:
        """Show ``folder`` (already open); the previous one is closed."""
        if self.folder is not None and self.folder is not folder:
            self.folder.close()
        self.folder = folder
        self.claim_view.claim = None
        self.prefs.folder = str(folder.path)
        self.prefs.add_recent_folder(str(folder.path))
        self.setWindowTitle(f"BonusDesk — {folder.path.name}")
        self.reload_claims()
        self.deadline_watch.watch(folder.path)
        self.folder_changed.emit()

    def switch_folder(self, path: Path, create: bool = False) -> bool:
        if not self._finish_editing():
            return False
        if self.folder is not None and Path(path).resolve() == self.folder.path:
            return True
        previous = self.folder
        if previous is not None:
            # Release our lock first: re-opening the same folder must not fail as "in use".
            previous.close()
            self.folder = None
        folder = open_folder(self, path, create=create)
        if folder is None:
            if previous is not None:
                reopened = open_folder(self, previous.path)
                if reopened is not None:
                    self.set_folder(reopened)
                else:
                    self._update_enabled()
            return False
        self.set_folder(folder)
        return True

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open claim folder"),
                                                str(default_folder().parent))
        if path:
            self.switch_folder(Path(path))

    def choose_new_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose where to create the "
                                                              "claim folder"))
        if not path:
            return
        if is_claim_folder(Path(path)):
            self.switch_folder(Path(path))
            return
        if self.switch_folder(Path(path), create=True):
            show_welcome(self, Path(path))

    # -- claims list ---------------------------------------------------------
    def reload_claims(self) -> None:
        """Re-read the claims; deadlines already known stay until the watch sends new ones."""
        platforms = {p.id: p.name for p in self.folder.claims.platforms()}
        rows = [ClaimRow(c, platforms.get(c.platform_id, ""), self.model.deadline_of(c.id))
                for c in self.folder.claims.list()]
        self.model.set_rows(rows, self.clock())
        self.apply_search()
        self._update_enabled()

    def refresh_claim(self, claim_id: int) -> None:
        """Update one row after the claim changed (keeps the selection)."""
        platforms = {p.id: p.name for p in self.folder.claims.platforms()}
        claim = self.folder.claims.get(claim_id)
        try:
            deadline = next_deadline(self.folder, claim, self.clock())
        except BonusDeskError:
            deadline = None
        self.model.update_row(ClaimRow(claim, platforms.get(claim.platform_id, ""), deadline))
        self._update_enabled()

    def _deadlines_updated(self, now, deadlines: list[Deadline]) -> None:
        if self.folder is None:
            return
        self.model.set_deadlines(most_urgent_by_claim(deadlines), now)
        self.claim_view.refresh_deadlines()
        due = remind(self, self.folder, deadlines, now)
        if due:
            self.reminded.emit(due)
        self.deadlines_updated.emit()

    def _search_ids(self, text: str) -> set[int] | None:
        if not text or self.folder is None:
            return None
        return matching_claim_ids(self.folder, text)

    def apply_search(self) -> None:
        self.claims_panel.apply_search()

    def focus_search(self) -> None:
        self.claims_panel.focus_search()

    def select_claim(self, claim_id: int) -> None:
        if self.model.row_of(claim_id) < 0:  # created since the list was read
            self.reload_claims()
        self.claims_panel.select(claim_id)

    def _claim_selected(self, claim_id: int) -> None:
        if self.claim_view.claim is not None and self.claim_view.claim.id == claim_id:
            return
        self._finish_editing()
        self.claim_view.load(self.folder, claim_id)
        self._update_enabled()

    def _finish_editing(self) -> bool:
        """Unsaved details are saved when the user moves on (nothing is lost)."""
        if self.claim_view.claim is not None and self.claim_view.details.is_dirty():
            return self.claim_view.details.save()
        return True

    def current_claim_id(self) -> int | None:
        return self.claim_view.claim.id if self.claim_view.claim is not None else None

    # -- commands ------------------------------------------------------------
    def new_claim(self) -> int | None:
        if self.folder is None:
            return None
        dialog = NewClaimDialog(self.folder, self.prefs.zone, self.prefs.window_hours, self)
        if not dialog.exec() or dialog.claim is None:
            return None
        self.reload_claims()
        self.select_claim(dialog.claim.id)
        self.claim_view.tabs.setCurrentWidget(self.claim_view.details)
        return dialog.claim.id

    def run_status_action(self, action: status_actions.StatusAction) -> bool:
        claim_id = self.current_claim_id()
        if claim_id is None or not self._finish_editing():
            return False
        if not status_actions.run_action(self.folder, action, claim_id, self.prefs.zone, self):
            return False
        self.claim_view.reload()
        self.refresh_claim(claim_id)
        self.statusBar().showMessage(self.tr("Status changed to: %1").replace(
            "%1", status_label(self.claim_view.claim.status)), 8000)
        return True

    # Dialogs opened from the menus live in window_commands (keeps this module small).
    def write_report(self) -> None:
        window_commands.write_report(self)

    def export_pdf(self) -> None:
        window_commands.export_pdf(self)

    def open_settings(self) -> None:
        window_commands.open_settings(self)

    def show_about(self) -> None:
        window_commands.show_about(self)

    def _restore_geometry(self) -> None:
        """Last session's size and place, else a size that fits the screen."""
        saved = self.prefs.s.value("window/geometry")
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        if avail is None or avail.isEmpty():
            self.resize(1320, 820)
            return
        self.resize(min(1320, int(avail.width() * 0.94)), min(820, int(avail.height() * 0.9)))

    def quit(self) -> None:
        self.quitting = True
        self.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.prefs.close_to_tray and getattr(self, "tray", None):
            event.ignore()
            self.hide()
            return
        self._finish_editing()
        self.capture.release_hotkey()
        self.prefs.s.setValue("window/geometry", self.saveGeometry())
        self.deadline_watch.watch(None)
        if self.folder is not None:
            self.folder.close()
            self.folder = None
        event.accept()

