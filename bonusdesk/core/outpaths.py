"""Refuse output paths that would destroy something, before anything is written.

Every "save as" of BonusDesk (PDF package, ZIP bundle, calendar, and whatever comes
next) calls :func:`check_outputs` (or :func:`check_output_path`) first. Refused, with
the reason: a path that resolves (symlinks followed) inside the claim folder, a
folder, a device, a FIFO or a socket, a path whose folder does not exist, and a path
that is also another output or an input of the same command. Replacing an ordinary
file elsewhere stays allowed: that is what "save as" means.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from .errors import OutputRefused

_KINDS = (
    (stat.S_ISDIR, "it is a folder, not a file"),
    (stat.S_ISCHR, "it is a device"),
    (stat.S_ISBLK, "it is a device"),
    (stat.S_ISFIFO, "it is a pipe (FIFO)"),
    (stat.S_ISSOCK, "it is a socket"),
)


def special_file_reason(path: Path | str) -> str | None:
    """Why the existing ``path`` (symlinks followed) must not be replaced, or None."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be checked ({exc.strerror or exc})"
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return None if stat.S_ISREG(mode) else "it is not an ordinary file"


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(a) == os.path.normcase(b)


def is_inside(path: Path | str, folder: Path | str) -> bool:
    """True when ``path`` (resolved) is ``folder`` or anything under it.

    Compares the real files (device and inode) of each parent, so case-insensitive
    file systems and bind mounts of the folder are caught as well.
    """
    resolved = Path(os.path.realpath(path))
    folder = Path(os.path.realpath(folder))
    try:
        folder_stat = folder.stat()
    except OSError:
        return resolved == folder or folder in resolved.parents
    for candidate in (resolved, *resolved.parents):
        try:
            st = candidate.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (folder_stat.st_dev, folder_stat.st_ino):
            return True
    return False


def check_output_path(path: Path | str, folder: Path | str | None = None,
                      *, others: Mapping[str, Path | str] | None = None,
                      sources: Mapping[str, Path | str] | None = None) -> Path:
    """Return ``path`` as an absolute path, or raise :class:`OutputRefused` saying why.

    ``folder``: the open claim folder. ``others``: the other outputs of the same
    command, by label ("ZIP bundle"); ``sources``: the files it reads ("password file").
    """
    raw = str(path)
    path = Path(os.path.abspath(Path(path).expanduser()))
    if not raw.strip() or raw.endswith(("/", os.sep)):
        raise OutputRefused(raw, "it names a folder, not a file")
    reason = special_file_reason(path)
    if reason:
        raise OutputRefused(path, reason)
    if not path.parent.is_dir():
        raise OutputRefused(path, f"the folder {path.parent} does not exist")
    if folder is not None and is_inside(path, folder):
        raise OutputRefused(
            path, f"it is inside the claim folder {folder}; BonusDesk never writes exports "
            "there, so nothing in it can be overwritten: choose another folder")
    target = Path(os.path.realpath(path))
    for label, other in (others or {}).items():
        if other is not None and _same(target, Path(os.path.realpath(other))):
            raise OutputRefused(path, f"it is also the {label} of this command")
    for label, source in (sources or {}).items():
        if source is not None and _same(target, Path(os.path.realpath(source))):
            raise OutputRefused(path, f"it is the {label} this command reads")
    return path


def check_outputs(outputs: Mapping[str, Path | str | None], folder: Path | str | None = None,
                  sources: Mapping[str, Path | str | None] | None = None) -> dict[str, Path]:
    """Check several outputs of one command against each other; returns them absolute."""
    present = {label: p for label, p in outputs.items() if p is not None}
    srcs = {label: p for label, p in (sources or {}).items() if p is not None}
    checked = {}
    for label, p in present.items():
        others = {o: q for o, q in present.items() if o != label}
        checked[label] = check_output_path(p, folder, others=others, sources=srcs)
    return checked
