"""The finished PDF in one pass: reportlab's output with the screenshot and attachment
bytes copied in where it left a marker.

reportlab builds its whole file in memory, so it must never hold the screenshots (255 MB
for 300 of them). Each image or attached file is a stream object whose body reportlab
writes as a short marker; :meth:`Splicer.write` copies the file's byte ranges in place of
the marker while writing the output and moves the cross-reference offsets by what each
copy added. The result is an ordinary single-revision PDF, made without parsing and
rewriting the rendered file with pypdf (which cost as much as the whole layout).

Used when no pypdf work is left: no password (encryption needs pypdf and the data in
memory) and no evidence PDF whose pages are merged (post.py does both).
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import secrets
from collections.abc import Callable

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFString,
    xObjectName,
)

from .hashthread import HashThread
from .images import JpegData, PngData

CHUNK = 1024 * 1024  # a full-HD screenshot (~0.9 MB) is read at once
_XREF_TAIL = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


class SpliceError(RuntimeError):
    """reportlab's output is not laid out as expected (a bug, never the user's data)."""


class FileStream(PDFObject):
    """A stream object whose data are byte ranges of a file, copied in only at write.

    ``entries``: the stream dictionary's entries, without /Length, as PDF syntax.
    """

    __RefOnly__ = 1  # reportlab makes it an indirect object wherever it is used

    def __init__(self, marker: bytes, entries: bytes, path: str,
                 ranges: list[tuple[int, int]]):
        ranges = [(offset, n) for offset, n in ranges if n]
        if any(a + n > b for (a, n), (b, _) in zip(ranges, ranges[1:], strict=False)):
            raise SpliceError(f"byte ranges of {path} out of order")  # copy_to reads forward
        self.marker, self.entries, self.path, self.ranges = marker, entries, path, ranges
        self.length = sum(n for _, n in ranges)

    def format(self, document) -> bytes:
        return (b"<< " + self.entries + b" /Length %d >>\nstream\n" % self.length
                + self.marker + b"\nendstream\n")

    def copy_to(self, out, digests: _FileDigests) -> None:
        """Write the stream's data to ``out``, reading the whole file once: the bytes
        between the ranges (a PNG's chunk headers) are read too, so that ``digests``
        gets the file's SHA-256 from the same read, for the evidence check (which then
        need not read the file again)."""
        hashing = digests.wants(self.path)
        ranges = iter(self.ranges)
        start, n = next(ranges, (0, 0))
        pos = 0
        with open(self.path, "rb", buffering=0) as fh:
            while chunk := fh.read(CHUNK):
                if hashing:
                    digests.add(self.path, chunk)
                end = pos + len(chunk)
                view, parts = memoryview(chunk), []
                while n and start < end:  # the ranges in this chunk, in file order
                    take = min(n, end - start)
                    parts.append(view[start - pos:start - pos + take])
                    start, n = start + take, n - take
                    if not n:
                        start, n = next(ranges, (0, 0))
                if parts:
                    out.write_parts(parts)
                pos = end
        if n:
            raise OSError(f"{self.path} shrank while being exported")
        if hashing:
            digests.end(self.path)


class _FileDigests(HashThread):
    """The SHA-256 of whole files, taken in a thread from the chunks the writing reads
    (beside the copy, and beside the PDF's own hash). ``into`` gets path -> digest for
    each file read to its end; leave it with :meth:`close` (a ``with`` block), whatever
    happened."""

    def __init__(self, into: dict[str, str]) -> None:
        self.into = into  # a digest from an earlier pass is replaced: this pass's bytes
        self._started: set[str] = set()
        self._running: dict[str, hashlib._Hash] = {}  # only the thread touches it
        super().__init__("export-evidence-hash")

    def _take(self, item: tuple[str, bytes | None]) -> None:
        path, chunk = item
        if chunk is None:
            self.into[path] = self._running.pop(path).hexdigest()
        else:
            self._running.setdefault(path, hashlib.sha256()).update(chunk)

    def wants(self, path: str) -> bool:
        """Whether ``path`` is still to be hashed (a file attached and shown is read twice)."""
        if path in self._started:
            return False
        self._started.add(path)
        return True

    def add(self, path: str, chunk: bytes) -> None:
        self._put((path, chunk))  # bytes: never changed under the hasher

    def end(self, path: str) -> None:
        self._put((path, None))


def _image_entries(data: PngData | JpegData) -> bytes:
    """The image XObject's dictionary: PNG data as FlateDecode with the PNG predictors,
    JPEG data as DCTDecode; the same as post.py writes."""
    head = b"/Type /XObject /Subtype /Image /Width %d /Height %d" % (data.width, data.height)
    if isinstance(data, JpegData):
        space = b"/DeviceRGB" if data.colors == 3 else b"/DeviceGray"
        return head + b" /ColorSpace " + space + b" /BitsPerComponent 8 /Filter /DCTDecode"
    if data.palette:
        space = b"[ /Indexed /DeviceRGB %d <%s> ]" % (len(data.palette) // 3 - 1,
                                                      data.palette.hex().encode())
    else:
        space = b"/DeviceRGB" if data.colors == 3 else b"/DeviceGray"
    return (head + b" /ColorSpace " + space + b" /BitsPerComponent %d" % data.depth
            + b" /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors %d"
              b" /BitsPerComponent %d /Columns %d >>" % (data.colors, data.depth, data.width))


class Splicer:
    """Collects the file-backed streams of one document, then writes the final file."""

    def __init__(self, hashes: dict[str, str] | None = None) -> None:
        # A random tag per export: no text of the claim can ever look like a marker.
        self._tag = b"BDSPLICE" + secrets.token_hex(8).encode()
        self.streams: list[FileStream] = []
        self._images: dict[str, str] = {}  # file path -> form name of its XObject
        # file path -> SHA-256 of the whole file, as read while writing its data
        self.hashes: dict[str, str] = {} if hashes is None else hashes

    def _stream(self, entries: bytes, path: str, ranges: list[tuple[int, int]]) -> FileStream:
        marker = self._tag + b"-%d" % len(self.streams)
        stream = FileStream(marker, entries, path, ranges)
        self.streams.append(stream)
        return stream

    def image(self, canv, path: str, data: PngData | JpegData) -> str:
        """The name for ``canv.doForm`` of the image in ``path``: one object per file,
        however many pages show a part of it."""
        name = self._images.get(path)
        if name is None:
            name = self._images[path] = f"bdImg{len(self._images) + 1}"
            # reportlab lists any object registered under a form's name in the page's
            # /XObject resources when the page uses it: an image works the same way.
            canv._doc.Reference(self._stream(_image_entries(data), path, data.ranges),
                                xObjectName(name))
        return name

    def attach(self, canv, attachments: list[tuple[str, str, str]]) -> None:
        """Embed files: (name shown, path, description), in a name tree sorted by name."""
        if not attachments:
            return
        doc = canv._doc
        names: list = []
        # Sorted by the names' bytes, as a PDF name tree requires; stable for equal names.
        for name, path, caption in sorted(attachments, key=lambda a: a[0].encode("utf-8")):
            size = os.path.getsize(path)
            stream = self._stream(b"/Type /EmbeddedFile /Params << /Size %d >>" % size,
                                  path, [(0, size)])
            spec = PDFDictionary({"Type": PDFName("Filespec"), "F": PDFString(name),
                                  "EF": PDFDictionary({"F": stream})})
            if caption:
                spec["Desc"] = PDFString(caption)
            names += [PDFString(name), doc.Reference(spec)]
        doc.Catalog.Names = PDFDictionary(
            {"EmbeddedFiles": PDFDictionary({"Names": PDFArray(names)})})

    def write(self, rendered: bytes, out, step: Callable[[], None] = lambda: None) -> None:
        """Write ``rendered`` (reportlab's file, markers in place of the data) to ``out``
        with each marker replaced by its stream's data and the offsets fixed."""
        tail = _XREF_TAIL.search(rendered)
        if tail is None:
            raise SpliceError("no startxref at the end of the rendered PDF")
        xref_at = int(tail.group(1))
        body = rendered[:xref_at]
        found = list(re.finditer(re.escape(self._tag) + rb"-(\d+)", body))
        if sorted(int(m.group(1)) for m in found) != list(range(len(self.streams))):
            raise SpliceError("the rendered PDF does not hold each stream's marker once")
        starts: list[int] = []  # where each marker was in ``rendered``
        shifts: list[int] = []  # bytes added before any offset past that marker
        pos = added = 0
        with _FileDigests(self.hashes) as digests:
            for m in found:
                stream = self.streams[int(m.group(1))]
                out.write(body[pos:m.start()])
                stream.copy_to(out, digests)
                step()
                pos = m.end()
                added += stream.length - (m.end() - m.start())
                starts.append(m.start())
                shifts.append(added)
        out.write(body[pos:])
        out.write(_moved_xref(rendered[xref_at:tail.start()], starts, shifts))
        out.write(b"startxref\n%d\n%%%%EOF\n" % (xref_at + added))


def _moved_xref(section: bytes, starts: list[int], shifts: list[int]) -> bytes:
    """The "xref ... trailer" section with every in-use offset moved past the copies."""
    def move(m: re.Match) -> bytes:
        offset = int(m.group(1))
        if m.group(3) == b"f":
            return m.group(0)
        i = bisect.bisect_left(starts, offset)  # markers before this object
        return b"%010d %s n" % (offset + (shifts[i - 1] if i else 0), m.group(2))

    at = section.find(b"trailer")
    if not section.startswith(b"xref") or at < 0:
        raise SpliceError("unexpected cross-reference section in the rendered PDF")
    return _XREF_ENTRY.sub(move, section[:at]) + section[at:]
