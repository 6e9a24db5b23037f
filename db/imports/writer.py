"""Write a validated plan in the caller's transaction, with Core bulk statements.

Every table is upserted by its natural key (actor.key, tie.key, story.key, or the
unique constraint of a link table): existing rows are compared and updated only
where a value differs, new rows are inserted in one ``executemany``. Reading each
target table once as tuples and writing in bulk is what keeps 100,000 ties well
under the benchmark's 20 seconds (ORM unit-of-work flushes would not).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, delete, func, insert, select, update

from db.base import utcnow
from db.imports.plan import Plan
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

Counts = dict[str, list[int]]  # table -> [created, updated]
CHUNK = 500
INSERT_BATCH = 5_000


def _upsert(
    conn: Connection,
    table: Table,
    key_columns: tuple[str, ...],
    rows: dict[tuple, dict[str, Any]],
    defaults: dict[str, Any],
    counts: Counts,
) -> dict[tuple, int]:
    """Insert or update ``rows`` (key tuple -> present fields); return key -> id of all rows.

    Tables without an ``id`` column (assessment_score) return an empty mapping. Rows of
    timestamped tables get one timestamp for the whole import (cheaper than a Python
    default per row, and it tells which rows one import touched).
    """
    has_id = "id" in table.c
    stamped = "updated_at" in table.c
    now = utcnow()
    if stamped:
        defaults = defaults | {"created_at": now, "updated_at": now}
    columns = [table.c[c] for c in key_columns]
    existing: dict[tuple, dict[str, Any]] = {}
    for row in conn.execute(select(table)).mappings():
        existing[tuple(row[c] for c in key_columns)] = dict(row)
    new_keys: list[tuple] = []
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for key, fields in rows.items():
        old = existing.get(key)
        if old is None:
            new_keys.append(key)
            continue
        diff = {c: v for c, v in fields.items() if old[c] != v}
        if diff and stamped:
            diff["updated_at"] = now
        if diff:
            where = {"w_" + c: old[c] for c in (("id",) if has_id else key_columns)}
            updates[tuple(sorted(diff))].append(where | {"v_" + c: v for c, v in diff.items()})
    counts.setdefault(table.name, [0, 0])
    counts[table.name][0] += len(new_keys)
    counts[table.name][1] += sum(len(v) for v in updates.values())
    if new_keys:
        names = set(defaults).union(*(rows[k].keys() for k in new_keys))
        blank = {n: defaults.get(n) for n in names}
        for start in range(0, len(new_keys), INSERT_BATCH):
            params = []
            for key in new_keys[start : start + INSERT_BATCH]:
                row = blank.copy()
                row.update(rows[key])
                row.update(zip(key_columns, key, strict=True))
                params.append(row)
            conn.execute(insert(table), params)
    for changed, params in updates.items():
        keys = ("id",) if has_id else key_columns
        statement = (
            update(table)
            .where(and_(*(table.c[k] == bindparam("w_" + k) for k in keys)))
            .values({c: bindparam("v_" + c) for c in changed})
        )
        conn.execute(statement, params)
    if not has_id:
        return {}
    if not new_keys:
        return {k: row["id"] for k, row in existing.items()}
    return {tuple(row[1:]): row[0] for row in conn.execute(select(table.c.id, *columns))}


def _ids(conn: Connection, table: Table, column: str = "key") -> dict[str, int]:
    return dict(conn.execute(select(table.c[column], table.c.id)).all())


def _sync_links(
    conn: Connection,
    table: Table,
    owner: str,
    wanted: dict[int, set[int]],
    scope: Callable[[int], bool],
    counts: Counts,
) -> None:
    """Make each owner's links (within ``scope`` entries) exactly ``wanted``."""
    current: dict[int, set[int]] = defaultdict(set)
    for owner_id, entry_id in conn.execute(select(table.c[owner], table.c[_other(table)])):
        if owner_id in wanted and scope(entry_id):
            current[owner_id].add(entry_id)
    other = _other(table)
    remove = [{"o": o, "e": e} for o, entries in wanted.items() for e in current[o] - entries]
    if remove:
        conn.execute(
            delete(table).where(
                and_(table.c[owner] == bindparam("o"), table.c[other] == bindparam("e"))
            ),
            remove,
        )
    added = 0
    batch: list[dict[str, int]] = []
    for o, entries in wanted.items():
        for e in entries - current[o]:
            batch.append({owner: o, other: e})
            if len(batch) == INSERT_BATCH:
                conn.execute(insert(table), batch)
                added, batch = added + len(batch), []
    if batch:
        conn.execute(insert(table), batch)
        added += len(batch)
    counts.setdefault(table.name, [0, 0])
    counts[table.name][0] += added
    counts[table.name][1] += len(remove)


def _other(table: Table) -> str:
    return "entry_id" if "entry_id" in table.c else "theme_id"


def write_plan(
    conn: Connection, plan: Plan, progress: Callable[[str, int, int], None] | None = None
) -> Counts:
    """Write ``plan`` on ``conn`` (inside the caller's transaction); return the counts."""
    counts: Counts = {}
    steps = 8

    def step(n: int, name: str) -> None:
        if progress is not None:
            progress(f"write {name}", n, steps)

    step(0, "codebook")
    entry = CodebookEntry.__table__
    if plan.codebook:
        top = dict(
            conn.execute(
                select(entry.c.category, func.max(entry.c.position)).group_by(entry.c.category)
            ).all()
        )
        rows: dict[tuple, dict[str, Any]] = {}
        existing = set(conn.execute(select(entry.c.category, entry.c.code)).all())
        for (category, code), fields in plan.codebook.items():
            row = dict(fields)
            if (category, code) not in existing:
                top[category] = (top.get(category) or 0) + 1
                row["position"] = top[category]
                row["builtin"] = False
            rows[(category, code)] = row
        _upsert(conn, entry, ("category", "code"), rows, {"builtin": False}, counts)
    entries = {
        (c, k): i for i, c, k in conn.execute(select(entry.c.id, entry.c.category, entry.c.code))
    }
    theme_ids = {code: i for (cat, code), i in entries.items() if cat == "theme"}

    step(1, "actors")
    actor = Actor.__table__
    actor_rows = _actor_rows(conn, plan)
    _upsert(conn, actor, ("key",), actor_rows, {"attributes": {}}, counts)
    actor_ids = _ids(conn, actor)

    step(2, "affiliations")
    _upsert(
        conn,
        Affiliation.__table__,
        ("person_id", "organisation_id", "start"),
        {(actor_ids[p], actor_ids[o], s): f for (p, o, s), f in plan.affiliations.items()},
        {},
        counts,
    )
    step(3, "memberships")
    _upsert(
        conn,
        Membership.__table__,
        ("actor_id", "group_id"),
        {(actor_ids[a], actor_ids[g]): f for (a, g), f in plan.memberships.items()},
        {"role": "member"},
        counts,
    )
    step(4, "actor_themes")
    _upsert(
        conn,
        ActorTheme.__table__,
        ("actor_id", "theme_id", "relation"),
        {(actor_ids[a], theme_ids[t], r): f for (a, t, r), f in plan.actor_themes.items()},
        {},
        counts,
    )

    step(5, "ties")
    tie = Tie.__table__
    tie_rows = {}
    for key, fields in plan.ties.items():
        row = {k: v for k, v in fields.items() if k not in ("source", "target")}
        row["source_id"] = actor_ids[fields["source"]]
        row["target_id"] = actor_ids[fields["target"]]
        tie_rows[(key,)] = row
    tie_ids = {
        k[0]: i
        for k, i in _upsert(conn, tie, ("key",), tie_rows, {"directed": True}, counts).items()
    }
    _sync_codes(conn, plan, tie_ids, entries, counts)

    step(6, "stories")
    story = Story.__table__
    story_rows = {}
    for key, fields in plan.stories.items():
        row = {k: v for k, v in fields.items() if k not in ("tie", "group")}
        row["tie_id"] = tie_ids.get(fields["tie"]) if fields["tie"] else None
        row["group_id"] = actor_ids[fields["group"]] if fields["group"] else None
        story_rows[(key,)] = row
    story_ids = {k[0]: i for k, i in _upsert(conn, story, ("key",), story_rows, {}, counts).items()}
    if plan.story_themes:
        wanted = {
            story_ids[k]: {theme_ids[t] for t in themes} for k, themes in plan.story_themes.items()
        }
        _sync_links(conn, StoryTheme.__table__, "story_id", wanted, lambda _e: True, counts)

    step(7, "assessments")
    if plan.assessments:
        assessment = Assessment.__table__
        rows_a = {(actor_ids[a], c, d): fields for (a, c, d), fields in plan.assessments.items()}
        assessment_ids = _upsert(
            conn, assessment, ("actor_id", "checklist", "assessed_on"), rows_a, {}, counts
        )
        statement_ids = _ids(conn, ChecklistStatement.__table__, "code")
        scores = {
            (assessment_ids[(actor_ids[a], c, d)], statement_ids[s]): {"score": score}
            for (a, c, d), by_statement in plan.scores.items()
            for s, score in by_statement.items()
        }
        _upsert(
            conn, AssessmentScore.__table__, ("assessment_id", "statement_id"), scores, {}, counts
        )
    step(8, "done")
    return counts


def _actor_rows(conn: Connection, plan: Plan) -> dict[tuple, dict[str, Any]]:
    """Actor rows with free attributes merged into what is stored (empty cell = remove)."""
    actor = Actor.__table__
    with_attrs = [k for k, f in plan.actors.items() if "attributes" in f]
    stored: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(with_attrs):
        query = select(actor.c.key, actor.c.attributes).where(actor.c.key.in_(chunk))
        stored.update(dict(conn.execute(query).all()))
    rows: dict[tuple, dict[str, Any]] = {}
    for key, fields in plan.actors.items():
        row = dict(fields)
        if "attributes" in row:
            merged = dict(stored.get(key) or {})
            for name, value in row["attributes"].items():
                if value:
                    merged[name] = value
                else:
                    merged.pop(name, None)
            row["attributes"] = dict(sorted(merged.items()))
        rows[(key,)] = row
    return rows


def _sync_codes(
    conn: Connection,
    plan: Plan,
    tie_ids: dict[str, int],
    entries: dict[tuple[str, str], int],
    counts: Counts,
) -> None:
    """tie_code links per category present in the file (other categories untouched)."""
    category_of = {i: c for (c, _), i in entries.items()}
    by_scope: dict[frozenset[str], dict[int, set[int]]] = defaultdict(dict)
    for key, codes in plan.tie_codes.items():
        if not codes:
            continue
        wanted = {entries[(cat, code)] for cat, items in codes.items() for code in items}
        by_scope[frozenset(codes)][tie_ids[key]] = wanted
    for categories, wanted in by_scope.items():
        _sync_links(
            conn,
            TieCode.__table__,
            "tie_id",
            wanted,
            lambda e, cats=categories: category_of.get(e) in cats,
            counts,
        )


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]
