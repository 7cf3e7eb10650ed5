"""bonusdesk-cli verify-bundle: a recipient checks a bundle with no claim folder."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime

import pytest

from bonusdesk.core import events
from bonusdesk.core.anchors import Anchor
from bonusdesk.core.errors import BadInput
from bonusdesk.core.model import Claim
from bonusdesk.export import ExportOptions, export_claim
from bonusdesk.export.verify_bundle import verify_bundle

from .conftest import png_bytes


@pytest.fixture
def bundle(folder, rich_claim, platform, tmp_path):
    claim, _ = rich_claim
    # Another claim in the same folder, with events between this claim's: the excerpt
    # must link through them without showing them.
    other = folder.claims.create(Claim(
        title="Cashback secret d'un autre casino", platform_id=platform.id,
        incident_at=datetime(2026, 11, 1, tzinfo=UTC), incident_zone="UTC"))
    folder.evidence.add_bytes(other.id, png_bytes(color=(9, 9, 9)), "other.png")
    folder.claims.set_status(claim.id, "acknowledged")
    zpath = tmp_path / "p.zip"
    export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(bundle=zpath))
    return zpath


def rewrite(zpath, change):
    """Rebuild the ZIP with ``change(members)`` applied (a dict name -> bytes)."""
    with zipfile.ZipFile(zpath) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    zpath.unlink()
    with zipfile.ZipFile(zpath, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def resum(members, *names):
    """What a careful forger does: make SHA256SUMS agree with the changed files."""
    lines = []
    for line in members["SHA256SUMS"].decode().splitlines():
        digest, name = line.split("  ", 1)
        if name in names:
            digest = hashlib.sha256(members[name]).hexdigest()
        lines.append(f"{digest}  {name}\n")
    members["SHA256SUMS"] = "".join(lines).encode()


def test_a_bundle_as_exported_verifies(bundle):
    report = verify_bundle(bundle)
    assert report.ok, report.problems
    assert report.evidence == 5 and report.index_hashes == 5
    assert report.files_checked == 8  # the PDF, 5 originals, the event log, the manifest
    first, last = map(int, report.excerpt.split(".."))
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    assert report.anchor == manifest["anchor"] and last == manifest["event_chain_head"]["seq"]


def test_other_claims_are_linked_in_the_excerpt_but_never_shown(bundle):
    log = zipfile.ZipFile(bundle).read("event-log.jsonl").decode()
    entries = [json.loads(line) for line in log.splitlines()]
    assert "Cashback secret" not in log and "other.png" not in log
    redacted = [e for e in entries if "body_sha256" in e]
    assert redacted and set(redacted[0]) == {"seq", "body_sha256", "prev_hash", "hash"}
    assert events.check_excerpt(entries).problems == []


def test_an_altered_file_is_named(bundle):
    name = "03-bank_proof-photo-depot.jpg"
    rewrite(bundle, lambda m: m.__setitem__(name, m[name][:-1] + b"\x00"))
    report = verify_bundle(bundle)
    assert f"{name}: altered (its SHA-256 is not the one in SHA256SUMS)" in report.problems


def test_a_careful_forgery_is_caught_by_the_event_log_and_the_pdf_index(bundle):
    name = "01-screenshot-capture_ecran_ellinika.png"

    def forge(m):
        m[name] = png_bytes(color=(0, 200, 0))
        manifest = json.loads(m["manifest.json"])
        manifest["evidence"][0]["sha256"] = hashlib.sha256(m[name]).hexdigest()
        m["manifest.json"] = json.dumps(manifest).encode()
        resum(m, name, "manifest.json")

    rewrite(bundle, forge)
    problems = verify_bundle(bundle).problems
    assert any("no event of this claim records its import" in p for p in problems)
    assert any("is not in the PDF's evidence index" in p for p in problems)
    assert any("the PDF's evidence index lists SHA-256" in p for p in problems)


def test_an_edited_event_in_the_excerpt_breaks_its_chain(bundle):
    def edit(m):
        lines = m["event-log.jsonl"].decode().splitlines()
        for n, line in enumerate(lines):
            e = json.loads(line)
            if e.get("action") == "status":
                e["data"] = e["data"].replace("acknowledged", "resolved_accepted")
                lines[n] = json.dumps(e)
        m["event-log.jsonl"] = ("\n".join(lines) + "\n").encode()
        resum(m, "event-log.jsonl")

    rewrite(bundle, edit)
    assert any("was altered: its hash does not match" in p for p in verify_bundle(bundle).problems)


def test_unlisted_and_missing_files_are_reported(bundle):
    def change(m):
        m["extra.txt"] = b"added later"
        del m["02-screenshot-oshibka_bonusa.png"]

    rewrite(bundle, change)
    problems = verify_bundle(bundle).problems
    assert "extra.txt: in the archive but not listed in SHA256SUMS" in problems
    assert ("02-screenshot-oshibka_bonusa.png: listed in SHA256SUMS but missing from the "
            "archive") in problems


def test_anchor_from_the_recipient_is_checked_against_the_excerpt(bundle):
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    head = Anchor.parse(manifest["anchor"])
    assert f"anchor {head.short} is in the event log excerpt" in verify_bundle(
        bundle, anchors=[Anchor.parse(head.short)]).notices
    report = verify_bundle(bundle, anchors=[Anchor(head.seq, "f" * 16)])
    assert any("is not in the event log excerpt" in p for p in report.problems)


def test_not_a_zip_fails_and_a_missing_file_is_bad_input(tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert "not a readable ZIP archive" in verify_bundle(junk).problems[0]
    with pytest.raises(BadInput, match="no such file"):
        verify_bundle(tmp_path / "absent.zip")


def test_cli_verdicts_and_exit_codes(bundle, run_cli, tmp_path):
    ok = run_cli("verify-bundle", bundle)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.startswith("VERIFIED: ")
    rewrite(bundle, lambda m: m.__setitem__("manifest.json", m["manifest.json"] + b" "))
    bad = run_cli("verify-bundle", bundle)
    assert bad.returncode == 1 and "FAILED (1 problem(s))" in bad.stdout
    assert run_cli("verify-bundle", tmp_path / "absent.zip").returncode == 2


def test_a_database_edited_before_the_export_shows_in_the_bundle(folder, rich_claim, tmp_path):
    """The forged value reaches the PDF and the manifest; the event log in the same bundle
    still holds the value BonusDesk recorded, and verify-bundle names the difference."""
    from tests.faults import tamper

    claim, _ = rich_claim
    tamper(folder.path, "update claims set incident_at = '2026-11-19T08:00:00+00:00'",
           "update contacts set reference = 'FORGED' where reference = 'CHAT-55123'")
    zpath = tmp_path / "p.zip"
    export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(bundle=zpath))
    problems = verify_bundle(zpath).problems
    assert len(problems) == 2, problems
    assert problems[0].startswith("manifest.json: claim record 1: incident_at is "
                                  "'2026-11-19T08:00:00+00:00', but the event log says "
                                  "'2026-11-20T20:15:00+00:00'")
    assert "contacts record" in problems[1] and "'FORGED'" in problems[1]


def test_a_clean_bundle_compares_every_record(bundle):
    report = verify_bundle(bundle)
    assert not [n for n in report.notices if "not compared" in n]


@pytest.mark.parametrize("originals", [False, True])
def test_a_redacted_copy_verifies_whether_or_not_its_original_is_in_the_bundle(
        folder, rich_claim, tmp_path, originals):
    """The index names the original a redacted copy was made from; without
    --bundle-originals that file is not in the ZIP, and that is not a forgery."""
    from bonusdesk.core.annotate import Operation, OperationList
    from bonusdesk.core.derivative import make_derivative

    claim, evidence = rich_claim
    ops = OperationList([Operation.from_json({"kind": "redact", "rect": [10, 10, 50, 20]},
                                             "--box")])
    make_derivative(folder, evidence[0].id, ops, caption="masked")
    zpath = tmp_path / "p.zip"
    export_claim(folder, claim.id, tmp_path / "p.pdf",
                 ExportOptions(bundle=zpath, bundle_originals=originals))
    report = verify_bundle(zpath)
    assert report.ok, report.problems
    names = zipfile.ZipFile(zpath).namelist()
    assert any("-original-" in n for n in names) == originals
