"""The app icon: the SVG and its rendered PNG sizes under resources/icons/.

``python -m bonusdesk.ui.icons --render`` renders bonusdesk-<size>.png from the SVG
(16 to 512 px, the sizes desktop environments and installers ask for).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPen, QPixmap

from .paths import icons_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The PNG sizes when present (crisp small sizes), else the SVG."""
    icon = QIcon()
    for size in SIZES:
        png = icons_dir() / f"bonusdesk-{size}.png"
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():
        icon.addFile(str(icons_dir() / "bonusdesk.svg"))
    return icon


_mail_icon: QIcon | None = None


def mail_icon() -> QIcon:
    """An e-mail's thumbnail: the icon theme's mail icon, else an envelope drawn here
    (the style's icons have none, and the information icon read as a warning)."""
    global _mail_icon
    if _mail_icon is None:
        _mail_icon = QIcon.fromTheme("mail-message", QIcon.fromTheme("internet-mail"))
        if _mail_icon.isNull():
            _mail_icon = QIcon(_envelope(96))
    return _mail_icon


def _envelope(size: int) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#4a5a6a"), size / 24))
    painter.setBrush(QColor("#f4f6f8"))
    body = QRectF(size * 0.08, size * 0.22, size * 0.84, size * 0.56)
    painter.drawRoundedRect(body, size / 24, size / 24)
    painter.drawPolyline([body.topLeft(), QPointF(body.center().x(), body.center().y() + 2),
                          body.topRight()])
    painter.end()
    return pix


def render_pngs() -> list[str]:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icons_dir() / "bonusdesk.svg"))
    if not renderer.isValid():
        raise RuntimeError("resources/icons/bonusdesk.svg cannot be read")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = icons_dir() / f"bonusdesk-{size}.png"
        image.save(str(out), "PNG")
        written.append(str(out))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bonusdesk.ui.icons")
    parser.add_argument("--render", action="store_true", help="render the PNG sizes")
    args = parser.parse_args(argv)
    if args.render:
        _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        print("\n".join(render_pngs()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
