"""Cohesion: clustering, density, reciprocity, components, distances, cut points.

Engines: local clustering by igraph (undirected) or scipy (Fagiolo's directed
clustering, as networkx); transitivity, components, diameter, average path length,
articulation points and bridges by igraph. Quantities that are 0/0 for the graph at
hand (density of one actor, transitivity without any two-path) are ``None``.

Articulation points, bridges and transitivity are properties of the undirected
collapse; diameter and average path length of a directed graph are those of its
largest *strongly* connected component (the largest weak component for undirected).
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from graph.metrics.engine import Prepared, memo, prepare


def clustering_array(p: Prepared) -> np.ndarray:
    return memo(p, ("clustering",), lambda: _clustering(p))


def _clustering(p: Prepared) -> np.ndarray:
    if p.n == 0:
        return np.zeros(0)
    if not p.directed:
        c = p.ig.transitivity_local_undirected(mode="zero")
        return np.asarray(c, dtype=float)
    # Fagiolo (2007): C_i = (A + A^T)^3_ii / (2 [d_tot (d_tot - 1) - 2 d_recip])
    a = p.binary
    s = (a + a.T).tocsr()
    s2 = s @ s
    cyc = np.asarray(s2.multiply(s.T).sum(axis=1)).ravel()
    d_tot = np.asarray(a.sum(axis=0)).ravel() + np.asarray(a.sum(axis=1)).ravel()
    d_bi = np.asarray(a.multiply(a.T).sum(axis=1)).ravel()
    den = 2 * (d_tot * (d_tot - 1) - 2 * d_bi)
    with np.errstate(invalid="ignore", divide="ignore"):
        c = np.where(den > 0, cyc / np.where(den > 0, den, 1), 0.0)
    return c


def clustering(G: nx.Graph, *, directed: bool | None = None) -> dict:
    """Local clustering coefficient, as ``nx.clustering`` (Fagiolo on directed graphs).

    >>> clustering(nx.complete_graph(3))
    {0: 1.0, 1: 1.0, 2: 1.0}
    """
    p = prepare(G, directed=directed)
    return p.array_to_dict(clustering_array(p))


def average_clustering(G: nx.Graph, *, directed: bool | None = None) -> float | None:
    """Mean local clustering over all actors, zeros included (``nx.average_clustering``).

    >>> average_clustering(nx.complete_graph(3))
    1.0
    """
    p = prepare(G, directed=directed)
    return None if p.n == 0 else float(clustering_array(p).mean())


def density(G: nx.Graph, *, directed: bool | None = None) -> float | None:
    """Share of possible ties present (self-loops ignored); None below two actors.

    >>> density(nx.path_graph(3))
    0.6666666666666666
    """
    p = prepare(G, directed=directed)
    if p.n < 2:
        return None
    pairs = p.n * (p.n - 1) / (1 if p.directed else 2)
    return p.m / pairs


def reciprocity(G: nx.Graph) -> float | None:
    """Share of directed ties that are returned (``nx.overall_reciprocity``).

    None for undirected graphs and graphs without ties.

    >>> reciprocity(nx.DiGraph([(1, 2), (2, 1), (2, 3)]))
    0.6666666666666666
    """
    p = prepare(G)
    if not p.directed or p.m == 0:
        return None
    return 2 * (p.m - p.undirected.m) / p.m


def transitivity(G: nx.Graph) -> float | None:
    """Share of two-paths that are closed (``nx.transitivity``, on the undirected collapse).

    >>> transitivity(nx.complete_graph(4))
    1.0
    """
    p = prepare(G).undirected
    if p.n == 0:
        return None
    t = p.ig.transitivity_undirected(mode="nan")
    return None if t != t else float(t)


def components(G: nx.Graph) -> dict:
    """Number of (weakly) connected components, strong components, largest size.

    >>> components(nx.Graph([(1, 2), (3, 4)]))
    {'components': 2, 'strong_components': None, 'largest_component': 2}
    """
    p = prepare(G)
    if p.n == 0:
        return {
            "components": 0,
            "strong_components": None if not p.directed else 0,
            "largest_component": 0,
        }
    weak = p.undirected.ig.connected_components()
    strong = len(p.ig.connected_components(mode="strong")) if p.directed else None
    return {
        "components": len(weak),
        "strong_components": strong,
        "largest_component": max(weak.sizes()),
    }


def _largest(p: Prepared) -> list[int]:
    """Vertices of the largest (strong, if directed) component; ties -> earliest."""
    comps = p.ig.connected_components(mode="strong" if p.directed else "weak")
    sizes = comps.sizes()
    best = max(range(len(sizes)), key=lambda i: (sizes[i], -min(comps[i])))
    return comps[best]


def distances_array(p: Prepared) -> tuple[int | None, float | None]:
    return memo(p, ("distances",), lambda: _distances(p))


def _distances(p: Prepared) -> tuple[int | None, float | None]:
    if p.n == 0:
        return None, None
    members = _largest(p)
    r = len(members)
    if r == 1:
        return 0, 0.0
    sub = p.ig.induced_subgraph(members)
    diam = int(sub.diameter(directed=p.directed))
    if p.directed:
        return diam, float(sub.average_path_length(directed=True))
    # Undirected: the closeness pass already summed every distance (saves a search
    # from every actor). closeness_u = (r-1)^2 / (S_u (n-1)) inside a component of r.
    from graph.metrics.centrality import closeness_array

    c = closeness_array(p)[members]
    total = float(((r - 1) ** 2 / (c * (p.n - 1))).sum())
    return diam, total / (r * (r - 1))


def diameter(G: nx.Graph, *, directed: bool | None = None) -> int | None:
    """Longest shortest path in the largest component (strong component if directed).

    >>> diameter(nx.Graph([(1, 2), (2, 3), (4, 5)]))
    2
    """
    return distances_array(prepare(G, directed=directed))[0]


def average_path_length(G: nx.Graph, *, directed: bool | None = None) -> float | None:
    """Mean shortest path length in the largest component (strong component if directed).

    >>> average_path_length(nx.path_graph(3))
    1.3333333333333333
    """
    return distances_array(prepare(G, directed=directed))[1]


def articulation_array(p: Prepared) -> np.ndarray:
    def run() -> np.ndarray:
        flags = np.zeros(p.n, dtype=bool)
        flags[p.undirected.ig.articulation_points()] = True
        return flags

    return memo(p, ("articulation",), run)


def articulation_points(G: nx.Graph) -> list:
    """Actors whose removal disconnects their component (undirected collapse).

    >>> articulation_points(nx.path_graph(3))
    [1]
    """
    p = prepare(G)
    return [p.nodes[i] for i in np.flatnonzero(articulation_array(p))]


def bridges(G: nx.Graph) -> list[tuple]:
    """Ties whose removal disconnects their component (undirected collapse).

    >>> bridges(nx.Graph([(1, 2), (2, 3), (3, 1), (3, 4)]))
    [(3, 4)]
    """
    und = prepare(G).undirected
    g = und.ig
    out = []
    for e in sorted(g.bridges()):
        s, t = g.es[e].tuple
        out.append((und.nodes[s], und.nodes[t]))
    return out


def degree_centralisation(p: Prepared) -> float | None:
    """Freeman (1979) degree centralisation: sum(max - d_i) / its maximum (the star)."""
    n = p.n
    if n < 3:
        return None
    d = p.degree.astype(float)
    bound = (n - 1) * (n - 2) * (2 if p.directed else 1)
    return float((d.max() - d).sum() / bound)


def betweenness_centralisation_of(values: np.ndarray) -> float | None:
    """Freeman betweenness centralisation from normalised betweenness: sum(max - b)/(n-1)."""
    n = len(values)
    if n < 3:
        return None
    return float((values.max() - values).sum() / (n - 1))
