"""Read the text of image evidence and keep it as derived data (table ``ocr_text``).

The text is never evidence: it lives in its own table with the engine and version that
read it, re-reading replaces it, and nothing else depends on it except search. The
evidence file is only read.

For the app, the work is split like an export (a ClaimFolder's connection belongs to the
thread that opened it)::

    job = prepare_read_text(folder, evidence_id, region)  # folder's thread
    result = job.run(cancel=flag)                        # worker thread, cancellable
    stored = store_text(folder, job, result)             # folder's thread again
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import ocr
from .errors import BadInput
from .model import Evidence
from .timeutil import now_utc, to_iso

if TYPE_CHECKING:
    from .folder import ClaimFolder

Region = tuple[int, int, int, int]


@dataclass
class StoredText:
    id: int
    evidence_id: int
    claim_id: int
    region: str  # "" = whole image, else "x,y,w,h"
    engine: str
    engine_version: str
    languages: str
    text: str
    lines: list[dict]
    read_at: str


def region_key(region: Region | None) -> str:
    return "" if region is None else ",".join(str(v) for v in region)


@dataclass
class ReadTextJob:
    evidence: Evidence
    path: Path
    region: Region | None

    def run(self, cancel: ocr.CancelFlag | None = None,
            chain: list[ocr.OcrHandler] | None = None) -> ocr.OcrResult:
        """OCR the stored file; no database, so any thread. Raises OcrCancelled."""
        from PIL import Image

        with Image.open(self.path) as im:
            im.load()
            return ocr.read_image(im, self.region, cancel, chain)


def prepare_read_text(folder: ClaimFolder, evidence_id: int,
                      region: Region | None = None) -> ReadTextJob:
    ev = folder.evidence.get(evidence_id)
    if not ev.is_image:
        raise BadInput(f"evidence {ev.id} is not an image ({ev.mime}): there is no text to "
                       "read in it")
    problem = folder.evidence.check(ev)
    if problem:
        raise BadInput(f"evidence {ev.id} is {problem}: its text cannot be read")
    return ReadTextJob(ev, folder.evidence.file_path(ev), region)


def store_text(folder: ClaimFolder, job: ReadTextJob, result: ocr.OcrResult) -> StoredText:
    """Keep ``result`` for the job's evidence and region, replacing an earlier reading."""
    ev = job.evidence
    key = region_key(job.region)
    row = {"evidence_id": ev.id, "claim_id": ev.claim_id, "region": key,
           "engine": result.engine, "engine_version": result.version,
           "languages": result.languages, "text": result.text,
           "lines": json.dumps(result.to_json()["lines"], ensure_ascii=False),
           "read_at": to_iso(now_utc())}
    with folder.transaction():
        old = list(folder.db.query(
            "select id from ocr_text where evidence_id = ? and region = ?", [ev.id, key]))
        if old:
            row["id"] = old[0]["id"]
            folder.db["ocr_text"].update(row["id"], row)
        else:
            row["id"] = folder.db["ocr_text"].insert(row).last_pk
        folder.log("read_text", "ocr_text", row["id"], ev.claim_id,
                   {k: v for k, v in row.items() if k != "lines"})
    return _stored(row)


def read_text(folder: ClaimFolder, evidence_id: int, region: Region | None = None,
              cancel: ocr.CancelFlag | None = None,
              chain: list[ocr.OcrHandler] | None = None) -> tuple[ocr.OcrResult, StoredText]:
    """The three steps in one thread (the CLI)."""
    job = prepare_read_text(folder, evidence_id, region)
    result = job.run(cancel, chain)
    return result, store_text(folder, job, result)


def stored_texts(folder: ClaimFolder, evidence_id: int) -> list[StoredText]:
    return [_stored(r) for r in folder.db.query(
        "select * from ocr_text where evidence_id = ? order by region", [evidence_id])]


def _stored(row: dict) -> StoredText:
    lines = row["lines"]
    return StoredText(row["id"], row["evidence_id"], row["claim_id"], row["region"],
                      row["engine"], row["engine_version"], row["languages"], row["text"],
                      json.loads(lines) if isinstance(lines, str) else lines, row["read_at"])


# An error code as games and payment pages print them: BNS-402, ERR_1042, E-2201, PAY403.
_CODE = re.compile(r"\b[A-Z]{1,6}[-_]?\d{2,6}\b")
_CODE_WORDS = re.compile(r"code|erreur|error|err\b|réf|ref", re.IGNORECASE)


def error_code_candidates(text: str) -> list[str]:
    """Codes found in ``text``, those on a line that says "code"/"error" first.

    Only a suggestion: the player picks one (or none) before it goes into the claim.
    """
    first, rest = [], []
    for line in text.splitlines():
        for code in _CODE.findall(line):
            target = first if _CODE_WORDS.search(line) else rest
            if code not in first and code not in rest:
                target.append(code)
    return first + rest
