"""Metrics against published values on the classic networks of the field.

Each expected value names its source. Rounded values are compared at the precision
the source prints them.
"""

from __future__ import annotations

import networkx as nx
import pytest

from graph import metrics as gm

# --- Krackhardt's kite -------------------------------------------------------------
# Krackhardt, D. (1990). Assessing the political landscape. Admin. Sci. Q. 35, 342-369;
# values as tabulated on Wikipedia "Krackhardt kite graph" and in networkx's
# test_betweenness_centrality.py / test_closeness_centrality.py (UCINET values).
# networkx numbering: 0 Andre, 1 Beverly, 2 Carol, 3 Diane, 4 Ed, 5 Fernando,
# 6 Garth, 7 Heather, 8 Ike, 9 Jane.
KITE_DEGREE = {0: 4, 1: 4, 2: 3, 3: 6, 4: 3, 5: 5, 6: 5, 7: 3, 8: 2, 9: 1}
KITE_BETWEENNESS = {0: 0.023, 1: 0.023, 2: 0.000, 3: 0.102, 4: 0.000,
                    5: 0.231, 6: 0.231, 7: 0.389, 8: 0.222, 9: 0.000}  # fmt: skip
KITE_CLOSENESS = {0: 0.529, 1: 0.529, 2: 0.500, 3: 0.600, 4: 0.500,
                  5: 0.643, 6: 0.643, 7: 0.600, 8: 0.429, 9: 0.310}  # fmt: skip


@pytest.fixture(scope="module")
def kite():
    return gm.node_metrics(nx.krackhardt_kite_graph())


@pytest.mark.parametrize("node", sorted(KITE_DEGREE))
def test_kite_degree(kite, node):
    assert kite.loc[node, "degree"] == KITE_DEGREE[node]


@pytest.mark.parametrize("node", sorted(KITE_BETWEENNESS))
def test_kite_betweenness(kite, node):
    assert kite.loc[node, "betweenness"] == pytest.approx(KITE_BETWEENNESS[node], abs=5e-4)


@pytest.mark.parametrize("node", sorted(KITE_CLOSENESS))
def test_kite_closeness(kite, node):
    assert kite.loc[node, "closeness"] == pytest.approx(KITE_CLOSENESS[node], abs=5e-4)


def test_kite_roles():
    # Krackhardt (1990): Diane has most ties, Fernando/Garth are closest, Heather
    # brokers most; Ike and Heather are the cut points that hold Jane.
    K = nx.krackhardt_kite_graph()
    assert sorted(gm.articulation_points(K)) == [7, 8]
    assert {frozenset(b) for b in gm.bridges(K)} == {frozenset((7, 8)), frozenset((8, 9))}


# --- Padgett's Florentine families -------------------------------------------------
# Padgett & Ansell (1993) marriage network; normalised betweenness as published in
# Wasserman & Faust (1994) / UCINET and in networkx's test_betweenness_centrality.py
# test_florentine_families_graph (Medici 0.522). Pucci (an isolate) is absent.
FLORENTINE_BETWEENNESS = {
    "Acciaiuoli": 0.000, "Albizzi": 0.212, "Barbadori": 0.093, "Bischeri": 0.104,
    "Castellani": 0.055, "Ginori": 0.000, "Guadagni": 0.255, "Lamberteschi": 0.000,
    "Medici": 0.522, "Pazzi": 0.000, "Peruzzi": 0.022, "Ridolfi": 0.114,
    "Salviati": 0.143, "Strozzi": 0.103, "Tornabuoni": 0.092,
}  # fmt: skip
# closeness from networkx's test_closeness_centrality.py test_florentine_families_graph
FLORENTINE_CLOSENESS = {
    "Acciaiuoli": 0.368, "Albizzi": 0.483, "Barbadori": 0.4375, "Bischeri": 0.400,
    "Castellani": 0.389, "Ginori": 0.333, "Guadagni": 0.467, "Lamberteschi": 0.326,
    "Medici": 0.560, "Pazzi": 0.286, "Peruzzi": 0.368, "Ridolfi": 0.500,
    "Salviati": 0.389, "Strozzi": 0.4375, "Tornabuoni": 0.483,
}  # fmt: skip


@pytest.fixture(scope="module")
def florentine():
    return gm.node_metrics(nx.florentine_families_graph())


@pytest.mark.parametrize("family", sorted(FLORENTINE_BETWEENNESS))
def test_florentine_betweenness(florentine, family):
    value = florentine.loc[family, "betweenness"]
    assert value == pytest.approx(FLORENTINE_BETWEENNESS[family], abs=5e-4)


@pytest.mark.parametrize("family", sorted(FLORENTINE_CLOSENESS))
def test_florentine_closeness(florentine, family):
    value = florentine.loc[family, "closeness"]
    assert value == pytest.approx(FLORENTINE_CLOSENESS[family], abs=5e-4)


def test_florentine_medici_is_the_broker(florentine):
    # Padgett & Ansell (1993): the Medici's centrality came from brokerage
    assert florentine["betweenness"].idxmax() == "Medici"
    assert florentine["degree"].idxmax() == "Medici"


# --- Zachary's karate club ---------------------------------------------------------
# Zachary (1977) J. Anthropol. Res. 33, 452-473: 34 members, 78 ties, so density
# 78 / 561 = 0.139. Its 45 triangles over 528 connected triples give transitivity
# 3 * 45 / 528 = 0.2557; average clustering 0.5706, degree assortativity -0.4756
# (Newman's r, PRL 89, 208701, 2002; social networks are usually assortative, this
# one famously is not), diameter 5 and mean path length 2.408 are the values UCINET,
# igraph and networkx all report for this network. Best modularity 0.4198 with four
# groups: Brandes et al. (2008) IEEE TKDE 20, 172-188 (proven optimum).
KARATE = [
    ("nodes", 34, 0),
    ("ties", 78, 0),
    ("density", 0.139, 5e-4),
    ("transitivity", 0.2557, 5e-5),
    ("average_clustering", 0.5706, 5e-5),
    ("degree_assortativity", -0.4756, 5e-5),
    ("diameter", 5, 0),
    ("average_path_length", 2.408, 5e-4),
    ("components", 1, 0),
]


@pytest.fixture(scope="module")
def karate():
    return gm.network_summary(nx.karate_club_graph(), attribute="club")


@pytest.mark.parametrize(("key", "expected", "tol"), KARATE, ids=[k[0] for k in KARATE])
def test_karate(karate, key, expected, tol):
    assert karate[key] == pytest.approx(expected, abs=tol)


def test_karate_leiden_reaches_known_optimum():
    Z = nx.karate_club_graph()
    part = gm.detect_communities(Z, method="leiden", seed=0)
    assert gm.modularity(Z, part) == pytest.approx(0.4198, abs=5e-5)
    assert max(part.values()) == 4  # the optimum has four groups (Brandes et al. 2008)


@pytest.mark.parametrize("seed", range(5))
def test_karate_louvain_is_near_optimum(seed):
    # Blondel et al. (2008) report 0.42 for karate; Louvain is a heuristic and may
    # stop slightly lower depending on the seed.
    Z = nx.karate_club_graph()
    part = gm.detect_communities(Z, seed=seed)
    assert 0.38 <= gm.modularity(Z, part) <= 0.4198 + 1e-9


def test_karate_split_is_assortative(karate):
    # Zachary's two factions ('Mr. Hi', 'Officer'): ties mostly stay inside;
    # 11 of the 78 ties cross (Zachary 1977, fig. 1), so E-I = (11 - 67) / 78.
    assert karate["mixing_matrix"]["Mr. Hi"]["Officer"] == 11
    assert karate["ei_index"] == pytest.approx((11 - 67) / 78)


# --- Davis' southern women (two-mode) ----------------------------------------------
# Davis, Gardner & Gardner (1941) Deep South: 18 women x 14 events, 89 attendances.
# Events attended per woman as in their table (Evelyn 8, Theresa 8, Nora 8, ...).
DAVIS_WOMEN = {
    "Evelyn Jefferson": 8, "Laura Mandeville": 7, "Theresa Anderson": 8,
    "Brenda Rogers": 7, "Charlotte McDowd": 4, "Frances Anderson": 4,
    "Eleanor Nye": 4, "Pearl Oglethorpe": 3, "Ruth DeSand": 4, "Verne Sanderson": 4,
    "Myra Liddel": 4, "Katherina Rogers": 6, "Sylvia Avondale": 7, "Nora Fayette": 8,
    "Helen Lloyd": 5, "Dorothy Murchison": 2, "Olivia Carleton": 2, "Flora Price": 2,
}  # fmt: skip


@pytest.fixture(scope="module")
def davis():
    return nx.davis_southern_women_graph()


def test_davis_two_mode_degrees(davis):
    deg = gm.degree(davis)
    assert {w: deg[w] for w in DAVIS_WOMEN} == DAVIS_WOMEN
    assert gm.network_summary(davis)["ties"] == 89


def test_davis_two_mode_has_no_triangles(davis):
    # a bipartite graph has no closed triads: clustering 0 everywhere
    assert gm.transitivity(davis) is None or gm.transitivity(davis) == 0
    assert set(gm.clustering(davis).values()) == {0.0}


def test_davis_projection(davis):
    # Women's co-attendance network: 139 of the 153 pairs meet at least once
    # (Breiger 1974, Soc. Forces 53, 181; also igraph/networkx bipartite examples).
    W = nx.bipartite.weighted_projected_graph(davis, davis.graph["top"])
    s = gm.network_summary(W)
    assert s["ties"] == 139
    assert s["density"] == pytest.approx(139 / 153)


def test_davis_betweenness_matches_igraph_oracle(davis):
    import igraph as ig

    g = ig.Graph.from_networkx(davis)
    n = g.vcount()
    raw = g.betweenness()
    ref = {name: b * 2 / ((n - 1) * (n - 2)) for name, b in zip(g.vs["_nx_name"], raw, strict=True)}
    ours = gm.betweenness(davis)
    for v in davis:
        assert ours[v] == pytest.approx(ref[v], abs=1e-9)


# --- Burt's constraint: networkx test_structuralholes.py (UCINET/igraph, by hand) ----
# Borgatti (1997) Structural holes: unpacking Burt's redundancy measures,
# Connections 20(1), 35-38, example network.
BORGATTI_EDGES = [("A", "B"), ("A", "F"), ("A", "G"), ("A", "E"), ("E", "G"), ("F", "G"),
                  ("B", "G"), ("B", "D"), ("D", "G"), ("G", "C")]  # fmt: skip
BORGATTI_WEIGHTS = {("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2,
                    ("E", "G"): 8, ("F", "G"): 3, ("B", "G"): 4, ("B", "D"): 1,
                    ("D", "G"): 3, ("G", "C"): 10}  # fmt: skip
D_EDGES = [(0, 1), (0, 2), (1, 0), (2, 1)]
D_WEIGHTS = {(0, 1): 2, (0, 2): 2, (1, 0): 1, (2, 1): 1}

HOLES = [
    # graph, weighted, measure, node, expected, tolerance
    ("D", False, "constraint", 0, 1.003, 1e-3),
    ("D", False, "constraint", 1, 1.003, 1e-3),
    ("D", False, "constraint", 2, 1.389, 1e-3),
    ("D", False, "effective_size", 0, 1.167, 1e-3),
    ("D", False, "effective_size", 1, 1.167, 1e-3),
    ("D", False, "effective_size", 2, 1.0, 1e-3),
    ("D", True, "constraint", 0, 0.840, 1e-3),
    ("D", True, "constraint", 1, 1.143, 1e-3),
    ("D", True, "constraint", 2, 1.378, 1e-3),
    ("D", True, "effective_size", 0, 1.567, 1e-3),
    ("D", True, "effective_size", 1, 1.083, 1e-3),
    ("D", True, "effective_size", 2, 1.0, 1e-3),
    ("G", False, "constraint", "G", 0.400, 1e-3),
    ("G", False, "constraint", "A", 0.595, 1e-3),
    ("G", False, "constraint", "C", 1.0, 1e-3),
    ("G", False, "effective_size", "G", 4.67, 1e-2),
    ("G", False, "effective_size", "A", 2.50, 1e-2),
    ("G", False, "effective_size", "C", 1.0, 1e-2),
    ("G", True, "constraint", "G", 0.299, 1e-3),
    ("G", True, "constraint", "A", 0.795, 1e-3),
    ("G", True, "constraint", "C", 1.0, 1e-3),
    ("G", True, "effective_size", "G", 5.47, 1e-2),
    ("G", True, "effective_size", "A", 2.47, 1e-2),
    ("G", True, "effective_size", "C", 1.0, 1e-2),
]


def _holes_graph(which: str, weighted: bool) -> nx.Graph:
    G = nx.DiGraph(D_EDGES) if which == "D" else nx.Graph(BORGATTI_EDGES)
    if weighted:
        nx.set_edge_attributes(G, D_WEIGHTS if which == "D" else BORGATTI_WEIGHTS, "weight")
    return G


@pytest.mark.parametrize(("which", "weighted", "measure", "node", "expected", "tol"), HOLES)
def test_structural_holes(which, weighted, measure, node, expected, tol):
    G = _holes_graph(which, weighted)
    fn = gm.constraint if measure == "constraint" else gm.effective_size
    assert fn(G, weight="weight" if weighted else None)[node] == pytest.approx(expected, abs=tol)


def test_structural_holes_isolate_is_none():
    G = _holes_graph("G", False)
    G.add_node(1)
    assert gm.constraint(G)[1] is None
    assert gm.effective_size(G)[1] is None
