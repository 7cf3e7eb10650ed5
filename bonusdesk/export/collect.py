"""Gather everything a package shows and check the evidence files.

The chronology comes from ``core.timeline`` and the letter from ``core.report_text``,
the same builders the app uses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core import events
from ..core.errors import FolderDamaged, NotFound
from ..core.evidence import sha256_file
from ..core.folder import ClaimFolder
from ..core.mail import MAIL_MIMES
from ..core.model import (
    ChecklistItem,
    Claim,
    Contact,
    Evidence,
    Platform,
    StatusChange,
)
from ..core.profile import PlayerProfile
from ..core.profile import load as load_profile
from ..core.report_text import Letter, letter
from ..core.timeline import Timeline, claim_timeline
from ..core.timeutil import local_zone_name, now_utc
from .options import EvidenceProblem, ExportCancelled, ExportOptions
from .versions import choose as choose_versions


@dataclass
class Numbered:
    """An evidence item with its number in this package (1, 2, ...)."""

    n: int
    ev: Evidence
    path: str  # absolute path of the stored original
    file_name: str  # "03-screenshot-error_page.png": in the bundle and as attachment


@dataclass
class ExportData:
    claim: Claim
    platform: Platform
    evidence: list[Numbered]
    contacts: list[Contact]
    checklist: list[ChecklistItem]
    history: list[StatusChange]
    timeline: Timeline
    event_head: tuple[int, str]
    user_zone: str
    options: ExportOptions
    letter: Letter
    player: PlayerProfile
    made_at: datetime  # the package's date: the letter's date and "generated on"
    # The claim's history from its first event to event_head (others redacted):
    # the bundle's event-log.jsonl, checked by ``bonusdesk-cli verify-bundle``.
    event_excerpt: list[dict] = field(default_factory=list)
    number_of: dict[int, int] = field(default_factory=dict)  # evidence id -> number
    alerts: list[str] = field(default_factory=list)  # summary-page warnings (core.readiness)
    referral: object | None = None  # referral_pages.ReferralPack for a recipient's package
    shown_as: dict[int, str] = field(default_factory=dict)  # number -> "JPEG 1280×720, q70"
    # SHA-256 of a password-protected PDF -> number of its decrypted copy in this package
    decrypted_copy: dict[str, int] = field(default_factory=dict)
    # Originals shown only as their redacted copy (numbered as the copy): in the ZIP only
    # when options.bundle_originals; never in the PDF. See export/versions.py.
    withheld: list[Numbered] = field(default_factory=list)
    parent_of: dict[int, Evidence] = field(default_factory=dict)  # derivative id -> parent
    # File name of the ZIP bundle holding the originals when they do not fit the PDF's size
    # limit (package.py decides; the summary page and the index say so); "" otherwise.
    originals_bundle: str = ""


# Enough transliteration for Greek and Cyrillic names to stay recognisable in ASCII.
_TRANSLIT = str.maketrans({
    **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdezijklmnoprstufhcye", strict=True)),
    "ё": "e", "ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ъ": "",
    "ь": "", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
    **dict(zip("αβγδεζηικλμνξοπρσςτυφχωάέήίόύώϊϋΐΰ", "avgdeziiklmnxoprsstyfhoaeiioyoiyiy",
               strict=True)),
    "θ": "th", "ψ": "ps",
})


def safe_file_name(name: str, limit: int = 80) -> str:
    """ASCII-only, no separators or spaces: safe in a ZIP, on Windows and for sha256sum."""
    def clean(part: str) -> str:
        lowered = "".join(c.lower().translate(_TRANSLIT) if not c.isascii() else c for c in part)
        folded = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9._-]+", "_", folded).strip("._-")

    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem, ext = clean(stem) or "file", clean(ext)[:10]
    if not ext:
        return stem[:limit]
    return f"{stem[:limit - len(ext) - 1]}.{ext}"


def select_evidence(folder: ClaimFolder, claim_id: int, ids: list[int] | None) -> list[Evidence]:
    every = folder.evidence.list(claim_id)
    if ids is None:
        return every
    by_id = {ev.id: ev for ev in every}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise NotFound(f"claim {claim_id} has no evidence with id "
                       + ", ".join(str(i) for i in unknown))
    wanted = set(ids)
    return [ev for ev in every if ev.id in wanted]


def check_files(numbered: list[Numbered], known: dict[str, str] | None = None) -> None:
    """Stop the export when a file is missing or no longer matches its SHA-256.

    The same test as ``EvidenceStore.check``, without the database, so it can run in
    the exporting thread. ``known``: digests already taken of whole files (path ->
    SHA-256) while the export read them; those files are not read again.
    """
    from concurrent.futures import ThreadPoolExecutor

    known = known or {}

    def problem(item: Numbered) -> str:
        path = Path(item.path)
        if path.is_symlink():
            return "a link, not the stored file"
        if not path.is_file():
            return "missing"
        digest = known.get(item.path) or sha256_file(path)
        return "altered" if digest != item.ev.sha256 else ""

    # Two threads: hashlib releases the GIL, so hashing a big claim uses both cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = list(pool.map(problem, numbered))
    problems = [(item.n, item.ev.id, item.ev.original_name, why)
                for item, why in zip(numbered, found, strict=True) if why]
    if problems:
        raise EvidenceProblem(problems)


class EvidenceCheck:
    """The evidence check of one export; nothing is published before :meth:`verdict`
    says the files are intact.

    A lossless package copies each screenshot's bytes into the PDF: the writing hashes
    them as it reads them (``known``, filled by splice.py), so the verdict reads only
    the files the PDF did not copy whole. When the screenshots are re-encoded instead,
    :meth:`start` hashes every file in a thread while the package is laid out (hashlib
    releases the GIL, so that takes the other core).

    Used as a context manager around the export's work: an error in that work (say, a
    file that vanished) is reported as the check's EvidenceProblem when the check finds
    one, since that is its cause; a cancel stays a cancel.
    """

    def __init__(self, items: list) -> None:
        self.items = items
        self.known: dict[str, str] = {}
        self._future = None

    def start(self) -> None:
        """Check every file in a thread now, whatever the writing reads later."""
        if self._future is not None:
            return
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-check")
        self._future = pool.submit(check_files, self.items)
        pool.shutdown(wait=False)

    def verdict(self) -> None:
        """Raises EvidenceProblem when a file is missing or altered."""
        if self._future is not None:
            self._future.result()
        else:
            check_files(self.items, self.known)

    def __enter__(self) -> EvidenceCheck:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None and not issubclass(kind, ExportCancelled):
            self.verdict()


def collect(folder: ClaimFolder, claim_id: int, options: ExportOptions) -> ExportData:
    """Everything the package shows, read from the database (call it in the folder's thread)."""
    claim = folder.claims.get(claim_id)
    platform = folder.claims.platform(claim.platform_id)
    every = folder.evidence.list(claim_id)
    versions = choose_versions(every, select_evidence(folder, claim_id, options.evidence_ids),
                               options.versions, options.evidence_ids is not None)
    chosen = versions.shown
    width = max(2, len(str(len(chosen))))
    refused = []

    def stored(n: int, ev: Evidence) -> str:
        try:
            return str(folder.evidence.file_path(ev))
        except FolderDamaged:  # an edited database: never read outside evidence/
            refused.append((n, ev.id, ev.original_name, "recorded outside its content address"))
            return ""

    numbered = [
        Numbered(n, ev, stored(n, ev),
                 f"{n:0{width}d}-{ev.kind.value}-{safe_file_name(ev.original_name)}")
        for n, ev in enumerate(chosen, 1)]
    number_of = {item.ev.id: item.n for item in numbered}
    copy_number = {versions.parents[item.ev.id].id: item.n for item in numbered
                   if item.ev.id in versions.parents}
    withheld = [
        Numbered(copy_number[ev.id], ev, stored(copy_number[ev.id], ev),
                 f"{copy_number[ev.id]:0{width}d}-original-{ev.kind.value}-"
                 f"{safe_file_name(ev.original_name)}")
        for ev in versions.withheld if ev.id in copy_number]
    if refused:
        raise EvidenceProblem(refused)
    now = now_utc()
    player = load_profile(folder)
    head = events.head(folder.db)
    return ExportData(
        claim=claim, platform=platform, evidence=numbered,
        contacts=folder.contacts.list(claim_id),
        checklist=folder.claims.checklist(claim_id),
        history=folder.claims.history(claim_id),
        timeline=claim_timeline(folder, claim_id, evidence=chosen, now=now),
        event_head=head, user_zone=local_zone_name(),
        options=options, number_of=number_of, withheld=withheld,
        parent_of=versions.parents,
        letter=letter(folder, claim_id, options.lang, "letter", now=now, evidence=chosen,
                      fallback_name=options.author),
        player=player, made_at=now,
        decrypted_copy={item.ev.parent_sha256: item.n for item in numbered
                        if item.ev.source == "decrypted" and item.ev.parent_sha256},
        # Only a bundle carries it; read here, in the folder's thread.
        event_excerpt=list(events.excerpt(folder.db, claim_id, head[0]))
        if options.bundle is not None else [])


def is_email(ev: Evidence) -> bool:
    return ev.mime in MAIL_MIMES


def is_pdf(ev: Evidence) -> bool:
    return ev.mime == "application/pdf" and not ev.metadata.get("encrypted")
