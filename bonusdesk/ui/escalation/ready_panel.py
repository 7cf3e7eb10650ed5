"""Is the claim's file complete for a body? The items of core.readiness, present and
missing, each missing one linking to where it is filled in (``link_activated(where)``).
Used on the Escalation tab and in the "Refer to a mediator / ADR" dialog."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..i18n import current_language
from .recipients import where_text

if TYPE_CHECKING:
    from bonusdesk.core.readiness import Readiness, ReadyItem

# core.readiness item states (not imported: the app starts without the readiness check).
OK, MISSING, WARNING, INFO = "ok", "missing", "warning", "info"
MARKS = {OK: ("✓", "#15803d"), MISSING: ("✗", "#b91c1c"), WARNING: ("!", "#b45309"),
         INFO: ("i", "#4b5563")}


class ReadyPanel(QWidget):
    """Shows one Readiness; ``link_activated(where)`` when a "fill in" link is clicked."""

    link_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.readiness: Readiness | None = None
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.list = QLabel()
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.list.setAccessibleName(self.tr("What the file holds and what is missing"))
        self.list.linkActivated.connect(self.link_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.dates)
        layout.addWidget(self.list, 1)

    def clear(self, text: str = "") -> None:
        self.readiness = None
        self.verdict.setText(text)
        self.dates.setText("")
        self.list.setText("")

    def items(self) -> list[ReadyItem]:
        return list(self.readiness.items) if self.readiness else []

    def show_readiness(self, r: Readiness) -> None:
        from bonusdesk.core.localefmt import moment  # Babel: not needed to start the app

        self.readiness = r
        lang = current_language()
        missing = len(r.missing)
        if missing:
            self.verdict.setText("<b>" + self.tr("Not ready: %n items missing.", "", missing)
                                 + "</b>")
            self.verdict.setStyleSheet(f"color:{MARKS[MISSING][1]};")
        else:
            self.verdict.setText("<b>" + self.tr("Ready: nothing is missing.") + "</b>")
            self.verdict.setStyleSheet(f"color:{MARKS[OK][1]};")
        dates = []
        if r.opens_at is not None:
            dates.append(self.tr("You may refer from %1.").replace(
                "%1", moment(r.opens_at, r.zone, lang)))
        if r.limit_at is not None:
            dates.append(self.tr("Refer by %1 at the latest.").replace(
                "%1", moment(r.limit_at, r.zone, lang)))
        self.dates.setText(" ".join(dates))
        rows = []
        for item in r.items:
            mark, colour = MARKS.get(item.state, MARKS[INFO])
            text = escape(item.text_in(lang))
            if item.state in (MISSING, WARNING) and item.where:
                link = self.tr("Fill in: %1").replace("%1", where_text(item.where))
                text += f" — <a href='{item.where}'>{escape(link)}</a>"
            rows.append(f"<tr><td style='color:{colour}; font-weight:bold; padding-right:8px'>"
                        f"{mark}</td><td style='padding-bottom:4px'>{text}</td></tr>")
        self.list.setText("<table>" + "".join(rows) + "</table>")
