"""Checklist results and structural indicators beside them."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from graph.assessment import (
    Statement,
    compare_assessments,
    freeman_degree_centralisation,
    section_scores,
    structural_indicators,
)
from graph.records import ActorRecord, AssessmentRecord, NetworkRecords, TieRecord

STATEMENTS = [
    Statement("lo_sc_1", "learning_organisation", "supportive_culture", 1),
    Statement("lo_sc_2", "learning_organisation", "supportive_culture", 2),
    Statement("lo_fd_1", "learning_organisation", "focus_on_development", 7),
    Statement("lp_1", "learning_partnership", "partnership", 1),
]


def assessment(scores, day=date(2024, 3, 1), checklist="learning_organisation"):
    return AssessmentRecord(1, 5, checklist, day, tuple(scores.items()))


def test_section_means_count_answered_statements():
    result = section_scores(assessment({"lo_sc_1": 1, "lo_sc_2": 3}), STATEMENTS)
    assert [(s.section, s.mean, s.answered, s.total) for s in result] == [
        ("supportive_culture", 2.0, 2, 2),
        ("focus_on_development", None, 0, 1),
    ]


def test_compare_two_dates_statement_by_statement():
    changes = compare_assessments(
        assessment({"lo_sc_1": 1, "lo_sc_2": 2}),
        assessment({"lo_sc_1": 3, "lo_fd_1": 2}, date(2025, 3, 1)),
    )
    assert [(c.code, c.before, c.after, c.change) for c in changes] == [
        ("lo_fd_1", None, 2, None),
        ("lo_sc_1", 1, 3, 2),
        ("lo_sc_2", 2, None, None),
    ]
    with pytest.raises(ValueError, match="cannot compare"):
        compare_assessments(assessment({}), assessment({}, checklist="learning_partnership"))


def test_freeman_centralisation_star_is_one_and_ring_is_zero():
    # Freeman (1979): a star is maximally centralised (1), a cycle not at all (0).
    assert freeman_degree_centralisation(nx.star_graph(5)) == 1.0
    assert freeman_degree_centralisation(nx.cycle_graph(6)) == 0.0
    assert freeman_degree_centralisation(nx.path_graph(2)) is None


def test_indicators_for_one_school_and_the_whole():
    school = ActorRecord(1, "S1", "organisation", "school", "De Klimop")
    a = ActorRecord(2, "P2", "person", "teacher", "Anna", organisation_ids=(1,))
    b = ActorRecord(3, "P3", "person", "teacher", "Bas", organisation_ids=(1,))
    out = ActorRecord(4, "P4", "person", "lector", "Cor")
    records = NetworkRecords(
        actors=(school, a, b, out),
        ties=(TieRecord(1, 2, 3), TieRecord(2, 3, 2), TieRecord(3, 2, 4), TieRecord(4, 3, 4)),
    )
    school_view = structural_indicators(records, 1)
    assert school_view.outside_share == 0.5
    assert school_view.outside_partners == 1
    whole = structural_indicators(records)
    assert whole.outside_share is None
    assert whole.reciprocity == pytest.approx(
        nx.overall_reciprocity(nx.DiGraph([(2, 3), (3, 2), (2, 4), (3, 4)]))
    )
    assert whole.clustering == pytest.approx(1.0)


def test_indicators_without_ties_are_none_not_nan():
    lonely = NetworkRecords(actors=(ActorRecord(1, "S1", "organisation", "school", "Eiland"),))
    result = structural_indicators(lonely, 1)
    assert result.outside_share is None and result.reciprocity is None
    assert result.clustering is None and result.degree_centralisation is None


def test_an_undirected_tie_counts_as_reciprocated():
    people = tuple(ActorRecord(i, f"P{i}", "person", "teacher", f"P{i}") for i in (1, 2, 3))
    records = NetworkRecords(
        actors=people, ties=(TieRecord(1, 1, 2, directed=False), TieRecord(2, 2, 3))
    )
    # networkx on the same collaborations written out as arcs: 1<->2 mutual, 2->3 one way
    expected = nx.overall_reciprocity(nx.DiGraph([(1, 2), (2, 1), (2, 3)]))
    assert structural_indicators(records).reciprocity == pytest.approx(expected) == 2 / 3


def test_indicators_count_the_ties_so_an_isolated_school_can_be_told_apart():
    school = ActorRecord(1, "S1", "organisation", "school", "Eiland")
    staff = tuple(
        ActorRecord(i, f"P{i}", "person", "teacher", f"P{i}", organisation_ids=(1,)) for i in (2, 3)
    )
    isolated = structural_indicators(NetworkRecords(actors=(school, *staff)), 1)
    # three actors and no tie: Freeman gives 0, which is not "shared leadership"
    assert isolated.degree_centralisation == 0.0
    assert isolated.tie_count == 0
    linked = NetworkRecords(actors=(school, *staff), ties=(TieRecord(1, 2, 3),))
    assert structural_indicators(linked, 1).tie_count == 1
