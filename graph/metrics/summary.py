"""The two panels: one row per actor, one dict per network.

``node_metrics`` and ``network_summary`` share one conversion and every
intermediate result (betweenness feeds both the table and the centralisation,
the communities both the table and the modularity).

Missing values: a DataFrame cell that is undefined for that actor (closeness of
nobody, eigenvector on a directed graph, constraint of an isolate, in-degree on an
undirected graph) is ``pd.NA`` in a nullable column, never NaN; in the summary
dict it is ``None``.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from graph.counts import affiliation_count, tie_count
from graph.metrics import brokerage as br
from graph.metrics import centrality as ce
from graph.metrics import cohesion as co
from graph.metrics import communities as cm
from graph.metrics import homophily as ho
from graph.metrics.engine import prepare

NODE_COLUMNS = (
    "degree", "in_degree", "out_degree", "strength", "betweenness", "closeness", "harmonic",
    "eigenvector", "pagerank", "clustering", "core_number", "constraint", "effective_size",
    "community", "articulation_point", "boundary_share",
)  # fmt: skip
INT_COLUMNS = {"degree", "in_degree", "out_degree", "core_number", "community"}
BROKERAGE_COLUMNS = tuple(f"brokerage_{r}" for r in br.ROLES)


def _column(values: np.ndarray | None, n: int, kind: str) -> pd.api.extensions.ExtensionArray:
    if values is None:
        values = np.full(n, np.nan)
    values = np.asarray(values, dtype=float)
    mask = np.isnan(values)
    if kind == "int":
        return pd.arrays.IntegerArray(np.where(mask, 0, values).astype(np.int64), mask)
    return pd.arrays.FloatingArray(np.where(mask, 0.0, values), mask)


def node_metrics(
    G: nx.Graph,
    *,
    directed: bool | None = None,
    grouping: str | None = None,
    seed: int = 0,
    weight: str | None = None,
    betweenness_k: int | None = None,
    community_method: str = "louvain",
    resolution: float = 1.0,
) -> pd.DataFrame:
    """One row per actor with every per-actor metric (see docs/metrics.md).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
        The network; node attributes ``organisation_ids``/``kind`` feed the boundary
        share, ``grouping`` names the attribute for Gould-Fernandez roles.
    directed : bool, optional
        None analyses ``G`` as it is; False analyses a DiGraph's undirected collapse.
    grouping : str, optional
        Node attribute (``sector``, ``type``, ``region``...): adds ``brokerage_<role>``.
    seed : int
        Seed of the community detection (same seed, same ids).
    weight : str, optional
        Edge attribute read as a strength by PageRank, eigenvector, Katz, constraint,
        effective size and communities. Path metrics stay unweighted; ``strength``
        always sums the ``weight`` attribute.
    betweenness_k : int, optional
        Sample this many sources for betweenness (very large graphs); exact if None.
    community_method : {"louvain", "leiden"}
    resolution : float
        Modularity resolution of the community detection.

    Returns
    -------
    pandas.DataFrame
        Index: node ids (``id``). Columns :data:`NODE_COLUMNS`, then ``katz`` on a
        directed graph, then the brokerage columns. Nullable dtypes: undefined values
        are ``pd.NA``, never NaN.

    Examples
    --------
    >>> df = node_metrics(nx.path_graph(3))
    >>> df.loc[1, "betweenness"], int(df.loc[1, "degree"])
    (np.float64(1.0), 2)
    """
    p = prepare(G, directed=directed)
    pw = prepare(G, directed=directed, weight=weight) if weight else p
    ps = prepare(G, directed=directed, weight="weight")
    n = p.n
    deg, ind, outd = ce.degree_arrays(p)
    cols: dict[str, Any] = {
        "degree": deg,
        "in_degree": ind,
        "out_degree": outd,
        "strength": ce.strength_array(ps),
        "betweenness": ce.betweenness_array(p, k=betweenness_k, seed=seed),
        "closeness": ce.closeness_array(p),
        "harmonic": ce.harmonic_array(p),
        "eigenvector": ce.eigenvector_array(pw),
        "pagerank": ce.pagerank_array(pw),
        "clustering": co.clustering_array(p),
        "core_number": ce.core_number_array(p),
        "constraint": br.constraint_array(pw),
        "effective_size": br.effective_size_array(pw),
        "community": cm.community_numbers(
            cm.community_array(pw, method=community_method, seed=seed, resolution=resolution)
        ),
        "articulation_point": None,
        "boundary_share": br.boundary_share_array(p, G),
    }
    data = {}
    for name in NODE_COLUMNS:
        if name == "articulation_point":
            flags = co.articulation_array(p)
            data[name] = pd.arrays.BooleanArray(flags, np.zeros(n, dtype=bool))
        else:
            data[name] = _column(cols[name], n, "int" if name in INT_COLUMNS else "float")
    if p.directed:
        data["katz"] = _column(ce.katz_array(pw), n, "float")
    if grouping is not None:
        roles = br.brokerage_arrays(p, br.group_codes(p, G, grouping))
        for role, col in zip(br.ROLES, BROKERAGE_COLUMNS, strict=True):
            data[col] = _column(roles[role], n, "int")
    index = pd.Index(p.nodes, name="id", dtype=object if n == 0 else None)
    return pd.DataFrame(data, index=index)


def network_summary(
    G: nx.Graph,
    *,
    attribute: str | None = None,
    directed: bool | None = None,
    seed: int = 0,
    weight: str | None = None,
    betweenness_k: int | None = None,
    community_method: str = "louvain",
    resolution: float = 1.0,
) -> dict:
    """Whole-network figures as a plain dict (JSON-ready; undefined values are None).

    Parameters
    ----------
    G : networkx.Graph or networkx.DiGraph
    attribute : str, optional
        Categorical node attribute (``sector``, ``type``, ``region``): adds its
        assortativity, E-I index and mixing matrix.
    directed, seed, weight, betweenness_k, community_method, resolution
        As in :func:`node_metrics`; modularity is that of the same partition,
        measured on the undirected collapse.

    Returns
    -------
    dict
        Keys listed in docs/metrics.md (``nodes``, ``ties``, ``density``, ...,
        ``mixing_matrix``); explanations via :func:`graph.metrics.explain`.

    Examples
    --------
    >>> s = network_summary(nx.path_graph(3))
    >>> s["nodes"], s["ties"], s["diameter"]
    (3, 2, 2)
    """
    p = prepare(G, directed=directed)
    pw = prepare(G, directed=directed, weight=weight) if weight else p
    comps = co.components(G) if directed is None or directed == G.is_directed() else None
    if comps is None:  # analysing the collapse of a DiGraph
        u = p.undirected
        weak = u.ig.connected_components() if u.n else []
        comps = {
            "components": len(weak),
            "strong_components": None,
            "largest_component": max(weak.sizes()) if u.n else 0,
        }
    diam, apl = co.distances_array(p)
    clus = co.clustering_array(p)
    bet = ce.betweenness_array(p, k=betweenness_k, seed=seed)
    memb = cm.community_array(pw, method=community_method, seed=seed, resolution=resolution)
    und = pw.undirected
    out: dict[str, Any] = {
        "nodes": p.n,
        "ties": tie_count(G, directed=directed),
        "affiliations": affiliation_count(G),
        "self_loops": p.self_loops,
        "directed": p.directed,
        "density": _density(p),
        "reciprocity": (2 * (p.m - p.undirected.m) / p.m) if p.directed and p.m else None,
        "transitivity": _transitivity(p),
        "average_clustering": float(clus.mean()) if p.n else None,
        **comps,
        "diameter": diam,
        "average_path_length": apl,
        "degree_centralisation": co.degree_centralisation(p),
        "betweenness_centralisation": co.betweenness_centralisation_of(bet),
        "degree_assortativity": ho.degree_assortativity_of(p),
        "communities": int(memb.max()) + 1 if len(memb) else 0,
        "modularity": cm.modularity_of(und, memb, resolution),
        "articulation_points": [p.nodes[i] for i in np.flatnonzero(co.articulation_array(p))],
        "bridges": _bridges(p),
        "attribute": attribute,
        "attribute_assortativity": None,
        "ei_index": None,
        "mixing_matrix": None,
    }
    if attribute is not None:
        labels, mat = ho.mixing_counts(p, G, attribute)
        out["attribute_assortativity"] = ho.attribute_assortativity_of(p, G, attribute)
        out["ei_index"] = ho.ei_index_of(p, G, attribute)
        out["mixing_matrix"] = {
            r: {c: int(mat[i, j]) for j, c in enumerate(labels)} for i, r in enumerate(labels)
        }
    return out


def _density(p) -> float | None:
    if p.n < 2:
        return None
    return p.m / (p.n * (p.n - 1) / (1 if p.directed else 2))


def _transitivity(p) -> float | None:
    u = p.undirected
    if u.n == 0:
        return None
    t = u.ig.transitivity_undirected(mode="nan")
    return None if t != t else float(t)


def _bridges(p) -> list[tuple]:
    u = p.undirected
    g = u.ig
    return [(u.nodes[g.es[e].source], u.nodes[g.es[e].target]) for e in sorted(g.bridges())]
