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
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


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
