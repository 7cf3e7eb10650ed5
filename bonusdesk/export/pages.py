"""The text sections of the package: summary, complaint, checklist, timeline,
contact log, evidence index and the verification appendix (as platypus flowables)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from ..core.report_text import complaint, field_label, missing_fields, texts
from ..core.timeutil import format_local, now_utc
from .collect import ExportData, is_email, is_pdf
from .labels import APPENDIX, CHECKLIST_FR, labels, state_text, value_text
from .layout import (
    FRAME_W,
    Bookmark,
    RenderState,
    grid,
    key_values,
    markup,
    text,
)


def _clip(value: str, limit: int) -> str:
    """Table cells stay readable; the full text is in the evidence pages."""
    return value if len(value) <= limit else value[:limit].rstrip() + " […]"


def _when(dt, zone: str) -> str:
    return format_local(dt, zone) if dt else ""


def summary(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    c, p = data.claim, data.platform
    platform = " – ".join(x for x in (p.name, p.website, p.support_email) if x)
    bonus = " ".join(x for x in (c.bonus_name, f"({c.bonus_type})" if c.bonus_type else "",
                                  c.bonus_amount, c.currency) if x)
    refs = [f"{ct.reference} ({value_text(ct.channel, lang)}, {_when(ct.at, ct.zone)})"
            for ct in data.contacts if ct.reference]
    out = [
        Bookmark("summary", t["summary"]),
        text(c.title, "title"),
        text(f"{t['doc_subject']} – {p.name} – {t['claim_no'].format(id=c.id)}", "subtitle"),
        key_values([
            (t["platform"], platform), (t["account"], c.account_id), (t["bonus"], bonus),
            (t["promo"], c.promo_code), (t["transaction"], c.transaction_id),
            (t["round"], c.round_id), (t["incident"], _when(c.incident_at, c.incident_zone)),
            (t["category"], value_text(c.category, lang)), (t["error_code"], c.error_code),
            (t["error_text"], c.error_text), (t["status"], value_text(c.status, lang)),
            (t["references"], "\n".join(refs) or t["none"]),
            (t["anchor"], anchor_text(data)),
        ]),
    ]
    ct = texts(lang)
    # Clipped so page 1 stays one page; the complaint section has the full text.
    story = "\n".join(ct[k].format(text=_clip(getattr(c, k).strip(), 350)) for k in
                      ("did", "expected", "happened") if getattr(c, k).strip())
    if story:
        out += [text(t["what_happened"], "h2"), text(story)]
    kinds: dict[str, int] = {}
    for item in data.evidence:
        kinds[value_text(item.ev.kind, lang)] = kinds.get(value_text(item.ev.kind, lang), 0) + 1
    out.append(key_values([(t["evidence_count"], f"{len(data.evidence)} ("
                            + ", ".join(f"{n} × {k}" for k, n in kinds.items()) + ")"
                            if data.evidence else "0")]))
    if data.options.deadlines:
        out += [text(t["deadlines"], "h2"), deadline_table(data)]
    missing = missing_fields(c)
    if missing:
        out += [Spacer(1, 3 * mm), text(t["missing_info"] + " : " if lang == "fr" else
                                        t["missing_info"] + ": ", "alert"),
                text(", ".join(field_label(f, lang) for f in missing))]
    return out


def anchor_text(data: ExportData) -> str:
    """The event chain head the package was made at, ``seq:hash`` (see core.anchors)."""
    seq, digest = data.event_head
    return f"{seq}:{digest}"


def deadline_table(data: ExportData):
    """Deadline rows handed in by the caller (see options.DeadlineRow)."""
    t, lang = labels(data.options.lang), data.options.lang
    rows = [[text(t["deadlines"], "cellb"), text(t["due"], "cellb"), text(t["state"], "cellb")]]
    for row in data.options.deadlines or []:
        zone = row.zone or data.claim.incident_zone
        rows.append([text(row.label, "cell"), text(_when(row.due, zone), "cell"),
                     text(state_text(row.state, lang), "cell")])
    return grid(rows, [70 * mm, 70 * mm, FRAME_W - 140 * mm])


def complaint_section(data: ExportData) -> list:
    t = labels(data.options.lang)
    msg = complaint(data.claim, data.platform, data.options.lang, data.contacts,
                    len(data.evidence), data.options.author)
    out = [PageBreak(), Bookmark("complaint", t["complaint"]), text(t["complaint"], "h1"),
           text(msg.subject, "h2")]
    for line in msg.body.split("\n"):
        out.append(text(line, "letter") if line else Spacer(1, 3 * mm))
    return out


def _evidence_refs(data: ExportData, ids: list[int]) -> str:
    parts = []
    for eid in ids:
        n = data.number_of.get(eid)
        parts.append(f"#{n}" if n else f"(id {eid})")
    return ", ".join(parts)


def checklist_section(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    rows = [[text(t["item"], "cellb"), text(t["state"], "cellb"), text(t["backing"], "cellb"),
             text(t["note"], "cellb")]]
    for it in data.checklist:
        label = CHECKLIST_FR.get(it.key, it.label) if lang == "fr" else it.label
        rows.append([text(label, "cell"), text(state_text(it.state, lang), "cell"),
                     text(_evidence_refs(data, it.evidence_ids), "cell"), text(it.note, "cell")])
    return [CondPageBreak(60 * mm), Bookmark("checklist", t["checklist"]),
            text(t["checklist"], "h1"),
            grid(rows, [62 * mm, 24 * mm, 30 * mm, FRAME_W - 116 * mm])]


def timeline_section(data: ExportData) -> list:
    t = labels(data.options.lang)
    rows = [[text(t["when"], "cellb"), text(t["what"], "cellb")]]
    rows += [[text(_when(e.at, e.zone), "cell"), text(e.text, "cell")] for e in data.timeline]
    return [PageBreak(), Bookmark("timeline", t["timeline"]), text(t["timeline"], "h1"),
            grid(rows, [72 * mm, FRAME_W - 72 * mm])]


def contacts_section(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    out = [CondPageBreak(50 * mm), Bookmark("contacts", t["contacts"]),
           text(t["contacts"], "h1")]
    if not data.contacts:
        return out + [text(t["no_contacts"])]
    # Two columns: who/when/reference on the left, what was said on the right, so long
    # summaries get the width they need and the facts stay scannable.
    rows = [[text(f"{t['when']} · {t['channel']} · {t['reference']}", "cellb"),
             text(f"{t['summary_col']} · {t['promised']}", "cellb")]]
    for c in data.contacts:
        facts = [f"<b>{escape(_when(c.at, c.zone))}</b>",
                 escape(f"{value_text(c.channel, lang)}, {t.get(c.direction.value, '')}")]
        if c.reference:
            facts.append(f"{escape(t['reference'])}: <b>{escape(c.reference)}</b>")
        if c.agent:
            facts.append(f"{escape(t['agent'])}: {escape(c.agent)}")
        said = escape(_clip(c.summary, 1500)).replace("\n", "<br/>")
        if c.promised_action or c.promised_due_at:
            promised = c.promised_action
            if c.promised_due_at:
                promised += f" ({t['due']} {_when(c.promised_due_at, c.zone)})"
            said += f"<br/><b>{escape(t['promised'])}:</b> {escape(promised.strip())}"
        evidence = _evidence_refs(data, c.evidence_ids)
        if evidence:
            said += f"<br/><b>{escape(t['evidence'])}:</b> {escape(evidence)}"
        rows.append([markup("<br/>".join(facts), "cell"), markup(said, "cell")])
    return out + [grid(rows, [52 * mm, FRAME_W - 52 * mm])]


def index_section(data: ExportData, state: RenderState, image_note: str,
                  previous: RenderState | None) -> list:
    """One two-line row per item: facts on the first line, the full SHA-256 on the second."""
    t, lang = labels(data.options.lang), data.options.lang
    out = [PageBreak(), Bookmark("index", t["index"]), text(t["index"], "h1")]
    if image_note:
        out += [text(image_note, "small"), Spacer(1, 2 * mm)]
    if not data.evidence:
        return out + [text(t["no_evidence"])]
    widths = [10 * mm, 24 * mm, 50 * mm, 30 * mm, 50 * mm, FRAME_W - 164 * mm]
    rows = [[text(h, "cellb") for h in (t["no"], t["kind"], t["caption"], t["time"],
                                         t["original_name"], t["page"])]]
    spans = []
    for item in data.evidence:
        ev = item.ev
        page = previous.evidence_page.get(item.n, "") if previous else ""
        shown = item_note(data, item)
        caption = "\n".join(x for x in (ev.caption, shown) if x)
        rows.append([text(str(item.n), "cellb"), text(value_text(ev.kind, lang), "cell"),
                     text(caption, "cell"), text(_when(ev.captured_at, ev.zone), "cell"),
                     text(ev.original_name, "cell"), text(str(page), "cell")])
        rows.append(["", markup(f"{t['sha256']}: <font name='DejaVuSansMono'>{ev.sha256}"
                                f"</font>", "cell"), "", "", "", ""])
        spans.append(len(rows) - 1)
    table = grid(rows, widths)
    extra = []
    for r in spans:
        extra += [("SPAN", (1, r), (-1, r)), ("LINEABOVE", (1, r), (-1, r), 0, "white"),
                  ("SPAN", (0, r - 1), (0, r))]
    table.setStyle(extra)
    return out + [table]


def item_note(data: ExportData, item) -> str:
    t = labels(data.options.lang)
    ev = item.ev
    if ev.is_image:
        mode = data.shown_as.get(item.n, "")
        return t["shown_as"].format(mode=mode) if mode else ""
    if ev.mime == "application/pdf" and not is_pdf(ev):
        return t["encrypted_pdf"]
    if not (is_pdf(ev) or is_email(ev) or ev.mime.startswith("text/")):
        return t["not_shown"]
    return ""


def appendix_section(data: ExportData) -> list:
    t = labels(data.options.lang)
    out = [PageBreak(), Bookmark("appendix", t["appendix"]), text(t["appendix"], "h1")]
    for para in APPENDIX.get(data.options.lang, APPENDIX["en"]):
        if para.startswith("## "):
            out.append(text(para[3:], "h2"))
        elif para.startswith("$ "):
            out.append(markup(escape(para[2:]), "code"))
        else:
            out.append(text(para))
    out.append(markup(escape(anchor_text(data)), "code"))
    out += [Spacer(1, 6 * mm), text(t["generated"].format(
        when=format_local(now_utc(), data.user_zone)), "small")]
    return out
