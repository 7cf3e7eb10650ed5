"""Platform details: support contacts, reporting window, zone; and what escalation needs:
the regulator (which names the escalation clocks), the operator's legal entity and
licence number, the ADR body named in its terms.

The regulator is matched to the rules file's recipients by id, licence code or alias
("UKGC", "Gambling Commission", "GB"); a name that matches nothing is said to be unknown,
with the list to pick from, never silently replaced by a placeholder (core.recipients)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from bonusdesk.core.clocks import chosen_next, stage_for
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Platform, PlatformKind
from bonusdesk.core.rules import RuleBook, rules_for_folder

from ..labels import platform_kind_label, recipient_name
from ..session import Session
from ..widgets import ZoneBox

MATCHED, EMPTY = "matched", "empty"  # core.recipients.platform_match states (imported late)

TEXT_FIELDS = ("website", "support_email", "support_phone", "support_form_url")
OPERATOR_FIELDS = ("legal_entity", "licence_number")
GOOD, WARN, BAD = "#15803d", "#b45309", "#b91c1c"


class PlatformDialog(QDialog):
    """Edits one platform through the session; ``changed`` tells whether anything was saved."""

    def __init__(self, session: Session, platform_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.binding = session.bind(self)
        folder = session.require_folder()
        self.platform = folder.claims.platform(platform_id)
        self.changed = False
        try:
            self.book: RuleBook | None = rules_for_folder(folder)
        except BonusDeskError as exc:  # a broken rules file: names can still be typed
            self.book, self.rules_problem = None, str(exc)
        p = self.platform
        self.setWindowTitle(self.tr("Platform: %1").replace("%1", p.name))
        self.setMinimumWidth(700)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of platform"))
        for k in PlatformKind:
            self.kind.addItem(platform_kind_label(k), k.value)
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        labels = {"website": self.tr("Website"), "support_email": self.tr("Support email"),
                  "support_phone": self.tr("Support phone"),
                  "support_form_url": self.tr("Contact form address"),
                  "legal_entity": self.tr("Operator's legal entity"),
                  "licence_number": self.tr("Licence number")}
        self.edits = {f: QLineEdit(getattr(p, f)) for f in TEXT_FIELDS + OPERATOR_FIELDS}
        for f, e in self.edits.items():
            e.setAccessibleName(labels[f])
        self.edits["legal_entity"].setPlaceholderText(self.tr(
            "The company named at the bottom of the site or in its terms, e.g. Etoile "
            "Gaming Ltd"))
        self.edits["licence_number"].setPlaceholderText(self.tr("As printed in the site's "
                                                                "footer"))
        self.window_hours = QSpinBox()
        self.window_hours.setRange(1, 24 * 366)
        self.window_hours.setSuffix(self.tr(" h"))
        self.window_hours.setValue(p.window_hours)
        self.window_hours.setAccessibleName(self.tr("Reporting window in hours"))

        self.regulator = QComboBox()
        self.regulator.setEditable(True)
        self.regulator.setAccessibleName(self.tr("Regulator"))
        self.regulator.lineEdit().setPlaceholderText(self.tr("Unknown: pick one"))
        for r in (self.book.sets.values() if self.book else ()):
            self.regulator.addItem(recipient_name(r), r.key)
        self.regulator_state = QLabel()
        self.regulator_state.setWordWrap(True)
        self.adr = QComboBox()
        self.adr.setAccessibleName(self.tr("ADR body named in the terms"))
        for combo in (self.regulator, self.adr):  # long body names: no sideways growth
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
        self._fill_regulator()
        self.regulator.currentTextChanged.connect(lambda _t: self._regulator_changed())

        self.zone = ZoneBox(p.zone)
        self.zone.setToolTip(self.tr("Leave empty when the platform counts deadlines in your "
                                     "own time zone"))
        self.notes = QPlainTextEdit(p.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        for f in TEXT_FIELDS:
            form.addRow(self.tr("%1:").replace("%1", labels[f]), self.edits[f])
        form.addRow(self.tr("Reporting &window:"), self.window_hours)
        form.addRow(self.tr("Deadlines &time zone:"), self.zone)
        form.addRow(self.tr("&Notes:"), self.notes)

        licence = QFormLayout()
        licence.addRow(self.tr("&Regulator:"), self.regulator)
        licence.addRow("", self.regulator_state)
        licence.addRow(self.tr("%1:").replace("%1", labels["legal_entity"]),
                       self.edits["legal_entity"])
        licence.addRow(self.tr("%1:").replace("%1", labels["licence_number"]),
                       self.edits["licence_number"])
        licence.addRow(self.tr("&ADR body:"), self.adr)
        hint = QLabel(self.tr("The regulator decides which escalation clocks apply (for example "
                              "the operator's 8 weeks in the United Kingdom) and where the "
                              "dispute goes next. The terms and conditions name the operator's "
                              "company, its licence and its ADR body."))
        hint.setWordWrap(True)
        box = QGroupBox(self.tr("Licence and escalation"))
        inside = QVBoxLayout(box)
        inside.addLayout(licence)
        inside.addWidget(hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(buttons)
        # Wrapped labels make Qt guess a height too small for the form: ask for the hint.
        self.resize(self.sizeHint())

    # -- the regulator and the ADR body ------------------------------------------------
    def _fill_regulator(self) -> None:
        from bonusdesk.core.recipients import platform_match

        p = self.platform
        match = platform_match(self.book, p) if self.book else None
        if match is not None and match.state == MATCHED and match.recipient.kind == "operator":
            self.regulator.setCurrentIndex(self.regulator.findData(match.recipient.key))
        else:
            self.regulator.setCurrentIndex(-1)
            self.regulator.setEditText(p.regulator)
        self._regulator_changed()
        self.regulator.lineEdit().setCursorPosition(0)  # a long name shows its start
        index = self.adr.findData(p.adr) if p.adr else 0
        self.adr.setCurrentIndex(max(index, 0))

    def regulator_value(self) -> str:
        """What to store: the recipient id of a picked item, else the text as typed."""
        text = self.regulator.currentText().strip()
        index = self.regulator.findText(text)
        return self.regulator.itemData(index) if index >= 0 else text

    def match_state(self) -> str:
        """"matched", "unknown" or "empty" for the regulator shown now."""
        from bonusdesk.core.recipients import platform_match

        if self.book is None:
            return "unknown"
        probe = Platform(self.platform.name, regulator=self.regulator_value())
        return platform_match(self.book, probe).state

    def _regulator_changed(self) -> None:
        value = self.regulator_value()
        if self.book is None:
            self._say(self.tr("The escalation rules cannot be read: %1").replace(
                "%1", self.rules_problem), BAD)
            return
        from bonusdesk.core.recipients import platform_match

        probe = Platform(self.platform.name, regulator=value, adr=self.platform.adr)
        match = platform_match(self.book, probe)
        if match.state == MATCHED:
            self._say(self.tr("Escalation clocks: %1").replace(
                "%1", recipient_name(match.recipient)), GOOD)
        elif match.state == EMPTY:
            self._say(self.tr("No regulator given: pick one from the list, or no escalation "
                              "clock applies."), WARN)
        else:
            self._say(self.tr("“%1” is not a regulator BonusDesk knows: unknown, pick one "
                              "from the list.").replace("%1", value), BAD)
        self._fill_adr(probe)

    def _say(self, text: str, colour: str) -> None:
        self.regulator_state.setText(text)
        self.regulator_state.setStyleSheet(f"color:{colour};")

    def _fill_adr(self, probe: Platform) -> None:
        """ADR bodies and mediators, the regulator's own first; the first item says what
        applies when the terms name none."""
        keep = self.adr.currentData() if self.adr.count() else self.platform.adr
        stage = stage_for(self.book, probe)
        default = chosen_next(self.book, stage, Platform(probe.name, regulator=probe.regulator))
        if default:
            first = self.tr("As the rules say: %1").replace("%1", recipient_name(default[0]))
        elif stage is not None and stage.next:
            first = self.tr("Not named: pick the one the operator's terms name")
        else:
            first = self.tr("None")
        bodies = [r for r in self.book.recipients.values() if r.kind in ("adr", "mediator")]
        own = stage.next if stage is not None else ()
        bodies.sort(key=lambda r: (r.key not in own, recipient_name(r).casefold()))
        self.adr.blockSignals(True)
        self.adr.clear()
        self.adr.addItem(first, "")
        for r in bodies:
            self.adr.addItem(recipient_name(r), r.key)
        self.adr.setCurrentIndex(max(self.adr.findData(keep or ""), 0))
        self.adr.blockSignals(False)

    # -- saving ------------------------------------------------------------------------
    def changes(self) -> dict:
        p = self.platform
        out = {f: e.text().strip() for f, e in self.edits.items()
               if e.text().strip() != getattr(p, f)}
        if self.kind.currentData() != p.kind.value:
            out["kind"] = PlatformKind(self.kind.currentData())
        if self.window_hours.value() != p.window_hours:
            out["window_hours"] = self.window_hours.value()
        regulator = self.regulator_value()
        if regulator != p.regulator and not self._same_recipient(regulator, p.regulator):
            out["regulator"] = regulator
        adr = self.adr.currentData() or ""
        if adr != p.adr:
            out["adr"] = adr
        if self.zone.zone() != p.zone:
            out["zone"] = self.zone.zone()
        if self.notes.toPlainText() != p.notes:
            out["notes"] = self.notes.toPlainText()
        return out

    def _same_recipient(self, a: str, b: str) -> bool:
        """"UKGC" as stored and the item it matched, left as is: nothing changed."""
        if self.book is None or not a or not b:
            return False
        found_a, found_b = self.book.match(a), self.book.match(b)
        return found_a is not None and found_a is found_b

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                self.binding.check()
                self.platform = self.session.update_platform(self.platform.id, **changes)
            except BonusDeskError as exc:
                QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
                return
            self.changed = True
        super().accept()
