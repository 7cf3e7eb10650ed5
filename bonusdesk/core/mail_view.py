"""A stored e-mail as the evidence viewer shows it: From, To, Date, Subject, the body as
text, and its attachments with the evidence items that hold them.

Reading only: the stored file is never changed. An HTML-only body is turned into text
(entities such as ``&eacute;`` and ``&nbsp;`` decoded, scripts and styles dropped, one
line per paragraph). An attachment is linked to the item imported from it (same claim,
or the Inbox) by its content: the same bytes are kept once, so an attachment already in
the claim under another name is that item. An e-mail still in the Inbox has none yet:
they are made when it is filed (core/inbox.py).

The ``real-files`` work reads e-mails (and Outlook ``.msg``) in its own module; when it
lands, :func:`read_mail` is the one place to point at it.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser

from .inspect_file import display_name, email_headers
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


class _TextFromHtml(HTMLParser):
    """Collects the visible text of an HTML body, a line per block."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
              "blockquote", "pre", "hr", "ul", "ol"}
    HIDDEN = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)  # &eacute; &nbsp; &#233; -> characters
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextFromHtml()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\u00a0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _body(msg) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        text = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return text.strip()[:MAX_BODY_CHARS]


def _date(value: str) -> datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return when.astimezone(UTC)


def read_mail(folder, ev: Evidence) -> MailView:
    """``ev`` (an e-mail evidence item) read for display; raises OSError if unreadable."""
    with open(folder.evidence.file_path(ev), "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    headers = email_headers(msg)
    try:
        cc = str(msg.get("Cc", "") or "").strip()
    except Exception:  # noqa: BLE001 - a malformed header must not hide the e-mail
        cc = ""
    stored = [other for other in (folder.evidence.inbox() if ev.claim_id is None
                                  else folder.evidence.list(ev.claim_id))
              if other.metadata.get("email_sha256") == ev.sha256]
    attachments = []
    for part in msg.iter_attachments():
        name = display_name(part.get_filename() or "attachment")
        try:
            payload = part.get_payload(decode=True) or b""
        except (ValueError, LookupError):
            payload = b""
        # By content: the same bytes already in the claim are kept once (another name).
        match = (folder.evidence.find(ev.claim_id, hashlib.sha256(payload).hexdigest())
                 if payload else None)
        if match in stored:
            stored.remove(match)
        attachments.append(MailAttachment(name, match))
    attachments += [MailAttachment(s.original_name, s) for s in stored]
    return MailView(headers["from"], headers["to"], cc, headers["subject"],
                    _date(headers["date"]), _body(msg), attachments)
