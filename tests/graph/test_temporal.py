"""Turnover between two school years and actors whose position changed most."""

from __future__ import annotations

import pytest

from graph.temporal import position_changes, turnover


def test_turnover_by_actor_pair(small):
    t = turnover(small, "2022-2023", "2023-2024")
    assert t.started == ((10, 12), (11, 12))
    assert t.ended == ((10, 11),)
    assert t.persisting == ((13, 14),)  # the undated tie counts in every year
    assert t.persistence_rate == 0.5
    assert t.counts() == {"started": 2, "ended": 1, "persisting": 1}


def test_turnover_at_organisation_level_ignores_internal_self_loops(small):
    t = turnover(small, "2022-2023", "2023-2024", level="organisation")
    # 2022-2023: Anna-Bram folds to A-A (self-loop) and A-C; 2023-2024: A-B, B-C.
    assert t.ended == ((1, 3),)
    assert t.started == ((1, 2), (2, 3))
    assert t.persisting == ()


def test_turnover_of_empty_years(make):
    t = turnover(make.records(), "2020-2021", "2021-2022")
    assert t.started == t.ended == t.persisting == ()
    assert t.persistence_rate is None


def test_position_changes_ranked(small):
    changes = position_changes(small, "2022-2023", "2023-2024", top=None)
    first = changes[0]
    # Cor (12) goes from no ties to the broker between Anna and Bram.
    assert first.actor_id == 12 and first.name == "Cor"
    assert (first.degree_a, first.degree_b) == (0, 2)
    assert first.betweenness_b == pytest.approx(1 / 6)  # 1 of 6 pairs among 4 others
    assert (first.degree_rank_a, first.degree_rank_b) == (5, 1)
    assert first.rank_change == 4
    assert [c.actor_id for c in changes[1:]] == [10, 11, 13, 14]
    assert all(c.rank_change == 2 for c in changes[1:])
    assert len(position_changes(small, "2022-2023", "2023-2024", top=2)) == 2
