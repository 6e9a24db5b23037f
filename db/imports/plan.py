"""What the validator hands the writer: the database's current keys, and the import plan.

Validation needs to know which actors, ties and codes already exist; the writer needs
nothing but a plan of validated rows keyed by their stable external keys. Keeping
both as plain data makes "validate everything, then write in one go" literal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from db.codebook import Codebook
from db.imports.errors import Place
from db.models import Actor, ChecklistStatement, Story, Tie


@dataclass(frozen=True, slots=True)
class KnownActor:
    key: str
    kind: str
    name: str
    where: str | Place  # "database" or the row it was first seen on


@dataclass
class DbState:
    """Keys already in the database, read inside the import's transaction."""

    codebook: Codebook
    actors: dict[str, KnownActor]
    tie_keys: set[str]
    story_keys: set[str]
    statements: dict[str, str]  # statement code -> checklist

    @classmethod
    def load(cls, conn: Connection) -> DbState:
        actor = Actor.__table__
        actors = {
            key: KnownActor(key, kind, name, "database")
            for key, kind, name in conn.execute(select(actor.c.key, actor.c.kind, actor.c.name))
        }
        statement = ChecklistStatement.__table__
        return cls(
            codebook=Codebook.from_db(conn),
            actors=actors,
            tie_keys=set(conn.execute(select(Tie.__table__.c.key)).scalars()),
            story_keys=set(conn.execute(select(Story.__table__.c.key)).scalars()),
            statements=dict(conn.execute(select(statement.c.code, statement.c.checklist)).all()),
        )


@dataclass
class Plan:
    """Validated rows, keyed like their unique constraints; values are column -> value.

    Only columns present in a file appear in a row dict, so importing a file without
    a ``sector`` column leaves sectors alone. ``codes`` of a tie and ``themes`` of a
    story hold only the categories whose column was present.
    """

    codebook: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    affiliations: dict[tuple[str, str, date | None], dict[str, Any]] = field(default_factory=dict)
    memberships: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    actor_themes: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    ties: dict[str, dict[str, Any]] = field(default_factory=dict)
    tie_codes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    stories: dict[str, dict[str, Any]] = field(default_factory=dict)
    story_themes: dict[str, list[str]] = field(default_factory=dict)
    assessments: dict[tuple[str, str, date], dict[str, Any]] = field(default_factory=dict)
    scores: dict[tuple[str, str, date], dict[str, int]] = field(default_factory=dict)
    created_actors: list[str] = field(default_factory=list)
    added_themes: list[str] = field(default_factory=list)
