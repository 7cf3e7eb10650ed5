"""Evidence: content-addressed, read-only storage and import.

A file becomes evidence in four steps, so a crash at any point leaves the
folder consistent (see ``ClaimFolder._recover``):

1. stream-copy into ``evidence/.tmp-*`` while hashing, fsync;
2. inspect the copy (real image? real PDF? real email?); refuse -> delete the temp;
3. note the final path in ``pending_files`` (committed), rename into
   ``evidence/ab/<sha256>.<ext>``, make it read-only;
4. one transaction: the evidence row, its event, and removal of the pending note.
"""

from __future__ import annotations

import dataclasses
import email.utils
import hashlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .atomicfile import fsync_dir
from .errors import BadInput, EvidenceRejected, NotFound
from .inspect_file import (
    FileFacts,
    display_name,
    email_body,
    email_headers,
    inspect,
    safe_ext,
    ticket_reference,
)
from .model import Channel, Contact, Direction, Evidence, EvidenceKind
from .rows import from_row, to_db, to_row
from .timeutil import local_zone_name, now_utc, to_iso, utc_offset

if TYPE_CHECKING:
    from .folder import ClaimFolder

MAX_FILE_SIZE = 200 * 1024 * 1024
CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class ImportResult:
    path: str
    evidence: list[Evidence] = field(default_factory=list)
    contact: Contact | None = None
    error: str = ""
    duplicate: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.error


class EvidenceStore:
    def __init__(self, folder: ClaimFolder, max_size: int = MAX_FILE_SIZE):
        self.folder = folder
        self.db = folder.db
        self.max_size = max_size

    # -- storage -------------------------------------------------------------
    def _new_temp(self) -> Path:
        self.folder.evidence_dir.mkdir(parents=True, exist_ok=True)
        return self.folder.evidence_dir / f".tmp-{secrets.token_hex(8)}"

    def _copy_to_temp(self, src: Path, label: str) -> tuple[Path, str, int]:
        tmp = self._new_temp()
        h = hashlib.sha256()
        size = 0
        try:
            with open(src, "rb") as fin, open(tmp, "xb") as fout:
                while chunk := fin.read(CHUNK):
                    size += len(chunk)
                    if size > self.max_size:
                        raise EvidenceRejected(
                            label, f"larger than the {self.max_size // (1024 * 1024)} MiB limit")
                    h.update(chunk)
                    fout.write(chunk)
                fout.flush()
                os.fsync(fout.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp, h.hexdigest(), size

    def _bytes_to_temp(self, data: bytes) -> tuple[Path, str, int]:
        tmp = self._new_temp()
        try:
            with open(tmp, "xb") as fout:
                fout.write(data)
                fout.flush()
                os.fsync(fout.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp, hashlib.sha256(data).hexdigest(), len(data)

    def _commit_file(self, tmp: Path, sha: str, ext: str) -> str:
        """Move a verified temp into its content address; returns the relative path."""
        rel = f"evidence/{sha[:2]}/{sha}.{ext}"
        final = self.folder.abspath(rel)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and sha256_file(final) == sha:
            tmp.unlink()  # the same bytes are stored once
            return rel
        with self.folder.transaction():
            self.db["pending_files"].upsert(
                {"path": rel, "sha256": sha, "started_at": to_iso(now_utc())}, pk="path")
        if final.exists():  # altered copy of the same content address: restore it
            os.chmod(final, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(tmp, final)
        os.chmod(final, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        fsync_dir(final.parent)
        return rel

    # -- adding evidence -----------------------------------------------------
    def _check_source(self, path: Path) -> str:
        label = str(path)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise EvidenceRejected(label, "file not found") from None
        except OSError as exc:
            raise EvidenceRejected(label, f"cannot read ({exc.strerror})") from None
        if stat.S_ISDIR(st.st_mode):
            raise EvidenceRejected(label, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise EvidenceRejected(label, "is not a regular file")
        if st.st_size == 0:
            raise EvidenceRejected(label, "empty file (0 bytes)")
        if st.st_size > self.max_size:
            raise EvidenceRejected(
                label, f"larger than the {self.max_size // (1024 * 1024)} MiB limit")
        if not os.access(path, os.R_OK):
            raise EvidenceRejected(label, "cannot read: permission denied")
        return label

    def import_file(self, claim_id: int, path: str | Path, kind: EvidenceKind | None = None,
                    caption: str = "", note: str = "") -> ImportResult:
        """Import one file; raises :class:`EvidenceRejected` and keeps nothing on refusal."""
        self.folder.claims.get(claim_id)
        path = Path(path)
        label = self._check_source(path)
        name = display_name(path)
        try:
            tmp, sha, size = self._copy_to_temp(path, label)
        except PermissionError:
            raise EvidenceRejected(label, "cannot read: permission denied") from None
        except OSError as exc:
            if isinstance(exc, EvidenceRejected):
                raise
            raise EvidenceRejected(label, f"cannot read ({exc.strerror or exc})") from None
        try:
            facts = inspect(tmp, label, name)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        existing = self._find(claim_id, sha)
        if existing is not None:
            tmp.unlink()
            return ImportResult(label, [existing], duplicate=True)
        ev = self._store(claim_id, tmp, sha, size, name, facts, kind or facts.default_kind,
                         caption, note, source="import")
        result = ImportResult(label, [ev])
        if facts.email is not None:
            self._import_email_parts(claim_id, ev, facts, result)
        return result

    def import_files(self, claim_id: int, paths, kind: EvidenceKind | None = None,
                     caption: str = "") -> list[ImportResult]:
        """Import a batch: each file on its own, a refusal does not stop the rest."""
        results = []
        for p in paths:
            try:
                results.append(self.import_file(claim_id, p, kind, caption))
            except EvidenceRejected as exc:
                results.append(ImportResult(exc.path, error=exc.reason))
        return results

    def add_bytes(self, claim_id: int, data: bytes, original_name: str,
                  kind: EvidenceKind = EvidenceKind.SCREENSHOT, caption: str = "",
                  note: str = "", captured_at: datetime | None = None,
                  zone: str | None = None, metadata: dict | None = None,
                  source: str = "capture", parent_sha256: str = "",
                  facts: FileFacts | None = None, event_data: dict | None = None) -> Evidence:
        """Store bytes produced by BonusDesk itself (a capture, a derivative, an attachment).

        ``facts``: what the caller knows of bytes it has just encoded itself (a capture's
        PNG); it skips the full decode that outside content needs. Never pass it for
        bytes that came from outside (attachments, files). ``event_data``: more facts
        for the event that records the new item (a derivative's parent and operations).
        """
        self.folder.claims.get(claim_id)
        if not data:
            raise EvidenceRejected(original_name, "empty content (0 bytes)")
        tmp, sha, size = self._bytes_to_temp(data)
        try:
            if facts is None:
                facts = inspect(tmp, original_name, original_name)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        facts.metadata.update(metadata or {})
        existing = self._find(claim_id, sha)
        if existing is not None:
            tmp.unlink()
            return existing
        return self._store(claim_id, tmp, sha, size, original_name, facts, kind, caption, note,
                           source=source, captured_at=captured_at, zone=zone,
                           parent_sha256=parent_sha256, event_data=event_data)

    def _store(self, claim_id, tmp, sha, size, name, facts: FileFacts, kind, caption, note,
               source, captured_at=None, zone=None, parent_sha256="",
               event_data: dict | None = None) -> Evidence:
        ext = facts.ext or safe_ext(name) or "bin"
        try:
            rel = self._commit_file(tmp, sha, ext)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        when = captured_at or now_utc()
        zone = zone or local_zone_name()
        ev = Evidence(
            claim_id=claim_id, kind=kind, sha256=sha, path=rel, original_name=name, size=size,
            mime=facts.mime, captured_at=when, zone=zone, utc_offset=utc_offset(when, zone),
            caption=caption, note=note, width=facts.width, height=facts.height,
            pages=facts.pages, exif_time=facts.exif_time, source=source,
            parent_sha256=parent_sha256, metadata=facts.metadata,
        )
        with self.folder.transaction():
            eid = self.db["evidence"].insert(to_row(ev)).last_pk
            self.db.execute("delete from pending_files where path = ?", [rel])
            self.folder.log("import" if source != "capture" else "capture", "evidence", eid,
                            claim_id, {"sha256": sha, "name": name, "kind": kind.value,
                                       "size": size, "source": source, **(event_data or {})})
        return self.get(eid)

    def _import_email_parts(self, claim_id: int, ev: Evidence, facts: FileFacts,
                            result: ImportResult) -> None:
        msg = facts.email
        headers = email_headers(msg)
        attached: list[int] = [ev.id]
        for part in msg.iter_attachments():
            fname = part.get_filename() or "attachment"
            try:
                payload = part.get_payload(decode=True) or b""
                att = self.add_bytes(
                    claim_id, payload, display_name(fname), kind=EvidenceKind.OTHER,
                    caption=f"Attachment of: {headers['subject']}"[:200],
                    metadata={"email_sha256": ev.sha256}, source="email_attachment")
            except EvidenceRejected as exc:
                # The email itself is in; a bad attachment is reported, not fatal.
                result.warnings.append(f"attachment {display_name(fname)}: {exc.reason}")
                continue
            if att.kind == EvidenceKind.OTHER and att.mime.startswith("image/"):
                att = self.update(att.id, kind=EvidenceKind.SCREENSHOT)
            elif att.kind == EvidenceKind.OTHER and att.mime == "application/pdf":
                att = self.update(att.id, kind=EvidenceKind.DOCUMENT)
            attached.append(att.id)
            result.evidence.append(att)
        try:
            when = email.utils.parsedate_to_datetime(headers["date"]) if headers["date"] else None
            if when is not None and when.tzinfo is None:
                when = None
        except (TypeError, ValueError, IndexError):
            when = None
        body = email_body(msg)
        summary = f"{headers['subject']}\nFrom: {headers['from']}\nTo: {headers['to']}"
        if body:
            summary += "\n\n" + body[:4000]
        contact = Contact(
            claim_id=claim_id, channel=Channel.EMAIL, at=when or ev.captured_at,
            zone=ev.zone, direction=Direction.RECEIVED,
            reference=ticket_reference(headers["subject"]), summary=summary.strip(),
            evidence_ids=attached,
        )
        result.contact = self.folder.contacts.add(contact)

    # -- reading and editing -------------------------------------------------
    def _find(self, claim_id: int, sha: str) -> Evidence | None:
        rows = list(self.db.query(
            "select * from evidence where claim_id = ? and sha256 = ? limit 1", [claim_id, sha]))
        return from_row(Evidence, rows[0]) if rows else None

    def get(self, evidence_id: int, claim_id: int | None = None) -> Evidence:
        rows = list(self.db.query("select * from evidence where id = ?", [evidence_id]))
        if not rows or (claim_id is not None and rows[0]["claim_id"] != claim_id):
            where = f" in claim {claim_id}" if claim_id is not None else ""
            raise NotFound(f"no evidence with id {evidence_id}{where}")
        return from_row(Evidence, rows[0])

    def list(self, claim_id: int) -> list[Evidence]:
        return [from_row(Evidence, r) for r in self.db.query(
            "select * from evidence where claim_id = ? order by captured_at, id", [claim_id])]

    def all(self) -> list[Evidence]:
        return [from_row(Evidence, r) for r in self.db.query("select * from evidence order by id")]

    def update(self, evidence_id: int, **changes) -> Evidence:
        """Change what the user says about a file (caption, note, kind); never the file."""
        allowed = {"caption", "note", "kind"}
        bad = set(changes) - allowed
        if bad:
            raise BadInput(f"evidence fields that can change: caption, note, kind (not {bad})")
        if "kind" in changes and not isinstance(changes["kind"], EvidenceKind):
            from .claims import parse_enum

            changes["kind"] = parse_enum(EvidenceKind, changes["kind"], "evidence kind")
        ev = self.get(evidence_id)
        with self.folder.transaction():
            self.db["evidence"].update(evidence_id, {k: to_db(v) for k, v in changes.items()})
            self.folder.log("change", "evidence", evidence_id, ev.claim_id,
                            {k: to_db(v) for k, v in changes.items()})
        return dataclasses.replace(ev, **changes)

    def file_path(self, ev: Evidence) -> Path:
        return self.folder.abspath(ev.path)

    def check(self, ev: Evidence) -> str:
        """"" when the file is intact, else what is wrong with it."""
        path = self.file_path(ev)
        if not path.exists():
            return "missing"
        if sha256_file(path) != ev.sha256:
            return "altered"
        return ""

    def thumbnail(self, ev: Evidence, size: int = 256) -> Path | None:
        """A cached PNG thumbnail of an image evidence (regenerable, not evidence)."""
        if not ev.is_image:
            return None
        out = self.folder.cache_dir / "thumbs" / f"{ev.sha256}-{size}.png"
        if out.exists():
            return out
        from PIL import Image

        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".tmp-{secrets.token_hex(6)}.png")
        with Image.open(self.file_path(ev)) as im:
            im.thumbnail((size, size))
            if im.mode not in ("RGB", "RGBA", "L"):
                im = im.convert("RGBA")
            im.save(tmp, "PNG")
        os.replace(tmp, out)
        return out
