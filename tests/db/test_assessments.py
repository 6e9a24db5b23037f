"""Saving checklists: validated, one transaction, update on the same date (SQLite + PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select

from db.assessments import (
    AssessmentInvalid,
    read_checklist_statements,
    save_assessment,
)
from db.models import Actor, Assessment, AssessmentScore
from db.queries import read_network
from db.session import transaction


def _actors(engine: Engine) -> dict[str, int]:
    with transaction(engine) as session:
        rows = {
            "S01": Actor(key="S01", kind="organisation", type="school", name="De Verzonnen Linde"),
            "N01": Actor(key="N01", kind="organisation", type="partnership", name="Partnerschap"),
            "P01": Actor(key="P01", kind="person", type="teacher", name="Anna Fictief"),
        }
        session.add_all(rows.values())
        session.flush()
        return {key: actor.id for key, actor in rows.items()}


def _counts(engine: Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        return (
            conn.execute(select(func.count()).select_from(Assessment)).scalar_one(),
            conn.execute(select(func.count()).select_from(AssessmentScore)).scalar_one(),
        )


def test_statements_come_from_the_codebook(engine: Engine) -> None:
    statements = read_checklist_statements(engine)
    organisation = [s for s in statements if s.checklist == "learning_organisation"]
    partnership = [s for s in statements if s.checklist == "learning_partnership"]
    assert len(organisation) == 18
    assert len({s.section for s in organisation}) == 3
    assert len(partnership) == 9
    first = organisation[0]
    assert first.code == "lo_sc_1"
    assert first.text("nl").startswith("alle leraren voelen zich")
    assert first.text("en").startswith("all teachers feel jointly")
    assert first.section_label("en") == "Supportive culture"


def test_save_then_read_back_and_update_same_date(engine: Engine) -> None:
    ids = _actors(engine)
    on = date(2025, 3, 1)
    first = save_assessment(engine, ids["S01"], "learning_organisation", on, {"lo_sc_1": 1})
    second = save_assessment(
        engine, ids["S01"], "learning_organisation", on, {"lo_sc_1": 3, "lo_fd_4": 2}, "samen"
    )
    assert first == second
    assert _counts(engine) == (1, 2)
    (record,) = read_network(engine).assessments
    assert record.actor_id == ids["S01"]
    assert record.assessed_on == on
    assert dict(record.scores) == {"lo_sc_1": 3, "lo_fd_4": 2}
    assert record.note == "samen"
    other = save_assessment(engine, ids["N01"], "learning_partnership", on, {"lp_1": 2})
    assert other != first
    assert _counts(engine) == (2, 3)


@pytest.mark.parametrize(
    ("scores", "fragment"),
    [
        ({"lo_sc_1": 2, "lo_sc_2": 4}, "must be 1, 2 or 3"),
        ({"lo_sc_1": 2, "lo_sc_2": 0}, "must be 1, 2 or 3"),
        ({"lo_sc_1": 2, "lo_sc_2": "3"}, "must be 1, 2 or 3"),
        ({"lo_sc_1": 2, "lo_sc_2": True}, "must be 1, 2 or 3"),
        ({"lo_sc_1": 2, "lp_1": 3}, "not part of the learning_organisation"),
        ({"lo_sc_1": 2, "nonsense": 3}, "not part of the learning_organisation"),
        ({}, "no statement was scored"),
    ],
)
def test_an_invalid_score_writes_nothing(engine: Engine, scores: dict, fragment: str) -> None:
    ids = _actors(engine)
    with pytest.raises(AssessmentInvalid) as info:
        save_assessment(engine, ids["S01"], "learning_organisation", date(2025, 3, 1), scores)
    assert any(fragment in p for p in info.value.problems), info.value.problems
    assert _counts(engine) == (0, 0)


def test_an_invalid_update_keeps_the_old_scores(engine: Engine) -> None:
    ids = _actors(engine)
    on = date(2024, 1, 5)
    save_assessment(engine, ids["S01"], "learning_organisation", on, {"lo_sc_1": 2})
    with pytest.raises(AssessmentInvalid):
        save_assessment(engine, ids["S01"], "learning_organisation", on, {"lo_sc_1": 9})
    (record,) = read_network(engine).assessments
    assert dict(record.scores) == {"lo_sc_1": 2}


def test_only_existing_organisations_and_known_checklists(engine: Engine) -> None:
    ids = _actors(engine)
    on = date(2025, 1, 1)
    with pytest.raises(AssessmentInvalid, match="only organisations"):
        save_assessment(engine, ids["P01"], "learning_organisation", on, {"lo_sc_1": 2})
    with pytest.raises(AssessmentInvalid, match="unknown actor"):
        save_assessment(engine, 987654, "learning_organisation", on, {"lo_sc_1": 2})
    with pytest.raises(AssessmentInvalid, match="unknown checklist"):
        save_assessment(engine, ids["S01"], "learning_school", on, {"lo_sc_1": 2})
    with pytest.raises(AssessmentInvalid, match="must be a date"):
        save_assessment(engine, ids["S01"], "learning_organisation", "2025-01-01", {"lo_sc_1": 2})
    assert _counts(engine) == (0, 0)


def test_a_failure_inside_the_transaction_rolls_back(engine: Engine) -> None:
    """Even past validation (a database-level error) the assessment row is not kept."""
    ids = _actors(engine)
    on = date(2025, 2, 2)

    class Exploding(dict):
        def items(self):  # the second pass (writing) fails half way
            calls = getattr(self, "_calls", 0)
            self._calls = calls + 1
            if calls >= 1:
                yield "lo_sc_1", 2
                raise RuntimeError("disk full")
            yield from super().items()

    with pytest.raises(RuntimeError, match="disk full"):
        save_assessment(engine, ids["S01"], "learning_organisation", on, Exploding(lo_sc_1=2))
    assert _counts(engine) == (0, 0)
