"""The ID-document preset in the editor: read the document, propose boxes, let the player
check them.

The text is read in the job pool (core.ocr_store, stored like the CLI's ``id-boxes``);
``core.id_preset.propose`` turns it into redaction boxes over the document number (all
but its last 4 characters) and the machine-readable lines. They arrive as *proposed*
shapes: see-through, hatched, movable and resizable; the copy cannot be saved until the
player confirms them (or deletes them). OCR can miss a number: the banner says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.id_preset import propose
from bonusdesk.core.model import Evidence
from bonusdesk.core.ocr_store import prepare_read_text

from ..session import Binding, Session
from .canvas import EditorScene


class IdEditor(Protocol):
    """What the preset uses of the editor (``editor_dialog.EditorDialog``, which owns
    it): named here so the two modules do not import each other."""

    session: Session
    binding: Binding
    folder: ClaimFolder  # the one the editor was opened on
    base: Evidence
    ocr_chain: list | None
    scene: EditorScene
    status: QLabel

    def run_job(self, work: Callable, busy: str, on_result: Callable, name: str) -> None: ...


class IdBoxes(QObject):
    """``proposals`` holds what the last reading proposed (core.id_preset.Proposal)."""

    def __init__(self, editor: IdEditor):
        super().__init__(editor)
        self.editor = editor
        self.proposals: list = []

    def start(self) -> None:
        editor = self.editor
        try:
            editor.binding.check()
            job = prepare_read_text(editor.folder, editor.base.id)
        except BonusDeskError as exc:
            editor.status.setText(str(exc))
            return
        chain = editor.ocr_chain
        editor.run_job(lambda ctx: job.run(cancel=ctx.cancel_event, chain=chain),
                       self.tr("Reading the document to find its number…"),
                       lambda result: self._read(job, result), "id-boxes")

    def _read(self, job, result) -> None:
        editor = self.editor
        try:
            editor.binding.check()
            editor.session.store_text(editor.folder, job, result)
        except BonusDeskError as exc:
            editor.status.setText(str(exc))
            return
        self.proposals = propose(result)
        if not self.proposals:
            editor.status.setText(self.tr(
                "No document number or machine-readable lines were found: draw the boxes "
                "yourself with Redact (B)."))
            return
        editor.scene.add_operations([p.op for p in self.proposals], proposed=True)
        shown = [p.shown for p in self.proposals if p.shown]
        text = self.tr("Boxes proposed. OCR can miss a number (glare, a photo at an angle): "
                       "look at the whole document before confirming.")
        if shown:
            text += " " + self.tr("The number will read: %1").replace("%1", ", ".join(shown))
        editor.status.setText(text)
