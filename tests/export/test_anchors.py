"""Anchors: each export records the chain head in the PDF, the bundle and the export log;
verify checks the chain still holds every head ever exported."""

from __future__ import annotations

import json
import zipfile

import pytest

from bonusdesk.core import anchors, events
from bonusdesk.core.anchors import Anchor
from bonusdesk.core.errors import BadInput
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.integrity import verify
from bonusdesk.export import ExportOptions, export_claim
from tests.faults import read_only, tamper

from .helpers import pdftotext


@pytest.fixture
def exported(folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    head = events.head(folder.db)
    out, zpath = tmp_path / "p.pdf", tmp_path / "p.zip"
    result = export_claim(folder, claim.id, out, ExportOptions(bundle=zpath))
    return claim, Anchor(*head), out, zpath, result


def test_head_is_printed_on_the_summary_page_and_in_the_appendix(exported):
    _, anchor, out, _, result = exported
    first = pdftotext(out, 1, 1)
    last = pdftotext(out, result.pages, result.pages)
    assert str(anchor) in first.replace(" ", "")
    assert str(anchor) in last and "bonusdesk-cli verify-bundle" in last
    assert "--anchor" in last


def test_head_is_in_the_manifest_the_export_log_and_the_export_event(folder, exported):
    claim, anchor, _, zpath, result = exported
    manifest = json.loads(zipfile.ZipFile(zpath).read("manifest.json"))
    assert manifest["anchor"] == str(anchor)
    row = next(folder.db.query("select * from exports"))
    assert (row["head_seq"], row["head_hash"], row["pdf_sha256"]) == (
        anchor.seq, anchor.hash, result.sha256)
    last = events.list_events(folder.db, claim.id)[-1]
    assert last.action == "export" and last.data["anchor"] == str(anchor)
    assert [what for what, a in anchors.exported(folder.db)] == ["export 1 (p.pdf, "
                                                                 f"{row['at'][:10]})"]
    report = verify(folder)
    assert report.ok and report.anchors_checked == 1


def test_history_cut_back_before_an_export_fails_its_anchor(folder, exported):
    _, anchor, _, _, _ = exported
    keep = anchor.seq - 2
    kept = events.list_events(folder.db)[keep - 1]
    tamper(folder.path, "drop trigger events_no_delete",
           f"delete from events where seq > {keep}",
           f"update meta set value = '{keep}:{kept.hash}' where key = 'event_head'")
    found = [p for p in verify(folder).problems if p.kind == "anchor"]
    assert len(found) == 1
    assert found[0].message.startswith("export 1 (p.pdf")
    assert f"event {anchor.seq} does not exist any more" in found[0].message


def test_anchor_given_by_a_recipient_is_checked(folder, exported):
    _, anchor, _, _, _ = exported
    report = verify(folder, [Anchor.parse(anchor.short)])
    assert report.ok and f"anchor {anchor.short} is in the event log" in report.notices
    wrong = Anchor(anchor.seq, "0" * 16)
    problems = verify(folder, [wrong]).problems
    assert [p.kind for p in problems] == ["anchor"]
    assert "history was rewritten after the anchor was made" in problems[0].message


@pytest.mark.parametrize("text", ["41", "41:xyz", "41:abcd", "abc:0123456789abcdef", ""])
def test_malformed_anchor_is_bad_input(text):
    with pytest.raises(BadInput, match="an anchor looks like"):
        Anchor.parse(text)


def test_fingerprint_is_the_short_head_the_complaint_text_can_carry(folder, claim):
    seq, digest = events.head(folder.db)
    assert anchors.fingerprint(folder.db) == f"{seq}:{digest[:16]}"


def test_read_only_folder_exports_elsewhere_with_a_warning_and_records_nothing(
        folder, rich_claim, tmp_path):
    claim, _ = rich_claim
    path = folder.path
    folder.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "p.pdf"
    with read_only(path), ClaimFolder.open(path, writable=False) as reader:
        before = len(events.list_events(reader.db))
        result = export_claim(reader, claim.id, out, ExportOptions(bundle=out_dir / "p.zip"))
        assert len(events.list_events(reader.db)) == before
    assert result.warnings and "not recorded" in result.warnings[0]
    # the scratch folder lived beside the PDF, and is gone
    assert sorted(p.name for p in out_dir.iterdir()) == ["p.pdf", "p.zip"]
