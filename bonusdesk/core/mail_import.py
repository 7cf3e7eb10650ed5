"""An imported e-mail's contents become evidence: attachments, forwarded messages, a contact.

Forwarded messages (``message/rfc822`` parts, digests) become e-mail evidence of their own,
linked to the mail they came in (``metadata.email_sha256``), and their own attachments and
forwarded messages are imported in turn: a work queue, bounded by :data:`MAX_FORWARD_DEPTH`
and :data:`MAX_ITEMS`, never recursion. A part that cannot become evidence is reported as a
warning; the mail itself is in either way.
"""

from __future__ import annotations

from .errors import EvidenceRejected
from .mail import EML_MIME, MAIL_MIMES, Mail, open_mail
from .model import Channel, Contact, Direction, Evidence, EvidenceKind
from .references import ticket_reference

MAX_FORWARD_DEPTH = 10  # messages forwarded inside forwarded messages
MAX_ITEMS = 500  # evidence items one imported mail may add
CONTACT_BODY = 4000  # characters of the body kept in the contact's summary


def _kind_for(mime: str, forwarded: bool) -> EvidenceKind:
    if forwarded:
        return EvidenceKind.EMAIL
    if mime.startswith("image/"):
        return EvidenceKind.SCREENSHOT
    if mime == "application/pdf":
        return EvidenceKind.DOCUMENT
    return EvidenceKind.OTHER


def _forwarded_text(mail: Mail) -> str:
    # No words: the summary is read in French and English alike (as in _contact).
    h = mail.headers
    lines = ["---------- ↪ ----------", h["subject"], f"{h['from']} → {h['to']}", h["date"]]
    return "\n".join(x for x in lines if x.strip(" →")) + (
        "\n\n" + mail.body if mail.body else "")


def import_mail_parts(store, claim_id: int, ev: Evidence, result) -> None:
    """Import what ``ev`` (a stored e-mail) holds and log it as a received contact.

    ``store``: the folder's ``EvidenceStore``; ``result``: the ``ImportResult`` to fill
    (not annotated: core.evidence calls this module, which must not import it back).
    """
    queue: list[tuple[Evidence, int]] = [(ev, 0)]
    seen = {ev.sha256}
    linked = [ev.id]
    top: Mail | None = None
    forwarded_texts: list[str] = []
    added = 0
    while queue:
        item, depth = queue.pop(0)
        with open_mail(store.file_path(item), item.mime) as mail:
            label = "" if item is ev else f"forwarded message {item.original_name}: "
            result.warnings += [label + s for s in mail.skipped]
            if item is ev:
                top = mail
            elif depth == 1:
                forwarded_texts.append(_forwarded_text(mail))
            subject = mail.headers.get("subject", "")
            for att in mail.attachments:
                if added >= MAX_ITEMS:
                    result.warnings.append(
                        f"only the first {MAX_ITEMS} attachments and forwarded messages "
                        "were imported; the rest stay inside the original e-mail")
                    queue.clear()
                    break
                if att.forwarded and depth + 1 > MAX_FORWARD_DEPTH:
                    result.warnings.append(
                        f"{att.name}: forwarded more than {MAX_FORWARD_DEPTH} levels deep; "
                        "it stays inside the original e-mail")
                    continue
                what = "forwarded message" if att.forwarded else "attachment"
                try:
                    child = store.add_chunks(
                        claim_id, att.chunks(), att.name, kind=_kind_for(att.mime,
                                                                         att.forwarded),
                        caption=(f"Forwarded in: {subject}" if att.forwarded
                                 else f"Attachment of: {subject}")[:200],
                        metadata={"email_sha256": item.sha256, "mime_part": att.part},
                        source="email_forwarded" if att.forwarded else "email_attachment")
                except EvidenceRejected as exc:
                    result.warnings.append(f"{what} {att.name}: {exc.reason}")
                    continue
                added += 1
                if child.sha256 in seen:
                    continue
                seen.add(child.sha256)
                if att.forwarded and child.mime != EML_MIME:
                    result.warnings.append(f"{what} {att.name}: not readable as an e-mail; "
                                           "kept as a file")
                if not att.forwarded and child.mime in MAIL_MIMES:
                    # An e-mail sent as a file (an Outlook .msg, an .eml): read it too.
                    if depth + 1 > MAX_FORWARD_DEPTH:
                        continue
                    child = store.update(child.id, kind=EvidenceKind.EMAIL)
                linked.append(child.id)
                result.evidence.append(child)
                if child.mime in MAIL_MIMES and (att.forwarded or child.kind == EvidenceKind.EMAIL):
                    queue.append((child, depth + 1))
    assert top is not None
    result.contact = store.folder.contacts.add(_contact(claim_id, ev, top, forwarded_texts,
                                                        linked))


def _contact(claim_id: int, ev: Evidence, mail: Mail, forwarded: list[str],
             linked: list[int]) -> Contact:
    h = mail.headers
    reference = ticket_reference(h["subject"])
    # No words here: the summary is read in French and English alike.
    summary = f"{h['subject']}\n{h['from']} → {h['to']}"
    body = "\n\n".join(x for x in [mail.body] + forwarded if x.strip())
    if body:
        summary += "\n\n" + body[:CONTACT_BODY]
    return Contact(
        claim_id=claim_id, channel=Channel.EMAIL, at=mail.when or ev.captured_at,
        at_unknown=mail.when is None, zone=ev.zone, direction=Direction.RECEIVED,
        reference=reference, reference_origin="detected" if reference else "",
        summary=summary.strip(), evidence_ids=linked)
