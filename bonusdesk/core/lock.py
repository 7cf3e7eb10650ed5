"""One writer per claim folder, enforced by the OS and released when the process dies.

Two locks, both taken without waiting:

* POSIX: an ``flock`` on the claim folder's directory itself. A user can delete a
  lock *file* while a writer runs (and a second writer then got in and removed the
  first one's temp files); a directory that holds the database cannot be deleted,
  and recreating it at the same path makes a different folder.
* Everywhere: an exclusive lock on ``.bonusdesk.lock``, which older BonusDesk
  versions also take, so an old and a new version never write at the same time.
  On Windows a file held open cannot be deleted, so this lock alone is enough there.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .errors import FolderError, FolderLocked, FolderReadOnly
from .faults import READ_ONLY_ERRNOS, read_only_reason

LOCK_NAME = ".bonusdesk.lock"
# Lock contention; anything else from flock (NFS without lock support, ...) means
# "this kind of lock is not available here", not "someone else has it".
_BUSY = frozenset({errno.EWOULDBLOCK, errno.EAGAIN})


class FolderLock:
    def __init__(self, folder: Path):
        self.folder = folder
        self._dir_fd: int | None = None
        self._fh = None

    def acquire(self) -> None:
        try:
            self._lock_directory()
            self._lock_file()
        except BaseException:
            self.release()
            raise

    def _lock_directory(self) -> None:
        if os.name == "nt":
            return
        import fcntl

        try:
            fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as exc:
            raise FolderError(f"cannot open the claim folder {self.folder}: "
                              f"{exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY:
                raise FolderLocked(self.folder) from None
            return  # no directory locks on this file system: the lock file remains
        self._dir_fd = fd

    def _lock_file(self) -> None:
        path = self.folder / LOCK_NAME
        try:
            fh = open(path, "a+b")  # noqa: SIM115 - held open for the lock's life
        except OSError as exc:
            if exc.errno in READ_ONLY_ERRNOS:
                raise FolderReadOnly(
                    self.folder, read_only_reason(self.folder) or
                    "BonusDesk may not create files in it") from None
            raise FolderError(f"cannot use {self.folder} as a claim folder: "
                              f"{exc.strerror or exc}") from None
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise FolderLocked(self.folder) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                if os.name == "nt":
                    import msvcrt

                    self._fh.seek(0)
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            finally:
                self._fh.close()
                self._fh = None
        if self._dir_fd is not None:
            os.close(self._dir_fd)
            self._dir_fd = None
