"""Value-creation stories and self-assessments as records."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select

from db.models import (
    Assessment,
    AssessmentScore,
    ChecklistStatement,
    CodebookEntry,
    Story,
    StoryTheme,
)
from graph.records import AssessmentRecord, StoryRecord


def read_stories(conn: Connection) -> tuple[StoryRecord, ...]:
    """Stories by id; their themes in codebook order."""
    st, e = StoryTheme.__table__, CodebookEntry.__table__
    themes: dict[int, list[str]] = defaultdict(list)
    for story_id, code in conn.execute(
        select(st.c.story_id, e.c.code)
        .join(e, e.c.id == st.c.theme_id)
        .order_by(st.c.story_id, e.c.position, e.c.id)
    ):
        themes[story_id].append(code)
    t = Story.__table__
    rows = conn.execute(
        select(
            t.c.id,
            t.c.text,
            t.c.tie_id,
            t.c.group_id,
            t.c.level,
            t.c.outcome_kind,
            t.c.told_on,
            t.c.title,
        ).order_by(t.c.id)
    )
    return tuple(StoryRecord(*row, themes=tuple(themes.get(row[0], ()))) for row in rows)


def read_assessments(conn: Connection) -> tuple[AssessmentRecord, ...]:
    """Assessments by id; scores keyed by statement code, in checklist order."""
    s, cs = AssessmentScore.__table__, ChecklistStatement.__table__
    scores: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for assessment_id, code, score in conn.execute(
        select(s.c.assessment_id, cs.c.code, s.c.score)
        .join(cs, cs.c.id == s.c.statement_id)
        .order_by(s.c.assessment_id, cs.c.checklist, cs.c.number, cs.c.id)
    ):
        scores[assessment_id].append((code, score))
    t = Assessment.__table__
    rows = conn.execute(
        select(t.c.id, t.c.actor_id, t.c.checklist, t.c.assessed_on, t.c.note).order_by(t.c.id)
    )
    return tuple(
        AssessmentRecord(aid, actor_id, checklist, on, tuple(scores.get(aid, ())), note)
        for aid, actor_id, checklist, on, note in rows
    )
