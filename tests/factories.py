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


def _filetime(when) -> bytes:
    import struct
    from datetime import UTC, datetime

    ticks = int((when - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    return struct.pack("<Q", ticks)


def _props(entries: list[tuple[int, bytes]], header: bytes) -> bytes:
    """A MAPI property stream: the header, then 16-byte (tag, flags, 8-byte value) entries."""
    import struct

    return header + b"".join(struct.pack("<II", tag, 6) + value.ljust(8, b"\0")
                             for tag, value in entries)


def write_msg(path: Path, subject: str = "Ticket #884211 – votre réclamation",
              body: str = "Bonjour,\nVotre bonus de 100 € est en cours de vérification.\n",
              sender: str = "support@etoile.example", to: str = "joueur@example.org",
              sent=None, attachments: list[tuple[str, bytes]] = (),
              html: str | None = None) -> Path:
    """An Outlook .msg built with extract-msg's own OLE writer (MS-OXMSG layout)."""
    import struct
    from datetime import UTC, datetime

    from extract_msg.ole_writer import OleWriter

    sent = sent or datetime(2026, 11, 21, 9, 2, tzinfo=UTC)

    def utf16(text: str) -> bytes:
        return text.encode("utf-16-le")

    w = OleWriter()
    w.addEntry("__nameid_version1.0", storage=True)
    for name in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        w.addEntry(f"__nameid_version1.0/{name}", b"")
    w.addEntry("__substg1.0_001A001F", utf16("IPM.Note"))
    w.addEntry("__substg1.0_0037001F", utf16(subject))
    w.addEntry("__substg1.0_1000001F", utf16(body))
    if html is not None:
        w.addEntry("__substg1.0_10130102", html.encode("utf-8"))
    w.addEntry("__substg1.0_0C1F001F", utf16(sender))
    w.addEntry("__substg1.0_0C1A001F", utf16(sender))
    w.addEntry("__substg1.0_0E04001F", utf16(to))
    w.addEntry("__substg1.0_1035001F", utf16("<msg-884211@etoile.example>"))
    header = struct.pack("<8xIIII8x", 1, len(attachments), 1, len(attachments))
    w.addEntry("__properties_version1.0", _props(
        [(0x00390040, _filetime(sent)), (0x0E060040, _filetime(sent)),
         (0x0E070003, struct.pack("<I", 1))], header))
    w.addEntry("__recip_version1.0_#00000000", storage=True)
    w.addEntry("__recip_version1.0_#00000000/__substg1.0_3001001F", utf16(to))
    w.addEntry("__recip_version1.0_#00000000/__substg1.0_39FE001F", utf16(to))
    w.addEntry("__recip_version1.0_#00000000/__properties_version1.0",
               _props([(0x0C150003, struct.pack("<I", 1))], b"\0" * 8))
    for n, (name, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{n:08X}"
        w.addEntry(folder, storage=True)
        w.addEntry(f"{folder}/__substg1.0_37010102", data)
        w.addEntry(f"{folder}/__substg1.0_3707001F", utf16(name))
        w.addEntry(f"{folder}/__substg1.0_3704001F", utf16(name[:12]))
        w.addEntry(f"{folder}/__properties_version1.0",
                   _props([(0x37050003, struct.pack("<I", 1))], b"\0" * 8))
    w.write(str(path))
    return path


def pdf_bytes_simple(pages: int = 1) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(pages):
        c.drawString(72, 720, f"Relevé page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()
