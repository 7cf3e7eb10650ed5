"""The opening pages of a package made for one recipient (``ExportOptions.recipient``):
its own summary page (who, where, by when, is the file complete) and the referral
letter in the recipient's language. The rest of the package (timeline, contact log,
evidence) is the usual one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from ..core.escalate import plan_escalation
from ..core.readiness import ReadyItem
from ..core.rules import Recipient
from ..core.timeutil import format_local
from .collect import ExportData
from .labels import labels
from .layout import FRAME_W, Bookmark, grid, key_values, markup, text


@dataclass(frozen=True)
class ReferralPack:
    recipient: Recipient
    items: tuple[ReadyItem, ...]
    opens_at: datetime | None
    limit_at: datetime | None
    where: str
    subject: str
    body: str

    @property
    def missing(self) -> int:
        return sum(1 for i in self.items if i.state == "missing")


def referral_pack(folder, data: ExportData) -> ReferralPack:
    """Read in the folder's thread: the plan of core.escalate, for the pages."""
    plan = plan_escalation(folder, data.claim.id, data.options.recipient,
                           lang=data.options.lang)
    r = plan.recipient
    where = r.web_form or ""
    if r.postal_address:
        where = "\n".join(x for x in (where, r.postal_address) if x)
    subject, body = plan.letter.subject, plan.letter.body
    edited = (data.options.referral_letter or "").strip("\n")
    if edited.strip():  # the player's own wording is what goes to the body
        subject, _, body = edited.partition("\n")
        body = body.strip("\n")
    return ReferralPack(r, plan.readiness.items, plan.opens_at, plan.deadline, where,
                        subject.strip(), body)


def referral_story(data: ExportData) -> list:
    return _summary(data) + _letter(data)


def _summary(data: ExportData) -> list:
    t, lang = labels(data.options.lang), data.options.lang
    pack: ReferralPack = data.referral
    r, c = pack.recipient, data.claim
    zone = data.claim.incident_zone
    name = r.name_in(lang)
    competence = r.competence_fr if lang == "fr" and r.competence_fr else r.competence
    if not r.legal_body:
        competence = f"{t['not_legal']} {competence}"
    language = {"en": ("English", "anglais"), "fr": ("French", "français"),
                "sv": ("Swedish", "suédois"), "nl": ("Dutch", "néerlandais")}.get(
        r.language, (r.language, r.language))[1 if lang == "fr" else 0]
    out = [
        Bookmark("summary", t["summary"]),
        text(t["referral_title"].format(name=name), "title"),
        text(f"{data.platform.name} – {t['claim_no'].format(id=c.id)} – {c.title}", "subtitle"),
        key_values([
            (t["recipient"], name), (t["competence"], competence),
            (t["send_to"], pack.where), (t["language"], language),
            (t["opens"], format_local(pack.opens_at, zone) if pack.opens_at else ""),
            (t["refer_by"], format_local(pack.limit_at, zone) if pack.limit_at else ""),
            (t["account"], c.account_id),
            (t["incident"], format_local(c.incident_at, c.incident_zone)),
        ]),
    ]
    for alert in data.alerts:
        out += [Spacer(1, 2 * mm), text(alert, "alert")]
    verdict = (t["ready_yes"] if pack.missing == 0 else t["missing_one"] if pack.missing == 1
               else t["missing_many"].format(n=pack.missing))
    out += [text(t["readiness"], "h2"),
            text(verdict, "alert" if pack.missing else "body")]
    rows = [[text(t["item_state"], "cellb"), text(t["item"], "cellb"),
             text(t["where_fill"], "cellb")]]
    for item in pack.items:
        rows.append([text(t[item.state], "cellb" if item.state == "missing" else "cell"),
                     text(item.text_in(lang), "cell"),
                     text(t.get(f"where_{item.where}", item.where), "cell")])
    out.append(grid(rows, [24 * mm, FRAME_W - 74 * mm, 50 * mm]))
    sources = [f"{escape(s.title)}" + (f" – {escape(s.date)}" if s.date else "")
               + (f"<br/><font size='7'>{escape(s.url)}</font>" if s.url else "")
               for s in r.sources]
    out += [text(t["sources"], "h2")] + [markup(s, "small") for s in sources]
    unconfirmed = r.unconfirmed_fr if lang == "fr" else r.unconfirmed
    if unconfirmed:
        out.append(text(f"{t['unconfirmed']} : {unconfirmed}" if lang == "fr" else
                        f"{t['unconfirmed']}: {unconfirmed}", "small"))
    return out


def _letter(data: ExportData) -> list:
    t = labels(data.options.lang)
    pack: ReferralPack = data.referral
    out = [PageBreak(), Bookmark("complaint", t["letter"]), text(t["letter"], "h1"),
           text(pack.subject, "h2")]
    for line in pack.body.split("\n"):
        out.append(text(line, "letter") if line else Spacer(1, 3 * mm))
    return out
