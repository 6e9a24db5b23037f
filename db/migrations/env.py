"""Alembic environment, driven from code (db.migrate), not from an alembic.ini.

db.migrate passes either an open connection (``config.attributes["connection"]``) or a
URL (``config.attributes["url"]``); the engine comes from db.engine.make_engine so the
SQLite pragmas and BEGIN IMMEDIATE apply to migrations too. The revision hook is off:
migration writes (codebook seed, alembic_version) are not user data changes.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base
from db.engine import make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    connection.execution_options(collabnet_revision=False)
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=sqlite,
    )
    # SQLite batch migrations copy a table and drop the old one; with foreign keys on,
    # that DROP would cascade-delete child rows. So keys are off while migrating (the
    # pragma only works outside a transaction) and checked before commit instead.
    dbapi = connection.connection.dbapi_connection if sqlite else None
    if dbapi is not None and not connection.in_transaction():
        dbapi.execute("PRAGMA foreign_keys=OFF")
    try:
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    finally:
        if dbapi is not None and not connection.in_transaction():
            dbapi.execute("PRAGMA foreign_keys=ON")


def _url() -> str:
    return config.attributes.get("url") or config.get_main_option("sqlalchemy.url") or ""


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    given = config.attributes.get("connection")
    if given is not None:
        _run(given)
    else:
        engine = make_engine(_url())
        try:
            with engine.connect() as conn:
                _run(conn)
        finally:
            engine.dispose()
