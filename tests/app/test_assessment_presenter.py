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
    first = save(
        small_engine, "2024-03-01", {"lo_sc_1": 1, "lo_sc_2": 2, "lo_fd_1": 3}, partial=True
    )
    assert first.ok and first.message == (
        f"Gedeeltelijk opgeslagen: 3 van de 18 uitspraken gescoord voor {SCHOOL} op "
        "2024-03-01; 15 ontbreken nog."
    )
    second = save(
        small_engine, "2025-03-01", {"lo_sc_1": 3, "lo_sc_2": 2, "lo_fd_1": None}, partial=True
    )
    assert second.ok and second.message.startswith("Gedeeltelijk opgeslagen: 2 van de 18")
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
    assert school["name"] == f"{SCHOOL} (2025-03-01, deze school)"
    assert [line.name for line in view.indicators] == list(presenter.INDICATORS)
    assert view.indicators[0].value == "niet te bepalen"  # no ties: no share to show


def test_saving_again_on_the_same_date_updates(small_engine: Engine) -> None:
    save(small_engine, "2024-03-01", {"lo_sc_1": 1}, partial=True)
    save(small_engine, "2024-03-01", {"lo_sc_1": 3}, partial=True)
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


def _all_codes(engine: Engine, checklist: str = "learning_organisation") -> list[str]:
    from db.assessments import read_checklist_statements

    return [s.code for s in read_checklist_statements(engine) if s.checklist == checklist]


def test_a_partial_save_says_how_many_are_missing_and_asks_first(small_engine: Engine) -> None:
    codes = _all_codes(small_engine)
    assert len(codes) == 18
    refused = save(small_engine, "2024-03-01", {codes[0]: 2})
    assert not refused.ok and refused.needs_confirmation
    assert refused.missing == 17
    assert refused.message == (
        "Nog niet opgeslagen: 17 van de 18 uitspraken hebben nog geen score. Vul ze aan, "
        "of kies 'Toch gedeeltelijk opslaan' om wat er nu staat al te bewaren (1 gescoord)."
    )
    assert network_records(small_engine).assessments == ()
    english = save(small_engine, "2024-03-01", {codes[0]: 2}, language="en")
    assert english.message.startswith("Not saved yet: 17 of the 18 statements have no score")
    partial = save(small_engine, "2024-03-01", {codes[0]: 2}, partial=True)
    assert partial.ok and not partial.needs_confirmation
    assert partial.message == (
        f"Gedeeltelijk opgeslagen: 1 van de 18 uitspraken gescoord voor {SCHOOL} op "
        "2024-03-01; 17 ontbreken nog."
    )
    (record,) = network_records(small_engine).assessments
    assert dict(record.scores) == {codes[0]: 2}
    # a complete checklist is saved at once, without asking
    complete = save(small_engine, "2024-04-01", dict.fromkeys(codes, 3))
    assert complete.ok and complete.message == f"18 scores opgeslagen voor {SCHOOL} op 2024-04-01."
    # the partnership checklist has nine statements
    nine = _all_codes(small_engine, "learning_partnership")
    short = save(
        small_engine, "2024-03-01", {nine[0]: 1, nine[1]: 1}, checklist="learning_partnership"
    )
    assert short.missing == 7 and "7 van de 9 uitspraken" in short.message


def test_an_invalid_score_is_refused_before_completeness_is_asked(small_engine: Engine) -> None:
    bad = save(small_engine, "2024-03-01", {"lo_sc_1": 4}, partial=True)
    assert not bad.ok and not bad.needs_confirmation
    assert bad.message == "Niet opgeslagen: score of 'lo_sc_1' must be 1, 2 or 3, not 4"


def test_the_chosen_school_is_in_the_comparison_marked_as_this_school(small_engine) -> None:
    codes = _all_codes(small_engine)
    save(small_engine, "2024-03-01", dict.fromkeys(codes, 1))
    save(small_engine, "2025-03-01", dict.fromkeys(codes, 3), actor="S02")
    view = presenter.results_view(
        small_engine, LOCAL_USER, "nl", actor="S01", checklist="learning_organisation",
        compare=["S02"],
    )  # fmt: skip
    names = [trace["name"] for trace in view.compare_chart["data"]]
    assert names == [f"{SCHOOL} (2024-03-01, deze school)", "Fantasia College (2025-03-01)"]
    assert view.compare_chart["data"][0]["y"] == [1.0, 1.0, 1.0]
    english = presenter.results_view(
        small_engine, LOCAL_USER, "en", actor="S01", checklist="learning_organisation",
        compare=["S02", "S01"],
    )  # fmt: skip
    names = [trace["name"] for trace in english.compare_chart["data"]]
    assert names == [f"{SCHOOL} (2024-03-01, this school)", "Fantasia College (2025-03-01)"]
    # a lectoraat is not a school: it is marked as the chosen organisation
    save(small_engine, "2024-05-01", dict.fromkeys(codes, 2), actor="L01")
    lector = presenter.results_view(
        small_engine, LOCAL_USER, "en", actor="L01", checklist="learning_organisation",
        compare=["S02"],
    )  # fmt: skip
    assert lector.compare_chart["data"][0]["name"] == (
        "Lectoraat Verzonnen Leren (2024-05-01, this organisation)"
    )


def test_an_isolated_school_gets_its_own_sentence_for_centralisation(small_engine) -> None:
    lines = {
        lang: {
            line.name: line
            for line in presenter.results_view(
                small_engine, LOCAL_USER, lang, actor="S02", checklist="learning_organisation"
            ).indicators
        }
        for lang in ("nl", "en")
    }
    nl, en = lines["nl"]["degree_centralisation"], lines["en"]["degree_centralisation"]
    assert nl.value == "geen samenwerkingen" and en.value == "no collaborations"
    assert "hangt niet aan" not in nl.explanation and "does not hang" not in en.explanation
    assert nl.explanation.startswith("Er staat geen enkele samenwerking van deze organisatie")
    assert en.explanation.startswith("This organisation has no recorded collaboration")


def test_a_connected_school_keeps_the_shared_leadership_sentence(small_engine) -> None:
    from sqlalchemy import select

    from db.models import Actor, Tie
    from db.session import transaction

    with transaction(small_engine) as session:
        ids = dict(session.execute(select(Actor.key, Actor.id)).all())
        session.add(Tie(key="T1", source_id=ids["P01"], target_id=ids["S02"]))
    view = presenter.results_view(
        small_engine, LOCAL_USER, "nl", actor="S02", checklist="learning_organisation"
    )
    line = next(i for i in view.indicators if i.name == "degree_centralisation")
    assert line.explanation.startswith("Laag = het netwerk hangt niet aan één actor")
