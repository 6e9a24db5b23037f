"""``collabnet user``: accounts for a shared collabnet (add, list, remove, set-role).

Whoever can run this command can read the database file, so the CLI acts with the
admin action (see app.viewer.ROLE_ACTIONS). The password is never an argument (it
would land in the shell history and in ``ps``): it is read from stdin when stdin is
not a terminal (``printf '%s\n' "$PW" | collabnet user add ana --role editor``),
else prompted twice without echo.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from app.commands.runtime import DatabaseUrl, database_problem, engine_for, fail, load_settings
from app.commands.runtime import stdout as out
from db.models.users import USER_ROLES

user_app = typer.Typer(help="Accounts and roles (login required once one exists).")

Role = Annotated[str, typer.Option("--role", help=f"One of {', '.join(USER_ROLES)}.")]


def read_password() -> str:
    """The new password: one line from piped stdin, or a hidden prompt asked twice."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


def _run(ctx: typer.Context, database_url: str | None, action):
    from db.users import AccountError

    settings = load_settings(ctx, database_url)
    with engine_for(settings) as engine:
        try:
            return action(engine)
        except AccountError as exc:
            fail(str(exc))
        except SQLAlchemyError as exc:
            fail(database_problem(exc, settings.database_url))


@user_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Role = "viewer",
    database_url: DatabaseUrl = None,
) -> None:
    """Create an account. From then on every page needs a login."""
    from app.auth.passwords import PasswordRejected, hash_password
    from db.users import add_user, check_name, check_role

    try:
        check_name(name)
        check_role(role)
    except ValueError as exc:
        fail(str(exc))
    try:
        password_hash = hash_password(read_password())
    except PasswordRejected as exc:
        fail(str(exc))
    account = _run(ctx, database_url, lambda e: add_user(e, name, role, password_hash))
    out.print(f"added user {account.name} ({account.role})", markup=False)


@user_app.command("list")
def list_(ctx: typer.Context, database_url: DatabaseUrl = None) -> None:
    """Every account, tab-separated: name, role, created, updated (never a hash)."""
    from db.users import list_users

    for a in _run(ctx, database_url, list_users):
        created, updated = (f"{d:%Y-%m-%d %H:%M}" for d in (a.created_at, a.updated_at))
        # plain tab-separated lines (rich would expand the tabs): easy to cut/awk
        typer.echo(f"{a.name}\t{a.role}\tcreated {created}\tupdated {updated}")


@user_app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Login name.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Delete an account; its open sessions end at their next request."""
    from db.users import remove_user

    _run(ctx, database_url, lambda e: remove_user(e, name))
    out.print(f"removed user {name}", markup=False)


@user_app.command("set-role")
def set_role(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Argument(help=f"One of {', '.join(USER_ROLES)}.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Change an account's role; the user logs in again to use it."""
    from db.users import set_role as change

    account = _run(ctx, database_url, lambda e: change(e, name, role))
    out.print(f"user {account.name} is now {account.role}", markup=False)
