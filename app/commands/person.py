"""``collabnet person``: the data subject's rights from the command line.

``person erase ID`` (right to erasure) removes the person, their ties, memberships,
theme links, every mention of their name and the app's caches; ``person export ID
--out FILE`` (right of access) writes everything stored about them as JSON. ID is the
import key (``P017``) or the database id.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import (
    DatabaseUrl,
    database_problem,
    engine_for,
    fail,
    load_settings,
    stdout,
)

person_app = typer.Typer(
    help="A person's GDPR/AVG rights: erasure and access.", no_args_is_help=True
)

ActorRef = Annotated[str, typer.Argument(help="Import key (e.g. P017) or database id.")]


def _resolve(engine: Engine, ref: str) -> tuple[int, str, str]:
    from db.models import Actor
    from db.person_access import resolve_actor
    from db.session import read_connection

    with read_connection(engine) as conn:
        actor_id = resolve_actor(conn, ref)
        if actor_id is None:
            fail(f"no actor with key or id {ref!r}")
        a = Actor.__table__
        row = conn.execute(a.select().where(a.c.id == actor_id)).one()
    return actor_id, row.key, row.name


@person_app.command("erase")
def erase_command(
    ctx: typer.Context,
    ref: ActorRef,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Erase one actor and everything about them, for good (there is no undo)."""
    from app.erasure_flow import erase

    settings = load_settings(ctx, database_url)
    with engine_for(settings) as engine:
        try:
            actor_id, key, name = _resolve(engine, ref)
            if not yes and not typer.confirm(
                f"Erase {name} ({key}, id {actor_id}) and all their data for good?"
            ):
                fail("nothing erased", code=1)
            report = erase(engine, actor_id)
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    removed = ", ".join(f"{n} {t}" for t, n in report.deleted.items() if n)
    scrubbed = ", ".join(f"{n} {t}" for t, n in report.scrubbed.items() if n) or "none"
    stdout.print(f"Erased actor {key} (id {actor_id}). Rows removed: {removed}.")
    stdout.print(f"Mentions of the name replaced in: {scrubbed}.")
    if not report.checkpointed:
        stdout.print(
            "Warning: the SQLite WAL could not be truncated now (a reader was busy); "
            "run `collabnet person erase` again later or restart the app."
        )


@person_app.command("export")
def export_command(
    ctx: typer.Context,
    ref: ActorRef,
    out: Annotated[Path, typer.Option("--out", help="JSON file to write.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Write everything stored about one person (right of access) as a JSON file."""
    from db.person_access import export_person

    settings = load_settings(ctx, database_url)
    with engine_for(settings) as engine:
        try:
            actor_id, key, _name = _resolve(engine, ref)
            data = export_person(engine, actor_id, out)
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list))
    stdout.print(f"Wrote everything stored about {key} to {out}: {counts}.")
