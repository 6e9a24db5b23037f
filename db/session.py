"""Sessions and the all-or-nothing write unit.

Every write is one transaction (DESIGN.md): an import, a form save or an erasure
lands whole or not at all. :func:`transaction` is the one way app code should write;
the data revision is bumped inside the same transaction (see :mod:`db.revision`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A sessionmaker bound to ``engine``.

    ``expire_on_commit=False`` so objects returned from a finished transaction can
    still be read (e.g. to report what an import created) without a new query.
    """
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """Yield a session inside one transaction: commit at the end, roll back on any error.

    >>> with transaction(engine) as session:  # doctest: +SKIP
    ...     session.add(Actor(key="S01", kind="organisation", type="school", name="De Linde"))
    """
    with session_factory(engine)() as session, session.begin():
        yield session


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """Core counterpart of :func:`transaction` for bulk writes (``engine.begin()``)."""
    with engine.begin() as conn:
        yield conn


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A read-only connection: on SQLite a deferred snapshot that never blocks writers."""
    with engine.connect().execution_options(read_only=True) as conn:
        yield conn
