"""Check a complaint bundle (ZIP) with no claim folder: what a recipient runs.

``bonusdesk-cli verify-bundle complaint.zip`` checks that

* every file named in SHA256SUMS is in the ZIP with that SHA-256, and nothing else is;
* manifest.json names the PDF and every evidence file with the hashes they really have;
* the event log excerpt (event-log.jsonl) is an intact chain ending at the head the
  manifest and the PDF record, that it records the import of every evidence item, and
  that the claim, evidence, contacts, checklist and status history in the manifest are
  the values its row snapshots say (a database edited before the export shows here);
* every SHA-256 printed in the PDF's evidence index belongs to a file of the bundle,
  and every evidence item of the manifest is in that index.

Files are hashed as they are read from the ZIP, never extracted.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..core import events
from ..core.anchors import Anchor
from ..core.errors import BadInput, UnknownValue
from ..core.model import ChecklistItem, Claim, Contact, Evidence, StatusChange
from ..core.rows import from_row
from .bundle import MANIFEST_FORMAT, _plain
from .labels import LABELS

SUMS = "SHA256SUMS"
MANIFEST = "manifest.json"
_SUM_LINE = re.compile(r"^([0-9a-f]{64})  (\S.*)$")
_HEX64 = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
CHUNK = 1024 * 1024
# Manifest sections whose records must equal the last row snapshot of the event log.
RECORDS = (("claim", "claims", Claim), ("evidence", "evidence", Evidence),
           ("contacts", "contacts", Contact), ("checklist", "checklist", ChecklistItem),
           ("status_history", "status_changes", StatusChange))


@dataclass
class BundleReport:
    path: str
    files_checked: int = 0
    evidence: int = 0
    index_hashes: int = 0
    anchor: str = ""
    excerpt: str = ""  # "12..41", the events the excerpt covers
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    # SHA-256s of evidence the excerpt records as imported or captured (None: no excerpt)
    recorded: set[str] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems


def _sha_member(zf: zipfile.ZipFile, name: str) -> str:
    h = hashlib.sha256()
    with zf.open(name) as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def verify_bundle(path: Path | str, password: str | None = None,
                  anchors: list[Anchor] | None = None) -> BundleReport:
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"{path}: no such file")
    report = BundleReport(str(path))
    try:
        with zipfile.ZipFile(path) as zf:
            _check(zf, report, password, anchors or [])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        report.problems.append(f"not a readable ZIP archive ({exc}): damaged, or not a bundle")
    except (KeyError, ValueError, OSError) as exc:  # a member unreadable or inconsistent
        report.problems.append(f"the archive is damaged: {exc}")
    return report


def _check(zf: zipfile.ZipFile, report: BundleReport, password: str | None,
           anchors: list[Anchor]) -> None:
    names = zf.namelist()
    if len(set(names)) != len(names):
        report.problems.append("the archive holds two files with the same name")
    actual = _check_sums(zf, names, report)
    manifest = _read_manifest(zf, names, report)
    if manifest is None:
        return
    _check_manifest(manifest, actual, report)
    _check_event_log(zf, names, manifest, report, anchors)
    _check_pdf_index(zf, manifest, actual, report, password)


def _check_sums(zf: zipfile.ZipFile, names: list[str], report: BundleReport) -> dict:
    """Hash every listed file; returns name -> actual SHA-256 (of those present)."""
    if SUMS not in names:
        report.problems.append(f"{SUMS} is missing: the files cannot be checked")
        return {}
    listed: dict[str, str] = {}
    for n, line in enumerate(zf.read(SUMS).decode("utf-8", "replace").splitlines(), 1):
        m = _SUM_LINE.match(line)
        if not m:
            report.problems.append(f"{SUMS} line {n} is not '<sha256>  <name>'")
            continue
        listed[m.group(2)] = m.group(1)
    actual: dict[str, str] = {}
    for name, digest in listed.items():
        if name not in names:
            report.problems.append(f"{name}: listed in {SUMS} but missing from the archive")
            continue
        actual[name] = _sha_member(zf, name)
        report.files_checked += 1
        if actual[name] != digest:
            report.problems.append(f"{name}: altered (its SHA-256 is not the one in {SUMS})")
    for name in names:
        if name != SUMS and name not in listed and not name.endswith("/"):
            report.problems.append(f"{name}: in the archive but not listed in {SUMS}")
    return actual


def _read_manifest(zf: zipfile.ZipFile, names: list[str], report: BundleReport) -> dict | None:
    if MANIFEST not in names:
        report.problems.append(f"{MANIFEST} is missing")
        return None
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except ValueError as exc:
        report.problems.append(f"{MANIFEST} is not valid JSON ({exc})")
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        report.problems.append(f"{MANIFEST} is not a BonusDesk bundle manifest "
                               f"(format {MANIFEST_FORMAT} expected)")
        return None
    head = manifest.get("event_chain_head") or {}
    report.anchor = f"{head.get('seq')}:{head.get('hash')}"
    return manifest


def _check_manifest(manifest: dict, actual: dict, report: BundleReport) -> None:
    pdf = manifest.get("pdf") or {}
    if actual.get(pdf.get("file")) != pdf.get("sha256"):
        report.problems.append(f"the PDF {pdf.get('file')!r} is missing or is not the one "
                               f"{MANIFEST} names")
    for item in manifest.get("evidence") or []:
        report.evidence += 1
        name, digest = item.get("file"), item.get("sha256")
        if name not in actual:
            report.problems.append(f"evidence #{item.get('number')} {name}: not in the "
                                   "archive (or not listed in SHA256SUMS)")
        elif actual[name] != digest:
            report.problems.append(f"evidence #{item.get('number')} {name}: its SHA-256 is "
                                   "not the one recorded when it was captured or imported")


def _excerpt_entries(zf: zipfile.ZipFile, name: str, report: BundleReport):
    with zf.open(name) as fh:
        for n, line in enumerate(io.TextIOWrapper(fh, encoding="utf-8"), 1):
            try:
                entry = json.loads(line)
            except ValueError:
                report.problems.append(f"{name} line {n} is not JSON")
                continue
            if isinstance(entry, dict):
                yield entry


def _recorded_hashes(entry: dict, claim_id, state: dict) -> set[str]:
    """SHA-256s of evidence this claim's event recorded (old events: data only); its
    row snapshots go into ``state`` ((table, key) -> (values, seq))."""
    if entry.get("claim_id") != claim_id or "data" not in entry:
        return set()
    try:
        data = json.loads(entry["data"])
    except (TypeError, ValueError):
        return set()
    for snap in data.get("rows") or []:
        if isinstance(snap, dict):
            state[(snap.get("t"), events.canonical_json(snap.get("k")))] = (snap.get("v"),
                                                                             entry.get("seq"))
    found = set()
    if entry.get("action") in ("import", "capture") and isinstance(data.get("sha256"), str):
        found.add(data["sha256"])
    for snap in data.get("rows") or []:
        if snap.get("t") == "evidence" and isinstance(snap.get("v"), dict):
            found.add(str(snap["v"].get("sha256")))
    return found


def _check_event_log(zf: zipfile.ZipFile, names: list[str], manifest: dict,
                     report: BundleReport, anchors: list[Anchor]) -> None:
    log = (manifest.get("event_log") or {}).get("file")
    if not log:
        report.notices.append("made by an older BonusDesk: no event log excerpt to check")
        return
    if log not in names:
        report.problems.append(f"{log}: named by {MANIFEST} but missing from the archive")
        return
    claim_id = (manifest.get("claim") or {}).get("id")
    recorded: set[str] = set()
    state: dict = {}

    def entries():
        for e in _excerpt_entries(zf, log, report):
            recorded.update(_recorded_hashes(e, claim_id, state))
            yield e

    check = events.check_excerpt(entries())
    report.recorded = recorded
    report.problems += [f"{log}: {p}" for p in check.problems]
    report.excerpt = f"{check.first}..{check.last}"
    head = manifest.get("event_chain_head") or {}
    if (check.last, check.last_hash) != (head.get("seq"), head.get("hash")):
        report.problems.append(f"{log} ends at event {check.last}, not at the head "
                               f"{report.anchor} recorded in {MANIFEST}")
    if check.opaque:
        report.notices.append(f"{check.opaque} event(s) of other claims predate redactable "
                              "events: they are linked in the chain but their content "
                              "cannot be shown here")
    for item in manifest.get("evidence") or []:
        if item.get("sha256") not in recorded:
            report.problems.append(f"evidence #{item.get('number')} {item.get('file')}: no "
                                   "event of this claim records its import or capture")
    _check_records(manifest, state, report)
    for anchor in anchors:
        if check.first <= anchor.seq <= check.last:
            if anchor.matches(anchor.seq, check.hashes.get(anchor.seq)):
                report.notices.append(f"anchor {anchor.short} is in the event log excerpt")
            else:
                report.problems.append(f"anchor {anchor.short} is not in the event log "
                                       "excerpt: this history is not the one it anchored")
        else:
            report.notices.append(f"anchor {anchor.short} is outside the excerpt "
                                  f"({report.excerpt}): check it on the claim folder")


def _check_records(manifest: dict, state: dict, report: BundleReport) -> None:
    """The manifest's records against the last row snapshot the excerpt holds of each."""
    unproven = 0
    for section, table, cls in RECORDS:
        records = manifest.get(section)
        for record in records if isinstance(records, list) else [records or {}]:
            found = state.get((table, events.canonical_json([record.get("id")])))
            name = f"{section.replace('_', ' ')} record {record.get('id')}"
            if found is None:
                unproven += 1
                continue
            values, seq = found
            if values is None:
                report.problems.append(f"{MANIFEST}: {name} was deleted by event {seq}")
                continue
            try:
                expected = _plain(from_row(cls, values))
            except UnknownValue as exc:
                report.problems.append(f"{MANIFEST}: {name}: {exc}")
                continue
            for field_name, value in expected.items():
                if record.get(field_name) != value:
                    report.problems.append(
                        f"{MANIFEST}: {name}: {field_name} is {record.get(field_name)!r}, but "
                        f"the event log says {value!r} (event {seq}): the claim folder was "
                        "edited outside BonusDesk before this export")
    if unproven:
        report.notices.append(f"{unproven} record(s) of the manifest have no row snapshot in "
                              "the excerpt (written before row snapshots): not compared")


def _index_text(reader) -> str:
    """Text of the evidence index pages (found by the PDF's outline)."""
    titles = {LABELS[lang]["index"] for lang in LABELS}
    top = [o for o in reader.outline if not isinstance(o, list)]
    for n, item in enumerate(top):
        if item.title in titles:
            start = reader.get_destination_page_number(item)
            end = (reader.get_destination_page_number(top[n + 1]) if n + 1 < len(top)
                   else len(reader.pages))
            return "\n".join(reader.pages[p].extract_text() or ""
                             for p in range(start, max(end, start + 1)))
    return ""


def _check_pdf_index(zf: zipfile.ZipFile, manifest: dict, actual: dict,
                     report: BundleReport, password: str | None) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    pdf = (manifest.get("pdf") or {}).get("file")
    if pdf not in actual:
        return  # already reported
    try:
        reader = PdfReader(io.BytesIO(zf.read(pdf)))
        if reader.is_encrypted and not (password and reader.decrypt(password)):
            report.notices.append("the PDF is password-protected: its evidence index was not "
                                  "checked (give --password-file)")
            return
        text = _index_text(reader)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        report.problems.append(f"the PDF {pdf} cannot be read ({exc})")
        return
    if not text:
        report.problems.append(f"the PDF {pdf} has no evidence index")
        return
    head = (manifest.get("event_chain_head") or {}).get("hash")
    shown = {h for h in _HEX64.findall(text) if h != head}
    report.index_hashes = len(shown)
    in_bundle = set(actual.values())
    # A redacted copy's line names its original, which the bundle may leave out: such a
    # hash must then be one the manifest names as an original and the event log records.
    originals = {(e.get("copy_of") or {}).get("sha256") for e in manifest.get("evidence") or []}
    originals |= {o.get("sha256") for o in manifest.get("originals_of_redacted_copies") or []}
    for digest in sorted(shown - in_bundle):
        if digest in originals and (report.recorded is None or digest in report.recorded):
            continue
        report.problems.append(f"the PDF's evidence index lists SHA-256 {digest[:16]}…, "
                               "but no file of the bundle has it")
    for item in manifest.get("evidence") or []:
        if item.get("sha256") not in shown:
            report.problems.append(f"evidence #{item.get('number')} {item.get('file')} is not "
                                   "in the PDF's evidence index")
