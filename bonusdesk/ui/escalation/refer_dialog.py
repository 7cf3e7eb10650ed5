""""Refer to a mediator / ADR": who, where, by when, is the file complete, the referral
letter in the body's language, the body's own package (through the export job), and
recording the referral, which starts that body's clocks.

Everything comes from core.escalate (``plan_escalation``), the same step
``bonusdesk-cli escalate`` takes; the referral is recorded through the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.atomicfile import write_atomic
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.escalate import EscalationPlan, plan_escalation
from bonusdesk.core.model import Escalation
from bonusdesk.core.referral import letter_language, referral_letter
from bonusdesk.core.rules import rules_for_folder
from bonusdesk.core.timeutil import BadTime

from ..i18n import current_language
from ..labels import recipient_kind_label, recipient_name
from ..session import Session
from ..widgets import TimeWithZone, fit_to_screen, plain_text
from .ready_panel import ReadyPanel
from .recipients import default_recipient, fill_recipients, go_to


class ReferDialog(QDialog):
    """``recorded`` holds the Escalation once the referral is recorded (then accepted)."""

    def __init__(self, session: Session, claim_id: int, recipient: str = "", parent=None):
        super().__init__(parent)
        self.session, self.claim_id = session, claim_id
        self.binding = session.bind(self)
        self.folder = session.require_folder()
        self.book = rules_for_folder(self.folder)
        self.claim = self.folder.claims.get(claim_id)
        self.platform = self.folder.claims.platform(self.claim.platform_id)
        self.plan: EscalationPlan | None = None
        self.recorded: Escalation | None = None
        self.setWindowTitle(self.tr("Refer to a mediator / ADR"))
        fit_to_screen(self, 1060, 760)

        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Body to refer the dispute to"))
        fill_recipients(self.recipient, self.book, self.platform,
                        recipient or default_recipient(self.folder, self.claim, self.book))
        self.recipient.currentIndexChanged.connect(lambda _i: self.replan())
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("Where to send it"))
        self.copy_where = QPushButton(self.tr("Copy the a&ddress"))
        self.copy_where.clicked.connect(lambda: self._copy(self.plan.where if self.plan else ""))
        self.ready = ReadyPanel()
        self.ready.link_activated.connect(self._fill_in)

        # The letter, in the body's language unless the user picks the other one.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the letter"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(lambda _i: self._write_letter())
        self.letter = QPlainTextEdit()
        self.letter.setAccessibleName(self.tr("Referral letter"))
        self.written = ""  # the letter as last written from the claim (edits differ)
        copy_letter = QPushButton(self.tr("&Copy the letter"))
        copy_letter.clicked.connect(lambda: self._copy(plain_text(self.letter)))
        save_letter = QPushButton(self.tr("Sa&ve the letter…"))
        save_letter.clicked.connect(self.save_letter)
        self.export_button = QPushButton(self.tr("E&xport the file for this body…"))
        self.export_button.setToolTip(self.tr(
            "A PDF with its own summary page and checklist, the referral letter and all "
            "the evidence"))
        self.export_button.clicked.connect(self.export_package)

        self.sent_at = TimeWithZone(session.clock(), session.zone)
        self.sent_at.edit.setAccessibleName(self.tr("When you sent it"))
        self.case_number = QLineEdit()
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.case_number.setPlaceholderText(self.tr("If the body gave you one (you can add it "
                                                    "later)"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.record_button = QPushButton(self.tr("&Record the referral"))
        self.record_button.setToolTip(self.tr("The claim's status becomes “referred” and this "
                                              "body's own clocks start"))
        self.record_button.clicked.connect(self.record)

        top = QFormLayout()
        top.addRow(self.tr("Refer &to:"), self.recipient)
        top.addRow(self.tr("Who:"), self.who)
        where_row = QHBoxLayout()
        where_row.addWidget(self.where, 1)
        where_row.addWidget(self.copy_where, 0, Qt.AlignmentFlag.AlignTop)
        top.addRow(self.tr("Where:"), where_row)
        check_box = QGroupBox(self.tr("Is the file complete?"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.ready)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(check_box).addWidget(scroll)
        letter_box = QGroupBox(self.tr("Referral letter"))
        lv = QVBoxLayout(letter_box)
        lang_row = QHBoxLayout()
        lang_row.addWidget(QLabel(self.tr("Language:")))
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        lv.addLayout(lang_row)
        lv.addWidget(self.letter, 1)
        letter_buttons = QHBoxLayout()
        letter_buttons.addWidget(copy_letter)
        letter_buttons.addWidget(save_letter)
        letter_buttons.addStretch(1)
        letter_buttons.addWidget(self.export_button)
        lv.addLayout(letter_buttons)
        split = QSplitter()
        split.addWidget(check_box)
        split.addWidget(letter_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 640])

        record_box = QGroupBox(self.tr("Once you have sent it"))
        record = QFormLayout(record_box)
        record.addRow(self.tr("&Sent on:"), self.sent_at)
        record.addRow(self.tr("Case &number:"), self.case_number)
        record.addRow(self.tr("N&ote:"), self.note)
        record_row = QHBoxLayout()
        record_row.addStretch(1)
        record_row.addWidget(self.record_button)
        record.addRow(record_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(record_box)
        layout.addWidget(close)
        self.export_dialog = None  # the package export, while open
        # Methods, not lambdas: Qt drops the connections when the dialog is deleted.
        session.profile_changed.connect(self._data_changed)
        session.platform_changed.connect(self._data_changed)
        self.replan()

    # -- the plan ----------------------------------------------------------------------
    def recipient_key(self) -> str:
        return self.recipient.currentData() or ""

    def letter_edited(self) -> bool:
        """True when the player changed the letter written from the claim."""
        return bool(self.written) and plain_text(self.letter) != self.written

    def _set_letter(self, text: str) -> None:
        self.written = text
        self.letter.setPlainText(text)

    def replan(self, keep_edits: bool = False) -> None:
        """Work out who/where/when, the check and the letter for the chosen body;
        ``keep_edits``: a letter the player changed stays as it is (same body)."""
        key = self.recipient_key()
        keep = keep_edits and self.letter_edited() and self.plan is not None \
            and self.plan.recipient.key == key
        language = self.language.currentData()
        self.plan = None
        enabled = bool(key)
        for w in (self.record_button, self.export_button, self.copy_where, self.letter):
            w.setEnabled(enabled)
        # Read-only folder: the letter and the package can still be made (elsewhere), but
        # the referral cannot be recorded in it.
        self.record_button.setEnabled(enabled and not self.session.read_only)
        if not key:
            self.who.setText(self.tr("Pick the body to refer the dispute to. The platform's "
                                     "regulator decides which ones apply."))
            self.where.setText("")
            self.ready.clear()
            self._set_letter("")
            return
        recipient = self.book.get(key)
        if not keep:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(
                max(self.language.findData(letter_language(recipient)), 0))
            self.language.blockSignals(False)
            language = self.language.currentData()
        self.plan = plan_escalation(self.folder, self.claim_id, key, self.session.clock(),
                                    language)
        self._describe(recipient)
        self.ready.show_readiness(self.plan.readiness)
        if keep:  # the details changed under an edited letter: the player's words stay
            self.written = self.plan.letter.text
            self.session.notify(self.tr("Your edited letter was kept: the details you just "
                                        "changed are not in it."))
        else:
            self._set_letter(self.plan.letter.text)

    def _describe(self, r) -> None:
        lang = current_language()
        who = f"<b>{recipient_name(r)}</b> — {recipient_kind_label(r.kind)}"
        competence = r.competence_fr if lang == "fr" and r.competence_fr else r.competence
        if competence:
            who += f"<br>{competence}"
        if not r.legal_body:
            who += "<br><i>" + self.tr("Not a legal body: it can publish your case, it "
                                       "cannot decide it.") + "</i>"
        self.who.setText(who)
        lines = []
        if r.web_form:
            lines.append(self.tr("Online form: %1").replace("%1", r.web_form))
        if r.postal_address:
            lines.append(self.tr("By post: %1").replace(
                "%1", r.postal_address.replace("\n", ", ")))
        if r.email:
            lines.append(self.tr("E-mail: %1").replace("%1", r.email))
        if not lines:
            lines.append(self.tr("The operator's terms and conditions name its address."))
        self.where.setText("\n".join(lines))

    def _write_letter(self) -> None:
        """The letter again in the language picked (the user's edits are replaced)."""
        key = self.recipient_key()
        if not key or not self.binding.valid:
            return
        text = referral_letter(self.folder, self.claim_id, key, self.language.currentData(),
                               self.session.clock())
        self._set_letter(text.text)

    def _data_changed(self, *_ids) -> None:
        if self.binding.valid:
            self.platform = self.folder.claims.platform(self.claim.platform_id)
            self.replan(keep_edits=True)

    def _fill_in(self, where: str) -> None:
        """A missing item's link: its dialog here, or its tab (this dialog closes)."""
        if go_to(self.session, self.claim, where, self):
            self._data_changed()
        else:
            self.reject()

    # -- actions -----------------------------------------------------------------------
    def _copy(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.session.notify(self.tr("Copied to the clipboard."), 3000)

    def save_letter(self) -> Path | None:
        if self.plan is None:
            return None
        name = f"referral-{self.claim_id}-{self.plan.recipient.key}.txt"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"),
                                              str(self.folder.path.parent / name),
                                              self.tr("Text (*.txt)"))
        if not path:
            return None
        try:
            write_atomic(Path(path), plain_text(self.letter).encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the letter"),
                                exc.strerror or str(exc))
            return None
        return Path(path)

    def export_package(self):
        """The body's package, through the export dialog and its job (progress, cancel)."""
        if self.plan is None:
            return None
        from ..report.commands import open_export

        edited = ((self.language.currentData(), plain_text(self.letter))
                  if self.letter_edited() else None)
        dialog = open_export(self.session, self.claim_id, self.language.currentData(), self,
                             recipient=self.plan.recipient.key, referral_letter=edited)
        self.export_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.export_dialog = None
            dialog.deleteLater()
        return dialog.result

    def record(self) -> Escalation | None:
        if self.plan is None:
            return None
        try:
            sent_at = self.sent_at.value()
        except BadTime:
            QMessageBox.warning(self, self.tr("Unknown time zone"),
                                self.tr("Pick a time zone from the list, e.g. Europe/Paris."))
            return None
        name = recipient_name(self.plan.recipient)
        missing = self.plan.readiness.missing
        if missing and QMessageBox.question(
                self, self.tr("The file is not complete"),
                self.tr("%n items are missing for %1:", "", len(missing)).replace("%1", name)
                + "\n\n" + "\n".join(f"• {i.text_in(current_language())}" for i in missing)
                + "\n\n" + self.tr("The body may refuse an incomplete file. Record the "
                                   "referral anyway?")) != QMessageBox.StandardButton.Yes:
            return None
        try:
            self.binding.check()
            from bonusdesk.core.localefmt import long_date  # Babel: only when recording

            day = long_date(sent_at, self.session.zone, current_language())
            self.recorded = self.session.record_escalation(
                self.plan, sent_at, self.case_number.text().strip(), self.note.text().strip(),
                status_note=self.tr("Referred to %1").replace("%1", name),
                letter=plain_text(self.letter),
                letter_caption=self.tr("Referral letter to %1, as sent on %2")
                .replace("%1", name).replace("%2", day))
        except BonusDeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot record the referral"), str(exc))
            return None
        self.session.notify(self.tr("Referral to %1 recorded: its deadlines start now.")
                            .replace("%1", name))
        self.accept()
        return self.recorded


def refer(session: Session, claim_id: int, parent: QWidget, recipient: str = ""
          ) -> Escalation | None:
    """Open "Refer to a mediator / ADR" for ``claim_id``; the recorded referral, if any."""
    if not session.flush_edits():
        return None
    try:
        dialog = ReferDialog(session, claim_id, recipient, parent)
    except BonusDeskError as exc:  # e.g. a broken rules file in the folder
        QMessageBox.warning(parent, QApplication.translate("ReferDialog", "Refer to a "
                                                           "mediator / ADR"), str(exc))
        return None
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return dialog.recorded
