"""Main window: claims list on the left, the selected claim on the right.

The window only composes: the session (ui/session.py) holds the folder, the current
claim and the signals; the command objects (``commands``) own the actions and the
dialogs; the window puts their actions in its menus and toolbars, and is the only module
that touches its own children.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.folder import ClaimFolder

from .capture.controller import CaptureController
from .claims.claim_view import ClaimView
from .claims.claims_panel import ClaimsPanel
from .claims.commands import ClaimCommands
from .editor.commands import EditorCommands
from .escalation.commands import EscalationCommands
from .folders import FolderCommands
from .followup.commands import FollowUpCommands
from .followup.deadline_watch import reminder_text
from .guide import GuideCommands
from .inbox.inbox_view import InboxView
from .notify import Notifier
from .prefs import Prefs
from .report.commands import ReportCommands
from .safety.commands import SafetyCommands
from .safety.readonly import ReadOnlyBanner
from .session import Session
from .settings.commands import SettingsCommands
from .tray import Tray
from .widgets import make_action


@dataclass
class Commands:
    """The window's command objects, by feature."""

    folders: FolderCommands
    claims: ClaimCommands
    followup: FollowUpCommands
    report: ReportCommands
    settings: SettingsCommands
    capture: CaptureController
    guide: GuideCommands
    editor: EditorCommands
    escalation: EscalationCommands
    safety: SafetyCommands


class MainWindow(QMainWindow):
    """``shown`` once on screen (start-up timing, smoke tests)."""

    shown = Signal()

    def __init__(self, prefs: Prefs, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.session = session or Session(prefs, self)
        self.session.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.quitting = False
        self.setWindowTitle("BonusDesk")
        self.setObjectName("MainWindow")

        # Left: search, status filter, claims table. Right: the claim, or a hint.
        self.claims_panel = ClaimsPanel(self.session)
        self.model, self.proxy = self.claims_panel.model, self.claims_panel.proxy
        self.table, self.search = self.claims_panel.table, self.claims_panel.search
        self.status_filter = self.claims_panel.status_filter
        self.claim_view = ClaimView(self.session)
        self.inbox_view = InboxView(self.session)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(32)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.claim_view)
        self.right.addWidget(self.inbox_view)
        split = QSplitter()
        split.addWidget(self.claims_panel)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.split = split
        self._split_placed = False  # the claims list gets its share once the size is known
        # Above everything: says so when the folder is read-only (ui/safety/readonly.py).
        self.read_only_banner = ReadOnlyBanner(self.session)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(split, 1)
        self.setCentralWidget(central)

        folders = FolderCommands(self.session, self)
        capture = CaptureController(self.session, self, show_window=self.show_window)
        self.commands = Commands(
            folders=folders, claims=ClaimCommands(self.session, self),
            followup=FollowUpCommands(self.session, self),
            report=ReportCommands(self.session, self),
            settings=SettingsCommands(self.session, self, folders.switch_folder,
                                      lambda: capture.hotkey_problem,
                                      lambda: self.tray is not None),
            capture=capture, guide=GuideCommands(self),
            editor=EditorCommands(self.session, self),
            escalation=EscalationCommands(self.session, self),
            safety=SafetyCommands(self.session, self))
        self.act_import = make_action(
            self, self.tr("&Add evidence files…"), self.claim_view.evidence.choose_files,
            "Ctrl+I", self.tr("Add screenshots, PDFs or emails (Ctrl+I)"))
        self.act_quit = make_action(self, self.tr("&Quit"), self.quit,
                                    QKeySequence.StandardKey.Quit)
        self.act_search = make_action(self, self.tr("&Search"), self.claims_panel.focus_search,
                                      QKeySequence.StandardKey.Find)
        self.act_inbox = make_action(
            self, self.tr("Go to the &Inbox"), self.session.show_inbox, "Ctrl+Shift+I",
            self.tr("Screenshots and files waiting to be filed into a claim (Ctrl+Shift+I)"))
        self._build_menus()
        self._build_toolbars()
        capture.install_hotkey()
        self.tray = Tray.create(self.session, self, self.show_window, [
            self.commands.claims.act_new_claim, None, *capture.actions, None,
            *capture.after.actions, None, self.act_quit])
        # Reminders reach a player who is not looking: the tray, else the desktop.
        self.notifier = Notifier(self.session.jobs, lambda: self.tray is not None, self)
        self.claim_view.guide_requested.connect(self.commands.guide.open_guide)

        s = self.session
        s.folder_changed.connect(self._folder_changed)
        s.current_claim_changed.connect(lambda _id: self._update_enabled())
        s.claims_changed.connect(self._update_enabled)
        s.show_claim_requested.connect(lambda claim_id, _tab: self.select_claim(claim_id))
        s.show_inbox_requested.connect(self.claims_panel.show_inbox)
        self.claims_panel.inbox_selected.connect(self._update_enabled)
        s.reminders_due.connect(self._reminded)
        s.settings_changed.connect(self.apply_tray_preference)
        s.settings_changed.connect(self._update_enabled)  # the capture shortcut it names
        self._restore_geometry()
        self._update_enabled()

    # -- actions, menus and toolbars ------------------------------------------------
    def claim_actions(self):
        """Actions that need a current claim."""
        c = self.commands
        return [self.act_import, c.claims.act_save, c.followup.act_contact,
                c.claims.act_close_claim,
                c.report.act_report, c.report.act_export, *c.followup.status_actions.values(),
                c.escalation.act_refer]

    def _build_menus(self) -> None:
        c = self.commands
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(c.claims.act_new_claim)
        self.file_menu.addAction(c.claims.act_save)
        self.file_menu.addSeparator()
        self.file_menu.addAction(c.folders.act_open)
        self.file_menu.addAction(c.folders.act_new_folder)
        self.recent_menu = QMenu(self.tr("&Recent folders"), self)
        self.recent_menu.aboutToShow.connect(lambda: c.folders.fill_recent(self.recent_menu))
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(c.folders.act_backup)
        self.file_menu.addAction(c.safety.act_check)
        self.file_menu.addSeparator()
        self.file_menu.addAction(c.settings.act_profile)
        self.file_menu.addAction(c.settings.act_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.claim_menu = bar.addMenu(self.tr("&Claim"))
        capture_menu = self.claim_menu.addMenu(self.tr("&Capture"))
        capture_menu.addActions(c.capture.actions)
        capture_menu.addSeparator()
        capture_menu.addActions(c.capture.option_actions)
        self.claim_menu.addAction(c.report.act_report)
        self.claim_menu.addAction(c.report.act_export)
        self.claim_menu.addSeparator()
        self.claim_menu.addAction(self.act_import)
        self.claim_menu.addActions(c.editor.actions)
        self.claim_menu.addAction(c.followup.act_contact)
        self.claim_menu.addSeparator()
        self.claim_menu.addActions(list(c.followup.status_actions.values()))
        self.claim_menu.addAction(c.escalation.act_refer)
        self.claim_menu.addAction(c.claims.act_close_claim)
        self.claim_menu.addSeparator()
        self.claim_menu.addAction(self.act_inbox)
        self.claim_menu.addAction(self.act_search)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(c.guide.act_guide)
        self.help_menu.addSeparator()
        self.help_menu.addAction(c.settings.act_about)
        # Shortcuts work wherever focus is in the window, menus open or not.
        self.addActions([c.claims.act_new_claim, c.folders.act_open, c.folders.act_new_folder,
                         c.settings.act_settings, c.settings.act_profile,
                         c.settings.act_about, c.guide.act_guide, self.act_quit,
                         self.act_search, self.act_inbox, *self.claim_actions(),
                         *c.capture.actions, *c.capture.option_actions,
                         *c.editor.actions])

    def _build_toolbars(self) -> None:
        c = self.commands
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        # The screen and a region/window: the two a player reaches for; the active window and
        # the delayed capture are in Claim › Capture, the tray and their shortcuts.
        self.toolbar.addActions([c.claims.act_new_claim, self.act_import, c.report.act_report,
                                 c.report.act_export, *c.capture.actions[:2]])
        # The follow-up steps get a row of their own: they are what users do most after day one.
        self.addToolBarBreak()
        self.status_toolbar = self.addToolBar(self.tr("Follow-up toolbar"))
        self.status_toolbar.setObjectName("StatusToolbar")
        self.status_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_toolbar.setMovable(False)
        self.status_toolbar.addWidget(QLabel(self.tr("Follow-up:") + " "))
        self.status_toolbar.addActions(list(c.followup.status_actions.values()))
        self.status_toolbar.addAction(c.escalation.act_refer)

    def write_actions(self):
        """Actions that change the folder: disabled while it is read-only."""
        c = self.commands
        return [c.claims.act_new_claim, self.act_import, c.followup.act_contact,
                c.claims.act_close_claim, *c.followup.status_actions.values(),
                *c.capture.actions, c.capture.after.act_undo, c.escalation.act_refer,
                c.settings.act_profile]

    def _update_enabled(self) -> None:
        has_folder = self.session.folder is not None
        has_claim = has_folder and self.session.current_claim_id is not None
        self.commands.claims.act_new_claim.setEnabled(has_folder)
        self.act_inbox.setEnabled(has_folder)
        self.commands.settings.act_profile.setEnabled(has_folder)
        self.commands.safety.act_check.setEnabled(has_folder)
        for a in self.claim_actions():
            a.setEnabled(has_claim)
        # A capture needs only a folder: without a claim it goes to the Inbox.
        for a in self.commands.capture.actions:
            a.setEnabled(has_folder)
        if self.session.read_only:
            for a in self.write_actions():
                a.setEnabled(False)
        if not has_folder:
            self.empty.setText(self.tr("No claim folder is open.\nUse File → Open claim folder."))
        elif self.model.rowCount() == 0:
            text = self.tr(
                "No claims yet.\n\nClick “New claim” (Ctrl+N) to describe your problem.\n"
                "Not sure where to start? Help › What do I do now? (F1)")
            hotkey = QKeySequence(self.prefs.hotkey).toString(
                QKeySequence.SequenceFormat.NativeText)
            if hotkey:  # the first step of the guide, when the error is on screen right now
                text += "\n\n" + self.tr(
                    "The error is on screen right now? Capture it first (%1): no claim is "
                    "needed, the screenshot waits in the Inbox.").replace("%1", hotkey)
            self.empty.setText(text)
        else:
            self.empty.setText(self.tr("Select a claim on the left.\n\nNot sure what to do "
                                       "next? Help › What do I do now? (F1)"))
        if has_claim:
            self.right.setCurrentWidget(self.claim_view)
        elif has_folder and self.claims_panel.inbox_shown:
            self.right.setCurrentWidget(self.inbox_view)
        else:
            self.right.setCurrentWidget(self.empty)

    # -- session news ------------------------------------------------------------------
    def _folder_changed(self) -> None:
        folder = self.session.folder
        title = f"BonusDesk — {folder.path.name}" if folder else "BonusDesk"
        if self.session.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)
        self.claims_panel.inbox_button.setChecked(False)
        self._update_enabled()

    def _reminded(self, due: list) -> None:
        title, lines = reminder_text(due)
        self.statusBar().showMessage(lines[0], 30000)
        if self.tray is None:  # the tray says it itself (ui/tray.py)
            self.notifier.notify(title, "\n".join(lines), urgent=True)
            QApplication.alert(self)

    def apply_tray_preference(self) -> None:
        """Closing the window keeps the app running only when the tray can bring it back."""
        QApplication.setQuitOnLastWindowClosed(
            self.tray is None or not self.prefs.close_to_tray)

    # -- for app.py, scripts and tests -------------------------------------------------
    @property
    def folder(self) -> ClaimFolder | None:
        return self.session.folder

    def set_folder(self, folder: ClaimFolder | None) -> None:
        self.session.set_folder(folder)

    def switch_folder(self, path: Path, create: bool = False) -> bool:
        return self.commands.folders.switch_folder(path, create)

    def select_claim(self, claim_id: int) -> None:
        self.claims_panel.select(claim_id)

    def current_claim_id(self) -> int | None:
        return self.session.current_claim_id

    def show_window(self) -> None:
        """Bring the window to the front (tray, a second launch)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- window life -------------------------------------------------------------------
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
        if not self._split_placed:
            self._split_placed = True
            QTimer.singleShot(0, self._place_split)  # once the splitter is laid out
        self.shown.emit()

    def _place_split(self) -> None:
        width = self.split.width()
        left = max(300, int(width * 0.36))  # 1024 px: 368 px of claims, the rest the claim
        self.split.setSizes([left, max(width - left, 1)])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.prefs.close_to_tray and self.tray is not None:
            event.ignore()
            self.hide()
            return
        self.commands.capture.close()
        self.prefs.s.setValue("window/geometry", self.saveGeometry())
        self.session.close_folder()
        event.accept()
