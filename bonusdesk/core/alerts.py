"""Warnings for a claim's summary page: a route that needs a written complaint the claim
does not have (the most common reason the ANJ mediator declares a case inadmissible), or a
platform whose regulator is unknown ("unknown: pick one")."""

from __future__ import annotations

from dataclasses import dataclass

from .claimfacts import ClaimFacts
from .clocks import chosen_next, stage_for
from .model import Claim
from .rules import RuleBook, rules_for_folder


@dataclass(frozen=True)
class Alert:
    key: str
    text: str
    text_fr: str

    def text_in(self, lang: str) -> str:
        return self.text_fr if lang == "fr" else self.text


ALERTS = {
    "no_written_complaint": (
        "No written complaint yet: the mediator will refuse the case. Send one by form, "
        "e-mail or letter (chat and phone do not count).",
        "Pas encore de réclamation écrite : le médiateur refusera le dossier. Envoyez-en une "
        "par formulaire, e-mail ou courrier (le chat et le téléphone ne comptent pas)."),
    "unknown_regulator": (
        "The platform's regulator is unknown: pick one so the escalation clocks apply.",
        "Le régulateur de la plateforme est inconnu : choisissez-le pour que les délais de "
        "recours s'appliquent."),
}


def claim_alerts(folder, claim: Claim | int, *, rules: RuleBook | None = None
                 ) -> list[Alert]:
    """The claim's warnings, in English and French."""
    book = rules or rules_for_folder(folder)
    claim = folder.claims.get(claim.id if isinstance(claim, Claim) else claim)
    facts = ClaimFacts.read(folder, claim)
    stage = stage_for(book, facts.platform)
    found = []
    if stage is None:
        found.append("unknown_regulator")
    else:
        route = [stage, *chosen_next(book, stage, facts.platform)]
        needs_written = any("written_complaint" in r.needs or any(
            c.needs_written_complaint for c in r.rules) for r in route)
        if needs_written and facts.written_complaint_at is None:
            found.append("no_written_complaint")
    return [Alert(k, *ALERTS[k]) for k in found]
