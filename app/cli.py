"""The ``collabnet`` command line (Typer): database, demo, import/export, serve.

Each command lives in app/commands/; this module only assembles them and holds the
options shared by all (``--database-url``). Settings come from COLLABNET_* variables.
"""

from __future__ import annotations

from typing import Annotated

import typer

from app.commands.database import db_app
from app.commands.experts import experts_command
from app.commands.exporting import export_command
from app.commands.importing import import_command
from app.commands.metrics import metrics_command
from app.commands.person import person_app
from app.commands.seed import seed_app
from app.commands.serve import serve_command
from app.commands.template import template_command
from app.commands.users import user_app

cli = typer.Typer(
    name="collabnet",
    help="collabnet: collaboration networks in education partnerships.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@cli.callback()
def root(
    ctx: typer.Context,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url",
            help="Database URL for every command; overrides COLLABNET_DATABASE_URL.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Settings come from COLLABNET_* environment variables (see README)."""
    ctx.obj = {"database_url": database_url}


cli.add_typer(db_app, name="db")
cli.add_typer(seed_app, name="seed")
cli.add_typer(user_app, name="user")
cli.add_typer(person_app, name="person")
cli.command("import")(import_command)
cli.command("export")(export_command)
cli.command("template")(template_command)
cli.command("metrics")(metrics_command)
cli.command("experts")(experts_command)  # issue 6 (H9)
cli.command("serve")(serve_command)


def main() -> None:
    """Console-script entry point (``collabnet``)."""
    cli()
