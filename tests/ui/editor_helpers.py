"""Driving the annotate/redact editor as a player does: mouse drags on the view, keys."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from bonusdesk.core.ocr import OcrCancelled, OcrLine, OcrWord
from bonusdesk.core.ocr.base import cancelled
from bonusdesk.ui.editor.editor_dialog import EditorDialog


def import_picture(folder, claim, image: Image.Image, path: Path):
    image.save(path)
    return folder.evidence.import_file(claim.id, path).evidence[0]


def open_editor(qtbot, session, evidence_id: int, zoom: float | None = 1.0, **kw):
    dialog = EditorDialog(session, evidence_id, **kw)
    # Closed at the end of the test without asking about unsaved shapes.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.scene.undo.setClean())
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):  # shortcuts work in the active window, as for the player
        dialog.activateWindow()
    if zoom is not None:
        dialog.view.set_zoom(zoom)
    return dialog


def view_point(dialog, x: float, y: float):
    return dialog.view.mapFromScene(QPointF(x, y))


def drag(dialog, start: tuple[float, float], end: tuple[float, float],
         modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press at ``start``, move half-way then to ``end``, release (picture pixels)."""
    viewport = dialog.view.viewport()
    a, b = view_point(dialog, *start), view_point(dialog, *end)
    middle = view_point(dialog, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, a)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, b)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, b)


def click(dialog, x: float, y: float, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, modifiers,
                     view_point(dialog, x, y))


def key(dialog, sequence: str) -> None:
    """Type a key sequence ("R", "Shift+C", "Ctrl+Z") where the player types it."""
    QTest.keySequence(dialog.view, sequence)


def boxes(dialog) -> list[tuple[str, list[int]]]:
    return [(op.kind.value, op.box.as_list()) for op in dialog.scene.operations().operations]


def save_and_wait(qtbot, dialog):
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30000)
    return dialog.saved


class FakeOcr:
    """An OCR handler for tests: answers ``lines`` (or waits to be cancelled when
    ``block``), and records the thread it ran on."""

    name = "fake"

    def __init__(self, text: str = "Code d'erreur : BNS-402", block: bool = False):
        self.text, self.block = text, block
        self.threads: list = []
        self.started = False

    def unavailable_reason(self) -> str:
        return ""

    def version(self) -> str:
        return "fake 1.0"

    def languages(self) -> str:
        return "fra+eng"

    def read(self, image, cancel):
        import threading
        import time

        self.threads.append(threading.current_thread())
        self.started = True
        while self.block:
            if cancelled(cancel):
                raise OcrCancelled()
            time.sleep(0.01)
        return [OcrLine([OcrWord(w, (10 * i, 10, 10, 10), 95.0)
                         for i, w in enumerate(line.split())])
                for line in self.text.splitlines()]
