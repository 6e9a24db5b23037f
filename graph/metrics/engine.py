"""One conversion per graph revision: networkx -> arrays, scipy, igraph, rustworkx.

Why: networkx is the model and the public API, but igraph, rustworkx and scipy
compute the slow metrics 20-250x faster. Converting costs a few milliseconds, so it
is done once per graph and cached next to it (weakly, so the cache dies with the
graph). Every metric function starts with :func:`prepare`.

Conventions shared by every metric (documented in docs/metrics.md):

* Self-loops are ignored (an actor is not its own partner); the summary reports
  how many there were.
* ``directed=None`` analyses the graph as it is. ``directed=False`` on a DiGraph
  analyses its undirected collapse: u->v and v->u become one tie whose weight is
  the sum of both. ``directed=True`` on an undirected graph is an error.
* Missing or non-numeric weights count as 1.

The cache key is the graph object plus ``(revision, nodes, ties)`` and, for
weighted views, the total weight, so adding or removing nodes or ties, or editing
weights, is noticed. Call :func:`forget` after other in-place edits.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import igraph as ig
import networkx as nx
import numpy as np
import rustworkx as rx
import scipy.sparse as sp

from graph.errors import GraphError

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(eq=False)
class Prepared:
    """A graph as index arrays: node ``i`` is ``nodes[i]``; ties have no self-loops.

    Undirected ties appear once (``src[k] < dst[k]`` not guaranteed). ``memo`` holds
    results already computed for this revision, so a panel never computes twice.
    """

    nodes: list
    directed: bool
    src: np.ndarray
    dst: np.ndarray
    w: np.ndarray
    self_loops: int
    weight: str | None
    memo: dict[Any, Any] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.nodes)

    @property
    def m(self) -> int:
        return len(self.src)

    @cached_property
    def index(self) -> dict:
        return {v: i for i, v in enumerate(self.nodes)}

    @cached_property
    def adj(self) -> sp.csr_array:
        """Weighted adjacency (symmetric when undirected), rows = sources."""
        n = self.n
        if self.directed:
            r, c, w = self.src, self.dst, self.w
        else:
            r = np.concatenate([self.src, self.dst])
            c = np.concatenate([self.dst, self.src])
            w = np.concatenate([self.w, self.w])
        return sp.csr_array((w.astype(float), (r, c)), shape=(n, n))

    @cached_property
    def binary(self) -> sp.csr_array:
        a = self.adj.copy()
        a.data[:] = 1.0
        return a

    @cached_property
    def ig(self) -> ig.Graph:
        g = ig.Graph(
            n=self.n, edges=np.column_stack([self.src, self.dst]).tolist(), directed=self.directed
        )
        g.es["weight"] = self.w.tolist()
        return g

    @cached_property
    def rx(self) -> rx.PyGraph | rx.PyDiGraph:
        g = rx.PyDiGraph(multigraph=False) if self.directed else rx.PyGraph(multigraph=False)
        g.add_nodes_from(range(self.n))
        g.add_edges_from(
            list(zip(self.src.tolist(), self.dst.tolist(), self.w.tolist(), strict=True))
        )
        return g

    @cached_property
    def undirected(self) -> Prepared:
        """The undirected collapse (weights of u->v and v->u summed)."""
        if not self.directed:
            return self
        return _collapse(self)

    @cached_property
    def degree(self) -> np.ndarray:
        """Total degree (in + out for directed)."""
        return np.bincount(self.src, minlength=self.n) + np.bincount(self.dst, minlength=self.n)

    def array_to_dict(self, values: np.ndarray | list) -> dict:
        """Map an array aligned with ``nodes`` back to ``{node: value}`` (NaN -> None)."""
        out = {}
        for v, x in zip(self.nodes, np.asarray(values, dtype=object).tolist(), strict=True):
            out[v] = None if isinstance(x, float) and x != x else x
        return out


def _collapse(p: Prepared) -> Prepared:
    lo = np.minimum(p.src, p.dst)
    hi = np.maximum(p.src, p.dst)
    key = lo.astype(np.int64) * max(p.n, 1) + hi
    uniq, inv = np.unique(key, return_inverse=True)
    w = np.bincount(inv, weights=p.w, minlength=len(uniq)).astype(float)
    n = max(p.n, 1)
    return Prepared(
        nodes=p.nodes,
        directed=False,
        src=(uniq // n).astype(np.int64),
        dst=(uniq % n).astype(np.int64),
        w=w,
        self_loops=p.self_loops,
        weight=p.weight,
    )


def _number(x: object) -> float:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return 1.0
    return float(x) if x == x else 1.0


def _fingerprint(G: nx.Graph, weight: str | None) -> tuple:
    base = (G.graph.get("revision"), G.number_of_nodes(), G.number_of_edges())
    if weight is None:
        return base
    return (*base, sum(_number(d) for *_, d in G.edges(data=weight, default=1)))


def _convert(G: nx.Graph, weight: str | None) -> Prepared:
    nodes = list(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    m = G.number_of_edges()
    src = np.empty(m, dtype=np.int64)
    dst = np.empty(m, dtype=np.int64)
    w = np.ones(m, dtype=float)
    k = 0
    loops = 0
    if weight is None:
        for u, v in G.edges():
            if u == v:
                loops += 1
                continue
            src[k] = index[u]
            dst[k] = index[v]
            k += 1
    else:
        for u, v, d in G.edges(data=weight, default=1):
            if u == v:
                loops += 1
                continue
            src[k] = index[u]
            dst[k] = index[v]
            w[k] = _number(d)
            k += 1
    return Prepared(
        nodes=nodes,
        directed=G.is_directed(),
        src=src[:k],
        dst=dst[:k],
        w=w[:k],
        self_loops=loops,
        weight=weight,
    )


def prepare(G: nx.Graph, *, directed: bool | None = None, weight: str | None = None) -> Prepared:
    """Return the cached array form of ``G`` (converted at most once per revision).

    ``directed=False`` on a DiGraph gives the undirected collapse.
    """
    if not isinstance(G, nx.Graph):
        raise GraphError(f"expected a networkx Graph or DiGraph, got {type(G).__name__}")
    if G.is_multigraph():
        raise GraphError("multigraphs are not supported: aggregate parallel ties first")
    if directed and not G.is_directed():
        raise GraphError("directed=True needs a directed graph (DiGraph); this one is undirected")
    slot = _CACHE.setdefault(G, {})
    fp = _fingerprint(G, weight)
    hit = slot.get(weight)
    if hit is None or hit[0] != fp:
        hit = (fp, _convert(G, weight))
        slot[weight] = hit
    p = hit[1]
    if directed is False and p.directed:
        return p.undirected
    return p


def forget(G: nx.Graph) -> None:
    """Drop the cached conversion and results of ``G`` (after in-place edits)."""
    _CACHE.pop(G, None)


def as_undirected(G: nx.Graph, weight: str = "weight") -> nx.Graph:
    """The undirected collapse of ``G`` as a networkx graph, weights summed.

    Matches what ``directed=False`` analyses; useful as the reference in tests.

    Examples
    --------
    >>> import networkx as nx
    >>> D = nx.DiGraph([(1, 2), (2, 1)])
    >>> as_undirected(D, "weight")[1][2]["weight"]
    2.0
    """
    if not G.is_directed():
        return G
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    for u, v, d in G.edges(data=weight, default=1):
        if U.has_edge(u, v):
            U[u][v][weight] += _number(d)
        else:
            U.add_edge(u, v, **{weight: _number(d)})
    return U


def memo(p: Prepared, key: Any, compute):
    """Compute ``key`` once per prepared graph."""
    if key not in p.memo:
        p.memo[key] = compute()
    return p.memo[key]
