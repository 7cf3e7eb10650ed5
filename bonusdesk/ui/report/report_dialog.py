""""Write my report": the complaint text from the claim's fields, editable, to copy.

The words come from bonusdesk.core.report_text (French or English, whatever the
UI language); the side list shows what support will ask for and what is missing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bonusdesk.core.report_text import field_label, letter, missing_fields

from ..session import Session

# What support asks for, in the order an agent reads a complaint.
ASKED_FIELDS = ("account_id", "did", "expected", "happened", "error_code", "error_text",
                "transaction_id", "bonus_name", "bonus_amount", "currency")


class ReportDialog(QDialog):
    """``fix_requested`` when the user goes to fill a missing field (the session is asked
    to show the claim's Details tab)."""

    fix_requested = Signal()

    def __init__(self, session: Session, claim_id: int, language: str, user_name: str = "",
                 parent=None):
        super().__init__(parent)
        self.session, self.claim_id, self.user_name = session, claim_id, user_name
        self.binding = session.bind(self)
        self.folder = session.require_folder()
        self.setWindowTitle(self.tr("Write my report"))
        self.resize(1000, 680)
        intro = QLabel(self.tr(
            "This message is written from your claim. Read it, change what you want, then "
            "copy it into the platform's contact form or an email to support."))
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        copy_subject = QPushButton(self.tr("Copy s&ubject"))
        copy_subject.clicked.connect(lambda: self.copy(self.subject.text()))
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(lambda: self.copy(self.body.toPlainText()))
        QShortcut(QKeySequence("Ctrl+Shift+C"), self,
                  activated=lambda: self.copy(self.body.toPlainText()))
        regenerate = QPushButton(self.tr("&Write again from the details"))
        regenerate.clicked.connect(self.regenerate)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(copy_subject)
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject)
        form.addRow(subject_label, subject_row)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addWidget(self.body, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(regenerate)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.copy_button)
        lv.addLayout(buttons_row)

        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("What support will ask for"))
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        fix = QPushButton(self.tr("&Fill in the details…"))
        fix.clicked.connect(self._fix)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("<b>What support will ask for</b>")))
        rv.addWidget(self.checklist, 1)
        rv.addWidget(self.missing_label)
        rv.addWidget(fix)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.regenerate()

    def lang(self) -> str:
        return self.language.currentData()

    def regenerate(self) -> None:
        """Write the text again from the claim as saved (the user's edits are replaced)."""
        claim = self.folder.claims.get(self.claim_id)
        evidence = self.folder.evidence.list(claim.id)
        # The same letter as `bonusdesk-cli report` and the PDF (core.report_text).
        text = letter(self.folder, claim.id, self.lang(), "letter", evidence=evidence,
                      fallback_name=self.user_name)
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self._fill_checklist(claim, len(evidence))

    def _fill_checklist(self, claim, evidence_count: int) -> None:
        missing = set(missing_fields(claim))
        self.checklist.clear()
        rows = [(f, f in missing) for f in ASKED_FIELDS
                if f in missing or str(getattr(claim, f) or "").strip()]
        rows.append(("__evidence", evidence_count == 0))
        for field, is_missing in rows:
            label = (self.tr("At least one screenshot or document") if field == "__evidence"
                     else field_label(field, self.lang()))
            label = label[:1].upper() + label[1:]
            item = QListWidgetItem(("✗  " if is_missing else "✓  ") + label)
            item.setForeground(QColor("#b91c1c" if is_missing else "#15803d"))
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         (self.tr("Missing: %1") if is_missing else self.tr("Given: %1"))
                         .replace("%1", label))
            self.checklist.addItem(item)
        count = sum(1 for _f, m in rows if m)
        self.missing_label.setText(
            self.tr("Everything support usually asks for is there.") if count == 0 else
            self.tr("%n items missing: support will probably ask for them.", "", count))

    def missing(self) -> list[str]:
        """Fields flagged as missing (for tests and the window)."""
        out = []
        for i in range(self.checklist.count()):
            item = self.checklist.item(i)
            if item.text().startswith("✗"):
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def copy(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied ✓"))

    def _fix(self) -> None:
        self.fix_requested.emit()
        self.accept()
        self.session.show_claim(self.claim_id, "details")
