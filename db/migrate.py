"""Run Alembic from code: ``collabnet db upgrade`` and the tests call these.

The migration scripts live inside the package (``db/migrations``), so this works from
an installed package and from any working directory; there is no alembic.ini.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base
from db.engine import make_engine

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | URL | None = None, connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the packaged scripts, for ``url`` or ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["url"] = str(url) if isinstance(url, str) else url
    if isinstance(url, URL):
        config.attributes["url"] = url.render_as_string(hide_password=False)
    config.attributes["connection"] = connection
    return config


def _with_connection(url: str | URL, action: Any) -> Any:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            result = action(conn)
            conn.commit()
            return result
    finally:
        engine.dispose()


def upgrade(url: str | URL, revision: str = "head") -> None:
    """Migrate the database at ``url`` up to ``revision`` (an empty database to head)."""
    _with_connection(url, lambda c: command.upgrade(alembic_config(url, c), revision))


def downgrade(url: str | URL, revision: str) -> None:
    """Migrate down to ``revision`` ('base' drops every table)."""
    _with_connection(url, lambda c: command.downgrade(alembic_config(url, c), revision))


def head() -> str:
    """The newest revision id of the packaged scripts."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current(url: str | URL) -> str | None:
    """The revision the database is at, or None for an unmigrated database."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def diff(target: Engine | Connection) -> list[Any]:
    """Differences between the models and the database's schema (empty when they agree)."""
    if isinstance(target, Engine):
        with target.connect() as conn:
            return diff(conn)
    context = MigrationContext.configure(
        target, opts={"compare_type": True, "target_metadata": Base.metadata}
    )
    return list(compare_metadata(context, Base.metadata))


def check(url: str | URL) -> list[Any]:
    """Models vs migrations: the autogenerate diff of a database migrated to head.

    Raises RuntimeError if the database is not at head, since the diff would then
    say nothing about the migration scripts.
    """
    at, newest = current(url), head()
    if at != newest:
        raise RuntimeError(f"database is at {at!r}, not at head {newest!r}; upgrade first")
    engine = make_engine(url)
    try:
        return diff(engine)
    finally:
        engine.dispose()
