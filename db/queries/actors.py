"""Actors and their two-mode links: affiliations, memberships, actor themes."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from db.codebook import Codebook
from db.models import Actor, ActorTheme, Affiliation, Membership
from db.person_fields import is_nameable
from db.queries.common import Source, as_date, fetch_plain, snapshot
from db.queries.fast import build
from graph.records import ActorRecord, ActorThemeRecord, AffiliationRecord, MembershipRecord


def read_affiliations(conn: Connection) -> tuple[AffiliationRecord, ...]:
    t = Affiliation.__table__
    rows = fetch_plain(
        conn,
        select(t.c.person_id, t.c.organisation_id, t.c.function, t.c.start, t.c.end).order_by(
            t.c.id
        ),
    )
    return tuple(
        build(AffiliationRecord, person, org, function, as_date(start), as_date(end))
        for person, org, function, start, end in rows
    )


def organisations_of(affiliations: tuple[AffiliationRecord, ...]) -> dict[int, tuple[int, ...]]:
    """person id -> distinct organisation ids, in affiliation order."""
    orgs: dict[int, dict[int, None]] = defaultdict(dict)
    for aff in affiliations:
        orgs[aff.person_id][aff.organisation_id] = None
    return {person: tuple(found) for person, found in orgs.items()}


def read_actors(
    conn: Connection, affiliations: tuple[AffiliationRecord, ...]
) -> tuple[ActorRecord, ...]:
    """Every actor by id, with the organisations a person works at (any date)."""
    orgs = organisations_of(affiliations)
    t = Actor.__table__
    rows = fetch_plain(
        conn,
        select(
            t.c.id,
            t.c.key,
            t.c.kind,
            t.c.type,
            t.c.name,
            t.c.short_name,
            t.c.sector,
            t.c.region,
            t.c.career_phase,
            t.c.pseudonym,
            t.c.attributes,
            t.c.may_be_named,
            t.c.consent,
        ).order_by(t.c.id),
    )
    get = orgs.get
    return tuple(
        build(
            ActorRecord,
            row[0],
            *row[1:9],
            get(row[0], ()),
            row[9],
            _attributes(row[10]),
            is_nameable(row[2], _flag(row[11]), _flag(row[12])),
        )
        for row in rows
    )


def _flag(value: object) -> bool | None:
    """A Boolean column read through Core: SQLite may hand back 0/1."""
    return None if value is None else bool(value)


_EMPTY_JSON = frozenset({"{}", "null", ""})


def _attributes(value: str | dict[str, Any] | None) -> tuple[tuple[str, str], ...]:
    """JSON attributes as sorted (key, text) pairs; SQLite gives text, psycopg a dict."""
    if value is None or (isinstance(value, str) and value in _EMPTY_JSON):
        return ()
    data = json.loads(value) if isinstance(value, str) else value
    if not data:
        return ()
    return tuple(sorted((str(k), _text(v)) for k, v in data.items()))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def read_memberships(conn: Connection) -> tuple[MembershipRecord, ...]:
    t = Membership.__table__
    rows = conn.execute(
        select(t.c.actor_id, t.c.group_id, t.c.role, t.c.start, t.c.end).order_by(t.c.id)
    )
    return tuple(MembershipRecord(*row) for row in rows)


def read_actor_themes(
    conn: Connection, codes: dict[int, tuple[str, str]]
) -> tuple[ActorThemeRecord, ...]:
    t = ActorTheme.__table__
    rows = conn.execute(
        select(t.c.actor_id, t.c.theme_id, t.c.relation, t.c.level, t.c.description).order_by(
            t.c.id
        )
    )
    return tuple(
        ActorThemeRecord(actor_id, codes[theme_id][1], relation, level, description)
        for actor_id, theme_id, relation, level, description in rows
    )


def list_actors(source: Source, *, language: str = "nl") -> list[dict[str, Any]]:
    """Rows for the actor list page, sorted by name, labels in ``language``.

    Keys: id, key, name, kind, kind_label, type, type_label, sector, sector_label,
    region, organisations (names joined with ", "), organisation_ids.
    """
    with snapshot(source) as conn:
        codebook = Codebook.from_db(conn)
        affiliations = read_affiliations(conn)
        t = Actor.__table__
        rows = conn.execute(
            select(t.c.id, t.c.key, t.c.name, t.c.kind, t.c.type, t.c.sector, t.c.region)
        ).all()
    names = {row.id: row.name for row in rows}
    orgs = organisations_of(affiliations)
    out = [
        {
            "id": row.id,
            "key": row.key,
            "name": row.name,
            "kind": row.kind,
            "kind_label": codebook.label("actor_kind", row.kind, language),
            "type": row.type,
            "type_label": codebook.label("actor_type", row.type, language),
            "sector": row.sector,
            "sector_label": codebook.label("sector", row.sector, language),
            "region": row.region,
            "organisations": ", ".join(names[o] for o in orgs.get(row.id, ()) if o in names),
            "organisation_ids": list(orgs.get(row.id, ())),
        }
        for row in rows
    ]
    out.sort(key=lambda r: (r["name"].casefold(), r["key"]))
    return out
