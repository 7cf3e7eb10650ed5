"""Render a password-protected PDF: the player gives the password once, it is never stored.

The original stays untouched as evidence. With the right password a decrypted copy is
made and stored as evidence of its own (source ``decrypted``, ``parent_sha256`` = the
original's), so its pages appear in the PDF package and its SHA-256 can be checked like
any other file's. The password itself is used in memory and forgotten.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BadInput
from .model import Evidence
from .pdf_check import PasswordNeeded, open_pdf

if TYPE_CHECKING:
    from .folder import ClaimFolder

SOURCE = "decrypted"


def decrypted_copy(folder: ClaimFolder, ev: Evidence) -> Evidence | None:
    """The decrypted copy already made of ``ev``, if any."""
    for other in folder.evidence.list(ev.claim_id):
        if other.source == SOURCE and other.parent_sha256 == ev.sha256:
            return other
    return None


def protected_pdf(folder: ClaimFolder, evidence_id: int) -> Evidence:
    """The evidence, if it is a password-protected PDF (BadInput otherwise)."""
    ev = folder.evidence.get(evidence_id)
    if ev.mime != "application/pdf" or not ev.metadata.get("encrypted"):
        raise BadInput(f"evidence {evidence_id} is not a password-protected PDF")
    return ev


def decrypt_file(path: Path, password: str) -> bytes:
    """The decrypted copy's bytes. Reads the file only, never the database, so the app
    runs it off the GUI thread. Raises PasswordNeeded when ``password`` does not open it."""
    from pypdf import PdfWriter

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = open_pdf(path, password)
        writer = PdfWriter(clone_from=reader)
        buf = io.BytesIO()
        writer.write(buf)
    return buf.getvalue()


def store_decrypted(folder: ClaimFolder, ev: Evidence, data: bytes) -> Evidence:
    """Store ``data`` (from :func:`decrypt_file`) as the decrypted copy of ``ev``."""
    existing = decrypted_copy(folder, ev)
    if existing is not None:
        return existing
    stem = ev.original_name.rsplit(".", 1)[0] or "document"
    return folder.evidence.add_bytes(
        ev.claim_id, data, f"{stem} (decrypted).pdf", kind=ev.kind,
        caption=f"Decrypted copy of: {ev.caption or ev.original_name}"[:200],
        source=SOURCE, parent_sha256=ev.sha256, metadata={"decrypted_from": ev.id})


def unlock_pdf(folder: ClaimFolder, evidence_id: int, password: str) -> Evidence:
    """Store a decrypted copy of a password-protected PDF evidence; returns the copy."""
    ev = protected_pdf(folder, evidence_id)
    existing = decrypted_copy(folder, ev)
    if existing is not None:
        return existing
    try:
        data = decrypt_file(folder.evidence.file_path(ev), password)
    except PasswordNeeded:
        raise BadInput(f"wrong password for evidence {evidence_id} "
                       f"({ev.original_name})") from None
    return store_decrypted(folder, ev, data)
