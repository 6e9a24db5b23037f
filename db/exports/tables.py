"""Read every table in the shape of the import files (what the export writes).

The export writes exactly the import format (docs/import-format.md): English headers,
codes instead of labels, stable external keys instead of database ids, ISO dates,
``yes``/``no``, ``|`` lists sorted by code. Rows are ordered by key, so
export -> import into an empty database -> export gives byte-identical files.
Text that a spreadsheet would run as a formula (= + - @ tab CR) is prefixed with ``'``;
the importer removes that prefix again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import aliased

from db.imports.kinds import (
    ACTOR_EXPORT_COLUMNS,
    ACTOR_THEMES,
    AFFILIATIONS,
    ASSESSMENTS,
    CODEBOOK,
    MEMBERSHIPS,
    STORIES,
    TIE_CODED,
    TIE_LISTS,
    TIES,
)
from db.imports.values import format_bool, format_date, format_number, join_list
from db.models import (
    Actor,
    ActorTheme,
    Affiliation,
    Assessment,
    AssessmentScore,
    ChecklistStatement,
    CodebookEntry,
    Membership,
    Story,
    StoryTheme,
    Tie,
    TieCode,
)
from db.session import read_connection

Value = str | float | int | date | None
Sheet = tuple[list[str], list[list[Value]]]

TABLE_FILES = (
    "codebook",
    "actors",
    "affiliations",
    "memberships",
    "actor_themes",
    "ties",
    "stories",
    "assessments",
)


def _actor_keys(conn: Connection) -> dict[int, str]:
    actor = Actor.__table__
    return dict(conn.execute(select(actor.c.id, actor.c.key)).all())


def _codebook(conn: Connection, _keys: dict[int, str]) -> Sheet:
    e = CodebookEntry.__table__
    query = select(
        e.c.category, e.c.code, e.c.label_nl, e.c.label_en, e.c.parent, e.c.value, e.c.description
    ).where(e.c.builtin.is_(False))
    rows = sorted([list(r) for r in conn.execute(query)], key=lambda r: (r[0], r[1]))
    return list(CODEBOOK.column_names()), rows


def _actors(conn: Connection, _keys: dict[int, str]) -> Sheet:
    a = Actor.__table__
    columns = [c for c in ACTOR_EXPORT_COLUMNS if c != "id"]
    query = select(a.c.key, *(a.c[c] for c in columns), a.c.attributes)
    records = sorted(conn.execute(query).all(), key=lambda r: r[0])
    extra = sorted({name for r in records for name in (r[-1] or {})})
    rows = []
    for record in records:
        *fields, attributes = record
        fields = [format_bool(f) if isinstance(f, bool) else f for f in fields]
        attributes = attributes or {}
        rows.append(fields + [_attribute(attributes.get(name)) for name in extra])
    return [*ACTOR_EXPORT_COLUMNS, *extra], rows


def _attribute(value: Any) -> Value:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return format_bool(value)
    if isinstance(value, int | float):
        return format_number(value)
    return str(value)


def _affiliations(conn: Connection, keys: dict[int, str]) -> Sheet:
    t = Affiliation.__table__
    query = select(t.c.person_id, t.c.organisation_id, t.c.function, t.c.start, t.c.end)
    rows = [[keys[p], keys[o], f, s, e] for p, o, f, s, e in conn.execute(query)]
    rows.sort(key=lambda r: (r[0], r[1], format_date(r[3])))
    return list(AFFILIATIONS.column_names()), rows


def _memberships(conn: Connection, keys: dict[int, str]) -> Sheet:
    t = Membership.__table__
    query = select(t.c.actor_id, t.c.group_id, t.c.role, t.c.start, t.c.end)
    rows = sorted(
        ([keys[a], keys[g], r, s, e] for a, g, r, s, e in conn.execute(query)),
        key=lambda r: (r[0], r[1]),
    )
    return list(MEMBERSHIPS.column_names()), rows


def _actor_themes(conn: Connection, keys: dict[int, str]) -> Sheet:
    t, e = ActorTheme.__table__, CodebookEntry.__table__
    query = select(t.c.actor_id, e.c.code, t.c.relation, t.c.level, t.c.description).join(
        e, e.c.id == t.c.theme_id
    )
    rows = sorted(
        ([keys[a], c, r, lv, d] for a, c, r, lv, d in conn.execute(query)),
        key=lambda r: (r[0], r[1], r[2]),
    )
    return list(ACTOR_THEMES.column_names()), rows


def _codes_by_owner(conn: Connection, link: Any, owner: str, other: str) -> dict[int, dict]:
    """owner id -> category -> [codes] for tie_code and story_theme."""
    e = CodebookEntry.__table__
    query = select(link.c[owner], e.c.category, e.c.code).join(e, e.c.id == link.c[other])
    out: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for owner_id, category, code in conn.execute(query):
        out[owner_id][category].append(code)
    return out


def _ties(conn: Connection, keys: dict[int, str]) -> Sheet:
    t = Tie.__table__
    coded = [name for name, _, _ in TIE_CODED]
    query = select(
        t.c.id,
        t.c.key,
        t.c.source_id,
        t.c.target_id,
        t.c.directed,
        *(t.c[c] for c in coded),
        t.c.autonomy,
        t.c.source_role,
        t.c.target_role,
        t.c.start,
        t.c.end,
        t.c.learning_question,
        t.c.weight,
    )
    codes = _codes_by_owner(conn, TieCode.__table__, "tie_id", "entry_id")
    rows = []
    for r in conn.execute(query):
        m = r._mapping
        by_category = codes.get(m["id"], {})
        rows.append(
            [
                m["key"],
                keys[m["source_id"]],
                keys[m["target_id"]],
                format_bool(m["directed"]),
                *(m[c] for c in coded),
                format_bool(m["autonomy"]),
                m["source_role"],
                m["target_role"],
                m["start"],
                m["end"],
                *(join_list(by_category.get(cat, [])) for _, _, cat in TIE_LISTS),
                m["learning_question"],
                m["weight"],
            ]
        )
    rows.sort(key=lambda r: r[0])
    return list(TIES.column_names()), rows


def _stories(conn: Connection, keys: dict[int, str]) -> Sheet:
    s, t = Story.__table__, aliased(Tie.__table__)
    query = select(
        s.c.id, s.c.key, t.c.key, s.c.group_id, s.c.title, s.c.text, s.c.level,
        s.c.outcome_kind, s.c.told_on,
    ).outerjoin(t, t.c.id == s.c.tie_id)  # fmt: skip
    themes = _codes_by_owner(conn, StoryTheme.__table__, "story_id", "theme_id")
    rows = []
    for sid, key, tie_key, group_id, title, text, level, outcome, told_on in conn.execute(query):
        group = keys[group_id] if group_id is not None else None
        theme_codes = join_list(themes.get(sid, {}).get("theme", []))
        rows.append([key, tie_key, group, title, text, level, outcome, told_on, theme_codes])
    rows.sort(key=lambda r: r[0])
    return list(STORIES.column_names()), rows


def _assessments(conn: Connection, keys: dict[int, str]) -> Sheet:
    a, sc, st = Assessment.__table__, AssessmentScore.__table__, ChecklistStatement.__table__
    query = (
        select(a.c.actor_id, a.c.checklist, a.c.assessed_on, st.c.code, sc.c.score, a.c.note)
        .join(sc, sc.c.assessment_id == a.c.id)
        .join(st, st.c.id == sc.c.statement_id)
    )
    rows = sorted(
        ([keys[r[0]], *r[1:]] for r in conn.execute(query)),
        key=lambda r: (r[0], r[1], r[2], r[3]),
    )
    return list(ASSESSMENTS.column_names()), rows


READERS: dict[str, Callable[[Connection, dict[int, str]], Sheet]] = {
    "codebook": _codebook,
    "actors": _actors,
    "affiliations": _affiliations,
    "memberships": _memberships,
    "actor_themes": _actor_themes,
    "ties": _ties,
    "stories": _stories,
    "assessments": _assessments,
}


def read_tables(engine: Engine) -> dict[str, Sheet]:
    """Every export table as (header, rows of typed values), from one consistent snapshot."""
    with read_connection(engine) as conn:
        keys = _actor_keys(conn)
        return {name: READERS[name](conn, keys) for name in TABLE_FILES}
