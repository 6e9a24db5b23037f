"""Actors and their two-mode links: affiliations, memberships, actor themes."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from db.codebook import Codebook
from db.models import Actor, ActorTheme, Affiliation, Membership
from db.queries.common import Source, snapshot
from graph.records import ActorRecord, ActorThemeRecord, AffiliationRecord, MembershipRecord


def read_affiliations(conn: Connection) -> tuple[AffiliationRecord, ...]:
    t = Affiliation.__table__
    rows = conn.execute(
        select(t.c.person_id, t.c.organisation_id, t.c.function, t.c.start, t.c.end).order_by(
            t.c.id
        )
    )
    return tuple(AffiliationRecord(*row) for row in rows)


def read_actors(
    conn: Connection, affiliations: tuple[AffiliationRecord, ...]
) -> tuple[ActorRecord, ...]:
    """Every actor by id, with the organisations a person works at (any date)."""
    orgs: dict[int, list[int]] = defaultdict(list)
    for aff in affiliations:
        if aff.organisation_id not in orgs[aff.person_id]:
            orgs[aff.person_id].append(aff.organisation_id)
    t = Actor.__table__
    rows = conn.execute(
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
        ).order_by(t.c.id)
    )
    return tuple(
        ActorRecord(
            aid,
            key,
            kind,
            type_,
            name,
            short_name,
            sector,
            region,
            phase,
            tuple(orgs.get(aid, ())),
            pseudonym,
            _attributes(attributes),
        )
        for aid, key, kind, type_, name, short_name, sector, region, phase, pseudonym, attributes in rows
    )


def _attributes(value: dict[str, Any] | None) -> tuple[tuple[str, str], ...]:
    if not value:
        return ()
    return tuple(sorted((str(k), "" if v is None else str(v)) for k, v in value.items()))


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
    orgs: dict[int, list[int]] = defaultdict(list)
    for aff in affiliations:
        if aff.organisation_id not in orgs[aff.person_id]:
            orgs[aff.person_id].append(aff.organisation_id)
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
