"""Help › About: the version, the licence (GPL-3.0-or-later, its full text) and the
notices of the third-party software BonusDesk ships (issue 16).

The notices (``notices.third_party_notices()``, half a megabyte read from the installed
distributions' metadata or the bundle's copy) are read in the job runner, so the dialog
opens at once. Licence texts stay in the language they were written in; the dialog around
them is French or English.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bonusdesk import __version__, notices
from bonusdesk.core import applog

from ..error_dialog import copy_to_clipboard, with_qt
from ..session import Session

GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def _diagnostics() -> str:
    """In the pool: the same facts as ``bonusdesk-cli diagnostics`` (no claim content)."""
    from bonusdesk.core.diagnostics import collect, format_text

    return format_text(collect())


def _text_view(name: str, text: str = "") -> QPlainTextEdit:
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setAccessibleName(name)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # licences are laid out by hand
    return view


class AboutDialog(QDialog):
    """``notices_view`` fills in when the job that reads the notices is done."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("About BonusDesk"))
        self.resize(760, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_page(), self.tr("&About"))
        licence = notices.license_text() or self.tr(
            "The licence text is missing from this installation. It is the GNU General "
            "Public License, version 3: %1").replace("%1", GPL_URL)
        self.licence_view = _text_view(self.tr("Licence text"), licence)
        self.tabs.addTab(self.licence_view, self.tr("&Licence"))
        self.tabs.addTab(self._notices_page(), self.tr("&Third-party software"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.notices_job = session.jobs.start(
            lambda _ctx: notices.third_party_notices(), name="notices", owner=self,
            on_result=self._notices_read, on_error=self._notices_failed)

    def _about_page(self) -> QWidget:
        page = QWidget()
        self.about = QLabel(self.tr(
            "<h2>BonusDesk %1</h2>"
            "<p>Keeps the evidence of a problem with an online bonus: screenshots, "
            "deadlines, contacts with support and a PDF package.</p>"
            "<p>Everything stays on this computer. BonusDesk never connects to the "
            "internet.</p>"
            "<p><b>Licence:</b> GNU General Public License, version 3 or any later version "
            "(GPL-3.0-or-later). You may use, copy, share and change BonusDesk under its "
            "terms; it comes with no warranty. The full text is under <i>Licence</i>.</p>"
            "<p>BonusDesk is built with free software written by others (Qt, PySide6, "
            "reportlab, pypdf, the DejaVu fonts and more), each under its own licence: see "
            "<i>Third-party software</i>.</p>").replace("%1", __version__))
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label = QLabel(self.tr("Log files: %1").replace("%1", str(applog.log_dir())))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy diagnostics"))
        self.copy_button.setToolTip(self.tr(
            "For a message to the BonusDesk team: version, system, screens and the last "
            "log lines; nothing from your claims"))
        self.copy_button.clicked.connect(self.copy_diagnostics)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.about)
        layout.addStretch(1)
        layout.addWidget(self.log_label)
        layout.addLayout(row)
        return page

    def _notices_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "The software inside BonusDesk, its version, its licence and the licence's "
            "text, as the installed packages declare them."))
        intro.setWordWrap(True)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find a name (Enter: next)"))
        self.find.setAccessibleName(self.tr("Find in the notices"))
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self.find_next)
        self.notices_view = _text_view(self.tr("Third-party notices"), self.tr("Reading…"))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.find)
        layout.addWidget(self.notices_view, 1)
        return page

    def _notices_read(self, text: str) -> None:
        self.notices_view.setPlainText(text)

    def _notices_failed(self, exc: BaseException) -> None:
        self.notices_view.setPlainText(self.tr("The notices could not be read: %1")
                                       .replace("%1", str(exc)))

    def find_next(self) -> bool:
        """Select the next occurrence of the search text (from the top again at the end)."""
        text = self.find.text().strip()
        if not text:
            return False
        view = self.notices_view
        if view.find(text):
            return True
        cursor = view.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        view.setTextCursor(cursor)
        return view.find(text, QTextDocument.FindFlag(0))

    def copy_diagnostics(self) -> None:
        self.copy_button.setEnabled(False)
        self.session.jobs.start(lambda _ctx: _diagnostics(), name="diagnostics", owner=self,
                                on_result=self._copied, on_error=self._copy_failed)

    def _copied(self, text: str) -> None:
        copy_to_clipboard(with_qt(text))
        self.copy_button.setEnabled(True)
        self.copy_button.setText(self.tr("Copied"))

    def _copy_failed(self, exc: BaseException) -> None:
        self.copy_button.setEnabled(True)
        self.copy_button.setText(self.tr("Not copied: %1").replace("%1", str(exc)))
