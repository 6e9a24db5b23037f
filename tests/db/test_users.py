"""Account records on SQLite and PostgreSQL: one transaction each, rules checked once."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from db.exports.dump import logical_dump
from db.revision import current_revision
from db.users import (
    AccountError,
    account_by_id,
    add_user,
    any_account,
    list_users,
    login_record,
    remove_user,
    set_role,
)

HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"


def test_add_list_set_role_remove(engine: Engine) -> None:
    assert not any_account(engine)
    ana = add_user(engine, "ana", "editor", HASH)
    add_user(engine, "bob.de-vries@school.nl", "viewer", HASH)
    assert any_account(engine)
    assert [(a.name, a.role) for a in list_users(engine)] == [
        ("ana", "editor"),
        ("bob.de-vries@school.nl", "viewer"),
    ]
    changed = set_role(engine, "ana", "researcher")
    assert (changed.role, changed.version) == ("researcher", ana.version + 1)
    assert login_record(engine, "ana") == (account_by_id(engine, ana.id), HASH)
    remove_user(engine, "ana")
    assert account_by_id(engine, ana.id) is None
    assert login_record(engine, "ana") is None
    assert [a.name for a in list_users(engine)] == ["bob.de-vries@school.nl"]


@pytest.mark.parametrize(
    ("name", "role", "message"),
    [
        ("", "viewer", "invalid user name"),
        ("-ana", "viewer", "invalid user name"),
        ("ana smit", "viewer", "invalid user name"),
        ("a" * 81, "viewer", "invalid user name"),
        ("ana'; drop table user;--", "viewer", "invalid user name"),
        ("ana", "boss", "unknown role 'boss'"),
        ("ana", "Admin", "unknown role 'Admin'"),
    ],
)
def test_bad_names_and_roles_change_nothing(engine: Engine, name, role, message) -> None:
    before = logical_dump(engine)
    with pytest.raises(AccountError, match=message):
        add_user(engine, name, role, HASH)
    assert logical_dump(engine) == before


def test_refused_changes_leave_the_database_unchanged(engine: Engine) -> None:
    add_user(engine, "ana", "editor", HASH)
    before = logical_dump(engine)
    with pytest.raises(AccountError, match="already exists"):
        add_user(engine, "ana", "admin", HASH)
    with pytest.raises(AccountError, match="no user named 'nobody'"):
        remove_user(engine, "nobody")
    with pytest.raises(AccountError, match="unknown role"):
        set_role(engine, "ana", "superuser")
    with pytest.raises(AccountError, match="no user named"):
        set_role(engine, "nobody", "viewer")
    assert logical_dump(engine) == before


def test_the_database_itself_refuses_an_unknown_role(engine: Engine) -> None:
    """The CHECK constraint holds even for a writer that skips db.users."""
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            text(
                'INSERT INTO "user" (name, role, password_hash, version, created_at, updated_at)'
                " VALUES ('x', 'root', 'h', 1, '2026-01-01', '2026-01-01')"
            )
        )


def test_account_changes_do_not_move_the_data_revision(engine: Engine) -> None:
    """Accounts are not network data: cached metrics and layouts stay valid."""
    revision = current_revision(engine)
    add_user(engine, "ana", "editor", HASH)
    set_role(engine, "ana", "admin")
    remove_user(engine, "ana")
    assert current_revision(engine) == revision
