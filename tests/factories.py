"""Real sample files for tests: images, PDFs and emails made on the fly."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from PIL import Image


def png_bytes(size=(64, 48), color=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def write_png(path: Path, size=(64, 48), color=(200, 30, 30)) -> Path:
    path.write_bytes(png_bytes(size, color))
    return path


def write_image(path: Path, fmt: str, size=(40, 30), exif_time: str | None = None) -> Path:
    im = Image.new("RGB", size, (10, 120, 200))
    kwargs = {}
    if exif_time:
        exif = Image.Exif()
        exif[306] = exif_time
        kwargs["exif"] = exif
    im.save(path, fmt, **kwargs)
    return path


def write_pdf(path: Path, pages: int = 2) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.drawString(72, 720, f"Bank statement page {n + 1}")
        c.showPage()
    c.save()
    return path


def write_eml(path: Path, attachment: bytes | None = None, subject: str = "Re: Ticket #558812 –"
              " bonus de bienvenue") -> Path:
    msg = EmailMessage()
    msg["From"] = "Support Étoile <support@etoile.example>"
    msg["To"] = "joueur@example.org"
    msg["Date"] = "Fri, 20 Nov 2026 22:41:07 +0100"
    msg["Subject"] = subject
    msg["Message-ID"] = "<abc123@etoile.example>"
    msg.set_content("Bonjour,\n\nNous avons bien reçu votre demande concernant l'erreur BNS-402.\n"
                    "Elle sera traitée sous 5 jours.\n")
    if attachment is not None:
        msg.add_attachment(attachment, maintype="image", subtype="png",
                           filename="capture-écran.png")
    path.write_bytes(bytes(msg))
    return path
