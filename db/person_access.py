"""Right of access (GDPR/AVG art. 15): everything stored about one person, as JSON.

Why a plain dictionary of table rows: a data protection officer answering a request
must be able to show the person *all* their data as stored, not the app's reading of
it. So each section is the rows of one table that name the actor by id, every column
included, with the counterpart's key and name beside a foreign id so the file reads on
its own; stories are those on the person's ties or group, plus any other story whose
text mentions their name (free text cannot be found by id).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, or_, select

from db.models import (
    Actor,
    ActorTheme,
    Affiliation,
    Assessment,
    AssessmentScore,
    CodebookEntry,
    Membership,
    Story,
    Tie,
    TieCode,
)

FORMAT_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _rows(conn: Connection, table: Table, *where: Any) -> list[dict[str, Any]]:
    query = select(table).where(*where).order_by(*table.primary_key.columns)
    return [{k: _plain(v) for k, v in row._mapping.items()} for row in conn.execute(query)]


def resolve_actor(conn: Connection, ref: str | int) -> int | None:
    """The database id of an actor named by its import key (``P017``) or its id."""
    a = Actor.__table__
    found = conn.execute(select(a.c.id).where(a.c.key == str(ref))).scalar()
    if found is None and str(ref).isdigit():
        found = conn.execute(select(a.c.id).where(a.c.id == int(ref))).scalar()
    return int(found) if found is not None else None


def person_data(conn: Connection, actor_id: int) -> dict[str, Any]:
    """Every stored row about actor ``actor_id``; LookupError if there is none."""
    a, t = Actor.__table__, Tie.__table__
    actor = _rows(conn, a, a.c.id == actor_id)
    if not actor:
        raise LookupError(f"no actor with id {actor_id}")
    me = actor[0]
    names = {row.id: (row.key, row.name) for row in conn.execute(select(a.c.id, a.c.key, a.c.name))}
    codes = dict(
        conn.execute(select(CodebookEntry.id, CodebookEntry.category + ":" + CodebookEntry.code))
        .tuples()
        .all()
    )

    def with_names(rows: list[dict[str, Any]], *columns: str) -> list[dict[str, Any]]:
        for row in rows:
            for column in columns:
                key, name = names.get(row.get(column), (None, None))
                stem = column.removesuffix("_id")  # source_id -> source_key, source_name
                row[f"{stem}_key"], row[f"{stem}_name"] = key, name
        return rows

    ties = with_names(
        _rows(conn, t, or_(t.c.source_id == actor_id, t.c.target_id == actor_id)),
        "source_id",
        "target_id",
    )
    tie_ids = [tie["id"] for tie in ties]
    for tie in ties:
        linked = conn.execute(select(TieCode.entry_id).where(TieCode.tie_id == tie["id"]))
        tie["codes"] = sorted(codes.get(e, str(e)) for (e,) in linked)
    s = Story.__table__
    mentions = [s.c.text.contains(me["name"], autoescape=True)]
    if me.get("short_name"):
        mentions.append(s.c.text.contains(me["short_name"], autoescape=True))
    stories = _rows(conn, s, or_(s.c.tie_id.in_(tie_ids), s.c.group_id == actor_id, *mentions))
    themes = _rows(conn, ActorTheme.__table__, ActorTheme.actor_id == actor_id)
    for row in themes:
        row["theme"] = codes.get(row["theme_id"])
    assessments = _rows(conn, Assessment.__table__, Assessment.actor_id == actor_id)
    for row in assessments:
        row["scores"] = _rows(
            conn, AssessmentScore.__table__, AssessmentScore.assessment_id == row["id"]
        )
    return {
        "format": "collabnet person export",
        "format_version": FORMAT_VERSION,
        "actor": me,
        "privacy": {
            k: me.get(k) for k in ("consent", "consent_date", "lawful_basis", "may_be_named")
        },
        "affiliations": with_names(
            _rows(
                conn,
                Affiliation.__table__,
                or_(Affiliation.person_id == actor_id, Affiliation.organisation_id == actor_id),
            ),
            "person_id",
            "organisation_id",
        ),
        "memberships": with_names(
            _rows(
                conn,
                Membership.__table__,
                or_(Membership.actor_id == actor_id, Membership.group_id == actor_id),
            ),
            "actor_id",
            "group_id",
        ),
        "ties": ties,
        "actor_themes": themes,
        "stories": stories,
        "assessments": assessments,
    }


def export_person(engine: Engine, actor_id: int, out: Path) -> dict[str, Any]:
    """Write :func:`person_data` as UTF-8 JSON to ``out`` (one read snapshot)."""
    with engine.connect() as conn:
        data = person_data(conn, actor_id)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return data
