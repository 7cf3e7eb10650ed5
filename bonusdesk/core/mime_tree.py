"""The structure of a MIME message as byte ranges of the stored file, found with bounded work.

Python's email parser keeps the whole message and every decoded part in memory (a 141 MB
e-mail needed 803 MB) and recurses once per nesting level (thousands of nested parts end in
a RecursionError). Here each part's header block is read with the email package, but the
parts themselves are found by their boundary lines in an ``mmap`` of the file, walked with
an explicit stack and bounded by :data:`MAX_DEPTH` and :data:`MAX_PARTS`; a part's body is
decoded in chunks only when it is needed. What the limits leave out is listed in
``Tree.skipped`` so the import can say so.

Because parts are byte ranges, a forwarded message (``message/rfc822``) is stored as
exactly the bytes it has inside its parent.
"""

from __future__ import annotations

import binascii
import email.parser
import email.policy
import email.utils
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message

MAX_DEPTH = 30  # nesting levels read; real mail rarely goes past 6
MAX_PARTS = 1000  # parts read in one message, forwarded messages included
MAX_HEADER_BYTES = 256 * 1024  # a header block larger than this is cut there
CHUNK = 1024 * 1024

_HEADER_END = re.compile(rb"\r?\n\r?\n")
# After the first line: a line that is not "Name:" nor a folded continuation.
_NOT_A_HEADER = re.compile(rb"\n(?![ \t])(?![!-9;-~]+[ \t]*:)(?=[^\r\n])")
_HEADERS = email.parser.BytesHeaderParser(policy=email.policy.compat32)
MESSAGE_TYPES = ("message/rfc822", "message/global")


@dataclass
class Part:
    """One MIME part: its header block and body as offsets into the message bytes."""

    start: int  # first byte of the header block
    body: int  # first byte of the body
    end: int  # one past the last byte of the body
    headers: Message  # header fields only (compat32: raw values, decoded by core.mail)
    depth: int
    number: str  # "1.2.1", as IMAP numbers parts; "" for the top of a message
    children: list[Part] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type()

    @property
    def is_multipart(self) -> bool:
        return self.headers.get_content_maintype() == "multipart"

    @property
    def is_message(self) -> bool:
        return self.content_type in MESSAGE_TYPES

    @property
    def transfer_encoding(self) -> str:
        return str(self.headers.get("Content-Transfer-Encoding", "") or "").strip().lower()

    @property
    def disposition(self) -> str:
        return (self.headers.get_content_disposition() or "").lower()

    @property
    def size(self) -> int:
        return self.end - self.body


@dataclass
class Tree:
    root: Part
    parts: int  # how many parts were read
    skipped: list[str] = field(default_factory=list)  # what the limits left out, in words


def _parse_headers(buf, start: int, end: int) -> tuple[Message, int]:
    """The header block starting at ``start``; returns it and where the body starts."""
    if buf[start:start + 2] == b"\r\n":
        return Message(), start + 2  # no header fields: the body starts at once
    if buf[start:start + 1] == b"\n":
        return Message(), start + 1
    limit = min(end, start + MAX_HEADER_BYTES)
    m = _HEADER_END.search(buf, start, limit)
    header_end, body = (m.start() + 1, m.end()) if m else (limit, limit)
    block = bytes(buf[start:header_end])
    # A line that is neither a field nor a continuation ends the header block early, as
    # in Python's parser and mail clients (RFC 5322 violations in real mail).
    stray = _NOT_A_HEADER.search(block)
    if stray is not None:
        block, body = block[:stray.start() + 1], start + stray.start() + 1
    return _HEADERS.parsebytes(block), body


def _make_part(buf, start: int, end: int, depth: int, number: str,
               default_type: str = "text/plain") -> Part:
    headers, body = _parse_headers(buf, start, end)
    if default_type != "text/plain":
        headers.set_default_type(default_type)
    return Part(start, min(body, end), end, headers, depth, number)


def release(buf, start: int, end: int) -> None:
    """Tell the OS the mapped pages in [start, end) are no longer needed.

    Pages of an mmap that were read count in the process's memory until released; without
    this a 141 MB e-mail would still weigh 141 MB once scanned. A no-op for plain bytes
    and where ``madvise`` is missing (Windows).
    """
    advise = getattr(buf, "madvise", None)
    if advise is None or not hasattr(mmap, "MADV_DONTNEED"):
        return
    page = mmap.PAGESIZE
    first, last = (start // page) * page, (end // page) * page
    if last > first:
        advise(mmap.MADV_DONTNEED, first, last - first)


def _delimiters(buf, pattern: re.Pattern, start: int, end: int, window: int = 8 * CHUNK):
    """``pattern.finditer`` over [start, end) a window at a time, releasing what is done."""
    pos = start
    while pos < end:
        stop = min(end, pos + window)
        last = None
        for m in pattern.finditer(buf, pos, min(end, stop + 1024)):
            if m.start() >= stop:
                break
            last = m
            yield m
        release(buf, pos, stop)
        pos = max(stop, last.end() if last is not None else stop)


def _boundary_ranges(buf, part: Part, boundary: bytes) -> list[tuple[int, int]]:
    """The byte ranges of the parts between the boundary lines of a multipart body."""
    delimiter = re.compile(rb"(?m)^--" + re.escape(boundary) + rb"(--)?[ \t]*(?:\r?\n|$)")
    ranges: list[tuple[int, int]] = []
    begin = None
    for m in _delimiters(buf, delimiter, part.body, part.end):
        if begin is not None:
            stop = m.start()
            # The line break before a delimiter belongs to the delimiter (RFC 2046).
            if stop > begin and buf[stop - 1:stop] == b"\n":
                stop -= 2 if buf[stop - 2:stop] == b"\r\n" else 1
            ranges.append((begin, max(begin, stop)))
        if m.group(1):  # the closing delimiter: what follows is the epilogue
            begin = None
            break
        begin = m.end()
    if begin is not None and begin < part.end:  # no closing delimiter: the last part runs on
        ranges.append((begin, part.end))
    return ranges


def scan(buf, start: int = 0, end: int | None = None, max_depth: int = MAX_DEPTH,
         max_parts: int = MAX_PARTS) -> Tree:
    """The part tree of the message in ``buf[start:end]`` (bytes, or an mmap)."""
    end = len(buf) if end is None else end
    root = _make_part(buf, start, end, 0, "")
    tree = Tree(root, 1)
    too_deep = too_many = 0
    stack = [root]
    while stack:
        part = stack.pop()
        if not (part.is_multipart or part.is_message):
            continue
        if part.depth >= max_depth:
            too_deep += 1
            continue
        if part.is_message:
            if part.transfer_encoding not in ("", "7bit", "8bit", "binary"):
                continue  # an encoded message is kept as an attachment, not walked
            if tree.parts >= max_parts:
                too_many += 1
                continue
            inner = _make_part(buf, part.body, part.end, part.depth + 1, part.number)
            part.children.append(inner)
            tree.parts += 1
            stack.append(inner)
            continue
        boundary = part.headers.get_param("boundary")
        if isinstance(boundary, tuple):  # RFC 2231: boundary*=charset''value
            boundary = email.utils.collapse_rfc2231_value(boundary)
        if not boundary:
            continue  # a multipart without a boundary: its body is read as one text
        default = "message/rfc822" if part.content_type == "multipart/digest" else "text/plain"
        ranges = _boundary_ranges(buf, part, boundary.encode("latin-1", "replace"))
        for i, (s, e) in enumerate(ranges, 1):
            if tree.parts >= max_parts:
                too_many += len(ranges) - i + 1
                break
            number = f"{part.number}.{i}" if part.number else str(i)
            child = _make_part(buf, s, e, part.depth + 1, number, default)
            part.children.append(child)
            tree.parts += 1
        stack.extend(reversed(part.children))
    if too_deep:
        tree.skipped.append(f"{too_deep} part(s) nested deeper than {max_depth} levels "
                            "were not read")
    if too_many:
        tree.skipped.append(f"only the first {max_parts} parts were read; {too_many} more "
                            "were not")
    return tree


def walk(part: Part) -> Iterator[Part]:
    """``part`` and every part below it, depth first, in message order (no recursion)."""
    stack = [part]
    while stack:
        p = stack.pop()
        yield p
        stack.extend(reversed(p.children))


def iter_decoded(buf, part: Part, chunk: int = CHUNK) -> Iterator[bytes]:
    """The part's body with its Content-Transfer-Encoding undone, a chunk at a time."""
    cte = part.transfer_encoding
    pos, end = part.body, part.end
    if cte == "base64":
        carry = b""
        while pos < end:
            raw = bytes(buf[pos:min(end, pos + chunk)])
            release(buf, pos, pos + len(raw))
            pos += len(raw)
            data = carry + re.sub(rb"[^A-Za-z0-9+/=]", b"", raw)
            cut = len(data) - len(data) % 4 if pos < end else len(data)
            carry = data[cut:]
            if data[:cut]:
                yield _b64(data[:cut])
        return
    if cte == "quoted-printable":
        carry = b""
        while pos < end:
            raw = carry + bytes(buf[pos:min(end, pos + chunk)])
            release(buf, pos, pos + len(raw) - len(carry))
            pos += len(raw) - len(carry)
            cut = raw.rfind(b"\n") + 1 if pos < end else len(raw)
            if cut == 0:
                cut = len(raw)  # one enormous line: decode it as it comes
            carry = raw[cut:]
            yield binascii.a2b_qp(raw[:cut])
        return
    while pos < end:
        data = bytes(buf[pos:min(end, pos + chunk)])
        release(buf, pos, pos + len(data))
        pos += len(data)
        yield data


def _b64(data: bytes) -> bytes:
    """Decode base64 as mail clients do: padding inside or missing is not an error."""
    data = data.replace(b"=", b"")
    data += b"=" * (-len(data) % 4)
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:  # a lone trailing character: drop it rather than the part
        return binascii.a2b_base64(data[:len(data) // 4 * 4 - 4] or b"")


def decoded(buf, part: Part, limit: int | None = None) -> bytes:
    """The part's decoded body, at most ``limit`` bytes (for text that will be shown)."""
    out = bytearray()
    for data in iter_decoded(buf, part):
        out += data
        if limit is not None and len(out) >= limit:
            return bytes(out[:limit])
    return bytes(out)
