"""Read a stored e-mail (.eml, or Outlook .msg) as a mail client shows it.

:func:`read_mail` gives a :class:`Mail`: decoded headers, the date (or None: "date
unknown"), the body as text (the HTML part when the text part is nearly empty), the
attachments and the forwarded messages, each readable a chunk at a time. The .eml side
works on an ``mmap`` of the file through :mod:`core.mime_tree`, so memory stays bounded
whatever the size of the message; ``Mail.skipped`` says what the limits left out.

Importing a mail into a claim (attachments and forwarded messages as evidence of their
own, the contact entry) is :mod:`core.mail_import`.
"""

from __future__ import annotations

import contextlib
import mmap
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from . import mime_tree
from .mail_text import decode_bytes, decode_header, html_to_text
from .mime_tree import Part

EML_MIME = "message/rfc822"
MSG_MIME = "application/vnd.ms-outlook"
MAIL_MIMES = (EML_MIME, MSG_MIME)
MAX_BODY_BYTES = 2 * 1024 * 1024  # of one text part: more is not read for display
HEADER_NAMES = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
NEARLY_EMPTY = 0.2  # a text part with under 20 % of the HTML part's text is a stub


@dataclass
class Attachment:
    """A file inside a mail; ``chunks()`` yields its decoded bytes."""

    name: str
    mime: str
    chunks: Callable[[], Iterator[bytes]]
    part: str = ""  # MIME part number ("2.1"), for the record
    forwarded: bool = False  # a whole message (message/rfc822): stored as an .eml


@dataclass
class Mail:
    headers: dict[str, str]  # from, to, cc, date, subject, message_id
    when: datetime | None  # None when the mail has no (valid) Date header
    body: str
    body_kind: str  # "text", "html" or "" (no body)
    attachments: list[Attachment] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def forwarded(self) -> list[Attachment]:
        return [a for a in self.attachments if a.forwarded]

    @property
    def files(self) -> list[Attachment]:
        return [a for a in self.attachments if not a.forwarded]


def parse_date(value: str) -> datetime | None:
    """An RFC 5322 date as aware UTC, or None. "-0000" (zone unknown) is read as UTC."""
    if not value:
        return None
    import email.utils  # here, not at the top: a CLI capture loads this module too

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def attachment_name(name: str, mime: str, number: str) -> str:
    """A file name for an attachment; unnamed ones get one from their content type."""
    name = re.sub(r"[\\/\x00-\x1f]", "_", (name or "").strip()).strip(". ")
    if name:
        return name[:200]
    import mimetypes

    ext = {"message/rfc822": ".eml", "text/plain": ".txt", "text/html": ".html",
           "image/jpeg": ".jpg", "text/calendar": ".ics"}.get(mime) \
        or mimetypes.guess_extension(mime, strict=False) or ".bin"
    return f"attachment-{number or '1'}{ext}"


# -- .eml ------------------------------------------------------------------------
@contextlib.contextmanager
def mapped(path: Path):
    """The file's bytes as a read-only mmap (an empty bytes object for an empty file)."""
    with open(path, "rb") as fh:
        if fh.seek(0, 2) == 0:
            yield b""
            return
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            yield buf


def mail_headers(part: Part) -> dict[str, str]:
    return {h.lower().replace("-", "_"): decode_header(part.headers.get(h))
            for h in HEADER_NAMES}


def _text_of(buf, part: Part) -> str:
    data = mime_tree.decoded(buf, part, MAX_BODY_BYTES)
    try:
        charset = part.headers.get_content_charset()
    except (LookupError, ValueError):
        charset = None
    text = decode_bytes(data, charset)
    if part.content_type == "text/html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_attachment(part: Part) -> bool:
    if part.is_multipart:
        return False
    if part.is_message:
        return True
    named = part.headers.get_filename() or part.headers.get_param("name")
    if part.disposition == "attachment" or (named and part.disposition != "inline"):
        return True
    return part.headers.get_content_maintype() != "text" or part.content_type not in (
        "text/plain", "text/html")


def _body(buf, part: Part) -> tuple[str, str]:
    """(text, kind) of a part as a mail client would show it; forwarded messages excluded."""
    if part.is_message or (not part.is_multipart and _is_attachment(part)):
        return "", ""
    if not part.is_multipart:
        return _text_of(buf, part), "html" if part.content_type == "text/html" else "text"
    if not part.children:  # no boundary line found: show the body as text, as clients do
        return _text_of(buf, part), "text"
    if part.content_type == "multipart/alternative":
        choices = [_body(buf, c) for c in part.children]
        plain = next(((t, k) for t, k in choices if k == "text"), ("", ""))
        rich = next(((t, k) for t, k in choices if k == "html"), ("", ""))
        if rich[0].strip() and len(plain[0].strip()) < NEARLY_EMPTY * len(rich[0].strip()):
            return rich
        return plain if plain[0].strip() else rich
    texts = [_body(buf, c) for c in part.children]
    shown = [(t, k) for t, k in texts if t.strip()]
    kind = "html" if shown and all(k == "html" for _, k in shown) else (
        "text" if shown else "")
    return "\n\n".join(t.strip("\n") for t, _ in shown), kind


def _attachments(buf, root: Part) -> list[Attachment]:
    out: list[Attachment] = []
    stack = [root]
    while stack:  # the message's own parts, not those inside forwarded messages
        part = stack.pop()
        if part.is_multipart:
            stack.extend(reversed(part.children))
            continue
        if not _is_attachment(part):
            continue
        if part.is_message and part.children:
            inner = part.children[0]
            subject = decode_header(inner.headers.get("Subject")) or "forwarded message"
            out.append(Attachment(
                attachment_name(f"{subject[:80]}.eml", EML_MIME, part.number), EML_MIME,
                _range_chunks(buf, inner.start, inner.end), part.number, forwarded=True))
            continue
        name = decode_header(part.headers.get_filename() or part.headers.get_param("name")
                             or "")
        out.append(Attachment(attachment_name(name, part.content_type, part.number),
                              part.content_type, _part_chunks(buf, part), part.number))
    return out


def _range_chunks(buf, start: int, end: int) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        for pos in range(start, end, mime_tree.CHUNK):
            stop = min(end, pos + mime_tree.CHUNK)
            data = bytes(buf[pos:stop])
            mime_tree.release(buf, pos, stop)
            yield data
    return chunks


def _part_chunks(buf, part: Part) -> Callable[[], Iterator[bytes]]:
    return lambda: mime_tree.iter_decoded(buf, part)


def forwarded_marker(a: Attachment) -> str:
    return f"[forwarded message: {a.name.removesuffix('.eml')}]"


def read_eml(buf) -> Mail:
    """A Mail from the bytes (or mmap) of an .eml; chunks stay valid while ``buf`` is open."""
    tree = mime_tree.scan(buf)
    root = tree.root
    headers = mail_headers(root)
    body, kind = _body(buf, root)
    attachments = _attachments(buf, root)
    forwarded = [a for a in attachments if a.forwarded]
    if forwarded:  # say where the forwarded text is, as a mail client shows it inline
        body = "\n\n".join([body.strip("\n")] * bool(body.strip())
                           + [forwarded_marker(a) for a in forwarded])
    return Mail(headers, parse_date(headers["date"]), body.strip(), kind, attachments,
                tree.skipped)


def looks_like_mail(headers: dict[str, str]) -> bool:
    return any(headers.get(h) for h in ("from", "to", "subject", "date"))


# -- Outlook .msg ------------------------------------------------------------------
def read_msg(path: Path) -> Mail:
    """A Mail from an Outlook .msg (extract-msg); attachments are read into memory."""
    import extract_msg
    from extract_msg.enums import ErrorBehavior

    # Tolerate what real files get wrong (broken attachments, odd RTF) rather than refuse
    # the whole message: the original is kept whatever is read from it.
    tolerant = ErrorBehavior(sum(ErrorBehavior))
    import email.utils
    import mimetypes

    msg = extract_msg.openMsg(str(path), delayAttachments=False, errorBehavior=tolerant)
    try:
        if not isinstance(msg, extract_msg.Message):
            raise ValueError("an Outlook item that is not an e-mail")
        when = next((d for d in (msg.date, msg.receivedTime) if isinstance(d, datetime)), None)
        if when is not None:
            when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
        headers = {"from": _s(msg.sender), "to": _s(msg.to), "cc": _s(msg.cc),
                   "date": email.utils.format_datetime(when) if when else "",
                   "subject": _s(msg.subject), "message_id": _s(msg.messageId)}
        body, kind = _s(msg.body), "text"
        html_body = msg.htmlBody
        if html_body:
            rich = html_to_text(decode_bytes(html_body) if isinstance(html_body, bytes)
                                else str(html_body))
            if rich.strip() and len(body.strip()) < NEARLY_EMPTY * len(rich.strip()):
                body, kind = rich, "html"
        attachments, skipped = [], []
        for n, att in enumerate(msg.attachments, 1):
            data = getattr(att, "data", None)
            if not isinstance(data, bytes):
                skipped.append(f"attachment {n} is an embedded Outlook item; it was not "
                               "imported separately (it stays inside the original .msg)")
                continue
            mime = _s(getattr(att, "mimetype", "")) or mimetypes.guess_type(
                _s(att.longFilename) or "")[0] or "application/octet-stream"
            name = attachment_name(_s(att.longFilename or att.shortFilename), mime, str(n))
            attachments.append(Attachment(name, mime, lambda d=data: iter((d,)), str(n)))
        return Mail(headers, when, body.replace("\r\n", "\n").strip(), kind if body else "",
                    attachments, skipped)
    finally:
        msg.close()


def _s(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return decode_bytes(value).strip("\x00 ")
    return str(value).strip("\x00 ")


@contextlib.contextmanager
def open_mail(path: Path, mime: str):
    """``with open_mail(path, mime) as mail:`` for a stored .eml or .msg."""
    if mime == MSG_MIME:
        yield read_msg(path)
        return
    with mapped(path) as buf:
        yield read_eml(buf)
