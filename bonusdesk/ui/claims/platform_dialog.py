"""Platform details: support contacts, reporting window, regulator (escalation clocks), zone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import PlatformKind
from bonusdesk.core.rules import rules_for_folder

from ..i18n import current_language
from ..labels import platform_kind_label
from ..safety.readonly import lock_for_read_only
from ..session import Session
from ..widgets import ZoneBox

TEXT_FIELDS = ("website", "support_email", "support_phone", "support_form_url")


class PlatformDialog(QDialog):
    """Edits one platform through the session; ``changed`` tells whether anything was saved."""

    def __init__(self, session: Session, platform_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.binding = session.bind(self)
        folder = session.require_folder()
        self.platform = folder.claims.platform(platform_id)
        self.changed = False
        p = self.platform
        self.setWindowTitle(self.tr("Platform: %1").replace("%1", p.name))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of platform"))
        for k in PlatformKind:
            self.kind.addItem(platform_kind_label(k), k.value)
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        labels = {"website": self.tr("Website"), "support_email": self.tr("Support email"),
                  "support_phone": self.tr("Support phone"),
                  "support_form_url": self.tr("Contact form address")}
        self.edits = {f: QLineEdit(getattr(p, f)) for f in TEXT_FIELDS}
        for f, e in self.edits.items():
            e.setAccessibleName(labels[f])
        self.window_hours = QSpinBox()
        self.window_hours.setRange(1, 24 * 366)
        self.window_hours.setSuffix(self.tr(" h"))
        self.window_hours.setValue(p.window_hours)
        self.window_hours.setAccessibleName(self.tr("Reporting window in hours"))
        self.regulator = QComboBox()
        self.regulator.setEditable(True)
        self.regulator.setAccessibleName(self.tr("Regulator"))
        self.regulator.addItem("")
        try:
            french = current_language() == "fr"
            for rule_set in rules_for_folder(folder).sets.values():
                label = rule_set.label_fr if french and rule_set.label_fr else rule_set.label
                self.regulator.addItem(label, rule_set.key)
        except BonusDeskError:
            pass  # a broken rules file: the name can still be typed
        index = self.regulator.findData(p.regulator)
        if index >= 0:
            self.regulator.setCurrentIndex(index)
        else:
            self.regulator.setCurrentText(p.regulator)
        self.zone = ZoneBox(p.zone)
        self.zone.setToolTip(self.tr("Leave empty when the platform counts deadlines in your "
                                     "own time zone"))
        self.notes = QPlainTextEdit(p.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        for f in TEXT_FIELDS:
            form.addRow(self.tr("%1:").replace("%1", labels[f]), self.edits[f])
        form.addRow(self.tr("Reporting &window:"), self.window_hours)
        form.addRow(self.tr("&Regulator:"), self.regulator)
        form.addRow(self.tr("Deadlines &time zone:"), self.zone)
        form.addRow(self.tr("&Notes:"), self.notes)
        hint = QLabel(self.tr("The regulator decides which escalation clocks apply (for example "
                              "the operator's 8 weeks in the United Kingdom)."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        # Read-only folder: the details stay readable (support e-mail, window, regulator).
        lock_for_read_only([self.kind, *self.edits.values(), self.window_hours, self.regulator,
                            self.zone, self.notes,
                            buttons.button(QDialogButtonBox.StandardButton.Save)],
                           session.read_only)

    def changes(self) -> dict:
        p = self.platform
        out = {f: e.text().strip() for f, e in self.edits.items()
               if e.text().strip() != getattr(p, f)}
        if self.kind.currentData() != p.kind.value:
            out["kind"] = PlatformKind(self.kind.currentData())
        if self.window_hours.value() != p.window_hours:
            out["window_hours"] = self.window_hours.value()
        regulator = self.regulator.currentData()
        if regulator is None or self.regulator.currentText() != self.regulator.itemText(
                self.regulator.currentIndex()):
            regulator = self.regulator.currentText().strip()
        if regulator != p.regulator:
            out["regulator"] = regulator
        if self.zone.zone() != p.zone:
            out["zone"] = self.zone.zone()
        if self.notes.toPlainText() != p.notes:
            out["notes"] = self.notes.toPlainText()
        return out

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
