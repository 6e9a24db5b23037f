"""The self-assessment presenter on a real migrated SQLite file (no browser)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from app.presenters import assessment as presenter
from app.presenters.expertise_records import network_records
from app.viewer import LOCAL_USER, Viewer

READER = Viewer(name="guest", role="viewer")
SCHOOL = "Basisschool De Fictieve Linde"


def save(engine: Engine, on: str, scores: dict[str, object], actor: str = "S01", **kw):
    return presenter.save_checklist(
        engine,
        kw.pop("viewer", LOCAL_USER),
        kw.pop("language", "nl"),
        actor=actor,
        checklist=kw.pop("checklist", "learning_organisation"),
        on=on,
        codes=list(scores),
        values=list(scores.values()),
        **kw,
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-01", date(2025, 3, 1)),
        ("2025-03-01T00:00:00", date(2025, 3, 1)),
        ("2025-13-01", None),
        ("1800-01-01", None),
        ("01-03-2025", None),
        (20250301, None),
        ("2025-03-01" * 10, None),
    ],
)
def test_dates_are_parsed_strictly(raw, expected) -> None:
    assert presenter.parse_date(raw) == expected


def test_save_prefill_and_results(small_engine: Engine) -> None:
    first = save(small_engine, "2024-03-01", {"lo_sc_1": 1, "lo_sc_2": 2, "lo_fd_1": 3})
    assert first.ok and first.message == f"3 scores opgeslagen voor {SCHOOL} op 2024-03-01."
    second = save(small_engine, "2025-03-01", {"lo_sc_1": 3, "lo_sc_2": 2, "lo_fd_1": None})
    assert second.ok and second.message.startswith("2 scores opgeslagen")
    form = presenter.checklist_form(
        small_engine, LOCAL_USER, "en", "S01", "learning_organisation", "2024-03-01"
    )
    assert [s.label for s in form] == [
        "Supportive culture",
        "Focus on development",
        "Using expertise",
    ]
    assert [i.value for i in form[0].items] == [1, 2, None, None, None, None]
    assert form[0].items[0].text.startswith("all teachers feel jointly responsible")

    view = presenter.results_view(
        small_engine, LOCAL_USER, "nl", actor="S01", checklist="learning_organisation",
        compare=["S01", "S02", "nonsense"],
    )  # fmt: skip
    assert view.message is None
    assert [o["value"] for o in view.date_options] == ["2024-03-01", "2025-03-01"]
    assert view.shown_dates == ("2024-03-01", "2025-03-01")
    traces = view.chart["data"]
    assert [t["name"] for t in traces] == ["2024-03-01", "2025-03-01"]
    # means by hand: 2024 supportive culture (1+2)/2, focus 3/1; 2025 (3+2)/2, focus none
    assert traces[0]["y"] == [1.5, 3.0, None]
    assert traces[1]["y"] == [2.5, None, None]
    assert traces[0]["x"] == [
        "Ondersteunende cultuur",
        "Focus op ontwikkeling",
        "Expertise benutten",
    ]
    assert view.changes == (
        "alle leraren voelen zich gezamenlijk verantwoordelijk voor alle leerlingen van de "
        "school of afdeling: 1 → 3 (+2)",
    )
    # only S01 has an assessment: one series, the latest date
    (school,) = view.compare_chart["data"]
    assert school["name"] == f"{SCHOOL} (2025-03-01)"
    assert [line.name for line in view.indicators] == list(presenter.INDICATORS)
    assert view.indicators[0].value == "niet te bepalen"  # no ties: no share to show


def test_saving_again_on_the_same_date_updates(small_engine: Engine) -> None:
    save(small_engine, "2024-03-01", {"lo_sc_1": 1})
    save(small_engine, "2024-03-01", {"lo_sc_1": 3})
    (record,) = network_records(small_engine).assessments
    assert dict(record.scores) == {"lo_sc_1": 3}


def test_invalid_input_is_refused_with_the_reason(small_engine: Engine) -> None:
    bad = save(small_engine, "2024-03-01", {"lo_sc_1": 4, "lo_sc_2": 2})
    assert not bad.ok
    assert bad.message == "Niet opgeslagen: score of 'lo_sc_1' must be 1, 2 or 3, not 4"
    assert network_records(small_engine).assessments == ()
    assert save(small_engine, "2024-03-01", {"lo_sc_1": 2}, actor="P01").message == (
        "Kies eerst een organisatie, een checklist en een datum."
    )
    assert not save(small_engine, "someday", {"lo_sc_1": 2}).ok
    assert save(small_engine, "2024-03-01", {"lo_sc_1": None}).message == (
        "Er is nog geen enkele uitspraak gescoord."
    )
    assert save(small_engine, "2024-03-01", {"lo_sc_1": 2}, viewer=READER).message == (
        "Je hebt geen rechten om een zelfevaluatie op te slaan."
    )
    forged = presenter.save_checklist(
        small_engine, LOCAL_USER, "en", actor="S01", checklist="learning_organisation",
        on="2024-03-01", codes=["lo_sc_1"], values=[2, 3],
    )  # fmt: skip
    assert not forged.ok and forged.message.startswith("Not saved")
    assert network_records(small_engine).assessments == ()


def test_results_without_a_choice_or_an_assessment(small_engine: Engine) -> None:
    none = presenter.results_view(small_engine, LOCAL_USER, "en", actor=None, checklist=None)
    assert none.message == "Choose an organisation to see the results."
    empty = presenter.results_view(
        small_engine, LOCAL_USER, "en", actor="L01", checklist="learning_partnership"
    )
    assert empty.message == "Lectoraat Verzonnen Leren has not filled in this checklist yet."
    assert empty.chart["data"] == []


def test_score_options_come_from_the_codebook(small_engine: Engine) -> None:
    options = presenter.score_options(network_records(small_engine), "nl")
    assert options == [
        {"label": "nog in startfase", "value": 1},
        {"label": "gedeeltelijk ontwikkeld", "value": 2},
        {"label": "sterk ontwikkeld", "value": 3},
    ]
    keys = [o["value"] for o in presenter.actor_options(network_records(small_engine), "nl")]
    assert keys == ["S01", "S02", "L01"]  # organisations only, by name
