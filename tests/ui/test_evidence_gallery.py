"""Evidence gallery: simulated drops of files and folders, paste, captions, viewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from bonusdesk.ui.evidence.evidence_viewer import EvidenceViewer
from bonusdesk.ui.evidence.importer import expand_paths

# Qt 6 has only the QPoint constructor of QDragEnterEvent, which PySide flags as deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")


def make_png(path: Path, colour: str = "#ff0000", size=(64, 40)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def drop(view, paths: list[Path], qtbot=None) -> None:
    """What the window system does when files are dropped on the gallery; with ``qtbot``,
    waits until the import (a job) is over."""
    if qtbot is not None:
        gallery = view.parentWidget()
        with qtbot.waitSignal(gallery.import_finished, timeout=20000):
            drop(view, paths)
        return
    tabs = view.window().findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentIndex(tabs.indexOf(view.parentWidget()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(view.viewport().rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_dropping_files_and_a_folder_imports_them_all(window, qtbot, folder, claim, tmp_path):
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    a = make_png(tmp_path / "a.png", "#ff0000")
    make_png(inbox / "b.png", "#00ff00")
    make_png(inbox / "sub" / "c.png", "#0000ff")
    drop(gallery.view, [a, inbox], qtbot)
    names = sorted(e.original_name for e in folder.evidence.list(claim.id))
    assert names == ["a.png", "b.png", "c.png"]
    assert gallery.model.rowCount() == 3
    # Thumbnails arrive from the thread pool once the view asks for them.
    qtbot.waitUntil(lambda: gallery.model.loaded_thumbnails() == 3, timeout=10000)
    assert (folder.cache_dir / "thumbs").is_dir()


def test_a_refused_file_is_reported_and_the_others_still_go_in(window, qtbot, folder, claim,
                                                               tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("bonusdesk.ui.evidence.importer.QMessageBox.warning",
                        lambda _p, title, text: shown.append(text))
    window.select_claim(claim.id)
    good = make_png(tmp_path / "good.png")
    bad = tmp_path / "fake.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"truncated")
    drop(window.claim_view.evidence.view, [bad, good], qtbot)
    assert [e.original_name for e in folder.evidence.list(claim.id)] == ["good.png"]
    assert len(shown) == 1 and "fake.png" in shown[0]


def test_expand_paths_lists_files_inside_folders_and_skips_hidden_ones(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.png").write_bytes(b"x")
    (tmp_path / "d" / ".hidden").write_bytes(b"x")
    single = tmp_path / "y.pdf"
    single.write_bytes(b"y")
    assert expand_paths([single, tmp_path / "d"]) == [single, tmp_path / "d" / "x.png"]


def test_pasting_an_image_stores_it_as_a_png_screenshot(window, folder, claim):
    window.select_claim(claim.id)
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    QApplication.clipboard().setImage(image)
    window.claim_view.evidence.paste()
    (ev,) = folder.evidence.list(claim.id)
    assert ev.kind.value == "screenshot"
    assert ev.mime == "image/png"
    assert (ev.width, ev.height) == (30, 20)
    stored = QImage(str(folder.evidence.file_path(ev)))
    assert stored.pixelColor(5, 5) == QColor("#123456")


def test_caption_edit_updates_the_gallery_and_the_core(window, qtbot, folder, claim, tmp_path):
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    drop(gallery.view, [make_png(tmp_path / "err.png")], qtbot)
    (ev,) = folder.evidence.list(claim.id)
    gallery.set_caption(ev.id, "Error page after deposit")
    assert folder.evidence.get(ev.id).caption == "Error page after deposit"
    assert gallery.model.index(0).data() == "Error page after deposit"


def test_viewer_shows_the_sha256_and_saves_caption_and_note(qtbot, session, folder, claim,
                                                            tmp_path):
    ev = folder.evidence.import_file(claim.id, make_png(tmp_path / "v.png")).evidence[0]
    viewer = EvidenceViewer(session, ev)
    qtbot.addWidget(viewer)
    texts = [w.text().replace("\n", "") for w in viewer.findChildren(QLabel)]
    assert ev.sha256 in texts
    assert any("Intact" in t for t in texts)
    viewer.kind.setCurrentIndex(viewer.kind.findData("bank_proof"))
    viewer.caption.setText("Bonus page")
    viewer.note.setPlainText("Taken right after the deposit")
    viewer.accept()
    saved = folder.evidence.get(ev.id)
    assert (saved.caption, saved.note) == ("Bonus page", "Taken right after the deposit")
    assert saved.kind.value == "bank_proof"
    assert folder.evidence.check(saved) == ""  # the file itself never changes


def test_viewer_zoom_changes_the_displayed_size(qtbot, session, folder, claim, tmp_path):
    ev = folder.evidence.import_file(
        claim.id, make_png(tmp_path / "z.png", size=(200, 100))).evidence[0]
    viewer = EvidenceViewer(session, ev)
    qtbot.addWidget(viewer)
    image = viewer.preview.image
    image.set_scale(2.0)
    assert image.label.pixmap().width() == 400
    image.set_scale(0.5)
    assert image.label.pixmap().width() == 100


def test_thumbnails_load_only_for_the_rows_on_screen(window, qtbot, folder, claim, tmp_path):
    for n in range(60):
        folder.evidence.import_file(claim.id, make_png(tmp_path / f"s{n}.png",
                                                       f"#{n:02x}{n:02x}80", (40, 30)))
    window.resize(900, 600)
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    window.claim_view.tabs.setCurrentWidget(gallery)
    qtbot.waitUntil(lambda: gallery.model.loaded_thumbnails() > 0
                    and gallery.model.pending_thumbnails() == 0, timeout=10000)
    shown = gallery.model.loaded_thumbnails()
    assert 0 < shown < 60
    gallery.view.scrollToBottom()
    qtbot.waitUntil(lambda: gallery.model.loaded_thumbnails() > shown
                    and gallery.model.pending_thumbnails() == 0, timeout=10000)


def test_emails_eml_and_msg_show_an_envelope_not_the_information_icon(window, folder, claim,
                                                                       tmp_path):
    from PySide6.QtWidgets import QStyle

    from bonusdesk.ui.icons import mail_icon
    from tests.factories import write_eml, write_msg

    folder.evidence.import_file(claim.id, write_eml(tmp_path / "reply.eml"))
    folder.evidence.import_file(claim.id, write_msg(tmp_path / "reply.msg"))
    window.select_claim(claim.id)
    model = window.claim_view.evidence.model
    info = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    icons = [model.index(r).data(Qt.ItemDataRole.DecorationRole) for r in range(2)]
    assert [i.cacheKey() for i in icons] == [mail_icon().cacheKey()] * 2
    assert mail_icon().pixmap(64).toImage() != info.pixmap(64).toImage()


def test_a_pdf_shows_its_first_page_as_its_thumbnail(window, qtbot, folder, claim, tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "releve.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(0, 0, 600, 900, fill=1)  # a red first page: its thumbnail must be red
    c.showPage()
    c.save()
    folder.evidence.import_file(claim.id, pdf)
    from pypdf import PdfReader, PdfWriter

    locked = tmp_path / "protege.pdf"
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.encrypt("secret")
    writer.write(locked)
    folder.evidence.import_file(claim.id, locked)  # kept as is until the player unlocks it
    window.select_claim(claim.id)
    gallery = window.claim_view.evidence
    window.claim_view.tabs.setCurrentWidget(gallery)
    qtbot.waitUntil(lambda: gallery.model.loaded_thumbnails() == 2
                    and gallery.model.pending_thumbnails() == 0, timeout=10000)
    thumb = gallery.model.index(0).data(Qt.ItemDataRole.DecorationRole).toImage()
    centre = QColor(thumb.pixel(thumb.width() // 2, thumb.height() // 2))
    assert centre.red() > 150 and centre.green() < 60 and centre.blue() < 60
    # The locked one cannot be drawn without its password: the file icon, not a warning.
    style = QApplication.style()
    file_icon = style.standardIcon(style.StandardPixmap.SP_FileIcon).pixmap(48).toImage()
    assert gallery.model.index(1).data(Qt.ItemDataRole.DecorationRole).toImage() == file_icon
