"""Centrality per actor, equal to networkx's definitions, computed by faster engines.

Engines: degree and strength with numpy; eigenvector and Katz with scipy; PageRank
with igraph's PRPACK; core number with igraph. Path-based centrality (betweenness,
closeness, harmonic) lives in :mod:`graph.metrics.paths` and is re-exported here.
Each function is tested equal to networkx within 1e-9
(tests/graph/test_metrics_engines.py).

Weights: path metrics (betweenness, closeness, harmonic) are unweighted unless
``distance`` names an edge attribute, read as a *length* (higher = farther).
Strength, eigenvector, Katz and PageRank read ``weight`` as a *strength* (higher =
stronger). Values that are undefined come back as ``None``, never NaN.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from graph.metrics.engine import Prepared, memo, prepare
from graph.metrics.paths import (  # noqa: F401  (re-exported: one place for centrality)
    betweenness,
    betweenness_array,
    closeness,
    closeness_array,
    harmonic,
    harmonic_array,
    reach_counts,
)

# --------------------------------------------------------------------- arrays


def degree_arrays(p: Prepared) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """(degree, in_degree, out_degree); in/out are None for undirected graphs."""
    if not p.directed:
        return p.degree.astype(float), None, None
    ind = np.bincount(p.dst, minlength=p.n).astype(float)
    out = np.bincount(p.src, minlength=p.n).astype(float)
    return ind + out, ind, out


def strength_array(p: Prepared) -> np.ndarray:
    return np.bincount(p.src, weights=p.w, minlength=p.n) + np.bincount(
        p.dst, weights=p.w, minlength=p.n
    )


def eigenvector_array(p: Prepared) -> np.ndarray:
    """Leading eigenvector of the (weighted) adjacency, L2-normalised, as networkx's numpy."""
    return memo(p, ("eigenvector",), lambda: _eigenvector(p))


def _eigenvector(p: Prepared) -> np.ndarray:
    """Perron vector of the whole graph. Disconnected: it lives on the component with
    the largest spectral radius and is 0 elsewhere; if two components tie for it the
    vector is not unique and every actor gets None."""
    n = p.n
    if p.directed or p.m == 0:
        return np.full(n, np.nan)
    a = p.adj.astype(float)
    connected = len(p.ig.connected_components()) == 1
    k = 1 if connected else 2
    if n <= 64 or k >= n - 1:
        vals, vecs = np.linalg.eigh(a.toarray())
        vals, vecs = vals[::-1][:k], vecs[:, ::-1][:, :k]
    else:
        vals, vecs = spla.eigsh(a, k=k, which="LA", tol=0)
        order = np.argsort(vals)[::-1]
        vals, vecs = vals[order], vecs[:, order]
    if k == 2 and abs(vals[0] - vals[1]) <= 1e-9 * max(abs(vals[0]), 1.0):
        return np.full(n, np.nan)
    vec = vecs[:, 0].real
    vec = vec / (np.sign(vec.sum()) * np.linalg.norm(vec))
    vec[np.abs(vec) < 1e-15] = 0.0
    return vec


def spectral_radius(p: Prepared) -> float:
    def run() -> float:
        if p.m == 0:
            return 0.0
        a = p.adj.astype(float)
        if p.n <= 64:
            return float(np.max(np.abs(np.linalg.eigvals(a.toarray()))))
        vals = spla.eigs(a, k=1, which="LM", return_eigenvectors=False, tol=1e-8)
        return float(np.abs(vals[0]))

    return memo(p, ("radius",), run)


def katz_alpha(p: Prepared) -> float:
    """Default attenuation: networkx's 0.1, lowered to 0.9/lambda_max where needed."""
    lam = spectral_radius(p)
    return 0.1 if lam <= 9.0 else 0.9 / lam


def katz_array(p: Prepared, *, alpha: float | None = None, beta: float = 1.0) -> np.ndarray:
    """Solve (I - alpha A^T) x = beta and L2-normalise, as ``katz_centrality_numpy``.

    Iterates x <- alpha A^T x + beta while that converges (alpha * lambda_max < 0.95),
    which is fast and exact to machine precision; otherwise a direct sparse solve.
    """
    n = p.n
    if n == 0:
        return np.zeros(0)
    a = katz_alpha(p) if alpha is None else alpha
    at = p.adj.T.tocsr()
    b = np.full(n, float(beta))
    if a * spectral_radius(p) < 0.95:
        x = b.copy()
        for _ in range(100_000):
            nxt = a * (at @ x) + b
            done = np.max(np.abs(nxt - x)) <= 1e-15 * max(np.max(np.abs(nxt)), 1e-300)
            x = nxt
            if done:
                break
    elif n > 1:
        x = np.atleast_1d(spla.spsolve(sp.identity(n, format="csc") - a * at.tocsc(), b))
    else:
        x = b
    return x / (np.sign(x.sum()) * np.linalg.norm(x))


def pagerank_array(p: Prepared, *, alpha: float = 0.85) -> np.ndarray:
    def run() -> np.ndarray:
        if p.n == 0:
            return np.zeros(0)
        weights = p.w.tolist() if p.weight is not None else None
        return np.asarray(
            p.ig.pagerank(directed=p.directed, damping=alpha, weights=weights), dtype=float
        )

    return memo(p, ("pagerank", alpha), run)


def core_number_array(p: Prepared) -> np.ndarray:
    return memo(p, ("core",), lambda: np.asarray(p.ig.coreness(mode="all"), dtype=float))


# ----------------------------------------------------------------- public API


def degree(G: nx.Graph, *, directed: bool | None = None) -> dict:
    """Number of ties of each actor (in + out on a directed graph; self-loops ignored).

    Examples
    --------
    >>> import networkx as nx
    >>> degree(nx.path_graph(3))
    {0: 1.0, 1: 2.0, 2: 1.0}
    """
    p = prepare(G, directed=directed)
    return p.array_to_dict(degree_arrays(p)[0])


def in_degree(G: nx.DiGraph) -> dict:
    """Ties received per actor (directed graphs only).

    >>> in_degree(nx.DiGraph([(1, 2)]))
    {1: 0.0, 2: 1.0}
    """
    p = prepare(G, directed=True)
    return p.array_to_dict(degree_arrays(p)[1])


def out_degree(G: nx.DiGraph) -> dict:
    """Ties sent per actor (directed graphs only).

    >>> out_degree(nx.DiGraph([(1, 2)]))
    {1: 1.0, 2: 0.0}
    """
    p = prepare(G, directed=True)
    return p.array_to_dict(degree_arrays(p)[2])


def strength(G: nx.Graph, *, weight: str = "weight", directed: bool | None = None) -> dict:
    """Sum of tie weights per actor (missing weights count 1).

    >>> G = nx.Graph(); G.add_edge(1, 2, weight=3)
    >>> strength(G)
    {1: 3.0, 2: 3.0}
    """
    p = prepare(G, directed=directed, weight=weight)
    return p.array_to_dict(strength_array(p))


def eigenvector(G: nx.Graph, *, weight: str | None = None) -> dict:
    """Eigenvector centrality of an undirected graph (``eigenvector_centrality_numpy``).

    None for every actor on a directed graph (use :func:`pagerank` or :func:`katz`)
    or a graph without ties. On a disconnected graph (which networkx refuses) the
    actors outside the component with the largest spectral radius get 0.

    >>> {k: round(v, 4) for k, v in eigenvector(nx.path_graph(3)).items()}
    {0: 0.5, 1: 0.7071, 2: 0.5}
    """
    p = prepare(G, weight=weight)
    return p.array_to_dict(eigenvector_array(p))


def katz(
    G: nx.Graph,
    *,
    alpha: float | None = None,
    beta: float = 1.0,
    weight: str | None = None,
    directed: bool | None = None,
) -> dict:
    """Katz centrality as ``nx.katz_centrality_numpy``; default alpha in :func:`katz_alpha`.

    >>> {k: round(v, 4) for k, v in katz(nx.DiGraph([(1, 2)])).items()}
    {1: 0.6727, 2: 0.7399}
    """
    p = prepare(G, directed=directed, weight=weight)
    return p.array_to_dict(katz_array(p, alpha=alpha, beta=beta))


def pagerank(
    G: nx.Graph, *, alpha: float = 0.85, weight: str | None = None, directed: bool | None = None
) -> dict:
    """PageRank (igraph PRPACK, exact); networkx's power iteration agrees to its tolerance.

    >>> {k: round(v, 4) for k, v in pagerank(nx.path_graph(3)).items()}
    {0: 0.2568, 1: 0.4865, 2: 0.2568}
    """
    p = prepare(G, directed=directed, weight=weight)
    return p.array_to_dict(pagerank_array(p, alpha=alpha))


def core_number(G: nx.Graph, *, directed: bool | None = None) -> dict:
    """k-core number (``nx.core_number``; in + out degree on directed graphs).

    >>> core_number(nx.complete_graph(3))
    {0: 2.0, 1: 2.0, 2: 2.0}
    """
    p = prepare(G, directed=directed)
    return p.array_to_dict(core_number_array(p))
