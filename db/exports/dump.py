"""A logical dump of every table: what "the database is unchanged" means in tests.

Rows are compared as tuples of Python values, sorted, per table, so the dump is
equal on SQLite and PostgreSQL whenever the stored content is equal, whatever the
physical order or the file bytes.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base
from db.session import read_connection


def logical_dump(engine: Engine) -> dict[str, list[tuple]]:
    """Table name -> all its rows (every column, including ids and timestamps), sorted."""
    with read_connection(engine) as conn:
        return {
            table.name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }
