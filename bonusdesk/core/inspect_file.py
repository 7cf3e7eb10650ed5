"""Look inside a file before it becomes evidence: what it really is, and is it sound.

Types are sniffed from the bytes, never trusted from the name. Every refusal
raises :class:`EvidenceRejected` with a reason a user understands.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import warnings
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from .errors import EvidenceRejected
from .model import EvidenceKind

MAX_IMAGE_PIXELS = 120_000_000  # 3 × 8K monitors fit; a decompression bomb does not

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
    (b"BM", "image/bmp", "bmp"),
    (b"%PDF-", "application/pdf", "pdf"),
]
_IMAGE_FORMATS = {"PNG", "JPEG", "GIF", "WEBP", "BMP", "MPO"}
_EMAIL_HEADER = re.compile(rb"^(From|To|Subject|Date|Received|Return-Path|Message-ID|MIME-Version"
                           rb"|Delivered-To|X-[\w-]+):", re.IGNORECASE | re.MULTILINE)


@dataclass
class FileFacts:
    mime: str
    ext: str
    width: int | None = None
    height: int | None = None
    pages: int | None = None
    exif_time: str = ""
    email: EmailMessage | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def default_kind(self) -> EvidenceKind:
        if self.mime.startswith("image/"):
            return EvidenceKind.SCREENSHOT
        if self.mime == "message/rfc822":
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
    for magic, mime, ext in _MAGIC:
        if head.startswith(magic):
            return mime, ext
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    ext = safe_ext(name)
    if ext == "eml" or (_EMAIL_HEADER.match(head.lstrip()) and ext in ("", "eml", "txt", "msg")):
        return "message/rfc822", "eml"
    if ext in ("txt", "log", "csv", "md", "json", "html", "htm"):
        return ("text/html" if ext.startswith("htm") else
                "application/json" if ext == "json" else "text/plain"), ext
    return "application/octet-stream", ext or "bin"


def inspect(path: Path, label: str, name: str) -> FileFacts:
    """Facts about the stored candidate at ``path``; ``label`` names it in errors."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    mime, ext = sniff(head, name)
    facts = FileFacts(mime, ext)
    if mime.startswith("image/"):
        _inspect_image(path, label, facts)
    elif mime == "application/pdf":
        _inspect_pdf(path, label, facts)
    elif mime == "message/rfc822":
        _inspect_email(path, label, facts)
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
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted:
                try:
                    reader.decrypt("")
                except Exception:  # noqa: BLE001 - any failure means "needs a password"
                    facts.metadata["encrypted"] = True
                    return
            facts.pages = len(reader.pages)
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise EvidenceRejected(label, f"damaged or unreadable PDF ({exc})") from None
    if not facts.pages:
        raise EvidenceRejected(label, "PDF has no pages")


def _inspect_email(path: Path, label: str, facts: FileFacts) -> None:
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    if not any(msg.get(h) for h in ("From", "To", "Subject", "Date")):
        raise EvidenceRejected(label, "not an email: no From, To, Subject or Date header")
    facts.email = msg
    facts.metadata.update(email_headers(msg))


def email_headers(msg: EmailMessage) -> dict:
    def header(name: str) -> str:
        try:
            return str(msg.get(name, "") or "").strip()
        except Exception:  # noqa: BLE001 - malformed headers must not stop an import
            return ""

    return {h.lower().replace("-", "_"): header(h)
            for h in ("From", "To", "Date", "Subject", "Message-ID")}


def email_body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):
        text = part.get_payload(decode=True).decode("utf-8", "replace")
    if part.get_content_type() == "text/html":
        text = re.sub(r"<(script|style).*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<br\s*/?>|</p>", "\n", text, flags=re.I)
        text = re.sub(r"<[^>]+>", "", text)
    return text.strip()


_TICKET = re.compile(
    r"(?:ticket|case|request|ref(?:erence)?|dossier|demande|n[°o]\.?)\s*[:#]?\s*#?\s*"
    r"([A-Z0-9][A-Z0-9-]{3,})|#([0-9]{4,})", re.IGNORECASE)


def ticket_reference(subject: str) -> str:
    """A ticket or case number from an email subject, or ""."""
    m = _TICKET.search(subject or "")
    return (m.group(1) or m.group(2)) if m else ""
