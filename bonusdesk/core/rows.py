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


def _reader(tp):
    """The function turning a stored value (never None) into a field of type ``tp``."""
    base, origin = _base_and_origin(tp)
    if base is datetime:
        return from_iso
    if isinstance(base, type) and issubclass(base, Enum):
        members = base._value2member_map_  # a dict look-up: calling the enum costs 4x more

        def member(value):
            found = members.get(value)
            return found if found is not None else base(value)  # base() raises ValueError
        return member
    if base is bool:
        return bool
    if origin in (list, dict):
        empty = "[]" if origin is list else "{}"

        def decoded(value):
            if not isinstance(value, str):
                return value
            return origin() if value == empty else json.loads(value)  # most are empty
        return decoded
    return None  # stored as is


@cache
def _plan(cls) -> tuple:
    """Per field: name, reader, and the default that replaces a stored NULL (a factory
    is marked by ``True``). Worked out once per class: a listing converts 10,000s of rows."""
    hints = _hints(cls)
    plan = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING and f.default is not None:
            default = (False, f.default)
        elif f.default_factory is not dataclasses.MISSING:
            default = (True, f.default_factory)
        else:
            default = None
        plan.append((f.name, _reader(hints[f.name]), default))
    return tuple(plan)


def from_row(cls, row: dict):
    kwargs = {}
    for name, reader, default in _plan(cls):
        if name not in row:
            continue
        value = row[name]
        if value is not None and reader is not None:
            try:
                value = reader(value)
            except (ValueError, TypeError) as exc:
                # An enum value, time or JSON this version cannot read: say which row.
                what = f"{cls.__name__.lower()} {row.get('id', '')}".strip()
                raise UnknownValue(what, name, row[name]) from exc
        if value is None and default is not None:
            value = default[1]() if default[0] else default[1]
        kwargs[name] = value
    return cls(**kwargs)


def from_values(cls, columns: list[str], rows) -> list:
    """Rows as tuples of ``columns`` (a cursor's) to ``cls``, the same as ``from_row`` on
    each row's dict, without making the dicts (deadlines read 100,000 rows at 10k claims)."""
    make = _maker(cls, tuple(columns))
    out = []
    for values in rows:
        try:
            out.append(make(values))
        except (ValueError, TypeError):  # the slow path names the field that failed
            out.append(from_row(cls, dict(zip(columns, values, strict=True))))
    return out


@cache
def _maker(cls, columns: tuple[str, ...]):
    """A function made once per class and column list, turning a row tuple into ``cls``:
    per field the steps of ``from_row`` written out (no loop, no look-ups per value),
    the way dataclasses write their ``__init__``."""
    plan = {name: (reader, default) for name, reader, default in _plan(cls)}
    index = {name: i for i, name in enumerate(columns) if name in plan}  # last one wins
    env: dict = {"cls": cls}
    lines = ["def make(v):"]
    for name, i in index.items():
        reader, default = plan[name]
        lines.append(f"    x{i} = v[{i}]")
        if reader is not None:
            env[f"r{i}"] = reader
            lines.append(f"    if x{i} is not None: x{i} = r{i}(x{i})")
        if default is not None:
            env[f"d{i}"] = default[1]
            lines.append(f"    if x{i} is None: x{i} = d{i}{'()' if default[0] else ''}")
    lines.append("    return cls(" + ", ".join(f"{n}=x{i}" for n, i in index.items()) + ")")
    exec("\n".join(lines), env)  # noqa: S102 - source made above from field names only
    return env["make"]
