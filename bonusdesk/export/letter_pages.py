"""The letter page and the chronology page of the package.

The letter is the one ``core.report_text`` writes (the app and ``bonusdesk-cli report``
show the same words), laid out as a letter: sender, recipient, date, subject, body.
The chronology is ``core.timeline``'s, every time in the claim's zone, said once.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from ..core import localefmt as lf
from ..core.report_text import evidence_label
from ..core.timeline import Entry, EntryKind, Timeline
from .collect import ExportData
from .labels import labels, value_text
from .layout import FONT, FRAME_W, STYLES, Bookmark, grid, markup, text
from .textline import PlainText


def _sender_block(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    p = data.player
    sender = "\n".join(x for x in (p.name or data.options.author, p.email, p.postal_address)
                       if x.strip())
    platform = data.platform
    recipient = "\n".join(x for x in (t["letter_to"].format(name=platform.name),
                                      platform.support_email) if x.strip())
    date = t["letter_date"].format(
        date=lf.long_date(data.made_at, data.claim.incident_zone, lang))
    table = Table([[text(sender, "letter"), text(recipient + "\n\n" + date, "letter")]],
                  colWidths=[FRAME_W * 0.55, FRAME_W * 0.45], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 6 * mm)]


def letter_section(data: ExportData) -> list:
    t = labels(data.options.lang)
    msg = data.letter
    out = [PageBreak(), Bookmark("complaint", t["complaint_letter"]),
           text(t["complaint_letter"], "h1")]
    out += _sender_block(data)
    out.append(text(msg.subject, "h2"))
    for block in msg.body.split("\n\n"):
        out += [text(block, "letter"), Spacer(1, 3 * mm)]
    return out


# -- chronology -------------------------------------------------------------------------
def zone_sentence(timeline: Timeline, lang: str) -> str:
    """``Toutes les heures sont à l'heure de Paris (UTC+1 / UTC+2).``"""
    zone = timeline.zone
    offsets = list(dict.fromkeys(lf.offset_text(e.at, zone) for e in timeline.entries))
    phrase = lf.zone_phrase(zone, lang)
    if offsets and offsets != ["UTC"]:
        phrase += f" ({' / '.join(offsets)})"
    return labels(lang)["all_times"].format(zone=phrase)


def _numbers(data: ExportData, evidence) -> str:
    t = labels(data.options.lang)
    nos = [t["item_no"].format(n=data.number_of[ev.id]) for ev in evidence
           if ev.id in data.number_of]
    return ", ".join(nos)


def entry_text(data: ExportData, entry: Entry) -> str:
    """One chronology line in the package's language."""
    t, lang = labels(data.options.lang), data.options.lang
    claim = data.claim
    if entry.kind == EntryKind.INCIDENT:
        code = claim.error_code.strip()
        return t["tl_incident"] + (f" – {code}" if code else "")
    if entry.kind == EntryKind.CREATED:
        return t["tl_created"]
    if entry.kind == EntryKind.EVIDENCE:
        ev = entry.evidence[0]
        key = "tl_captured" if ev.source == "capture" else "tl_imported"
        return t[key].format(no=_numbers(data, [ev]), label=evidence_label(ev, lang))
    if entry.kind == EntryKind.EXPORT:
        return t["tl_export"].format(sha=str(entry.event["data"].get("sha256", ""))[:16])
    parts = []
    if entry.kind == EntryKind.CONTACT:
        c = entry.contact
        channel = value_text(c.channel, lang)
        parts.append(t[f"tl_contact_{c.direction.value}"].format(
            channel=channel[:1].upper() + channel[1:]))
        if c.reference:
            parts.append(t["tl_ref"].format(ref=c.reference))
        if c.at_unknown:  # an e-mail without a date: placed at its import time
            parts.append(t["date_unknown"])
        nos = _numbers(data, entry.evidence)
        if nos:
            parts.append(t["tl_with"].format(nos=nos))
    for change in entry.statuses:
        status = t["tl_status"].format(status=value_text(change.status, lang))
        parts.append(status + (f" ({change.note})" if change.note else ""))
    return " – ".join(parts)


def timeline_section(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    timeline = data.timeline
    rows = [[text(t["when"], "cellb"), text(t["what"], "cellb")]]
    for entry in timeline.entries:
        plain = entry_text(data, entry)
        what = escape(plain)
        flags = [t[f"flag_{f}"] for f in sorted(entry.flags)]
        if flags:  # in red: a Paragraph
            what += f" <font color='#8a1c1c'>[{escape(', '.join(flags))}]</font>"
            cell = markup(what, "cell")
        else:  # one of hundreds of lines (a capture, an import): a plain line when it can
            cell = PlainText(plain, STYLES["cell"], FONT,
                             lambda what=what: markup(what, "cell"))
        rows.append([text(lf.table_time(entry.at, timeline.zone, lang), "cell"), cell])
    return [PageBreak(), Bookmark("timeline", t["timeline"]), text(t["timeline"], "h1"),
            text(zone_sentence(timeline, lang), "small"), Spacer(1, 2 * mm),
            grid(rows, [32 * mm, FRAME_W - 32 * mm])]
