"""build_graph: levels, folding a person at two organisations, internal ties, multi-ties."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from graph.build import build_graph, organisations_of
from graph.errors import FilterError, UnknownLevel
from graph.weights import WeightScheme


def edge_weights(G):
    return {
        (u, v) if G.is_directed() else tuple(sorted((u, v))): w
        for u, v, w in G.edges(data="weight")
    }


def test_person_level_nodes_edges_and_multi_tie_aggregation(small):
    G = build_graph(small)
    assert not G.is_directed()
    assert sorted(G.nodes) == [10, 11, 12, 13, 14]  # persons only, Eva without org too
    assert edge_weights(G) == {
        (10, 12): 5.0,  # monthly 4 + once 1 (ties 1 and 5)
        (10, 11): 5.0,  # weekly
        (11, 12): 2.0,  # yearly
        (12, 13): 7.0,  # weight override on a quarterly tie
        (13, 14): 1.0,  # frequency not coded: default 1
    }
    e = G.edges[10, 12]
    assert e["count"] == 2
    assert e["tie_ids"] == (1, 5)
    assert e["themes"] == ("dyslexia", "ict")
    assert e["modes"] == ("face_to_face", "online")
    assert e["motives"] == ("pupil_care",)
    assert e["frequency"] == "monthly" and e["frequency_value"] == 4.0
    assert e["start"] == date(2021, 3, 1)
    assert "end" not in e  # tie 1 is open-ended
    assert G.edges[10, 11]["end"] == date(2023, 7, 31)
    assert "frequency" not in G.edges[13, 14]


def test_node_attributes_come_from_actors(small):
    G = build_graph(small)
    assert G.nodes[11] == {
        "id": 11,
        "key": "P11",
        "name": "Bram",
        "kind": "person",
        "type": "teacher_educator",
        "organisation_ids": (1, 3),
    }
    H = build_graph(small, level="organisation")
    assert H.nodes[1]["sector"] == "po" and H.nodes[1]["region"] == "Utrecht"
    assert H.nodes[1]["persons"] == 2 and H.nodes[3]["persons"] == 2 and H.nodes[2]["persons"] == 1
    assert H.graph["level"] == "organisation" and H.graph["revision"] == "small-1"


def test_internal_flag_and_dropping_colleague_ties(small):
    G = build_graph(small)
    assert G.edges[10, 11]["internal"] is True  # Anna and Bram both at school A
    assert G.edges[10, 12]["internal"] is False
    H = build_graph(small, keep_internal=False)
    assert not H.has_edge(10, 11)
    assert H.number_of_edges() == 4


def test_organisation_level_splits_a_person_at_two_organisations(small):
    G = build_graph(small, level="organisation")
    assert sorted(G.nodes) == [1, 2, 3]
    # Bram (A + C) splits his ties in halves; Eva has no organisation and drops out.
    assert edge_weights(G) == {(1, 2): 6.0, (1, 3): 2.5, (2, 3): 8.0}
    assert G.edges[1, 2]["tie_ids"] == (1, 3, 5) and G.edges[1, 2]["count"] == 3
    # Anna-Bram, both at school A, is no tie between organisations: A counts it inside.
    assert (G.nodes[1]["internal_ties"], G.nodes[1]["internal_weight"]) == (1, 2.5)
    assert G.nodes[2]["internal_ties"] == 0 and G.edges[1, 2]["internal"] is False
    # The split conserves the total weight of the ties that have organisations on both ends.
    inside = sum(w for _n, w in G.nodes(data="internal_weight"))
    assert sum(edge_weights(G).values()) + inside == 4 + 1 + 5 + 2 + 7


def test_organisation_level_each_rule_counts_full_weight(small):
    G = build_graph(small, level="organisation", multi_affiliation="each")
    assert edge_weights(G) == {(1, 2): 7.0, (1, 3): 5.0, (2, 3): 9.0}
    assert G.nodes[1]["internal_weight"] == 5.0


def test_organisation_level_without_internal_ties_has_no_self_loops(small):
    G = build_graph(small, level="organisation", keep_internal=False)
    assert nx.number_of_selfloops(G) == 0
    assert edge_weights(G) == {(1, 2): 6.0, (1, 3): 2.5, (2, 3): 8.0}


def test_affiliations_add_organisations(make):
    recs = make.records(
        actors=[
            make.org(1, "A"),
            make.org(2, "B"),
            make.person(10, "Ann"),
            make.person(11, "Bob", (2,)),
        ],
        ties=[make.tie(1, 10, 11, frequency="weekly")],
        affiliations=[make.affiliation(10, 1)],
    )
    assert organisations_of(recs) == {10: (1,), 11: (2,)}
    assert edge_weights(build_graph(recs, level="organisation")) == {(1, 2): 5.0}


def test_mixed_level_keeps_every_non_group_actor_as_itself(make):
    recs = make.records(
        actors=[
            make.org(1, "A"),
            make.org(2, "B"),
            make.person(10, "Ann", (1,)),
            make.group(20, "PLG"),
        ],
        ties=[
            make.tie(1, 10, 2, frequency="monthly"),
            make.tie(2, 10, 1, frequency="weekly"),  # a person and her own school: internal
            make.tie(3, 10, 20, frequency="weekly"),  # touches a group: two-mode only
        ],
    )
    G = build_graph(recs, level="mixed")
    assert sorted(G.nodes) == [1, 2, 10]
    assert edge_weights(G) == {(2, 10): 4.0, (1, 10): 5.0}
    assert G.edges[1, 10]["internal"] is True
    assert sorted(build_graph(recs, level="mixed", keep_internal=False).edges) == [(2, 10)]
    assert sorted(build_graph(recs, level="person").nodes) == [10]
    assert build_graph(recs, level="person").number_of_edges() == 0


def test_directed_view_initiator_to_partner_and_mutual_ties(make):
    recs = make.records(
        actors=[make.person(i, f"P{i}") for i in (1, 2, 3)],
        ties=[
            make.tie(1, 1, 2, frequency="monthly"),
            make.tie(2, 2, 1, frequency="once"),
            make.tie(3, 2, 3, frequency="weekly", directed=False),
        ],
    )
    D = build_graph(recs, directed=True)
    assert isinstance(D, nx.DiGraph)
    assert edge_weights(D) == {(1, 2): 4.0, (2, 1): 1.0, (2, 3): 5.0, (3, 2): 5.0}
    U = build_graph(recs)
    assert edge_weights(U) == {(1, 2): 5.0, (2, 3): 5.0}


def test_custom_weighting_is_used(small):
    scheme = WeightScheme.from_mapping(
        {"monthly": 12, "once": 1}, default=0.5, use_tie_override=False
    )
    G = build_graph(small, weighting=scheme)
    assert G.edges[10, 12]["weight"] == 13.0
    assert G.edges[12, 13]["weight"] == 0.5  # quarterly unmapped, override ignored


def test_empty_records_give_empty_graph(make):
    G = build_graph(make.records())
    assert G.number_of_nodes() == 0 and G.number_of_edges() == 0


def test_one_node_no_ties(make):
    G = build_graph(make.records(actors=[make.person(1, "Solo")]))
    assert list(G.nodes) == [1] and G.number_of_edges() == 0


def test_self_loop_tie_kept_or_dropped(make):
    recs = make.records(
        actors=[make.person(1, "Solo")], ties=[make.tie(1, 1, 1, frequency="yearly")]
    )
    G = build_graph(recs)
    assert list(G.edges(data="weight")) == [(1, 1, 2.0)]
    assert build_graph(recs, keep_internal=False).number_of_edges() == 0
    D = build_graph(recs, directed=True)
    assert list(D.edges) == [(1, 1)]


def test_ties_to_unknown_actors_are_skipped(make):
    recs = make.records(actors=[make.person(1, "A")], ties=[make.tie(1, 1, 99)])
    assert build_graph(recs).number_of_edges() == 0


def test_disconnected_input(make):
    recs = make.records(
        actors=[make.person(i, str(i)) for i in range(1, 5)],
        ties=[make.tie(1, 1, 2), make.tie(2, 3, 4)],
    )
    assert nx.number_connected_components(build_graph(recs)) == 2


def test_bad_level_and_rule_are_clear_errors(small):
    with pytest.raises(UnknownLevel, match="'school'"):
        build_graph(small, level="school")
    with pytest.raises(FilterError, match="multi_affiliation"):
        build_graph(small, level="organisation", multi_affiliation="half")
