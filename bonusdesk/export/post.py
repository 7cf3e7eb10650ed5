"""Second stage of the PDF, with pypdf: PNG data, merged PDF pages, attachments, password.

The reportlab output it rewrites holds text and fonts only; screenshot data is read
from the evidence files while the final file is written, one image at a time, so
memory does not grow with the number of screenshots (except with a password: pypdf
must hold the data to encrypt it).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from ..core.localefmt import lang_tag
from .evidence_pages import ImageSlot, PdfSlot
from .images import JpegData, PngData

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


def _place_image(writer: PdfWriter, slot: ImageSlot, number: int, lazy: bool) -> None:
    page = writer.pages[slot.page_index]
    # pypdf has no public "add an XObject" call; _add_object is how its own helpers do it.
    ref = writer._add_object(_image_object(slot.path, slot.data, lazy))
    resources = page["/Resources"].get_object()
    xobjects = resources.get("/XObject")
    if xobjects is None:
        xobjects = DictionaryObject()
        resources[NameObject("/XObject")] = xobjects
    name = f"/BDImg{number}"
    xobjects.get_object()[NameObject(name)] = ref
    draw = DecodedStreamObject()
    matrix = " ".join(f"{v:.3f}" for v in slot.matrix)
    draw.set_data(f"q {matrix} cm {name} Do Q\n".encode())
    contents = page.raw_get("/Contents")  # the reference: page[...] would resolve it
    resolved = contents.get_object()
    parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
    parts.append(writer._add_object(draw))
    page[NameObject("/Contents")] = ArrayObject(parts)


def _merge_pdf_page(writer: PdfWriter, slot: PdfSlot, cache: dict) -> None:
    reader = cache.get(slot.path)
    if reader is None:
        reader = cache[slot.path] = PdfReader(slot.path, strict=False)
    src = reader.pages[slot.source_page]
    box = src.cropbox
    sw, sh = float(box.width), float(box.height)
    rotate = (src.rotation or 0) % 360
    pad = 4
    if rotate in (90, 270):
        sw, sh = sh, sw
    scale = min((slot.w - 2 * pad) / sw, (slot.h - 2 * pad) / sh)
    dx = slot.x + (slot.w - sw * scale) / 2
    dy = slot.y + (slot.h - sh * scale) / 2
    t = Transformation().translate(-float(box.left), -float(box.bottom))
    if rotate:
        t = t.rotate(-rotate)
        w0, h0 = float(box.width), float(box.height)
        t = t.translate(*{90: (0, w0), 180: (w0, h0), 270: (h0, 0)}[rotate])
    t = t.scale(scale).translate(dx, dy)
    writer.pages[slot.page_index].merge_transformed_page(src, t, over=True, expand=False)


def _describe_document(writer: PdfWriter, lang: str) -> None:
    """Language, title shown in the window bar, outline open: what readers and screen
    readers use to present the package (title and author come from reportlab)."""
    root = writer._root_object  # pypdf has no public setter for /Lang
    root[NameObject("/Lang")] = TextStringObject(lang_tag(lang))
    root[NameObject("/PageMode")] = NameObject("/UseOutlines")
    root[NameObject("/ViewerPreferences")] = DictionaryObject({
        NameObject("/DisplayDocTitle"): BooleanObject(True)})


def finish(rendered: Path, out: Path, images: list[ImageSlot], pdf_slots: list[PdfSlot],
           attachments: list[tuple[str, str, str]], password: str | None,
           step=lambda: None, lang: str = "en") -> None:
    """Write the final PDF to ``out`` (fsynced). ``attachments``: (name, path, caption)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # odd evidence PDFs make pypdf chatty
        reader = PdfReader(rendered)
        lazy = password is None
        writer = PdfWriter(clone_from=reader)
        _describe_document(writer, lang)
        for n, slot in enumerate(images, 1):
            _place_image(writer, slot, n, lazy)
            step()
        cache: dict = {}
        for slot in pdf_slots:
            _merge_pdf_page(writer, slot, cache)
            step()
        for name, path, caption in attachments:
            _add_attachment(writer, name, path, caption, lazy)
            step()
        if password is not None:
            writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
            writer.pdf_header = b"%PDF-1.7"  # AES-256 (R 6) is not a PDF 1.3 feature
        with open(out, "wb") as fh:
            writer.write(fh)
            fh.flush()
            os.fsync(fh.fileno())
