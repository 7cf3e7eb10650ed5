"""Evidence gallery tab: thumbnails, drop files or folders, paste, view, caption,
"Give the password…" for a password-protected PDF (unlock.py), and the entry points of
the annotate/redact editor and of "Read the text" (ui/editor/).

Imports run as jobs (importer.py); new evidence appears through the session's
``evidence_added``, whoever added it (a drop here, a capture, an e-mail in Contacts).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim

from ..claim_tab import ClaimTab
from ..safety.readonly import follow_read_only
from ..session import Session
from .evidence_model import THUMB_SIZE, EvidenceIdRole, EvidenceListModel, EvidenceRole
from .evidence_viewer import EvidenceViewer
from .importer import EvidenceImport
from .unlock import UnlockPdf, needs_password


class GalleryView(QListView):
    """Icon grid that accepts dropped files and folders."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.setGridSize(QSize(THUMB_SIZE + 28, THUMB_SIZE + 48))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # lets the view ask only visible rows for thumbnails
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        # Files from outside drop in; items drag out onto a claim of the list (filing).
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        # Drops arrive at the viewport; it must accept them itself.
        self.viewport().setAcceptDrops(True)

    def _local_paths(self, mime) -> list[Path]:
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)


class EvidenceTab(ClaimTab):
    """``import_finished(results)`` after each import started here."""

    key = "evidence"
    import_finished = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.folder: ClaimFolder | None = None
        self.model = EvidenceListModel(session.jobs, self)
        self.view = GalleryView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Evidence gallery"))
        self.view.files_dropped.connect(self.import_paths)
        self.view.doubleClicked.connect(self.open_viewer)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.hint = QLabel(self.tr(
            "Drop screenshots, photos, PDFs or emails (.eml, .msg) here, or a whole folder. "
            "Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption."))
        self.hint.setWordWrap(True)
        add = QPushButton(self.tr("&Add files…"))
        add.clicked.connect(self.choose_files)
        paste = QPushButton(self.tr("&Paste image"))
        paste.clicked.connect(self.paste)
        caption = QPushButton(self.tr("Edit &caption"))
        caption.clicked.connect(self.edit_caption)
        move = QPushButton(self.tr("&Move to…"))
        move.setToolTip(self.tr("File the selected items into another claim or back into "
                                "the Inbox (or drag them onto a claim of the list)"))
        move.clicked.connect(self.move_selected)
        self.annotate_button = QPushButton(self.tr("Annotate or re&dact…"))
        self.annotate_button.setToolTip(self.tr("Arrows, boxes, text, or hiding what must "
                                                "not be seen, on a copy (Ctrl+Shift+E)"))
        self.annotate_button.clicked.connect(self.annotate_current)
        self.read_button = QPushButton(self.tr("Read the te&xt…"))
        self.read_button.setToolTip(self.tr("The error message and code in a screenshot "
                                            "(Ctrl+Shift+T)"))
        self.read_button.clicked.connect(self.read_current)
        # A password-protected PDF: a note while the claim has one, and the action.
        self.unlock = UnlockPdf(session, self)
        self.unlock.ended.connect(self._update_unlock)
        self.unlock_button = QPushButton(self.unlock.act_unlock.text())
        self.unlock_button.setToolTip(self.unlock.act_unlock.toolTip())
        self.unlock_button.clicked.connect(self.unlock.act_unlock.trigger)
        self.unlock.act_unlock.changed.connect(
            lambda: self.unlock_button.setEnabled(self.unlock.act_unlock.isEnabled()))
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_unlock())
        QShortcut(QKeySequence.StandardKey.Paste, self.view, activated=self.paste)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.view, activated=self.edit_caption)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view,
                  activated=lambda: self.open_viewer(self.view.currentIndex()))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(add)
        self.buttons.addWidget(paste)
        self.buttons.addWidget(caption)
        self.buttons.addWidget(move)
        self.buttons.addStretch(1)
        # The picture's own actions on a row of their own: with "Move to…" on one row the
        # tab pushed the window past a 1024-pixel screen in French.
        self.picture_buttons = QHBoxLayout()
        self.picture_buttons.addWidget(self.annotate_button)
        self.picture_buttons.addWidget(self.read_button)
        self.picture_buttons.addStretch(1)
        # The password button beside its note: in the button row it pushed the window
        # past a 1024-pixel screen in French.
        locked_row = QHBoxLayout()
        locked_row.addWidget(self.locked_note, 1)
        locked_row.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(locked_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        layout.addLayout(self.picture_buttons)
        session.evidence_added.connect(self._added)
        session.evidence_changed.connect(self._changed)
        self.follow(session.evidence_removed)  # filed elsewhere or a capture undone: reload
        session.show_evidence_requested.connect(self._show_evidence)
        self._update_image_buttons()
        follow_read_only(session, lambda: [add, paste, caption])

    def load(self, folder: ClaimFolder, claim: Claim, _zone: str = "") -> None:
        self.folder = folder
        # Read-only media: no thumbnail cache can be written, the gallery scales the originals.
        thumbs = folder.evidence.thumbnail if folder.writable else folder.evidence.file_path
        self.model.set_items(folder.evidence.list(claim.id), thumbs,
                             folder.path, folder.evidence.file_path)
        self._current_changed(self.view.currentIndex())
        self._update_unlock()

    def _added(self, claim_id: int, evidence_ids: list[int]) -> None:
        if self.claim is not None and claim_id == self.claim.id and self.session.folder:
            for evidence_id in evidence_ids:
                self.model.append(self.session.folder.evidence.get(evidence_id))
            self._update_unlock()

    # -- password-protected PDFs ------------------------------------------------------
    def _update_unlock(self) -> None:
        """The action follows the current item; the note and button show while the claim
        has a protected PDF whose pages are not shown yet."""
        index = self.view.currentIndex()
        folder = self.session.folder
        self.unlock.set_evidence(index.data(EvidenceRole) if index.isValid() else None)
        locked = []
        if folder is not None and self.claim is not None:
            locked = [ev.original_name for ev in self.model.items()
                      if needs_password(folder, ev)]
        # Named: a protected PDF's thumbnail looks like any other file.
        self.locked_note.setText(self.tr(
            "%n PDF files are protected by a password (%1): their pages are not in the PDF "
            "package. Select one and click “Give the password…” to show them.", "",
            len(locked)).replace("%1", ", ".join(locked)))
        self.locked_note.setVisible(bool(locked))
        self.unlock_button.setVisible(bool(locked))
        self.unlock_button.setEnabled(self.unlock.act_unlock.isEnabled())

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("View"), lambda: self.open_viewer(index))
        ev = index.data(EvidenceRole)
        if ev.is_image:
            menu.addAction(self.tr("Annotate or redact…"), lambda: self.session.request_edit(ev.id))
            menu.addAction(self.tr("Read the text…"),
                           lambda: self.session.request_read_text(ev.id))
        menu.addAction(self.tr("Edit the caption…"), self.edit_caption)
        menu.addAction(self.tr("Move to another claim or the Inbox…"), self.move_selected)
        if self.unlock.act_unlock.isEnabled():
            menu.addAction(self.unlock.act_unlock)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not kept
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _changed(self, claim_id: int, evidence_id: int) -> None:
        if self.claim is not None and claim_id == self.claim.id and self.session.folder:
            self.model.replace(self.session.folder.evidence.get(evidence_id))

    def _show_evidence(self, claim_id: int, evidence_id: int) -> None:
        """Select ``evidence_id`` (a copy just made, a search hit)."""
        if self.claim is None or claim_id != self.claim.id:
            return
        for row, ev in enumerate(self.model.items()):
            if ev.id == evidence_id:
                index = self.model.index(row)
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.view.scrollTo(index)

    # -- the current item: annotate, read its text --------------------------------
    def current_evidence(self):
        index = self.view.currentIndex()
        return index.data(EvidenceRole) if index.isValid() else None

    def _current_changed(self, index, _previous=None) -> None:
        self.session.select_evidence(index.data(EvidenceIdRole) if index.isValid() else None)
        self._update_image_buttons()

    def _update_image_buttons(self) -> None:
        ev = self.current_evidence()
        for button in (self.annotate_button, self.read_button):
            button.setEnabled(ev is not None and ev.is_image and not self.session.read_only)

    def annotate_current(self) -> None:
        ev = self.current_evidence()
        if ev is not None and ev.is_image:
            self.session.request_edit(ev.id)

    def read_current(self) -> None:
        ev = self.current_evidence()
        if ev is not None and ev.is_image:
            self.session.request_read_text(ev.id)

    # -- adding --------------------------------------------------------------
    def choose_files(self) -> None:
        filters = ";;".join([self.tr("All files (*)"),
                             self.tr("E-mails (*.eml *.msg)"),
                             self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)"),
                             self.tr("PDF documents (*.pdf)")])
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"), "",
                                                filters)
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> EvidenceImport | None:
        """Import files (folders expanded) in the job pool; refusals are listed, the rest
        still goes in. ``import_finished`` says when it is over."""
        if self.claim is None or self.session.folder is None:
            return None
        try:
            importer = EvidenceImport(self.session, self.claim.id, self)
            importer.done.connect(self.import_finished)
            importer.start(paths)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot add the files"), str(exc))
            return None
        return importer

    def paste(self) -> None:
        """Paste an image (stored as PNG) or copied files."""
        if self.session.folder is None or self.claim is None:
            return
        mime = QApplication.clipboard().mimeData()
        if mime.hasImage():
            image = QImage(mime.imageData())
            self.add_image(image, self.tr("Pasted image"))
        elif mime.hasUrls():
            self.import_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
        else:
            self.session.notify(self.tr("The clipboard holds no image or file."))

    def add_image(self, image: QImage, caption: str = "") -> None:
        ba = QByteArray()
        buf = QBuffer(ba)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        name = datetime.now().strftime("clipboard-%Y%m%d-%H%M%S.png")
        try:
            self.session.add_image(self.claim.id, bytes(ba), name, caption)
        except (BonusDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot add the image"), str(exc))
            return
        self.session.notify(self.tr("Image added"))

    # -- viewing and captions ------------------------------------------------
    def open_viewer(self, index) -> None:
        if not index.isValid():
            return
        ev = index.data(EvidenceRole)
        viewer = EvidenceViewer(self.session, ev, self)
        viewer.exec()
        viewer.deleteLater()

    def selected_ids(self) -> list[int]:
        return [i.data(EvidenceRole).id for i in self.view.selectionModel().selectedIndexes()]

    def move_selected(self) -> None:
        """"Move to…": the selected items into another claim, or back to the Inbox."""
        from ..inbox.filing import choose_and_file

        ids = self.selected_ids()
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().data(EvidenceRole).id]
        if ids and self.claim is not None:
            choose_and_file(self.session, ids, self, from_claim=self.claim.id)

    def edit_caption(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        ev = index.data(EvidenceRole)
        text, ok = QInputDialog.getText(self, self.tr("Caption"),
                                        self.tr("What does this show?"), text=ev.caption)
        if ok:
            self.set_caption(ev.id, text)

    def set_caption(self, evidence_id: int, text: str) -> None:
        try:
            self.session.update_evidence(evidence_id, caption=text)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
