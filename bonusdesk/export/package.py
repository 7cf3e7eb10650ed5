"""Export a claim: the PDF package (and optionally the ZIP bundle), atomically.

The CLI calls :func:`export_claim`. The GUI export dialog splits it, because a
ClaimFolder's database connection belongs to the thread that opened it::

    job = prepare_export(folder, claim_id, Path("claim.pdf"), ExportOptions(lang="fr"))
    result = job.run(progress=lambda done, total, msg: ..., cancel=threading.Event())
    record_export(folder, job, result)          # back in the GUI thread

Nothing appears at the target paths until everything is written and fsynced; a crash,
a kill or a cancel leaves them as they were.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from ..core import anchors, scratch
from ..core.atomicfile import part_file, publish
from ..core.errors import BadInput, NoSpaceLeft
from ..core.evidence import sha256_file
from ..core.faults import disk_full, is_disk_full
from ..core.folder import EXPORT_SCRATCH, ClaimFolder
from ..core.outpaths import check_outputs
from ..core.report_text import LANGUAGES
from .bundle import write_bundle
from .collect import EvidenceCheck, ExportData, collect
from .images import FLOOR, LEVELS, ImagePreparer, estimate_levels
from .labels import deadline_label
from .options import (
    CancelFlag,
    DeadlineRow,
    ExportCancelled,
    ExportOptions,
    ExportResult,
    ExportTooLarge,
    ProgressCallback,
    cancel_requested,
)
from .pdf import needs_pypdf, render_pdf, work_units

FIXED_OVERHEAD = 400_000  # fonts, text pages, structure: generous for a big claim
# Scratch (re-encoded screenshots, the measuring pass) lives in the claim folder's
# cache/export/ (cleaned at the next open after a kill), or beside the target when the
# folder is read-only (cleaned by the next export there): never in $TMPDIR.
SCRATCH_PREFIX = ".bonusdesk-export-"


def _validate(folder: ClaimFolder, out: Path, options: ExportOptions) -> None:
    if options.lang not in LANGUAGES:
        raise BadInput(f"unknown language {options.lang!r}; choose one of: "
                       + ", ".join(LANGUAGES))
    if options.max_mb is not None and options.max_mb <= 0:
        raise BadInput(f"size limit must be a positive number of MB, not {options.max_mb}")
    check_outputs({"PDF": out, "ZIP bundle": options.bundle}, folder.path)
    if options.password is not None and not options.password:
        raise BadInput("the password is empty")


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _first_level(data: ExportData, workdir: Path, check_cancel) -> int:
    """The first size level worth rendering: estimated from a few encoded samples.

    Rendering is the expensive part (every screenshot re-encoded), so trying levels
    one after the other would multiply the export time. The samples' copies are kept
    and reused by the level chosen.
    """
    limit = data.options.max_mb
    if limit is None:
        return 0
    limit_bytes = limit * 1024 * 1024
    images = [i for i in data.evidence if i.ev.is_image]
    others = sum(i.ev.size for i in data.evidence if not i.ev.is_image)
    # Originals that would not fit were moved to the bundle by prepare_export.
    attached = sum(i.ev.size for i in data.evidence) if data.options.attachments else 0
    fixed = others + attached + FIXED_OVERHEAD
    if fixed + sum(i.ev.size for i in images) <= limit_bytes * 0.95:
        return 0  # fits as captured: nothing to encode
    projected = [fixed + n for n in estimate_levels(images, workdir, check_cancel)]
    for level, size in enumerate(projected):
        if size <= limit_bytes * 0.95:  # margin: the estimate comes from samples
            return level
    if data.options.strict_limit and projected[FLOOR] > limit_bytes * 1.15:
        raise too_large(data, projected[FLOOR], estimated=True)
    return FLOOR


def too_large(data: ExportData, smallest: int, estimated: bool = False) -> ExportTooLarge:
    """The refusal of a strict limit, with the smallest readable size it could make."""
    limit = data.options.max_mb
    about = "about " if estimated else ""
    if not any(i.ev.is_image for i in data.evidence):
        return ExportTooLarge(
            f"the package is {about}{smallest / 1048576:.1f} MB, more than the {limit:g} MB "
            "limit: choose fewer evidence items, leave the attachments out, or raise the limit")
    return ExportTooLarge(
        f"the smallest readable package is {about}{smallest / 1048576:.1f} MB, more than the "
        f"{limit:g} MB limit (screenshots at the readability floor: "
        f"{ImagePreparer(FLOOR, Path()).describe_level()}; smaller would make their text "
        "unreadable): raise the limit, choose fewer evidence items, or leave the attachments "
        "out")


def over_limit_note(data: ExportData, size: int) -> str:
    return (f"the PDF is {size / 1048576:.1f} MB, over the {data.options.max_mb:g} MB limit: "
            "its screenshots are at the readability floor "
            f"({ImagePreparer(FLOOR, Path()).describe_level()}) and smaller would make their "
            "text unreadable; send it by a file-transfer service or choose fewer evidence items")


@dataclass
class ExportJob:
    """A prepared export. :meth:`run` reads no database: run it in a worker thread."""

    claim_id: int
    out: Path
    options: ExportOptions
    data: ExportData
    scratch_base: Path | None = None  # None: beside the PDF

    def run(self, progress: ProgressCallback | None = None,
            cancel: CancelFlag | None = None) -> ExportResult:
        """Check the evidence files, write the PDF (and bundle) atomically; see export_claim."""
        return _run(self, progress, cancel)


def prepare_export(folder: ClaimFolder, claim_id: int, out: Path | str,
                   options: ExportOptions | None = None) -> ExportJob:
    """Validate the options and read the claim (in the thread that opened ``folder``)."""
    options = options or ExportOptions()
    if options.bundle is not None:
        options = dataclasses.replace(options, bundle=Path(options.bundle))
    out = Path(os.path.abspath(Path(out).expanduser()))
    if options.bundle is not None:
        options = dataclasses.replace(options, bundle=Path(os.path.abspath(options.bundle)))
    _validate(folder, out, options)
    if options.deadlines is None:
        options = dataclasses.replace(options, deadlines=deadline_rows(folder, claim_id,
                                                                       options.lang))
    data = collect(folder, claim_id, options)
    options = _originals_to_bundle(folder, data, out)
    _add_escalation_facts(folder, data)
    base = folder.cache_dir / EXPORT_SCRATCH if folder.writable else None
    return ExportJob(claim_id, out, options, data, base)


def bundle_beside(out: Path) -> Path:
    """Where the bundle goes when the export makes one by itself: ``x.pdf`` -> ``x.zip``."""
    return out.with_suffix(".zip")


def _originals_to_bundle(folder: ClaimFolder, data: ExportData, out: Path) -> ExportOptions:
    """When the originals alone would break the size limit, move them to the ZIP bundle.

    A claim with ~35 full-HD screenshots has more than 20 MB of originals: refusing the
    default export would leave a stressed player with nothing to send. The PDF then keeps
    re-encoded page images within the limit, and the originals go byte for byte into the
    bundle (the one asked for, else one made next to the PDF), tied to the PDF's index by
    their SHA-256 and SHA256SUMS. Returns the options the export runs with.
    """
    options = data.options
    if not options.attachments or options.max_mb is None:
        return options
    attached = sum(i.ev.size for i in data.evidence)
    if attached + FIXED_OVERHEAD <= options.max_mb * 1024 * 1024:
        return options
    bundle = options.bundle or bundle_beside(out)
    if options.bundle is None:  # the same checks as an asked-for bundle, before any write
        check_outputs({"PDF": out, "ZIP bundle": bundle}, folder.path)
    options = dataclasses.replace(options, attachments=False, bundle=bundle)
    if not data.event_excerpt:  # collect reads it only for an asked-for bundle
        from ..core import events

        data.event_excerpt = list(events.excerpt(folder.db, data.claim.id,
                                                 data.event_head[0]))
    data.options = options
    data.originals_bundle = bundle.name
    return options


def originals_note(data: ExportData, bundle: Path) -> str:
    """What the CLI and the app say when the originals went to the bundle (English)."""
    size = sum(i.ev.size for i in data.evidence) / 1048576
    count = len(data.evidence)
    return (f"the {count} original file{'s' if count > 1 else ''} ({size:.1f} MB) would not "
            f"fit the {data.options.max_mb:g} MB limit as PDF attachments: the PDF shows the "
            f"pages within the limit and says so on its summary page; the originals are in "
            f"the ZIP bundle {bundle} with SHA256SUMS (send both files)")


def _add_escalation_facts(folder: ClaimFolder, data: ExportData) -> None:
    """Summary warnings, and for a recipient's package what its pages show (issue 12)."""
    from ..core.alerts import claim_alerts
    from .referral_pages import referral_pack

    data.alerts = [a.text_in(data.options.lang) for a in claim_alerts(folder, data.claim.id)]
    if data.options.recipient:
        data.referral = referral_pack(folder, data)


def deadline_rows(folder: ClaimFolder, claim_id: int, lang: str) -> list[DeadlineRow]:
    """The claim's deadlines as the summary shows them: label, due time, state."""
    from ..core.deadlines import claim_deadlines

    return [DeadlineRow(deadline_label(d, lang), d.due_at, d.state.value, d.zone, d.party,
                        d.done_at)
            for d in claim_deadlines(folder, claim_id)]


def record_export(folder: ClaimFolder, job: ExportJob, result: ExportResult) -> None:
    """Log the finished export in the claim's event chain and the folder's export log,
    with the PDF's SHA-256 and the chain head printed in it (its anchor).

    A read-only folder cannot record it: the export stands, ``result.warnings`` says so.
    """
    options = job.options
    if not folder.writable:
        result.warnings.append(
            "this export is not recorded in the claim folder, which is read-only "
            f"({folder.read_only_reason or 'opened for reading only'})")
        return
    anchor = anchors.Anchor(*job.data.event_head)
    with folder.transaction():
        anchors.record_export(folder, job.claim_id, anchor, result.pdf.name, result.sha256,
                              options.bundle.name if options.bundle else None,
                              result.bundle_sha256 or None)
        folder.log("export", "claim", job.claim_id, job.claim_id, {
            "anchor": str(anchor),
            "sha256": result.sha256, "file": result.pdf.name, "size": result.size,
            "pages": result.pages, "evidence": result.evidence_ids,
            "image_mode": result.image_mode, "language": options.lang,
            "attachments": options.attachments,
            "originals_in_bundle": bool(job.data.originals_bundle),
            "encrypted": options.password is not None,
            "bundle": options.bundle.name if options.bundle else None,
            "bundle_sha256": result.bundle_sha256 or None})


def export_claim(folder: ClaimFolder, claim_id: int, out: Path | str,
                 options: ExportOptions | None = None,
                 progress: ProgressCallback | None = None,
                 cancel: CancelFlag | None = None) -> ExportResult:
    """Export ``claim_id`` to the PDF ``out`` (and ``options.bundle``), in this thread.

    Raises EvidenceProblem (missing/altered file), ExportTooLarge, ExportCancelled,
    BadInput or NotFound; in every case nothing is left at the target paths and no
    event is logged. The GUI uses the three steps separately (prepare_export in the GUI
    thread, ExportJob.run in a worker, record_export back in the GUI thread) because a
    ClaimFolder's database connection belongs to the thread that opened it.
    """
    job = prepare_export(folder, claim_id, out, options)
    result = job.run(progress, cancel)
    record_export(folder, job, result)
    return result


def _run(job: ExportJob, progress: ProgressCallback | None,
         cancel: CancelFlag | None) -> ExportResult:
    try:
        return _write(job, progress, cancel)
    except NoSpaceLeft:
        raise
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(exc.filename or job.out, "writing the export") from None
        raise


def _scratch(job: ExportJob):
    if job.scratch_base is not None:
        return scratch.work_dir(job.scratch_base, "")
    scratch.clean_stale(job.out.parent, SCRATCH_PREFIX + "*")
    return scratch.work_dir(job.out.parent, SCRATCH_PREFIX)


def _write(job: ExportJob, progress: ProgressCallback | None,
           cancel: CancelFlag | None) -> ExportResult:
    data, out, options = job.data, job.out, job.options
    total = work_units(data)
    done = 0

    def check_cancel() -> None:
        if cancel_requested(cancel):
            raise ExportCancelled()

    def tick(message: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done, total), total, message)

    if progress:
        progress(0, total, "checking the evidence files")
    check = EvidenceCheck(data.evidence + (data.withheld if options.bundle
                                           and options.bundle_originals else []))
    try:
        part, hold = part_file(out)
    except BaseException:
        check.verdict()
        raise
    try:
        bundle_part, bundle_hold = (part_file(options.bundle) if options.bundle
                                    else (None, None))
    except BaseException:
        hold.release()
        part.unlink(missing_ok=True)
        check.verdict()
        raise
    limit = options.max_mb * 1024 * 1024 if options.max_mb else None
    try:
        with _scratch(job) as work, check:
            level = _first_level(data, Path(work), check_cancel)
            if level or needs_pypdf(data):
                # The PDF will not copy the originals whole: check them beside the work.
                check.start()
            while True:
                check_cancel()
                pages, failed, sha = render_pdf(data, part, Path(work), level, tick,
                                                check_cancel, check.known)
                size = part.stat().st_size
                if limit is None or size <= limit:
                    break
                if level >= FLOOR:  # never below the readability floor
                    if options.strict_limit:
                        raise too_large(data, size)
                    break
                level += 1
                done = 0
                if progress:
                    progress(0, total, f"re-encoding screenshots to fit under "
                                       f"{options.max_mb:g} MB")
            check.verdict()  # before the originals are copied into the bundle
            bundle_sha = ""
            if bundle_part is not None:
                write_bundle(data, bundle_part, part, out.name, sha, check_cancel)
                _fsync_file(bundle_part)
                bundle_sha = sha256_file(bundle_part)
        check_cancel()
        publish(part, out, hold)
        if bundle_part is not None:
            publish(bundle_part, options.bundle, bundle_hold)
    except BaseException:
        part.unlink(missing_ok=True)
        if bundle_part is not None:
            bundle_part.unlink(missing_ok=True)
        raise
    finally:
        hold.release()
        if bundle_hold is not None:
            bundle_hold.release()
    if progress:
        progress(total, total, "done")
    over = limit is not None and size > limit
    by_number = {i.n: i for i in data.evidence}
    not_drawn = [(n, by_number[n].ev.id, by_number[n].ev.original_name, why)
                 for n, why in failed.items()]
    return ExportResult(pdf=out, sha256=sha, size=size, pages=pages,
                        evidence_ids=[i.ev.id for i in data.evidence],
                        image_mode=LEVELS[level][0], bundle=options.bundle,
                        bundle_sha256=bundle_sha, not_drawn=not_drawn,
                        warnings=[not_drawn_summary(not_drawn)] if not_drawn else [],
                        originals_in_bundle=bool(data.originals_bundle),
                        notes=([originals_note(data, options.bundle)]
                               if data.originals_bundle else [])
                        + ([over_limit_note(data, size)] if over else []),
                        over_limit=over)


def not_drawn_summary(not_drawn: list[tuple[int, int, str, str]]) -> str:
    """"1 item could not be drawn: #12 (reason)" for the CLI and the app's dialog."""
    items = "; ".join(f"#{n} {name} ({why})" for n, _, name, why in not_drawn)
    count = len(not_drawn)
    return (f"{count} item{'s' if count > 1 else ''} could not be drawn: {items}. "
            f"{'Each is' if count > 1 else 'It is'} shown on a page that says why and "
            "still attached with its SHA-256.")
