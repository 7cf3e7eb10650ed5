"""Write a file so that readers see the old content or the whole new one, never a part."""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputRefused
from .faults import disk_errors
from .outpaths import special_file_reason
from .scratch import Hold, clean_stale, new_file

PART = ".part-"


def fsync_dir(path: Path | str) -> None:
    """Make a rename inside ``path`` durable (a no-op on Windows, which cannot open folders)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def part_file(target: Path) -> tuple[Path, Hold]:
    """A new, held temp file beside ``target`` (``.NAME.part-XXXXXXXX``).

    Leftovers of earlier writers to the same name that were killed are removed first;
    a temp file another running writer still holds is left alone.
    """
    clean_stale(target.parent, f".{glob.escape(target.name)}{PART}*")
    return new_file(target.parent, f".{target.name}{PART}")


def publish(part: Path, target: Path, hold: Hold | None = None) -> None:
    """Rename the finished ``part`` onto ``target``, durably; refuses special targets."""
    reason = special_file_reason(target)
    if reason:  # checked again here: the target may have changed since the user chose it
        raise OutputRefused(target, reason)
    if hold is not None and os.name == "nt":
        hold.release()  # Windows cannot rename a file that is open
    os.replace(part, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it replaces ``path`` in one rename.

    The data goes to a temp file beside ``path`` (same file system), is fsynced,
    gets the permissions a plain ``open(path, "wb")`` would give, then is renamed.
    On error or interruption the temp file is removed and ``path`` is untouched.
    A full disk raises :class:`~bonusdesk.core.errors.NoSpaceLeft`; a target that is a
    folder, device, FIFO or socket is refused before anything is written.
    """
    path = Path(path)
    reason = special_file_reason(path)
    if reason:
        raise OutputRefused(path, reason)
    with disk_errors(path, f"writing {path.name}"):
        tmp, hold = part_file(path)
        try:
            with open(tmp, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o666 & ~_umask())
            publish(tmp, path, hold)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            hold.release()


def write_atomic(path: Path | str, data: bytes) -> Path:
    with atomic_output(path) as fh:
        fh.write(data)
    return Path(path)
