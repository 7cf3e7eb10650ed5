"""The annotate-and-redact editor: draw on an image evidence item, save a new copy.

The original is only read. Saving checks the operations (``prepare_derivative``, here),
renders them in the job pool (``DerivativeJob.render``: the same Pillow code as
``bonusdesk-cli evidence annotate``, so the same pixels), and stores the copy through the
session, which shows it selected in the gallery. A copy opened here is re-opened from its
operation list on its original, and saving makes a new copy that says which one it
revises. Tools and keys follow Flameshot and ksnip where they have one (docs/capture.md).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QImage, QImageReader, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.derivative import is_derivative, prepare_derivative, reopen
from bonusdesk.core.errors import BadInput, BonusDeskError
from bonusdesk.core.model import Evidence

from ..jobs import Job
from ..session import Session
from .canvas import EditorScene, Tool
from .id_boxes import IdBoxes
from .read_text_dialog import ReadTextDialog
from .toolbars import EditBar, ToolPalette
from .view import EditorView

CAPTION_MAX = 200


def load_picture(path) -> QImage:
    """The picture upright (EXIF rotation applied), as the core renders it."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise BadInput(f"the picture cannot be opened ({reader.errorString()})")
    return image


class EditorDialog(QDialog):
    """``saved`` is the new evidence once a copy was stored. ``ocr_chain``: OCR handlers
    for reading text (tests)."""

    def __init__(self, session: Session, evidence_id: int, parent=None, ocr_chain=None):
        super().__init__(parent)
        self.session, self.ocr_chain = session, ocr_chain
        self.binding = session.bind(self)
        self.folder = folder = session.require_folder()
        self.saved: Evidence | None = None
        self.job: Job | None = None
        self.reader: ReadTextDialog | None = None  # the read-text window while it is open
        opened = folder.evidence.get(evidence_id)
        self.base, self.revises, notice, ops = opened, None, "", None
        if is_derivative(opened) and opened.metadata.get("operations"):
            try:
                again = reopen(folder, evidence_id)
                self.base, self.revises, ops = again.parent, again.derivative, again.ops
            except BadInput:
                notice = self.tr("The original of this copy is no longer in the claim: you "
                                 "are drawing on the copy itself.")
        if not self.base.is_image:
            raise BadInput(f"evidence {self.base.id} is not an image ({self.base.mime})")
        self.scene = EditorScene(load_picture(folder.evidence.file_path(self.base)), self)
        self.scene.ask_text = self.ask_text
        if ops is not None:
            self.scene.load(ops)
        self.view = EditorView(self.scene)
        self.view.setAccessibleName(self.tr("Picture being annotated"))
        name = self.base.caption or self.base.original_name
        self.setWindowTitle((self.tr("Annotate or redact: %1") if self.revises is None else
                             self.tr("New version of a copy of: %1")).replace("%1", name))
        self.id_boxes = IdBoxes(self)
        self._build(notice)
        self.scene.ops_changed.connect(self._ops_changed)
        self.scene.undo.cleanChanged.connect(lambda _clean: self._ops_changed())
        self.scene.region_chosen.connect(self.read_region)
        self._ops_changed()
        self.set_tool(Tool.SELECT)
        self.view.setFocus()

    # -- building ------------------------------------------------------------------------
    def _build(self, notice: str) -> None:
        self.tools = ToolPalette(self.set_tool, self)
        self.tool_actions = self.tools.tool_actions
        self.edit_bar = EditBar(self.scene, self.view, self)
        bar = self.edit_bar
        self.act_undo, self.act_redo, self.act_delete = bar.act_undo, bar.act_redo, bar.act_delete
        self.colour, self.stroke, self.zoom_label = bar.colour, bar.stroke, bar.zoom_label
        self.colour.currentIndexChanged.connect(self._colour_picked)
        self.stroke.valueChanged.connect(self._stroke_picked)
        select_all = QAction(self)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.triggered.connect(self.select_all)
        self.addAction(select_all)

        self.banner = QWidget()
        self.banner.setStyleSheet("background:#fff3cd; color:#5c4400;")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Confirm the boxes"))
        self.confirm_button.clicked.connect(self.confirm_boxes)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.confirm_button)
        self.banner.setVisible(False)

        self.read_all = QPushButton(self.tr("Read all the te&xt…"))
        self.read_all.clicked.connect(lambda: self.read_region(None))
        self.id_button = QPushButton(self.tr("&ID document: propose boxes"))
        self.id_button.setToolTip(self.tr(
            "Reads the document and proposes boxes over its number (all but the last 4 "
            "characters) and its machine-readable lines, for you to check"))
        self.id_button.clicked.connect(self.id_boxes.start)
        self.caption = QLineEdit()
        self.caption.setAccessibleName(self.tr("Caption of the copy"))
        self.caption.setMaxLength(CAPTION_MAX)
        self.status = QLabel(notice)
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop_job)
        self.save_button = QPushButton(self.tr("&Save as a new copy"))
        self.save_button.setToolTip(self.tr("The original stays as it is (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setAutoDefault(False)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        for button in (self.read_all, self.id_button, self.confirm_button, self.stop_button):
            button.setAutoDefault(False)

        middle = QHBoxLayout()
        middle.addWidget(self.tools)
        middle.addWidget(self.view, 1)
        caption_row = QHBoxLayout()
        caption_row.addWidget(QLabel(self.tr("Caption:")))
        caption_row.addWidget(self.caption, 1)
        caption_row.addWidget(self.read_all)
        caption_row.addWidget(self.id_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit_bar)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addLayout(caption_row)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry()
        self.resize(QSize(min(1400, int(screen.width() * 0.92)),
                          min(920, int(screen.height() * 0.9))))

    # -- tools and state -----------------------------------------------------------------
    def set_tool(self, tool: Tool) -> None:
        self.scene.tool = tool
        self.tool_actions[tool].setChecked(True)
        self.view.set_tool_cursor(tool)
        if tool != Tool.SELECT:
            self.scene.clearSelection()

    def select_all(self) -> None:
        """Ctrl+A (Flameshot): every shape, with the select tool."""
        self.set_tool(Tool.SELECT)
        self.scene.select_all()

    def _colour_picked(self) -> None:
        self.scene.colour = self.colour.currentData()
        self.scene.recolour_selected(self.scene.colour)

    def _stroke_picked(self, value: int) -> None:
        self.scene.stroke = value
        self.scene.restroke_selected(value)

    def _ops_changed(self) -> None:
        ops = self.scene.operations()
        self.caption.setPlaceholderText(self.default_caption())
        self.save_button.setEnabled(bool(ops.operations) and self.is_dirty()
                                    and self.job is None)
        self.act_undo.setEnabled(self.scene.undo.canUndo())
        self.act_redo.setEnabled(self.scene.undo.canRedo())
        proposed = len(self.scene.proposals())
        self.banner.setVisible(proposed > 0)
        if proposed:
            self.banner_text.setText(self.tr(
                "%n boxes proposed from the text read on the document: its number except "
                "the last 4 characters, and the machine-readable lines. Check each one "
                "(move, resize or delete it; draw a missing one with Redact, B), then "
                "confirm.", "", proposed))

    def is_dirty(self) -> bool:
        return not self.scene.undo.isClean()

    def default_caption(self) -> str:
        """The copy's caption unless the player types one (in the UI language)."""
        name = self.base.caption or self.base.original_name
        text = (self.tr("Redacted copy of: %1") if self.scene.operations().redactions
                else self.tr("Annotated copy of: %1"))
        return text.replace("%1", name)[:CAPTION_MAX]

    def ask_text(self, current: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Text"),
                                                 self.tr("Text to write on the picture:"),
                                                 current)
        return text if ok else None

    def confirm_boxes(self) -> None:
        count = self.scene.confirm_proposals()
        if count:
            self.status.setText(self.tr("%n boxes confirmed: they will be solid in the "
                                        "copy.", "", count))

    # -- reading the text ----------------------------------------------------------------
    def read_region(self, box) -> None:
        """Read the text of the whole picture (None) or a drawn region (a core Box)."""
        region = None if box is None else (box.x, box.y, box.w, box.h)
        dialog = ReadTextDialog(self.session, self.base.id, region, self, self.ocr_chain)
        self.reader = dialog
        dialog.start()
        dialog.exec()
        self.reader = None
        dialog.deleteLater()

    # -- jobs (saving, reading the ID document) -----------------------------------------
    def run_job(self, work, busy: str, on_result, name: str) -> None:
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.status.setText(busy)
        for widget in (self.id_button, self.read_all):
            widget.setEnabled(False)
        self.job = self.session.jobs.start(
            work, name=name, owner=self, on_result=on_result, on_error=self._job_failed,
            on_cancelled=lambda: self.status.setText(self.tr("Stopped: nothing was saved.")),
            on_finished=self._job_over)
        self._ops_changed()

    def stop_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def is_running(self) -> bool:
        return self.job is not None

    def _job_over(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        for widget in (self.id_button, self.read_all):
            widget.setEnabled(True)
        self._ops_changed()

    def _job_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        if not self.binding.valid:
            return  # the editor was closed with its folder: no message over another folder
        QMessageBox.warning(self, self.tr("It did not work"), str(exc))

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        # Not after the folder closed: the switch closed this editor and said so already.
        if self.job is not None or not self.binding.valid or not self.save_button.isEnabled():
            return
        if self.scene.proposals():
            QMessageBox.information(self, self.tr("Check the proposed boxes"), self.tr(
                "Confirm the proposed boxes (or delete them) before saving the copy."))
            return
        caption = self.caption.text().strip() or self.default_caption()
        try:
            self.binding.check()
            job = prepare_derivative(self.folder, self.base.id, self.scene.operations(),
                                     caption=caption, revises=self.revises)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the copy"), str(exc))
            return
        self.run_job(lambda _ctx: job.render(), self.tr("Saving the copy…"),
                     lambda data: self._rendered(job, data), "derivative")

    def _rendered(self, job, data: bytes) -> None:
        if not self.binding.valid:
            # The folder closed while the copy was being drawn (the switch closed this
            # editor and named it): the pixels are dropped, nothing is stored anywhere.
            self.status.setText(self.tr("The claim folder was closed: nothing was saved."))
            return
        try:
            self.binding.check()
            self.saved = self.session.store_derivative(self.folder, job, data)
        except (BonusDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save the copy"), str(exc))
            return
        self.scene.undo.setClean()
        self.session.notify(self.tr("Copy saved as a new evidence item; the original is "
                                    "unchanged."))
        self.accept()

    # -- closing -------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.scene.cancel_gesture():
                return
            if self.scene.tool != Tool.SELECT:
                self.set_tool(Tool.SELECT)
                return
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.is_dirty() and self.binding.valid and QMessageBox.question(
                self, self.tr("Discard your changes?"),
                self.tr("What you drew is not saved. Close the editor anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
