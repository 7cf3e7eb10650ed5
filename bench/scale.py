"""Scale claim folders for the benches: N claims with 20 evidence items each.

    python bench/scale.py --size 10k                    # bench/out/scale/10k-shared/claims
    python bench/scale.py --size 15k --files tiny       # 300,000 evidence files (~100 bytes)
    python bench/scale.py --size 100 --files distinct   # 2,000 real-size screenshots (~1.6 GB)

A folder is made once and reused while its manifest matches (generator version, sizes,
the migrations this checkout knows); ``--force`` rebuilds. Nothing here is committed:
everything lives under bench/out/ (git-ignored).

Realism where the benches measure it, bulk where the app's own path would take hours:

* platforms, claims, status changes and contacts go through the core API
  (``Claims.create``, ``set_status``, ``Contacts.add``), so rows, checklists, full-text
  index and events are what the app writes. Incidents spread over the two years before
  the generation; old claims are mostly finished, recent ones open, so the deadlines
  are a real mix of overdue, due soon, upcoming, met and missed.
* evidence: the first claims' files are imported through ``EvidenceStore.import_file``;
  the other rows are inserted in bulk and each logged with ``folder.log`` (the event the
  app writes), because the app fsyncs every file (hours at 600,000 items).
* ``--files`` says what the evidence rows point to:
  ``shared``   a pool of 100 real 1920×1080 screenshots shared by content, as the
               content-addressed store shares identical bytes (fast; fine for lists,
               search, deadlines, start-up; NOT for verify, which hashes each file once);
  ``distinct`` every row its own real-size screenshot file (bytes to hash: verify speed);
  ``tiny``     every row its own ~100-byte PNG (real file and row counts: verify memory).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import stat
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, commit, parse_size, size_label  # noqa: E402

GENERATOR_VERSION = 1  # bump when what a folder contains changes: cached folders rebuild
EVIDENCE_PER_CLAIM = 20
POOL_SIZE = 100  # real screenshots the "shared" rows point to
FILE_MODES = ("shared", "distinct", "tiny")
CLAIMS_PER_TRANSACTION = 200

PLATFORM_WORDS = (["Casino", "Lucky", "Royal", "Golden", "Star", "Bet", "Spin", "Jackpot",
                   "Vegas", "Riviera"],
                  ["Étoile", "Palace", "Club", "Arena", "Crown", "Fortune", "Ace", "Wave",
                   "Nova", "Max"])
REGULATORS = ["UKGC", "ANJ", "eCOGRA", "", "AskGamblers"]
ZONES = ["Europe/Paris"] * 6 + ["Europe/London"] * 2 + ["Europe/Brussels", "America/Montreal"]
TITLES = ["Welcome bonus not credited", "Bonus de bienvenue non crédité",
          "Cashback missing for {month}", "Cashback manquant pour {month}",
          "Free spins disappeared after login", "Tours gratuits disparus",
          "Withdrawal blocked after bonus", "Retrait bloqué après un bonus",
          "Loyalty points not converted", "Points de fidélité non convertis",
          "Promo code {promo} refused", "Code promo {promo} refusé",
          "Error {code} on deposit", "Erreur {code} au dépôt"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ERROR_TEXTS = ["Bonus could not be credited", "Le bonus n'a pas pu être crédité",
               "Transaction declined by the bonus engine", "Session expired during deposit",
               "Wagering requirement not found", "Offre indisponible pour ce compte"]
CAPTIONS = ["Bonus page after the deposit", "Page bonus après le dépôt",
            "Error message {code}", "Message d'erreur {code}", "Deposit receipt",
            "Reçu de dépôt", "Terms of the promotion", "Conditions de la promotion",
            "Chat with support", "Discussion avec le support", "Account balance",
            "Solde du compte"]
REFERENCES = ["T-{n}", "CASE-{n}", "#{n}", "REF{n}"]


def folder_dir(n_claims: int, files: str) -> Path:
    return OUT / "scale" / f"{size_label(n_claims)}-{files}"


def _migration_names() -> list[str]:
    from bonusdesk.core.schema import known_migration_names

    return sorted(known_migration_names())


def ensure(n_claims: int, files: str = "shared", force: bool = False, log=print) -> Path:
    """The claim folder of that size, generated if missing or out of date; returns its path."""
    base = folder_dir(n_claims, files)
    manifest_path = base / "manifest.json"
    wanted = {"generator": GENERATOR_VERSION, "claims": n_claims,
              "evidence_per_claim": EVIDENCE_PER_CLAIM, "files": files,
              "migrations": _migration_names()}
    if not force and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if {k: manifest.get(k) for k in wanted} == wanted:
            return base / "claims"
    if base.exists():
        _remove(base)
    base.mkdir(parents=True)
    log(f"generating {n_claims:,} claims × {EVIDENCE_PER_CLAIM} evidence ({files} files) "
        f"under {base} ...")
    start = time.perf_counter()
    now = datetime.now(UTC).replace(microsecond=0)
    counts = build(base / "claims", n_claims, files, now, log)
    seconds = time.perf_counter() - start
    manifest = {**wanted, **counts, "now": now.isoformat(), "seconds": round(seconds, 1),
                "commit": commit()}
    manifest_path.write_text(json.dumps(manifest, indent=2))
    log(f"generated in {seconds:.0f} s: {counts}")
    return base / "claims"


def _remove(path: Path) -> None:
    for root, dirs, _files in os.walk(path):  # in case a folder was made read-only
        for d in dirs:
            os.chmod(os.path.join(root, d), stat.S_IRWXU)
    shutil.rmtree(path)


# -- building -------------------------------------------------------------------------
def build(path: Path, n_claims: int, files: str, now: datetime, log=print) -> dict:
    """Write the folder at ``path``; returns what it holds (counts)."""
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.model import Platform, PlatformKind

    if files not in FILE_MODES:
        raise SystemExit(f"--files must be one of {', '.join(FILE_MODES)}")
    rnd = random.Random(17)
    folder = ClaimFolder.create(path)
    try:
        kinds = list(PlatformKind)
        platforms = [folder.claims.add_platform(Platform(
            f"{a} {b}", kind=kinds[i % len(kinds)], window_hours=[24, 48, 72, 168][i % 4],
            regulator=REGULATORS[i % len(REGULATORS)],
            zone=["", "Europe/London", "Europe/Malta", ""][i % 4],
            support_email=f"support@{a.lower()}{b.lower()}.example"))
            for i, (a, b) in enumerate((a, b) for a in PLATFORM_WORDS[0]
                                       for b in PLATFORM_WORDS[1][:4])]
        sources = EvidenceSource(folder, files, rnd, path.parent / "source")
        report_every = max(1, n_claims // 10)
        for first in range(0, n_claims, CLAIMS_PER_TRANSACTION):
            with folder.transaction():
                for i in range(first, min(n_claims, first + CLAIMS_PER_TRANSACTION)):
                    claim = _claim(folder, platforms, rnd, i, n_claims, now)
                    sources.add_evidence(claim, i)
                    if (i + 1) % report_every == 0:
                        log(f"  {i + 1:,} claims")
        counts = {name: folder.db[name].count for name in
                  ("claims", "status_changes", "contacts", "evidence", "events")}
        counts["evidence_files"] = sum(1 for p in folder.evidence_dir.rglob("*") if p.is_file())
    finally:
        folder.close()
        shutil.rmtree(path.parent / "source", ignore_errors=True)
    return counts


def _claim(folder, platforms, rnd: random.Random, i: int, n: int, now: datetime):
    """Claim number ``i`` of ``n``, in incident order, with its status history and contacts."""
    from bonusdesk.core.model import Category, Claim

    # Uniform over two years, ending a few hours before "now": ids follow time, as in use.
    age = timedelta(days=730) * (1 - (i + 1) / n) + timedelta(hours=rnd.uniform(2, 20))
    incident = now - age
    code = f"{rnd.choice(['BNS', 'DEP', 'WDR', 'ERR', 'PRM'])}-{rnd.randrange(100, 999)}"
    promo = f"WELCOME{rnd.randrange(10, 300)}"
    title = rnd.choice(TITLES).format(month=MONTHS[incident.month - 1], promo=promo, code=code)
    platform = platforms[rnd.randrange(len(platforms))]
    zone = rnd.choice(ZONES)
    claim = folder.claims.create(Claim(
        title=f"{title} ({i + 1})", platform_id=platform.id, incident_at=incident,
        incident_zone=zone, account_id=f"PLAYER-{rnd.randrange(10_000, 99_999)}",
        bonus_name=rnd.choice(["Welcome 100%", "Cashback 10%", "50 free spins", "VIP reload"]),
        bonus_amount=f"{rnd.randrange(10, 500)}.00", currency=rnd.choice(["EUR", "GBP"]),
        promo_code=promo, transaction_id=f"TX-{rnd.randrange(100_000, 999_999)}",
        category=list(Category)[i % len(Category)], error_code=code,
        error_text=rnd.choice(ERROR_TEXTS),
        did=f"Deposited {rnd.randrange(20, 300)} € with promo code {promo}",
        expected="The bonus credited to my account as the promotion page promised",
        happened=f"The deposit went through but the bonus page showed {code}"))
    _history(folder, claim, rnd, now, zone)
    return claim


# Paths a claim takes; the older the claim, the further along it usually is. The first
# three end finished and are drawn twice as often: about a third of old claims stay open.
_PATHS = [["reported", "acknowledged", "in_progress", "resolved_accepted"],
          ["reported", "acknowledged", "resolved_rejected", "escalated", "closed"],
          ["reported", "info_requested", "in_progress", "resolved_accepted", "closed"],
          ["ready_to_report", "reported", "acknowledged", "escalated"],
          ["reported", "in_progress", "info_requested"]]


def _history(folder, claim, rnd: random.Random, now: datetime, zone: str) -> None:
    from bonusdesk.core.model import Channel, Contact, Direction

    age_days = (now - claim.incident_at).total_seconds() / 86400
    if age_days < 2 and rnd.random() < 0.5:
        return  # still a draft: the reporting clock runs
    path = rnd.choices(_PATHS, weights=[2, 2, 2, 1, 1])[0]
    steps = len(path) if age_days > 90 and rnd.random() < 0.9 else \
        max(1, min(len(path), int(age_days / 7) + 1, rnd.randrange(1, len(path) + 1)))
    at = claim.incident_at + timedelta(hours=rnd.uniform(1, 80))  # some reports come late
    for status in path[:steps]:
        if at >= now:
            break
        folder.claims.set_status(claim.id, status, at=at, zone=zone)
        if status in ("reported", "info_requested", "escalated") or rnd.random() < 0.3:
            received = status in ("acknowledged", "info_requested", "resolved_rejected")
            promise = received and rnd.random() < 0.3
            contact_at = min(now - timedelta(minutes=1), at + timedelta(minutes=rnd.randrange(5,
                                                                                            90)))
            folder.contacts.add(Contact(
                claim_id=claim.id, channel=rnd.choice(list(Channel)), at=contact_at, zone=zone,
                direction=Direction.RECEIVED if received else Direction.SENT,
                reference=rnd.choice(REFERENCES).format(n=rnd.randrange(1000, 99999)),
                agent=rnd.choice(["", "Julie", "Mark", "Support team"]),
                summary=f"{status.replace('_', ' ').capitalize()}: {claim.error_code} "
                        f"{claim.error_text}",
                promised_action="Credit the bonus" if promise else "",
                promised_due_at=contact_at + timedelta(days=3) if promise else None))
        at += timedelta(hours=rnd.uniform(6, 24 * 12))


class EvidenceSource:
    """Adds a claim's 20 evidence items: imported for the first claims, bulk for the rest."""

    def __init__(self, folder, files: str, rnd: random.Random, scratch: Path):
        self.folder, self.files, self.rnd = folder, files, rnd
        self.scratch = scratch
        scratch.mkdir(parents=True, exist_ok=True)
        self.pool: list = []  # Evidence rows of the shared pool, once imported
        self.screens: list[bytes] = []
        if files in ("shared", "distinct"):
            from bench.screens import screenshots

            self.screens = [p.read_bytes() for p in screenshots(POOL_SIZE)]
        self.next_id = None
        self.made = 0  # distinct files made so far (their number makes them distinct)

    def add_evidence(self, claim, i: int) -> None:
        if self.files == "shared" and len(self.pool) < POOL_SIZE:
            self._import(claim, [self.screens[len(self.pool) + k]
                                 for k in range(EVIDENCE_PER_CLAIM)], into_pool=True)
        elif i == 0:
            self._import(claim, [self._content() for _ in range(EVIDENCE_PER_CLAIM)])
        else:
            self._bulk(claim)

    def _content(self) -> bytes:
        from bench.screens import variant

        self.made += 1
        if self.files == "tiny":
            from bonusdesk.core.png import encode_png

            n = self.made
            pixels = bytes([n & 255, (n >> 8) & 255, (n >> 16) & 255]) * (16 * 9)
            return encode_png(pixels, 16, 9)
        return variant(self.screens[self.made % len(self.screens)], self.made)

    def _import(self, claim, contents: list[bytes], into_pool: bool = False) -> None:
        for n, data in enumerate(contents):
            src = self.scratch / f"capture-{claim.id}-{n + 1:02d}.png"
            src.write_bytes(data)
            result = self.folder.evidence.import_file(claim.id, src, caption=self._caption(claim))
            src.unlink()
            if not result.ok:
                raise SystemExit(f"generator: import refused: {result.error}")
            if into_pool:
                self.pool.append(result.evidence[0])

    def _caption(self, claim) -> str:
        return self.rnd.choice(CAPTIONS).format(code=claim.error_code)

    def _bulk(self, claim) -> None:
        """20 rows (and files, unless shared) written directly, each logged as the app would."""
        import hashlib

        from bonusdesk.core.model import Evidence, EvidenceKind
        from bonusdesk.core.rows import to_row
        from bonusdesk.core.timeutil import utc_offset

        db = self.folder.db
        if self.next_id is None:
            self.next_id = (db.execute("select max(id) from evidence").fetchone()[0] or 0) + 1
        if self.files == "shared":
            picked = [(ev.sha256, ev.path, ev.size, ev.width, ev.height)
                      for ev in self.rnd.sample(self.pool, EVIDENCE_PER_CLAIM)]
        else:
            picked = []
            for _ in range(EVIDENCE_PER_CLAIM):
                data = self._content()
                sha = hashlib.sha256(data).hexdigest()
                rel = f"evidence/{sha[:2]}/{sha}.png"
                self._write_evidence_file(rel, data)
                w, h = (16, 9) if self.files == "tiny" else (1920, 1080)
                picked.append((sha, rel, len(data), w, h))
        rows, logged = [], []
        for n, (sha, rel, size, w, h) in enumerate(picked):
            when = claim.incident_at + timedelta(minutes=2 * n + 1)
            source = "capture" if n % 3 == 0 else "import"
            name = f"capture-{when:%Y%m%d-%H%M%S}.png" if source == "capture" else \
                f"screenshot-{claim.id}-{n + 1}.png"
            ev = Evidence(claim_id=claim.id, kind=EvidenceKind.SCREENSHOT, sha256=sha, path=rel,
                          original_name=name, size=size, mime="image/png", captured_at=when,
                          zone=claim.incident_zone, utc_offset=utc_offset(when,
                                                                          claim.incident_zone),
                          caption=self._caption(claim), width=w, height=h, source=source,
                          id=self.next_id)
            self.next_id += 1
            rows.append(to_row(ev))
            logged.append((ev.id, "capture" if source == "capture" else "import",
                           {"sha256": sha, "name": name, "kind": ev.kind.value, "size": size,
                            "source": source}))
        db["evidence"].insert_all(rows)
        for eid, action, data in logged:
            self.folder.log(action, "evidence", eid, claim.id, data)

    def _write_evidence_file(self, rel: str, data: bytes) -> None:
        final = self.folder.abspath(rel)
        final.parent.mkdir(parents=True, exist_ok=True)
        final.write_bytes(data)
        os.chmod(final, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # as the store leaves it


# -- copies the benches may change -------------------------------------------------------
def working_copy(src: Path, dest: Path) -> Path:
    """A copy of claim folder ``src`` at ``dest`` that a bench may write to.

    The database is copied; evidence files are hard-linked (the app never writes to them;
    it only reads and hashes them), so even a large folder copies in a second.
    """
    if dest.exists():
        _remove(dest)
    dest.mkdir(parents=True)
    for name in os.listdir(src):
        s, d = src / name, dest / name
        if name == "evidence":
            shutil.copytree(s, d, copy_function=os.link)
        elif s.is_file() and not name.startswith(".bonusdesk.lock"):
            shutil.copy2(s, d)
    return dest


def settle_reminders(path: Path) -> int:
    """Record the folder's due reminders as shown, as a previous session of the app did.

    A fresh copy would otherwise make the app notify (and write) every overdue deadline of
    thousands of claims at start-up, a first-run cost a returning user never pays.
    Returns how many were recorded.
    """
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.core.reminders import due_reminders, mark_notified

    with ClaimFolder.open(path) as folder:
        due = due_reminders(folder)
        mark_notified(folder, due)
    return len(due)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1k", help="claims: 300, 1k, 10k, 30k ...")
    parser.add_argument("--files", default="shared", choices=FILE_MODES)
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args()
    path = ensure(parse_size(args.size), args.files, args.force)
    print(path)


if __name__ == "__main__":
    main()
