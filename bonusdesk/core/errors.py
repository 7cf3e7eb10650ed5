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
    """No space left to store the capture (or its stamped copy)."""
