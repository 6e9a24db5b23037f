"""Saving a filled-in self-assessment checklist (seed text 002), all or nothing.

A board fills in eighteen (or nine) statements together; half a checklist in the
database would show a misleading chart. So every score is validated first (scores
1-3, statement codes of the chosen checklist, an organisation to assess) and the
assessment is written in one transaction: saving again for the same actor,
checklist and date replaces the scores instead of adding a second assessment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, delete, select

from db.models import Actor, Assessment, AssessmentScore, ChecklistStatement
from db.queries.common import Source, snapshot
from db.session import transaction

CHECKLISTS = ("learning_organisation", "learning_partnership")
SCORES = (1, 2, 3)  # nog in startfase, gedeeltelijk ontwikkeld, sterk ontwikkeld
MAX_NOTE_LENGTH = 4000


@dataclass(frozen=True, slots=True)
class ChecklistStatementRow:
    """One checklist statement with its texts in both languages."""

    id: int
    code: str
    checklist: str
    section: str
    number: int
    section_nl: str
    section_en: str
    text_nl: str
    text_en: str

    def text(self, language: str = "nl") -> str:
        return self.text_en if language == "en" else self.text_nl

    def section_label(self, language: str = "nl") -> str:
        return self.section_en if language == "en" else self.section_nl


class AssessmentInvalid(ValueError):
    """The checklist cannot be saved; ``problems`` lists every reason in plain English."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def read_checklist_statements(source: Source) -> list[ChecklistStatementRow]:
    """Every statement, ordered by checklist, section order and number."""
    t = ChecklistStatement.__table__
    with snapshot(source) as conn:
        rows = conn.execute(
            select(
                t.c.id,
                t.c.code,
                t.c.checklist,
                t.c.section,
                t.c.number,
                t.c.section_nl,
                t.c.section_en,
                t.c.text_nl,
                t.c.text_en,
            ).order_by(t.c.checklist, t.c.id)
        ).all()
    return [ChecklistStatementRow(*row) for row in rows]


def validate_scores(
    checklist: str,
    scores: Mapping[str, object],
    statements: list[ChecklistStatementRow],
) -> list[str]:
    """Every reason ``scores`` cannot be saved for ``checklist`` (empty when fine)."""
    problems: list[str] = []
    if checklist not in CHECKLISTS:
        return [f"unknown checklist {checklist!r}; expected one of {', '.join(CHECKLISTS)}"]
    known = {s.code for s in statements if s.checklist == checklist}
    if not scores:
        problems.append("no statement was scored")
    for code, score in scores.items():
        if code not in known:
            problems.append(f"statement {code!r} is not part of the {checklist} checklist")
        if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
            problems.append(f"score of {code!r} must be 1, 2 or 3, not {score!r}")
    return problems


def save_assessment(
    engine: Engine,
    actor_id: int,
    checklist: str,
    assessed_on: date,
    scores: Mapping[str, object],
    note: str | None = None,
) -> int:
    """Validate and store one checklist in one transaction; returns the assessment id.

    Raises :class:`AssessmentInvalid` (nothing written) when any score, statement,
    the actor or the date is wrong. Saving again for the same actor, checklist and
    date replaces that assessment's scores and note.
    """
    statements = read_checklist_statements(engine)
    problems = validate_scores(checklist, scores, statements)
    if not isinstance(assessed_on, date):
        problems.append(f"the date must be a date, not {assessed_on!r}")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE_LENGTH):
        problems.append(f"the note must be text of at most {MAX_NOTE_LENGTH} characters")
    by_code = {s.code: s.id for s in statements}
    with transaction(engine) as session:
        actor = session.get(Actor, actor_id) if isinstance(actor_id, int) else None
        if actor is None:
            problems.append(f"unknown actor id {actor_id!r}")
        elif actor.kind != "organisation":
            problems.append(f"{actor.name} is a {actor.kind}; only organisations are assessed")
        if problems:
            raise AssessmentInvalid(problems)
        assessment = session.scalars(
            select(Assessment).where(
                Assessment.actor_id == actor_id,
                Assessment.checklist == checklist,
                Assessment.assessed_on == assessed_on,
            )
        ).one_or_none()
        if assessment is None:
            assessment = Assessment(actor_id=actor_id, checklist=checklist, assessed_on=assessed_on)
            session.add(assessment)
        assessment.note = note or None
        session.flush()
        session.execute(
            delete(AssessmentScore).where(AssessmentScore.assessment_id == assessment.id)
        )
        session.add_all(
            AssessmentScore(assessment_id=assessment.id, statement_id=by_code[code], score=score)
            for code, score in scores.items()
        )
        session.flush()
        return assessment.id
