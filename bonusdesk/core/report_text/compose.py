"""Write the complaint from :class:`LetterFacts`: a formal letter or a short chat message.

Pure functions of the facts: no database, no clock (``facts.now`` is the date of the
letter), so the app, the CLI and the PDF print the same words for the same claim.
A fact the player left empty is left out; nothing is ever written as "(not given)".
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import localefmt as lf
from ..durations import Duration
from ..model import Category, Claim, Evidence, Recurrence, Remedy
from .facts import LetterFacts
from .wording import DEFAULT_REMEDY, forms, has, phrase, value_words

FORMS = ("letter", "chat")
CHAT_LIMIT = 1000  # what a casino's chat box takes, roughly
ATTACHMENTS_LISTED = 20  # then "and 12 other items"
_DASH = "– "


@dataclass(frozen=True)
class Letter:
    lang: str
    form: str  # "letter" or "chat"
    subject: str  # "" for the chat form
    body: str

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}" if self.subject else self.body

    @property
    def chars(self) -> int:
        """Characters of the body: what the chat box or the form counts."""
        return len(self.body)


# -- small phrases -------------------------------------------------------------------
def error_phrase(claim: Claim, lang: str) -> str:
    """``BNS-402 – « Bonus could not be credited »``: the code, then the verbatim text."""
    code, text = claim.error_code.strip(), claim.error_text.strip()
    return " – ".join(p for p in (code, lf.quoted(text, lang) if text else "") if p)


def bonus_phrase(claim: Claim, lang: str) -> str:
    """``Welcome 100% (100,00 €)``; what exists of name and amount."""
    amount = lf.money(claim.bonus_amount, claim.currency, lang) if claim.bonus_amount.strip() \
        else ""
    name = claim.bonus_name.strip()
    return f"{name} ({amount})" if name and amount else name or amount


def duration_text(duration: Duration, lang: str) -> str:
    return lf.plural(duration.amount, forms(lang, duration.unit), lang)


def effective_remedy(claim: Claim) -> tuple[Remedy, str]:
    """The remedy asked for and its amount as text ("" when none applies).

    ``Remedy.AUTO`` takes the category's default; a bonus claim asks for the bonus
    amount unless the player wrote another remedy amount.
    """
    remedy = claim.remedy if claim.remedy != Remedy.AUTO else DEFAULT_REMEDY.get(
        claim.category, Remedy.EXPLAIN)
    amount = claim.remedy_amount.strip()
    if not amount and remedy == Remedy.CREDIT_BONUS:
        amount = claim.bonus_amount.strip()
    return remedy, amount


def remedy_phrase(claim: Claim, lang: str) -> str:
    remedy, amount = effective_remedy(claim)
    if amount and lf.parse_amount(amount) is not None:
        return phrase(lang, f"remedy_{remedy}").format(
            amount=lf.money(amount, claim.currency, lang))
    return phrase(lang, f"remedy_{remedy}_plain")


def evidence_label(ev: Evidence, lang: str) -> str:
    """What an item is, for a reader: its caption, or words instead of the captions
    BonusDesk wrote itself in English ("Screenshot 2026-11-20 21:16 …")."""
    caption = ev.caption.strip()
    if ev.source == "capture" and (not caption or caption.startswith("Screenshot ")):
        return phrase(lang, "screenshot_caption").format(
            date=lf.short_date(ev.captured_at, ev.zone, lang),
            time=lf.clock(ev.captured_at, ev.zone, lang))
    if ev.source == "email_attachment" and caption.startswith("Attachment of: "):
        subject = caption.removeprefix("Attachment of: ").strip()
        return phrase(lang, "attachment_caption").format(subject=lf.quoted(subject, lang))
    if ev.source == "email_forwarded" and caption.startswith("Forwarded in: "):
        subject = caption.removeprefix("Forwarded in: ").strip()
        return phrase(lang, "forwarded_caption").format(subject=lf.quoted(subject, lang))
    if ev.source == "decrypted" and caption.startswith("Decrypted copy of: "):
        name = caption.removeprefix("Decrypted copy of: ").strip()
        return phrase(lang, "decrypted_caption").format(name=lf.quoted(name, lang))
    if caption:
        return caption
    return f"{value_words(ev.kind, lang)} {ev.original_name}".strip()


def _contacts_phrase(facts: LetterFacts, lang: str, zone: str) -> str:
    seen, parts = set(), []
    for c in facts.contacts:
        ref = c.reference.strip()
        if ref and ref not in seen:
            seen.add(ref)
            parts.append(phrase(lang, "contact_ref").format(
                reference=ref, channel=value_words(c.channel, lang),
                date=lf.short_date(c.at, zone, lang)))
    return ", ".join(parts)


def _references(facts: LetterFacts, lang: str) -> list[tuple[str, str]]:
    c = facts.claim
    return [(phrase(lang, key), value) for key, value in (
        ("ref_account", c.account_id.strip()),
        ("ref_bonus", bonus_phrase(c, lang)),
        ("ref_promo", c.promo_code.strip()),
        ("ref_transaction", c.transaction_id.strip()),
        ("ref_round", c.round_id.strip()),
        ("ref_contacts", _contacts_phrase(facts, lang, c.incident_zone)),
    ) if value]


def _label_line(label: str, value: str, lang: str) -> str:
    return f"{_DASH}{label}{lf.NNBSP if lang == 'fr' else ''}: {value}"


def _circumstances(claim: Claim, lang: str) -> list[str]:
    lines = []
    if claim.recurrence != Recurrence.UNKNOWN and has(lang, f"recurrence_{claim.recurrence}"):
        lines.append(phrase(lang, f"recurrence_{claim.recurrence}"))
    if claim.connection_stable is not None:
        lines.append(phrase(lang, "connection_yes" if claim.connection_stable
                            else "connection_no"))
    return lines


def _next_step(facts: LetterFacts, lang: str) -> str:
    terms = facts.terms
    if terms and terms.next_sentence.get(lang) and not has(lang, f"next_{terms.rule_set}"):
        return terms.next_sentence[lang]  # the rules file's own sentence for this route
    key = f"next_{terms.rule_set}" if terms and has(lang, f"next_{terms.rule_set}") else "next_"
    template = phrase(lang, key)
    if "{duration}" in template:
        if terms is None or terms.duration is None:
            return phrase(lang, "next_plain")
        return template.format(duration=duration_text(terms.duration, lang))
    return template


def _attachments(facts: LetterFacts, lang: str) -> list[str]:
    shown = facts.evidence[:ATTACHMENTS_LISTED]
    lines = [f"{n}. " + phrase(lang, "attachment").format(
        label=evidence_label(ev, lang), date=lf.short_date(ev.captured_at, ev.zone, lang))
        for n, ev in enumerate(shown, 1)]
    rest = len(facts.evidence) - len(shown)
    if rest:
        lines.append(phrase(lang, "attachments_more").format(
            more=lf.plural(rest, forms(lang, "more"), lang)))
    return lines


def subject(claim: Claim, lang: str) -> str:
    title, account = claim.title.strip(), claim.account_id.strip()
    if account:
        return phrase(lang, "subject_account").format(title=title, account=account)
    return phrase(lang, "subject").format(title=title)


# -- the two forms -----------------------------------------------------------------------
def compose_letter(facts: LetterFacts, lang: str) -> Letter:
    """The formal written complaint: every element the data allows, nothing invented."""
    c, p = facts.claim, facts.platform
    account = c.account_id.strip()
    paras: list[list[str]] = [[phrase(lang, "opening")]]
    paras.append([phrase(lang, "formal").format(account=account, platform=p.name) if account
                  else phrase(lang, "formal_no_account").format(platform=p.name)])
    story = [phrase(lang, "when").format(moment=lf.moment(c.incident_at, c.incident_zone, lang))]
    story += [phrase(lang, key).format(text=getattr(c, key).strip())
              for key in ("did", "expected", "happened") if getattr(c, key).strip()]
    paras.append(story)
    error = error_phrase(c, lang)
    facts_more = ([phrase(lang, "error").format(error=error)] if error else []) \
        + _circumstances(c, lang)
    if facts_more:
        paras.append(facts_more)
    refs = _references(facts, lang)
    if refs:
        paras.append([phrase(lang, "references")]
                     + [_label_line(label, value, lang) for label, value in refs])
    paras.append([phrase(lang, "ask").format(remedy=remedy_phrase(c, lang))])
    terms = facts.terms
    if terms and terms.reply_by is not None:
        ack = phrase(lang, "acknowledge_by").format(
            date=lf.long_date(terms.reply_by, terms.zone, lang))
    else:
        ack = phrase(lang, "acknowledge")
    paras.append([ack, _next_step(facts, lang)])
    if facts.evidence:
        paras.append([phrase(lang, "attachments")] + _attachments(facts, lang))
    if facts.fingerprint is not None:
        paras.append([phrase(lang, "fingerprint").format(
            date=lf.long_date(facts.now, c.incident_zone, lang),
            seq=facts.fingerprint.seq, digest=facts.fingerprint.digest)])
    signature = [phrase(lang, "closing")]
    signer = facts.signer
    who = [line for line in (signer.name, signer.email, *signer.postal_address.splitlines())
           if line.strip()]
    if who:
        signature += [""] + who
    paras.append(signature)
    body = "\n\n".join("\n".join(lines) for lines in paras)
    return Letter(lang, "letter", subject(c, lang), body)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:max(0, limit - 1)].rstrip() + "…"


def compose_chat(facts: LetterFacts, lang: str, limit: int = CHAT_LIMIT) -> Letter:
    """A chat message under ``limit`` characters: the same facts, the player's own
    descriptions shortened first when room runs out."""
    c = facts.claim
    account = c.account_id.strip()
    head = [phrase(lang, "chat_opening"),
            phrase(lang, "chat_formal").format(account=account) if account
            else phrase(lang, "chat_formal_no_account")]
    refs = [value for _label, value in _references(facts, lang)[1:]]  # account said above
    error = error_phrase(c, lang)
    tail = ([phrase(lang, "chat_error").format(error=error)] if error else []) \
        + _circumstances(c, lang) \
        + ([phrase(lang, "chat_refs").format(refs=", ".join(refs))] if refs else [])
    if facts.evidence:
        tail.append(lf.plural(len(facts.evidence), forms(lang, "chat_evidence"), lang))
    tail += [phrase(lang, "chat_ask").format(remedy=remedy_phrase(c, lang)),
             phrase(lang, "chat_closing")]
    when = phrase(lang, "when").format(moment=lf.moment(c.incident_at, c.incident_zone, lang))
    stories = [(key, getattr(c, key).strip()) for key in ("did", "expected", "happened")
               if getattr(c, key).strip()]

    def build(story_limit: int) -> str:
        story = [phrase(lang, key).format(text=_clip(text, story_limit)) for key, text in stories]
        return "\n".join(head + [when] + story + tail)

    body = build(10_000)
    room = 400
    while len(body) > limit and room > 20:
        room -= 20
        body = build(room)
    return Letter(lang, "chat", "", _clip(body, limit))


def compose(facts: LetterFacts, lang: str, form: str = "letter") -> Letter:
    if form == "chat":
        return compose_chat(facts, lang)
    return compose_letter(facts, lang)


# -- what support will ask for ---------------------------------------------------------------
_ALWAYS_ASKED = ("account_id", "did", "expected", "happened")
_BONUS_FIELDS = ("bonus_name", "bonus_amount", "currency")
_ERROR_FIELDS = ("error_code", "error_text")


def missing_fields(claim: Claim) -> list[str]:
    """Names of the claim fields support will ask for that are still empty."""
    wanted = list(_ALWAYS_ASKED[:1])
    if claim.category in (Category.ERROR_MESSAGE, Category.BONUS_NOT_CREDITED) or (
            claim.error_code or claim.error_text):
        wanted += _ERROR_FIELDS
    if claim.category in (Category.BONUS_NOT_CREDITED, Category.PAYMENT_BLOCKED_OR_DELAYED):
        wanted.append("transaction_id")
    if claim.category != Category.PAYMENT_BLOCKED_OR_DELAYED:
        wanted += _BONUS_FIELDS
    wanted += _ALWAYS_ASKED[1:]
    return [f for f in wanted if not str(getattr(claim, f) or "").strip()]


def field_label(field: str, lang: str = "en") -> str:
    key = f"field_{field}"
    return phrase(lang, key) if has(lang, key) else field.replace("_", " ")
