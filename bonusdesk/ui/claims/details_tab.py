"""Details tab: every editable claim field, saved through the session in one change,
and the bets, rounds and deposits the claim is about (saved as soon as added).

Unsaved edits are saved when the user moves on (another claim, a status action, an
export...): the tab registers itself with ``session.register_editor``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.folder import ClaimFolder
from bonusdesk.core.model import Category, Claim, Recurrence, Remedy
from bonusdesk.core.timeutil import BadTime, get_zone, local_zone_name, now_utc

from ..claim_tab import ClaimTab
from ..labels import category_label, recurrence_label, remedy_label
from ..safety.readonly import follow_read_only
from ..session import Session
from ..widgets import TimeWithZone
from .platform_dialog import PlatformDialog
from .transactions_box import TransactionsBox

TEXT_FIELDS = ("title", "account_id", "bonus_name", "bonus_type", "bonus_amount", "currency",
               "promo_code", "transaction_id", "round_id", "error_code", "remedy_amount")
LONG_FIELDS = ("did", "expected", "happened", "error_text", "notes")


class DetailsTab(ClaimTab):
    """Shows one claim's fields; Save writes only what changed."""

    key = "details"

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.folder: ClaimFolder | None = None
        self.shown: Claim | None = None  # the claim as the form was last filled from it
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        labels = {
            "title": self.tr("Title"), "account_id": self.tr("Account / player ID"),
            "bonus_name": self.tr("Bonus or offer"), "bonus_type": self.tr("Bonus type"),
            "bonus_amount": self.tr("Amount"), "currency": self.tr("Currency"),
            "promo_code": self.tr("Promo code"), "transaction_id": self.tr("Transaction ID"),
            "round_id": self.tr("Game round ID"), "error_code": self.tr("Error code"),
            "did": self.tr("1. What I did"), "expected": self.tr("2. What I expected"),
            "happened": self.tr("3. What happened instead"),
            "error_text": self.tr("Error message (exact words)"), "notes": self.tr("Notes"),
            "remedy_amount": self.tr("Amount asked for"),
        }
        for f in TEXT_FIELDS:
            self.edits[f] = QLineEdit()
        for f in LONG_FIELDS:
            e = QPlainTextEdit()
            e.setTabChangesFocus(True)
            e.setMinimumHeight(60)
            self.edits[f] = e
        for f, e in self.edits.items():
            e.setAccessibleName(labels[f])

        def colon(text: str) -> str:
            # French puts a space before the colon.
            return self.tr("%1:").replace("%1", text)

        self.edits["did"].setPlaceholderText(
            self.tr("e.g. I deposited 100 € with the code WELCOME100 on the 20th at 21:15"))
        self.edits["expected"].setPlaceholderText(
            self.tr("e.g. A 100 € bonus on my account, as the offer page says"))
        self.edits["happened"].setPlaceholderText(
            self.tr("e.g. The deposit went through but no bonus; the page shows error BNS-402"))

        self.platform = QLabel()
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Kind of problem"))
        for c in Category:
            self.category.addItem(category_label(c), c.value)
        # Four answers, each written as its own sentence in the letter (core.report_text).
        self.recurrence = QComboBox()
        self.recurrence.setAccessibleName(self.tr("How often does the error happen?"))
        for value in (Recurrence.UNKNOWN, Recurrence.ONCE, Recurrence.EVERY_TIME,
                      Recurrence.SOMETIMES):
            self.recurrence.addItem(recurrence_label(value), value.value)
        # What the letter asks for (core.report_text words it); "auto" follows the category.
        self.remedy = QComboBox()
        self.remedy.setAccessibleName(self.tr("What you ask for"))
        for value in Remedy:
            self.remedy.addItem(remedy_label(value), value.value)
        self.remedy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.remedy.setMinimumContentsLength(20)
        self.category.currentIndexChanged.connect(lambda _i: self._show_default_remedy())
        self.remedy.currentIndexChanged.connect(lambda _i: self._show_default_remedy())
        self.edits["remedy_amount"].setMaximumWidth(160)
        self.remedy_hint = QLabel()
        self.remedy_hint.setWordWrap(True)
        self.connection = self._tristate(self.tr("Was your connection stable?"),
                                         self.tr("Yes, stable"), self.tr("No, unstable"))
        self.incident = TimeWithZone(now_utc(), local_zone_name())
        self.incident.edit.setAccessibleName(self.tr("When it happened"))
        self.window_hours = QSpinBox()
        self.window_hours.setRange(0, 24 * 366)
        self.window_hours.setSpecialValueText(self.tr("Platform default"))
        self.window_hours.setSuffix(self.tr(" h"))
        self.window_hours.setAccessibleName(self.tr("Reporting window in hours"))

        ident = QFormLayout()
        ident.addRow(colon(labels["title"]), self.edits["title"])
        platform_row = QHBoxLayout()
        platform_row.addWidget(self.platform, 1)
        edit_platform = QPushButton(self.tr("Platform &details…"))
        edit_platform.setToolTip(self.tr("Support contacts, reporting window and regulator"))
        edit_platform.clicked.connect(self.edit_platform)
        platform_row.addWidget(edit_platform)
        ident.addRow(self.tr("Platform:"), platform_row)
        ident.addRow(self.tr("Problem:"), self.category)
        ident.addRow(self.tr("When it happened:"), self.incident)
        ident.addRow(self.tr("Reporting window:"), self.window_hours)
        for f in ("account_id", "bonus_name", "bonus_type"):
            ident.addRow(colon(labels[f]), self.edits[f])
        money = QHBoxLayout()
        money.addWidget(self.edits["bonus_amount"], 2)
        money.addWidget(self.edits["currency"], 1)
        ident.addRow(colon(labels["bonus_amount"]), money)
        for f in ("promo_code", "transaction_id", "round_id"):
            ident.addRow(colon(labels[f]), self.edits[f])
        box_ident = QGroupBox(self.tr("The claim"))
        box_ident.setLayout(ident)

        story = QFormLayout()
        for f in ("did", "expected", "happened"):
            story.addRow(labels[f], self.edits[f])
        box_story = QGroupBox(self.tr("What happened, in three parts"))
        box_story.setLayout(story)

        err = QFormLayout()
        err.addRow(colon(labels["error_code"]), self.edits["error_code"])
        err.addRow(colon(labels["error_text"]), self.edits["error_text"])
        err.addRow(self.tr("How often?"), self.recurrence)
        err.addRow(self.tr("Connection:"), self.connection)
        err.addRow(colon(labels["notes"]), self.edits["notes"])
        box_err = QGroupBox(self.tr("Error and circumstances"))
        box_err.setLayout(err)

        ask = QFormLayout()
        ask.addRow(self.tr("I ask for:"), self.remedy)
        ask.addRow("", self.remedy_hint)
        ask.addRow(colon(labels["remedy_amount"]), self.edits["remedy_amount"])
        box_ask = QGroupBox(self.tr("What you ask the operator to do"))
        box_ask.setLayout(ask)
        self.transactions = TransactionsBox(session)

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setToolTip(self.tr("Save the details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        # Ctrl+S is the window's Save action (claims/commands.py): it works on every tab.
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Save state"))
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(box_ident)
        v.addWidget(box_story)
        v.addWidget(box_err)
        v.addWidget(box_ask)
        v.addWidget(self.transactions)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.saved_note)
        row.addWidget(self.save_button)
        v.addLayout(row)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.follow(session.claim_changed)
        follow_read_only(session, lambda: [*self.edits.values(), self.category, self.incident,
                                           self.window_hours, self.recurrence, self.connection,
                                           self.save_button])
        session.register_editor(self.save_if_dirty)

    def _tristate(self, name: str, yes: str, no: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(self.tr("Not sure"), None)
        box.addItem(yes, True)
        box.addItem(no, False)
        return box

    # -- loading and saving --------------------------------------------------
    def load(self, folder: ClaimFolder, claim: Claim, _zone: str = "") -> None:
        # A change made elsewhere (a status, an error code read from a screenshot) shows
        # at once, and what the user is typing and has not saved stays as typed.
        typed = {}
        if self.folder is folder and self.shown is not None and self.shown.id == claim.id:
            try:
                typed = self.changes()
            except BadTime:
                return  # a time half typed: leave the form alone
        self.folder, self.claim, self.shown = folder, claim, claim
        for f in TEXT_FIELDS:
            self.edits[f].setText(getattr(claim, f) or "")
        for f in LONG_FIELDS:
            self.edits[f].setPlainText(getattr(claim, f) or "")
        platform = folder.claims.platform(claim.platform_id)
        self.platform.setText(platform.name)
        self.category.setCurrentIndex(self.category.findData(claim.category.value))
        self.recurrence.setCurrentIndex(self.recurrence.findData(claim.recurrence.value))
        self.remedy.setCurrentIndex(self.remedy.findData(claim.remedy.value))
        self._show_default_remedy()
        self.connection.setCurrentIndex(self.connection.findData(claim.connection_stable))
        self.incident.set_value(claim.incident_at, claim.incident_zone)
        self.window_hours.setValue(claim.window_hours or 0)
        self.window_hours.setSpecialValueText(self.tr("Platform default (%1 h)").replace(
            "%1", str(platform.window_hours)))
        if self.transactions.claim is None or self.transactions.claim.id != claim.id:
            self.transactions.show_claim(claim)
        self.transactions.claim = claim  # a new transaction takes the claim's currency
        self._show_typed(typed, claim)

    def _show_typed(self, typed: dict, claim: Claim) -> None:
        """Put back the values the user typed (``changes()`` of the form before reload)."""
        for f, value in typed.items():
            if f in TEXT_FIELDS:
                self.edits[f].setText(value)
            elif f in LONG_FIELDS:
                self.edits[f].setPlainText(value)
            elif f == "window_hours":
                self.window_hours.setValue(value or 0)
            else:
                box = {"category": self.category, "recurrence": self.recurrence,
                       "connection_stable": self.connection, "remedy": self.remedy}.get(f)
                if box is not None:
                    box.setCurrentIndex(box.findData(value))
        if "incident_at" in typed or "incident_zone" in typed:
            self.incident.set_value(typed.get("incident_at", claim.incident_at),
                                    typed.get("incident_zone", claim.incident_zone))

    def _show_default_remedy(self) -> None:
        """Say what "default" asks for with the category picked now, and that an empty
        amount means the bonus amount for a bonus request."""
        if self.remedy.currentData() != Remedy.AUTO.value:
            self.remedy_hint.setText("")
            self.remedy_hint.setVisible(False)
            return
        from bonusdesk.core.report_text import effective_remedy  # the letter's own rule

        category = Category(self.category.currentData() or Category.OTHER.value)
        probe = Claim("", 0, now_utc(), "UTC", category=category)
        remedy, _amount = effective_remedy(probe)
        self.remedy_hint.setText(self.tr("For this kind of problem the letter asks the "
                                         "operator to: %1.").replace(
            "%1", remedy_label(remedy).lower()))
        self.remedy_hint.setVisible(True)

    def show_transactions(self) -> None:
        """Bring the transactions list into view (a "Ready for …?" item links here)."""
        box = self.transactions.geometry()  # its top and its buttons; never sideways
        self.scroll.ensureVisible(0, box.bottom(), 0, 8)
        self.scroll.ensureVisible(0, box.top(), 0, 8)
        self.transactions.view.setFocus()

    def edit_platform(self) -> None:
        """Platform details; saving them refreshes every view through platform_changed."""
        if self.claim is None:
            return
        dialog = PlatformDialog(self.session, self.claim.platform_id, self)
        dialog.exec()
        dialog.deleteLater()

    def changes(self) -> dict:
        """Field -> new value for every field the user changed since the form was filled."""
        c = self.shown
        out: dict = {}
        for f in TEXT_FIELDS:
            if self.edits[f].text() != (getattr(c, f) or ""):
                out[f] = self.edits[f].text()
        for f in LONG_FIELDS:
            if self.edits[f].toPlainText() != (getattr(c, f) or ""):
                out[f] = self.edits[f].toPlainText()
        if self.category.currentData() != c.category.value:
            out["category"] = self.category.currentData()
        if self.recurrence.currentData() != c.recurrence.value:
            out["recurrence"] = self.recurrence.currentData()
        if self.remedy.currentData() != c.remedy.value:
            out["remedy"] = self.remedy.currentData()
        if self.connection.currentData() != c.connection_stable:
            out["connection_stable"] = self.connection.currentData()
        if self.incident.zone() != c.incident_zone:
            out["incident_zone"] = self.incident.zone()
        when = self.incident.value()
        if when != c.incident_at.replace(second=0, microsecond=0):
            out["incident_at"] = when
        window = self.window_hours.value() or None
        if window != c.window_hours:
            out["window_hours"] = window
        return out

    def is_dirty(self) -> bool:
        try:
            return self.shown is not None and bool(self.changes())
        except BadTime:
            return True

    def save(self) -> bool:
        if self.folder is None or self.claim is None or self.folder is not self.session.folder:
            return False
        try:
            changes = self.changes()
            if changes:
                self.claim = self.session.update_claim(self.claim.id, **changes)
        except (BonusDeskError, BadTime) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            return False
        self.saved_note.setText(self.tr("Saved at %1").replace(
            "%1", self.session.clock().astimezone(get_zone(self.session.zone)).strftime("%H:%M")))
        return True

    def save_if_dirty(self) -> bool:
        """Unsaved details are saved when the user moves on (nothing is lost)."""
        if self.session.folder is None or self.folder is not self.session.folder:
            return True
        return self.save() if self.is_dirty() else True
