"""Render the PDF package: one reportlab pass, written out with the screenshots' data
spliced in (splice.py), or finished by pypdf when evidence PDF pages are merged or a
password is set (post.py).

The numbers known only at the end ("n / N", the page where each evidence item starts,
shown in the index before it) are form XObjects the pages use as they are drawn and
that layout.PackageDoc defines after the last page: the package is laid out once.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from . import scripts
from .collect import ExportData, is_pdf
from .evidence_pages import evidence_story
from .images import ImagePreparer
from .labels import labels
from .layout import PackageDoc, RenderState
from .letter_pages import letter_section, timeline_section
from .options import ExportCancelled
from .pages import (
    appendix_section,
    checklist_section,
    contacts_section,
    index_section,
    summary,
)
from .post import HashingFile, finish
from .referral_pages import referral_story
from .splice import Splicer

# reportlab allocates millions of small objects for a big package (flowables, page
# content, PDF objects); at CPython's default the cyclic collector ran ~200 times in an
# export of 300 screenshots (0.08-0.13 s measured, 0.01-0.03 s at this threshold).
# Objects are still freed as they go (reference counting); only the search for cycles
# runs less often while laying out.
LAYOUT_GC_THRESHOLD = 10_000
_gc_lock = threading.Lock()
_gc_users = 0
_gc_saved: tuple[int, int, int] = (700, 10, 10)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the cyclic collector's first threshold while this block runs (process-wide:
    the app's other threads only see fewer collections); the previous thresholds come
    back when the last such block ends, whatever happened in it."""
    global _gc_users, _gc_saved
    with _gc_lock:
        if _gc_users == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(max(_gc_saved[0], LAYOUT_GC_THRESHOLD), *_gc_saved[1:])
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0:
                gc.set_threshold(*_gc_saved)


def _render(data: ExportData, path: Path | io.BytesIO, preparer: ImagePreparer,
            state: RenderState, image_note: str) -> None:
    t = labels(data.options.lang)
    claim = data.claim
    doc = PackageDoc(path if isinstance(path, io.BytesIO) else str(path), state,
                     lang=data.options.lang, title=claim.title, author=author(data),
                     subject=f"{t['doc_subject']} – {data.platform.name}",
                     keywords=[k for k in (claim.error_code, claim.account_id) if k.strip()])
    if data.referral is not None:  # a recipient's package: its summary, checklist, letter
        opening = referral_story(data)
    else:
        opening = summary(data) + letter_section(data)
    evidence = evidence_story(data, state, preparer)  # first: the index shows its failures
    story = (opening + checklist_section(data)
             + timeline_section(data) + contacts_section(data)
             + index_section(data, state, image_note)
             + evidence + appendix_section(data))
    try:
        with fewer_collections():
            doc.build(story)
    except ExportCancelled:
        raise ExportCancelled() from None  # drop reportlab's annotated traceback


def author(data: ExportData) -> str:
    """The PDF's author: ``--author`` if given, else the player's name from the profile."""
    return data.options.author.strip() or data.player.name


def image_note(data: ExportData, preparer: ImagePreparer) -> str:
    if not preparer.reencodes or not any(i.ev.is_image for i in data.evidence):
        return ""
    t = labels(data.options.lang)
    mb = data.options.max_mb
    where = (t["attached_suffix"] if data.options.attachments
             else t["bundle_suffix"].format(bundle=data.originals_bundle)
             if data.originals_bundle else "")
    return t["reencoded_note"].format(
        mode=preparer.describe_level(data.options.lang), mb=f"{mb:g}" if mb else "?",
        attached=where)


def render_pdf(data: ExportData, out: Path, workdir: Path, level: int,
               tick: Callable[[str], None], check_cancel: Callable[[], None],
               hashes: dict[str, str] | None = None) -> tuple[int, dict[int, str], str]:
    """Write the finished PDF to ``out``; returns its page count, the items that could
    not be drawn ({evidence number: reason}), each shown on a page that says so, and the
    file's SHA-256.

    ``hashes`` receives the SHA-256 of each file whose bytes were copied in whole while
    writing (path -> digest): the evidence check uses them instead of reading the files
    a second time."""
    scripts.language.set(data.options.lang)
    preparer = ImagePreparer(level, workdir)
    data.shown_as = {i.n: preparer.describe(i, data.options.lang)
                     for i in data.evidence if i.ev.is_image}
    note = image_note(data, preparer)
    header = f"BonusDesk – {labels(data.options.lang)['claim_no'].format(id=data.claim.id)}" \
             f" – {data.platform.name}"
    footer = data.claim.title

    def on_page_drawn(n: int) -> None:
        check_cancel()
        tick(f"page {n}")

    preparer.encode_all(data.evidence, check_cancel)
    final = RenderState(header, footer, on_page=on_page_drawn)
    attachments = ([(i.file_name, i.path, i.ev.caption) for i in data.evidence]
                   if data.options.attachments else [])

    def step() -> None:
        check_cancel()
        tick("finishing the PDF")

    if needs_pypdf(data):
        rendered = workdir / "rendered.pdf"
        _render(data, rendered, preparer, final, note)
        failed, sha = finish(rendered, out, final.images, final.pdf_slots, attachments,
                             data.options.password, step,
                             failure_note=labels(data.options.lang)["page_not_drawn"],
                             lang=data.options.lang)
        rendered.unlink(missing_ok=True)
    else:
        final.splicer, final.attachments = Splicer(hashes), attachments
        buffer = io.BytesIO()  # text, fonts and markers only: the data is spliced in
        _render(data, buffer, preparer, final, note)
        failed, sha = {}, _write_spliced(final.splicer, buffer, out, step)
    for n, reason in final.failures.items():
        failed.setdefault(n, reason)
    return final.pages, dict(sorted(failed.items())), sha


def needs_pypdf(data: ExportData) -> bool:
    """Whether post.py must finish the file: it merges evidence PDF pages (copying
    another file's objects) and encrypts; anything else is written in one pass."""
    return data.options.password is not None or any(is_pdf(i.ev) for i in data.evidence)


def _write_spliced(splicer: Splicer, buffer: io.BytesIO, out: Path,
                   step: Callable[[], None]) -> str:
    rendered = buffer.getvalue()
    buffer.close()
    with open(out, "wb") as fh, HashingFile(fh) as hashing:
        splicer.write(rendered, hashing, step)
        fh.flush()
        os.fsync(fh.fileno())
        return hashing.hexdigest()


def work_units(data: ExportData) -> int:
    """How many progress ticks an export makes: pages drawn, then finishing steps."""
    ticks = 8  # text pages, roughly
    for item in data.evidence:
        pages = (item.ev.pages or 1) if is_pdf(item.ev) else 1
        ticks += pages * (2 if is_pdf(item.ev) else 1)  # drawn, then merged
        ticks += 1 if item.ev.is_image else 0  # pass-through images are placed by pypdf
    if data.options.attachments:
        ticks += len(data.evidence)
    return ticks
