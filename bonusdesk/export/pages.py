"""The text sections of the package: summary, checklist, contact log, evidence index and
the appendices (verification, technical capture details), as platypus flowables.

Times are shown in the claim's zone with Babel's formats (``core.localefmt``); the
letter and the chronology are in ``letter_pages``."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer

from ..core import localefmt as lf
from ..core.report_text import bonus_phrase, evidence_label, field_label, missing_fields
from ..core.report_text.wording import phrase
from .collect import ExportData, is_email, is_pdf
from .labels import APPENDIX, CHECKLIST_FR, deadline_state_text, labels, state_text, value_text
from .layout import (
    FONT,
    FRAME_W,
    MONO,
    STYLES,
    Bookmark,
    LateNumber,
    RenderState,
    evidence_page_key,
    grid,
    key_values,
    markup,
    text,
)
from .textline import PlainText


def _clip(value: str, limit: int) -> str:
    """Table cells stay readable; the full text is in the evidence pages."""
    return value if len(value) <= limit else value[:limit].rstrip() + " […]"


def _when(data: ExportData, dt) -> str:
    """``20/11/2026 21:15`` in the claim's zone (the zone is named once on the page)."""
    return lf.table_time(dt, data.claim.incident_zone, data.options.lang) if dt else ""


def kinds_phrase(data: ExportData) -> str:
    """``5 preuves : 2 captures d'écran, 1 e-mail, …`` with each language's plurals."""
    lang = data.options.lang
    t = labels(lang)
    counts: dict[str, int] = {}
    for item in data.evidence:
        counts[item.ev.kind.value] = counts.get(item.ev.kind.value, 0) + 1
    total = lf.plural(len(data.evidence), {"one": t["evidence_total_one"],
                                           "other": t["evidence_total_other"]}, lang)
    if not counts:
        return total
    parts = [f"{lf.number(n, lang)} × {value_text(kind, lang)}" for kind, n in counts.items()]
    return f"{total} ({', '.join(parts)})"


def contact_when(data: ExportData, c) -> str:
    """When a contact happened, or "date unknown (imported …)" for an undated e-mail."""
    if c.at_unknown:
        return labels(data.options.lang)["contact_date_unknown"].format(when=_when(data, c.at))
    return _when(data, c.at)


def summary(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    c, p = data.claim, data.platform
    platform = " – ".join(x for x in (p.name, p.website, p.support_email) if x)
    bonus = " ".join(x for x in (bonus_phrase(c, lang),
                                  f"({c.bonus_type})" if c.bonus_type else "") if x)
    refs = [f"{ct.reference} ({value_text(ct.channel, lang)}, {contact_when(data, ct)})"
            for ct in data.contacts if ct.reference]
    out = [
        Bookmark("summary", t["summary"]),
        text(c.title, "title"),
        text(f"{t['doc_subject']} – {p.name} – {t['claim_no'].format(id=c.id)}", "subtitle"),
        key_values([
            (t["platform"], platform), (t["account"], c.account_id), (t["bonus"], bonus),
            (t["promo"], c.promo_code), (t["transaction"], c.transaction_id),
            (t["round"], c.round_id),
            (t["incident"], lf.moment(c.incident_at, c.incident_zone, lang)),
            (t["category"], value_text(c.category, lang)), (t["error_code"], c.error_code),
            (t["error_text"], c.error_text), (t["status"], value_text(c.status, lang)),
            (t["references"], "\n".join(refs) or t["none"]),
            (t["anchor"], anchor_text(data)),
        ]),
    ]
    # Clipped so page 1 stays one page; the letter has the full text.
    story = "\n".join(phrase(lang, k).format(text=_clip(getattr(c, k).strip(), 350))
                      for k in ("did", "expected", "happened") if getattr(c, k).strip())
    if story:
        out += [text(t["what_happened"], "h2"), text(story)]
    out.append(key_values([(t["evidence_count"], kinds_phrase(data))]))
    out += originals_notice(data)
    if data.options.deadlines:
        out += [text(t["deadlines"], "h2"), deadline_table(data)]
    for alert in data.alerts:
        out += [Spacer(1, 2 * mm), text(alert, "alert")]
    missing = missing_fields(c)
    if missing:
        out += [Spacer(1, 3 * mm), text(t["missing_title"] + (" :" if lang == "fr" else ":"),
                                        "alert"),
                text(", ".join(field_label(f, lang) for f in missing))]
    return out


def originals_notice(data: ExportData) -> list:
    """Where the originals are when they did not fit the size limit (the ZIP bundle)."""
    if not data.originals_bundle:
        return []
    t, lang = labels(data.options.lang), data.options.lang
    size = lf.byte_size(sum(i.ev.size for i in data.evidence), lang)
    mb = lf.number(data.options.max_mb, lang) if data.options.max_mb else "?"
    return [text(t["originals_title"], "h2"),
            text(t["originals_in_bundle"].format(size=size, mb=mb,
                                                 bundle=data.originals_bundle))]


def anchor_text(data: ExportData) -> str:
    """The event chain head the package was made at, ``seq:hash`` (see core.anchors)."""
    seq, digest = data.event_head
    return f"{seq}:{digest}"


def deadline_table(data: ExportData):
    """Deadline rows handed in by the caller (see options.DeadlineRow)."""
    t, lang = labels(data.options.lang), data.options.lang
    rows = [[text(t["deadlines"], "cellb"), text(t["due"], "cellb"), text(t["state"], "cellb")]]
    for row in data.options.deadlines or []:
        rows.append([text(row.label, "cell"), text(_when(data, row.due), "cell"),
                     text(deadline_state_text(row, lang), "cell")])
    return grid(rows, [80 * mm, 30 * mm, FRAME_W - 110 * mm])


def _evidence_refs(data: ExportData, ids: list[int]) -> str:
    parts = []
    for eid in ids:
        n = data.number_of.get(eid)
        parts.append(labels(data.options.lang)["item_no"].format(n=n) if n else f"(id {eid})")
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


def contacts_section(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    out = [CondPageBreak(50 * mm), Bookmark("contacts", t["contacts"]),
           text(t["contacts"], "h1")]
    if not data.contacts:
        return out + [text(t["no_contacts"])]
    # Two columns: who/when/reference on the left, what was said on the right, so long
    # summaries get the width they need and the facts stay scannable.
    colon = lf.NNBSP + ":" if lang == "fr" else ":"
    rows = [[text(f"{t['when']} · {t['channel']} · {t['reference']}", "cellb"),
             text(f"{t['summary_col']} · {t['promised']}", "cellb")]]
    for c in data.contacts:
        facts = [f"<b>{escape(contact_when(data, c))}</b>",
                 escape(f"{value_text(c.channel, lang)}, {t.get(c.direction.value, '')}")]
        if c.reference:
            facts.append(f"{escape(t['reference'])}{colon} <b>{escape(c.reference)}</b>")
        if c.agent:
            facts.append(f"{escape(t['agent'])}{colon} {escape(c.agent)}")
        said = escape(_clip(summary_text(c.summary, lang), 1500)).replace("\n", "<br/>")
        if c.promised_action or c.promised_due_at:
            promised = c.promised_action
            if c.promised_due_at:
                promised += f" ({t['due']} {_when(data, c.promised_due_at)})"
            said += f"<br/><b>{escape(t['promised'])}{colon}</b> {escape(promised.strip())}"
        evidence = _evidence_refs(data, c.evidence_ids)
        if evidence:
            said += f"<br/><b>{escape(t['evidence'])}{colon}</b> {escape(evidence)}"
        rows.append([markup("<br/>".join(facts), "cell"), markup(said, "cell")])
    return out + [grid(rows, [52 * mm, FRAME_W - 52 * mm])]


# The contact made from an imported e-mail starts with these lines (core.evidence).
_EMAIL_SUMMARY_KEYS = {"From: ": "from", "To: ": "to"}


def summary_text(summary: str, lang: str) -> str:
    """A contact summary with the "From:"/"To:" lines BonusDesk wrote in the reader's words."""
    t = labels(lang)
    lines = []
    for line in summary.splitlines():
        for prefix, key in _EMAIL_SUMMARY_KEYS.items():
            if line.startswith(prefix):
                line = f"{t[key]}{lf.NNBSP if lang == 'fr' else ''}: {line[len(prefix):]}"
                break
        lines.append(line)
    return "\n".join(lines)


def index_section(data: ExportData, state: RenderState, image_note: str) -> list:
    """One two-line row per item: facts on the first line, the full SHA-256 on the second.

    Build it after the evidence story: it shows the items that story found it cannot
    draw. Page numbers are filled in once drawn (layout.LateNumber)."""
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
        state.late_evidence_pages.append(item.n)
        shown = item_note(data, item, state)
        caption = "\n".join(x for x in (evidence_label(ev, lang), shown) if x)
        rows.append([text(str(item.n), "cellb"), text(value_text(ev.kind, lang), "cell"),
                     text(caption, "cell"), text(_when(data, ev.captured_at), "cell"),
                     text(ev.original_name, "cell"), LateNumber(evidence_page_key(item.n))])
        rows.append(["", _sha_cell(data, item), "", "", "", ""])
        spans.append(len(rows) - 1)
    table = grid(rows, widths)
    extra = []
    for r in spans:
        extra += [("SPAN", (1, r), (-1, r)), ("LINEABOVE", (1, r), (-1, r), 0, "white"),
                  ("SPAN", (0, r - 1), (0, r))]
    table.setStyle(extra)
    return out + [table]


def _sha_cell(data: ExportData, item) -> Paragraph | PlainText:
    """"SHA-256: <the digest in the monospaced font>", and what it is a copy of."""
    t = labels(data.options.lang)
    colon = lf.NNBSP + ":" if data.options.lang == "fr" else ":"
    copy_note = copy_of_note(data, item)
    sha = item.ev.sha256

    def paragraph() -> Paragraph:
        return markup(f"{escape(t['sha256'])}{colon} <font name='DejaVuSansMono'>{sha}</font>"
                      + (f"<br/>{copy_note}" if copy_note else ""), "cell")

    if copy_note:
        return paragraph()
    return PlainText([(f"{t['sha256']}{colon} ", FONT), (sha, MONO)], STYLES["cell"], FONT,
                     paragraph)


def copy_of_note(data: ExportData, item) -> str:
    """ "Redacted copy of #3 (SHA-256 …)" under a derivative in the index (markup)."""
    parent = data.parent_of.get(item.ev.id)
    if parent is None:
        return ""
    t = labels(data.options.lang)
    kind = item.ev.metadata.get("derivative", "")
    what = t.get(f"copy_{kind}", t["copy_other"])
    sha = f"<font name='DejaVuSansMono'>{parent.sha256}</font>"
    n = data.number_of.get(parent.id)
    if n is not None:
        return escape(t["copy_of"]).format(what=escape(what), n=n, sha=sha)
    return escape(t["copy_of_absent"]).format(what=escape(what), id=parent.id, sha=sha)


def item_note(data: ExportData, item, state: RenderState | None = None) -> str:
    t = labels(data.options.lang)
    ev = item.ev
    failed = state.failures.get(item.n) if state else None
    if failed:
        return t["not_drawn_index"].format(reason=failed)
    if ev.is_image:
        mode = data.shown_as.get(item.n, "")
        return t["shown_as"].format(mode=mode) if mode else ""
    if ev.mime == "application/pdf" and not is_pdf(ev):
        return t["encrypted_pdf"]
    if not (is_pdf(ev) or is_email(ev) or ev.mime.startswith("text/")):
        return t["not_shown"]
    return ""


def appendix_section(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    out = [PageBreak(), Bookmark("appendix", t["appendix"]), text(t["appendix"], "h1")]
    for para in APPENDIX.get(lang, APPENDIX["en"]):
        if para.startswith("## "):
            out.append(text(_spaced(para[3:], lang), "h2"))
        elif para.startswith("$ "):
            out.append(markup(escape(para[2:]), "code"))
        else:
            out.append(text(_spaced(para, lang)))
    out.append(markup(escape(anchor_text(data)), "code"))
    out += tech_section(data)
    out += [Spacer(1, 6 * mm), text(t["generated"].format(
        when=lf.moment(data.made_at, data.user_zone, lang)), "small")]
    return out


def _spaced(value: str, lang: str) -> str:
    return lf.french_spacing(value) if lang == "fr" else value


# Capture metadata worth showing, in this order; the rest (dicts of monitors, ...) is
# summarised or left to the PNG's own text chunks.
TECH_KEYS = ("captured_at_utc", "local_time", "zone", "utc_offset", "mode", "area",
             "monitors", "monitor_index", "requested_region", "session", "os", "app",
             "grabber", "encoder", "derivative", "parent_sha256", "email_sha256")


def tech_value(key: str, value, lang: str) -> str:
    """A capture metadata value in words: "tous les écrans", "0, 0, 1920 × 1080", ..."""
    t = labels(lang)
    if key == "mode" and f"mode_{value}" in t:
        return t[f"mode_{value}"]
    if key == "derivative" and f"derivative_{value}" in t:
        return t[f"derivative_{value}"]
    if isinstance(value, dict) and {"x", "y", "width", "height"} <= set(value):
        return (f"{value['x']}, {value['y']}, {value['width']} × {value['height']}")
    if key == "monitors" and isinstance(value, list):
        return lf.plural(len(value), {"one": t["screens_one"], "other": t["screens_other"]},
                         lang)
    if isinstance(value, dict | list):
        return ""
    return str(value)[:200]


def tech_section(data: ExportData) -> list:
    """Technical details of each capture, moved here from the screenshot pages."""
    t, lang = labels(data.options.lang), data.options.lang
    out = []
    for item in data.evidence:
        meta = item.ev.metadata or {}
        pairs = [(t[f"meta_{k}"], tech_value(k, meta[k], lang)) for k in TECH_KEYS
                 if k in meta and f"meta_{k}" in t]
        if item.ev.exif_time:
            pairs.append((t["exif_time"], item.ev.exif_time))
        pairs = [(k, v) for k, v in pairs if v]
        if not pairs:
            continue
        if not out:
            out = [CondPageBreak(60 * mm), Bookmark("tech", t["tech"]), text(t["tech"], "h1"),
                   text(t["tech_intro"], "small"), Spacer(1, 2 * mm)]
        title = t["tech_item"].format(no=t["item_no"].format(n=item.n),
                                      label=evidence_label(item.ev, lang))
        out += [CondPageBreak(30 * mm), text(title, "h2"), key_values(pairs, 55 * mm)]
    return out
