"""Every "save as" of the app goes through the core's output check first
(core/outpaths.py, the same one the CLI uses): a target inside the claim folder, a
folder, a device, a FIFO or a socket is refused before anything is written, with a
sentence the player understands, and the file dialog opens again so another place can
be chosen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bonusdesk.core.errors import OutputRefused
from bonusdesk.core.outpaths import check_output_path, enclosing_claim_folder


def _reason_text(reason: str, folder: Path | str | None) -> str:
    """The core's reason (English, made for the CLI) in the UI's language."""
    translate = QCoreApplication.translate
    if reason in ("it names a folder, not a file", "it is a folder, not a file"):
        return translate("SafeSave", "it is a folder, not a file")
    fixed = {
        "it is a device": translate("SafeSave", "it is a device, not a file"),
        "it is a pipe (FIFO)": translate("SafeSave", "it is a pipe (FIFO), not a file"),
        "it is a socket": translate("SafeSave", "it is a socket, not a file"),
        "it is not an ordinary file": translate("SafeSave", "it is not an ordinary file"),
    }
    if reason in fixed:
        return fixed[reason]
    if reason.startswith("it is inside the claim folder"):
        return translate("SafeSave", "it is inside the claim folder %1. BonusDesk never saves "
                         "anything there, so that no evidence can be overwritten").replace(
            "%1", str(folder or ""))
    patterns = (
        (r"the folder (.*) does not exist", translate("SafeSave", "the folder %1 does not exist")),
        (r"it is also the (.*) of this command",
         translate("SafeSave", "it is also where %1 would be saved")),
        (r"it is the (.*) this command reads",
         translate("SafeSave", "it is %1, which this export reads")),
        (r"it cannot be checked \((.*)\)", translate("SafeSave", "it cannot be checked (%1)")),
    )
    for pattern, text in patterns:
        m = re.fullmatch(pattern, reason)
        if m:
            return text.replace("%1", m.group(1))
    return reason


def refusal_text(exc: OutputRefused, folder: Path | str | None = None) -> str:
    """One paragraph: what was refused, why, and that nothing was written."""
    text = QCoreApplication.translate(
        "SafeSave", "BonusDesk will not save to %1: %2.\n\nNothing was written. Choose another "
        "place, outside the claim folder.")
    return text.replace("%1", str(exc.path)).replace("%2", _reason_text(exc.reason, folder))


def refusal(path: Path | str, folder: Path | str | None,
            others: Mapping[str, Path | str | None] | None = None) -> OutputRefused | None:
    """The core's verdict on ``path`` as an output (None: it may be written)."""
    try:
        check_output_path(path, folder, others={k: v for k, v in (others or {}).items()
                                                if v is not None})
    except OutputRefused as exc:
        return exc
    return None


def show_refusal(parent: QWidget | None, exc: OutputRefused,
                 folder: Path | str | None = None) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("SafeSave", "Choose another place"),
                        refusal_text(exc, folder))


def ask_save_path(parent: QWidget | None, title: str, start: str, file_filter: str,
                  folder: Path | str | None, suffix: str = "") -> Path | None:
    """A save dialog that only returns a path the core allows (None: cancelled).

    A refused choice is explained, then the dialog opens again where the player was,
    so picking another place is one step.
    """
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
        if not chosen:
            return None
        if suffix and not chosen.lower().endswith(suffix):
            chosen += suffix
        refused = refusal(chosen, folder)
        if refused is None:
            return Path(chosen)
        show_refusal(parent, refused, folder)
        start = str(Path(chosen).parent)


def nested_folder_refusal(path: Path | str) -> str | None:
    """Why a new claim folder may not be made at ``path`` (inside another one), or None."""
    outer = enclosing_claim_folder(path)
    if outer is None:
        return None
    return QCoreApplication.translate(
        "SafeSave", "A claim folder cannot be created in %1: it is inside the claim folder "
        "%2, whose files it would mix with. Nothing was created: choose a place outside it."
    ).replace("%1", str(path)).replace("%2", str(outer))


def default_output_dir(folder) -> Path:
    """Where a "save as" starts: beside the claim folder, or the documents folder when the
    claim folder is read-only (its disk, a CD or a read-only mount, is read-only too)."""
    from bonusdesk.core.locations import documents_dir

    return folder.path.parent if folder.writable else documents_dir()
