"""Annotated and redacted copies of image evidence: new evidence, never edits.

A derivative is stored like any evidence (content-addressed, read-only) with
``source = "derivative"``, ``parent_sha256`` = the hash of the image it was made from,
and its operation list in its metadata, so it can be re-opened and edited into a new
derivative. The parent file is only read.

Redaction is destructive: the derivative is a fresh 8-bit RGB PNG encoded from the
rendered pixels, whose only text chunks are the ones written here (the operations,
the parent's hash). No EXIF, ICC profile, text chunk or metadata of the parent is
copied, and the pixels under every box are one solid colour.

For the app, the three steps run on their own threads like an export::

    job = prepare_derivative(folder, evidence_id, ops)   # folder's thread: reads the DB
    data = job.render()                                  # worker thread: CPU only
    ev = store_derivative(folder, job, data)             # folder's thread again
"""

from __future__ import annotations

import errno
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .annotate import OperationList
from .errors import BadInput
from .inspect_file import FileFacts
from .model import Evidence
from .png import compressor, encode_png, png_text
from .timeutil import now_utc, to_iso

if TYPE_CHECKING:
    from .folder import ClaimFolder

REDACTED, ANNOTATED = "redacted", "annotated"


@dataclass
class DerivativeJob:
    parent: Evidence
    source: Path  # the parent's stored file
    ops: OperationList
    caption: str
    note: str
    revises: Evidence | None  # the derivative whose operations were re-opened, if any

    @property
    def derivative_kind(self) -> str:
        return REDACTED if self.ops.redactions else ANNOTATED

    def metadata(self, width: int, height: int) -> dict:
        meta = {
            "derivative": self.derivative_kind,
            "parent_sha256": self.parent.sha256,
            "parent_evidence_id": self.parent.id,
            "derived_at_utc": to_iso(now_utc()),
            "operations": self.ops.numbered().to_json()["operations"],
            "redactions": len(self.ops.redactions),
            "app": f"BonusDesk {__version__}",
            "encoder": compressor()[0],
            "size_px": [width, height],
        }
        if self.revises is not None:
            meta["revises_sha256"] = self.revises.sha256
        return meta

    def render(self) -> bytes:
        """The derivative's PNG bytes. Reads only the parent's file: safe on any thread."""
        from PIL import Image

        from .annotate import render

        with Image.open(self.source) as im:
            im.load()
            out = render(im, self.ops)
        meta = self.metadata(out.width, out.height)
        return encode_png(out.tobytes(), out.width, out.height, png_text(meta))


def prepare_derivative(folder: ClaimFolder, evidence_id: int, ops: OperationList,
                       caption: str = "", note: str = "",
                       revises: Evidence | None = None) -> DerivativeJob:
    """Check the parent and the operations; raises BadInput or NotFound."""
    from PIL import Image

    parent = folder.evidence.get(evidence_id)
    if not parent.is_image:
        raise BadInput(f"evidence {parent.id} is not an image ({parent.mime}): only images "
                       "can be annotated or redacted")
    problem = folder.evidence.check(parent)
    if problem:
        raise BadInput(f"evidence {parent.id} is {problem}: refusing to derive a copy of it")
    source = folder.evidence.file_path(parent)
    with Image.open(source) as im:
        width, height = im.size
        if im.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # EXIF turn by 90°: shown sideways
            width, height = height, width
    ops.validate(width, height)
    return DerivativeJob(parent, source, ops, caption, note, revises)


def store_derivative(folder: ClaimFolder, job: DerivativeJob, data: bytes) -> Evidence:
    """Store rendered bytes as new evidence next to the parent; logs the event."""
    from PIL import Image

    parent, kind = job.parent, job.derivative_kind
    with Image.open(io.BytesIO(data)) as im:
        width, height = im.size
    meta = job.metadata(width, height)
    label = "Redacted copy" if kind == REDACTED else "Annotated copy"
    caption = job.caption or (f"{label} of: {parent.caption}"[:200] if parent.caption
                              else label)
    name = f"{Path(parent.original_name).stem}-{kind}.png"
    event = {"derivative": kind, "parent_sha256": parent.sha256,
             "parent_evidence_id": parent.id, "operations": meta["operations"]}
    if job.revises is not None:
        event["revises_sha256"] = job.revises.sha256
    try:
        return folder.evidence.add_bytes(
            parent.claim_id, data, name, kind=parent.kind, caption=caption, note=job.note,
            captured_at=parent.captured_at, zone=parent.zone, metadata=meta,
            source="derivative", parent_sha256=parent.sha256,
            facts=FileFacts("image/png", "png", width, height), event_data=event)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            from .capture import DiskFull

            raise DiskFull(f"disk full: the {kind} copy could not be stored in {folder.path}"
                           ) from exc
        raise


def make_derivative(folder: ClaimFolder, evidence_id: int, ops: OperationList,
                    caption: str = "", note: str = "",
                    revises: Evidence | None = None) -> Evidence:
    """Render ``ops`` on image evidence ``evidence_id`` and store the result (one thread)."""
    job = prepare_derivative(folder, evidence_id, ops, caption, note, revises)
    return store_derivative(folder, job, job.render())


# -- re-opening -----------------------------------------------------------------------
def is_derivative(ev: Evidence) -> bool:
    return ev.source == "derivative" and bool(ev.parent_sha256)


def is_redacted_copy(ev: Evidence) -> bool:
    return is_derivative(ev) and ev.metadata.get("derivative") == REDACTED


def operations_of(ev: Evidence) -> OperationList:
    """The operations that made derivative ``ev`` (BadInput if it has none)."""
    ops = ev.metadata.get("operations")
    if not is_derivative(ev) or not isinstance(ops, list):
        raise BadInput(f"evidence {ev.id} is not an annotated or redacted copy: it has no "
                       "operations to re-open")
    return OperationList.from_json(ops)


def parent_of(folder: ClaimFolder, ev: Evidence) -> Evidence:
    """The evidence a derivative was made from, in the same claim."""
    rows = [p for p in folder.evidence.list(ev.claim_id)
            if p.sha256 == ev.parent_sha256 and p.id != ev.id]
    if not rows:
        raise BadInput(f"the image evidence {ev.id} was made from (SHA-256 "
                       f"{ev.parent_sha256[:16]}…) is no longer in claim {ev.claim_id}")
    wanted = ev.metadata.get("parent_evidence_id")
    return next((p for p in rows if p.id == wanted), rows[0])


@dataclass
class Reopened:
    derivative: Evidence
    parent: Evidence
    ops: OperationList


def reopen(folder: ClaimFolder, evidence_id: int) -> Reopened:
    """A derivative's parent and operations, ready to edit and save as a new derivative::

        r = reopen(folder, 14)
        make_derivative(folder, r.parent.id, edited_ops, revises=r.derivative)
    """
    ev = folder.evidence.get(evidence_id)
    ops = operations_of(ev)
    return Reopened(ev, parent_of(folder, ev), ops)
