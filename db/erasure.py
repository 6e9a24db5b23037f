"""Right to erasure, complete: the person's rows, every mention of their name, the file.

db.privacy.erase_actor removes every row that names the person by id. What it cannot
find by id is free text: another tie's story that says "Anouk Heidebeek hielp ...", a
learning question, an assessment note, an audit-log payload (before/after of an edit).
So :func:`erase_person` then walks *every* text column of *every* table of the database
(reflected, so a table added later, like the audit log, is covered without code
here) and replaces each mention of the person's name or short name by
:data:`MARKER`, in the same transaction. Tables with their own rule (an audit log
that should drop whole payloads) add a function to :data:`PAYLOAD_HOOKS`.

On SQLite deleted bytes stay in free pages and in the write-ahead log unless
``secure_delete`` is on (db.engine sets it on every connection) and the WAL is
checkpointed and truncated afterwards (:func:`checkpoint`). PostgreSQL keeps dead
tuples until VACUUM; rows are gone for every query at commit (docs/privacy.md).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import JSON, Connection, Engine, MetaData, String, Text, cast, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.types import TypeEngine

from db.models import Actor
from db.privacy import erase_actor
from db.session import transaction

MARKER = "[verwijderd]"  # neutral, the same in both languages' data
CHECKPOINT_ATTEMPTS = 40
MIN_NAME_LENGTH = 3  # a two-letter short name would wipe ordinary words

# (connection, actor id, names) -> rows changed; run after the generic scrub.
PayloadHook = Callable[[Connection, int, tuple[str, ...]], int]
PAYLOAD_HOOKS: list[PayloadHook] = []


@dataclass(frozen=True)
class ErasureReport:
    """What was removed; never the name itself (the report may be logged)."""

    actor_id: int
    kind: str
    deleted: dict[str, int] = field(default_factory=dict)
    scrubbed: dict[str, int] = field(default_factory=dict)
    checkpointed: bool = True  # SQLite's WAL truncated (always True elsewhere)


def _is_text(column_type: TypeEngine) -> bool:
    return isinstance(column_type, String | Text | JSON) or "JSON" in type(column_type).__name__


def _variants(names: tuple[str, ...]) -> list[str]:
    """Each name as stored: plain, and as JSON escapes it (non-ASCII as \\u00eb)."""
    found: list[str] = []
    for name in names:
        for form in (name, json.dumps(name)[1:-1]):
            if form not in found:
                found.append(form)
    return sorted(found, key=len, reverse=True)


def scrub_names(conn: Connection, names: tuple[str, ...]) -> dict[str, int]:
    """Replace every occurrence of ``names`` in every text column; rows changed per table."""
    forms = _variants(tuple(n for n in names if len(n.strip()) >= MIN_NAME_LENGTH))
    if not forms:
        return {}
    meta = MetaData()
    meta.reflect(conn)
    changed: dict[str, int] = {}
    for table in meta.sorted_tables:
        keys = list(table.primary_key.columns)
        if not keys:
            continue
        for column in (c for c in table.columns if _is_text(c.type) and c not in keys):
            as_text = cast(column, Text)
            hits = conn.execute(
                select(*keys, as_text).where(
                    or_(*(as_text.contains(f, autoescape=True) for f in forms))
                )
            ).all()
            for row in hits:
                value = row[-1]
                for form in forms:
                    value = value.replace(form, MARKER)
                new = json.loads(value) if isinstance(column.type, JSON) else value
                where = [k == row[i] for i, k in enumerate(keys)]
                conn.execute(sql_update(table).where(*where).values({column.name: new}))
            if hits:
                changed[table.name] = changed.get(table.name, 0) + len(hits)
    return changed


def erase_person(engine: Engine, actor_id: int) -> ErasureReport:
    """Erase actor ``actor_id`` and every mention of their name, in one transaction,
    then checkpoint SQLite's WAL. Raises LookupError if there is no such actor."""
    with transaction(engine) as session:
        actor = session.get(Actor, actor_id)
        if actor is None:
            raise LookupError(f"no actor with id {actor_id}")
        kind = actor.kind
        names = tuple(n for n in (actor.name, actor.short_name) if n)
        deleted = erase_actor(session, actor_id)
        conn = session.connection()
        scrubbed = scrub_names(conn, names)
        for hook in PAYLOAD_HOOKS:
            scrubbed[hook.__name__] = hook(conn, actor_id, names)
    return ErasureReport(actor_id, kind, deleted, scrubbed, checkpoint(engine))


def checkpoint(engine: Engine) -> bool:
    """Move the WAL into the database file and truncate it to zero bytes (SQLite only).

    With ``secure_delete`` on, the pages rewritten by the checkpoint carry zeros where
    the erased rows were; truncating the WAL removes the old page images. False when
    another connection kept a read open throughout (run it again; the rows are gone)."""
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        # Straight on the driver connection: inside BEGIN the checkpoint could not finish.
        raw = conn.connection.dbapi_connection
        for _attempt in range(CHECKPOINT_ATTEMPTS):
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                return True
            time.sleep(0.05)
    return False
