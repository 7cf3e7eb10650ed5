"""A claim folder in a cloud-synced place (OneDrive, Dropbox, Google Drive, iCloud...):
say so when it is created or opened, and keep it safe to sync (issue 16).

- **Told**: ``core.sync.detect`` finds the sync client (known roots, marker files); the
  player reads what can go wrong and what to do, in plain words, with a button that opens
  "Move the claim folder". They can ask not to be told again for that folder; the status
  bar still says it each time it opens.
- **Settled when idle**: a folder that has not changed for ``idle_ms`` is folded back into
  ``bonusdesk.db`` alone (``core.sync.settle``: the write-ahead log checkpointed, rollback
  journal), so a sync client that copies it then copies a complete database. The next
  change goes back to WAL by itself (``sync.before_write``). If a reader holds the
  database at that moment, settling is tried again later. Closing a folder settles it too
  (``ClaimFolder.close``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from bonusdesk.core import sync
from bonusdesk.core.sync import SyncedLocation

from .session import Session

IDLE_MS = 20_000  # no change for this long: the folder is settled


def warning_text(location: SyncedLocation, path: Path) -> tuple[str, str, str]:
    """The warning's title, main text and what to do (rich text), in the UI language."""
    title = QCoreApplication.translate("SyncWarning", "Your claim folder is in %1").replace(
        "%1", location.provider)
    main = QCoreApplication.translate(
        "SyncWarning",
        "<p><b>The claim folder %1 is inside %2</b> (%3).</p>"
        "<p>%2 copies every file that changes to the internet and to your other devices. "
        "It can copy the claim database in the middle of a change, or make a "
        "“conflicted copy” when two computers change it: part of your record could then "
        "end up in a copy that BonusDesk does not read.</p>")
    advice = QCoreApplication.translate(
        "SyncWarning",
        "<p><b>What to do</b></p><ul>"
        "<li><b>Best:</b> move the claim folder to a folder of this computer that %2 does "
        "not sync: <i>Move the folder…</i> below, or later File › Back up / move the claim "
        "folder…</li>"
        "<li><b>If you keep it here:</b> use it on one computer at a time, and let %2 "
        "finish syncing before you open it on another. BonusDesk leaves the database "
        "complete on disk whenever it is idle or closed.</li></ul>")
    fill = {"%1": str(path), "%2": location.provider, "%3": str(location.root)}
    for key, value in fill.items():
        main, advice = main.replace(key, value), advice.replace(key, value)
    return title, main, advice


class FolderSafety(QObject):
    """Watches the session's folder. ``move()`` opens "Move the claim folder" (the
    caller's); ``warned(path)`` after the warning was shown (tests, scripts)."""

    warned = Signal(object)
    settled = Signal(object)  # the folder's path, once it is bonusdesk.db alone

    def __init__(self, session: Session, parent_widget: QWidget, move: Callable[[], object],
                 idle_ms: int = IDLE_MS):
        super().__init__(parent_widget)
        self.session, self.parent_widget, self.move = session, parent_widget, move
        self.idle_ms = idle_ms
        self._told: set[Path] = set()  # warned during this run (or created knowingly)
        self._last_change = time.monotonic()
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.settle_if_idle)
        # Writes that emit nothing (a reminder marked as notified) leave the folder in WAL
        # mode too: a slow look now and then catches them.
        self.watch = QTimer(self)
        self.watch.timeout.connect(self._look)
        s = session
        for signal in (s.claims_changed, s.claim_changed, s.platform_changed,
                       s.checklist_changed, s.evidence_added, s.evidence_changed,
                       s.contacts_changed, s.reminders_due):
            signal.connect(lambda *_args: self.changed())
        s.folder_changed.connect(self._folder_changed)
        if s.folder is not None:
            self._folder_changed()

    # -- idle: bonusdesk.db alone ---------------------------------------------------------
    def changed(self) -> None:
        """Something was written: the idle time starts again."""
        self._last_change = time.monotonic()
        if self.session.folder is not None:
            self.idle.start(self.idle_ms)

    def _look(self) -> None:
        folder = self.session.folder
        if folder is not None and not sync.is_settled(folder) and not self.idle.isActive():
            self.idle.start(self.idle_ms)

    def settle_if_idle(self) -> bool:
        """Settle the folder if nothing changed for ``idle_ms``; True when it is settled."""
        folder = self.session.folder
        if folder is None or not folder.writable:
            return False
        quiet_ms = (time.monotonic() - self._last_change) * 1000
        if quiet_ms < self.idle_ms:
            self.idle.start(max(1, int(self.idle_ms - quiet_ms)))
            return False
        if sync.settle(folder):
            self.settled.emit(folder.path)
            return True
        self.idle.start(self.idle_ms)  # a reader or a transaction: later
        return False

    # -- the warning ----------------------------------------------------------------------
    def _folder_changed(self) -> None:
        folder = self.session.folder
        self.idle.stop()
        if folder is None:
            self.watch.stop()
            return
        self.watch.start(self.idle_ms)
        self.changed()
        path = folder.path
        # After the opening is over (a welcome, a "windows closed" note come first).
        QTimer.singleShot(0, lambda: self.tell(path))

    def tell(self, path: Path) -> bool:
        """Warn about ``path`` if it is the open folder and a sync client covers it;
        True when the dialog was shown."""
        folder = self.session.folder
        if folder is None or folder.path != path:
            return False
        location = sync.detect(path)
        if location is None:
            return False
        self.session.notify(self.tr("This claim folder is synced by %1: File › Back up / "
                                    "move the claim folder… moves it out.")
                            .replace("%1", location.provider), 20000)
        if path in self._told or self.session.prefs.sync_warning_muted(str(path)):
            return False
        self._told.add(path)
        self.warn(location, path)
        return True

    def warn(self, location: SyncedLocation, path: Path) -> None:
        title, main, advice = warning_text(location, path)
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(main)
        box.setInformativeText(advice)
        mute = QCheckBox(self.tr("Do not warn me again for this folder"))
        box.setCheckBox(mute)
        move = box.addButton(self.tr("&Move the folder…"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(move)
        box.setEscapeButton(keep)
        self.warned.emit(path)
        box.exec()
        if mute.isChecked():
            self.session.prefs.mute_sync_warning(str(path))
        if box.clickedButton() is move:
            self.move()

    def confirm_create(self, path: Path) -> bool:
        """Before a new claim folder is made at ``path``: True to go on (a synced place is
        explained and the player chooses)."""
        location = sync.detect(path)
        if location is None:
            return True
        title, main, _advice = warning_text(location, path)
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(main)
        box.setInformativeText(self.tr("A folder of this computer that %1 does not sync is "
                                       "safer. Create the claim folder here anyway?")
                               .replace("%1", location.provider))
        here = box.addButton(self.tr("Create it &here"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("&Choose another place"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        self.warned.emit(path)
        box.exec()
        if box.clickedButton() is here:
            self._told.add(Path(path).expanduser().resolve())
            return True
        return False
