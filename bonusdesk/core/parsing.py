"""Words a user typed, turned into stored values (enums, yes/no).

In a module of their own, with nothing heavy imported, so the CLI can check its
arguments without loading the claim folder's code (core/claims.py re-exports them).
"""

from __future__ import annotations

from .errors import BadInput


def parse_enum(enum_cls, value: str, what: str):
    try:
        return enum_cls(str(value).strip().lower())
    except ValueError:
        choices = ", ".join(e.value for e in enum_cls)
        raise BadInput(f"unknown {what} {value!r}; choose one of: {choices}") from None


def parse_bool(value: str | bool | None, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "y", "true", "1", "oui", "o"):
        return True
    if text in ("no", "n", "false", "0", "non"):
        return False
    if text in ("", "unknown", "?"):
        return None
    raise BadInput(f"{what} must be yes, no or unknown, not {value!r}")
