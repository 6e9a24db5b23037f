"""Engine setup: pragmas on every SQLite connection, URL handling, all-or-nothing writes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select, text

from db.engine import make_engine, normalise_url
from db.models import Actor, Setting
from db.revision import current_revision
from db.session import transaction


def test_postgres_urls_use_psycopg3() -> None:
    assert normalise_url("postgresql://u:p@h:5/d").drivername == "postgresql+psycopg"
    assert normalise_url("postgres://u@h/d").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql+psycopg://u@h/d").drivername == "postgresql+psycopg"
    assert normalise_url("sqlite:///x.db").drivername == "sqlite"


def test_default_url_is_a_file_in_the_working_directory() -> None:
    engine = make_engine()
    assert engine.url.database == "collabnet.db"
    engine.dispose()


def test_sqlite_pragmas_on_every_connection(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url, pool_size=3, max_overflow=5)
    # six distinct DBAPI connections, read-only so they do not queue for the write lock
    conns = [engine.connect().execution_options(read_only=True) for _ in range(6)]
    try:
        assert len({id(c.connection.dbapi_connection) for c in conns}) == 6
        for conn in conns:
            pragmas = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "busy_timeout", "synchronous")
            }
            assert pragmas == {
                "foreign_keys": 1,
                "journal_mode": "wal",
                "busy_timeout": 30000,
                "synchronous": 1,
            }
    finally:
        for conn in conns:
            conn.close()
        engine.dispose()


def test_sqlite_transactions_begin_immediate(sqlite_url: str) -> None:
    """A write transaction holds the write lock from its first statement, even a read."""
    engine = make_engine(sqlite_url, busy_timeout_ms=100)
    other = make_engine(sqlite_url, busy_timeout_ms=100)
    with engine.connect() as conn:
        conn.execute(select(func.count()).select_from(Actor.__table__))  # only a read
        with other.connect() as second, pytest.raises(Exception, match="locked"):
            second.execute(select(1))
        conn.rollback()
    engine.dispose()
    other.dispose()


def test_read_only_connection_does_not_block_writers(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect().execution_options(read_only=True) as reader:
        reader.execute(select(func.count()).select_from(Actor.__table__))
        with engine.begin() as writer:
            writer.execute(
                Actor.__table__.insert().values(
                    key="S1", kind="organisation", type="school", name="A"
                )
            )
        assert reader.execute(select(func.count()).select_from(Actor.__table__)).scalar() == 0
    engine.dispose()


def test_foreign_keys_enforced(engine: Engine) -> None:
    with pytest.raises(Exception, match="(?i)foreign key"), engine.begin() as conn:
        conn.execute(
            text("INSERT INTO membership (actor_id, group_id, role) VALUES (98, 99, 'member')")
        )


def _actor(key: str) -> Actor:
    return Actor(key=key, kind="organisation", type="school", name=f"School {key}")


def test_transaction_commits_once_or_not_at_all(engine: Engine) -> None:
    with transaction(engine) as session:
        session.add(_actor("S01"))
    with pytest.raises(RuntimeError), transaction(engine) as session:
        session.add(_actor("S02"))
        session.flush()
        session.add(_actor("S03"))
        session.flush()
        raise RuntimeError("half way")
    with transaction(engine) as session:
        keys = session.scalars(select(Actor.key).order_by(Actor.key)).all()
    assert keys == ["S01"]


def test_revision_moves_with_every_write_and_only_then(engine: Engine) -> None:
    start = current_revision(engine)
    assert start == "0"
    with transaction(engine) as session:
        session.add(_actor("S01"))
    after_orm = current_revision(engine)
    assert int(after_orm) == 1
    with transaction(engine) as session:  # reads only
        session.scalars(select(Actor)).all()
    assert current_revision(engine) == after_orm
    with engine.begin() as conn:  # Core bulk write
        conn.execute(
            Actor.__table__.insert(),
            [
                {"key": f"P{i}", "kind": "person", "type": "teacher", "name": f"P {i}"}
                for i in range(5)
            ],
        )
    assert int(current_revision(engine)) == 2
    with pytest.raises(RuntimeError), engine.begin() as conn:  # rolled back: no change
        conn.execute(text("DELETE FROM actor"))
        raise RuntimeError
    assert int(current_revision(engine)) == 2
    with transaction(engine) as session:
        setting = session.get(Setting, "revision")
        assert setting is not None and setting.value == "2"
