"""The data revision: a counter that changes, in the same transaction, with every write.

Derived figures (metrics, layouts, element lists) are cached by ``(revision, filter)``,
so the counter must move whenever data moves, whoever wrote it: an ORM session, a
Core bulk insert from the importer, or raw SQL. Rather than trusting every writer to
remember, :func:`install_revision_hooks` (called by :func:`db.engine.make_engine`)
watches the statements each connection executes; when a transaction that wrote
anything commits, it first bumps ``setting['revision']`` on that same connection, so
the bump commits or rolls back together with the data.

:func:`bump_revision` is the explicit form, for connections made outside
:func:`db.engine.make_engine` or for code that wants the new value at once.
Migrations switch the hook off with the execution option ``collabnet_revision=False``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    String,
    cast,
    column,
    event,
    select,
    table,
    update,
)
from sqlalchemy.orm import Session

REVISION_KEY = "revision"
HOOK_OPTION = "collabnet_revision"
_DIRTY = "collabnet_wrote"
_BUMPING = "collabnet_bumping"
# Accounts are not network data: a login or a role change must not invalidate caches.
_IGNORED_TABLES = frozenset({"setting", "alembic_version", "user"})
_DML = re.compile(
    r"""^\s*(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?
    |delete\s+from|truncate(?:\s+table)?)\s+["`]?(\w+)""",
    re.IGNORECASE | re.VERBOSE,
)

_setting = table("setting", column("key", String), column("value", String))


def written_table(statement: str) -> str | None:
    """The table a DML statement writes to, or None for reads and DDL."""
    match = _DML.match(statement)
    return match.group(1).lower() if match else None


def bump_revision(target: Connection | Session) -> str:
    """Increment the revision inside the caller's transaction and return the new value."""
    conn = target.connection() if isinstance(target, Session) else target
    conn.info[_BUMPING] = True
    try:
        counter = cast(cast(_setting.c.value, Integer()) + 1, String(20))
        result = conn.execute(
            update(_setting).where(_setting.c.key == REVISION_KEY).values(value=counter)
        )
        if result.rowcount == 0:
            conn.execute(_setting.insert().values(key=REVISION_KEY, value="1"))
        value = conn.execute(
            select(_setting.c.value).where(_setting.c.key == REVISION_KEY)
        ).scalar_one()
    finally:
        conn.info.pop(_BUMPING, None)
        conn.info.pop(_DIRTY, None)
    return str(value)


def current_revision(target: Engine | Connection | Session) -> str:
    """The committed revision ("0" for a database nobody has written to yet)."""
    if isinstance(target, Engine):
        with target.connect().execution_options(read_only=True) as conn:
            return current_revision(conn)
    value = target.execute(
        select(_setting.c.value).where(_setting.c.key == REVISION_KEY)
    ).scalar_one_or_none()
    return "0" if value is None else str(value)


def install_revision_hooks(engine: Engine) -> None:
    """Bump the revision at commit of every transaction that executed a write."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.info.pop(_DIRTY, None)

    @event.listens_for(engine, "after_cursor_execute")
    def _after_execute(
        conn: Connection, _cursor: Any, statement: str, _params: Any, _ctx: Any, _many: bool
    ) -> None:
        if conn.info.get(_BUMPING):
            return
        name = written_table(statement)
        if name is not None and name not in _IGNORED_TABLES:
            conn.info[_DIRTY] = True

    @event.listens_for(engine, "commit")
    def _commit(conn: Connection) -> None:
        if conn.info.get(_DIRTY) and conn.get_execution_options().get(HOOK_OPTION, True):
            bump_revision(conn)
        conn.info.pop(_DIRTY, None)

    @event.listens_for(engine, "rollback")
    def _rollback(conn: Connection) -> None:
        conn.info.pop(_DIRTY, None)
