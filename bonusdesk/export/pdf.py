"""Render the PDF package: two reportlab passes (measure, then draw) and pypdf finishing.

The first pass draws no image; it only learns the page count and the page where each
evidence item starts, so the second pass can print "n / N" and fill the index.
"""

from __future__ import annotations

from collections.abc import Callable
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
from .post import finish
from .referral_pages import referral_story


def _render(data: ExportData, path: Path, preparer: ImagePreparer, state: RenderState,
            previous: RenderState | None, image_note: str) -> None:
    t = labels(data.options.lang)
    claim = data.claim
    doc = PackageDoc(str(path), state, title=claim.title, author=author(data),
                     subject=f"{t['doc_subject']} – {data.platform.name}",
                     keywords=[k for k in (claim.error_code, claim.account_id) if k.strip()])
    if data.referral is not None:  # a recipient's package: its summary, checklist, letter
        opening = referral_story(data)
    else:
        opening = summary(data) + letter_section(data)
    story = (opening + checklist_section(data)
             + timeline_section(data) + contacts_section(data)
             + index_section(data, state, image_note, previous)
             + evidence_story(data, state, preparer) + appendix_section(data))
    try:
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
    return t["reencoded_note"].format(
        mode=preparer.describe_level(), mb=f"{mb:g}" if mb else "?",
        attached=t["attached_suffix"] if data.options.attachments else "")


def render_pdf(data: ExportData, out: Path, workdir: Path, level: int,
               tick: Callable[[str], None], check_cancel: Callable[[], None]
               ) -> tuple[int, dict[int, str]]:
    """Write the finished PDF to ``out``; returns its page count and the items that could
    not be drawn ({evidence number: reason}), each shown on a page that says so."""
    scripts.language.set(data.options.lang)
    preparer = ImagePreparer(level, workdir)
    data.shown_as = {i.n: preparer.describe(i) for i in data.evidence if i.ev.is_image}
    note = image_note(data, preparer)
    header = f"BonusDesk – {labels(data.options.lang)['claim_no'].format(id=data.claim.id)}" \
             f" – {data.platform.name}"
    footer = data.claim.title

    def on_page(_n: int) -> None:
        check_cancel()

    measure = RenderState(header, footer, dry=True, on_page=on_page)
    _render(data, workdir / "measure.pdf", preparer, measure, None, note)
    check_cancel()

    def on_page_drawn(n: int) -> None:
        check_cancel()
        tick(f"page {n} / {measure.pages}")

    preparer.encode_all(data.evidence, check_cancel)
    final = RenderState(header, footer, total_pages=measure.pages, on_page=on_page_drawn)
    rendered = workdir / "rendered.pdf"
    _render(data, rendered, preparer, final, measure, note)
    if final.pages != measure.pages:  # would make the index and "n / N" wrong
        raise RuntimeError(f"page count changed between passes ({measure.pages} -> "
                           f"{final.pages})")
    attachments = ([(i.file_name, i.path, i.ev.caption) for i in data.evidence]
                   if data.options.attachments else [])

    def step() -> None:
        check_cancel()
        tick("finishing the PDF")

    failed = finish(rendered, out, final.images, final.pdf_slots, attachments,
                    data.options.password, step, lang=data.options.lang,
                    failure_note=labels(data.options.lang)["page_not_drawn"])
    rendered.unlink(missing_ok=True)
    for n, reason in final.failures.items():
        failed.setdefault(n, reason)
    return final.pages, dict(sorted(failed.items()))


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
