"""The data revision: which statements count as writes, explicit bumps, no-op commits."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from db.models import Actor
from db.revision import bump_revision, current_revision, written_table
from db.session import transaction


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ("INSERT INTO actor (key) VALUES (?)", "actor"),
        ('INSERT INTO "tie" (key) VALUES (%(key)s) RETURNING tie.id', "tie"),
        ("insert or replace into tie_code values (1, 2)", "tie_code"),
        ("REPLACE INTO story VALUES (1)", "story"),
        ("  UPDATE actor SET name=? WHERE actor.id = ?", "actor"),
        ("DELETE FROM membership WHERE id = 3", "membership"),
        ("TRUNCATE TABLE affiliation", "affiliation"),
        ("SELECT * FROM actor", None),
        ("CREATE TABLE x (a int)", None),
        ("PRAGMA foreign_keys", None),
        ("WITH x AS (SELECT 1) SELECT * FROM x", None),
    ],
)
def test_written_table(statement: str, table: str | None) -> None:
    assert written_table(statement) == table


def test_setting_writes_and_empty_transactions_do_not_bump(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('secret', 'x')"))
    with engine.begin():
        pass
    assert current_revision(engine) == "0"


def test_explicit_bump_returns_the_new_value_once_per_transaction(engine: Engine) -> None:
    with transaction(engine) as session:
        session.add(Actor(key="S1", kind="organisation", type="school", name="S"))
        session.flush()
        assert bump_revision(session) == "1"
    # the explicit bump consumed the pending write: the commit does not bump again
    assert current_revision(engine) == "1"
    with engine.begin() as conn:
        assert bump_revision(conn) == "2"
    assert current_revision(engine) == "2"


def test_writes_through_an_unhooked_option_do_not_bump(engine: Engine) -> None:
    """Migrations run with collabnet_revision=False: their writes are not data changes."""
    with engine.connect() as conn:
        conn.execution_options(collabnet_revision=False)
        conn.execute(Actor.__table__.insert().values(key="M", kind="group", type="plg", name="M"))
        conn.commit()
    assert current_revision(engine) == "0"
