"""graph.layout: deterministic, finite positions for every node and every layout kind."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from graph.layout import (
    LAYOUT_KINDS,
    LayoutCache,
    cached_layout,
    layout_positions,
    reuse_positions,
    stable_positions,
    union_graph,
)


def partnership(n: int = 60, seed: int = 3) -> nx.Graph:
    G = nx.powerlaw_cluster_graph(n, 3, 0.4, seed=seed)
    kinds = ("organisation", "person", "group")
    for v in G:
        G.nodes[v].update(
            name=f"Actor {v:03d}", kind=kinds[v % 3], type=("school", "teacher", "plg")[v % 3]
        )
    return G


def disconnected() -> nx.Graph:
    G = nx.disjoint_union_all([nx.path_graph(4), nx.cycle_graph(5), nx.complete_graph(3)])
    G.add_nodes_from([100, 101])  # isolates
    return G


def _finite_and_boxed(pos, G, scale=1000):
    assert set(pos) == set(G)
    for x, y in pos.values():
        assert math.isfinite(x) and math.isfinite(y)
        assert -scale / 2 - 1e-6 <= x <= scale / 2 + 1e-6
        assert -scale / 2 - 1e-6 <= y <= scale / 2 + 1e-6


@pytest.mark.parametrize("kind", LAYOUT_KINDS)
@pytest.mark.parametrize(
    "graph",
    [
        nx.Graph(),
        nx.empty_graph(1),
        nx.empty_graph(5),
        disconnected(),
        partnership(),
        nx.DiGraph([(1, 2), (2, 3), (3, 1), (4, 5)]),
    ],
    ids=["empty", "one", "isolates", "disconnected", "partnership", "directed"],
)
def test_every_kind_gives_finite_positions_for_every_node(kind, graph):
    pos = layout_positions(graph, kind, seed=1)
    _finite_and_boxed(pos, graph)
    if graph.number_of_nodes() == 0:
        assert pos == {}


@pytest.mark.parametrize("kind", LAYOUT_KINDS)
def test_one_node_sits_in_the_middle(kind):
    G = nx.Graph()
    G.add_node("solo", kind="person")
    assert layout_positions(G, kind) == {"solo": (0.0, 0.0)}


@pytest.mark.parametrize("kind", LAYOUT_KINDS)
def test_same_seed_same_picture(kind):
    G = partnership(120)
    assert layout_positions(G, kind, seed=7) == layout_positions(G.copy(), kind, seed=7)


def test_force_seed_changes_the_picture_and_fills_the_box():
    G = partnership(120)
    a, b = layout_positions(G, "force", seed=1), layout_positions(G, "force", seed=2)
    assert a != b
    xs = [x for x, _ in a.values()]
    ys = [y for _, y in a.values()]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) == pytest.approx(1000, abs=0.1)


def test_force_keeps_neighbours_closer_than_strangers():
    G = nx.connected_caveman_graph(4, 8)  # four dense caves joined in a ring
    pos = layout_positions(G, "force", seed=0)

    def dist(u, v):
        return math.dist(pos[u], pos[v])

    same = [dist(u, v) for u in G for v in G if u < v and u // 8 == v // 8]
    other = [dist(u, v) for u in G for v in G if u < v and u // 8 != v // 8]
    assert sum(same) / len(same) < 0.5 * sum(other) / len(other)


def test_scale_sets_the_box():
    G = partnership(40)
    pos = layout_positions(G, "circle", scale=200)
    _finite_and_boxed(pos, G, scale=200)
    assert max(x for x, _ in pos.values()) == pytest.approx(100)


def test_concentric_puts_the_highest_metric_in_the_centre():
    G = nx.star_graph(12)
    metric = {v: float(v) for v in G}  # node 12 highest, 0 lowest
    pos = layout_positions(G, "concentric", metric=metric)
    radius = {v: math.hypot(*pos[v]) for v in G}
    assert radius[12] == min(radius.values())
    assert radius[0] == pytest.approx(max(radius.values()), abs=0.1)
    # default metric is degree: the hub of a star in the centre
    pos = layout_positions(G, "concentric")
    assert min(G, key=lambda v: math.hypot(*pos[v])) == 0


def test_concentric_tolerates_missing_and_nan_metric_values():
    G = nx.path_graph(5)
    pos = layout_positions(G, "concentric", metric={0: float("nan"), 1: None, 2: 3.0})
    _finite_and_boxed(pos, G)
    assert math.hypot(*pos[2]) == min(math.hypot(*p) for p in pos.values())


def test_circle_puts_every_node_at_the_same_distance():
    pos = layout_positions(partnership(30), "circle")
    radii = {round(math.hypot(x, y), 1) for x, y in pos.values()}
    assert len(radii) == 1


def test_grid_uses_a_square_grid():
    pos = layout_positions(nx.empty_graph(10), "grid")
    assert len({x for x, _ in pos.values()}) == 4  # ceil(sqrt(10)) columns
    assert len({y for _, y in pos.values()}) == 3


def test_breadthfirst_layers_from_the_root():
    G = nx.balanced_tree(2, 3)  # root 0, depth 3
    pos = layout_positions(G, "breadthfirst", root=0)
    depth = nx.single_source_shortest_path_length(G, 0)
    for u in G:
        for v in G:
            if depth[u] < depth[v]:
                assert pos[u][1] < pos[v][1]
    # without a root: the best-connected node of the component starts
    star = nx.star_graph(5)
    pos = layout_positions(star, "breadthfirst")
    assert pos[0][1] == min(y for _, y in pos.values())


def test_breadthfirst_ignores_an_unknown_root():
    G = nx.path_graph(4)
    assert layout_positions(G, "breadthfirst", root="ghost") == layout_positions(G, "breadthfirst")


def test_grouped_clusters_by_attribute():
    G = partnership(90)
    pos = layout_positions(G, "grouped", group_attr="kind")
    centroid = {}
    for kind in ("organisation", "person", "group"):
        members = [v for v in G if G.nodes[v]["kind"] == kind]
        centroid[kind] = (
            sum(pos[v][0] for v in members) / len(members),
            sum(pos[v][1] for v in members) / len(members),
        )
    for v in G:
        own = G.nodes[v]["kind"]
        d_own = math.dist(pos[v], centroid[own])
        assert all(d_own < math.dist(pos[v], c) for k, c in centroid.items() if k != own)


def test_grouped_defaults_to_type_and_groups_missing_values_together():
    G = nx.path_graph(6)
    for v in (0, 1, 2):
        G.nodes[v]["type"] = "school"
    pos = layout_positions(G, "grouped")
    _finite_and_boxed(pos, G)

    # Schools form one cluster, the three nodes without a type another: every pair
    # inside a cluster is closer than any pair across the two clusters.
    def dist(a, b):
        return math.dist(pos[a], pos[b])

    schools, untyped = (0, 1, 2), (3, 4, 5)
    inside = [dist(a, b) for g in (schools, untyped) for a in g for b in g if a < b]
    across = [dist(a, b) for a in schools for b in untyped]
    assert max(inside) < min(across)


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown layout"):
        layout_positions(nx.path_graph(3), "spiral")


def test_stable_positions_keep_nodes_in_place_over_the_years():
    y1 = nx.Graph([(1, 2), (2, 3)])
    y2 = nx.Graph([(2, 3), (3, 4), (4, 5)])
    y3 = nx.Graph([(5, 6)])
    y3.add_node(1)
    union, per_year = stable_positions([y1, y2, y3], "force", seed=4)
    assert set(union) == {1, 2, 3, 4, 5, 6}
    assert [set(p) for p in per_year] == [set(y1), set(y2), set(y3)]
    assert per_year[0][2] == per_year[1][2] == union[2]
    assert per_year[0][1] == per_year[2][1] == union[1]
    assert union == layout_positions(union_graph([y1, y2, y3]), "force", seed=4)


def test_union_graph_is_undirected_and_complete():
    U = union_graph([nx.DiGraph([(1, 2)]), nx.Graph([(2, 3)])])
    assert not U.is_directed()
    assert sorted(U.edges()) == [(1, 2), (2, 3)]


def test_layout_cache_computes_once_per_key_and_evicts_the_oldest():
    cache = LayoutCache(maxsize=2)
    calls = []

    def compute(tag):
        def run():
            calls.append(tag)
            return {tag: (0.0, 0.0)}

        return run

    k1 = LayoutCache.key("r1", "theme=ict", "person", "force", 0)
    k2 = LayoutCache.key("r1", "", "person", "force", 0)
    k3 = LayoutCache.key("r2", "", "person", "force", 0)
    first = cache.get_or_compute(k1, compute("a"))
    assert cache.get_or_compute(k1, compute("never")) is first
    cache.get_or_compute(k2, compute("b"))
    cache.get_or_compute(k3, compute("c"))  # evicts k1
    assert len(cache) == 2
    cache.get_or_compute(k1, compute("a2"))
    assert calls == ["a", "b", "c", "a2"]
    assert (cache.hits, cache.misses) == (1, 4)


def test_cached_layout_reuses_positions_for_the_same_view():
    cache = LayoutCache()
    G = partnership(50)
    kw = dict(revision="7", filter_query="", level="person", cache=cache)
    a = cached_layout(G, kind="force", seed=1, **kw)
    b = cached_layout(G, kind="force", seed=1, **kw)
    c = cached_layout(G, kind="force", seed=2, **kw)
    d = cached_layout(G, kind="concentric", seed=1, metric={0: 9}, key_extra=("m",), **kw)
    assert a is b and a != c and d != a
    assert (cache.hits, cache.misses) == (1, 3)


def test_force_packs_components_without_overlap_and_keeps_the_main_one_large():
    G = nx.powerlaw_cluster_graph(200, 3, 0.4, seed=1)
    G.add_nodes_from(range(200, 230))  # thirty isolated schools
    G.add_edges_from([(230, 231), (231, 232), (240, 241)])
    pos = layout_positions(G, "force", seed=0)
    _finite_and_boxed(pos, G)
    boxes = []
    for comp in nx.connected_components(G):
        xs = [pos[v][0] for v in comp]
        ys = [pos[v][1] for v in comp]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    main = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    assert max(main[2] - main[0], main[3] - main[1]) > 0.6 * 1000


def test_reuse_positions_keeps_known_nodes_in_place():
    G = partnership(40)
    base = layout_positions(G, "force", seed=3)
    H = G.subgraph(list(G)[:25]).copy()
    assert set(reuse_positions(H, base)) == set(H)
    assert all(reuse_positions(H, base)[v] == base[v] for v in H)
    H.add_edge(0, "new")  # unknown to the base layout, next to node 0
    H.add_node("lonely")
    pos = reuse_positions(H, base)
    assert math.dist(pos["new"], base[0]) < 30
    assert pos["lonely"][1] > max(base[v][1] for v in H if v in base)
    assert all(math.isfinite(c) for p in pos.values() for c in p)
    assert reuse_positions(nx.Graph(), base) == {}
    assert set(reuse_positions(nx.path_graph(2), {})) == {0, 1}


def test_grouped_nests_persons_in_their_organisation_and_organisations_in_their_region():
    G = partnership(120)
    paths = {v: (f"region {v % 3}", f"org {v % 12}") for v in G}  # 4 organisations per region
    pos = layout_positions(G, "grouped", groups=paths)
    _finite_and_boxed(pos, G)

    def centre(members):
        return (
            sum(pos[v][0] for v in members) / len(members),
            sum(pos[v][1] for v in members) / len(members),
        )

    def spread(members, at):
        return max(math.dist(pos[v], at) for v in members)

    orgs = {o: [v for v in G if paths[v][1] == o] for o in {p[1] for p in paths.values()}}
    regions = {r: [v for v in G if paths[v][0] == r] for r in {p[0] for p in paths.values()}}
    # every organisation's circle is clear of every other one's, and so is each region's
    for groups in (orgs, regions):
        circles = [(centre(m), spread(m, centre(m))) for m in groups.values()]
        for i, (a, ra) in enumerate(circles):
            for b, rb in circles[i + 1 :]:
                assert math.dist(a, b) > ra + rb
    # an organisation sits inside its own region's circle
    for members in orgs.values():
        region = regions[paths[members[0]][0]]
        rc = centre(region)
        assert all(math.dist(pos[v], rc) <= spread(region, rc) + 1e-6 for v in members)


def test_force_draws_groups_that_work_together_closer_than_fruchterman_reingold_alone(
    monkeypatch,
):
    from graph import layout as graph_layout

    G = nx.random_partition_graph([30] * 6, 0.3, 0.03, seed=5)
    group = {v: i for i, block in enumerate(G.graph["partition"]) for v in block}

    def ratio(pos):
        same = [math.dist(pos[u], pos[v]) for u in G for v in G if u < v and group[u] == group[v]]
        other = [math.dist(pos[u], pos[v]) for u in G for v in G if u < v and group[u] != group[v]]
        return (sum(same) / len(same)) / (sum(other) / len(other))

    refined = ratio(layout_positions(G, "force", seed=0))
    monkeypatch.setattr(graph_layout, "CLUSTER_REFINE_MAX", 0)
    plain = ratio(layout_positions(G, "force", seed=0))
    assert refined < 0.9 * plain
