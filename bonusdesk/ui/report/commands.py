"""Report commands: "Write my report…" and "Export PDF…" for the current claim."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..i18n import current_language
from ..session import Session
from ..widgets import make_action


class ReportCommands(QObject):
    """``act_report`` and ``act_export``; ``dialog`` is the one open (tests reach it)."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.dialog = None
        self.act_report = make_action(
            self, self.tr("&Write my report…"), self.write_report, "Ctrl+R",
            self.tr("The message to send to support, written from your claim (Ctrl+R)"))
        self.act_export = make_action(
            self, self.tr("E&xport PDF…"), self.export_pdf, "Ctrl+E",
            self.tr("One PDF with the complaint and all the evidence (Ctrl+E)"))

    def write_report(self) -> None:
        """The complaint written from the claim as saved (unsaved details are saved first)."""
        from .report_dialog import ReportDialog

        claim_id = self.session.current_claim_id
        if claim_id is None or not self.session.flush_edits():
            return
        self._run(ReportDialog(self.session, claim_id, current_language(), self.window))

    def export_pdf(self) -> None:
        claim_id = self.session.current_claim_id
        if claim_id is None or not self.session.flush_edits():
            return
        self._run(open_export(self.session, claim_id, current_language(), self.window))

    def _run(self, dialog) -> None:
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()  # a child of the window: without this it lives as long


def open_export(session: Session, claim_id: int, language: str, parent: QWidget,
                recipient: str | None = None,
                referral_letter: tuple[str, str] | None = None):
    """The export dialog (not shown yet), signed with the player's name; ``recipient``:
    the package for that body (its own summary page, checklist and referral letter);
    ``referral_letter``: (language, text) of that letter as the player edited it."""
    # Imported on first use: reportlab and pypdf cost ~0.4 s at start-up otherwise.
    from bonusdesk.core import profile

    from .export_dialog import ExportDialog

    author = profile.load(session.require_folder()).name or session.prefs.user_name
    return ExportDialog(session, claim_id, language, author, parent, recipient=recipient,
                        referral_letter=referral_letter)
