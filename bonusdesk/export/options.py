"""What an export is asked to do, what it returns, and how it reports progress.

The GUI export dialog and the CLI both fill an :class:`ExportOptions` and call
:func:`bonusdesk.export.package.export_claim`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core.errors import BonusDeskError

# progress(done, total, message): called from the exporting thread, often (once per page).
ProgressCallback = Callable[[int, int, str], None]
# Either a threading.Event (set it to cancel) or a callable returning True to cancel.
CancelFlag = threading.Event | Callable[[], bool]

DEFAULT_MAX_MB = 20.0


@dataclass(frozen=True)
class DeadlineRow:
    """One line of the summary's deadline table (rules live in core.deadlines)."""

    label: str
    due: datetime
    state: str  # e.g. "met", "missed", "open", "due_soon"; shown translated when known
    zone: str = ""  # zone to show ``due`` in; "" = the claim's incident zone
    party: str = "you"  # "you" must act, or "operator" must answer: picks the state words
    done_at: datetime | None = None  # what met the deadline (or came too late)


@dataclass
class ExportOptions:
    lang: str = "en"  # "en" or "fr": complaint text and every heading
    evidence_ids: list[int] | None = None  # None = every evidence item of the claim
    max_mb: float | None = DEFAULT_MAX_MB  # None = no size limit
    attachments: bool = True  # embed the original files as PDF attachments
    password: str | None = None  # AES-256 via pypdf when set
    author: str = ""  # the user's name: PDF author and signature of the complaint
    bundle: Path | None = None  # also write a verifiable ZIP here
    deadlines: list[DeadlineRow] | None = None  # from core.deadlines, wired by the caller
    # A recipient id ("fr-mediateur-jeux"): the package for that body, with its own
    # summary page, completeness checklist and the referral letter (export/referral_pages).
    recipient: str | None = None
    # That package's referral letter as the player edited it in the app (subject on the
    # first line, then the body); None: the letter written from the claim.
    referral_letter: str | None = None
    # Images that have a redacted copy: original evidence id -> "redacted" (the default:
    # only the copy is shown, attached and bundled), "original" or "both".
    versions: dict[int, str] = field(default_factory=dict)
    # Also put the originals that the package shows redacted into the ZIP (never the PDF).
    bundle_originals: bool = False


@dataclass
class ExportResult:
    pdf: Path
    sha256: str
    size: int
    pages: int
    evidence_ids: list[int]
    image_mode: str  # "original", or how screenshots were re-encoded to fit max_mb
    bundle: Path | None = None
    bundle_sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    # Items shown on a page that says they could not be drawn (still attached and in the
    # bundle with their SHA-256): (number in the package, evidence id, original name, why).
    not_drawn: list[tuple[int, int, str, str]] = field(default_factory=list)


class ExportError(BonusDeskError):
    """The export could not be made; nothing was written at the target."""


class ExportCancelled(ExportError):
    # reportlab re-raises exceptions from inside a build as type(exc)(annotated message):
    # accept and drop that message so the user sees ours.
    def __init__(self, *_reportlab_annotation) -> None:
        super().__init__("export cancelled; nothing was written")


class EvidenceProblem(ExportError):
    """Evidence to export is missing or altered on disk."""

    def __init__(self, problems: list[tuple[int, int, str, str]]):
        # (number in the package, evidence id, original name, "missing"|"altered")
        self.problems = problems
        items = "; ".join(f"#{n} {name} (evidence id {eid}) is {why}"
                          for n, eid, name, why in problems)
        super().__init__(
            f"export stopped: {items}. Its file no longer matches what was imported; "
            "restore the file, or leave it out with --only / the evidence choice")


class ExportTooLarge(ExportError):
    pass


def cancel_requested(cancel: CancelFlag | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())
