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
import hashlib
import os
import secrets
import stat
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import sqlwrite
from .atomicfile import fsync_dir
from .errors import BadInput, EvidenceRejected, FolderDamaged, NoSpaceLeft, NotFound
from .faults import disk_errors
from .folder import ClaimFolder, evidence_relpath, is_content_address, store
from .inspect_file import FileFacts, display_name, inspect, safe_ext
from .record_types import Evidence, EvidenceKind
from .rows import from_row, to_db, to_row
from .timeutil import local_zone_name, now_utc, to_iso, utc_offset

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from .model import Contact  # a type here: a capture does not load the whole model

MAX_FILE_SIZE = 200 * 1024 * 1024
INBOX_EMAIL_NOTE = ("e-mail kept in the Inbox: its attachments and its contact are added "
                    "when you file it into a claim")
CHUNK = 1024 * 1024


_buffers = threading.local()  # one read buffer per thread, reused for every file


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    buf = getattr(_buffers, "buf", None)
    if buf is None:  # not a fresh 1 MiB per file: verify hashes 300,000 small ones
        buf = _buffers.buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as fh:
        while n := fh.readinto(buf):
            h.update(view[:n])  # hashlib releases the GIL: verify hashes on several threads
    return h.hexdigest()


@dataclass
class ImportResult:
    """What importing one file gave: its evidence, a contact for an e-mail, or an error."""

    path: str
    evidence: list[Evidence] = field(default_factory=list)
    contact: Contact | None = None
    error: str = ""
    duplicate: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class StagedFile:
    """A file copied into the evidence folder's temp area, hashed and inspected, not yet
    evidence: commit it (:meth:`EvidenceStore.commit_staged`) or :meth:`discard` it. A
    crash in between leaves only a temp file, removed when the folder next opens."""

    label: str  # the source path as given, for messages
    name: str  # the name shown to the user
    tmp: Path
    sha256: str
    size: int
    facts: FileFacts

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


@store("evidence")
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
        """Copy and hash; read errors stay OSErrors, a full disk is :class:`NoSpaceLeft`."""
        with disk_errors(self.folder.path, f"storing {label}"):
            tmp = self._new_temp()
        h = hashlib.sha256()
        size = 0
        try:
            with open(src, "rb") as fin:
                with disk_errors(self.folder.path, f"storing {label}"):
                    fout = open(tmp, "xb")  # noqa: SIM115 - closed below
                with fout:
                    while chunk := fin.read(CHUNK):
                        size += len(chunk)
                        if size > self.max_size:
                            raise EvidenceRejected(label, "larger than the "
                                                   f"{self.max_size // (1024 * 1024)} MiB limit")
                        h.update(chunk)
                        with disk_errors(self.folder.path, f"storing {label}"):
                            fout.write(chunk)
                    with disk_errors(self.folder.path, f"storing {label}"):
                        fout.flush()
                        os.fsync(fout.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp, h.hexdigest(), size

    def _chunks_to_temp(self, chunks: Iterable[bytes], label: str) -> tuple[Path, str, int]:
        """Write decoded content (an attachment, a capture) to a temp file while hashing it;
        a full disk is :class:`NoSpaceLeft` (errors making the chunks stay as they are)."""
        storing = f"storing {label}"
        with disk_errors(self.folder.path, storing):
            tmp = self._new_temp()
        h = hashlib.sha256()
        size = 0
        try:
            with disk_errors(self.folder.path, storing):
                fout = open(tmp, "xb")  # noqa: SIM115 - closed below
            with fout:
                for chunk in chunks:
                    size += len(chunk)
                    if size > self.max_size:
                        raise EvidenceRejected(
                            label, f"larger than the {self.max_size // (1024 * 1024)} MiB limit")
                    h.update(chunk)
                    with disk_errors(self.folder.path, storing):
                        fout.write(chunk)
                with disk_errors(self.folder.path, storing):
                    fout.flush()
                    os.fsync(fout.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        if size == 0:
            tmp.unlink()
            raise EvidenceRejected(label, "empty content (0 bytes)")
        return tmp, h.hexdigest(), size

    def _commit_file(self, tmp: Path, sha: str, ext: str) -> str:
        """Move a verified temp into its content address; returns the relative path."""
        rel = evidence_relpath(sha, ext)
        final = self.folder.abspath(rel)
        with disk_errors(self.folder.path, "storing evidence"):
            final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and not final.is_symlink() and sha256_file(final) == sha:
            tmp.unlink()  # the same bytes are stored once
            return rel
        with self.folder.transaction():
            sqlwrite.upsert(self.db, "pending_files",
                          {"path": rel, "sha256": sha, "started_at": to_iso(now_utc())}, "path")
        if final.exists() and not final.is_symlink():
            # altered copy of the same content address: restore it
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

    def _check_claim(self, claim_id: int | None) -> None:
        if claim_id is not None:  # None: the Inbox (core/inbox.py files it later)
            self.folder.require_claim(claim_id)

    def import_file(self, claim_id: int | None, path: str | Path,
                    kind: EvidenceKind | None = None, caption: str = "", note: str = ""
                    ) -> ImportResult:
        """Import one file into a claim, or into the Inbox when ``claim_id`` is None;
        raises :class:`EvidenceRejected` and keeps nothing on refusal."""
        self._check_claim(claim_id)
        return self.commit_staged(claim_id, self.stage_file(path), kind, caption, note)

    def stage_file(self, path: str | Path) -> StagedFile:
        """Steps 1-2 of an import: copy, hash and inspect ``path`` into a temp file.

        Touches files only, never the database, so a GUI runs it in a worker thread
        and commits the result on the thread that opened the folder (:meth:`commit_staged`).
        Raises :class:`EvidenceRejected` and keeps nothing on refusal.
        """
        path = Path(path)
        label = self._check_source(path)
        name = display_name(path)
        try:
            tmp, sha, size = self._copy_to_temp(path, label)
        except NoSpaceLeft:
            raise
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
        return StagedFile(label, name, tmp, sha, size, facts)

    def commit_staged(self, claim_id: int | None, staged: StagedFile,
                      kind: EvidenceKind | None = None, caption: str = "", note: str = ""
                      ) -> ImportResult:
        """Steps 3-4 of an import (the folder's thread): store a staged file as evidence
        (the same bytes already in the claim, or in the Inbox for None, are kept once),
        its e-mail parts too."""
        try:
            self._check_claim(claim_id)
            existing = self._find(claim_id, staged.sha256)
        except BaseException:
            staged.discard()
            raise
        if existing is not None:
            staged.discard()
            return ImportResult(staged.label, [existing], duplicate=True)
        facts = staged.facts
        ev = self._store(claim_id, staged.tmp, staged.sha256, staged.size, staged.name, facts,
                         kind or facts.default_kind, caption, note, source="import")
        result = ImportResult(staged.label, [ev])
        if facts.email:
            if claim_id is None:
                # A contact belongs to a claim: the e-mail's attachments and its contact
                # are made when it is filed (core/inbox.py), from the stored original.
                result.warnings.append(INBOX_EMAIL_NOTE)
            else:
                from .mail_import import import_mail_parts

                import_mail_parts(self, claim_id, ev, result)
        return result

    def import_email_contents(self, ev: Evidence, result: ImportResult) -> None:
        """The attachments and the contact of stored e-mail ``ev``, in its claim (filing)."""
        facts = inspect(self.file_path(ev), ev.original_name, ev.original_name)
        if facts.email:
            from .mail_import import import_mail_parts

            import_mail_parts(self, ev.claim_id, ev, result)

    def import_files(self, claim_id: int | None, paths, kind: EvidenceKind | None = None,
                     caption: str = "") -> list[ImportResult]:
        """Import a batch: each file on its own, a refusal does not stop the rest.

        A full disk does: the file being copied and the ones after it are reported as
        not imported (nothing half-stored), the ones before stay.
        """
        results = []
        paths = list(paths)
        for n, p in enumerate(paths):
            try:
                results.append(self.import_file(claim_id, p, kind, caption))
            except EvidenceRejected as exc:
                results.append(ImportResult(exc.path, error=exc.reason))
            except NoSpaceLeft as exc:
                results.append(ImportResult(str(p), error=str(exc)))
                results += [ImportResult(str(q), error="not imported: the disk is full")
                            for q in paths[n + 1:]]
                break
        return results


    def add_bytes(self, claim_id: int | None, data: bytes, original_name: str,
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
        return self.add_chunks(claim_id, (data,), original_name, kind, caption, note,
                               captured_at, zone, metadata, source, parent_sha256, facts,
                               event_data)

    def add_chunks(self, claim_id: int | None, chunks: Iterable[bytes], original_name: str,
                   kind: EvidenceKind = EvidenceKind.OTHER, caption: str = "",
                   note: str = "", captured_at: datetime | None = None,
                   zone: str | None = None, metadata: dict | None = None,
                   source: str = "email_attachment", parent_sha256: str = "",
                   facts: FileFacts | None = None,
                   event_data: dict | None = None) -> Evidence:
        """:meth:`add_bytes` for content that arrives in pieces (a large attachment)."""
        self._check_claim(claim_id)
        tmp, sha, size = self._chunks_to_temp(chunks, original_name)
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
            eid = sqlwrite.insert(self.db, "evidence", to_row(ev))  # no sqlite-utils: capture
            self.db.execute("delete from pending_files where path = ?", [rel])
            self.folder.log("import" if source != "capture" else "capture", "evidence", eid,
                            claim_id, {"sha256": sha, "name": name, "kind": kind.value,
                                       "size": size, "source": source, **(event_data or {})})
        return self.get(eid)

    # -- reading and editing -------------------------------------------------
    def _find(self, claim_id: int | None, sha: str) -> Evidence | None:
        """The item with these bytes already in the claim (or in the Inbox for None)."""
        rows = list(self.db.query(
            "select * from evidence where claim_id is ? and sha256 = ? order by id limit 1",
            [claim_id, sha]))
        return from_row(Evidence, rows[0]) if rows else None

    def find(self, claim_id: int | None, sha: str) -> Evidence | None:
        """The item holding these bytes in a claim (or in the Inbox for None), if any."""
        return self._find(claim_id, sha)

    def get(self, evidence_id: int, claim_id: int | None = None) -> Evidence:
        rows = list(self.db.query("select * from evidence where id = ?", [evidence_id]))
        if not rows or (claim_id is not None and rows[0]["claim_id"] != claim_id):
            where = f" in claim {claim_id}" if claim_id is not None else ""
            raise NotFound(f"no evidence with id {evidence_id}{where}")
        return from_row(Evidence, rows[0])

    def list(self, claim_id: int) -> list[Evidence]:
        return [from_row(Evidence, r) for r in self.db.query(
            "select * from evidence where claim_id = ? order by captured_at, id", [claim_id])]

    def inbox(self) -> list[Evidence]:
        """Evidence captured or imported with no claim, oldest first (core/inbox.py)."""
        return [from_row(Evidence, r) for r in self.db.query(
            "select * from evidence where claim_id is null order by captured_at, id")]

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
        """The stored file; refuses a recorded path that is not the item's content
        address (an edited database must not make BonusDesk read other files)."""
        if not is_content_address(ev.path, ev.sha256):
            raise FolderDamaged(self.folder.path, f"evidence {ev.id} is recorded at "
                                f"{ev.path!r}, not at the path its SHA-256 gives")
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
