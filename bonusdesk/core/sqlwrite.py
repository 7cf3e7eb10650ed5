"""One-row writes in plain SQL, for paths that run without sqlite-utils (core/dbopen.py).

They take any object with sqlite-utils' ``execute`` (a ``dbopen.Connection`` or a
``Database``) and do what ``db[table].insert(row)`` and ``.upsert(row, pk=...)`` do for
BonusDesk's tables, inside whatever transaction is open.
"""

from __future__ import annotations


def ident(name: str) -> str:
    """A table or column name quoted for SQL."""
    return '"' + name.replace('"', '""') + '"'


def insert(db, table: str, row: dict) -> int:
    """Insert one row (column names as keys) and return its rowid: ``db[table].insert(row)
    .last_pk`` for an integer primary key, without sqlite-utils."""
    columns = ", ".join(ident(c) for c in row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {ident(table)} ({columns}) VALUES ({marks})",
                      list(row.values())).lastrowid


def upsert(db, table: str, row: dict, pk: str) -> None:
    """``db[table].upsert(row, pk=pk)`` without sqlite-utils: insert, or update the row
    with that key (columns not in ``row`` keep their values)."""
    columns = ", ".join(ident(c) for c in row)
    marks = ", ".join("?" * len(row))
    changes = ", ".join(f"{ident(c)} = excluded.{ident(c)}" for c in row if c != pk)
    action = f"DO UPDATE SET {changes}" if changes else "DO NOTHING"
    db.execute(f"INSERT INTO {ident(table)} ({columns}) VALUES ({marks}) "
               f"ON CONFLICT ({ident(pk)}) {action}", list(row.values()))
