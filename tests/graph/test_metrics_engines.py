"""Every metric computed by igraph, rustworkx or scipy equals networkx's own within 1e-9.

Reference: networkx 3.6 itself (the model and public API of graph/), run on seeded
Holme-Kim graphs (nx.powerlaw_cluster_graph(n, 4, 0.5, seed), weights 1-5),
undirected and directed, connected and disconnected (a second piece + isolates).
python-igraph serves as a second, independent oracle where rustworkx computes.
"""

from __future__ import annotations

import math

import igraph as ig
import networkx as nx
import pytest

from graph import metrics as gm
from graph.metrics import holme_kim

TOL = 1e-9

CASES = [
    pytest.param(dict(n=80, seed=1), id="undirected"),
    pytest.param(dict(n=80, seed=2, disconnected=True), id="undirected-disconnected"),
    pytest.param(dict(n=80, seed=3, directed=True), id="directed"),
    pytest.param(dict(n=80, seed=4, directed=True, disconnected=True), id="directed-disconnected"),
]
UNDIRECTED = CASES[:2]


@pytest.fixture(params=CASES)
def G(request):
    return holme_kim(**request.param)


@pytest.fixture(params=UNDIRECTED)
def U(request):
    return holme_kim(**request.param)


def same(ours: dict, ref: dict, tol: float = TOL) -> None:
    assert set(ours) == set(ref)
    for v, r in ref.items():
        o = ours[v]
        if isinstance(r, float) and math.isnan(r):
            assert o is None, v
        else:
            assert o == pytest.approx(r, abs=tol), (v, o, r)


def test_degree_strength(G):
    same(gm.degree(G), dict(G.degree()))
    same(gm.strength(G), dict(G.degree(weight="weight")))
    if G.is_directed():
        same(gm.in_degree(G), dict(G.in_degree()))
        same(gm.out_degree(G), dict(G.out_degree()))


@pytest.fixture(params=["igraph", "rustworkx"])
def engine_choice(request, monkeypatch):
    """Run betweenness on both engines: rustworkx serves graphs from RUSTWORKX_FROM up."""
    monkeypatch.setattr(gm.paths, "RUSTWORKX_FROM", 0 if request.param == "rustworkx" else 10**9)
    return request.param


@pytest.mark.parametrize("normalized", [True, False])
def test_betweenness(G, normalized, engine_choice):
    same(
        gm.betweenness(G, normalized=normalized),
        nx.betweenness_centrality(G, normalized=normalized),
    )


def test_betweenness_weighted(G):
    same(gm.betweenness(G, distance="weight"), nx.betweenness_centrality(G, weight="weight"))


@pytest.mark.parametrize("k", [1, 10, 40])
def test_betweenness_sampled_same_sources_as_networkx(G, k):
    ref = nx.betweenness_centrality(G, k=k, seed=7)
    ours = gm.betweenness(G, k=k, seed=7)
    same(ours, ref)


def test_betweenness_rustworkx_vs_igraph_oracle(G, monkeypatch):
    monkeypatch.setattr(gm.paths, "RUSTWORKX_FROM", 0)
    g = ig.Graph.from_networkx(G)
    raw = g.betweenness(directed=G.is_directed())
    ours = gm.betweenness(G, normalized=False)
    names = g.vs["_nx_name"]
    same(ours, dict(zip(names, raw, strict=True)))


def test_closeness(G):
    same(gm.closeness(G), nx.closeness_centrality(G))
    same(gm.closeness(G, distance="weight"), nx.closeness_centrality(G, distance="weight"))


def test_harmonic(G):
    same(gm.harmonic(G), nx.harmonic_centrality(G))
    same(gm.harmonic(G, distance="weight"), nx.harmonic_centrality(G, distance="weight"))


@pytest.mark.parametrize("weight", [None, "weight"])
def test_eigenvector(U, weight):
    # networkx refuses disconnected graphs; the Perron vector of the whole graph is the
    # one of its dominant component (largest spectral radius), 0 elsewhere
    comps = [U.subgraph(c) for c in nx.connected_components(U) if len(c) > 1]
    radius = [max(abs(nx.adjacency_spectrum(c, weight=weight))) for c in comps]
    dominant = comps[radius.index(max(radius))]
    ref = dict.fromkeys(U, 0.0) | nx.eigenvector_centrality_numpy(dominant, weight=weight)
    same(gm.eigenvector(U, weight=weight), ref)


def test_eigenvector_tied_components_is_none():
    G = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    assert set(gm.eigenvector(G).values()) == {None}


def test_eigenvector_is_none_on_directed():
    D = holme_kim(30, seed=5, directed=True)
    assert set(gm.eigenvector(D).values()) == {None}


def test_katz(G):
    p = gm.engine.prepare(G)
    alpha = gm.centrality.katz_alpha(p)
    assert alpha * gm.centrality.spectral_radius(p) < 1
    same(gm.katz(G), nx.katz_centrality_numpy(G, alpha=alpha))
    same(
        gm.katz(G, alpha=0.01, weight="weight"),
        nx.katz_centrality_numpy(G, alpha=0.01, weight="weight"),
    )


def test_pagerank(G):
    # networkx iterates to tol * n; tightened so both are exact to 1e-9
    ref = nx.pagerank(G, weight=None, tol=1e-15, max_iter=100_000)
    same(gm.pagerank(G), ref)
    refw = nx.pagerank(G, weight="weight", tol=1e-15, max_iter=100_000)
    same(gm.pagerank(G, weight="weight"), refw)


def test_clustering(G):
    same(gm.clustering(G), nx.clustering(G))
    assert gm.average_clustering(G) == pytest.approx(nx.average_clustering(G), abs=TOL)


def test_core_number(G):
    same(gm.core_number(G), nx.core_number(G))


@pytest.mark.parametrize("weight", [None, "weight"])
def test_constraint(G, weight):
    same(gm.constraint(G, weight=weight), nx.constraint(G, weight=weight))


@pytest.mark.parametrize("weight", [None, "weight"])
def test_effective_size(G, weight):
    # Reference: networkx's per-node definition (nodes=list(G)). Its vectorised
    # nodes=None path disagrees with that definition on weighted or directed graphs
    # (networkx 3.6.1; see test_networkx_vectorised_effective_size_differs below).
    # Its isolate check reads G[v] (successors only), so a directed actor that only
    # receives ties gets NaN; for those the definition is summed with networkx's own
    # normalized_mutual_weight.
    ref = nx.effective_size(G, weight=weight, nodes=list(G))
    for v in G:
        if math.isnan(ref[v]) and G.is_directed() and G.in_degree(v) > 0:
            ref[v] = _effective_size_by_definition(G, v, weight)
    same(gm.effective_size(G, weight=weight), ref)


def _effective_size_by_definition(G, u, weight):
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    nbrs = set(nx.all_neighbors(G, u)) - {u}
    return sum(
        1 - sum(nmw(G, u, w, weight=weight) * nmw(G, v, w, norm=max, weight=weight) for w in nbrs)
        for v in nbrs
    )


def test_networkx_vectorised_effective_size_differs():
    G = holme_kim(20, seed=1)
    loop = nx.effective_size(G, weight="weight", nodes=list(G))
    fast = nx.effective_size(G, weight="weight")
    assert loop[0] == pytest.approx(8.624324324324323, abs=TOL)
    assert fast[0] != pytest.approx(loop[0], abs=1e-3)  # the vectorised path is off
    assert gm.effective_size(G, weight="weight")[0] == pytest.approx(loop[0], abs=TOL)


def test_constraint_chunked_product_equals_unchunked(G):
    p = gm.engine.prepare(G)
    whole = gm.brokerage.constraint_array(p)
    gm.engine.forget(G)
    p = gm.engine.prepare(G)
    _, pm, _ = gm.brokerage._mutual(p)
    mutual = gm.brokerage._mutual(p)[0]
    tiny = gm.brokerage._masked_product(pm, pm, mutual, budget=5)
    full = gm.brokerage._masked_product(pm, pm, mutual, budget=10**12)
    assert abs(tiny - full).max() < TOL
    assert len(whole) == G.number_of_nodes()


def test_cohesion_figures(G):
    U = gm.as_undirected(G)
    assert gm.density(G) == pytest.approx(nx.density(G), abs=TOL)
    assert gm.transitivity(G) == pytest.approx(nx.transitivity(U), abs=TOL)
    comps = gm.components(G)
    assert comps["components"] == nx.number_connected_components(U)
    assert comps["largest_component"] == max(len(c) for c in nx.connected_components(U))
    if G.is_directed():
        assert gm.reciprocity(G) == pytest.approx(nx.overall_reciprocity(G), abs=TOL)
        assert comps["strong_components"] == nx.number_strongly_connected_components(G)
        core = G.subgraph(max(nx.strongly_connected_components(G), key=len))
    else:
        assert gm.reciprocity(G) is None
        core = G.subgraph(max(nx.connected_components(G), key=len))
    assert gm.diameter(G) == nx.diameter(core)
    assert gm.average_path_length(G) == pytest.approx(
        nx.average_shortest_path_length(core), abs=TOL
    )


def test_cut_points(G):
    U = gm.as_undirected(G)
    assert sorted(gm.articulation_points(G)) == sorted(nx.articulation_points(U))
    ours = {frozenset(e) for e in gm.bridges(G)}
    assert ours == {frozenset(e) for e in nx.bridges(U)}


def test_assortativity(G):
    assert gm.degree_assortativity(G) == pytest.approx(
        nx.degree_assortativity_coefficient(G), abs=TOL
    )
    for attr in ("sector", "region"):
        assert gm.attribute_assortativity(G, attr) == pytest.approx(
            nx.attribute_assortativity_coefficient(G, attr), abs=TOL
        )


def test_mixing_matrix_and_ei(G):
    ours = gm.mixing_matrix(G, "sector")
    ref = nx.attribute_mixing_dict(G, "sector")
    for a, row in ours.items():
        for b, count in row.items():
            assert count == ref.get(a, {}).get(b, 0)
    ext = sum(1 for u, v in G.edges if G.nodes[u]["sector"] != G.nodes[v]["sector"])
    internal = G.number_of_edges() - ext
    assert gm.ei_index(G, "sector") == pytest.approx((ext - internal) / (ext + internal))


def test_modularity_equals_networkx(G):
    part = gm.detect_communities(G, seed=3)
    U = gm.as_undirected(G)
    blocks = {}
    for v, c in part.items():
        blocks.setdefault(c, set()).add(v)
    ref = nx.community.modularity(U, blocks.values(), weight=None)
    assert gm.modularity(U, part) == pytest.approx(ref, abs=TOL)
    refw = nx.community.modularity(G, blocks.values(), weight="weight")
    assert gm.modularity(G, part, weight="weight") == pytest.approx(refw, abs=TOL)


def test_node_metrics_columns_equal_individual_functions(G):
    df = gm.node_metrics(G, grouping="sector")
    assert list(df.columns[:16]) == list(gm.NODE_COLUMNS)
    same({v: df.loc[v, "betweenness"] for v in G}, nx.betweenness_centrality(G))
    same({v: df.loc[v, "closeness"] for v in G}, nx.closeness_centrality(G))
    assert {v: bool(df.loc[v, "articulation_point"]) for v in G} == {
        v: v in set(nx.articulation_points(gm.as_undirected(G))) for v in G
    }
    gf = gm.gould_fernandez(G, "sector")
    for role in gm.ROLES:
        assert df[f"brokerage_{role}"].tolist() == [gf[role][v] for v in G]
