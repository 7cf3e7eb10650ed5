"""Editor commands: "Annotate or redact…" and "Read the text…" on an image evidence item.

The actions work on the gallery's current item (``session.current_evidence_id``) and are
enabled only when it is an image. The gallery and the evidence viewer ask for the same
through the session (``request_edit``, ``request_read_text``); the dialogs open here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from bonusdesk.core.errors import BonusDeskError

from ..session import Session
from ..widgets import make_action


class EditorCommands(QObject):
    """``act_annotate`` and ``act_read_text``; ``dialog`` is the one open (tests reach it)."""

    def __init__(self, session: Session, window: QWidget):
        super().__init__(window)
        self.session, self.window = session, window
        self.dialog = None
        self.act_annotate = make_action(
            self, self.tr("&Annotate or redact the picture…"), self.annotate_current,
            "Ctrl+Shift+E", self.tr("Draw arrows, boxes and text on a copy, or hide what "
                                    "must not be seen (Ctrl+Shift+E)"))
        self.act_read_text = make_action(
            self, self.tr("Read the te&xt of the picture…"), self.read_current,
            "Ctrl+Shift+T", self.tr("Find the error message and code in a screenshot "
                                    "(Ctrl+Shift+T)"))
        session.current_evidence_changed.connect(lambda _id: self.update_enabled())
        session.folder_changed.connect(self.update_enabled)
        session.edit_evidence_requested.connect(self.annotate)
        session.read_text_requested.connect(self.read_text)
        self.update_enabled()

    @property
    def actions(self):
        return [self.act_annotate, self.act_read_text]

    def update_enabled(self) -> None:
        try:
            ev = self.session.current_evidence()
        except BonusDeskError:
            ev = None
        for action in self.actions:
            action.setEnabled(ev is not None and ev.is_image)

    def annotate_current(self) -> None:
        if self.session.current_evidence_id is not None:
            self.annotate(self.session.current_evidence_id)

    def read_current(self) -> None:
        if self.session.current_evidence_id is not None:
            self.read_text(self.session.current_evidence_id)

    def annotate(self, evidence_id: int) -> None:
        """The editor on ``evidence_id`` (a copy re-opens on its original)."""
        from .editor_dialog import EditorDialog

        try:
            dialog = EditorDialog(self.session, evidence_id, self.window)
        except BonusDeskError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot annotate"), str(exc))
            return
        self._run(dialog)

    def read_text(self, evidence_id: int) -> None:
        from .read_text_dialog import ReadTextDialog

        try:
            dialog = ReadTextDialog(self.session, evidence_id, None, self.window)
        except BonusDeskError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot read the text"), str(exc))
            return
        dialog.start()
        self._run(dialog)

    def _run(self, dialog) -> None:
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
