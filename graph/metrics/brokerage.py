"""Brokerage: Burt's structural holes, Gould-Fernandez roles, boundary share.

Burt's constraint and effective size are computed with sparse matrix products
(row-chunked, so a 100k-actor graph never builds an n x n matrix), giving the same
values as networkx's ``constraint``/``effective_size`` (Burt 1992; Borgatti 1997).
Weights are read as strengths. Isolated actors get ``None``.

Gould & Fernandez (1989): actor v brokers a -> v -> b when a and b are distinct and
there is no tie a -> b. By the groups of (a, v, b): coordinator A->A->A, itinerant
A->B->A, representative A->A->B, gatekeeper A->B->B, liaison A->B->C. On an
undirected graph every tie counts as reciprocated, so each open two-path a - v - b
counts in both directions and representative equals gatekeeper. Two-paths through
an actor without a value for the grouping attribute are not counted; such a broker
gets ``None``.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graph.metrics.engine import Prepared, memo, prepare

ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")


def _masked_product(
    x: sp.csr_array, y: sp.csr_array, mask: sp.csr_array, budget: int = 4_000_000
) -> sp.csr_array:
    """(x @ y) kept only where ``mask`` is non-zero, computed in row chunks."""
    n = x.shape[0]
    mask = mask.copy()
    mask.data[:] = 1.0
    xb = x.copy()
    xb.data[:] = 1.0
    cost = xb @ np.diff(y.indptr).astype(float)
    parts = []
    start = 0
    acc = 0.0
    for i in range(n):
        acc += cost[i]
        if acc > budget or i == n - 1:
            stop = i + 1
            parts.append(sp.csr_array((x[start:stop] @ y).multiply(mask[start:stop])))
            start, acc = stop, 0.0
    if not parts:
        return sp.csr_array((n, y.shape[1]))
    return sp.csr_array(sp.vstack(parts, format="csr"))


def _mutual(p: Prepared) -> tuple[sp.csr_array, sp.csr_array, np.ndarray]:
    """(mutual weights a_ij + a_ji, row-normalised P, neighbour counts)."""
    a = p.adj
    mutual = sp.csr_array(a + a.T) if p.directed else sp.csr_array(a * 2.0)
    mutual.eliminate_zeros()
    rows = np.asarray(mutual.sum(axis=1)).ravel()
    inv = np.divide(1.0, rows, out=np.zeros_like(rows), where=rows > 0)
    pm = sp.csr_array(sp.diags_array(inv) @ mutual)
    return mutual, pm, np.diff(mutual.indptr)


def constraint_array(p: Prepared) -> np.ndarray:
    """Burt's constraint c_i = sum_j (p_ij + sum_q p_iq p_qj)^2 over neighbours j."""

    def run() -> np.ndarray:
        if p.n == 0:
            return np.zeros(0)
        mutual, pm, deg = _mutual(p)
        indirect = _masked_product(pm, pm, mutual)
        total = sp.csr_array(pm + indirect)
        c = np.asarray(total.power(2).sum(axis=1)).ravel()
        return np.where(deg > 0, c, np.nan)

    return memo(p, ("constraint",), run)


def effective_size_array(p: Prepared) -> np.ndarray:
    """Burt's effective size: n_i - sum_j sum_q p_iq m_jq over neighbours j, q."""

    def run() -> np.ndarray:
        if p.n == 0:
            return np.zeros(0)
        mutual, pm, deg = _mutual(p)
        rowmax = mutual.max(axis=1).toarray().ravel()
        inv = np.divide(1.0, rowmax, out=np.zeros_like(rowmax), where=rowmax > 0)
        mmax = sp.csr_array(sp.diags_array(inv) @ mutual)
        nb = mutual.copy()
        nb.data[:] = 1.0
        red = _masked_product(nb, mmax, mutual)
        r = np.asarray(pm.multiply(red).sum(axis=1)).ravel()
        return np.where(deg > 0, deg - r, np.nan)

    return memo(p, ("effective_size",), run)


def constraint(G: nx.Graph, *, weight: str | None = None, directed: bool | None = None) -> dict:
    """Burt's constraint per actor (``nx.constraint``); None for isolated actors.

    >>> {k: round(v, 3) for k, v in constraint(nx.path_graph(3)).items()}
    {0: 1.0, 1: 0.5, 2: 1.0}
    """
    p = prepare(G, directed=directed, weight=weight)
    return p.array_to_dict(constraint_array(p))


def effective_size(G: nx.Graph, *, weight: str | None = None, directed: bool | None = None) -> dict:
    """Burt's effective size per actor (``nx.effective_size``); None for isolated actors.

    >>> effective_size(nx.star_graph(3))[0]
    3.0
    """
    p = prepare(G, directed=directed, weight=weight)
    return p.array_to_dict(effective_size_array(p))


# ------------------------------------------------------------ Gould-Fernandez


def group_codes(p: Prepared, G: nx.Graph, attribute: str) -> np.ndarray:
    """Integer code per node for ``attribute``; -1 where it is missing or None."""
    codes: dict = {}
    out = np.full(p.n, -1, dtype=np.int64)
    data = G.nodes
    for i, v in enumerate(p.nodes):
        val = data[v].get(attribute)
        if val is None:
            continue
        try:
            out[i] = codes.setdefault(val, len(codes))
        except TypeError:  # unhashable (list): use its text
            out[i] = codes.setdefault(repr(val), len(codes))
    return out


def brokerage_arrays(
    p: Prepared, groups: np.ndarray, chunk: int = 2_000_000
) -> dict[str, np.ndarray]:
    """Counts per role per node; NaN where the broker has no group."""
    n = p.n
    if p.directed:
        s, t = p.src, p.dst
    else:
        s = np.concatenate([p.src, p.dst])
        t = np.concatenate([p.dst, p.src])
    counts = {r: np.zeros(n) for r in ROLES}
    if n == 0 or len(s) == 0:
        return {r: np.where(groups >= 0, c, np.nan) for r, c in counts.items()}
    arcs = np.unique(s.astype(np.int64) * n + t)
    order_in = np.argsort(t, kind="stable")
    in_src, in_ptr = s[order_in], np.searchsorted(t[order_in], np.arange(n + 1))
    order_out = np.argsort(s, kind="stable")
    out_dst, out_ptr = t[order_out], np.searchsorted(s[order_out], np.arange(n + 1))
    indeg, outdeg = np.diff(in_ptr), np.diff(out_ptr)
    pairs = indeg * outdeg
    v_all = np.flatnonzero((pairs > 0) & (groups >= 0))
    start = 0
    while start < len(v_all):
        cum = np.cumsum(pairs[v_all[start:]])
        stop = start + max(1, int(np.searchsorted(cum, chunk, side="right")))
        vs = v_all[start:stop]
        start = stop
        pv = pairs[vs]
        v = np.repeat(vs, pv)
        # position of each pair inside its broker's in x out grid
        offs = np.arange(len(v)) - np.repeat(np.cumsum(pv) - pv, pv)
        od = np.repeat(outdeg[vs], pv)
        a = in_src[np.repeat(in_ptr[vs], pv) + offs // od]
        b = out_dst[np.repeat(out_ptr[vs], pv) + offs % od]
        keep = (a != b) & ~np.isin(a * n + b, arcs, assume_unique=False)
        a, b, v = a[keep], b[keep], v[keep]
        ga, gb, gv = groups[a], groups[b], groups[v]
        ok = (ga >= 0) & (gb >= 0)
        ga, gb, gv, v = ga[ok], gb[ok], gv[ok], v[ok]
        same_av, same_vb, same_ab = ga == gv, gv == gb, ga == gb
        masks = {
            "coordinator": same_av & same_vb,
            "itinerant": same_ab & ~same_av,
            "representative": same_av & ~same_vb,
            "gatekeeper": same_vb & ~same_av,
            "liaison": ~same_av & ~same_vb & ~same_ab,
        }
        for role, mask in masks.items():
            counts[role] += np.bincount(v[mask], minlength=n)
    return {r: np.where(groups >= 0, c, np.nan) for r, c in counts.items()}


def gould_fernandez(G: nx.Graph, attribute: str, *, directed: bool | None = None) -> dict:
    """Gould-Fernandez brokerage role counts per actor, grouped by node ``attribute``.

    Returns ``{role: {node: count or None}}`` for the five roles in :data:`ROLES`.

    >>> D = nx.DiGraph([(1, 2), (2, 3)])
    >>> nx.set_node_attributes(D, {1: "a", 2: "a", 3: "b"}, "sector")
    >>> gould_fernandez(D, "sector")["representative"]
    {1: 0.0, 2: 1.0, 3: 0.0}
    """
    p = prepare(G, directed=directed)
    res = brokerage_arrays(p, group_codes(p, G, attribute))
    return {role: p.array_to_dict(vals) for role, vals in res.items()}


# --------------------------------------------------------------- boundary share


def organisation_sets(p: Prepared, G: nx.Graph) -> list[frozenset]:
    """Each actor's organisations: its own id for organisations, else organisation_ids."""
    out = []
    data = G.nodes
    for v in p.nodes:
        d = data[v]
        if d.get("kind") == "organisation":
            out.append(frozenset((d.get("id", v),)))
        else:
            out.append(frozenset(d.get("organisation_ids") or ()))
    return out


def boundary_share_array(p: Prepared, G: nx.Graph) -> np.ndarray:
    """Share of an actor's partners outside all of its organisations (None if no ties
    or no organisation known). Partners without a known organisation count as outside."""
    und = p.undirected
    orgs = organisation_sets(p, G)
    outside = np.zeros(p.n)
    deg = und.degree.astype(float)
    for s, t in zip(und.src.tolist(), und.dst.tolist(), strict=True):
        if orgs[s].isdisjoint(orgs[t]):
            outside[s] += 1
            outside[t] += 1
    known = np.array([len(o) > 0 for o in orgs], dtype=bool)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = outside / deg
    return np.where(known & (deg > 0), share, np.nan)


def boundary_share(G: nx.Graph) -> dict:
    """Share of each actor's ties that cross its organisation's boundary.

    >>> G = nx.Graph([(1, 2), (1, 3)])
    >>> nx.set_node_attributes(G, {1: (10,), 2: (10,), 3: (11,)}, "organisation_ids")
    >>> boundary_share(G)
    {1: 0.5, 2: 0.0, 3: 1.0}
    """
    p = prepare(G)
    return p.array_to_dict(boundary_share_array(p, G))
