"""Expert finder and warm introductions on small partnerships with obvious answers."""

from __future__ import annotations

import pytest

from graph.experts import ExpertQuery, ExpertWeights, find_experts
from graph.introductions import describe_path, introduction_graph, introduction_paths, tie_cost
from graph.records import (
    ActorRecord,
    ActorThemeRecord,
    AffiliationRecord,
    NetworkRecords,
    StoryRecord,
    TieRecord,
)


def org(i: int, name: str, sector: str = "po", region: str = "Veenhoven") -> ActorRecord:
    return ActorRecord(i, f"O{i}", "organisation", "school", name, sector=sector, region=region)


def person(i: int, name: str, orgs: tuple[int, ...] = (), **kw) -> ActorRecord:
    return ActorRecord(i, f"P{i}", "person", "teacher", name, organisation_ids=orgs, **kw)


def tie(i: int, s: int, t: int, freq="weekly", vol="voluntary", themes=(), **kw) -> TieRecord:
    return TieRecord(i, s, t, frequency=freq, voluntariness=vol, themes=tuple(themes), **kw)


def expertise(actor_id: int, theme: str, level: str | None = "expert") -> ActorThemeRecord:
    return ActorThemeRecord(actor_id, theme, "expertise", level)


def network(actors, ties=(), themes=(), stories=()) -> NetworkRecords:
    affiliations = tuple(AffiliationRecord(a.id, o) for a in actors for o in a.organisation_ids)
    return NetworkRecords(
        actors=tuple(actors),
        ties=tuple(ties),
        affiliations=affiliations,
        actor_themes=tuple(themes),
        stories=tuple(stories),
    )


SCHOOL_A, SCHOOL_B = org(1, "Basisschool De Klimop"), org(2, "Kindcentrum Het Anker")
ASKER = person(10, "Anouk Asker", (1,))
COLLEAGUE = person(11, "Bram Collega", (1,))


def test_nobody_with_the_expertise_gives_an_empty_list():
    records = network([SCHOOL_A, ASKER, person(20, "Cees Ander")], themes=[expertise(20, "ict")])
    assert find_experts(records, ExpertQuery(asker=10, themes=("dyslexia",))) == []


def test_the_asker_as_the_only_expert_is_never_proposed():
    records = network([SCHOOL_A, ASKER], themes=[expertise(10, "dyslexia")])
    assert find_experts(records, ExpertQuery(asker=10, themes=("dyslexia",))) == []


def test_equal_scores_are_ordered_by_name_then_id():
    x, y = person(30, "Zus Zwart"), person(31, "Ada Aalders")
    records = network(
        [SCHOOL_A, ASKER, x, y], themes=[expertise(30, "dyslexia"), expertise(31, "dyslexia")]
    )
    ranked = find_experts(records, ExpertQuery(asker=10, themes=("dyslexia",), kinds=("person",)))
    assert [c.actor.id for c in ranked] == [31, 30]
    assert ranked[0].score == ranked[1].score


def test_unreachable_expert_is_listed_with_no_known_connection():
    records = network(
        [SCHOOL_A, ASKER, person(40, "Els Eiland")], themes=[expertise(40, "dyslexia")]
    )
    [candidate] = find_experts(records, ExpertQuery(asker=10, themes=("dyslexia",)))
    assert candidate.path is None
    assert candidate.proximity == 0.0
    assert candidate.path_text == "Geen bekende verbinding."
    english = find_experts(records, ExpertQuery(asker=10, themes=("dyslexia",)), language="en")
    assert english[0].path_text == "No known connection."


def test_strong_longer_chain_is_preferred_over_weak_imposed_direct_tie():
    expert, broker = person(50, "Fleur Expert"), person(51, "Gijs Brug")
    ties = [
        tie(1, 10, 50, freq="once", vol="imposed"),  # cost 1 + 2 + 2 = 5
        tie(2, 10, 51, freq="weekly"),  # cost 1
        tie(3, 51, 50, freq="monthly"),  # cost 1.5
    ]
    records = network([SCHOOL_A, ASKER, expert, broker], ties, [expertise(50, "dyslexia")])
    [candidate] = find_experts(
        records, ExpertQuery(asker=10, themes=("dyslexia",), kinds=("person",))
    )
    assert candidate.path.nodes == (10, 51, 50)
    assert candidate.path.cost == pytest.approx(2.5)
    assert (
        candidate.path_text
        == "Anouk Asker werkt samen met Gijs Brug; Gijs Brug werkt samen met Fleur Expert."
    )


def test_only_weak_imposed_tie_still_gives_a_path():
    expert = person(50, "Fleur Expert")
    records = network(
        [SCHOOL_A, ASKER, expert],
        [tie(1, 10, 50, freq="once", vol="imposed")],
        [expertise(50, "dyslexia")],
    )
    [candidate] = find_experts(
        records, ExpertQuery(asker=10, themes=("dyslexia",), kinds=("person",))
    )
    assert candidate.path.nodes == (10, 50)
    assert candidate.path.cost == 5.0
    assert candidate.proximity == pytest.approx(1 / 6)


def test_colleague_introduction_goes_through_the_school():
    expert = person(60, "Hanna Lector")
    records = network(
        [SCHOOL_A, ASKER, COLLEAGUE, expert], [tie(1, 11, 60)], [expertise(60, "dyslexia")]
    )
    [candidate] = find_experts(
        records, ExpertQuery(asker=10, themes=("dyslexia",), kinds=("person",))
    )
    assert candidate.path.nodes == (10, 1, 11, 60)
    assert "Anouk Asker werkt bij Basisschool De Klimop" in candidate.path_text
    assert "Basisschool De Klimop is de organisatie van Bram Collega" in candidate.path_text


def test_outside_own_organisation_excludes_colleagues_and_own_school():
    records = network(
        [SCHOOL_A, SCHOOL_B, ASKER, COLLEAGUE, person(70, "Iris Buiten", (2,))],
        themes=[expertise(11, "dyslexia"), expertise(70, "dyslexia"), expertise(1, "dyslexia")],
    )
    inside = find_experts(records, ExpertQuery(asker=10, themes=("dyslexia",)))
    outside = find_experts(
        records, ExpertQuery(asker=10, themes=("dyslexia",), outside_own_organisation=True)
    )
    assert {c.actor.id for c in inside} == {1, 2, 11, 70}
    assert {c.actor.id for c in outside} == {2, 70}


def test_evidence_from_ties_and_stories_raises_the_score_and_is_reported():
    a, b = person(80, "Jan Bewijs"), person(81, "Kim Kaal")
    ties = [tie(5, 80, 10, themes=("dyslexia",))]
    stories = [StoryRecord(9, "Samen een leesaanpak ontwikkeld", tie_id=5, themes=("dyslexia",))]
    records = network(
        [SCHOOL_A, ASKER, a, b],
        ties,
        [expertise(80, "dyslexia"), expertise(81, "dyslexia")],
        stories,
    )
    ranked = find_experts(
        records,
        ExpertQuery(
            asker=10, themes=("dyslexia",), kinds=("person",), weights=ExpertWeights(1, 0, 0, 0)
        ),
    )
    assert [c.actor.id for c in ranked] == [80, 81]
    assert ranked[0].evidence.tie_ids == (5,) and ranked[0].evidence.story_ids == (9,)
    # 0.6 * 1.0 (expert level) + 0.25 * (1 - 0.5) + 0.15 * (1 - 0.5)
    assert ranked[0].expertise == pytest.approx(0.8)
    assert ranked[1].expertise == pytest.approx(0.6)


def test_free_text_matches_dutch_word_forms():
    a = person(90, "Lot Lezer")
    records = network(
        [SCHOOL_A, ASKER, a],
        themes=[
            ActorThemeRecord(
                90, "reading_language", "expertise", "expert", "begeleiding bij leesproblemen"
            )
        ],
    )
    [candidate] = find_experts(records, ExpertQuery(asker=10, text="leerlingen met leesproblemen"))
    assert candidate.actor.id == 90
    assert candidate.evidence.texts == ("begeleiding bij leesproblemen",)


def test_career_phase_preference_ranks_experienced_school_leader_first():
    starter = ActorRecord(
        100,
        "L1",
        "person",
        "school_leader",
        "Mia Start",
        career_phase="starting",
        organisation_ids=(1,),
    )
    old = ActorRecord(101, "L2", "person", "school_leader", "Noor Oud", career_phase="experienced")
    young = ActorRecord(102, "L3", "person", "school_leader", "Aart Jong", career_phase="starting")
    records = network(
        [SCHOOL_A, starter, old, young],
        themes=[expertise(101, "leadership"), expertise(102, "leadership")],
    )
    ranked = find_experts(
        records, ExpertQuery(asker=100, themes=("leadership",), career_phase="experienced")
    )
    assert [c.actor.id for c in ranked] == [101, 102]
    assert ranked[0].preference == 1.0 and ranked[1].preference == 0.0


def test_busy_candidates_lose_availability():
    busy, free = person(110, "Olga Druk"), person(111, "Piet Rustig")
    others = [person(200 + i, f"Contact {i}") for i in range(6)]
    ties = [tie(300 + i, 110, 200 + i) for i in range(6)]
    records = network(
        [SCHOOL_A, ASKER, busy, free, *others], ties, [expertise(110, "ict"), expertise(111, "ict")]
    )
    ranked = {c.actor.id: c for c in find_experts(records, ExpertQuery(asker=10, themes=("ict",)))}
    assert ranked[110].availability == 0.0
    assert ranked[111].availability == 1.0


def test_unknown_asker_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown asker"):
        find_experts(network([SCHOOL_A]), ExpertQuery(asker=999, themes=("ict",)))


def test_tie_cost_formula():
    assert tie_cost(tie(1, 1, 2, freq="weekly")) == 1.0
    assert tie_cost(tie(1, 1, 2, freq="once", vol="imposed")) == 5.0
    assert tie_cost(TieRecord(1, 1, 2)) == 2.0  # uncoded frequency counts as quarterly
    assert tie_cost(tie(1, 1, 2, freq="monthly", participation="non_committal")) == 2.0


def test_introduction_paths_from_a_school():
    records = network([SCHOOL_A, ASKER, person(120, "Quinten")], [tie(1, 10, 120)])
    graph = introduction_graph(records)
    paths = introduction_paths(graph, 1)
    assert paths[120].nodes == (1, 10, 120)
    assert describe_path(graph, paths[1]) == "Dit is de vrager zelf."
    assert len(introduction_paths(graph, 999)) == 0


def test_introduction_graph_is_built_once_per_records_object():
    records = network([SCHOOL_A, ASKER, person(120, "Quinten")], [tie(1, 10, 120)])
    assert introduction_graph(records) is introduction_graph(records)
    copy = network([SCHOOL_A, ASKER, person(120, "Quinten")], [tie(1, 10, 120)])
    assert introduction_graph(copy) is not introduction_graph(records)
