"""``collabnet seed``: load the fictional demo partnership."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    engine_for,
    fail,
    load_settings,
    progress,
    stdout,
)

seed_app = typer.Typer(help="Load demo data.", no_args_is_help=True)


@seed_app.command("demo")
def demo(
    ctx: typer.Context,
    if_empty: Annotated[
        bool,
        typer.Option("--if-empty", help="Only load when the database holds no actors yet."),
    ] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Load the demo partnership (fictional schools, people and ties) through the importer.

    Loading it twice changes nothing: the demo's ids are stable, so a second load
    updates the same rows.
    """
    from db.imports import ImportFailed
    from seeds.demo import seed_demo

    settings = load_settings(ctx, database_url)
    with engine_for(settings) as engine:
        try:
            with progress("Loading the demo partnership"):
                outcome = seed_demo(engine, if_empty=if_empty)
        except ImportFailed as exc:  # the demo files are ours: this is a bug, say so clearly
            fail(f"the demo data did not import cleanly (a bug, please report it):\n{exc}")
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    stdout.print(outcome)
