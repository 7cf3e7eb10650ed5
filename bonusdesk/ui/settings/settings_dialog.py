"""Settings: claim folder, language, reporting window, zone, hotkey, tray; a way to
"Your details" (the player's name and addresses live in the claim folder, not here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from bonusdesk.core.timeutil import BadTime, get_zone

from ..i18n import system_language
from ..prefs import Prefs
from ..widgets import ZoneBox


class SettingsDialog(QDialog):
    """Edits Prefs; ``folder_changed`` / ``language_changed`` tell the caller what to redo.

    ``hotkey_problem``: why the capture shortcut is not system-wide ("" when it is).
    ``open_profile``: opens "Your details" (None: no folder is open, the button is off)."""

    def __init__(self, prefs: Prefs, current_folder: str, parent=None,
                 hotkey_problem: str | None = None, tray_available: bool = True,
                 open_profile: Callable[[], object] | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.folder_changed = False
        self.language_changed = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.folder = QLineEdit(current_folder)
        self.folder.setAccessibleName(self.tr("Claim folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        # Until the user picks one, the app follows the system's language (saving the
        # dialog must not pin today's language for good).
        system = {"en": "English", "fr": "Français"}[system_language()]
        self.language.addItem(self.tr("Same as the computer (%1)").replace("%1", system), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(self.language.findData(prefs.language_choice))
        self.window_hours = QSpinBox()
        self.window_hours.setRange(1, 24 * 366)
        self.window_hours.setSuffix(self.tr(" h"))
        self.window_hours.setValue(prefs.window_hours)
        self.window_hours.setAccessibleName(self.tr("Default reporting window in hours"))
        # The name that signs letters is the folder's player profile (core.profile), the
        # one `bonusdesk-cli profile` edits: one place, so the app and the CLI agree.
        self.profile_button = QPushButton(self.tr("Your &details (name, e-mail, address)…"))
        self.profile_button.setToolTip(self.tr("Your letters and files are signed with them; "
                                               "they are kept in the claim folder"))
        self.profile_button.setEnabled(open_profile is not None)
        if open_profile is not None:
            self.profile_button.clicked.connect(lambda: open_profile())
        self.zone = ZoneBox(prefs.zone)
        self.hotkey = QKeySequenceEdit(QKeySequence(prefs.hotkey))
        self.hotkey.setAccessibleName(self.tr("Capture shortcut"))
        self.hotkey_takes = QComboBox()
        self.hotkey_takes.setAccessibleName(self.tr("What the capture shortcut takes"))
        self.hotkey_takes.addItem(self.tr("The whole screen"), "screen")
        self.hotkey_takes.addItem(self.tr("The active window"), "window")
        self.hotkey_takes.setCurrentIndex(self.hotkey_takes.findData(prefs.hotkey_takes))
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps BonusDesk in the "
                                               "tray (use Quit to exit)"))
        self.close_to_tray.setChecked(prefs.close_to_tray)
        form = QFormLayout()
        folder_label = QLabel(self.tr("Claim &folder:"))
        folder_label.setBuddy(self.folder)  # a layout cannot be a buddy: name the line edit
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Default reporting &window:"), self.window_hours)
        form.addRow(self.tr("Signed as:"), self.profile_button)
        form.addRow(self.tr("Your time &zone:"), self.zone)
        form.addRow(self.tr("Capture &shortcut:"), self.hotkey)
        # Whether the shortcut reaches us from other applications, and if not why
        # (None: the caller does not know, say nothing).
        if hotkey_problem:
            hotkey_text = self.tr("Works only while BonusDesk is in front: %1").replace(
                "%1", hotkey_problem)
        elif prefs.hotkey:
            hotkey_text = self.tr("Works from any application (system-wide).")
        else:
            hotkey_text = self.tr("No capture shortcut.")
        self.hotkey_note = QLabel(hotkey_text, self)
        self.hotkey_note.setWordWrap(True)
        form.addRow("", self.hotkey_note)  # in the layout even when hidden: Qt owns it
        self.hotkey_note.setVisible(hotkey_problem is not None)
        form.addRow(self.tr("The shortcut &takes:"), self.hotkey_takes)
        form.addRow("", self.close_to_tray)
        # Without a tray there is nothing to keep BonusDesk in: the option is not offered.
        self.tray_available = tray_available
        self.close_to_tray.setVisible(tray_available)
        note = QLabel(self.tr("A new language applies the next time BonusDesk starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Claim folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def accept(self) -> None:
        try:
            get_zone(self.zone.zone())
        except BadTime:
            QMessageBox.warning(self, self.tr("Unknown time zone"),
                                self.tr("Pick a time zone from the list, e.g. Europe/Paris."))
            return
        p = self.prefs
        self.folder_changed = self.folder.text().strip() != p.folder
        chosen = self.language.currentData()
        self.language_changed = (chosen or system_language()) != p.language
        p.language_choice = chosen
        p.window_hours = self.window_hours.value()
        p.zone = self.zone.zone()
        p.hotkey = self.hotkey.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        p.hotkey_takes = self.hotkey_takes.currentData()
        if self.tray_available:
            p.close_to_tray = self.close_to_tray.isChecked()
        super().accept()

    def chosen_folder(self) -> str:
        return self.folder.text().strip()
