"""Engines for SQLite (the embedded default) and PostgreSQL (psycopg 3).

SQLite needs care to be a safe multi-writer store: foreign keys are off by default,
the rollback journal blocks readers, and the sqlite3 driver's own deferred BEGIN lets
two read-modify-write transactions both read, then one fails or loses its update. So
every pooled connection gets the pragmas below, and SQLAlchemy (not sqlite3) emits
``BEGIN IMMEDIATE`` so each transaction takes the write lock before its first read
(the pysqlite recipe of the SQLAlchemy SQLite dialect docs, "Enabling Non-Legacy
SQLite Transactional Modes"). Waiting writers queue on ``busy_timeout``.

PostgreSQL gets the same guarantee the same way: every transaction that is not
read-only first takes one transaction-scoped advisory lock, so writers queue as they
do on SQLite (waiting at most the same timeout) and a read-modify-write under READ
COMMITTED sees the previous writer's commit instead of overwriting it.

A connection that only reads may opt out of the write lock with
``conn.execution_options(read_only=True)``: it then gets a plain deferred ``BEGIN``,
which under WAL is a consistent snapshot that never blocks writers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from db.revision import install_revision_hooks

DEFAULT_URL = "sqlite:///collabnet.db"
BUSY_TIMEOUT_MS = 30_000
READ_ONLY = "read_only"
WRITE_LOCK_KEY = 0x636F6C6C  # "coll": the advisory lock all PostgreSQL writers queue on


def sqlite_pragmas(busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> tuple[str, ...]:
    """The pragmas run on every new SQLite connection."""
    return (
        "PRAGMA foreign_keys=ON",
        "PRAGMA journal_mode=WAL",
        f"PRAGMA busy_timeout={int(busy_timeout_ms)}",
        "PRAGMA synchronous=NORMAL",
        # Erasure (db.erasure): deleted rows are overwritten with zeros, not left in
        # free pages where a file scan would still find the name.
        "PRAGMA secure_delete=ON",
    )


def normalise_url(url: str | URL) -> URL:
    """``postgresql://`` and ``postgres://`` mean psycopg 3, the driver we ship."""
    text = str(url) if isinstance(url, URL) else url
    if text.startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://") :]
    parsed = make_url(text)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(
    url: str | URL = DEFAULT_URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any
) -> Engine:
    """Create the engine for ``url`` with the pragmas and transaction mode we rely on.

    ``busy_timeout_ms`` is how long a writer waits for the write lock before
    "database is locked" (SQLite) or a lock timeout (PostgreSQL). Extra keyword arguments go to :func:`sqlalchemy.create_engine` (e.g. ``echo``).
    Every engine also bumps the data revision on commit of any write
    (see :mod:`db.revision`).
    """
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        connect_args = dict(kwargs.pop("connect_args", {}))
        connect_args.setdefault("timeout", busy_timeout_ms / 1000)
        engine = create_engine(parsed, connect_args=connect_args, **kwargs)
        _install_sqlite_hooks(engine, sqlite_pragmas(busy_timeout_ms))
    else:
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(parsed, **kwargs)
        _install_postgresql_hooks(engine, busy_timeout_ms)
    install_revision_hooks(engine)
    return engine


def _install_sqlite_hooks(engine: Engine, pragmas: tuple[str, ...]) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # sqlite3 must not emit its own (deferred) BEGIN: we emit BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def _install_postgresql_hooks(engine: Engine, lock_timeout_ms: int) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if not conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(lock_timeout_ms)}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
