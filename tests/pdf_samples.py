"""Malformed and unusual PDFs, generated at test time (no download, no licence question)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject, NumberObject
from reportlab.pdfgen import canvas


def marked_pdf(pages: int = 1, size=(612, 792), text: str = "Relevé de compte") -> bytes:
    """Pages with TOPMARK written near the top-left corner and ``text`` in the middle."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for n in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(40, size[1] - 50, f"TOPMARK{n + 1}")
        c.drawString(40, size[1] / 2, f"{text} page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _rewrite(data: bytes, change) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        change(writer, page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def top_first_mediabox_pdf() -> bytes:
    """MediaBox [0 792 612 0]: corners listed top first, as some generators write them."""
    def flip(_writer, page):
        page[NameObject("/MediaBox")] = ArrayObject([NumberObject(v) for v in (0, 792, 612, 0)])
    return _rewrite(marked_pdf(), flip)


def rotated_pdf(rotate: int = 90) -> bytes:
    def turn(_writer, page):
        page[NameObject("/Rotate")] = NumberObject(rotate)
    return _rewrite(marked_pdf(), turn)


def raw_pdf(contents: list[bytes]) -> bytes:
    """A hand-written PDF, one page per content stream object given (``<< ... >> stream``)."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)]
    font = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    for i, content in enumerate(contents):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                    b"/Resources %s >>" % (4 + 2 * i, font))
        objs.append(content)
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1,
                                                                             xref)
    return out


def text_stream(text: str) -> bytes:
    body = b"BT /F1 16 Tf 72 700 Td (%s) Tj ET" % text.encode("latin-1")
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body)


def damaged_stream_pdf() -> bytes:
    """Page 1 reads; page 2's content stream cannot be decoded (pypdf: PdfStreamError), as
    in fuzzed files or a file damaged after an older BonusDesk imported it."""
    bad = b"<< /Length 4 /Filter /LZWDecode >>\nstream\n\xff\xff\xff\xff\nendstream"
    return raw_pdf([text_stream("GOOD PAGE ONE"), bad])


def password_pdf(user: str = "", owner: str = "owner-secret") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(marked_pdf(2, text="Statement"))))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bad_startxref_pdf() -> bytes:
    """A readable PDF whose startxref points at the wrong place: pypdf warns, then copes."""
    data = marked_pdf()
    head, _, tail = data.rpartition(b"startxref")
    number = tail.split()[0]
    return head + b"startxref" + tail.replace(number, str(int(number) + 7).encode(), 1)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
