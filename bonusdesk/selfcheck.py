"""Self-check of an installed BonusDesk: ``bonusdesk --self-check``.

Exercises what a player's first session needs, in a throw-away folder, without Qt and
without a display: create a claim folder, store one evidence item, verify it, check the
folder's integrity, compute deadlines from the shipped rules file, export the claim as a PDF
and read it back, redact a picture and read the text left in it (OCR). Installers run it
on the built bundle (packaging/build.py) to catch a missing module, library or resource
before a player does.

Each step prints ``ok   <step>: <detail>`` or ``FAIL <step>: <reason>``; the first failure
stops the check. :func:`run_self_check` returns the process exit code (0 = all passed).
"""

from __future__ import annotations

import importlib.util
import io
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bonusdesk import APP_NAME, __version__

Out = Callable[[str], object]


@dataclass
class _Context:
    """What the steps hand to each other."""

    workdir: Path
    folder: object = None  # bonusdesk.core.folder.ClaimFolder, imported lazily
    claim_id: int = 0
    evidence: list = field(default_factory=list)


def _sample_png() -> bytes:
    """A small real PNG with a few colours, like a screenshot would be."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 200), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 300, 60), fill=(200, 30, 30))
    draw.text((30, 90), "BonusDesk self-check BNS-402", fill=(0, 0, 0))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _step_folder(ctx: _Context) -> str:
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Category, Claim, Platform, PlatformKind

    ctx.folder = ClaimFolder.create(ctx.workdir / "claims")
    platform = ctx.folder.claims.add_platform(
        Platform("Self-check casino", kind=PlatformKind.CASINO, window_hours=24))
    claim = ctx.folder.claims.create(Claim(
        title="Self-check claim", platform_id=platform.id,
        incident_at=datetime.now(UTC), incident_zone="UTC",
        category=Category.BONUS_NOT_CREDITED, error_code="BNS-402"))
    ctx.claim_id = claim.id
    return f"created {ctx.folder.path} with claim {claim.id}"


def _step_evidence(ctx: _Context) -> str:
    data = _sample_png()
    ev = ctx.folder.evidence.add_bytes(ctx.claim_id, data, "self-check.png",
                                       caption="self-check screenshot")
    problem = ctx.folder.evidence.check(ev)
    if problem:
        raise RuntimeError(f"evidence {ev.id} is {problem} right after it was written")
    if ctx.folder.evidence.file_path(ev).read_bytes() != data:
        raise RuntimeError(f"evidence {ev.id} does not read back as the bytes written")
    ctx.evidence.append(ev)
    return f"stored and re-read evidence {ev.id} ({ev.size} bytes, sha256 {ev.sha256[:12]}…)"


def _step_verify(ctx: _Context) -> str:
    from bonusdesk.core.integrity import verify

    report = verify(ctx.folder)
    if not report.ok:
        raise RuntimeError("; ".join(p.message for p in report.problems))
    return f"{report.files_checked} file(s) and {report.events_checked} event(s) intact"


def _step_deadlines(ctx: _Context) -> str:
    # Reads resources/rules/: proves the data files made it into the bundle.
    from bonusdesk.core.deadlines import claim_deadlines
    from bonusdesk.core.rules import load_rules

    book = load_rules()
    deadlines = claim_deadlines(ctx.folder, ctx.claim_id, rules=book)
    if not deadlines:
        raise RuntimeError("no deadline computed for a claim with a reporting window")
    return f"{len(deadlines)} deadline(s) from {len(book.sets)} rule set(s) in {book.source}"


def _step_export(ctx: _Context) -> str:
    # Needs reportlab, pypdf and the fonts in resources/fonts: all must be in the bundle.
    import hashlib

    from pypdf import PdfReader

    from bonusdesk.export import ExportOptions, export_claim

    out_dir = ctx.workdir / "export"
    out_dir.mkdir()
    out = out_dir / "self-check.pdf"
    result = export_claim(ctx.folder, ctx.claim_id, out, ExportOptions(lang="fr"))
    data = out.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise RuntimeError(f"{out.name} is not a PDF")
    if hashlib.sha256(data).hexdigest() != result.sha256:
        raise RuntimeError(f"{out.name} does not match the SHA-256 the export reported")
    pages = len(PdfReader(out).pages)
    if pages != result.pages or pages < 1:
        raise RuntimeError(f"{out.name} has {pages} page(s), the export reported {result.pages}")
    return f"{out.name}: {pages} page(s), {result.size} bytes, read back intact"


def _step_pdf_pages(ctx: _Context) -> str:
    # Needs pypdfium2's libpdfium (the evidence viewer's pages and the PDF thumbnails).
    from bonusdesk.core.pdf_pages import render_page

    out = ctx.workdir / "export" / "self-check.pdf"
    page = render_page(out, 0, 400, 400)
    dark = sum(1 for i in range(0, len(page.rgb), 3) if page.rgb[i] < 128)
    if dark == 0:
        raise RuntimeError(f"the first page of {out.name} came out blank")
    return f"page 1 of {page.pages} drawn at {page.width} x {page.height}, {dark} dark pixels"


def _step_redact_and_read(ctx: _Context) -> str:
    # Needs tesserocr's bundled libtesseract and the bundled language data.
    from PIL import Image, ImageDraw

    from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
    from bonusdesk.core.derivative import make_derivative
    from bonusdesk.core.ocr_store import read_text
    from bonusdesk.core.stamp import truetype_font

    image = Image.new("RGB", (900, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font, _ = truetype_font(32)
    draw.text((20, 30), "Code d'erreur : BNS-402", font=font, fill=(0, 0, 0))
    draw.text((20, 120), "IBAN FR76 3000 6000 0112", font=font, fill=(0, 0, 0))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    ev = ctx.folder.evidence.add_bytes(ctx.claim_id, buf.getvalue(), "self-check-text.png")
    copy = make_derivative(ctx.folder, ev.id, OperationList(
        [Operation(OpKind.REDACT, Box(0, 100, 900, 100))]))
    result, _ = read_text(ctx.folder, copy.id)
    if "BNS-402" not in result.text:
        raise RuntimeError(f"OCR did not read BNS-402 (read {result.text!r})")
    if "FR76" in result.text:
        raise RuntimeError("the redacted line is still readable")
    return f"redacted copy {copy.id} read by {result.version} ({result.languages})"


def _step_diagnostics(_ctx: _Context) -> str:
    """"Copy diagnostics" names the Qt the app runs on (a bundle must carry PySide6's
    package metadata for that: Qt itself is never imported by the core)."""
    from bonusdesk.core.diagnostics import NO_QT, collect

    info = collect(log_lines=0)
    if importlib.util.find_spec("PySide6") is not None and info["qt"] == NO_QT:
        raise RuntimeError("PySide6 is here but its version is unknown: its package "
                           "metadata is missing (packaging/bonusdesk.spec copy_metadata)")
    return f"{info['app']}, {info['qt']}, zone {info['time_zone']}"


STEPS: list[tuple[str, Callable[[_Context], str]]] = [
    ("claim folder", _step_folder),
    ("evidence", _step_evidence),
    ("integrity", _step_verify),
    ("deadlines", _step_deadlines),
    ("PDF export", _step_export),
    ("PDF pages", _step_pdf_pages),
    ("redaction and OCR", _step_redact_and_read),
    ("diagnostics", _step_diagnostics),
]


def result_file() -> Path:
    """Where the last self-check's result is kept: the windowed Windows and macOS apps have
    no console to print to."""
    from bonusdesk.core.applog import log_dir

    return log_dir() / "self-check.txt"


def run_self_check(out: Out = print, workdir: Path | None = None) -> int:
    """Run every step in a temporary folder (under ``workdir`` if given); 0 when all pass.

    Nothing is left behind: the temporary folder is removed whatever happens. Every line
    also goes to :func:`result_file`, written once the check ends.
    """
    lines: list[str] = []

    def both(line: str) -> None:
        lines.append(line)
        out(line)

    try:
        return _run_steps(both, workdir)
    finally:
        _write_result(lines, out)


def _write_result(lines: list[str], out: Out) -> None:
    from bonusdesk.core.atomicfile import write_atomic

    path = result_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError as exc:
        out(f"note: could not write {path}: {exc}")


def _run_steps(out: Out, workdir: Path | None) -> int:
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    out(f"{APP_NAME} {__version__} self-check{frozen}, Python {sys.version.split()[0]}")
    out(f"result also written to {result_file()}")
    with tempfile.TemporaryDirectory(prefix="bonusdesk-selfcheck-", dir=workdir) as tmp:
        ctx = _Context(Path(tmp))
        try:
            for name, step in STEPS:
                try:
                    detail = step(ctx)
                except Exception as exc:  # report any failure as a line, not a traceback
                    out(f"FAIL {name}: {type(exc).__name__}: {exc}")
                    out(traceback.format_exc().rstrip())
                    return 1
                out(f"ok   {name}: {detail}")
        finally:
            if ctx.folder is not None:
                ctx.folder.close()
    out("self-check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_self_check())
