"""New claim dialog: pick or create the platform, title, incident time and zone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.model import Category, Claim, Platform, PlatformKind
from bonusdesk.core.timeutil import BadTime, now_utc

from ..labels import category_label, platform_kind_label
from ..session import Session
from ..widgets import TimeWithZone


class NewClaimDialog(QDialog):
    """Creates the claim (and a new platform if typed) through the session on accept.

    Bound to the folder it opened on: if that folder closes, the dialog closes too."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.binding = session.bind(self)
        self.folder = session.require_folder()
        zone, window_hours = session.zone, session.prefs.window_hours
        self.claim: Claim | None = None
        self.setWindowTitle(self.tr("New claim"))
        self.setMinimumWidth(520)

        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.lineEdit().setPlaceholderText(self.tr("Name of the site or app"))
        for p in self.folder.claims.platforms():
            self.platform.addItem(p.name, p.id)
        self.platform.setCurrentIndex(-1 if self.platform.count() == 0 else 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of platform"))
        for k in PlatformKind:
            self.kind.addItem(platform_kind_label(k), k.value)
        self.window_hours = QSpinBox()
        self.window_hours.setRange(1, 24 * 366)
        self.window_hours.setValue(window_hours)
        self.window_hours.setSuffix(self.tr(" h"))
        self.window_hours.setAccessibleName(self.tr("Reporting window in hours"))
        self.new_platform_hint = QLabel(self.tr("New platform: choose its kind and how long "
                                                "you have to report a problem."))
        self.new_platform_hint.setWordWrap(True)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Welcome bonus not credited"))
        self.title.setAccessibleName(self.tr("Claim title"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("What kind of problem"))
        for c in Category:
            self.category.addItem(category_label(c), c.value)
        self.incident = TimeWithZone(now_utc(), zone)

        form = QFormLayout()
        form.addRow(self.tr("&Platform:"), self.platform)
        form.addRow("", self.new_platform_hint)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Reporting &window:"), self.window_hours)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Problem:"), self.category)
        form.addRow(self.tr("When did it &happen?"), self.incident)
        self._form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create claim"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.platform.currentTextChanged.connect(self._platform_changed)
        self._platform_changed(self.platform.currentText())
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def _existing_platform(self) -> Platform | None:
        name = self.platform.currentText().strip()
        if not name or not self.binding.valid:
            return None
        return self.folder.claims.find_platform(name)

    def _platform_changed(self, _text: str) -> None:
        is_new = self._existing_platform() is None
        for w in (self.kind, self.window_hours, self.new_platform_hint):
            w.setVisible(is_new)
            label = self._form.labelForField(w)
            if label is not None:
                label.setVisible(is_new)

    def accept(self) -> None:
        name = self.platform.currentText().strip()
        if not name:
            QMessageBox.warning(self, self.tr("Platform missing"),
                                self.tr("Type the name of the site or app."))
            return
        if not self.title.text().strip():
            QMessageBox.warning(self, self.tr("Title missing"),
                                self.tr("Give the claim a short title."))
            return
        try:
            when = self.incident.value()
        except BadTime:
            QMessageBox.warning(self, self.tr("Unknown time zone"), self.tr(
                "%1 is not a time zone. Pick one from the list, e.g. Europe/Paris.")
                .replace("%1", self.incident.zone()))
            return
        try:
            self.binding.check()
            existing = self._existing_platform()
            new_platform = None if existing is not None else Platform(
                name, kind=PlatformKind(self.kind.currentData()),
                window_hours=self.window_hours.value())
            self.claim = self.session.create_claim(Claim(
                title=self.title.text().strip(),
                platform_id=existing.id if existing is not None else 0,
                incident_at=when, incident_zone=self.incident.zone(),
                category=Category(self.category.currentData())), new_platform)
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the claim"), str(exc))
            return
        super().accept()
