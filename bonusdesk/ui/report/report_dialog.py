""""Write my report": the complaint written from the claim, as a formal letter or a short
chat message, in French or English, editable, to copy.

The words are core.report_text's, so this dialog, ``bonusdesk-cli report`` and the PDF's
letter page show the same text for the same claim (a test compares them). The letter is
signed with the folder's player profile ("Your details"). The side list shows what
support will ask for and what is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
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

from bonusdesk.core import profile
from bonusdesk.core.report_text import CHAT_LIMIT, field_label, letter, missing_fields

from ..session import Session
from ..widgets import fit_to_screen, plain_text

# What support asks for, in the order an agent reads a complaint.
ASKED_FIELDS = ("account_id", "did", "expected", "happened", "error_code", "error_text",
                "transaction_id", "bonus_name", "bonus_amount", "currency")
OVER, FITS = "#b91c1c", "#15803d"


class ReportDialog(QDialog):
    """``fix_requested`` when the user goes to fill a missing field (the session is asked
    to show the claim's Details tab); ``profile_requested`` for "Your details"."""

    fix_requested = Signal()
    profile_requested = Signal()

    def __init__(self, session: Session, claim_id: int, language: str, parent=None):
        super().__init__(parent)
        self.session, self.claim_id = session, claim_id
        self.binding = session.bind(self)
        self.folder = session.require_folder()
        self.setWindowTitle(self.tr("Write my report"))
        fit_to_screen(self, 1000, 700)
        intro = QLabel(self.tr(
            "This complaint is written from your claim. The letter is a formal written "
            "complaint for the contact form or an e-mail; the chat message is short enough "
            "for a chat box. Read it, change what you want, then copy it."))
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form of the report"))
        self.form.addItem(self.tr("Formal letter (contact form, e-mail, post)"), "letter")
        self.form.addItem(self.tr("Chat message (under %1 characters)").replace(
            "%1", QLocale().toString(CHAT_LIMIT)), "chat")
        self.form.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.textChanged.connect(self._count)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Length of the message"))
        self.copy_subject = QPushButton(self.tr("Copy s&ubject"))
        self.copy_subject.clicked.connect(lambda: self.copy(self.subject.text()))
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(lambda: self.copy(plain_text(self.body)))
        QShortcut(QKeySequence("Ctrl+Shift+C"), self,
                  activated=lambda: self.copy(plain_text(self.body)))
        regenerate = QPushButton(self.tr("&Write again from the details"))
        regenerate.clicked.connect(self.regenerate)
        self.signature = QLabel()
        self.signature.setWordWrap(True)
        self.signature.linkActivated.connect(lambda _link: self._edit_profile())

        form = QFormLayout()
        choice = QHBoxLayout()
        choice.addWidget(self.language)
        choice.addWidget(self.form, 1)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)  # a layout cannot be a buddy
        form.addRow(language_label, choice)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.copy_subject)
        self.subject_label = QLabel(self.tr("&Subject:"))
        self.subject_label.setBuddy(self.subject)
        form.addRow(self.subject_label, subject_row)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addWidget(self.body, 1)
        lv.addWidget(self.signature)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(regenerate)
        buttons_row.addWidget(self.count, 1)
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
        split.setSizes([720, 280])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        session.profile_changed.connect(self._profile_changed)
        self.regenerate()

    def lang(self) -> str:
        return self.language.currentData()

    def form_key(self) -> str:
        return self.form.currentData()

    def regenerate(self) -> None:
        """Write the text again from the claim as saved (the user's edits are replaced)."""
        if not self.binding.valid:
            return
        claim = self.folder.claims.get(self.claim_id)
        evidence = self.folder.evidence.list(claim.id)
        # The same words as `bonusdesk-cli report` and the PDF (core.report_text).
        text = letter(self.folder, claim.id, self.lang(), self.form_key(), evidence=evidence)
        chat = self.form_key() == "chat"
        self.subject.setText(text.subject)
        for w in (self.subject, self.subject_label, self.copy_subject):
            w.setVisible(not chat)
        self.body.setPlainText(text.body)
        self.copy_button.setText(self.tr("&Copy message"))
        self._fill_signature()
        self.signature.setVisible(not chat)  # a chat message is not signed
        self._fill_checklist(claim, len(evidence))

    def full_text(self) -> str:
        """What ``bonusdesk-cli report`` prints for the same choice (subject, then body)."""
        subject = self.subject.text() if self.form_key() == "letter" else ""
        body = plain_text(self.body)
        return f"{subject}\n\n{body}" if subject else body

    def _count(self) -> None:
        n = len(plain_text(self.body))
        if self.form_key() != "chat":
            self.count.setText(self.tr("%Ln characters", "", n))
            self.count.setStyleSheet("")
            return
        limit = QLocale().toString(CHAT_LIMIT)
        if n > CHAT_LIMIT:
            text = self.tr("%Ln characters: more than the %1 a chat box takes, shorten it",
                           "", n)
        else:
            text = self.tr("%Ln characters of the %1 a chat box takes", "", n)
        self.count.setText(text.replace("%1", limit))
        self.count.setStyleSheet(f"color:{OVER if n > CHAT_LIMIT else FITS};")

    def _fill_signature(self) -> None:
        name = profile.load(self.folder).name
        if name:
            self.signature.setText(self.tr("Signed: %1 (from <a href='profile'>your "
                                           "details</a>)").replace("%1", name))
        else:
            self.signature.setText(self.tr("⚠ The letter is not signed: add your name in "
                                           "<a href='profile'>your details</a>."))

    def _profile_changed(self) -> None:
        if self.binding.valid:
            self.regenerate()

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

    def _edit_profile(self) -> None:
        from ..settings.profile_dialog import edit_profile

        self.profile_requested.emit()
        edit_profile(self.session, self)

    def _fix(self) -> None:
        self.fix_requested.emit()
        self.accept()
        self.session.show_claim(self.claim_id, "details")
