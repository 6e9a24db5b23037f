"""What every CLI command shares: settings with overrides, plain errors, progress.

Errors go to stderr in plain language with a nonzero exit status; tracebacks are for
bugs, not for a missing file or an unmigrated database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy import Engine

from app.settings import Settings

stderr = Console(stderr=True, highlight=False, soft_wrap=True)
stdout = Console(highlight=False, soft_wrap=True)

DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="Database URL; overrides COLLABNET_DATABASE_URL (default sqlite:///collabnet.db).",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``message`` on stderr and stop with exit status ``code``."""
    stderr.print(f"[bold red]Error:[/bold red] {message}", markup=True)
    raise typer.Exit(code)


def load_settings(ctx: typer.Context | None = None, database_url: str | None = None) -> Settings:
    """Settings from the environment, with the --database-url of the command or root."""
    overrides: dict[str, object] = {}
    root_url = (ctx.find_root().obj or {}).get("database_url") if ctx else None
    url = database_url or root_url
    if url:
        overrides["database_url"] = url
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        fail(f"invalid configuration: {problems}")


@contextmanager
def engine_for(settings: Settings) -> Iterator[Engine]:
    """An engine for the configured database, disposed afterwards."""
    from db.engine import make_engine

    try:
        engine = make_engine(settings.database_url)
    except Exception as exc:  # bad URL, missing driver
        fail(f"cannot use the database URL {settings.database_url!r}: {exc}")
    try:
        yield engine
    finally:
        engine.dispose()


def database_problem(exc: Exception, url: str) -> str:
    """A sentence a user can act on for a database error."""
    text = str(exc).lower()
    if "no such table" in text or "does not exist" in text and "relation" in text:
        return f"the database at {url} is not set up yet; run `collabnet db upgrade` first"
    if "unable to open database file" in text:
        return f"cannot open the SQLite file of {url}: does its directory exist and is it writable?"
    if "connection refused" in text or "could not connect" in text:
        return f"cannot connect to the database at {url}: is the server running?"
    first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"database error at {url}: {first_line}"


@contextmanager
def progress(description: str) -> Iterator[None]:
    """A spinner with elapsed time on stderr for work whose length is unknown."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as bar:
        bar.add_task(description, total=None)
        yield


@contextmanager
def staged_progress() -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar per stage, driven by ``callback(stage, done, total)``.

    The importer reports reading, validating and writing as separate stages; each
    gets its own bar on stderr so the user sees where a long import is.
    """
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True, disable=not stderr.is_terminal) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=max(total, 1))
            bar.update(tasks[stage], completed=done, total=max(total, 1))

        yield update
