"""The verifiable ZIP bundle: the PDF, the originals, manifest.json and SHA256SUMS."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from datetime import datetime
from enum import Enum
from pathlib import Path

from ..core.evidence import sha256_file
from ..core.timeutil import now_utc, to_iso
from .collect import ExportData

MANIFEST_FORMAT = "bonusdesk-bundle/1"
EVENT_LOG = "event-log.jsonl"


def _plain(value):
    """Dataclasses, enums and datetimes as JSON-ready values."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def manifest(data: ExportData, pdf_name: str, pdf_sha256: str) -> dict:
    seq, digest = data.event_head
    return {
        "format": MANIFEST_FORMAT,
        "generated_at": to_iso(now_utc()),
        "language": data.options.lang,
        "recipient": data.options.recipient,  # the body this package was made for, if any
        "pdf": {"file": pdf_name, "sha256": pdf_sha256},
        "claim": _plain(data.claim),
        "platform": _plain(data.platform),
        "evidence": [{"number": i.n, "file": i.file_name, **_plain(i.ev),
                      **_copy_of(data, i)} for i in data.evidence],
        # Originals the package shows only as a redacted copy ("number" is the copy's);
        # their files are in the bundle only when the player asked for them.
        "originals_of_redacted_copies": [
            {"number": i.n, "file": i.file_name if data.options.bundle_originals else None,
             "id": i.ev.id, "sha256": i.ev.sha256, "original_name": i.ev.original_name}
            for i in data.withheld],
        "contacts": _plain(data.contacts),
        "checklist": _plain(data.checklist),
        "status_history": _plain(data.history),
        # The claim folder's event log head when the package was made; the export event
        # itself (with the PDF's SHA-256) follows it in the log.
        "event_chain_head": {"seq": seq, "hash": digest},
        "anchor": f"{seq}:{digest}",
        "event_log": {"file": EVENT_LOG, "first": data.event_excerpt[0]["seq"]
                      if data.event_excerpt else None, "last": seq},
    }


def _copy_of(data: ExportData, item) -> dict:
    parent = data.parent_of.get(item.ev.id)
    if parent is None:
        return {}
    return {"copy_of": {"id": parent.id, "sha256": parent.sha256,
                        "number": data.number_of.get(parent.id)}}


def sha256sums(entries: list[tuple[str, str]]) -> str:
    """``<hash>  <name>`` lines, the format ``sha256sum -c`` reads (names are ASCII-safe)."""
    return "".join(f"{sha}  {name}\n" for name, sha in entries)


def write_bundle(data: ExportData, out: Path, pdf_path: Path, pdf_name: str, pdf_sha256: str,
                 step=lambda: None) -> None:
    """Write the ZIP at ``out`` (a temp path; the caller renames it into place)."""
    meta = json.dumps(manifest(data, pdf_name, pdf_sha256), ensure_ascii=False,
                      indent=2).encode("utf-8")
    entries = [(pdf_name, pdf_sha256)]
    # Images and PDFs are compressed already: storing them is faster and no bigger.
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.write(pdf_path, pdf_name)
        extra = data.withheld if data.options.bundle_originals else []
        for item in data.evidence + extra:
            zf.write(item.path, item.file_name)
            # Hash what was actually read into the ZIP, not the database's word for it.
            entries.append((item.file_name, sha256_file(Path(item.path))))
            step()
        excerpt = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                          for e in data.event_excerpt).encode("utf-8")
        zf.writestr(EVENT_LOG, excerpt, compress_type=zipfile.ZIP_DEFLATED)
        entries.append((EVENT_LOG, hashlib.sha256(excerpt).hexdigest()))
        zf.writestr("manifest.json", meta, compress_type=zipfile.ZIP_DEFLATED)
        entries.append(("manifest.json", hashlib.sha256(meta).hexdigest()))
        zf.writestr("SHA256SUMS", sha256sums(entries), compress_type=zipfile.ZIP_DEFLATED)
