"""The deadline cache gives what a fresh computation gives, after every kind of change,
and recomputes only what a change touched (issue 17: ``deadlines`` at 10,000 claims)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bonusdesk.core import deadline_cache
from bonusdesk.core.claimfacts import CLAIM_TABLES, SHARED_TABLES, ClaimFacts
from bonusdesk.core.deadlines import (
    DeadlineState,
    claim_deadlines,
    list_deadlines,
    next_deadlines,
)
from bonusdesk.core.escalations import add_escalation, add_transaction, update_escalation
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import (
    Channel,
    Claim,
    Contact,
    Direction,
    Escalation,
    Platform,
    PlatformKind,
    Transaction,
    TransactionKind,
)
from bonusdesk.core.rules import RULES_FILE, rules_for_folder, shipped_rules_path

from .test_deadlines_scale import busy_claims

PARIS = "Europe/Paris"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def fresh(folder, now, open_only=False):
    """The same listing computed without the cache (rules given: the cache is skipped)."""
    return list_deadlines(folder, now, open_only=open_only, rules=rules_for_folder(folder))


def assert_same(folder, now=NOW):
    for open_only in (False, True):
        assert list_deadlines(folder, now, open_only=open_only) == fresh(folder, now, open_only)
    assert next_deadlines(folder, now) == {
        cid: d for cid, d in reversed([(d.claim_id, d) for d in fresh(folder, now, True)])}


@pytest.fixture
def computed(monkeypatch):
    """The claim ids the cache computes (rather than reads), call after call."""
    seen: list[int] = []
    real = deadline_cache._compute

    def compute(folder, ids, now, follow_up_days, drafts, **kwargs):
        def spy(facts, *args):
            seen.append(facts.claim.id)
            return drafts(facts, *args)
        return real(folder, ids, now, follow_up_days, spy, **kwargs)

    monkeypatch.setattr(deadline_cache, "_compute", compute)
    return seen


def uk_platform(folder, **extra) -> Platform:
    # 8 weeks for the operator's final response, then ecogra's clocks start from the end of
    # the procedure: proposed at the end of those 8 weeks when nothing came back.
    return folder.claims.add_platform(Platform("UK Slots", kind=PlatformKind.CASINO,
                                               regulator="UKGC", adr="ecogra", **extra))


def test_a_second_listing_computes_nothing_and_gives_the_same(folder, computed):
    claims = busy_claims(folder, 9)
    first = list_deadlines(folder, NOW)
    assert sorted(computed) == [c.id for c in claims]
    computed.clear()
    assert list_deadlines(folder, NOW) == first == fresh(folder, NOW)
    assert list_deadlines(folder, NOW, open_only=True) == fresh(folder, NOW, True)
    assert computed == []


def test_each_kind_of_change_recomputes_its_claims_and_matches_a_fresh_listing(
        folder, computed):
    claims = busy_claims(folder, 9)
    uk = uk_platform(folder)
    extra = folder.claims.create(Claim("UK claim", uk.id, utc(2026, 3, 2, 9), PARIS))
    list_deadlines(folder, NOW)
    a, b = claims[0], claims[1]
    changes = [
        ({a.id}, lambda: folder.claims.update(a.id, title="renamed")),
        ({a.id}, lambda: folder.claims.update(a.id, incident_at=utc(2026, 2, 1, 8))),
        ({b.id}, lambda: folder.claims.set_status(b.id, "resolved_rejected", at=utc(2026, 5, 3),
                                                  zone=PARIS)),
        ({extra.id}, lambda: folder.contacts.add(Contact(
            extra.id, Channel.EMAIL, utc(2026, 3, 3, 9), PARIS, Direction.SENT))),
        ({a.id}, lambda: folder.contacts.withdraw(folder.contacts.list(a.id)[0].id, "wrong")),
        ({b.id}, lambda: add_transaction(folder, Transaction(
            b.id, TransactionKind.DEPOSIT, "D-9", utc(2026, 2, 20), PARIS, amount="20"))),
        ({extra.id}, lambda: add_escalation(folder, Escalation(
            extra.id, "ecogra", utc(2026, 5, 10, 9), PARIS))),
        ({extra.id}, lambda: update_escalation(
            folder, ClaimFacts.read(folder, folder.claims.get(extra.id)).escalations[0].id,
            status="upheld", decided_at=utc(2026, 5, 20))),
        ({c.id for c in claims if c.platform_id == a.platform_id},
         lambda: folder.claims.update_platform(a.platform_id, regulator="UKGC")),
        ({c.id for c in claims if c.platform_id == b.platform_id},
         lambda: folder.claims.update_platform(b.platform_id, zone="America/New_York",
                                               window_hours=72)),
        (set(), lambda: folder.claims.add_platform(Platform("Unused"))),
    ]
    for touched, change in changes:
        computed.clear()
        change()
        assert list_deadlines(folder, NOW) == fresh(folder, NOW)
        assert set(computed) == touched
        assert_same(folder)


def test_a_new_claim_is_computed_alone(folder, computed):
    claims = busy_claims(folder, 4)
    list_deadlines(folder, NOW)
    computed.clear()
    new = folder.claims.create(Claim("new", claims[0].platform_id, utc(2026, 5, 30, 9), PARIS))
    assert_same(folder)
    assert computed == [new.id]


def test_editing_the_folders_rules_file_recomputes_everything(folder, computed):
    claims = busy_claims(folder, 6)
    list_deadlines(folder, NOW)
    rules = shipped_rules_path().read_text(encoding="utf-8")
    # the French mediator may be asked 25 days after a written complaint, not 20
    edited = rules.replace('from = "written_complaint"\ndays = 20',
                           'from = "written_complaint"\ndays = 25', 1)
    assert edited != rules
    computed.clear()
    (folder.path / RULES_FILE).write_text(edited, encoding="utf-8")
    assert_same(folder)
    assert sorted(set(computed)) == [c.id for c in claims]
    computed.clear()
    assert_same(folder)
    assert computed == []


def test_a_proposed_start_appears_and_goes_with_now(folder, computed):
    uk = uk_platform(folder)
    claim = folder.claims.create(Claim("UK", uk.id, utc(2026, 1, 5, 9), PARIS))
    folder.contacts.add(Contact(claim.id, Channel.EMAIL, utc(2026, 1, 6, 9), PARIS,
                                Direction.SENT))
    reply_due = utc(2026, 3, 3, 9)  # 8 weeks after the complaint
    before, after = reply_due - timedelta(minutes=1), reply_due + timedelta(minutes=1)
    keys = {}
    for now in (before, after, before, after, after + timedelta(days=3)):
        assert_same(folder, now)
        keys[now] = {d.key for d in list_deadlines(folder, now)}
    assert keys[after] - keys[before], "the proposed start adds ecogra's clocks"
    assert any(d.basis == "proposed" for d in list_deadlines(folder, after))
    computed.clear()
    list_deadlines(folder, after + timedelta(days=30))  # still after: nothing to compute
    assert computed == []


def test_a_clock_waiting_for_a_written_complaint_moves_with_now(folder):
    anj = folder.claims.add_platform(Platform("FR", kind=PlatformKind.CASINO, regulator="ANJ"))
    claim = folder.claims.create(Claim("oral only", anj.id, utc(2026, 4, 1, 9), PARIS))
    folder.contacts.add(Contact(claim.id, Channel.CHAT, utc(2026, 4, 2, 9), PARIS,
                                Direction.SENT))
    dues = []
    for now in (NOW, NOW + timedelta(days=5), NOW + timedelta(days=40)):
        assert_same(folder, now)
        waiting = [d for d in list_deadlines(folder, now)
                   if d.state == DeadlineState.NEEDS_WRITTEN]
        assert waiting
        dues.append(waiting[0].due_at)
    assert dues[0] < dues[1] < dues[2]


def test_due_soon_and_overdue_follow_now_without_recomputing(folder, computed):
    busy_claims(folder, 6)
    list_deadlines(folder, NOW)
    computed.clear()
    due_times = sorted({d.due_at for d in fresh(folder, NOW)})
    for due in due_times[::3]:
        for now in (due - timedelta(hours=24, seconds=1), due - timedelta(hours=24), due,
                    due + timedelta(microseconds=1)):
            assert_same(folder, now)
            assert list_deadlines(folder, now, soon=timedelta(hours=2)) == list_deadlines(
                folder, now, soon=timedelta(hours=2), rules=rules_for_folder(folder))
    assert computed == []


@pytest.mark.parametrize("then_edit", [False, True])
def test_a_folder_restored_from_an_older_backup_is_listed_as_it_now_is(tmp_path, computed,
                                                                       then_edit):
    path = tmp_path / "claims"
    with ClaimFolder.create(path) as folder:
        claims = busy_claims(folder, 5)
    shutil.copy2(path / "bonusdesk.db", tmp_path / "backup.db")
    with ClaimFolder.open(path) as folder:
        folder.claims.set_status(claims[0].id, "resolved_accepted", at=utc(2026, 5, 1),
                                 zone=PARIS)
        list_deadlines(folder, NOW)
    os.replace(tmp_path / "backup.db", path / "bonusdesk.db")
    with ClaimFolder.open(path) as folder:
        if then_edit:  # as many events as the cache saw, but another history
            folder.claims.update(claims[1].id, title="another branch")
        computed.clear()
        assert_same(folder)
        assert sorted(set(computed)) == [c.id for c in claims]


def test_a_read_only_folder_uses_the_cache_and_nothing_is_written_inside(tmp_path, computed):
    path = tmp_path / "claims"
    with ClaimFolder.create(path) as folder:
        busy_claims(folder, 5)

    def contents():
        return sorted((p.relative_to(path), p.stat().st_size, p.stat().st_mtime_ns)
                      for p in path.rglob("*"))

    before = contents()
    with ClaimFolder.open(path, writable=False) as folder:
        assert_same(folder)
        computed.clear()
        assert_same(folder)
    assert computed == []
    assert contents() == before
    assert list((tmp_path / "claims").rglob("*.sqlite3")) == []


def test_an_unwritable_cache_directory_gives_the_same_listing(folder, tmp_path, monkeypatch):
    busy_claims(folder, 4)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("BONUSDESK_CACHE_DIR", str(blocker))
    assert_same(folder)


def test_a_corrupt_cache_file_is_rebuilt(folder, computed):
    claims = busy_claims(folder, 4)
    list_deadlines(folder, NOW)
    path = deadline_cache.cache_path(folder)
    path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    computed.clear()
    assert_same(folder)
    assert sorted(set(computed)) == [c.id for c in claims]
    computed.clear()
    assert_same(folder)
    assert computed == []


def test_a_cache_of_another_version_or_a_damaged_table_is_never_an_error(folder, computed):
    busy_claims(folder, 4)
    list_deadlines(folder, NOW)
    path = deadline_cache.cache_path(folder)
    con = sqlite3.connect(path)
    con.execute("pragma user_version = 999")
    con.commit()
    con.close()
    assert_same(folder)
    con = sqlite3.connect(path)
    con.execute("drop table deadlines")
    con.commit()
    con.close()
    computed.clear()
    assert_same(folder)
    assert computed, "rebuilt"
    computed.clear()
    assert_same(folder)
    assert computed == []


def test_the_cache_lives_in_the_cache_directory_one_file_per_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BONUSDESK_CACHE_DIR", str(tmp_path / "cache"))
    paths = []
    for name in ("one", "two"):
        with ClaimFolder.create(tmp_path / name) as folder:
            busy_claims(folder, 2)
            list_deadlines(folder, NOW)
            paths.append(deadline_cache.cache_path(folder))
    assert paths[0] != paths[1]
    assert all(p.parent == tmp_path / "cache" / "deadlines" and p.is_file() for p in paths)


def test_the_facts_are_read_only_from_tables_the_cache_watches(folder):
    """A new input of the deadlines must be declared where the cache looks for changes."""
    claims = busy_claims(folder, 3)
    statements: list[str] = []
    folder.db.conn.set_trace_callback(statements.append)
    try:
        ClaimFacts.read_all(folder, claims)
        ClaimFacts.read(folder, claims[0])
    finally:
        folder.db.conn.set_trace_callback(None)
    tables = {name for name, in folder.db.execute(
        "select name from sqlite_master where type = 'table'")}
    read = {t for t in tables for s in statements
            if f" {t} " in f" {s.lower()} ".replace('"', " ").replace("[", " ")
            .replace("]", " ")}
    assert read - {"sqlite_master"} <= set(CLAIM_TABLES) | set(SHARED_TABLES)
    assert read >= {"platforms", "contacts", "status_changes"}  # the claim itself: given


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edit_sequences_list_what_a_fresh_computation_lists(folder, seed):
    rng = random.Random(seed)
    claims = busy_claims(folder, 8)
    uk = uk_platform(folder)
    claims.append(folder.claims.create(Claim("UK", uk.id, utc(2026, 1, 5, 9), PARIS)))
    platforms = [p.id for p in folder.claims.platforms()]

    def some_time():
        return utc(2026, 1, 1) + timedelta(minutes=rng.randrange(0, 60 * 24 * 240))

    def some_claim():
        return rng.choice(claims).id

    def add_contact(direction):
        folder.contacts.add(Contact(
            some_claim(), rng.choice(list(Channel)), some_time(), PARIS, direction,
            final_response=direction == Direction.RECEIVED and rng.random() < 0.3,
            promised_due_at=some_time() if rng.random() < 0.3 else None))

    def withdraw_contact(claim_id):
        contacts = folder.contacts.list(claim_id)
        if contacts:
            folder.contacts.withdraw(rng.choice(contacts).id, "logged by mistake")

    edits = [
        lambda: folder.claims.update(some_claim(), title=f"t{rng.random():.3f}"),
        lambda: folder.claims.update(some_claim(), incident_at=some_time()),
        lambda: folder.claims.set_status(some_claim(), rng.choice(
            ["reported", "acknowledged", "info_requested", "in_progress", "resolved_rejected",
             "resolved_accepted", "closed", "escalated"]), at=some_time(), zone=PARIS,
            written=rng.choice([None, True, False])),
        lambda: add_contact(rng.choice(list(Direction))),
        lambda: withdraw_contact(some_claim()),
        lambda: add_escalation(folder, Escalation(some_claim(), rng.choice(
            ["ecogra", "fr-mediateur-jeux", "uk-ibas"]), some_time(), PARIS)),
        lambda: folder.claims.update_platform(rng.choice(platforms), regulator=rng.choice(
            ["ANJ", "UKGC", "", "MGA", "Nowhere"]), adr=rng.choice(["", "ecogra"])),
        lambda: folder.claims.update_platform(rng.choice(platforms), zone=rng.choice(
            ["", "Europe/London", "America/New_York"])),
    ]
    for _ in range(30):
        rng.choice(edits)()
        now = some_time() + timedelta(days=rng.randrange(0, 120))
        assert list_deadlines(folder, now) == fresh(folder, now)
        if rng.random() < 0.3:
            claim = rng.choice(claims)
            assert [d for d in list_deadlines(folder, now) if d.claim_id == claim.id] == \
                claim_deadlines(folder, claim, now)


def test_a_listing_that_read_before_another_wrote_does_not_overwrite_it(folder):
    busy_claims(folder, 3)
    list_deadlines(folder, NOW)
    store = deadline_cache._open(deadline_cache.cache_path(folder))
    try:
        meta = store.meta()
        rows = store.con.execute("select count(*) from deadlines").fetchone()
        stale_generation = str(int(meta["generation"]) - 1)
        store.write(stale_generation, {"head_seq": "0", "head_hash": "x"}, [], True, {}, NOW)
        assert store.meta() == meta
        assert store.con.execute("select count(*) from deadlines").fetchone() == rows
    finally:
        store.close()


def test_a_listing_with_nothing_new_writes_nothing_to_the_cache(folder):
    claims = busy_claims(folder, 3)
    list_deadlines(folder, NOW)

    def generation() -> str:
        store = deadline_cache._open(deadline_cache.cache_path(folder))
        try:
            return store.meta()["generation"]
        finally:
            store.close()

    written = generation()
    list_deadlines(folder, NOW, open_only=True)
    list_deadlines(folder, NOW + timedelta(days=1))
    assert generation() == written, "the same head and nothing recomputed: no write"
    folder.claims.update(claims[0].id, title="renamed")
    assert list_deadlines(folder, NOW) == fresh(folder, NOW)
    assert generation() != written
    written = generation()
    list_deadlines(folder, NOW)
    assert generation() == written
