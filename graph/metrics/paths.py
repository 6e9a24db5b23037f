"""Path-based centrality: betweenness, closeness, harmonic closeness.

Equal to networkx's definitions (tested within 1e-9), computed by igraph, or by
rustworkx's multi-threaded Brandes on large graphs when the machine has cores to
spare. Paths are unweighted unless ``distance`` names an edge attribute, read as a
*length* (higher = farther), as in networkx, UCINET and igraph. Undefined values
come back as ``None`` through the public functions.
"""

from __future__ import annotations

import os
import random

import networkx as nx
import numpy as np

from graph.metrics.engine import Prepared, memo, prepare

# rustworkx's multi-threaded Brandes pays off only on larger graphs and only with
# cores to spare: on a 2-core machine shared with other work its threads lost to
# igraph's single thread (bench/bench_metrics.py, docs/benchmarks.md).
RUSTWORKX_FROM = 5_000 if (os.cpu_count() or 1) >= 4 else 10**12


def betweenness_array(
    p: Prepared,
    *,
    normalized: bool = True,
    k: int | None = None,
    seed: int = 0,
    weighted: bool = False,
) -> np.ndarray:
    """Brandes betweenness; ``k`` sources sampled exactly as networkx samples them."""
    key = ("betweenness", normalized, k, seed, weighted)
    return memo(p, key, lambda: _betweenness(p, normalized, k, seed, weighted))


def _betweenness(
    p: Prepared, normalized: bool, k: int | None, seed: int, weighted: bool
) -> np.ndarray:
    n = p.n
    if n == 0:
        return np.zeros(0)
    if k is not None and k >= n:
        k = None
    if k is None and not weighted and n >= RUSTWORKX_FROM:
        import rustworkx as rx

        b = rx.betweenness_centrality(p.rx, normalized=normalized, endpoints=False)
        return np.array([b[i] for i in range(n)], dtype=float)
    weights = p.w.tolist() if weighted else None
    if k is None:
        raw = np.asarray(p.ig.betweenness(directed=p.directed, weights=weights), dtype=float)
        if n <= 2:
            return np.zeros(n)
        if normalized:
            scale = 1 / ((n - 1) * (n - 2)) * (1 if p.directed else 2)
            return raw * scale
        return raw
    sources = random.Random(seed).sample(range(n), k)
    raw = np.asarray(
        p.ig.betweenness(directed=p.directed, weights=weights, sources=sources), dtype=float
    )
    if not p.directed:
        raw = raw * 2  # igraph halves undirected pairs; networkx rescales ordered sums
    big_n = n - 1
    if big_n < 2:
        return np.zeros(n)
    corr = 1 if p.directed else 2
    if normalized:
        s_src = 1 / ((k - 1) * (big_n - 1)) if k > 1 else np.nan
        s_non = 1 / (k * (big_n - 1))
    else:
        s_src = big_n / ((k - 1) * corr) if k > 1 else np.nan
        s_non = big_n / (k * corr)
    scale = np.full(n, s_non)
    scale[sources] = s_src
    return raw * scale


def reach_counts(p: Prepared) -> np.ndarray:
    """How many actors (itself included) can reach each actor: networkx's ``len(sp)``.

    Undirected: the component size. Directed: every member of a strong component
    has the same ancestors, so one reverse search per strong component suffices.
    """

    def run() -> np.ndarray:
        if not p.directed:
            memb = np.asarray(p.ig.connected_components().membership)
            return np.bincount(memb)[memb]
        comps = p.ig.connected_components(mode="strong")
        memb = np.asarray(comps.membership)
        reps = [c[0] for c in comps]
        sizes = np.asarray(p.ig.neighborhood_size(vertices=reps, order=p.n, mode="in"))
        return sizes[memb]

    return memo(p, ("reach",), run)


def closeness_array(p: Prepared, *, weighted: bool = False) -> np.ndarray:
    """Closeness as networkx: incoming distances, Wasserman-Faust scaling."""
    return memo(p, ("closeness", weighted), lambda: _closeness(p, weighted))


def _closeness(p: Prepared, weighted: bool) -> np.ndarray:
    n = p.n
    if n <= 1:
        return np.zeros(n)
    weights = p.w.tolist() if weighted else None
    mode = "in" if p.directed else "all"
    # igraph's normalised closeness is (r - 1) / sum of distances over the r reachable
    norm = np.asarray(p.ig.closeness(mode=mode, weights=weights, normalized=True), dtype=float)
    r1 = reach_counts(p) - 1.0
    return np.nan_to_num(norm * r1 / (n - 1))


def harmonic_array(p: Prepared, *, weighted: bool = False) -> np.ndarray:
    def run() -> np.ndarray:
        weights = p.w.tolist() if weighted else None
        mode = "in" if p.directed else "all"
        h = p.ig.harmonic_centrality(mode=mode, weights=weights, normalized=False)
        return np.asarray(h, dtype=float)

    return memo(p, ("harmonic", weighted), run)


# ----------------------------------------------------------------- public API


def betweenness(
    G: nx.Graph,
    *,
    normalized: bool = True,
    distance: str | None = None,
    directed: bool | None = None,
    k: int | None = None,
    seed: int = 0,
) -> dict:
    """Brandes betweenness, equal to ``nx.betweenness_centrality`` (same ``k``/``seed``).

    ``distance`` names an edge attribute read as a length; ``k`` samples sources.

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    p = prepare(G, directed=directed, weight=distance)
    return p.array_to_dict(
        betweenness_array(p, normalized=normalized, k=k, seed=seed, weighted=distance is not None)
    )


def closeness(G: nx.Graph, *, distance: str | None = None, directed: bool | None = None) -> dict:
    """Closeness as ``nx.closeness_centrality`` (incoming distance, Wasserman-Faust).

    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    p = prepare(G, directed=directed, weight=distance)
    return p.array_to_dict(closeness_array(p, weighted=distance is not None))


def harmonic(G: nx.Graph, *, distance: str | None = None, directed: bool | None = None) -> dict:
    """Harmonic closeness: sum of 1/distance from every other actor (``nx.harmonic_centrality``).

    >>> harmonic(nx.path_graph(3))
    {0: 1.5, 1: 2.0, 2: 1.5}
    """
    p = prepare(G, directed=directed, weight=distance)
    return p.array_to_dict(harmonic_array(p, weighted=distance is not None))
