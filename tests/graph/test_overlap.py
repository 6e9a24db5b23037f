"""graph.overlap: circles pushed apart as little as needed, fitted with their sizes."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from graph.layout import layout_positions
from graph.overlap import fit_sized, node_overlaps, separate


def _crowd(n: int = 300, seed: int = 2) -> tuple[dict, dict]:
    rng = random.Random(seed)
    pos = {i: (rng.uniform(0, 100), rng.uniform(0, 100)) for i in range(n)}
    sizes = {i: rng.uniform(4, 16) for i in range(n)}
    return pos, sizes


def test_a_crowd_ends_without_a_single_overlap():
    pos, sizes = _crowd()
    assert node_overlaps(pos, sizes) > 100
    apart = separate(pos, sizes, gap=1.0)
    assert set(apart) == set(pos)
    assert node_overlaps(apart, sizes) == 0
    for i in apart:  # with the gap kept, too
        for j in apart:
            if i < j:
                need = (sizes[i] + sizes[j]) / 2 + 1.0 - 1e-6
                assert math.dist(apart[i], apart[j]) >= need


def test_a_force_layout_of_a_dense_network_opens_up_and_keeps_its_clusters():
    G = nx.connected_caveman_graph(6, 12)
    pos = layout_positions(G, "force", seed=0)
    sizes = dict.fromkeys(G, 60.0)
    assert node_overlaps(pos, sizes) > 0
    apart = separate(pos, sizes, gap=5.0)
    assert node_overlaps(apart, sizes) == 0

    def mean(pairs):
        return sum(math.dist(apart[u], apart[v]) for u, v in pairs) / len(pairs)

    same = [(u, v) for u in G for v in G if u < v and u // 12 == v // 12]
    other = [(u, v) for u in G for v in G if u < v and u // 12 != v // 12]
    assert mean(same) < 0.5 * mean(other)


def test_circles_already_apart_do_not_move():
    pos = {0: (0.0, 0.0), 1: (50.0, 0.0), 2: (0.0, 50.0)}
    assert separate(pos, dict.fromkeys(pos, 10.0), gap=2.0) == pos


def test_coincident_points_part_the_same_way_every_time():
    pos = dict.fromkeys(range(6), (5.0, 5.0))
    sizes = dict.fromkeys(pos, 8.0)
    first = separate(pos, sizes)
    assert node_overlaps(first, sizes) == 0
    assert first == separate(dict(pos), dict(sizes))


def test_uniform_stretch_keeps_a_circle_a_circle():
    G = nx.cycle_graph(60)
    pos = layout_positions(G, "circle")
    sizes = dict.fromkeys(G, 80.0)
    apart = separate(pos, sizes, uniform=True)
    assert node_overlaps(apart, sizes) == 0
    radii = [math.hypot(x, y) for x, y in apart.values()]
    assert max(radii) - min(radii) < 1e-4 * max(radii)  # positions come rounded to 0.01


def test_fit_sized_fits_circles_included_and_returns_the_factor():
    pos = {0: (0.0, 0.0), 1: (100.0, 0.0)}
    sizes = {0: 20.0, 1: 20.0}
    fitted, factor = fit_sized(pos, sizes, 1000)
    assert factor == pytest.approx(1000 / 120)
    assert fitted[0][0] - 10 * factor == pytest.approx(-500, abs=0.01)
    assert fitted[1][0] + 10 * factor == pytest.approx(500, abs=0.01)
    assert fit_sized({}, {}, 1000) == ({}, 1.0)


def test_node_overlaps_counts_pairs_not_nodes_and_not_touching():
    pos = {0: (0.0, 0.0), 1: (5.0, 0.0), 2: (10.0, 0.0), 3: (30.0, 0.0)}
    sizes = dict.fromkeys(pos, 10.0)  # 0-1 and 1-2 intersect, 0-2 touch at most
    assert node_overlaps(pos, sizes) == 2
    assert node_overlaps({0: (0.0, 0.0), 1: (10.0, 0.0)}, {0: 10.0, 1: 10.0}) == 0
