"""``collabnet db``: migrate the schema up or down, show where it is."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    fail,
    load_settings,
    progress,
    stdout,
)
from db import migrate

db_app = typer.Typer(help="Create and migrate the database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    database_url: DatabaseUrl = None,
) -> None:
    """Migrate the database to REVISION (default: the newest). Creates a new SQLite file."""
    settings = load_settings(ctx, database_url)
    try:
        with progress(f"Migrating {settings.database_url} to {revision}"):
            migrate.upgrade(settings.database_url, revision)
        now = migrate.current(settings.database_url)
    except SQLAlchemyError as exc:
        fail(database_problem(exc, settings.database_url))
    except Exception as exc:  # alembic CommandError: unknown revision and the like
        fail(f"cannot upgrade to {revision!r}: {exc}")
    stdout.print(f"Database at revision {now} ({settings.database_url}).")


@db_app.command("downgrade")
def downgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision; 'base' drops every table.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Migrate the database down to REVISION."""
    settings = load_settings(ctx, database_url)
    try:
        with progress(f"Migrating {settings.database_url} down to {revision}"):
            migrate.downgrade(settings.database_url, revision)
        now = migrate.current(settings.database_url)
    except SQLAlchemyError as exc:
        fail(database_problem(exc, settings.database_url))
    except Exception as exc:
        fail(f"cannot downgrade to {revision!r}: {exc}")
    stdout.print(f"Database at revision {now or 'base (empty)'} ({settings.database_url}).")


@db_app.command("current")
def current(ctx: typer.Context, database_url: DatabaseUrl = None) -> None:
    """Show the revision the database is at, and the newest one available."""
    settings = load_settings(ctx, database_url)
    try:
        at = migrate.current(settings.database_url)
    except SQLAlchemyError as exc:
        fail(database_problem(exc, settings.database_url))
    newest = migrate.head()
    state = "up to date" if at == newest else "run `collabnet db upgrade`"
    stdout.print(f"current: {at or 'none (empty database)'}")
    stdout.print(f"head:    {newest} ({state})")
