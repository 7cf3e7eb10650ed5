""""Your details": the player's name, e-mail and postal address (core.profile), kept in
the claim folder. Letters to support and referral files to a mediator are signed with
them; ``bonusdesk-cli profile`` edits the same record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from bonusdesk.core import profile
from bonusdesk.core.errors import BonusDeskError

from ..session import Session


class ProfileDialog(QDialog):
    """Edits the open folder's player profile through the session.

    ``legacy_name``: the name older versions kept in Settings only; offered when the
    folder's profile has none, so the user saves it once where letters read it."""

    def __init__(self, session: Session, parent=None, legacy_name: str = ""):
        super().__init__(parent)
        self.session = session
        self.binding = session.bind(self)
        self.current = profile.load(session.require_folder())
        self.setWindowTitle(self.tr("Your details"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Your letters to support and your files for a mediator are signed with these "
            "details. They stay in this claim folder, on this computer. Leave empty what "
            "you do not want to give: letters then leave it out."))
        intro.setWordWrap(True)
        self.name = QLineEdit(self.current.name or legacy_name)
        self.name.setAccessibleName(self.tr("Your full name"))
        self.name.setPlaceholderText(self.tr("First and last name, as on your account"))
        self.email = QLineEdit(self.current.email)
        self.email.setAccessibleName(self.tr("Your e-mail address"))
        self.email.setPlaceholderText(self.tr("The address of your account"))
        self.address = QPlainTextEdit(self.current.postal_address)
        self.address.setAccessibleName(self.tr("Your postal address"))
        self.address.setPlaceholderText(self.tr("As on an envelope, one line per line "
                                                "(for letters sent by post)"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("Postal &address:"), self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        typed = {"name": self.name.text().strip(), "email": self.email.text().strip(),
                 "postal_address": self.address.toPlainText().strip()}
        return {k: v for k, v in typed.items() if v != getattr(self.current, k)}

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                self.binding.check()
                self.current = self.session.save_profile(**changes)
            except BonusDeskError as exc:  # e.g. an e-mail without "@": say it, keep typing
                QMessageBox.warning(self, self.tr("Cannot save your details"), str(exc))
                return
        super().accept()


def edit_profile(session: Session, parent=None) -> bool:
    """Open "Your details" on the session's folder; True when saved."""
    if session.folder is None:
        return False
    dialog = ProfileDialog(session, parent, legacy_name=session.prefs.user_name)
    accepted = dialog.exec()
    dialog.deleteLater()
    return bool(accepted)
