"""The whole path a player takes: an error dialog on screen (Qt, real Xvfb), captured by
BonusDesk (mss), then its text read from the stored screenshot and found by search."""

from __future__ import annotations

import pytest

from bonusdesk.core.capture import CaptureMode, capture_to_claim
from bonusdesk.core.monitors import Rect
from bonusdesk.core.ocr_store import error_code_candidates, read_text
from bonusdesk.core.search import search

from .rendered import DIALOGS


def show_dialog(qtbot, lang: str):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

    title, lines = DIALOGS[lang]
    frame = QFrame()
    frame.setWindowFlags(Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.X11BypassWindowManagerHint)
    frame.setStyleSheet("QFrame { background: white; } QLabel#title { background: #c82832;"
                        " color: white; padding: 10px; }")
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setObjectName("title")
    heading.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    layout.addWidget(heading)
    for line in lines:
        label = QLabel(line)
        label.setFont(QFont("DejaVu Sans", 14))
        layout.addWidget(label)
    layout.addWidget(QPushButton("OK"))
    frame.setGeometry(200, 150, 820, 380)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    qtbot.wait(300)  # let the X server paint it before grabbing
    return frame


@pytest.mark.parametrize("lang,needle", [("fr", "Réessayez plus tard ou contactez le support."),
                                         ("en", "Please try again later or contact support.")])
def test_error_code_is_read_from_a_captured_dialog(folder, claim, qtbot, lang, needle):
    dialog = show_dialog(qtbot, lang)
    shot = capture_to_claim(folder, claim.id, CaptureMode.REGION,
                            region=Rect(150, 100, 920, 480)).original
    dialog.close()
    result, stored = read_text(folder, shot.id)
    assert "BNS-402" in result.text
    assert needle in result.text
    assert error_code_candidates(result.text)[0] == "BNS-402"
    hits = [h for h in search(folder, "BNS-402") if h.kind == "evidence"]
    assert [h.item_id for h in hits] == [shot.id]
    assert stored.engine == result.engine
