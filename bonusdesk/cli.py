"""bonusdesk-cli: the scriptable front end over the core. Nothing else lives here.

Exit codes: 0 success, 1 verification failed, 2 bad input, usage or refused operation
(one line on stderr), 3 internal error (a bug: the traceback goes to a file under
``applog.log_dir()`` whose path is printed). ``--json`` makes every data-printing
command print one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from . import __version__
from .core.errors import BadInput, BonusDeskError, DatabaseLost, FolderReadOnly
from .core.parsing import parse_bool, parse_enum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (--version)
if TYPE_CHECKING:
    from .core.folder import ClaimFolder
    from .core.model import Contact

EXIT_OK, EXIT_VERIFY_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
MAX_ID = 2**63 - 1  # SQLite's largest integer


# -- output helpers -------------------------------------------------------------
def jsonable(value):
    import dataclasses  # imported here: --version imports nothing it does not need
    from datetime import datetime
    from enum import Enum

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def emit_json(value) -> None:
    import json

    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextlib.contextmanager
def gc_paused():
    """The cyclic garbage collector paused while a command builds 100,000s of objects
    without cycles (rows, facts, deadlines): each full collection would walk them all,
    ~20% of ``deadlines`` at 10,000 claims. Reference counting still frees everything."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_lines(lines: list[str]) -> None:
    """Print many lines in one write (print() per line costs more than the line at 10k)."""
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


def choices(enum_cls) -> str:
    return ", ".join(e.value for e in enum_cls)


def db_id(text: str) -> int:
    """An id as argparse reads it: a whole number SQLite can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"no such id: {text} (ids are 1 to {MAX_ID})")
    return value


def id_list(text: str | None) -> list[int]:
    if not text:
        return []
    try:
        ids = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise BadInput(f"expected comma-separated ids such as 3,7,12, not {text!r}") from None
    for value in ids:
        if not 1 <= value <= MAX_ID:
            raise BadInput(f"no such id: {value} (ids are 1 to {MAX_ID})")
    return ids


def checked_zone(name: str) -> str:
    from .core.timeutil import get_zone

    get_zone(name)
    return name


# -- opening the folder ----------------------------------------------------------
def folder_path(args) -> Path:
    from .core.folder import default_folder  # imports on use: --version loads no folder code

    return Path(args.folder).expanduser() if getattr(args, "folder", None) else default_folder()


def open_folder(args, writable: bool = True, brief: bool = False) -> ClaimFolder:
    from .core.folder import ClaimFolder

    path = folder_path(args)
    folder = ClaimFolder.open(path, writable=writable, brief=brief)
    warn_if_synced(folder.path)
    return folder


def warn_if_synced(path: Path) -> None:
    """One line on stderr when the claim folder is inside OneDrive, Dropbox & co."""
    from .core import sync

    location = sync.detect(path)
    if location is not None:
        print(f"bonusdesk-cli: warning: {sync.warning(location, path)}", file=sys.stderr)


# -- commands --------------------------------------------------------------------
def cmd_init(args) -> int:
    from .core.folder import ClaimFolder

    with ClaimFolder.create(folder_path(args)) as folder:
        warn_if_synced(folder.path)
        if args.json:
            emit_json({"folder": str(folder.path)})
        else:
            print(f"claim folder ready: {folder.path}")
    return EXIT_OK


def cmd_platform_add(args) -> int:
    from .core.model import Platform, PlatformKind

    platform = Platform(
        name=args.name, kind=parse_enum(PlatformKind, args.kind, "platform kind"),
        website=args.website or "", support_email=args.support_email or "",
        support_phone=args.support_phone or "", support_form_url=args.form_url or "",
        window_hours=args.window_hours, regulator=args.regulator or "",
        zone=checked_zone(args.zone) if args.zone else "", notes=args.notes or "",
        legal_entity=args.legal_entity or "", licence_number=args.licence_number or "",
        adr=args.adr or "")
    with open_folder(args) as folder:
        if platform.adr:
            from .core.rules import rules_for_folder

            platform.adr = rules_for_folder(folder).get(platform.adr).key
        platform = folder.claims.add_platform(platform)
    if args.json:
        emit_json(platform)
    else:
        print(platform.id)
    return EXIT_OK


def cmd_platform_list(args) -> int:
    with open_folder(args, writable=False) as folder:
        platforms = folder.claims.platforms()
    if args.json:
        emit_json(platforms)
    else:
        for p in platforms:
            print(f"{p.id}\t{p.name}\t{p.kind.value}\t{p.window_hours} h\t{p.support_email}")
    return EXIT_OK


def cmd_platform_set(args) -> int:
    from .core.model import EDITABLE_PLATFORM_FIELDS, PlatformKind
    from .core.recipients import platform_match
    from .core.rules import rules_for_folder

    field, value = args.field, args.value
    if field not in EDITABLE_PLATFORM_FIELDS:
        raise BadInput(f"unknown or read-only platform field {field!r}; editable fields: "
                       + ", ".join(EDITABLE_PLATFORM_FIELDS))
    with open_folder(args) as folder:
        platform = folder.claims.find_platform(args.name)
        if platform is None:
            raise BadInput(f"unknown platform {args.name!r}")
        if field == "kind":
            value = parse_enum(PlatformKind, value, "platform kind")
        elif field == "zone" and value:
            value = checked_zone(value)
        elif field == "adr" and value:
            value = rules_for_folder(folder).get(value).key
        platform = folder.claims.update_platform(platform.id, **{field: value})
        match = platform_match(rules_for_folder(folder), platform)
    if args.json:
        emit_json(platform)
    elif field == "regulator" and match.state != "matched":
        print(f"note: {match.message}")
    return EXIT_OK


def cmd_claim_new(args) -> int:
    from .core.model import Category, Claim
    from .core.timeutil import local_zone_name, parse_user_time

    zone = checked_zone(args.zone or local_zone_name())
    with open_folder(args) as folder:
        platform = folder.claims.find_platform(args.platform)
        if platform is None:
            raise BadInput(f"unknown platform {args.platform!r}; add it with "
                           "'bonusdesk-cli platform add NAME'")
        claim = Claim(
            title=args.title, platform_id=platform.id,
            incident_at=parse_user_time(args.incident_at, zone), incident_zone=zone,
            category=parse_enum(Category, args.category, "category"),
            error_code=args.error_code or "", error_text=args.error_text or "",
            did=args.did or "", expected=args.expected or "", happened=args.happened or "",
            account_id=args.account_id or "")
        claim = folder.claims.create(claim)
    if args.json:
        emit_json(claim)
    else:
        print(claim.id)
    return EXIT_OK


def cmd_claim_list(args) -> int:
    from .core.model import Status

    status = parse_enum(Status, args.status, "status") if args.status else None
    with open_folder(args, writable=False) as folder:
        # --json prints every field; the text lines need four columns, not whole claims.
        claims = folder.claims.list(status) if args.json else folder.claims.lines(status)
        names = {p.id: p.name for p in folder.claims.platforms()}
    if args.json:
        emit_json([{**jsonable(c), "platform": names.get(c.platform_id, "")} for c in claims])
    else:
        write_lines([f"{c.id}\t{c.status.value}\t{names.get(c.platform_id, '')}\t{c.title}"
                     for c in claims])
    return EXIT_OK


def claim_document(folder: ClaimFolder, claim_id: int, lang: str = "en") -> dict:
    """Everything about one claim, as ``claim show --json`` prints it."""
    from .core.next_action import next_action

    claim = folder.claims.get(claim_id)
    return {
        "claim": jsonable(claim),
        "platform": jsonable(folder.claims.platform(claim.platform_id)),
        "next": next_document(next_action(folder, claim_id), lang),
        "status_history": jsonable(folder.claims.history(claim_id)),
        "checklist": jsonable(folder.claims.checklist(claim_id)),
        "evidence": jsonable(folder.evidence.list(claim_id)),
        "contacts": jsonable(folder.contacts.list(claim_id)),
    }


def cmd_claim_show(args) -> int:
    from datetime import datetime

    from .core.timeutil import format_local

    with open_folder(args, writable=False) as folder:
        doc = claim_document(folder, args.id, args.lang)
    if args.json:
        emit_json(doc)
        return EXIT_OK
    c, zone = doc["claim"], doc["claim"]["incident_zone"]
    print(f"Claim {c['id']}: {c['title']}  [{c['status']}]")
    print(f"Next: {doc['next']['text']}")
    print(f"Platform: {doc['platform']['name']}   Account: {c['account_id']}")
    print(f"Incident: {format_local(datetime.fromisoformat(c['incident_at']), zone)}")
    print(f"Category: {c['category']}   Error: {c['error_code']} {c['error_text']}")
    for label, key in (("I did", "did"), ("I expected", "expected"), ("What happened", "happened")):
        if c[key]:
            print(f"{label}: {c[key]}")
    print("Status history:")
    for s in doc["status_history"]:
        print(f"  {format_local(datetime.fromisoformat(s['at']), s['zone'])}  {s['status']}"
              f"  {s['note']}")
    print("Checklist:")
    for n, it in enumerate(doc["checklist"], 1):
        print(f"  {n}. [{it['state']}] {it['label']}")
    print("Evidence:")
    for e in doc["evidence"]:
        print(f"  {e['id']}\t{e['kind']}\t{e['original_name']}\t{e['sha256']}")
    print("Contacts:")
    for k in doc["contacts"]:
        print(f"  {k['id']}\t{k['channel']}\t{k['direction']}\t{k['reference']}\t"
              f"{(k['summary'] or '').splitlines()[0] if k['summary'] else ''}")
    return EXIT_OK


def cmd_claim_set(args) -> int:
    with open_folder(args) as folder:
        claim = folder.claims.update(args.id, **{args.field: args.value})
    if args.json:
        emit_json(claim)
    return EXIT_OK


def cmd_claim_status(args) -> int:
    from .core.info_request import ITEM_KEYS
    from .core.status_flow import record_status
    from .core.timeutil import parse_user_time
    from .core.zones import claim_zone

    if args.contact is not None and args.at:
        raise BadInput("--at and --contact exclude each other: a linked status takes the "
                       "contact's time")
    if (args.due or args.items) and str(args.status).strip().lower() != "info_requested":
        raise BadInput("--due and --items go with the info_requested status")
    items = [i.strip() for i in (args.items or "").split(",") if i.strip()]
    unknown = [i for i in items if i not in ITEM_KEYS]
    if unknown:
        raise BadInput(f"unknown item {unknown[0]!r}; items: {', '.join(ITEM_KEYS)}")
    with open_folder(args) as folder:
        zone = claim_zone(folder, args.id)  # times typed for a claim are in its zone
        at = parse_user_time(args.at, zone) if args.at else None
        due = parse_user_time(args.due, zone) if args.due else None
        recorded = record_status(folder, args.id, args.status, contact_id=args.contact,
                                 note=args.note, info_due_at=due, info_items=items, at=at,
                                 zone=zone, written=parse_bool(args.written, "--written"))
    if args.json:
        emit_json(recorded.change)
    return EXIT_OK


def cmd_checklist(args) -> int:
    from .core.model import CheckState

    words = args.words
    if words[0] == "set":
        if len(words) != 4:
            raise BadInput("usage: checklist set CLAIM_ID ITEM STATE "
                           f"(STATE one of: {choices(CheckState)})")
        claim_id, item, state = _int(words[1], "claim id"), words[2], words[3]
        with open_folder(args) as folder:
            it = folder.claims.set_checklist(
                claim_id, item, state, note=args.note,
                evidence_ids=id_list(args.evidence) if args.evidence else None)
        if args.json:
            emit_json(it)
        return EXIT_OK
    if len(words) != 1:
        raise BadInput("usage: checklist CLAIM_ID | checklist set CLAIM_ID ITEM STATE")
    with open_folder(args, writable=False) as folder:
        items = folder.claims.checklist(_int(words[0], "claim id"))
    if args.json:
        emit_json(items)
    else:
        for n, it in enumerate(items, 1):
            ev = f"  evidence {','.join(map(str, it.evidence_ids))}" if it.evidence_ids else ""
            print(f"{n}\t{it.key or '-'}\t{it.state.value}\t{it.label}{ev}")
    return EXIT_OK


def _int(text: str, what: str) -> int:
    try:
        return db_id(text)
    except argparse.ArgumentTypeError as exc:
        raise BadInput(f"{what}: {exc}") from None


def _claim_and_files(args) -> tuple[int | None, list[str]]:
    """``evidence add [CLAIM_ID] FILE...``: no claim id (or --inbox) means the Inbox."""
    words = list(args.words)
    if args.inbox:
        return None, words
    first = words[0]
    if len(words) > 1 and first.isdigit() and not Path(first).exists():
        return int(first), words[1:]
    return None, words


def cmd_evidence_add(args) -> int:
    from .core.model import EvidenceKind
    from .core.status_flow import propose_for_contact

    kind = parse_enum(EvidenceKind, args.kind, "evidence kind") if args.kind else None
    claim_id, files = _claim_and_files(args)
    proposals = []
    with open_folder(args) as folder:
        results = folder.evidence.import_files(claim_id, files, kind, args.caption or "")
        for r in results:
            proposal = propose_for_contact(folder, r.contact) if r.contact else None
            if proposal is not None:
                proposals.append(proposal)
                print_proposal(proposal, folder)
    failed = [r for r in results if not r.ok]
    for r in failed:
        print(f"bonusdesk-cli: not imported: {r.path}: {r.error}", file=sys.stderr)
    for r in results:
        for w in r.warnings:
            print(f"bonusdesk-cli: warning: {r.path}: {w}", file=sys.stderr)
    if args.json:
        by_contact = {p.contact_id: p for p in proposals}
        emit_json([{"path": r.path, "ok": r.ok, "error": r.error, "duplicate": r.duplicate,
                    "evidence": r.evidence, "contact": r.contact, "warnings": r.warnings,
                    "proposal": by_contact.get(r.contact.id) if r.contact else None}
                   for r in results])
    else:
        where = "this claim" if claim_id is not None else "the Inbox"
        for r in results:
            for ev in r.evidence:
                dup = f" (already in {where})" if r.duplicate else ""
                print(f"{ev.id}\t{ev.sha256}\t{ev.original_name}{dup}")
            if r.contact:
                print(f"contact {r.contact.id} created from {r.path}")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_evidence_list(args) -> int:
    from .core.timeutil import format_local

    if args.inbox == (args.id is not None):
        raise BadInput("give a claim id or --inbox (evidence with no claim yet)")
    with open_folder(args, writable=False) as folder:
        items = folder.evidence.inbox() if args.inbox else folder.evidence.list(args.id)
    if args.json:
        emit_json(items)
    else:
        for ev in items:
            print(f"{ev.id}\t{ev.kind.value}\t{format_local(ev.captured_at, ev.zone, False)}\t"
                  f"{ev.sha256}\t{ev.original_name}\t{ev.caption}")
    return EXIT_OK


def cmd_evidence_unlock(args) -> int:
    from .core.pdf_unlock import unlock_pdf

    password = _read_password(args.password_file)
    with open_folder(args) as folder:
        copy = unlock_pdf(folder, args.id, password)
    if args.json:
        emit_json(copy)
    else:
        print(copy.id)
    return EXIT_OK


def cmd_contact_reference(args) -> int:
    with open_folder(args) as folder:
        if args.remove:
            contact = folder.contacts.remove_reference(args.id)
        elif args.set is not None:
            contact = folder.contacts.update(args.id, reference=args.set.strip(),
                                             reference_origin="")
        else:
            contact = folder.contacts.confirm_reference(args.id)
    if args.json:
        emit_json(contact)
    else:
        print(contact.reference or "(no reference)")
    return EXIT_OK


def cmd_contact_add(args) -> int:
    from .core.model import Channel, Contact, Counterpart, Direction
    from .core.status_flow import log_contact
    from .core.timeutil import parse_user_time
    from .core.zones import claim_zone

    with open_folder(args) as folder:
        zone = claim_zone(folder, args.id)  # times typed for a claim are in its zone
        contact = Contact(
            claim_id=args.id, channel=parse_enum(Channel, args.channel, "channel"),
            at=parse_user_time(args.at, zone), zone=zone,
            direction=parse_enum(Direction, args.direction, "direction"),
            reference=args.reference or "", agent=args.agent or "",
            summary=args.summary or "", promised_action=args.promised_action or "",
            promised_due_at=(parse_user_time(args.promised_due, zone) if args.promised_due
                             else None),
            evidence_ids=id_list(args.evidence), written=parse_bool(args.written, "--written"),
            counterpart=parse_enum(Counterpart, args.counterpart, "counterpart"),
            final_response=args.final_response,
            transcript_kept=parse_bool(args.transcript_kept, "--transcript-kept"))
        refuse_unless_forced(folder, contact, args.force)
        logged = log_contact(folder, contact)
        if logged.change is not None:
            print(f"bonusdesk-cli: claim {args.id} marked reported: a written report sent "
                  "within the reporting window", file=sys.stderr)
        if logged.proposal is not None:
            print_proposal(logged.proposal, folder)
    if args.json:
        emit_json({**jsonable(logged.contact), "status_change": jsonable(logged.change),
                   "proposal": jsonable(logged.proposal)})
    else:
        print(logged.contact.id)
    return EXIT_OK


def cmd_contact_list(args) -> int:
    from .core.timeutil import format_local

    with open_folder(args, writable=False) as folder:
        contacts = folder.contacts.list(args.id, include_withdrawn=args.all)
    if args.json:
        emit_json(contacts)
    else:
        for k in contacts:
            mark = "\twithdrawn: " + k.withdrawn_reason if k.withdrawn else (
                "\tcorrected" if k.corrected_at else "")
            when = "date unknown" if k.at_unknown else format_local(k.at, k.zone, False)
            ref = k.reference + (" (detected: confirm or remove)"
                                 if k.reference_origin == "detected" else "")
            print(f"{k.id}\t{when}\t{k.channel.value}\t{k.direction.value}\t{ref}{mark}")
    return EXIT_OK


# -- the follow-up journey (issue 14): checks, corrections, inbox, next step, guide -------
def refuse_unless_forced(folder: ClaimFolder, contact: Contact, force: bool) -> None:
    """Print the contact's warnings; without --force they stop the save (exit 2)."""
    from .core.contact_checks import check_contact, warning_text

    folder.contacts.validate(contact)  # what can never be saved is said first
    warnings = check_contact(folder, contact)
    for w in warnings:
        print(f"bonusdesk-cli: warning: {warning_text(w, 'en', contact.zone)}",
              file=sys.stderr)
    if warnings and not force:
        raise BadInput("contact not saved: correct it, or add --force to save it anyway")


def print_proposal(proposal, folder: ClaimFolder) -> None:
    """A status BonusDesk suggests, with the command that records it (stderr)."""
    from .core.status_flow import proposal_text
    from .core.timeutil import get_zone

    zone = folder.claims.get(proposal.claim_id).incident_zone
    question = proposal_text(proposal, "en", zone)
    cmd = (f"bonusdesk-cli claim status {proposal.claim_id} {proposal.status.value} "
           f"--contact {proposal.contact_id}")
    if proposal.reason == "email_asks_information":
        if not proposal.due_stated:
            question += " (the e-mail gives no date: 48 h suggested)"
        cmd += f" --due {proposal.due_at.astimezone(get_zone(zone)):%Y-%m-%dT%H:%M}"
        if proposal.info_items:
            cmd += f" --items {','.join(proposal.info_items)}"
    print(f"bonusdesk-cli: suggestion: {question} To record it: {cmd}", file=sys.stderr)


def cmd_contact_edit(args) -> int:
    from dataclasses import replace

    from .core.contacts import CORRECTABLE_FIELDS

    changes = {f: getattr(args, f) for f in CORRECTABLE_FIELDS
               if getattr(args, f, None) is not None}
    if not changes:
        raise BadInput("nothing to correct: give one or more of "
                       + ", ".join("--" + f.replace("_", "-") for f in CORRECTABLE_FIELDS))
    with open_folder(args) as folder:
        current = folder.contacts.get(args.id)
        zone = changes.get("zone") or current.zone
        typed = {k: folder.contacts.coerce_field(k, v, zone) for k, v in changes.items()}
        refuse_unless_forced(folder, replace(current, **typed), args.force)
        contact = folder.contacts.correct(args.id, reason=args.reason or "", **typed)
    if args.json:
        emit_json(contact)
    else:
        print(contact.id)
    return EXIT_OK


CONTACT_SET_FIELDS = ("written", "counterpart", "final_response", "transcript_kept",
                      "reference", "agent", "summary")


def cmd_contact_set(args) -> int:
    from .core.model import Counterpart

    field = args.field
    if field not in CONTACT_SET_FIELDS:
        raise BadInput(f"unknown contact field {field!r}; fields: {', '.join(CONTACT_SET_FIELDS)}")
    if field == "counterpart":
        value = parse_enum(Counterpart, args.value, "counterpart")
    elif field in ("written", "transcript_kept", "final_response"):
        value = parse_bool(args.value, field)
        if field == "final_response":
            value = bool(value)
    else:
        value = args.value
    with open_folder(args) as folder:
        if field in ("reference", "agent", "summary"):
            # What was said or written is corrected like 'contact edit': the event keeps
            # the old value for History.
            contact = folder.contacts.correct(args.contact_id, **{field: value})
        else:
            contact = folder.contacts.update(args.contact_id, **{field: value})
    if args.json:
        emit_json(contact)
    return EXIT_OK


def cmd_contact_withdraw(args) -> int:
    with open_folder(args) as folder:
        contact = folder.contacts.withdraw(args.id, args.reason)
        claim = folder.claims.get(contact.claim_id)
    if args.json:
        emit_json({**jsonable(contact), "claim_status": claim.status.value})
    else:
        print(f"contact {contact.id} withdrawn; claim {claim.id} is {claim.status.value}")
    return EXIT_OK


def cmd_evidence_move(args) -> int:
    from .core.inbox import file_evidence

    target = None if args.to.strip().lower() == "inbox" else _int(args.to, "--to")
    with open_folder(args) as folder:
        result = file_evidence(folder, args.ids, target)
        proposals = []
        for contents in result.emails:
            for w in contents.warnings:
                print(f"bonusdesk-cli: warning: {contents.path}: {w}", file=sys.stderr)
        from .core.status_flow import propose_for_contact

        for contact in result.contacts:
            proposal = propose_for_contact(folder, contact)
            if proposal is not None:
                proposals.append(proposal)
                print_proposal(proposal, folder)
    if args.json:
        emit_json({**jsonable(result), "contacts": jsonable(result.contacts),
                   "proposals": jsonable(proposals)})
        return EXIT_OK
    where = f"claim {target}" if target is not None else "the Inbox"
    for ev in result.moved:
        print(f"{ev.id}\t{ev.original_name}\tfiled into {where}")
    for eid in result.already:
        print(f"{eid}\talready in {where}")
    for contact in result.contacts:
        print(f"contact {contact.id} created from the e-mail")
    return EXIT_OK


def next_document(action, lang: str, now=None) -> dict:
    from .core.next_action import action_text

    return {**jsonable(action), "text": action_text(action, lang, now=now)}


def cmd_next(args) -> int:
    from .core.next_action import next_action
    from .core.timeutil import local_zone_name, parse_user_time

    now = parse_user_time(args.now, local_zone_name()) if args.now else None
    with open_folder(args, writable=False) as folder:
        ids = [args.id] if args.id is not None else [c.id for c in folder.claims.list()
                                                      if c.status.is_open]
        docs = [next_document(next_action(folder, cid, now), args.lang, now) for cid in ids]
    if args.json:
        emit_json(docs[0] if args.id is not None else docs)
    else:
        for doc in docs:
            prefix = "" if args.id is not None else f"claim {doc['claim_id']}\t"
            print(prefix + doc["text"])
    return EXIT_OK


def cmd_guide(args) -> int:
    from .core.guide import guide_text

    print(guide_text(args.lang))
    return EXIT_OK


def cmd_profile(args) -> int:
    from .core import profile

    changes = {f: getattr(args, f) for f in profile.PROFILE_FIELDS
               if getattr(args, f, None) is not None}
    if "postal_address" in changes:
        changes["postal_address"] = changes["postal_address"].replace("\\n", "\n")
    with open_folder(args, writable=bool(changes)) as folder:
        current = profile.save(folder, **changes) if changes else profile.load(folder)
    if args.json:
        emit_json(current)
    else:
        for f in profile.PROFILE_FIELDS:
            value = getattr(current, f).replace("\n", ", ")
            print(f"{f}\t{value}")
    return EXIT_OK


def cmd_search(args) -> int:
    from .core.search import search

    with open_folder(args, writable=False) as folder:
        hits = search(folder, args.text)
    if args.json:
        emit_json(hits)
    else:
        for h in hits:
            where = f"claim {h.claim_id}" if h.claim_id is not None else "inbox"
            print(f"{where}\t{h.kind} {h.item_id}\t{h.title}\t{h.snippet}")
    return EXIT_OK


def cmd_verify(args) -> int:
    from .core.anchors import Anchor
    from .core.integrity import survey_damaged, verify

    given = [Anchor.parse(a) for a in args.anchor or []]
    try:
        with open_folder(args, writable=False) as folder:
            report = verify(folder, given)
    except DatabaseLost as exc:
        report = survey_damaged(exc.path, str(exc))
    if args.json:
        emit_json({"ok": report.ok, **jsonable(report)})
    else:
        for p in report.problems:
            print(f"PROBLEM: {p.message}")
        for n in report.notices:
            print(f"note: {n}")
        verdict = "OK" if report.ok else f"FAILED ({len(report.problems)} problem(s))"
        print(f"{verdict}: {report.files_checked} evidence file(s), {report.events_checked} "
              f"event(s), {report.rows_checked} table row(s), {report.anchors_checked} "
              "anchor(s), database checked")
        if report.head and not report.head.startswith("0:"):  # an empty log has no head
            print(f"head: {report.head}")
    return EXIT_OK if report.ok else EXIT_VERIFY_FAILED


def cmd_verify_bundle(args) -> int:
    from .core.anchors import Anchor
    from .export.verify_bundle import verify_bundle

    given = [Anchor.parse(a) for a in args.anchor or []]
    password = _read_password(args.password_file) if args.password_file else None
    report = verify_bundle(args.bundle, password, given)
    if args.json:
        emit_json({"ok": report.ok, **jsonable(report)})
        return EXIT_OK if report.ok else EXIT_VERIFY_FAILED
    for p in report.problems:
        print(f"PROBLEM: {p}")
    for n in report.notices:
        print(f"note: {n}")
    if report.ok:
        print(f"VERIFIED: {report.path}: {report.files_checked} file(s) match SHA256SUMS; the "
              f"PDF and the {report.evidence} evidence file(s) are the ones the manifest and "
              f"the PDF's index name; the event log excerpt (events {report.excerpt}) is an "
              f"intact chain ending at {report.anchor}.")
        print(f"Anchor (short form): {report.anchor.split(':')[0]}:"
              f"{report.anchor.split(':')[1][:16]} - it must match the one the sender "
              "gave you earlier, if any.")
    else:
        print(f"FAILED ({len(report.problems)} problem(s)): this bundle is not exactly what "
              "BonusDesk exported.")
    return EXIT_OK if report.ok else EXIT_VERIFY_FAILED


# -- export (PDF package and ZIP bundle; the work is in bonusdesk.export) -------------
def _add_export_parser(sub, common) -> None:
    help_text = "write the PDF complaint package (and optionally a verifiable ZIP bundle)"
    p = sub.add_parser("export", parents=[common], help=help_text, description=help_text)
    p.set_defaults(func=cmd_export)
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", default="en", choices=["en", "fr"],
                   help="language of the complaint text and headings (default en)")
    p.add_argument("--bundle", type=Path, metavar="FILE.zip",
                   help="also write a ZIP: the PDF, the originals, manifest.json, SHA256SUMS")
    p.add_argument("--password-file", type=Path, metavar="F",
                   help="protect the PDF (AES-256) with the password on F's first line")
    p.add_argument("--max-mb", type=float, default=None, metavar="N",
                   help="keep the PDF under N MB by re-encoding screenshots inside it "
                        "(originals untouched), or stop if it cannot stay readable; 0 = no "
                        "limit. Default: aim for 20 MB, never below readable")
    p.add_argument("--no-attachments", action="store_true",
                   help="do not attach the original files to the PDF")
    p.add_argument("--only", metavar="EVIDENCE_ID,...",
                   help="comma-separated evidence ids to include (default: all)")
    p.add_argument("--author", help="your name: PDF author and complaint signature")
    p.add_argument("--evidence-version", action="append", default=[], metavar="ID=WHICH",
                   help="for an image with a redacted copy: redacted (default: only the copy "
                        "goes out), original, or both; repeat for several images")
    p.add_argument("--bundle-originals", action="store_true",
                   help="also put in the ZIP the originals shown redacted (never in the PDF)")


def _read_password(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError) as exc:
        raise BadInput(f"cannot read the password file {path}: {exc}") from None
    if not lines or not lines[0]:
        raise BadInput(f"the password file {path} is empty")
    return lines[0]


def cmd_export(args) -> int:
    from .core.outpaths import check_outputs
    from .export import ExportOptions, export_claim
    from .export.options import DEFAULT_MAX_MB

    only = None
    if args.only:
        if not all(x.strip().isdigit() for x in args.only.split(",") if x.strip()):
            raise BadInput(f"--only takes evidence ids separated by commas, not {args.only!r}")
        only = id_list(args.only)
    versions = {}
    for item in args.evidence_version:
        key, _, which = item.partition("=")
        versions[_int(key.strip(), "--evidence-version evidence id")] = which.strip()
    # Refused before anything is read or written (the export checks again, with the folder).
    check_outputs({"PDF (--out)": args.out, "ZIP bundle (--bundle)": args.bundle},
                  folder_path(args), sources={"password file": args.password_file})
    options = ExportOptions(
        versions=versions, bundle_originals=args.bundle_originals,
        lang=args.lang, evidence_ids=only,
        # An asked-for limit is kept or refused; the default one never fails the export.
        max_mb=DEFAULT_MAX_MB if args.max_mb is None else (args.max_mb or None),
        strict_limit=args.max_mb is not None,
        attachments=not args.no_attachments,
        password=_read_password(args.password_file) if args.password_file else None,
        author=args.author or "", bundle=args.bundle)
    try:
        folder = open_folder(args)
    except FolderReadOnly:  # a read-only folder still exports elsewhere, unrecorded
        folder = open_folder(args, writable=False)
    with folder:
        result = export_claim(folder, args.id, args.out, options)
    for w in result.warnings:
        print(f"bonusdesk-cli: warning: {w}", file=sys.stderr)
    for note in result.notes:  # e.g. the originals went to the ZIP bundle: say where
        print(f"bonusdesk-cli: {note}", file=sys.stderr)
    if args.json:
        emit_json({**jsonable(result), "pdf": str(result.pdf),
                   "bundle": str(result.bundle) if result.bundle else None})
    else:
        print(f"{result.pdf}\t{result.pages} pages\t{result.size} bytes\tsha256 {result.sha256}")
        if result.bundle:
            print(f"{result.bundle}\tsha256 {result.bundle_sha256}")
    return EXIT_OK


# -- report: the complaint text, the same as the app and the PDF show ------------------
def cmd_report(args) -> int:
    from .core.report_text import CHAT_LIMIT, letter

    with open_folder(args, writable=False) as folder:
        text = letter(folder, args.id, args.lang, args.form)
    if args.json:
        emit_json({"claim_id": args.id, "lang": text.lang, "form": text.form,
                   "subject": text.subject, "body": text.body, "chars": text.chars,
                   "limit": CHAT_LIMIT if text.form == "chat" else None})
    else:
        print(text.text)
    return EXIT_OK


def _add_report_parser(sub, common) -> None:
    help_text = "print the complaint: a formal letter or a short chat message"
    p = sub.add_parser("report", parents=[common], help=help_text, description=help_text)
    p.set_defaults(func=cmd_report)
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p.add_argument("--lang", default="en", choices=["en", "fr"],
                   help="language of the text (default en, like export)")
    p.add_argument("--form", default="letter", choices=["letter", "chat"],
                   help="letter: the formal written complaint; chat: under 1,000 characters "
                        "for a chat box (default letter)")


# -- capture (issue 3) -------------------------------------------------------------
def cmd_capture(args) -> int:
    from .core.capture import BadCaptureRequest, CaptureMode, capture_to_claim
    from .core.capture_warmup import probe_platform
    from .core.monitors import Rect

    probe_platform()  # `uname -p` runs while the folder opens and the screen is grabbed

    mode, region = CaptureMode.ALL, None
    if args.monitor is not None:
        mode = CaptureMode.MONITOR
    elif args.region is not None:
        mode = CaptureMode.REGION
        try:
            region = Rect.parse(args.region)
        except ValueError as exc:
            raise BadCaptureRequest(str(exc)) from None
    with open_folder(args, brief=True) as folder:  # one or two commits, then closed
        result = capture_to_claim(folder, args.id, mode, monitor=args.monitor, region=region,
                                  delay=args.delay, stamped=args.stamped,
                                  caption=args.caption or "")
        for warning in result.raw.warnings if result.raw else []:
            print(f"bonusdesk-cli: warning: {warning}", file=sys.stderr)
        items = [result.original] + ([result.stamped] if result.stamped else [])
        docs = [{"id": ev.id, "sha256": ev.sha256, "path": ev.path,
                 "width": ev.width, "height": ev.height,
                 "captured_at": ev.captured_at.isoformat()} for ev in items]
    if args.json:
        doc = docs[0]
        if len(docs) > 1:
            doc["stamped"] = docs[1]
        emit_json(doc)
    else:
        for doc in docs:
            print(doc["id"])
    return EXIT_OK


def _add_capture_parser(sub, common) -> None:
    help_text = ("capture the screen as screenshot evidence of a claim, or into the Inbox "
                 "without a claim id; prints its id")
    p = sub.add_parser("capture", parents=[common], help=help_text, description=help_text)
    p.set_defaults(func=cmd_capture)
    p.add_argument("id", type=db_id, nargs="?", metavar="CLAIM_ID",
                   help="the claim (default: the Inbox, filed later with 'evidence move')")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--all", action="store_true",
                      help="every monitor stitched into one image (the default)")
    what.add_argument("--monitor", type=int, metavar="N", help="only monitor N (1, 2, ...)")
    what.add_argument("--region", metavar="X,Y,W,H",
                      help="a rectangle in desktop pixels; X and Y may be negative "
                           "(write --region=-1920,0,800,600)")
    p.add_argument("--delay", type=float, default=0, metavar="S",
                   help="wait S seconds (0 to 30) before capturing")
    p.add_argument("--stamped", action="store_true",
                   help="also store a copy with a visible date/zone/claim/hash banner "
                        "(printed on a second line)")
    p.add_argument("--caption")


# -- annotate, redact and read the text of image evidence (issue 15) -------------------
def _ops_from_file(path: str):
    import json

    from .core.annotate import OperationList

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise BadInput(f"cannot read the operations file {path}: {exc}") from None
    ops = OperationList.loads(text)
    doc = json.loads(text)
    revises = doc.get("derivative_evidence_id") if isinstance(doc, dict) else None
    return ops, revises


def _print_derivative(args, ev) -> None:
    if args.json:
        emit_json({"id": ev.id, "sha256": ev.sha256, "path": ev.path,
                   "parent_sha256": ev.parent_sha256, "width": ev.width, "height": ev.height,
                   "operations": ev.metadata.get("operations", [])})
    else:
        print(ev.id)


def cmd_evidence_redact(args) -> int:
    from .core.annotate import Operation, OperationList
    from .core.derivative import make_derivative

    colour = {"colour": args.colour} if args.colour else {}
    ops = OperationList([Operation.from_json({"kind": "redact", "rect": b, **colour}, "--box")
                         for b in args.box])
    with open_folder(args) as folder:
        ev = make_derivative(folder, args.id, ops, caption=args.caption or "")
    _print_derivative(args, ev)
    return EXIT_OK


def cmd_evidence_annotate(args) -> int:
    from .core.derivative import make_derivative

    ops, revises_id = _ops_from_file(args.ops)
    with open_folder(args) as folder:
        revises = None
        if isinstance(revises_id, int):
            previous = folder.evidence.get(revises_id)
            parent = folder.evidence.get(args.id)
            if previous.parent_sha256 == parent.sha256:
                revises = previous
        ev = make_derivative(folder, args.id, ops, caption=args.caption or "", revises=revises)
    _print_derivative(args, ev)
    return EXIT_OK


def cmd_evidence_ops(args) -> int:
    from .core.derivative import reopen

    with open_folder(args, writable=False) as folder:
        opened = reopen(folder, args.id)
    doc = {**opened.ops.to_json(), "parent_evidence_id": opened.parent.id,
           "derivative_evidence_id": opened.derivative.id}
    emit_json(doc)
    return EXIT_OK


def _region(text: str | None):
    from .core.annotate import Box

    if text is None:
        return None
    box = Box.parse(text)
    if box.w <= 0 or box.h <= 0:
        raise BadInput(f"--region needs a positive width and height, not {text!r}")
    return (box.x, box.y, box.w, box.h)


def cmd_evidence_read_text(args) -> int:
    from .core.ocr_store import error_code_candidates, read_text

    with open_folder(args) as folder:
        result, stored = read_text(folder, args.id, _region(args.region))
    if args.json:
        emit_json({**result.to_json(), "evidence_id": args.id, "stored_id": stored.id,
                   "error_codes": error_code_candidates(result.text)})
    else:
        print(result.text)
    return EXIT_OK


def cmd_evidence_id_boxes(args) -> int:
    from .core.id_preset import propose
    from .core.ocr_store import read_text

    with open_folder(args) as folder:
        result, _ = read_text(folder, args.id)
    proposals = propose(result)
    if args.json:
        emit_json([p.to_json() for p in proposals])
        return EXIT_OK
    if not proposals:
        print("no document number or machine-readable zone found: draw the boxes yourself",
              file=sys.stderr)
    for p in proposals:
        what = f"document number, shows {p.shown}" if p.reason == "document_number" else \
            "machine-readable zone line"
        print(f"--box {','.join(map(str, p.op.box.as_list()))}\t# {what}")
    return EXIT_OK


def _add_derivative_parsers(ev_sub, common) -> None:
    def command(name, func, text):
        p = ev_sub.add_parser(name, parents=[common], help=text, description=text)
        p.set_defaults(func=func)
        p.add_argument("id", type=db_id, metavar="EVIDENCE_ID")
        return p

    p = command("redact", cmd_evidence_redact,
                "store a copy of an image with solid boxes over what must not be seen "
                "(the original is kept); prints the new id")
    p.add_argument("--box", action="append", required=True, metavar="X,Y,W,H",
                   help="a box in image pixels; repeat for several")
    p.add_argument("--caption")
    p.add_argument("--colour", metavar="#RRGGBB", help="box colour (default black)")
    p = command("annotate", cmd_evidence_annotate,
                "store an annotated copy of an image from an operations file (rect, arrow, "
                "highlight, text, step, crop, redact); prints the new id")
    p.add_argument("--ops", required=True, metavar="FILE",
                   help="operations JSON (bonusdesk-ops/1; see docs/capture.md); - = stdin")
    p.add_argument("--caption")
    command("ops", cmd_evidence_ops,
            "print the operations of an annotated or redacted copy as JSON, to edit and "
            "re-apply with 'annotate' on its parent")
    p = command("read-text", cmd_evidence_read_text,
                "read the text in an image (offline OCR), store it for search and print it")
    p.add_argument("--region", metavar="X,Y,W,H", help="read only this part of the image")
    command("id-boxes", cmd_evidence_id_boxes,
            "propose redaction boxes for an ID document (number but its last 4 characters, "
            "machine-readable zone); check them, then pass them to 'redact'")


# -- deadlines (issue 4): list deadlines, export them as a calendar ----------------
def cmd_deadlines(args) -> int:
    from .core.deadlines import deadline_lines, format_relative, list_deadlines
    from .core.timeutil import format_local, local_zone_name, now_utc, parse_user_time

    now = parse_user_time(args.now, local_zone_name()) if args.now else now_utc()
    if args.ics:
        from .core.outpaths import check_output_path

        check_output_path(args.ics, folder_path(args))
    zone = "" if args.ics else local_zone_name()  # a calendar holds UTC times
    with open_folder(args, writable=False) as folder, gc_paused():
        open_only = args.open or bool(args.ics)
        if args.ics or args.json:
            found = list_deadlines(folder, now, claim_id=args.claim, open_only=open_only)
        else:  # the text: no Deadline per row when the cache is up to date
            found, unknown = deadline_lines(folder, now, _deadline_line(now, zone),
                                            claim_id=args.claim, open_only=open_only)
        if args.ics:
            from .core.ics import folder_uid, write_ics

            uid = folder_uid(folder)
    if args.ics:
        try:
            path = write_ics(args.ics, found, uid, now)
        except OSError as exc:
            raise BadInput(f"cannot write calendar {args.ics}: {exc.strerror or exc}") from None
        if args.json:
            emit_json({"file": str(path), "events": len(found)})
        else:
            print(f"wrote {len(found)} deadline(s) to {path}")
        return EXIT_OK
    if args.json:
        emit_json([{**jsonable(d), "due_local": format_local(d.due_at, zone),
                    "relative": format_relative(d.due_at, now)} for d in found])
        return EXIT_OK
    lines = found or ["no deadlines"]
    lines += [f"note: claim {claim_id}: no escalation clocks: {message}"
              for claim_id, message in unknown]
    write_lines(lines)
    return EXIT_OK


def _deadline_line(now, zone: str):
    """The text line of one deadline, from what the line shows of it:
    ``line(state, due_at, claim_id, label, claim_title)`` (core deadlines.deadline_lines)."""
    from .core.deadlines import STATE_LABELS, format_relative

    local = _local_formatter(zone)
    # Per state, worked out once: its padded label, whether it is open, whether dated (by
    # id: an enum member hashes, and gives its value, through Python code; 30,000 lines).
    states = {id(state): (f"{label:<9}", state.is_open, state.is_dated)
              for state, label in STATE_LABELS.items()}

    def line(state, due_at, claim_id, label, title) -> str:
        padded, is_open, is_dated = states[id(state)]
        when = format_relative(due_at, now) if is_open else ""
        if not is_dated:
            when, due = "write to the operator first", "(if you write now) " + local(due_at)
        else:
            due = local(due_at)
        return f"{padded}\t{due}\t{when}\tclaim {claim_id}\t{label}\t{title}"
    return line


def _local_formatter(zone: str):
    """``timeutil.format_local(dt, zone)`` for many times: the zone's text worked out once
    per UTC offset, the date by %-formatting (3x an aware isoformat or strftime, which ask
    the zone again; 30,000 lines at 10,000 claims)."""
    from .core.timeutil import format_local, get_zone

    tz, suffixes = get_zone(zone), {}

    def local(dt) -> str:
        here = dt.astimezone(tz)
        offset = here.utcoffset()
        suffix = suffixes.get(offset)
        if suffix is None:
            suffix = suffixes[offset] = format_local(dt, zone)[16:]  # " Zone (UTC+01:00)"
        # %-formatting on purpose: twice as fast as an f-string with format specs here.
        return "%04d-%02d-%02d %02d:%02d%s" % (  # noqa: UP031
            here.year, here.month, here.day, here.hour, here.minute, suffix)
    return local


def _add_deadlines_parser(sub, common) -> None:
    text = "deadlines of every claim, most urgent first (or --ics FILE: a calendar)"
    p = sub.add_parser("deadlines", parents=[common], help=text, description=text)
    p.set_defaults(func=cmd_deadlines)
    p.add_argument("--claim", type=db_id, metavar="ID", help="only this claim")
    p.add_argument("--open", action="store_true",
                   help="only deadlines still open (upcoming, due soon, overdue)")
    p.add_argument("--ics", metavar="FILE",
                   help="write the open deadlines as an iCalendar file with reminders")
    p.add_argument("--now", metavar="TIME",
                   help="evaluate at this time instead of now (ISO-8601, for planning)")


# -- escalation (issue 12): recipients, readiness, referral, transactions -------------
def cmd_recipients(args) -> int:
    from .core.folder import ClaimFolder
    from .core.recipients import recipient_document
    from .core.rules import load_rules, rules_for_folder

    path = folder_path(args)
    book = (rules_for_folder(ClaimFolder.open(path, writable=False)) if (path / "bonusdesk.db")
            .exists() else load_rules())
    docs = [recipient_document(r) for r in book.recipients.values()]
    if args.json:
        emit_json(docs)
        return EXIT_OK
    for d in docs:
        legal = "" if d["legal_body"] else "  (not a legal body)"
        print(f"{d['id']:<18}\t{d['kind']:<9}\t{d['name']}{legal}")
        if d["licences"] and d["kind"] == "operator":
            print(f"{'':<18}\tlicences: {', '.join(d['licences'])}")
    return EXIT_OK


def _ready_document(r, lang: str = "en") -> dict:
    from .core.timeutil import format_local

    return {"claim_id": r.claim_id, "recipient": r.recipient.key, "ready": r.ready,
            "opens_at": r.opens_at.isoformat() if r.opens_at else None,
            "opens_local": format_local(r.opens_at, r.zone) if r.opens_at else "",
            "limit_at": r.limit_at.isoformat() if r.limit_at else None,
            "limit_local": format_local(r.limit_at, r.zone) if r.limit_at else "",
            "items": [{"key": i.key, "state": i.state, "text": i.text, "text_fr": i.text_fr,
                       "where": i.where, "cli": i.cli} for i in r.items]}


def _print_ready(r) -> None:
    marks = {"ok": "[x]", "missing": "[ ]", "warning": "[!]", "info": "[i]"}
    verdict = "ready" if r.ready else f"not ready: {len(r.missing)} missing"
    print(f"{r.recipient.label} ({r.recipient.key}): {verdict}")
    for i in r.items:
        hint = f"  -> {i.cli}" if i.state == "missing" else ""
        print(f"  {marks[i.state]} {i.text}{hint}")


def _now(args):
    from .core.timeutil import local_zone_name, now_utc, parse_user_time

    return parse_user_time(args.now, local_zone_name()) if args.now else now_utc()


def cmd_ready(args) -> int:
    from .core.readiness import readiness

    with open_folder(args, writable=False) as folder:
        result = readiness(folder, args.id, args.to, _now(args))
    if args.json:
        emit_json(_ready_document(result))
    else:
        _print_ready(result)
    return EXIT_OK


def cmd_escalate(args) -> int:
    from .core.atomicfile import write_atomic
    from .core.escalate import plan_escalation, record_escalation, sent_letter
    from .core.outpaths import check_outputs
    from .core.timeutil import format_local, local_zone_name, parse_user_time

    now = _now(args)
    sent_at = parse_user_time(args.at, local_zone_name()) if args.at else now
    check_outputs({"letter (--letter)": args.letter, "PDF (--out)": args.out,
                   "ZIP bundle (--bundle)": args.bundle}, folder_path(args))
    with open_folder(args) as folder:
        plan = plan_escalation(folder, args.id, args.to, now, args.lang)
        if not plan.ready and not args.force:
            missing = "; ".join(i.text for i in plan.readiness.missing)
            raise BadInput(f"not ready for {plan.recipient.label}: {missing} "
                           "(fill them in, or --force to refer anyway)")
        if args.letter:
            try:
                write_atomic(Path(args.letter), plan.letter.text.encode("utf-8"))
            except OSError as exc:
                raise BadInput(f"cannot write {args.letter}: {exc.strerror or exc}") from None
        result = None
        if args.out:
            from .export import ExportOptions, export_claim

            result = export_claim(folder, args.id, args.out, ExportOptions(
                lang=plan.letter.lang, recipient=plan.recipient.key, bundle=args.bundle,
                max_mb=args.max_mb or None))
        escalation = record_escalation(folder, plan, sent_at, args.case_number or "")
        kept = sent_letter(folder, escalation)
    doc = {"escalation": jsonable(escalation), "ready": plan.ready,
           "recipient": plan.recipient.key, "where": plan.where,
           "deadline": plan.deadline.isoformat() if plan.deadline else None,
           "letter": {"lang": plan.letter.lang, "subject": plan.letter.subject,
                      "file": str(args.letter) if args.letter else None,
                      "kept": {"evidence_id": kept.id, "sha256": kept.sha256}},
           "pdf": str(result.pdf) if result else None,
           "bundle": str(result.bundle) if result and result.bundle else None}
    if args.json:
        emit_json(doc)
        return EXIT_OK
    zone = local_zone_name()
    print(f"escalation {escalation.id}: {plan.recipient.label}")
    print(f"send to: {plan.where or '(see the operator terms)'}")
    if plan.deadline:
        print(f"refer by: {format_local(plan.deadline, zone)}")
    _print_ready(plan.readiness)
    if args.letter:
        print(f"letter ({plan.letter.lang}): {args.letter}")
    print(f"letter kept in the claim as evidence {kept.id} (sha256 {kept.sha256}); if you "
          "change it before sending, import the version you sent")
    if not args.letter:
        print("", plan.letter.text, sep="\n")
    if result:
        print(f"{result.pdf}\t{result.pages} pages\tsha256 {result.sha256}")
        if result.bundle:
            print(f"{result.bundle}\tsha256 {result.bundle_sha256}")
        for note in result.notes:  # e.g. the originals went to the ZIP bundle
            print(f"bonusdesk-cli: {note}", file=sys.stderr)
    return EXIT_OK


def cmd_escalation_list(args) -> int:
    from .core.escalations import list_escalations
    from .core.timeutil import format_local

    with open_folder(args, writable=False) as folder:
        items = list_escalations(folder, args.id)
    if args.json:
        emit_json(items)
    else:
        for e in items:
            print(f"{e.id}\t{format_local(e.sent_at, e.zone, False)}\t{e.recipient}\t"
                  f"{e.status.value}\t{e.case_number}")
    return EXIT_OK


def cmd_escalation_set(args) -> int:
    from .core.escalations import update_escalation

    with open_folder(args) as folder:
        item = update_escalation(folder, args.escalation_id, **{args.field: args.value})
    if args.json:
        emit_json(item)
    return EXIT_OK


def cmd_transaction_add(args) -> int:
    from .core.escalations import add_transaction
    from .core.model import Transaction, TransactionKind
    from .core.timeutil import local_zone_name, parse_user_time

    zone = local_zone_name()
    item = Transaction(
        claim_id=args.id, kind=parse_enum(TransactionKind, args.kind, "transaction kind"),
        reference=args.reference or "", amount=args.amount or "", currency=args.currency or "",
        at=parse_user_time(args.at, zone) if args.at else None, zone=zone,
        bet_type=args.bet_type or "", method=args.method or "", note=args.note or "")
    with open_folder(args) as folder:
        item = add_transaction(folder, item)
    if args.json:
        emit_json(item)
    else:
        print(item.id)
    return EXIT_OK


def cmd_transaction_list(args) -> int:
    from .core.escalations import list_transactions
    from .core.timeutil import format_local, local_zone_name

    with open_folder(args, writable=False) as folder:
        items = list_transactions(folder, args.id)
    if args.json:
        emit_json(items)
    else:
        for t in items:
            when = format_local(t.at, t.zone or local_zone_name(), False) if t.at else ""
            print(f"{t.id}\t{t.kind.value}\t{t.reference}\t{t.amount} {t.currency}\t"
                  f"{t.bet_type or t.method}\t{when}")
    return EXIT_OK


def cmd_transaction_remove(args) -> int:
    from .core.escalations import remove_transaction

    with open_folder(args) as folder:
        remove_transaction(folder, args.transaction_id)
    return EXIT_OK


def _add_escalation_parsers(sub, common) -> None:
    from .core.model import EscalationStatus, TransactionKind

    def command(subparsers, name, func, text):
        p = subparsers.add_parser(name, parents=[common], help=text, description=text)
        p.set_defaults(func=func)
        return p

    command(sub, "recipients", cmd_recipients,
            "where a complaint can go (operator stages, ADR bodies, mediators, regulators, "
            "forums), with ids, clocks and sources")
    p = command(sub, "ready", cmd_ready,
                "is the claim's file complete for a recipient? lists present and missing items")
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p.add_argument("--to", required=True, metavar="RECIPIENT", help="recipient id")
    p.add_argument("--now", metavar="TIME", help="evaluate at this time (ISO-8601)")
    p = command(sub, "escalate", cmd_escalate,
                "refer the claim to a recipient: checks completeness, writes the referral "
                "letter (and with --out the recipient's package), records the escalation")
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p.add_argument("--to", required=True, metavar="RECIPIENT", help="recipient id")
    p.add_argument("--at", metavar="TIME", help="when you sent it (default: now)")
    p.add_argument("--case-number", help="the body's case number, if you have it already")
    p.add_argument("--letter", metavar="FILE.txt", help="write the referral letter there")
    p.add_argument("--out", type=Path, metavar="FILE.pdf",
                   help="also export the package for this recipient")
    p.add_argument("--bundle", type=Path, metavar="FILE.zip", help="and its ZIP bundle")
    p.add_argument("--max-mb", type=float, default=20.0, metavar="N")
    p.add_argument("--lang", choices=["en", "fr"],
                   help="letter language (default: the recipient's, French for the ANJ)")
    p.add_argument("--force", action="store_true",
                   help="record it even though items are missing")
    p.add_argument("--now", metavar="TIME", help=argparse.SUPPRESS)

    esc = sub.add_parser("escalation", help="recorded escalations")
    esc_sub = esc.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(esc_sub, "list", cmd_escalation_list, "a claim's escalations")
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p = command(esc_sub, "set", cmd_escalation_set,
                f"change status ({choices(EscalationStatus)}), case_number or note")
    p.add_argument("escalation_id", type=db_id, metavar="ESCALATION_ID")
    p.add_argument("field", choices=["status", "case_number", "note"])
    p.add_argument("value")

    tr = sub.add_parser("transaction", help="bets, rounds, deposits a claim is about")
    tr_sub = tr.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(tr_sub, "add", cmd_transaction_add, "add a bet, round, deposit...")
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p.add_argument("--kind", required=True, help=choices(TransactionKind))
    p.add_argument("--reference", help="bet slip, round or transaction reference")
    p.add_argument("--amount", help="the stake or the deposit (e.g. 5.00)")
    p.add_argument("--currency")
    p.add_argument("--bet-type", help="single, accumulator, slot spin...")
    p.add_argument("--method", help="deposit method: card, bank transfer...")
    p.add_argument("--at", help="when (ISO-8601)")
    p.add_argument("--note")
    p = command(tr_sub, "list", cmd_transaction_list, "a claim's transactions")
    p.add_argument("id", type=db_id, metavar="CLAIM_ID")
    p = command(tr_sub, "remove", cmd_transaction_remove, "remove a transaction")
    p.add_argument("transaction_id", type=db_id, metavar="TRANSACTION_ID")


# -- back up / move the claim folder (issue 16) -------------------------------------
def cmd_backup(args) -> int:
    from .core.backup import CopyNotVerified, copy_folder, move_folder

    try:
        if args.move:
            with open_folder(args) as folder:  # the lock: nobody changes it while it moves
                report = move_folder(folder, args.dest)
        else:  # read-only: works while the app has the folder open
            with open_folder(args, writable=False) as folder:
                report = copy_folder(folder, args.dest)
    except CopyNotVerified as exc:
        print(f"bonusdesk-cli: copy not verified, removed: {exc}", file=sys.stderr)
        return EXIT_VERIFY_FAILED
    if args.json:
        emit_json({**jsonable(report), "source": str(report.source),
                   "dest": str(report.dest)})
    else:
        verb = "moved" if report.moved else "copied"
        print(f"{verb} claim folder {report.source} to {report.dest}: {report.files} files, "
              f"{report.bytes / 1e6:.1f} MB; copy verified ({report.evidence_checked} "
              f"evidence files, {report.events} events)")
        for problem in report.inherited_problems:
            print(f"note: the original already had this problem, copied as is: {problem}")
        if report.moved:
            print(f"open it from now on with --folder {report.dest}")
    warn_if_synced(report.dest)
    return EXIT_OK


def _add_backup_parser(sub, common) -> None:
    text = ("copy the claim folder whole to DEST and verify the copy "
            "(--move: then remove the original)")
    p = sub.add_parser("backup", parents=[common], help=text, description=text)
    p.set_defaults(func=cmd_backup)
    p.add_argument("dest", type=Path, metavar="DEST",
                   help="new folder (or an empty one) to copy the claim folder to")
    p.add_argument("--move", action="store_true",
                   help="move it: remove the original's files once the copy is verified "
                        "(needs the folder closed in the app)")


# -- diagnostics (issue 16): for a support request; never claim content -------------
def cmd_diagnostics(args) -> int:
    from .core.diagnostics import collect, format_text

    info = collect(log_lines=args.lines)
    if args.json:
        emit_json(info)
    else:
        print(format_text(info))
    return EXIT_OK


def cmd_licenses(args) -> int:
    from .notices import third_party_notices

    print(third_party_notices())
    return EXIT_OK


# -- parser ----------------------------------------------------------------------
class _Skipped:
    """Stands for the parser of a command that is not being run: takes every call
    (add_argument, set_defaults, add_subparsers, ...) and builds nothing."""

    def __getattr__(self, name):
        return self._absorb

    def _absorb(self, *args, **kwargs):
        return self


class _OnlyOne:
    """The subparsers action when the command line names its command: only that command's
    parser is built, the others are :class:`_Skipped`. Building all ~50 parsers (with
    argparse's gettext look-ups) costs ~15 ms, more than a short command's work (issue 17)."""

    def __init__(self, action, wanted: str):
        self._action, self._wanted, self.found = action, wanted, False

    def add_parser(self, name, **kwargs):
        if name != self._wanted:
            return _Skipped()
        self.found = True
        return self._action.add_parser(name, **kwargs)

    def __getattr__(self, name):
        return getattr(self._action, name)


def command_word(argv: list[str]) -> str | None:
    """The command a command line names (its first word after --folder X and --json), or
    None when the parser must know every command: no command, --help, --version, or an
    option it would have to interpret (an abbreviation, a typo)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--folder":
            i += 2
        elif arg.startswith("--folder=") or arg == "--json":
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg
    return None


def _root_parser(only: str | None):
    """The parser before its commands, the action its commands are added to (only the
    command ``only`` is built when given: :class:`_OnlyOne`) and the options they share."""
    # --folder and --json are accepted before or after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--folder", default=argparse.SUPPRESS,
                        help="claim folder (default: $BONUSDESK_FOLDER or Documents/BonusDesk)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print one JSON document on stdout")
    parser = argparse.ArgumentParser(
        prog="bonusdesk-cli", parents=[common],
        description="BonusDesk claim folder from the command line (works offline).")
    parser.add_argument("--version", action="version", version=f"BonusDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if only is not None:
        sub = _OnlyOne(sub, only)
    return parser, sub, common


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; ``only``: build just that command's (every command when
    there is no command of that name, so argparse can list them in its error)."""
    parser, sub, common = _root_parser(only)
    if only == "capture":
        # The same parser as below, where every other command would be skipped, without
        # importing the model for their help texts: ~5 ms of a capture process (issue 17).
        _add_capture_parser(sub, common)
        return parser
    from .core.model import (
        EDITABLE_PLATFORM_FIELDS,
        Category,
        Channel,
        Counterpart,
        EvidenceKind,
        PlatformKind,
        Status,
    )

    def command(subparsers, name, func, help_text):
        p = subparsers.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    command(sub, "init", cmd_init, "create the claim folder")

    plat = sub.add_parser("platform", help="platforms (casinos, bookmakers, ...)")
    plat_sub = plat.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(plat_sub, "add", cmd_platform_add, "add a platform")
    p.add_argument("name")
    p.add_argument("--kind", default="casino", help=choices(PlatformKind))
    p.add_argument("--window-hours", type=int, default=72,
                   help="hours after an incident during which reports are accepted (default 72)")
    p.add_argument("--support-email")
    p.add_argument("--support-phone")
    p.add_argument("--form-url")
    p.add_argument("--website")
    p.add_argument("--regulator", help="regulator or ADR body")
    p.add_argument("--zone", help="IANA zone the platform counts deadlines in")
    p.add_argument("--notes")
    p.add_argument("--legal-entity", help="the company behind the brand")
    p.add_argument("--licence-number", help="its licence number with the regulator")
    p.add_argument("--adr", help="recipient id of the ADR body named in its terms "
                                 "(bonusdesk-cli recipients)")
    command(plat_sub, "list", cmd_platform_list, "list platforms")
    p = command(plat_sub, "set", cmd_platform_set, "change one field of a platform")
    p.add_argument("name")
    p.add_argument("field", help=", ".join(EDITABLE_PLATFORM_FIELDS))
    p.add_argument("value")

    cl = sub.add_parser("claim", help="claims")
    cl_sub = cl.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(cl_sub, "new", cmd_claim_new, "create a claim; prints its id")
    p.add_argument("--platform", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--incident-at", required=True,
                   help="ISO-8601, e.g. 2026-11-20T21:15 (read in --zone) or with an offset")
    p.add_argument("--zone", help="your IANA time zone (default: this computer's)")
    p.add_argument("--category", default="other", help=choices(Category))
    p.add_argument("--error-code")
    p.add_argument("--error-text")
    p.add_argument("--did", help="what I did")
    p.add_argument("--expected", help="what I expected")
    p.add_argument("--happened", help="what happened")
    p.add_argument("--account-id")
    p = command(cl_sub, "list", cmd_claim_list, "list claims")
    p.add_argument("--status", help=choices(Status))
    p = command(cl_sub, "show", cmd_claim_show, "show one claim, with what to do next")
    p.add_argument("id", type=db_id)
    p.add_argument("--lang", default="en", choices=["en", "fr"],
                   help="language of the 'Next' line (default en)")
    p = command(cl_sub, "set", cmd_claim_set, "change one field of a claim")
    p.add_argument("id", type=db_id)
    p.add_argument("field")
    p.add_argument("value")
    p = command(cl_sub, "status", cmd_claim_status,
                "record a status change (linked to a logged contact with --contact)")
    p.add_argument("id", type=db_id)
    p.add_argument("status", help=choices(Status))
    p.add_argument("--note", help="default: the linked contact's first line")
    p.add_argument("--at", help="when it happened, in the claim's zone (default: now)")
    p.add_argument("--contact", type=db_id, metavar="CONTACT_ID",
                   help="the logged contact this status comes from (the chat you logged, "
                        "the e-mail you imported): the status takes its time")
    p.add_argument("--due", metavar="TIME",
                   help="info_requested: when your answer is due (in the claim's zone)")
    p.add_argument("--items", metavar="ITEM,...",
                   help="info_requested: what they asked for (screenshot, bank_statement, "
                        "id_document, proof_of_address, payment_proof, selfie, "
                        "transaction_details)")
    p.add_argument("--written", metavar="yes|no",
                   help="was the report made in writing (form, e-mail, letter)? Mediators "
                        "only count a written complaint")

    p = command(sub, "checklist", cmd_checklist,
                "eligibility checklist: 'checklist ID' or 'checklist set ID ITEM STATE'")
    p.add_argument("words", nargs="+", metavar="ARG")
    p.add_argument("--note")
    p.add_argument("--evidence", help="comma-separated evidence ids backing the item")

    ev = sub.add_parser("evidence", help="evidence files")
    ev_sub = ev.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(ev_sub, "add", cmd_evidence_add,
                "import files as evidence: 'evidence add CLAIM_ID FILE...', or without a "
                "claim id (or with --inbox) into the Inbox")
    p.add_argument("words", nargs="+", metavar="[CLAIM_ID] FILE")
    p.add_argument("--inbox", action="store_true",
                   help="into the Inbox (file later with 'evidence move ID --to CLAIM')")
    p.add_argument("--kind", help=choices(EvidenceKind))
    p.add_argument("--caption")
    p = command(ev_sub, "list", cmd_evidence_list,
                "list a claim's evidence, or the Inbox's with --inbox")
    p.add_argument("id", type=db_id, nargs="?", metavar="CLAIM_ID")
    p.add_argument("--inbox", action="store_true", help="evidence not filed into a claim yet")
    p = command(ev_sub, "move", cmd_evidence_move,
                "file evidence into a claim (from the Inbox or another claim), with its "
                "stamped copies and e-mail attachments; the file is not copied")
    p.add_argument("ids", type=db_id, nargs="+", metavar="EVIDENCE_ID")
    p.add_argument("--to", required=True, metavar="CLAIM_ID",
                   help="the claim to file into ('inbox' takes it back to the Inbox)")
    p = command(ev_sub, "unlock", cmd_evidence_unlock,
                "render a password-protected PDF: store a decrypted copy as evidence (the "
                "password is not stored); prints the copy's id")
    p.add_argument("id", type=db_id, metavar="EVIDENCE_ID")
    p.add_argument("--password-file", type=Path, required=True, metavar="F",
                   help="file whose first line is the PDF's password")
    _add_derivative_parsers(ev_sub, common)

    ct = sub.add_parser("contact", help="contacts with support")
    ct_sub = ct.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(ct_sub, "add", cmd_contact_add, "log a contact with support")
    p.add_argument("id", type=db_id)
    p.add_argument("--channel", required=True, help=choices(Channel))
    p.add_argument("--at", required=True, help="ISO-8601 time of the contact")
    p.add_argument("--direction", default="sent", help="sent or received")
    p.add_argument("--reference", help="ticket or case number")
    p.add_argument("--agent")
    p.add_argument("--summary")
    p.add_argument("--promised-action", help="what support promised")
    p.add_argument("--promised-due", help="when the promised action is due (ISO-8601)")
    p.add_argument("--evidence", help="comma-separated evidence ids")
    p.add_argument("--written", metavar="yes|no",
                   help="in writing? (default: form, e-mail and letter yes; chat, phone no)")
    p.add_argument("--counterpart", default="operator", help=choices(Counterpart))
    p.add_argument("--final-response", action="store_true",
                   help="this received answer is the operator's final response / deadlock "
                        "letter")
    p.add_argument("--transcript-kept", metavar="yes|no",
                   help="chat or phone: do you keep a transcript or recording?")
    p.add_argument("--force", action="store_true",
                   help="save even when the checks warn (time before the incident or in "
                        "the future, empty summary, missing reference, likely duplicate)")
    p = command(ct_sub, "list", cmd_contact_list, "list a claim's contacts")
    p.add_argument("id", type=db_id)
    p.add_argument("--all", action="store_true", help="include withdrawn contacts")
    p = command(ct_sub, "edit", cmd_contact_edit,
                "correct a contact: the corrected values are used everywhere, History keeps "
                "the original")
    p.add_argument("id", type=db_id, metavar="CONTACT_ID")
    p.add_argument("--channel", help=choices(Channel))
    p.add_argument("--direction", help="sent or received")
    p.add_argument("--at", help="ISO-8601 time, read in the contact's zone")
    p.add_argument("--zone", help="IANA zone of the contact's time")
    p.add_argument("--reference")
    p.add_argument("--agent")
    p.add_argument("--summary")
    p.add_argument("--promised-action")
    p.add_argument("--promised-due-at", dest="promised_due_at",
                   help="ISO-8601; empty to remove")
    p.add_argument("--evidence", dest="evidence_ids", help="comma-separated evidence ids")
    p.add_argument("--reason", help="why it is corrected (shown in History)")
    p.add_argument("--force", action="store_true", help="save even when the checks warn")
    p = command(ct_sub, "withdraw", cmd_contact_withdraw,
                "withdraw a contact logged by mistake (kept in History with the reason; a "
                "status recorded with it is withdrawn too)")
    p.add_argument("id", type=db_id, metavar="CONTACT_ID")
    p.add_argument("--reason", required=True, help="why it is withdrawn")
    p = command(ct_sub, "reference", cmd_contact_reference,
                "confirm a reference detected in an e-mail (default), --remove it, or --set "
                "another")
    p.add_argument("id", type=db_id, metavar="CONTACT_ID")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--remove", action="store_true", help="it is not a reference")
    which.add_argument("--set", metavar="REF", help="the right reference")
    p = command(ct_sub, "set", cmd_contact_set,
                "change a contact: written, counterpart, final_response, transcript_kept, "
                "reference, agent, summary")
    p.add_argument("contact_id", type=db_id, metavar="CONTACT_ID")
    p.add_argument("field")
    p.add_argument("value")

    p = command(sub, "profile", cmd_profile,
                "your name, e-mail and postal address, used to sign letters; "
                "with no option, show them")
    p.add_argument("--name")
    p.add_argument("--email")
    p.add_argument("--postal-address", help="lines separated by \\n or real line breaks")

    p = command(sub, "next", cmd_next,
                "what to do next and by when, for one claim (or every open claim)")
    p.add_argument("id", type=db_id, nargs="?", metavar="CLAIM_ID")
    p.add_argument("--lang", default="en", choices=["en", "fr"])
    p.add_argument("--now", metavar="TIME", help="evaluate at this time (ISO-8601)")
    p = command(sub, "guide", cmd_guide,
                "the guide 'What do I do now?': the journey, evidence, report, deadlines, "
                "escalation")
    p.add_argument("--lang", default="en", choices=["en", "fr"])

    p = command(sub, "search", cmd_search, "full-text search")
    p.add_argument("text")
    p = command(sub, "verify", cmd_verify,
                "check the database, the event chain, every table against the events, every "
                "evidence file and every exported anchor")
    p.add_argument("--anchor", action="append", metavar="SEQ:HASH",
                   help="also check that the event log still holds this anchor (from a "
                        "package or a complaint message); repeatable")
    p = command(sub, "verify-bundle", cmd_verify_bundle,
                "check a complaint bundle (ZIP) without the claim folder: SHA256SUMS, "
                "manifest, event log excerpt, the PDF's evidence index")
    p.add_argument("bundle", type=Path, metavar="BUNDLE.zip")
    p.add_argument("--anchor", action="append", metavar="SEQ:HASH",
                   help="also check this anchor against the bundle's event log excerpt")
    p.add_argument("--password-file", type=Path, metavar="F",
                   help="the PDF's password (first line of F), to check its evidence index")
    _add_export_parser(sub, common)
    _add_report_parser(sub, common)
    _add_capture_parser(sub, common)
    _add_deadlines_parser(sub, common)
    _add_escalation_parsers(sub, common)
    _add_backup_parser(sub, common)
    p = command(sub, "diagnostics", cmd_diagnostics,
                "version, system, screens, capture handlers, time zone, log tail: for a "
                "support request (no claim content)")
    p.add_argument("--lines", type=int, default=40, metavar="N",
                   help="how many of the log's last lines to include (default 40)")
    command(sub, "licenses", cmd_licenses,
            "BonusDesk's licence and the third-party notices of what it ships")
    if only is not None and not sub.found:
        return build_parser()
    return parser


def _fault_message(exc: BaseException, args) -> str | None:
    """A one-line explanation of a disk fault the core did not translate, or None."""
    import sqlite3

    from .core.faults import is_disk_full, is_read_only

    where = getattr(exc, "filename", None) or folder_path(args)
    if is_disk_full(exc):
        from .core.faults import disk_full

        return str(disk_full(where))
    if is_read_only(exc):
        return (f"cannot write {where}: it is read-only or you lack the permission "
                f"({getattr(exc, 'strerror', None) or exc}). Nothing was changed.")
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return (f"the claim folder {folder_path(args)} is busy: another BonusDesk is writing "
                "to it; try again in a moment. Nothing was changed.")
    return None


def _internal_error(exc: BaseException, args) -> int:
    """A bug: one line for the user, the traceback in a file for the bug report."""
    import traceback

    from .core.applog import log_dir
    from .core.timeutil import now_utc

    stamp = now_utc().strftime("%Y%m%d-%H%M%S")
    details = "".join(traceback.format_exception(exc))
    where = None
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        where = folder / f"cli-crash-{stamp}-{os.getpid()}.txt"
        where.write_text(f"BonusDesk {__version__}, bonusdesk-cli {args.command}\n\n{details}",
                         encoding="utf-8")
    except OSError:
        where = None
    summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
    if where is not None:
        print(f"bonusdesk-cli: internal error ({summary}). This is a bug in BonusDesk, not "
              f"something you did; the details are in {where}", file=sys.stderr)
    else:  # the log folder cannot be written: the traceback is all there is to give
        print(f"bonusdesk-cli: internal error ({summary}). This is a bug in BonusDesk; "
              f"the details could not be saved, here they are:\n{details}", file=sys.stderr)
    return EXIT_INTERNAL


def main(argv: list[str] | None = None) -> int:
    whole_process = argv is None  # the command line of this process, which ends after it
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--version"]:  # before the parser of every command is built (issue 17)
        print(f"BonusDesk {__version__}")
        return EXIT_OK
    word = command_word(argv)
    if whole_process and word == "capture":
        # A capture process makes tens of thousands of objects as it imports (classes,
        # enums, dataclasses) and frees its pixels by reference counting: the ~50
        # collections that walk them cost 5-11 ms of ~180 (issue 17). Off for good, not
        # paused: switched back on, the first collection walks them all at once (~18 ms).
        import gc

        from .core.capture_warmup import defer_inspect

        gc.disable()
        defer_inspect()  # before any dataclass is made: see there
        end_process(_run(argv, word))  # and not return: see end_process
    return _run(argv, word)


def end_process(code: int):
    """End a capture process as soon as its work is done, without the interpreter's
    teardown: freeing every module and object one by one took ~22 ms between the end of
    the command and the exit (strace), ~80 ms on a busy machine, and changes nothing
    outside the process (issue 17).

    What matters outside is done first, as the interpreter would: the folder is closed
    (every write synced) before the command returns; the standard streams are flushed (an
    unflushable stdout gives 120, as Python's own exit does); the exit functions run
    (logging's flushes and closes the log). Skipped are destructors of objects holding
    nothing unwritten: the X connection and the grab's shared memory end with the process.
    """
    import atexit

    try:
        sys.stdout.flush()
    except (OSError, ValueError):  # a closed pipe or stream: as Python's exit reports it
        code = code or 120
    with contextlib.suppress(OSError, ValueError):  # closed after a broken pipe (_run)
        sys.stderr.flush()
    atexit._run_exitfuncs()  # noqa: SLF001 - the runner Py_Finalize uses (since 3.0)
    os._exit(code)


def _run(argv: list[str], word: str | None) -> int:
    import sqlite3  # its errors are told apart below

    parser = build_parser(only=word)
    args = parser.parse_args(argv)  # --version, --help and usage errors exit here
    from .core import applog  # after parsing: --version loads no logging set-up

    applog.install("cli")  # rotating log, crash dumps, uncaught exceptions (issue 16)
    args.json = getattr(args, "json", False)
    try:
        return args.func(args)
    except BonusDeskError as exc:
        print(f"bonusdesk-cli: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into head & co: not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("bonusdesk-cli: interrupted", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error) as exc:
        message = _fault_message(exc, args)
        if message:
            print(f"bonusdesk-cli: error: {message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
            # Malformed pages, missing tables, I/O errors: the file, not BonusDesk.
            print(f"bonusdesk-cli: error: the claim folder's database is damaged or unreadable "
                  f"({exc}); run 'bonusdesk-cli verify'", file=sys.stderr)
            return EXIT_VERIFY_FAILED if args.func is cmd_verify else EXIT_BAD_INPUT
        return _internal_error(exc, args)
    except Exception as exc:  # noqa: BLE001 - the last resort: never a bare traceback
        return _internal_error(exc, args)


if __name__ == "__main__":
    sys.exit(main())
