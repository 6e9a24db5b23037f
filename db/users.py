"""Account records: add, list, remove, change role, look up for login.

db/ stores the password hash it is given; hashing (argon2) is app.auth.passwords' job,
so this module needs no crypto and the rules for names and roles are checked here,
once, for the CLI and any later admin page alike. Every write is one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, exists, select
from sqlalchemy.exc import IntegrityError

from db.models.users import NAME_MAX_LENGTH, USER_ROLES, User
from db.session import read_connection, transaction

# Letters, digits and . _ @ - : safe in a URL, a log line and a shell command.
_NAME = re.compile(rf"^[A-Za-z0-9][A-Za-z0-9._@-]{{0,{NAME_MAX_LENGTH - 1}}}$")


class AccountError(ValueError):
    """A refused account change, with a message fit for the person who asked."""


@dataclass(frozen=True, slots=True)
class Account:
    """What callers may see of a user: never the hash unless they asked for login."""

    id: int
    name: str
    role: str
    version: int
    created_at: datetime
    updated_at: datetime


def check_name(name: object) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise AccountError(
            f"invalid user name {name!r}: 1-{NAME_MAX_LENGTH} letters, digits or . _ @ -, "
            "starting with a letter or digit"
        )
    return name


def check_role(role: object) -> str:
    if role not in USER_ROLES:
        raise AccountError(f"unknown role {role!r}; expected one of {', '.join(USER_ROLES)}")
    return str(role)


def _account(user: User) -> Account:
    return Account(user.id, user.name, user.role, user.version, user.created_at, user.updated_at)


def add_user(engine: Engine, name: str, role: str, password_hash: str) -> Account:
    """Create an account; AccountError if the name is taken or name/role are invalid."""
    check_name(name)
    check_role(role)
    try:
        with transaction(engine) as session:
            user = User(name=name, role=role, password_hash=password_hash)
            session.add(user)
            session.flush()
            return _account(user)
    except IntegrityError:
        raise AccountError(f"a user named {name!r} already exists") from None


def list_users(engine: Engine) -> list[Account]:
    with transaction(engine) as session:
        return [_account(u) for u in session.scalars(select(User).order_by(User.name))]


def _by_name(session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise AccountError(f"no user named {name!r}")
    return user


def remove_user(engine: Engine, name: str) -> None:
    with transaction(engine) as session:
        session.delete(_by_name(session, name))


def set_role(engine: Engine, name: str, role: str) -> Account:
    check_role(role)
    with transaction(engine) as session:
        user = _by_name(session, name)
        user.role = role
        session.flush()
        return _account(user)


def set_password_hash(engine: Engine, name: str, password_hash: str) -> None:
    """Replace a hash (argon2 parameters changed, or the password itself)."""
    with transaction(engine) as session:
        _by_name(session, name).password_hash = password_hash


def login_record(engine: Engine, name: str) -> tuple[Account, str] | None:
    """The account and its stored hash, for checking a password; None if unknown."""
    with transaction(engine) as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        return None if user is None else (_account(user), user.password_hash)


def account_by_id(engine: Engine, user_id: int) -> Account | None:
    """Re-read on every request, so a removed user or a changed role takes effect at once."""
    with transaction(engine) as session:
        user = session.get(User, user_id)
        return None if user is None else _account(user)


def any_account(engine: Engine) -> bool:
    """True once any account exists: from then on every request needs a login."""
    with read_connection(engine) as conn:
        return bool(conn.execute(select(exists().where(User.id.isnot(None)))).scalar())
