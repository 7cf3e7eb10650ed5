"""Recipients (rules-file bodies) as the escalation views offer them: the claim's route
first, a default chosen by the rules, and where each readiness item is filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from bonusdesk.core.clocks import chosen_next, stage_for
from bonusdesk.core.model import Claim, Platform
from bonusdesk.core.rules import Recipient, RuleBook

from ..labels import recipient_kind_label, recipient_name
from ..session import Session

# Readiness items name where they are filled in (core.readiness `where`); the claim view
# shows these tabs ("transactions" is the list on the Details tab).
TABS = {"claim": "details", "contacts": "contacts", "transactions": "transactions",
        "evidence": "evidence", "escalation": "deadlines"}


def where_text(where: str) -> str:
    words = {
        "profile": QCoreApplication.translate("Escalation", "Your details"),
        "claim": QCoreApplication.translate("Escalation", "Claim details"),
        "contacts": QCoreApplication.translate("Escalation", "Contacts"),
        "transactions": QCoreApplication.translate("Escalation", "Bets, rounds and deposits"),
        "platform": QCoreApplication.translate("Escalation", "Platform details"),
        "evidence": QCoreApplication.translate("Escalation", "Evidence"),
        "escalation": QCoreApplication.translate("Escalation", "Deadlines"),
    }
    return words.get(where, where)


def route(book: RuleBook, platform: Platform) -> list[Recipient]:
    """Every recipient, those the platform's licence leads to first (its ADR bodies and
    mediator, then its own complaints stage), then the others by kind and name."""
    stage = stage_for(book, platform)
    first = [*chosen_next(book, stage, platform)]
    if stage is not None:
        first += [book.recipients[k] for k in stage.next if k in book.recipients]
        first.append(stage)
    first = list(dict.fromkeys(first))
    kinds = ("mediator", "adr", "regulator", "forum", "operator")
    rest = sorted((r for r in book.recipients.values() if r not in first),
                  key=lambda r: (kinds.index(r.kind) if r.kind in kinds else 9,
                                 recipient_name(r).casefold()))
    return first + rest


def default_recipient(folder, claim: Claim, book: RuleBook) -> str:
    """The next step the rules give for this claim; "" when the user must pick one
    (unknown regulator, or several ADR bodies and none named in the terms)."""
    from bonusdesk.core.recipients import next_step

    step = next_step(folder, claim, rules=book)
    if step is not None and step.recipient_id:
        return step.recipient_id
    return ""


def fill_recipients(combo: QComboBox, book: RuleBook, platform: Platform, selected: str
                    ) -> None:
    """``combo`` lists the recipients (data: id); "" selects a "pick one" item."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("Escalation", "Pick where to go…"), "")
    for r in route(book, platform):
        combo.addItem(QCoreApplication.translate("Escalation", "%1 — %2")
                      .replace("%1", recipient_name(r))
                      .replace("%2", recipient_kind_label(r.kind)), r.key)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.blockSignals(False)


def go_to(session: Session, claim: Claim, where: str, parent: QWidget) -> bool:
    """Show where a readiness item is filled in: a dialog for the player's details and
    the platform, else the claim's tab. True when a dialog was opened (and closed)."""
    if where == "profile":
        from ..settings.profile_dialog import edit_profile

        edit_profile(session, parent)
        return True
    if where == "platform":
        from ..claims.platform_dialog import PlatformDialog

        dialog = PlatformDialog(session, claim.platform_id, parent)
        dialog.exec()
        dialog.deleteLater()
        return True
    session.show_claim(claim.id, TABS.get(where, "details"))
    return False
