"""Read-only mode: a claim folder on read-only media, or one the user may not change,
is opened for reading (``ClaimFolder.open_or_read_only``); the window says so and why,
every action that would change it is disabled, and a change that gets through anyway
is refused by the session with the same plain sentence (never a database error).

Reading, searching, checking the folder and exporting to another place keep working.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from bonusdesk.core.errors import FolderReadOnly


def reason_text(reason: str | None) -> str:
    """The core's reason (core/faults.py ``read_only_reason``) in the UI's language."""
    translate = QCoreApplication.translate
    known = {
        "it is on a read-only disk": translate("ReadOnly", "it is on a read-only disk"),
        "you do not have permission to change it":
            translate("ReadOnly", "you do not have permission to change it"),
        "it was opened for reading only": translate("ReadOnly", "it was opened for reading only"),
        "the database refused the change": translate("ReadOnly", "the database refused the change"),
    }
    if not reason:
        return known["it was opened for reading only"]
    if reason in known:
        return known[reason]
    prefix = "you do not have permission to change "
    if reason.startswith(prefix):
        return translate("ReadOnly", "you do not have permission to change %1").replace(
            "%1", reason[len(prefix):])
    return reason


def banner_text(reason: str | None) -> str:
    return QCoreApplication.translate(
        "ReadOnly", "Read only: this claim folder cannot be changed (%1). You can read, "
        "search, check it and export to another place; nothing can be added or changed."
    ).replace("%1", reason_text(reason))


class ReadOnlyRefusal(FolderReadOnly):
    """A change asked of a read-only folder; its text is in the UI's language."""

    def __init__(self, path, reason: str | None):
        super().__init__(path, reason or "it was opened for reading only")
        self.args = (QCoreApplication.translate(
            "ReadOnly", "The claim folder %1 is read-only (%2): it can be read, searched, "
            "checked and exported to another place, but not changed. Nothing was changed."
        ).replace("%1", str(path)).replace("%2", reason_text(reason)),)

    def __str__(self) -> str:
        return self.args[0]


class ReadOnlyBanner(QLabel):
    """A strip that shows itself while the open folder is read-only, with the reason."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("ReadOnlyBanner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Amber on dark text reads the same in light and dark themes.
        self.setStyleSheet("QLabel#ReadOnlyBanner { background: #fde68a; color: #422006; "
                           "padding: 6px 10px; border-bottom: 1px solid #d97706; }")
        self.setAccessibleName(QCoreApplication.translate("ReadOnly", "Read-only folder"))
        session.folder_changed.connect(self.update_state)
        self.update_state()

    def update_state(self) -> None:
        read_only = self.session.read_only
        if read_only:
            self.setText(banner_text(self.session.read_only_reason))
        self.setVisible(read_only)


# Set (as a Python attribute) on what this module locked, so unlocking undoes only that.
_MARK = "_bonusdesk_read_only_locked"


def lock_for_read_only(widgets: list[QWidget], read_only: bool) -> None:
    """Disable ``widgets`` (controls that change the folder) while ``read_only``; text
    fields stay readable and selectable (made read-only instead). Unlocking restores
    only what was locked here, so a view's own enabled state is left alone."""
    for w in widgets:
        if w is None or not shiboken6.isValid(w):
            continue
        text = isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit)
        locked = getattr(w, _MARK, False)
        if read_only and not locked:
            if text and not w.isReadOnly():
                w.setReadOnly(True)
                setattr(w, _MARK, True)
            elif not text and w.isEnabled():
                w.setEnabled(False)
                setattr(w, _MARK, True)
        elif not read_only and locked:
            setattr(w, _MARK, False)
            w.setReadOnly(False) if text else w.setEnabled(True)


def follow_read_only(session, widgets: Callable[[], list[QWidget]]) -> None:
    """Lock ``widgets()`` whenever the open folder is read-only (now and at every switch)."""
    def apply() -> None:
        lock_for_read_only(widgets(), session.read_only)

    session.folder_changed.connect(apply)
    apply()
