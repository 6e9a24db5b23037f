"""Two-mode network and its co-membership projection; Davis' southern women as reference."""

from __future__ import annotations

import networkx as nx
from networkx.algorithms import bipartite

from graph.projections import co_membership_graph, project, side_nodes, two_mode_graph
from graph.records import ActorRecord, MembershipRecord, NetworkRecords


def test_two_mode_graph_of_small(small):
    B = two_mode_graph(small)
    assert side_nodes(B, 1) == [20, 21]
    assert side_nodes(B, 0) == [10, 11, 12, 13]
    assert bipartite.is_bipartite_node_set(B, side_nodes(B, 0))
    assert B.edges[11, 20]["role"] == "coordinator"
    assert B.nodes[11]["organisation_ids"] == (1, 3)


def test_co_membership_weights_shared_groups(small):
    P = co_membership_graph(small)
    assert sorted(P.nodes) == [10, 11, 12, 13]
    assert {tuple(sorted(e)): w for *e, w in P.edges(data="weight")} == {
        (10, 11): 1,
        (11, 12): 1,
        (11, 13): 1,
        (12, 13): 1,
    }
    assert P.edges[11, 12]["shared"] == (21,)
    G = project(two_mode_graph(small), side="groups")
    assert list(G.edges(data="weight")) == [(20, 21, 1)]  # Bram is in both


def test_empty_memberships_and_groups_without_members(make):
    recs = make.records(actors=[make.group(20, "Empty"), make.person(1, "A")])
    B = two_mode_graph(recs)
    assert list(B.nodes) == [20] and B.number_of_edges() == 0
    assert co_membership_graph(recs).number_of_nodes() == 0
    assert two_mode_graph(make.records()).number_of_nodes() == 0


def davis_records() -> tuple[NetworkRecords, dict[str, int]]:
    """Davis, Gardner & Gardner (1941), Deep South: 18 women x 14 events, via networkx."""
    D = nx.davis_southern_women_graph()
    women, events = D.graph["top"], D.graph["bottom"]
    ids = {name: i for i, name in enumerate(women + events, start=1)}
    actors = [ActorRecord(ids[w], w, "person", "teacher", w) for w in women]
    actors += [ActorRecord(ids[e], e, "group", "learning_network", e) for e in events]
    members = [
        MembershipRecord(ids[u] if u in women else ids[v], ids[v] if u in women else ids[u])
        for u, v in D.edges
    ]
    return NetworkRecords(actors=tuple(actors), memberships=tuple(members)), ids


def test_davis_projection_equals_networkx_weighted_projection():
    recs, ids = davis_records()
    D = nx.davis_southern_women_graph()
    expected = bipartite.weighted_projected_graph(D, D.graph["top"])
    P = co_membership_graph(recs)
    assert P.number_of_nodes() == 18 and P.number_of_edges() == expected.number_of_edges()
    for u, v, w in expected.edges(data="weight"):
        assert P.edges[ids[u], ids[v]]["weight"] == w
    events = bipartite.weighted_projected_graph(D, D.graph["bottom"])
    G = project(two_mode_graph(recs), side="groups")
    assert G.number_of_edges() == events.number_of_edges()
    for u, v, w in events.edges(data="weight"):
        assert G.edges[ids[u], ids[v]]["weight"] == w


def test_davis_published_co_attendance():
    """Breiger (1974), 'The duality of persons and groups', Social Forces 53(2): the
    women-by-women matrix has Evelyn-Theresa 7, Evelyn-Laura 6, Evelyn-Brenda 6,
    and Evelyn attends 8 events."""
    recs, ids = davis_records()
    P = co_membership_graph(recs)
    ev = ids["Evelyn Jefferson"]
    assert P.edges[ev, ids["Theresa Anderson"]]["weight"] == 7
    assert P.edges[ev, ids["Laura Mandeville"]]["weight"] == 6
    assert P.edges[ev, ids["Brenda Rogers"]]["weight"] == 6
    assert two_mode_graph(recs).degree(ev) == 8
