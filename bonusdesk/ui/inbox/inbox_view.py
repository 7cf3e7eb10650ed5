"""The Inbox page (right-hand side when "Inbox" is picked in the claims list): evidence
with no claim yet, filed by dragging it onto a claim or with "Move to claim…".

It follows ``session.inbox_changed`` (a capture or an import into the Inbox, a filing,
a caption) and the folder; files dropped on it are imported into the Inbox.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError

from ..evidence.evidence_model import EvidenceListModel, EvidenceRole
from ..evidence.evidence_tab import GalleryView
from ..evidence.evidence_viewer import EvidenceViewer
from ..evidence.importer import EvidenceImport
from ..session import Session
from .filing import choose_and_file


class InboxView(QWidget):
    """``import_finished(results)`` after an import into the Inbox started here."""

    import_finished = Signal(list)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.title = QLabel(self.tr("Inbox"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr(
            "Screenshots and files waiting to be filed into a claim. Drag them onto a claim "
            "on the left, or select them and use “Move to claim…”. Nothing is copied twice."))
        self.hint.setWordWrap(True)
        self.model = EvidenceListModel(session.jobs, self)
        self.view = GalleryView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Evidence in the Inbox"))
        self.view.files_dropped.connect(self.import_paths)
        self.view.doubleClicked.connect(self.open_viewer)
        self.empty = QLabel(self.tr(
            "Nothing is waiting. A screenshot taken with no claim selected (Ctrl+Shift+S) "
            "lands here; so do files dropped here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.move_button = QPushButton(self.tr("&Move to claim…"))
        self.move_button.setToolTip(self.tr("File the selected items into a claim (Ctrl+M)"))
        self.move_button.clicked.connect(self.move_selected)
        view = QPushButton(self.tr("&View…"))
        view.clicked.connect(lambda: self.open_viewer(self.view.currentIndex()))
        add = QPushButton(self.tr("&Add files…"))
        add.clicked.connect(self.choose_files)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.move_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view,
                  activated=lambda: self.open_viewer(self.view.currentIndex()))
        row = QHBoxLayout()
        for b in (self.move_button, view, add):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        session.inbox_changed.connect(self.reload)
        session.folder_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        folder = self.session.folder
        items = folder.evidence.inbox() if folder is not None else []
        self.model.set_items(items, folder.evidence.thumbnail if folder else None,
                             folder.path if folder else None,
                             folder.evidence.file_path if folder else None)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.move_button.setEnabled(bool(items))
        if items and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0))

    def selected_ids(self) -> list[int]:
        ids = [i.data(EvidenceRole).id for i in self.view.selectionModel().selectedIndexes()]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().data(EvidenceRole).id]
        return ids

    def move_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            choose_and_file(self.session, ids, self)

    def open_viewer(self, index) -> None:
        if not index.isValid():
            return
        viewer = EvidenceViewer(self.session, index.data(EvidenceRole), self)
        viewer.exec()
        viewer.deleteLater()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the Inbox"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> EvidenceImport | None:
        """Import files into the Inbox (in the job pool, like every import)."""
        if self.session.folder is None:
            return None
        try:
            importer = EvidenceImport(self.session, None, self)
            importer.done.connect(self.import_finished)
            importer.start(paths)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot add the files"), str(exc))
            return None
        return importer
