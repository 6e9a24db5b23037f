"""Gould-Fernandez by hand, boundary share, edge cases, cache, explanations, doctests."""

from __future__ import annotations

import doctest
import importlib
import itertools
import math
import pkgutil
import time

import networkx as nx
import pandas as pd
import pytest

import graph.metrics
from graph import metrics as gm
from graph.errors import GraphError
from graph.metrics import cache, holme_kim

# --- Gould & Fernandez (1989), Sociological Methodology 19, 89-126 -----------------
# v brokers a -> v -> b when a != b and there is no tie a -> b. One isolated triad
# per role, groups chosen so exactly one role applies (checked against the paper's
# definitions: coordinator A->A->A, itinerant A->B->A, representative A->A->B,
# gatekeeper A->B->B, liaison A->B->C), plus a closed triad and a returned tie that
# are not brokerage at all.
GF_TRIADS = [
    # (a, v, b) groups, role of the middle actor
    (("A", "A", "A"), "coordinator"),
    (("A", "B", "A"), "itinerant"),
    (("A", "A", "B"), "representative"),
    (("B", "A", "A"), "gatekeeper"),
    (("A", "B", "C"), "liaison"),
]


def _gf_graph() -> nx.DiGraph:
    D = nx.DiGraph()
    for k, (groups, _) in enumerate(GF_TRIADS):
        a, v, b = 3 * k, 3 * k + 1, 3 * k + 2
        for node, g in zip((a, v, b), groups, strict=True):
            D.add_node(node, unit=g)
        D.add_edges_from([(a, v), (v, b)])
    D.add_nodes_from([(100, {"unit": "A"}), (101, {"unit": "A"}), (102, {"unit": "A"})])
    D.add_edges_from([(100, 101), (101, 102), (100, 102)])  # closed: no brokerage
    D.add_nodes_from([(200, {"unit": "A"}), (201, {"unit": "B"})])
    D.add_edges_from([(200, 201), (201, 200)])  # a == b: no brokerage
    return D


@pytest.mark.parametrize(("k", "role"), [(k, r) for k, (_, r) in enumerate(GF_TRIADS)])
def test_gould_fernandez_each_role_by_hand(k, role):
    res = gm.gould_fernandez(_gf_graph(), "unit")
    broker = 3 * k + 1
    for r in gm.ROLES:
        assert res[r][broker] == (1 if r == role else 0), r
        assert res[r][3 * k] == 0 and res[r][3 * k + 2] == 0


def test_gould_fernandez_closed_triad_and_returned_tie_are_not_brokerage():
    res = gm.gould_fernandez(_gf_graph(), "unit")
    for r in gm.ROLES:
        assert res[r][101] == 0 and res[r][200] == 0 and res[r][201] == 0


def test_gould_fernandez_undirected_counts_both_directions():
    G = nx.Graph([(1, 2), (2, 3)])
    nx.set_node_attributes(G, {1: "A", 2: "A", 3: "B"}, "unit")
    res = gm.gould_fernandez(G, "unit")
    assert res["representative"][2] == 1 and res["gatekeeper"][2] == 1
    assert sum(res[r][2] for r in gm.ROLES) == 2


def test_gould_fernandez_missing_group():
    D = nx.DiGraph([(1, 2), (2, 3)])
    nx.set_node_attributes(D, {1: "A", 3: "A"}, "unit")  # broker 2 has no group
    res = gm.gould_fernandez(D, "unit")
    assert res["itinerant"][2] is None and res["coordinator"][1] == 0


def _gf_brute_force(D: nx.DiGraph, attr: str) -> dict:
    """Independent oracle: loop over every ordered triple (Gould & Fernandez's census)."""
    out = {r: dict.fromkeys(D, 0) for r in gm.ROLES}
    g = nx.get_node_attributes(D, attr)
    for v in D:
        for a, b in itertools.product(D.predecessors(v), D.successors(v)):
            if a == b or D.has_edge(a, b):
                continue
            ga, gv, gb = g[a], g[v], g[b]
            if ga == gv == gb:
                out["coordinator"][v] += 1
            elif ga == gb:
                out["itinerant"][v] += 1
            elif ga == gv:
                out["representative"][v] += 1
            elif gv == gb:
                out["gatekeeper"][v] += 1
            else:
                out["liaison"][v] += 1
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_gould_fernandez_equals_brute_force_census(seed):
    D = holme_kim(120, seed=seed, directed=True)
    ours = gm.gould_fernandez(D, "sector")
    assert ours == _gf_brute_force(D, "sector")
    # chunking does not change counts
    p = gm.engine.prepare(D)
    small = gm.brokerage.brokerage_arrays(p, gm.brokerage.group_codes(p, D, "sector"), chunk=7)
    assert {r: p.array_to_dict(v) for r, v in small.items()} == ours


# --- boundary share ---------------------------------------------------------------


def test_boundary_share_persons_and_organisations():
    G = nx.Graph()
    G.add_node(10, kind="organisation", id=10)
    G.add_node(11, kind="organisation", id=11)
    G.add_node(1, kind="person", organisation_ids=(10,))
    G.add_node(2, kind="person", organisation_ids=(10, 11))
    G.add_node(3, kind="person", organisation_ids=())
    G.add_edges_from([(1, 2), (1, 3), (1, 11), (10, 11), (2, 3), (2, 11)])
    share = gm.boundary_share(G)
    assert share[1] == pytest.approx(2 / 3)  # 2 shares org 10; 3 unknown; 11 outside
    assert share[2] == pytest.approx(1 / 3)  # 1 shares 10, 11 is its own; 3 unknown
    assert share[3] is None  # no organisation known
    assert share[10] == 1.0  # organisation 10's only tie goes to organisation 11
    assert share[11] == pytest.approx(2 / 3)  # person 2 works at 11: inside


# --- edge cases: a clear result, never a crash, never NaN ---------------------------


def _no_nan(df: pd.DataFrame) -> None:
    for col in df.columns:
        for x in df[col]:
            assert x is pd.NA or not (isinstance(x, float) and math.isnan(x)), (col, x)


def _summary_no_nan(s: dict) -> None:
    for k, v in s.items():
        assert not (isinstance(v, float) and math.isnan(v)), k


@pytest.mark.parametrize("directed", [False, True])
def test_empty_graph(directed):
    G = nx.DiGraph() if directed else nx.Graph()
    df = gm.node_metrics(G, grouping="sector")
    assert len(df) == 0 and list(df.columns[:16]) == list(gm.NODE_COLUMNS)
    s = gm.network_summary(G, attribute="sector")
    assert s["nodes"] == 0 and s["density"] is None and s["diameter"] is None
    assert s["modularity"] is None and s["articulation_points"] == []
    _summary_no_nan(s)


@pytest.mark.parametrize("directed", [False, True])
def test_one_node(directed):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_node("solo")
    df = gm.node_metrics(G)
    row = df.loc["solo"]
    assert row["degree"] == 0 and row["betweenness"] == 0 and row["closeness"] == 0
    assert row["pagerank"] == pytest.approx(1.0)
    assert row["eigenvector"] is pd.NA and row["constraint"] is pd.NA
    assert row["boundary_share"] is pd.NA and row["community"] == 1
    _no_nan(df)
    s = gm.network_summary(G)
    assert s["density"] is None and s["diameter"] == 0 and s["transitivity"] is None
    _summary_no_nan(s)


@pytest.mark.parametrize("directed", [False, True])
def test_no_ties(directed):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(4), sector="po")
    df = gm.node_metrics(G, grouping="sector")
    _no_nan(df)
    assert df["community"].tolist() == [1, 2, 3, 4]
    assert df["pagerank"].tolist() == pytest.approx([0.25] * 4)
    s = gm.network_summary(G, attribute="sector")
    assert s["density"] == 0 and s["components"] == 4 and s["modularity"] is None
    assert s["degree_assortativity"] is None and s["ei_index"] is None
    assert s["attribute_assortativity"] is None
    _summary_no_nan(s)


@pytest.mark.parametrize("directed", [False, True])
def test_self_loops_are_ignored_and_counted(directed):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_edges_from([(1, 1), (1, 2), (2, 3)])
    df = gm.node_metrics(G)
    assert df.loc[1, "degree"] == 1 and df.loc[1, "core_number"] == 1
    s = gm.network_summary(G)
    assert s["self_loops"] == 1 and s["ties"] == 2
    H = G.copy()
    H.remove_edge(1, 1)
    ref = gm.node_metrics(H)
    pd.testing.assert_frame_equal(df, ref)


def test_disconnected_graph_summary():
    G = holme_kim(60, seed=9, disconnected=True)
    s = gm.network_summary(G, attribute="region")
    U = G.subgraph(max(nx.connected_components(G), key=len))
    assert s["components"] == nx.number_connected_components(G)
    assert s["diameter"] == nx.diameter(U)
    _summary_no_nan(s)
    _no_nan(gm.node_metrics(G, grouping="region"))


def test_clear_errors():
    with pytest.raises(GraphError, match="directed=True"):
        gm.node_metrics(nx.path_graph(3), directed=True)
    with pytest.raises(GraphError, match="multigraph"):
        gm.node_metrics(nx.MultiGraph([(1, 2), (1, 2)]))
    with pytest.raises(GraphError, match="networkx"):
        gm.degree([(1, 2)])
    with pytest.raises(ValueError, match="louvain or leiden"):
        gm.detect_communities(nx.path_graph(3), method="walktrap")


def test_directed_collapse():
    D = nx.DiGraph()
    D.add_edge(1, 2, weight=2)
    D.add_edge(2, 1, weight=3)
    D.add_edge(2, 3, weight=1)
    df = gm.node_metrics(D, directed=False)
    assert df.loc[2, "strength"] == 6 and df.loc[2, "degree"] == 2
    assert df["in_degree"].isna().all()
    assert "katz" not in df.columns
    assert "katz" in gm.node_metrics(D).columns
    assert gm.network_summary(D, directed=False)["reciprocity"] is None
    assert gm.network_summary(D)["reciprocity"] == pytest.approx(2 / 3)


def test_in_place_edit_is_noticed():
    G = nx.path_graph(4)
    assert gm.betweenness(G)[1] == pytest.approx(2 / 3)
    G.add_edge(0, 3)
    assert gm.betweenness(G)[1] == pytest.approx(1 / 6)
    G[0][1]["weight"] = 10
    assert gm.strength(G)[0] == 11


def test_communities_stable_across_reruns():
    G = holme_kim(300, seed=4)
    for method in ("louvain", "leiden"):
        first = gm.detect_communities(G, method=method, seed=11)
        gm.forget(G)
        again = gm.detect_communities(holme_kim(300, seed=4), method=method, seed=11)
        assert first == again
        sizes = pd.Series(first).value_counts().sort_index().tolist()
        assert sizes == sorted(sizes, reverse=True)  # community 1 is the largest


def test_resolution_changes_granularity():
    G = holme_kim(300, seed=4)
    coarse = max(gm.detect_communities(G, resolution=0.3).values())
    fine = max(gm.detect_communities(G, resolution=3.0).values())
    assert fine > coarse


# --- cache --------------------------------------------------------------------------


def test_cached_panel_second_ask_under_10_ms():
    cache.clear()
    G = holme_kim(400, seed=2)
    calls = []
    key = gm.panel_key("rev-7", "sector=po", "person", False)

    def compute():
        calls.append(1)
        return gm.metrics_panel(G, grouping="sector")

    first = gm.cached_panel(key, compute)
    t0 = time.perf_counter()
    second = gm.cached_panel(key, compute)
    assert time.perf_counter() - t0 < 0.010
    assert second is first and len(calls) == 1
    other = gm.cached_panel(gm.panel_key("rev-8", "sector=po", "person", False), compute)
    assert len(calls) == 2 and other is not first
    cache.clear()


def test_cache_is_bounded():
    cache.clear()
    for i in range(cache.MAX_ENTRIES + 5):
        gm.cached_panel(("k", i), lambda i=i: i)
    assert cache.size() == cache.MAX_ENTRIES
    assert gm.cached_panel(("k", 0), lambda: "recomputed") == "recomputed"
    cache.clear()


# --- explanations ---------------------------------------------------------------------

SUMMARY_KEYS = sorted(gm.network_summary(nx.path_graph(3), attribute="x"))


@pytest.mark.parametrize(
    "metric",
    [
        *gm.NODE_COLUMNS,
        "katz",
        *(f"brokerage_{r}" for r in gm.ROLES),
        *(k for k in SUMMARY_KEYS if k not in ("directed", "attribute")),
    ],
)
def test_every_metric_is_explained(metric):
    nl, en, ref = gm.explain(metric, "nl"), gm.explain(metric, "en"), gm.reference(metric)
    assert nl and en and nl != en
    assert any(ch.isdigit() for ch in ref) or "collabnet" in ref


def test_explain_errors():
    with pytest.raises(GraphError):
        gm.explain("nonsense", "en")
    with pytest.raises(GraphError):
        gm.explain("degree", "fr")


# --- docstring examples run ----------------------------------------------------------


@pytest.mark.parametrize("module", [m.name for m in pkgutil.iter_modules(graph.metrics.__path__)])
def test_docstring_examples(module):
    mod = importlib.import_module(f"graph.metrics.{module}")
    result = doctest.testmod(mod, extraglobs={"nx": nx}, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


# --- Freeman centralisation: textbook extremes (Freeman 1979, Social Networks 1) ---------


@pytest.mark.parametrize("n", [4, 7, 12])
def test_centralisation_star_is_one_complete_is_zero(n):
    star = gm.network_summary(nx.star_graph(n - 1))
    assert star["degree_centralisation"] == pytest.approx(1.0)
    assert star["betweenness_centralisation"] == pytest.approx(1.0)
    full = gm.network_summary(nx.complete_graph(n))
    assert full["degree_centralisation"] == pytest.approx(0.0)
    assert full["betweenness_centralisation"] == pytest.approx(0.0)
    two_way_star = gm.network_summary(nx.star_graph(n - 1).to_directed())
    assert two_way_star["degree_centralisation"] == pytest.approx(1.0)
    assert two_way_star["betweenness_centralisation"] == pytest.approx(1.0)


def test_centralisation_of_a_path():
    # path of 5: degrees 1,2,2,2,1 -> sum(2 - d) = 2 over (n-1)(n-2) = 12
    s = gm.network_summary(nx.path_graph(5))
    assert s["degree_centralisation"] == pytest.approx(2 / 12)
    b = nx.betweenness_centrality(nx.path_graph(5))
    top = max(b.values())
    assert s["betweenness_centralisation"] == pytest.approx(sum(top - x for x in b.values()) / 4)
