"""Local mode or accounts mode, and what the app refuses to start with.

Local mode is the single-user desktop tool: ``collabnet serve`` on a loopback address
with no account in the database. Everyone who can reach 127.0.0.1 is the local user.
As soon as the app listens beyond this machine, or any account exists, every page,
callback and download needs a login. The switch is sticky: once an account has been
seen, removing the last one does not reopen the app to anonymous visitors (a restart
does, on 127.0.0.1 only).
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from app.settings import MIN_SECRET_LENGTH, Settings
from db.users import any_account


class StartupRefused(RuntimeError):
    """The configuration is not safe outside local mode; the message says what to set."""


def startup_problems(settings: Settings, accounts_exist: bool) -> list[str]:
    """Why the app must not start with ``settings`` (empty: it may start)."""
    if not settings.listens_beyond_localhost and not accounts_exist:
        return []
    why = (
        f"collabnet listens on {settings.host}"
        if settings.listens_beyond_localhost
        else "accounts exist"
    )
    problems = []
    if not settings.has_configured_secret:
        problems.append(
            f"{why}, so logins are required: set COLLABNET_SECRET_KEY to a random value of "
            f"at least {MIN_SECRET_LENGTH} characters "
            "(python -c 'import secrets; print(secrets.token_hex(32))')"
        )
    if settings.debug:
        problems.append(f"{why}: debug mode is for local mode only; unset COLLABNET_DEBUG")
    return problems


def check_startup(settings: Settings, engine: Engine) -> None:
    """Raise StartupRefused if the app may not serve with ``settings`` and this database."""
    problems = startup_problems(settings, _accounts_exist(engine))
    if problems:
        raise StartupRefused("; ".join(problems))


def _accounts_exist(engine: Engine) -> bool:
    """Whether any account exists; a database without the user table has none.

    Any other failure counts as "accounts exist": a database error must never turn a
    shared app into an open one.
    """
    try:
        return any_account(engine)
    except SQLAlchemyError:
        try:
            return inspect(engine).has_table("user")
        except SQLAlchemyError:
            return True


class AccessMode:
    """Answers "does this request need a login?" for one app, cheaply and per request."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self._engine = engine
        self._login_required = settings.listens_beyond_localhost
        self._lock = threading.Lock()

    @property
    def login_required(self) -> bool:
        if self._login_required:
            return True
        if _accounts_exist(self._engine):  # one indexed EXISTS query per request
            with self._lock:
                self._login_required = True
        return self._login_required
