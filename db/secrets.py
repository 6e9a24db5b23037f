"""The per-database pseudonym secret: created once, then the same for every export.

Why in the database: keyed pseudonyms (graph.pseudonyms) must be the same in every
export of one database and different in another, and nobody holding only the export
may recompute them. So the secret lives with the data it protects, in the ``setting``
table under :data:`SECRET_KEY` as hex, and never leaves the server except as HMACs.

Creation is race-safe: the first callers may all generate a candidate, but each does
an insert-if-absent and then re-reads, so every caller returns the one stored value.
Writes to ``setting`` do not move the data revision (db.revision ignores the table),
so creating the secret never invalidates cached metrics.

db/ may import only graph.records from graph/, so the random bytes come from
:mod:`secrets` here, with the same size as ``graph.pseudonyms.new_secret``.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, Engine, String, column, select, table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

SECRET_KEY = "pseudonym_secret"
SECRET_BYTES = 32

_setting = table("setting", column("key", String), column("value", String))


def _read(conn: Connection) -> bytes | None:
    value = conn.execute(select(_setting.c.value).where(_setting.c.key == SECRET_KEY)).scalar()
    if value is None:
        return None
    try:
        secret = bytes.fromhex(value)
    except ValueError:
        raise RuntimeError(f"setting {SECRET_KEY!r} is not hex; the database was edited") from None
    if not secret:
        raise RuntimeError(f"setting {SECRET_KEY!r} is empty; the database was edited")
    return secret


def _insert_if_absent(conn: Connection, value: str) -> None:
    """One INSERT that does nothing when another caller stored its secret first."""
    row = {"key": SECRET_KEY, "value": value}
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.execute(sqlite.insert(_setting).values(row).on_conflict_do_nothing())
    elif dialect == "postgresql":
        conn.execute(postgresql.insert(_setting).values(row).on_conflict_do_nothing())
    else:  # any other backend: a plain insert; a lost race is an IntegrityError
        with conn.begin_nested():
            try:
                conn.execute(_setting.insert().values(row))
            except IntegrityError:
                pass


def pseudonym_secret(engine: Engine) -> bytes:
    """The database's pseudonym secret (32 bytes), created on first use.

    >>> pseudonym_secret(engine) == pseudonym_secret(engine)  # doctest: +SKIP
    True
    """
    with engine.connect() as conn:
        found = _read(conn)
    if found is not None:
        return found
    with engine.begin() as conn:
        _insert_if_absent(conn, secrets.token_bytes(SECRET_BYTES).hex())
        stored = _read(conn)
    if stored is None:  # pragma: no cover - the insert above guarantees a row
        raise RuntimeError(f"could not store setting {SECRET_KEY!r}")
    return stored
