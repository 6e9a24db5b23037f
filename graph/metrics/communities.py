"""Communities: Louvain and Leiden (igraph), modularity (numpy), stable labels.

Why igraph: networkx's Louvain is 15x slower and greedy modularity is not
interactive (109 s at 10k actors). igraph draws its randomness from a Python
``random.Random(seed)`` that we install for the call, so the same seed gives the
same partition. Community ids are then relabelled 0, 1, 2, ... by decreasing size,
ties broken by the earliest member in the graph's node order, so they do not depend
on the engine's internal numbering. What users and researchers see (the ``community``
column, :func:`detect_communities`, every table, text and export) is that id plus one:
community 1 is the largest, the same number in the explorer, the dashboard and a file.

Directed graphs are partitioned as their undirected collapse (collaboration is
mutual; Louvain's moves are defined for undirected modularity). Isolated actors
form communities of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import numpy as np

from graph.igraph_random import with_igraph_seed
from graph.metrics.engine import Prepared, memo, prepare

METHODS = ("louvain", "leiden")


def relabel(membership: Iterable[int]) -> np.ndarray:
    """Renumber a membership vector by decreasing size, then earliest member."""
    memb = np.asarray(list(membership), dtype=np.int64)
    if len(memb) == 0:
        return memb
    _, first, inv, sizes = np.unique(
        memb, return_index=True, return_inverse=True, return_counts=True
    )
    order = np.lexsort((first, -sizes))
    new = np.empty_like(order)
    new[order] = np.arange(len(order))
    return new[inv]


def community_numbers(ids: np.ndarray) -> np.ndarray:
    """The numbers shown for 0-based community ids: 1 = the largest community."""
    return ids + 1


def _seeded(seed: int, run):
    return with_igraph_seed(seed, run)


def community_array(
    p: Prepared, *, method: str = "louvain", seed: int = 0, resolution: float = 1.0
) -> np.ndarray:
    """Community id per node (of the undirected collapse)."""
    if method not in METHODS:
        raise ValueError(f"unknown community method {method!r}: choose {' or '.join(METHODS)}")
    und = p.undirected
    return memo(
        und,
        ("community", method, seed, resolution),
        lambda: _communities(und, method, seed, resolution),
    )


def _communities(p: Prepared, method: str, seed: int, resolution: float) -> np.ndarray:
    if p.n == 0:
        return np.zeros(0, dtype=np.int64)
    if p.m == 0:
        return relabel(range(p.n))
    g = p.ig
    weights = "weight" if p.weight is not None else None
    if method == "louvain":
        cl = _seeded(seed, lambda: g.community_multilevel(weights=weights, resolution=resolution))
    else:
        cl = _seeded(
            seed,
            lambda: g.community_leiden(
                objective_function="modularity",
                weights=weights,
                resolution=resolution,
                n_iterations=-1,
            ),
        )
    return relabel(cl.membership)


def modularity_of(p: Prepared, membership: np.ndarray, resolution: float = 1.0) -> float | None:
    """Newman's modularity (directed form on directed graphs), as networkx computes it."""
    if p.m == 0:
        return None
    k = int(membership.max()) + 1 if len(membership) else 0
    cs, ct = membership[p.src], membership[p.dst]
    inside = float(p.w[cs == ct].sum())
    if p.directed:
        m = float(p.w.sum())
        out_c = np.bincount(cs, weights=p.w, minlength=k)
        in_c = np.bincount(ct, weights=p.w, minlength=k)
        return inside / m - resolution * float((out_c * in_c).sum()) / m**2
    m = float(p.w.sum())
    deg_c = np.bincount(cs, weights=p.w, minlength=k) + np.bincount(ct, weights=p.w, minlength=k)
    return inside / m - resolution * float((deg_c**2).sum()) / (4 * m**2)


def detect_communities(
    G: nx.Graph,
    *,
    method: str = "louvain",
    seed: int = 0,
    resolution: float = 1.0,
    weight: str | None = None,
) -> dict:
    """Community number per actor (Louvain or Leiden), 1 = largest, stable for a seed.

    >>> G = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(3))
    >>> detect_communities(G)
    {0: 1, 1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 2}
    """
    p = prepare(G, weight=weight)
    ids = community_array(p, method=method, seed=seed, resolution=resolution)
    return p.array_to_dict(community_numbers(ids))


def modularity(
    G: nx.Graph,
    partition: dict | Iterable[Iterable],
    *,
    weight: str | None = None,
    resolution: float = 1.0,
) -> float | None:
    """Modularity of a partition given as ``{node: community}`` or a list of node sets.

    Equal to ``nx.community.modularity``; None for a graph without ties.

    >>> G = nx.Graph([(1, 2), (3, 4)])
    >>> modularity(G, {1: 0, 2: 0, 3: 1, 4: 1})
    0.5
    """
    p = prepare(G, weight=weight)
    if isinstance(partition, dict):
        labels = partition
    else:
        labels = {v: c for c, block in enumerate(partition) for v in block}
    raw = [labels[v] for v in p.nodes]
    _, memb = np.unique(np.asarray([repr(x) for x in raw]), return_inverse=True)
    return modularity_of(p, memb, resolution)
