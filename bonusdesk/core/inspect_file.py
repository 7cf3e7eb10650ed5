"""Look inside a file before it becomes evidence: what it really is, and is it sound.

Types are sniffed from the bytes, never trusted from the name. Every refusal
raises :class:`EvidenceRejected` with a reason a user understands.
"""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .errors import EvidenceRejected
from .record_types import EvidenceKind

MAX_IMAGE_PIXELS = 120_000_000  # 3 × 8K monitors fit; a decompression bomb does not

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
    (b"BM", "image/bmp", "bmp"),
    (b"%PDF-", "application/pdf", "pdf"),
]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (and old Office files)
_IMAGE_FORMATS = {"PNG", "JPEG", "GIF", "WEBP", "BMP", "MPO"}
_EMAIL_HEADER = re.compile(rb"^(?:(From|To|Cc|Subject|Date|Received|Return-Path|Message-ID"
                           rb"|MIME-Version|Content-Type|Reply-To|Sender|Delivered-To|X-[\w-]+):"
                           rb"|From [^\r\n]+\d\d:\d\d)", re.IGNORECASE)  # or an mbox "From " line


@dataclass
class FileFacts:
    """What inspecting a file found: its type, size in pixels or pages, and metadata."""

    mime: str
    ext: str
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    exif_time: str = ""
    email: bool = False  # an e-mail whose parts the import reads (core.mail_import)
    metadata: dict = field(default_factory=dict)

    @property
    def default_kind(self) -> EvidenceKind:
        # core.mail is imported where used: it loads the e-mail parser, and a capture
        # (which imports this module for FileFacts) never needs it (issue 17).
        from .mail import MAIL_MIMES

        if self.mime.startswith("image/"):
            return EvidenceKind.SCREENSHOT
        if self.mime in MAIL_MIMES:
            return EvidenceKind.EMAIL
        if self.mime == "application/pdf":
            return EvidenceKind.DOCUMENT
        return EvidenceKind.OTHER


def display_name(path: str | Path) -> str:
    """A file's name as readable text, even when the bytes on disk are not UTF-8."""
    raw = os.fsencode(Path(path).name)
    name = raw.decode("utf-8", "replace").replace("\x00", "")
    name = "".join(c if c.isprintable() else "\ufffd" for c in name)
    return name or "unnamed"


def safe_ext(name: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    return suffix if re.fullmatch(r"[a-z0-9]{1,10}", suffix or "") else ""


def sniff(head: bytes, name: str) -> tuple[str, str]:
    """(mime, extension) from the first bytes, falling back on the name for text kinds."""
    from .mail import EML_MIME, MSG_MIME

    for magic, mime, ext in _MAGIC:
        if head.startswith(magic):
            return mime, ext
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    ext = safe_ext(name)
    if head.startswith(_OLE):
        return (MSG_MIME, "msg") if ext in ("msg", "") else ("application/octet-stream",
                                                              ext or "bin")
    if ext == "eml" or (_EMAIL_HEADER.match(head.lstrip()) and ext in ("", "eml", "txt", "msg")):
        return EML_MIME, "eml"
    if ext in ("txt", "log", "csv", "md", "json", "html", "htm"):
        return ("text/html" if ext.startswith("htm") else
                "application/json" if ext == "json" else "text/plain"), ext
    return "application/octet-stream", ext or "bin"


def inspect(path: Path, label: str, name: str) -> FileFacts:
    """Facts about the stored candidate at ``path``; ``label`` names it in errors."""
    from .mail import EML_MIME, MSG_MIME

    with open(path, "rb") as fh:
        head = fh.read(4096)
    mime, ext = sniff(head, name)
    facts = FileFacts(mime, ext)
    if mime.startswith("image/"):
        _inspect_image(path, label, facts)
    elif mime == "application/pdf":
        _inspect_pdf(path, label, facts)
    elif mime == EML_MIME:
        _inspect_email(path, label, facts)
    elif mime == MSG_MIME:
        _inspect_msg(path, label, facts)
    return facts


def _inspect_image(path: Path, label: str, facts: FileFacts) -> None:
    from PIL import Image, UnidentifiedImageError

    # Pillow's own bomb guard starts at 89 Mpx: below our documented limit (a
    # 1920×50000 page capture is 96 Mpx). Ours is checked below; Pillow's then only
    # stops what is more than twice that.
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                if im.format not in _IMAGE_FORMATS:
                    raise EvidenceRejected(label, f"unsupported image format {im.format}")
                width, height = im.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise EvidenceRejected(
                        label, f"image is {width}×{height} pixels: too large to be a real "
                        "screenshot (decompression bomb?)")
                im.verify()
            with Image.open(path) as im:
                im.load()  # verify() misses truncated pixel data; decoding does not
                exif = im.getexif()
    except EvidenceRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise EvidenceRejected(label, "image too large to decode safely (decompression bomb?)"
                               ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise EvidenceRejected(label, f"truncated or corrupt image ({exc})") from None
    facts.width, facts.height = width, height
    exif_ifd = exif.get_ifd(0x8769) if exif else {}
    when = exif_ifd.get(36867) or (exif.get(306) if exif else None)
    if when:
        facts.exif_time = str(when).strip("\x00 ")


def _inspect_pdf(path: Path, label: str, facts: FileFacts) -> None:
    from pypdf.errors import PdfReadError

    from .pdf_check import PasswordNeeded, check_pages, describe, open_pdf

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = open_pdf(path)
            if reader.is_encrypted:
                # Opens without a password (owner password only, or encrypted attachments
                # only): an ordinary PDF for every reader, the export included.
                facts.metadata["encryption"] = "no password needed to open"
            facts.pages = len(reader.pages)
            if facts.pages:
                check_pages(reader)
    except PasswordNeeded:
        # Kept as it is: the export attaches it and says its pages need the password
        # (``EvidenceStore.unlock_pdf`` renders them once the player gives it).
        facts.metadata["encrypted"] = True
        facts.pages = None
        return
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError, NotImplementedError) as exc:
        raise EvidenceRejected(label, f"damaged or unreadable PDF ({describe(exc)})") from None
    if not facts.pages:
        raise EvidenceRejected(label, "PDF has no pages")


def _inspect_email(path: Path, label: str, facts: FileFacts) -> None:
    from . import mime_tree
    from .mail import looks_like_mail, mail_headers, mapped

    with mapped(path) as buf:
        root = mime_tree.scan(buf, max_parts=1).root  # the headers are enough here
        headers = mail_headers(root)
    if not looks_like_mail(headers):
        raise EvidenceRejected(label, "not an email: no From, To, Subject or Date header")
    facts.email = True
    facts.metadata.update({k: v for k, v in headers.items() if k != "cc"})


def _inspect_msg(path: Path, label: str, facts: FileFacts) -> None:
    from .mail import read_msg

    try:
        mail = read_msg(path)
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds on bad files
        raise EvidenceRejected(label, f"not a readable Outlook message ({exc})") from None
    facts.email = True
    facts.metadata.update({k: v for k, v in mail.headers.items() if k != "cc"})
