"""Errors the core raises. The CLI maps them to exit 2 and one line, the UI to a dialog."""

from __future__ import annotations

from pathlib import Path


class BonusDeskError(Exception):
    """Base class: every error a user can cause or meet."""


class BadInput(BonusDeskError, ValueError):
    """A value given by the user is not acceptable."""


class NotFound(BonusDeskError, LookupError):
    """A claim, platform, evidence item or contact does not exist."""


class FolderError(BonusDeskError):
    """The claim folder cannot be used as asked."""


class FolderLocked(FolderError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            f"claim folder in use: {path} is open for writing in another BonusDesk window or "
            "process; close it and try again"
        )


class FolderNeedsUpgrade(FolderLocked):
    def __init__(self, path: Path):
        FolderError.__init__(
            self, f"claim folder {path} was made by an older BonusDesk and needs a one-time "
            "upgrade, but another BonusDesk window or process has it open: close it and try "
            "again")
        self.path = path


class FolderTooNew(FolderError):
    def __init__(self, path: Path, unknown: list[str]):
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"claim folder {path} was written by a newer version of BonusDesk "
            f"(unknown migrations: {', '.join(unknown)}); update BonusDesk to open it. "
            "Nothing was changed."
        )


class NotAClaimFolder(FolderError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"no claim folder at {path}: create it with 'bonusdesk-cli init'")


class EvidenceRejected(BonusDeskError):
    """A file could not become evidence. Nothing of it is kept."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class FolderReadOnly(FolderError):
    """The folder can be read but not changed (read-only disk, no permission)."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(
            f"the claim folder {path} is read-only ({reason}): it can be shown, searched, "
            "verified and exported elsewhere, but not changed. Nothing was changed.")


class FolderDamaged(FolderError):
    """The folder's content is not what BonusDesk wrote; nothing more is done with it."""

    def __init__(self, path: Path, what: str, advice: str = "run 'bonusdesk-cli verify' "
                 "to see every problem"):
        self.path = path
        self.what = what
        super().__init__(f"the claim folder {path} is damaged: {what}; {advice}")


class DatabaseLost(FolderDamaged):
    """Evidence is there but the database is missing, empty or unreadable."""

    def __init__(self, path: Path, what: str, evidence_files: int):
        self.evidence_files = evidence_files
        super().__init__(
            path, f"{what}, but evidence/ holds {evidence_files} file(s)",
            "it was not re-created, so nothing more is lost. Restore bonusdesk.db from a "
            "backup; 'bonusdesk-cli verify' lists the evidence files that are there and "
            "checks each against the SHA-256 in its name")


class NoSpaceLeft(FolderError, OSError):
    """No space left on a disk. Also an ``OSError`` with errno ENOSPC, so code that
    handles disk errors generically still recognises it."""

    def __init__(self, path: Path | str, mount: str = "", doing: str = ""):
        import errno

        self.path = Path(path)
        self.mount = mount
        where = f"the disk holding {path}" + (f" (mounted at {mount})" if mount and
                                                  str(mount) != str(path) else "")
        self.message = (f"disk full: no space left on {where}"
                        + (f" while {doing}" if doing else "")
                        + ". Nothing was changed; free some space and try again.")
        OSError.__init__(self, errno.ENOSPC, self.message, str(path))

    def __str__(self) -> str:
        return self.message


class OutputRefused(BadInput):
    """An output path that would destroy something (the claim folder, a device, ...)."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"refusing to write {path}: {reason}")


class UnknownValue(BonusDeskError):
    """The database holds a value this version does not understand."""

    def __init__(self, what: str, field: str, value):
        self.what, self.field, self.value = what, field, value
        super().__init__(
            f"{what}: {field} is {value!r}, which this BonusDesk does not know (written by a "
            "newer version, or changed outside BonusDesk); 'bonusdesk-cli verify' checks "
            "the folder")


# -- screen capture (core/capture.py, core/stamp.py) ---------------------------

class CaptureError(BonusDeskError):
    """A screen capture could not be made or stored. Nothing was kept."""


class NoDisplay(CaptureError):
    """There is no screen to capture (no graphical session)."""


class WaylandUnsupported(CaptureError):
    """A Wayland session refused the grab."""


class UnsupportedScreen(CaptureError):
    """The screen's pixel format (colour depth) cannot be read."""


class BadCaptureRequest(CaptureError, BadInput):
    """Region, monitor number or delay not acceptable."""


class DiskFull(CaptureError):
    """No space left to store the capture (or its stamped copy). Its cause is the
    :class:`NoSpaceLeft` (or OSError) naming the disk."""
