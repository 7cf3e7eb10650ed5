"""The text listing of ``bonusdesk-cli deadlines`` comes straight from the deadline cache's
rows when every claim is up to date (issue 17: ``deadlines`` ≤ 0.3 s at 10,000 claims),
without a Deadline per row: the same lines, in the same order, as from the Deadline
objects, whatever ``now``, the zone, or what changed since the cache was written."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from bonusdesk import cli
from bonusdesk.core import deadline_cache
from bonusdesk.core.deadlines import (
    DUE_SOON,
    FOLLOW_UP_WORKING_DAYS,
    deadline_lines,
    list_deadlines,
)
from bonusdesk.core.escalations import add_escalation
from bonusdesk.core.model import (
    Channel,
    Claim,
    Contact,
    Direction,
    Escalation,
    Platform,
    PlatformKind,
)
from bonusdesk.core.rules import rules_for_folder

from .test_deadline_cache import PARIS, busy_claims, uk_platform, utc
from .test_deadline_cache import computed as computed  # the fixture: claims computed


def as_tuple(state, due_at, claim_id, label, title):
    return (state, due_at, claim_id, label, title)


def from_objects(folder, now, open_only=False) -> list[tuple]:
    """The listing computed afresh, without the cache (rules given: the cache is skipped)."""
    return [as_tuple(d.state, d.due_at, d.claim_id, d.label, d.claim_title)
            for d in list_deadlines(folder, now, open_only=open_only,
                                    rules=rules_for_folder(folder))]


def from_cache(folder, now, open_only=False) -> list[tuple] | None:
    found = deadline_cache.cached_lines(folder, now, DUE_SOON, FOLLOW_UP_WORKING_DAYS,
                                        open_only, as_tuple)
    return None if found is None else found[0]


def varied_folder(folder, rng: random.Random) -> list[Claim]:
    """Every state a line can show: open, met, missed, late, done late, clocks waiting for
    a written complaint (an oral contact only, ANJ), proposed starts (UK), promises."""
    claims = busy_claims(folder, 9)
    uk = uk_platform(folder)
    anj = folder.claims.add_platform(Platform("FR", kind=PlatformKind.CASINO, regulator="ANJ",
                                              zone="America/St_Johns"))
    for n in range(6):
        platform = (uk, anj)[n % 2]
        claim = folder.claims.create(Claim(f"varied {n} — «é»", platform.id,
                                           utc(2026, 1 + n, 3 + n, 9, 7 * n), PARIS))
        folder.contacts.add(Contact(claim.id, rng.choice([Channel.CHAT, Channel.EMAIL]),
                                    utc(2026, 2 + n, 4, 10, 30), PARIS, Direction.SENT,
                                    promised_due_at=utc(2026, 3 + n, 1, 8) if n % 3 else None,
                                    promised_action="call back"))
        if n % 3 == 2:
            folder.claims.set_status(claim.id, "resolved_rejected", at=utc(2026, 5 + n, 1),
                                     zone=PARIS)
        claims.append(claim)
    return claims


def some_nows(rng: random.Random, folder, count: int) -> list:
    """Random times, and times right at due times and at the edge of 'due soon'."""
    dues = sorted({d.due_at for d in list_deadlines(folder, utc(2026, 6, 1),
                                                    rules=rules_for_folder(folder))})
    nows = [utc(2026, 1, 1) + timedelta(minutes=rng.randrange(0, 60 * 24 * 500))
            for _ in range(count)]
    for due in rng.sample(dues, min(count, len(dues))):
        nows += [due, due - DUE_SOON, due + timedelta(microseconds=1)]
    return nows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lines_from_an_up_to_date_cache_are_those_of_the_deadline_objects(folder, seed):
    rng = random.Random(seed)
    varied_folder(folder, rng)
    for now in some_nows(rng, folder, 12):
        list_deadlines(folder, now)  # brings the cache up to date for this now
        for open_only in (False, True):
            lines = from_cache(folder, now, open_only)
            assert lines is not None, "an up-to-date cache gives the lines itself"
            assert lines == from_objects(folder, now, open_only)
            assert deadline_lines(folder, now, as_tuple, open_only=open_only)[0] == lines


def test_the_cache_gives_no_lines_while_a_claim_changed_and_the_listing_stays_right(folder):
    claims = busy_claims(folder, 6)
    now = utc(2026, 6, 1, 12)
    assert from_cache(folder, now) is None, "nothing cached yet"
    assert deadline_lines(folder, now, as_tuple)[0] == from_objects(folder, now)
    assert from_cache(folder, now) == from_objects(folder, now)  # stored by that listing

    folder.claims.update(claims[2].id, title="renamed after the listing")
    assert from_cache(folder, now) is None, "a changed claim is recomputed, not read"
    assert deadline_lines(folder, now, as_tuple)[0] == from_objects(folder, now)
    assert ("renamed after the listing" in {t for *_, t in from_cache(folder, now)})

    folder.claims.update(claims[3].id, incident_at=utc(2025, 1, 1, 9))
    past = utc(2025, 6, 1)  # also outside the range the stored results hold for
    assert deadline_lines(folder, past, as_tuple, open_only=True)[0] == \
        from_objects(folder, past, True)


def test_an_unusable_cache_gives_the_same_lines(folder, tmp_path, monkeypatch):
    busy_claims(folder, 4)
    now = utc(2026, 6, 1, 12)
    expected = from_objects(folder, now)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("BONUSDESK_CACHE_DIR", str(blocker))
    assert from_cache(folder, now) is None
    assert deadline_lines(folder, now, as_tuple)[0] == expected


@pytest.mark.parametrize("seed", [4, 5])
def test_the_stores_lines_and_deadlines_agree_for_any_skipped_claims(folder, seed):
    rng = random.Random(seed)
    claims = varied_folder(folder, rng)
    for now in some_nows(rng, folder, 6):
        list_deadlines(folder, now)
        store = deadline_cache._open(deadline_cache.cache_path(folder))
        try:
            skip = {c.id for c in rng.sample(claims, rng.randrange(0, 5))}
            soon = timedelta(hours=rng.choice([1, 24, 24 * 7]))
            for open_only in (False, True):
                objects = store.deadlines(now, soon, open_only, skip)
                assert store.lines(now, soon, open_only, skip, as_tuple) == [
                    as_tuple(d.state, d.due_at, d.claim_id, d.label, d.claim_title)
                    for d in objects]
        finally:
            store.close()


def cli_text(capsys, folder, *args) -> str:
    assert cli.main(["--folder", str(folder.path), "deadlines", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("zone", ["Europe/Paris", "America/St_Johns", "Asia/Kolkata"])
def test_the_cli_text_is_byte_identical_with_and_without_the_cache(
        folder, capsys, monkeypatch, tmp_path, zone):
    rng = random.Random(zone)
    varied_folder(folder, rng)
    add_escalation(folder, Escalation(1, "fr-mediateur-jeux", utc(2026, 5, 2, 9), PARIS))
    monkeypatch.setenv("BONUSDESK_TZ", zone)
    read = []
    real = deadline_cache.cached_lines

    def spy(*args):
        found = real(*args)
        read.append(found is not None)
        return found

    monkeypatch.setattr(deadline_cache, "cached_lines", spy)
    # around the end of summer time in Europe and in America, and in a quiet month
    for when in ("2026-10-25T01:30", "2026-11-01T04:45", "2026-06-15T12:00"):
        for extra in ([], ["--open"]):
            read.clear()
            first = cli_text(capsys, folder, "--now", when, *extra)  # computes what is due
            fast = cli_text(capsys, folder, "--now", when, *extra)
            assert read == [True, True], "the text came from the cache's rows"
            assert first == fast
            with monkeypatch.context() as m:  # no cache: every Deadline computed
                m.setenv("BONUSDESK_CACHE_DIR", str(tmp_path / "file"))
                (tmp_path / "file").write_text("")
                read.clear()
                slow = cli_text(capsys, folder, "--now", when, *extra)
                assert read == [False]
            assert fast == slow
            assert fast.count("\n") > 20 and "write to the operator first" in fast
            assert "no escalation clocks: regulator 'Nowhere Gaming Board' unknown" in fast


def test_the_notes_of_platforms_without_clocks_follow_their_edits(folder, capsys):
    claims = busy_claims(folder, 3)  # on platforms P0 (ANJ), P1 (unknown), P2 (none)
    nowhere, empty = claims[1], claims[2]
    text = cli_text(capsys, folder, "--now", "2026-06-01T12:00")
    assert cli_text(capsys, folder, "--now", "2026-06-01T12:00") == text  # from the cache
    notes = [line for line in text.splitlines() if line.startswith("note:")]
    assert [n.split(" (")[0] for n in notes] == [
        f"note: claim {nowhere.id}: no escalation clocks: regulator 'Nowhere Gaming Board' "
        "unknown: pick one",
        f"note: claim {empty.id}: no escalation clocks: no regulator unknown: pick one"]
    folder.claims.update_platform(nowhere.platform_id, regulator="UKGC")
    for _ in range(2):  # recomputed, then read from the cache
        text = cli_text(capsys, folder, "--now", "2026-06-01T12:00")
        assert [line for line in text.splitlines() if line.startswith("note:")] == notes[1:]


def test_after_a_change_only_that_claim_is_computed_and_the_lines_come_from_the_cache(
        folder, computed):  # noqa: F811 (the fixture imported above)
    claims = busy_claims(folder, 6)
    now = utc(2026, 6, 1, 12)
    lines, _ = deadline_lines(folder, now, as_tuple)  # first run: every claim computed
    assert sorted(computed) == [c.id for c in claims] and lines == from_objects(folder, now)
    computed.clear()
    folder.claims.set_status(claims[4].id, "resolved_rejected", at=utc(2026, 5, 3), zone=PARIS)
    lines, _ = deadline_lines(folder, now, as_tuple)
    assert computed == [claims[4].id]
    assert lines == from_objects(folder, now) == from_cache(folder, now)


def test_an_ordinary_listing_neither_reads_the_rules_nor_imports_recipients(
        tmp_path, run_cli):
    """A subprocess lists twice: the second (the cache is up to date) must not parse the
    rules file (which imports readiness) nor word regulators (recipients, babel)."""
    import subprocess
    import sys

    from tests.conftest import subprocess_env

    folder = tmp_path / "claims"
    run_cli("init", folder=folder, check=0)
    run_cli("platform", "add", "Nowhere Casino", "--regulator", "Nowhere Board", folder=folder,
            check=0)
    run_cli("claim", "new", "--platform", "Nowhere Casino", "--title", "Bonus manquant",
            "--incident-at", "2026-11-20T21:15", "--zone", "Europe/Paris", folder=folder,
            check=0)
    first = run_cli("deadlines", folder=folder, check=0).stdout  # computes, fills the cache
    code = ("import sys, io, contextlib\n"
            "from bonusdesk import cli\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    assert cli.main(['--folder', {str(folder)!r}, 'deadlines']) == 0\n"
            "print(out.getvalue(), end='')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel' or m in (\n"
            "    'bonusdesk.core.recipients', 'bonusdesk.core.readiness')))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=subprocess_env(), timeout=120, check=True)
    *text, modules = proc.stdout.splitlines()
    assert "\n".join(text) + "\n" == first
    assert "no escalation clocks: regulator 'Nowhere Board' unknown" in first
    assert modules == "[]", "the rules were parsed (readiness) or regulators worded"


def test_lines_are_right_when_another_process_wrote_the_cache_first(folder, monkeypatch):
    """The changed claims were recomputed but not stored (another writer won): the lines
    then come from the Deadline objects, and are the same."""
    claims = busy_claims(folder, 5)
    now = utc(2026, 6, 1, 12)
    deadline_lines(folder, now, as_tuple)
    folder.claims.update(claims[1].id, title="changed while another process wrote")
    monkeypatch.setattr(deadline_cache.Store, "write", lambda *args: False)
    lines, _ = deadline_lines(folder, now, as_tuple)
    assert lines == from_objects(folder, now)
    assert "changed while another process wrote" in {t for *_, t in lines}
    assert from_cache(folder, now) is None, "nothing was stored"
