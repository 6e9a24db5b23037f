"""Ties with their themes, motives and conditions (from ``tie_code``).

This is the hot path of every graph view (100,000 ties in the benchmark), so:
rows come back as plain driver tuples (:func:`db.queries.common.fetch_plain`); the
codes of each tie are aggregated in SQL into one string of entry ids, and since many
ties share a combination, each distinct string is decoded once; records are built
positionally. Link codes within a tie are in codebook order on every backend.
"""

from __future__ import annotations

from sqlalchemy import Connection, String, cast, select

from db.models import CodebookEntry, Tie, TieCode
from db.queries.common import as_date, fetch_plain, string_agg
from db.queries.fast import twin
from graph.records import TieRecord

SEPARATOR = "|"
_SLOTS = {"theme": 0, "motive": 1, "condition": 2}
Links = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
NO_LINKS: Links = ((), (), ())


def read_tie_links(conn: Connection) -> dict[int, Links]:
    """tie id -> (themes, motives, conditions)."""
    e = CodebookEntry.__table__
    ranked = fetch_plain(
        conn,
        select(e.c.id, e.c.category, e.c.code).order_by(e.c.category, e.c.position, e.c.id),
    )
    rank = {row[0]: (i, _SLOTS.get(row[1]), row[2]) for i, row in enumerate(ranked)}
    tc = TieCode.__table__
    grouped = fetch_plain(
        conn,
        select(tc.c.tie_id, string_agg(conn, cast(tc.c.entry_id, String), SEPARATOR)).group_by(
            tc.c.tie_id
        ),
    )
    decoded: dict[str, Links] = {}
    out: dict[int, Links] = {}
    for tie_id, ids in grouped:
        links = decoded.get(ids)
        if links is None:
            links = decoded[ids] = _decode(ids, rank)
        out[tie_id] = links
    return out


def _decode(ids: str, rank: dict[int, tuple[int, int | None, str]]) -> Links:
    lists: tuple[list[str], list[str], list[str]] = ([], [], [])
    for _, slot, code in sorted(rank[int(i)] for i in ids.split(SEPARATOR)):
        if slot is not None:
            lists[slot].append(code)
    return tuple(lists[0]), tuple(lists[1]), tuple(lists[2])


def read_ties(conn: Connection) -> tuple[TieRecord, ...]:
    """Every tie by id, as records."""
    links = read_tie_links(conn)
    t = Tie.__table__
    statement = select(
        t.c.id,
        t.c.source_id,
        t.c.target_id,
        t.c.directed,
        t.c.frequency,
        t.c.voluntariness,
        t.c.mode,
        t.c.participation,
        t.c.scope,
        t.c.intake,
        t.c.follow_up,
        t.c.decision_making,
        t.c.autonomy,
        t.c.source_role,
        t.c.target_role,
        t.c.start,
        t.c.end,
        t.c.learning_question,
        t.c.weight,
        t.c.key,
    ).order_by(t.c.id)
    get = links.get
    day = as_date
    fast, relabel = twin(TieRecord)
    out = []
    append = out.append
    for (
        tie_id, source, target, directed, frequency, voluntariness, mode, participation,
        scope, intake, follow_up, decision_making, autonomy, source_role, target_role,
        start, end, learning_question, weight, key,
    ) in fetch_plain(conn, statement):  # fmt: skip
        themes, motives, conditions = get(tie_id, NO_LINKS)
        record = fast(
            tie_id, source, target, bool(directed), frequency, voluntariness, mode,
            participation, scope, intake, follow_up, decision_making,
            None if autonomy is None else bool(autonomy), source_role, target_role,
            day(start), day(end), themes, motives, conditions, learning_question,
            weight, key,
        )  # fmt: skip
        if relabel:
            record.__class__ = TieRecord
        append(record)
    return tuple(out)
