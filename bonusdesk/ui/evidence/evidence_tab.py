"""Evidence gallery tab: thumbnails, drop files or folders, paste, view, caption."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError, EvidenceRejected
from bonusdesk.core.evidence import ImportResult
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Claim, EvidenceKind

from .evidence_model import THUMB_SIZE, EvidenceListModel, EvidenceRole
from .evidence_viewer import EvidenceViewer


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders replaced by the files inside them (recursively, sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*")
                              if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


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
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
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


class EvidenceTab(QWidget):
    changed = Signal(int)  # claim id
    message = Signal(str)  # for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.folder: ClaimFolder | None = None
        self.claim: Claim | None = None
        self.zone = "UTC"
        self.model = EvidenceListModel(self)
        self.view = GalleryView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Evidence gallery"))
        self.view.files_dropped.connect(self.import_paths)
        self.view.doubleClicked.connect(self.open_viewer)
        self.hint = QLabel(self.tr(
            "Drop screenshots, photos, PDFs or emails (.eml) here, or a whole folder. "
            "Ctrl+V pastes a copied image. Double-click to view; F2 edits the caption."))
        self.hint.setWordWrap(True)
        add = QPushButton(self.tr("&Add files…"))
        add.clicked.connect(self.choose_files)
        paste = QPushButton(self.tr("&Paste image"))
        paste.clicked.connect(self.paste)
        caption = QPushButton(self.tr("Edit &caption"))
        caption.clicked.connect(self.edit_caption)
        QShortcut(QKeySequence.StandardKey.Paste, self.view, activated=self.paste)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.view, activated=self.edit_caption)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view,
                  activated=lambda: self.open_viewer(self.view.currentIndex()))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(add)
        self.buttons.addWidget(paste)
        self.buttons.addWidget(caption)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def load(self, folder: ClaimFolder, claim: Claim, zone: str) -> None:
        self.folder, self.claim, self.zone = folder, claim, zone
        self.model.set_items(folder.evidence.list(claim.id), folder.evidence.thumbnail)

    # -- adding --------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> list[ImportResult]:
        """Import files (folders expanded); refusals are listed, the rest still goes in.

        SQLite stays on the GUI thread, so the loop yields to the event loop between
        files and shows a cancellable progress dialog for long batches.
        """
        if self.folder is None or self.claim is None:
            return []
        files = expand_paths(paths)
        progress = QProgressDialog(self.tr("Importing evidence…"), self.tr("Cancel"),
                                   0, len(files), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(800)
        results: list[ImportResult] = []
        for n, f in enumerate(files):
            if progress.wasCanceled():
                break
            progress.setValue(n)
            progress.setLabelText(self.tr("Importing %1…").replace("%1", f.name))
            QApplication.processEvents()
            try:
                results.append(self.folder.evidence.import_file(self.claim.id, f))
            except EvidenceRejected as exc:
                results.append(ImportResult(exc.path, error=exc.reason))
            except OSError as exc:  # disk full, folder gone: tell, keep going
                results.append(ImportResult(str(f), error=exc.strerror or str(exc)))
        progress.setValue(len(files))
        progress.close()
        for r in results:
            for ev in r.evidence:
                self.model.append(ev)
        self._report(results)
        self.changed.emit(self.claim.id)
        return results

    def _report(self, results: list[ImportResult]) -> None:
        added = sum(1 for r in results if r.ok and not r.duplicate)
        dupes = sum(1 for r in results if r.duplicate)
        bad = [r for r in results if not r.ok]
        warnings = [w for r in results for w in r.warnings]
        contacts = sum(1 for r in results if r.contact is not None)
        msg = self.tr("%1 file(s) added").replace("%1", str(added))
        if dupes:
            msg += self.tr(", %1 already there").replace("%1", str(dupes))
        if contacts:
            msg += self.tr(", %1 email(s) logged as contacts").replace("%1", str(contacts))
        self.message.emit(msg)
        if bad or warnings:
            lines = [f"• {Path(r.path).name}: {r.error}" for r in bad] + [
                f"• {w}" for w in warnings]
            QMessageBox.warning(self, self.tr("Some files were not added"), self.tr(
                "These files were refused; nothing of them was kept:\n\n%1")
                .replace("%1", "\n".join(lines[:30])))

    def paste(self) -> None:
        """Paste an image (stored as PNG) or copied files."""
        if self.folder is None or self.claim is None:
            return
        mime = QApplication.clipboard().mimeData()
        if mime.hasImage():
            image = QImage(mime.imageData())
            self.add_image(image, self.tr("Pasted image"))
        elif mime.hasUrls():
            self.import_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
        else:
            self.message.emit(self.tr("The clipboard holds no image or file."))

    def add_image(self, image: QImage, caption: str = "") -> None:
        ba = QByteArray()
        buf = QBuffer(ba)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        name = datetime.now().strftime("clipboard-%Y%m%d-%H%M%S.png")
        try:
            ev = self.folder.evidence.add_bytes(self.claim.id, bytes(ba), name,
                                                kind=EvidenceKind.SCREENSHOT, caption=caption,
                                                source="clipboard")
        except (BonusDeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot add the image"), str(exc))
            return
        self.model.append(ev)
        self.message.emit(self.tr("Image added"))
        self.changed.emit(self.claim.id)

    # -- viewing and captions ------------------------------------------------
    def open_viewer(self, index) -> None:
        if not index.isValid():
            return
        ev = index.data(EvidenceRole)
        viewer = EvidenceViewer(self.folder, ev, self.zone, self)
        if viewer.exec():
            self.model.replace(viewer.ev)
            self.changed.emit(self.claim.id)

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
            ev = self.folder.evidence.update(evidence_id, caption=text)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return
        self.model.replace(ev)
        self.changed.emit(self.claim.id)
