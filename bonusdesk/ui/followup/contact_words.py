"""How the Contacts and History tabs show what an imported e-mail left uncertain: a mail
without a date (``Contact.at_unknown``: listed at its import time, the latest it can have
arrived) and a reference found in its subject that the player has not confirmed yet
(``reference_origin == "detected"``: it goes into the letter as a previous reference)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QStandardItem

from bonusdesk.core.model import Contact


def when_text(contact: Contact, shown_time: str) -> tuple[str, str]:
    """The "When" cell and its tooltip; ``shown_time`` is ``contact.at`` as the tab shows
    times. An undated e-mail says "date unknown", never its import time as if it were sent
    then."""
    if not contact.at_unknown:
        return shown_time, ""
    return (QCoreApplication.translate("ContactWords", "Date unknown"),
            QCoreApplication.translate(
                "ContactWords", "The e-mail has no date. It is listed at the time it was "
                "imported, %1: it arrived no later than that.").replace("%1", shown_time))


def reference_text(contact: Contact) -> tuple[str, str]:
    """The "Reference" cell and its tooltip: a detected reference asks to be checked."""
    if not contact.reference or contact.reference_origin != "detected":
        return contact.reference, ""
    return (QCoreApplication.translate("ContactWords", "%1 (found: check it)").replace(
                "%1", contact.reference),
            QCoreApplication.translate(
                "ContactWords", "BonusDesk found this reference in the e-mail's subject. "
                "It goes into your letter as a previous reference: confirm it, remove it or "
                "correct it (right-click, or the Reference button)."))


def mark_uncertain(item: QStandardItem, tooltip: str) -> None:
    """Italic, with the reason as its tooltip: a cell the player should look at."""
    if not tooltip:
        return
    font = QFont(item.font())
    font.setItalic(True)
    item.setFont(font)
    item.setToolTip(tooltip)


def mark_withdrawn(item: QStandardItem) -> None:
    """Struck out: a withdrawn entry stays listed (History hides nothing) but reads as gone."""
    font = QFont(item.font())
    font.setStrikeOut(True)
    item.setFont(font)
