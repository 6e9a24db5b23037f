"""``collabnet import FILE...``: validate every row of every file, then write all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    engine_for,
    fail,
    load_settings,
    staged_progress,
    stderr,
    stdout,
)


def import_command(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(help="CSV or XLSX files; which is which is decided by the header."),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate only; write nothing.")
    ] = False,
    add_themes: Annotated[
        bool,
        typer.Option("--add-themes", help="Add unknown themes to the codebook instead of failing."),
    ] = False,
    error_report: Annotated[
        Path | None,
        typer.Option("--error-report", help="Also write every error to this CSV file."),
    ] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Import actors, ties, memberships, affiliations, themes and stories.

    Every row of every file is checked before anything is written. On any error
    nothing is written, every error is printed (file, row, column, value, reason)
    and the exit status is 1.
    """
    from db.imports import ImportFailed, import_files, write_error_report

    settings = load_settings(ctx, database_url)
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        fail("file not found: " + ", ".join(missing))
    with engine_for(settings) as engine:
        try:
            with staged_progress() as on_progress:
                report = import_files(
                    engine,
                    files,
                    dry_run=dry_run,
                    add_themes=add_themes,
                    max_bytes=settings.max_upload_bytes,
                    limits=settings.import_limits,
                    progress=on_progress,
                )
        except ImportFailed as exc:
            for error in exc.errors:
                stderr.print(error.format("en"), markup=False)
            if error_report is not None:
                write_error_report(exc.errors, error_report)
                stderr.print(f"Error report written to {error_report}", markup=False)
            fail(f"{len(exc.errors)} error(s) found; nothing was written.")
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    stdout.print(report.summary("en"), markup=False)
    if dry_run:
        stdout.print("The files are valid; run again without --dry-run to import them.")
