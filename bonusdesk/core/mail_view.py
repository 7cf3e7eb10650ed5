"""A stored e-mail as the evidence viewer shows it: From, To, Date, Subject, the body as
text, and its attachments with the evidence items that hold them.

Reading only: the stored file is never changed. The e-mail is read by :mod:`core.mail`,
the reader the import uses, so the viewer shows what was imported (.eml and Outlook .msg,
HTML turned into text with its entities decoded, forwarded messages named in the body).
An attachment is linked to the item imported from it (same claim, or the Inbox) by its
content: the same bytes are kept once, so an attachment already in the claim under
another name is that item. An e-mail still in the Inbox has none yet: they are made when
it is filed (core/inbox.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from .mail import open_mail
from .model import Evidence

MAX_BODY_CHARS = 200_000  # a viewer shows the start of a huge body, not all of it


@dataclass
class MailAttachment:
    name: str
    evidence: Evidence | None = None  # the item holding it (None: not stored yet)


@dataclass
class MailView:
    sender: str
    to: str
    cc: str
    subject: str
    date: datetime | None  # aware UTC; None when the e-mail has no valid Date
    body: str
    attachments: list[MailAttachment] = field(default_factory=list)


def _sha256(chunks) -> str:
    digest = hashlib.sha256()
    for chunk in chunks():
        digest.update(chunk)
    return digest.hexdigest()


def read_mail(folder, ev: Evidence) -> MailView:
    """``ev`` (an e-mail evidence item) read for display; raises OSError or ValueError
    when the file cannot be read as an e-mail."""
    # Items made from this e-mail when it was filed or imported: linked even when their
    # bytes cannot be matched (a forwarded message is stored as its own .eml).
    stored = [other for other in (folder.evidence.inbox() if ev.claim_id is None
                                  else folder.evidence.list(ev.claim_id))
              if other.metadata.get("email_sha256") == ev.sha256]
    attachments = []
    with open_mail(folder.evidence.file_path(ev), ev.mime) as mail:
        for att in mail.attachments:
            # By content: the same bytes already in the claim are kept once (another name).
            match = folder.evidence.find(ev.claim_id, _sha256(att.chunks))
            if match in stored:
                stored.remove(match)
            attachments.append(MailAttachment(att.name, match))
        h = mail.headers
        view = MailView(h.get("from", ""), h.get("to", ""), h.get("cc", ""),
                        h.get("subject", ""), mail.when, mail.body[:MAX_BODY_CHARS])
    view.attachments = attachments + [MailAttachment(s.original_name, s) for s in stored]
    return view
