"""Second stage of the PDF, with pypdf, when evidence PDF pages are merged or a password is
set (otherwise splice.py writes the file in one pass): PNG data, merged PDF pages,
attachments, password. Language, outline mode and viewer preferences come from reportlab.

The reportlab output it rewrites holds text and fonts only; screenshot data is read
from the evidence files while the final file is written, one image at a time, so
memory does not grow with the number of screenshots (except with a password: pypdf
must hold the data to encrypt it).
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from ..core.pdf_check import content_bytes, open_pdf, page_box
from .evidence_pages import ImageSlot, PdfSlot
from .hashthread import HashThread
from .images import JpegData, PngData
from .reasons import not_drawn_reason

CHUNK = 1024 * 1024


class _FileStream(DecodedStreamObject):
    """A stream whose bytes are ranges of a file on disk, read only while writing.

    Loading them up front would hold every screenshot and attachment in memory until
    the end. Used only without encryption (encrypting needs the data in memory).
    """

    def __init__(self, path: str, ranges: list[tuple[int, int]]):
        super().__init__()
        self.path, self.ranges = path, ranges

    def write_to_stream(self, stream, encryption_key=None) -> None:
        self[NameObject("/Length")] = NumberObject(sum(n for _, n in self.ranges))
        DictionaryObject.write_to_stream(self, stream)
        del self["/Length"]
        stream.write(b"\nstream\n")
        with open(self.path, "rb") as fh:
            for offset, n in self.ranges:
                fh.seek(offset)
                while n > 0:
                    chunk = fh.read(min(n, CHUNK))
                    if not chunk:
                        raise OSError(f"{self.path} shrank while being exported")
                    stream.write(chunk)
                    n -= len(chunk)
        stream.write(b"\nendstream")


def _add_attachment(writer: PdfWriter, name: str, path: str, description: str,
                    lazy: bool) -> None:
    size = os.path.getsize(path)
    if not lazy:
        ef = writer.add_attachment(name, Path(path).read_bytes())
    else:
        ef = writer.add_attachment(name, b"")
        stream = _FileStream(path, [(0, size)])
        stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
        ef.pdf_object["/EF"][NameObject("/F")] = writer._add_object(stream)
    ef.size = NumberObject(size)
    if description:
        ef.description = TextStringObject(description)


def _image_object(path: str, data: PngData | JpegData, lazy: bool) -> DecodedStreamObject:
    stream = _FileStream(path, data.ranges) if lazy else DecodedStreamObject()
    if not lazy:
        with open(path, "rb") as fh:
            parts = []
            for offset, n in data.ranges:
                fh.seek(offset)
                parts.append(fh.read(n))
        stream.set_data(b"".join(parts))
    stream.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(data.width),
        NameObject("/Height"): NumberObject(data.height),
    })
    if isinstance(data, JpegData):
        stream.update({
            NameObject("/ColorSpace"): NameObject("/DeviceRGB" if data.colors == 3
                                                  else "/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        })
        return stream
    if data.palette:
        colorspace = ArrayObject([NameObject("/Indexed"), NameObject("/DeviceRGB"),
                                  NumberObject(len(data.palette) // 3 - 1),
                                  ByteStringObject(data.palette)])
    else:
        colorspace = NameObject("/DeviceRGB" if data.colors == 3 else "/DeviceGray")
    stream.update({
        NameObject("/ColorSpace"): colorspace,
        NameObject("/BitsPerComponent"): NumberObject(data.depth),
        NameObject("/Filter"): NameObject("/FlateDecode"),
        NameObject("/DecodeParms"): DictionaryObject({
            NameObject("/Predictor"): NumberObject(15),
            NameObject("/Colors"): NumberObject(data.colors),
            NameObject("/BitsPerComponent"): NumberObject(data.depth),
            NameObject("/Columns"): NumberObject(data.width),
        }),
    })
    return stream


def _append_content(writer: PdfWriter, page, resource_kind: str, name: str, ref,
                    operators: str) -> None:
    """Add a resource to ``page`` and a content stream drawing it on top of the page."""
    resources = page["/Resources"].get_object()
    table = resources.get(resource_kind)
    if table is None:
        table = DictionaryObject()
        resources[NameObject(resource_kind)] = table
    table.get_object()[NameObject(name)] = ref
    draw = DecodedStreamObject()
    draw.set_data(operators.encode("latin-1"))
    contents = page.raw_get("/Contents")  # the reference: page[...] would resolve it
    resolved = contents.get_object()
    parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
    parts.append(writer._add_object(draw))
    page[NameObject("/Contents")] = ArrayObject(parts)


def _place_image(writer: PdfWriter, slot: ImageSlot, number: int, lazy: bool,
                 placed: dict) -> None:
    # pypdf has no public "add an XObject" call; _add_object is how its own helpers do it.
    # The parts of a split image show one image object: its data is in the file once.
    ref = placed.get(slot.path)
    if ref is None:
        ref = placed[slot.path] = writer._add_object(_image_object(slot.path, slot.data,
                                                                   lazy))
    matrix = " ".join(f"{v:.3f}" for v in slot.matrix)
    clip = (" ".join(f"{v:.3f}" for v in slot.clip) + " re W n ") if slot.clip else ""
    name = f"/BDImg{number}"
    _append_content(writer, writer.pages[slot.page_index], "/XObject", name, ref,
                    f"q {clip}{matrix} cm {name} Do Q\n")


def _page_form(writer: PdfWriter, src) -> tuple[object, object]:
    """The source page as a Form XObject in ``writer``: (reference, its PageBox).

    Unlike pypdf's merge_transformed_page, this does not parse the page's operators into
    Python objects (hundreds of MB for a long statement): the content is copied as bytes,
    compressed, and the page's resources are cloned once per source file.
    """
    box = page_box(src)
    form = DecodedStreamObject()
    form.set_data(content_bytes(src))
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (box.x0, box.y0, box.x1,
                                                                     box.y1)]),
    })
    resources = src.get("/Resources")
    if resources is not None:
        form[NameObject("/Resources")] = resources.get_object().clone(writer)
    return writer._add_object(form.flate_encode()), box


def _placement(box, slot: PdfSlot, pad: float = 4) -> str:
    """The "cm" operands that put the box, turned by /Rotate, centred in the slot."""
    shown_w, shown_h = box.shown_size
    scale = min((slot.w - 2 * pad) / shown_w, (slot.h - 2 * pad) / shown_h)
    dx = slot.x + (slot.w - shown_w * scale) / 2
    dy = slot.y + (slot.h - shown_h * scale) / 2
    w, h = box.width, box.height
    # Move the box's corner to the origin, turn clockwise as viewers do, scale, place.
    a, b, c, d, e, f = {0: (1, 0, 0, 1, 0, 0), 90: (0, -1, 1, 0, 0, w),
                        180: (-1, 0, 0, -1, w, h), 270: (0, 1, -1, 0, h, 0)}[box.rotate]
    e0 = -box.x0 * a - box.y0 * c + e
    f0 = -box.x0 * b - box.y0 * d + f
    m = [v * scale for v in (a, b, c, d, e0, f0)]
    m[4] += dx
    m[5] += dy
    return " ".join(f"{v:.4f}" for v in m)


def _merge_pdf_page(writer: PdfWriter, slot: PdfSlot, number: int, readers: dict) -> None:
    if slot.path not in readers:
        readers.clear()  # one source file at a time: memory does not grow with the package
        readers[slot.path] = open_pdf(slot.path)
    src = readers[slot.path].pages[slot.source_page]
    ref, box = _page_form(writer, src)
    name = f"/BDPdf{number}"
    _append_content(writer, writer.pages[slot.page_index], "/XObject", name, ref,
                    f"q {_placement(box, slot)} cm {name} Do Q\n")


def _pdf_string(text: str) -> str:
    data = text.encode("cp1252", "replace").decode("latin-1")
    return "(" + data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _stamp_failure(writer: PdfWriter, slot: PdfSlot, text: str) -> None:
    """Write why a page could not be drawn into its (empty) frame."""
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica-Bold"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    width = max(20, int((slot.w - 24) / 5.6))  # characters per line at 10 pt
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    y = slot.y + slot.h - 24
    ops = ["q 0.54 0.11 0.11 rg BT /BDFail 10 Tf"]
    for n, part in enumerate(lines[:12]):
        ops.append(f"1 0 0 1 {slot.x + 12:.2f} {y - 13 * n:.2f} Tm {_pdf_string(part)} Tj")
    ops.append("ET Q\n")
    _append_content(writer, writer.pages[slot.page_index], "/Font", "/BDFail",
                    writer._add_object(font), "\n".join(ops))


def finish(rendered: Path, out: Path, images: list[ImageSlot], pdf_slots: list[PdfSlot],
           attachments: list[tuple[str, str, str]], password: str | None,
           step=lambda: None,
           failure_note: str = "{reason}", lang: str = "en") -> tuple[dict[int, str], str]:
    """Write the final PDF to ``out`` (fsynced). ``attachments``: (name, path, caption).
    Returns the pages that could not be drawn and the file's SHA-256.

    A page of an evidence PDF that cannot be drawn gets ``failure_note`` (with
    ``{reason}``) in its frame instead; returns {evidence number: reason} for those.
    """
    failed: dict[int, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # odd evidence PDFs make pypdf chatty
        reader = PdfReader(rendered)
        lazy = password is None
        writer = PdfWriter(clone_from=reader)
        placed: dict = {}
        for n, slot in enumerate(images, 1):
            _place_image(writer, slot, n, lazy, placed)
            step()
        readers: dict = {}
        for n, slot in enumerate(pdf_slots, 1):
            try:
                _merge_pdf_page(writer, slot, n, readers)
            except Exception as exc:  # noqa: BLE001 - one damaged page must not sink the package
                reason = not_drawn_reason(exc, lang, page=slot.source_page + 1)
                failed.setdefault(slot.number, reason)
                _stamp_failure(writer, slot, failure_note.format(reason=reason))
            step()
        readers.clear()
        for name, path, caption in attachments:
            _add_attachment(writer, name, path, caption, lazy)
            step()
        if password is not None:
            writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
            writer.pdf_header = b"%PDF-1.7"  # AES-256 (R 6) is not a PDF 1.3 feature
        with open(out, "wb") as fh, HashingFile(fh) as hashing:
            writer.write(hashing)
            fh.flush()
            os.fsync(fh.fileno())
            sha = hashing.hexdigest()
    return failed, sha


def _iov_max() -> int:
    """How many buffers one writev call takes (1024 on Linux and macOS)."""
    try:
        return max(16, os.sysconf("SC_IOV_MAX"))  # 16: the least POSIX allows
    except (AttributeError, ValueError, OSError):
        return 16


IOV_MAX = _iov_max()
PUSH_EVERY = 1024 * 1024  # bytes written between two start_writeback calls, at least


def start_writeback(fd: int, start: int, end: int) -> None:
    """Ask the kernel to start writing ``fd``'s bytes [start, end) to disk now, without
    waiting: the final fsync then finds them written or on their way instead of flushing
    the whole file at once (28 ms of 85 MB at the end of a 100-screenshot export, ~1 ms
    after). Only a hint: the fsync still decides durability. On Linux, POSIX_FADV_DONTNEED
    starts the writeback of the range's dirty pages (a page already on disk may leave the
    cache: nothing reads the PDF back); where posix_fadvise is missing (macOS, Windows)
    nothing is asked."""
    if end > start and hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, start, end - start, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass  # a file system that takes no advice: the fsync does it all


class HashingFile(HashThread):
    """Forwards writes to ``fh`` and hashes them: the PDF's SHA-256 without reading the
    file back (a lossless export of 300 screenshots is 255 MB).

    The hashing runs in a thread beside the writing (:class:`HashThread`). Use it in a
    ``with`` block: leaving it stops the thread, whatever happened.
    """

    def __init__(self, fh) -> None:
        self.fh, self.hash = fh, hashlib.sha256()
        self._written = 0  # bytes written to ``fh`` (a new file: its end)
        self._pushed = 0  # bytes before this offset were handed to start_writeback
        super().__init__("export-hash")

    def _take(self, parts) -> None:
        for part in parts:
            self.hash.update(part)

    def write(self, data) -> int:
        data = bytes(data)  # a caller's reused buffer would change under the hasher
        written = self.fh.write(data)
        self._put((data,))
        self._wrote(len(data))
        return written

    def write_parts(self, parts: list) -> None:
        """Write ``parts`` one after the other without joining them into a copy (one
        system call where the OS has writev): views of ``bytes`` (immutable, so safe to
        hash in the thread), as the splice copies a screenshot's compressed data. What
        the file holds so far then starts going to disk (:func:`start_writeback`)."""
        if not hasattr(os, "writev"):  # Windows
            self.fh.write(b"".join(parts))
        else:
            self.fh.flush()  # what was written before goes first
            for at in range(0, len(parts), IOV_MAX):
                batch = parts[at:at + IOV_MAX]
                done = os.writev(self.fh.fileno(), batch)
                if done < sum(len(p) for p in batch):  # a short write: the rest as usual
                    self.fh.write(b"".join(batch)[done:])
        self._put(parts)
        self._wrote(sum(len(p) for p in parts))

    def _wrote(self, n: int) -> None:
        """Count ``n`` bytes written; each MiB or more not yet on its way to disk is
        handed to :func:`start_writeback` (a screenshot's data at once)."""
        self._written += n
        if self._written - self._pushed >= PUSH_EVERY:
            self.fh.flush()  # the buffered bytes reach the file before the advice
            start_writeback(self.fh.fileno(), self._pushed, self._written)
            self._pushed = self._written

    def tell(self) -> int:
        return self.fh.tell()

    def flush(self) -> None:
        self.fh.flush()

    def hexdigest(self) -> str:
        """The SHA-256 of everything written (call after the last write)."""
        self.close()
        return self.hash.hexdigest()
