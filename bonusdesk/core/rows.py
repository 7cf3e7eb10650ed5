"""Conversion between model dataclasses and database rows.

Datetimes become UTC ISO-8601 text, enums their value, booleans 0/1, lists
and dicts JSON. Driven by the dataclass type hints so the model is the one
place that says what a field is.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from enum import Enum
from functools import cache

from .errors import UnknownValue
from .timeutil import from_iso, to_iso


@cache
def _hints(cls) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls)


def _base(tp):
    """``X | None`` -> ``X``."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def to_db(value):
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def to_row(obj) -> dict:
    row = {f.name: to_db(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if row.get("id") is None:
        row.pop("id", None)
    return row


@cache
def _base_and_origin(tp):
    # Cached: listing 1,000 claims calls this ~30,000 times (app start-up, bench/startup.py).
    base = _base(tp)
    return base, typing.get_origin(base) or base


def from_db(tp, value):
    if value is None:
        return None
    base, origin = _base_and_origin(tp)
    if base is datetime:
        return from_iso(value)
    if isinstance(base, type) and issubclass(base, Enum):
        return base(value)
    if base is bool:
        return bool(value)
    if origin in (list, dict):
        return json.loads(value) if isinstance(value, str) else value
    return value


def from_row(cls, row: dict):
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in row:
            try:
                value = from_db(hints[f.name], row[f.name])
            except (ValueError, TypeError) as exc:
                # An enum value, time or JSON this version cannot read: say which row.
                what = f"{cls.__name__.lower()} {row.get('id', '')}".strip()
                raise UnknownValue(what, f.name, row[f.name]) from exc
            if value is None and f.default is not dataclasses.MISSING and f.default is not None:
                value = f.default
            if value is None and f.default_factory is not dataclasses.MISSING:
                value = f.default_factory()
            kwargs[f.name] = value
    return cls(**kwargs)
