"""Server-side node positions for the explorer (Cytoscape ``preset`` layout).

Why on the server: the same view must always give the same picture (a seed), the
positions are cached by data revision and filter, and Cytoscape.js running its own
force layout on thousands of nodes blocks the browser tab (DESIGN.md, "Speed").
Every function returns ``{node: (x, y)}`` with finite floats, fitted into a box of
``scale`` x ``scale`` centred on (0, 0); an empty graph gives ``{}``.

Force-directed uses igraph's Fruchterman-Reingold (grid variant above 1,000 nodes)
per connected component from seeded start positions with igraph's RNG pinned to the
seed, so it is deterministic; components are then packed in rows, biggest first; measured on this machine (Holme-Kim, mean degree 8): 0.09 s at 250
nodes, ~0.8 s at 1,000, ~0.4 s at 5,000 (grid), against 1.6 s at 1,000 for
``nx.spring_layout``. Components of up to ``CLUSTER_REFINE_MAX`` nodes then get 100
rounds of networkx's ForceAtlas2 from that picture, which draws groups that work
together as groups (the demo's persons: 0.15 s instead of 0.03 s; never at thousands).
Circles of real sizes are kept apart later, by graph.overlap.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Literal

import igraph as ig
import networkx as nx
import numpy as np

from graph.igraph_random import with_igraph_seed
from graph.layout_grouped import grouped_positions

LayoutKind = Literal["force", "concentric", "circle", "grid", "breadthfirst", "grouped"]
LAYOUT_KINDS: tuple[str, ...] = ("force", "concentric", "circle", "grid", "breadthfirst", "grouped")
Positions = dict[Hashable, tuple[float, float]]


def _order_key(G: nx.Graph) -> Callable[[Hashable], tuple]:
    """Deterministic, readable node order: kind, type, name, then id."""

    def key(n: Hashable) -> tuple:
        d = G.nodes[n]
        return (str(d.get("kind", "")), str(d.get("type", "")), str(d.get("name", "")), str(n))

    return key


def _fit(
    coords: Mapping[Hashable, tuple[float, float]], scale: float, *, keep_origin: bool = False
) -> Positions:
    """Centre on (0, 0) and fit the longest side into ``scale``; keep the aspect.

    ``keep_origin`` scales around (0, 0) instead (concentric: the centre stays put).
    """
    if not coords:
        return {}
    nodes = list(coords)
    arr = np.array([coords[n] for n in nodes], dtype=float).reshape(len(nodes), 2)
    arr[~np.isfinite(arr)] = 0.0
    if keep_origin:
        span = 2 * float(np.abs(arr).max())
    else:
        lo, hi = arr.min(axis=0), arr.max(axis=0)
        arr -= (lo + hi) / 2
        span = float((hi - lo).max())
    if span > 0:
        arr *= scale / span
    return {
        n: (round(float(x), 2), round(float(y), 2)) for n, (x, y) in zip(nodes, arr, strict=True)
    }


def _force_component(G: nx.Graph, nodes: list[Hashable], seed: int) -> np.ndarray:
    """Fruchterman-Reingold on one connected component, scaled to unit density."""
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    index = {v: i for i, v in enumerate(nodes)}
    pairs = [(u, v) for u, v in G.subgraph(nodes).edges() if u != v]
    edges = [(index[u], index[v]) for u, v in pairs]
    weights = [float(G.edges[u, v].get("weight", 1.0) or 1.0) for u, v in pairs]
    g = ig.Graph(n=n, edges=edges, directed=False)
    rng = np.random.default_rng(seed)
    start = (rng.uniform(-1, 1, (n, 2)) * math.sqrt(n)).tolist()
    layout = with_igraph_seed(
        seed,
        lambda: g.layout_fruchterman_reingold(
            seed=start, weights=weights or None, niter=300 if n > 300 else 500
        ),
    )
    coords = np.array(layout.coords, dtype=float)
    if n <= CLUSTER_REFINE_MAX:
        coords = _refine_clusters(G.subgraph(nodes), nodes, coords, seed)
    coords -= coords.mean(axis=0)
    radius = float(np.abs(coords).max()) or 1.0
    return coords * (math.sqrt(n) / 2 / radius)  # side ~ sqrt(n): equal density


#: Components up to this size get ForceAtlas2 after Fruchterman-Reingold (cost ~linear
#: per round in n^2: 0.1-0.2 s at 200-400 nodes, far too slow at thousands).
CLUSTER_REFINE_MAX = 400


def _refine_clusters(H: nx.Graph, nodes: list, coords: np.ndarray, seed: int) -> np.ndarray:
    """ForceAtlas2 rounds from the Fruchterman-Reingold picture, so that groups that
    work together draw together (FR spreads a dense partnership into an even ball).
    Falls back to the FR picture if anything is not finite."""
    start = {v: np.array(c) for v, c in zip(nodes, coords, strict=True)}
    refined = nx.forceatlas2_layout(H, pos=start, max_iter=100, weight="weight", seed=seed)
    out = np.array([refined[v] for v in nodes], dtype=float)
    return out if np.isfinite(out).all() else coords


def _force(G: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    """Each component laid out alone, then packed in rows, biggest first.

    Why: laid out together, isolated schools and small components drift to the
    edges and squeeze the main component into the middle of the picture.
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    order = _order_key(G)
    components = sorted(
        (sorted(c, key=order) for c in nx.connected_components(U)),
        key=lambda c: (-len(c), order(c[0])),
    )
    blocks = [(c, _force_component(U, c, seed + i)) for i, c in enumerate(components)]
    sides = [max(1.0, math.sqrt(len(c))) for c in components]
    row_width = max(max(sides), math.sqrt(sum(s * s for s in sides)) * 1.2)
    pos: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    gap = 0.5
    for (nodes, coords), side in zip(blocks, sides, strict=True):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        cx, cy = x + side / 2, y + side / 2
        for v, (px, py) in zip(nodes, coords, strict=True):
            pos[v] = (cx + float(px), cy + float(py))
        x += side + gap
        row_height = max(row_height, side)
    return pos


def _rings(ordered: list[Hashable], spacing: float = 1.0) -> dict[Hashable, tuple[float, float]]:
    """Place nodes on concentric rings, first nodes in the centre; ring r holds ~6r."""
    pos: dict[Hashable, tuple[float, float]] = {}
    i, ring = 0, 0
    while i < len(ordered):
        capacity = 1 if ring == 0 else 6 * ring
        chunk = ordered[i : i + capacity]
        for j, v in enumerate(chunk):
            angle = 2 * math.pi * j / len(chunk) + ring * 0.3
            pos[v] = (ring * spacing * math.cos(angle), ring * spacing * math.sin(angle))
        i += capacity
        ring += 1
    return pos


def _concentric(G: nx.Graph, metric: Mapping | None) -> dict[Hashable, tuple[float, float]]:
    values = metric if metric is not None else dict(G.degree())
    order = _order_key(G)

    def score(v: Hashable) -> float:
        x = values.get(v)
        try:
            x = float(x)
        except (TypeError, ValueError):
            return -math.inf
        return x if math.isfinite(x) else -math.inf

    ordered = sorted(G, key=lambda v: (-score(v), order(v)))
    return _rings(ordered)


def _circle(G: nx.Graph) -> dict[Hashable, tuple[float, float]]:
    ordered = sorted(G, key=_order_key(G))
    n = len(ordered)
    if n == 1:
        return {ordered[0]: (0.0, 0.0)}
    return {
        v: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n))
        for i, v in enumerate(ordered)
    }


def _grid(G: nx.Graph) -> dict[Hashable, tuple[float, float]]:
    ordered = sorted(G, key=_order_key(G))
    cols = max(1, math.ceil(math.sqrt(len(ordered))))
    return {v: (float(i % cols), float(i // cols)) for i, v in enumerate(ordered)}


def _breadthfirst(G: nx.Graph, root: Hashable | None) -> dict[Hashable, tuple[float, float]]:
    """BFS layers top-down per component; components side by side, largest first."""
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    order = _order_key(G)
    components = sorted(
        (sorted(c, key=order) for c in nx.connected_components(U)),
        key=lambda c: (-len(c), order(c[0])),
    )
    pos: dict[Hashable, tuple[float, float]] = {}
    x_offset = 0.0
    for comp in components:
        if root is not None and root in comp:
            start = root
        else:
            start = min(comp, key=lambda v: (-U.degree(v), order(v)))
        layers = list(nx.bfs_layers(U, [start]))
        width = max(len(layer) for layer in layers)
        step = max(1.0, width / (2 * len(layers)))  # keep wide trees from going flat
        for depth, layer in enumerate(layers):
            layer = sorted(layer, key=order)
            for i, v in enumerate(layer):
                pos[v] = (x_offset + (i - (len(layer) - 1) / 2) + width / 2, depth * step)
        x_offset += width + 1
    return pos


def _grouped(
    G: nx.Graph, group_attr: str, groups: Mapping[Hashable, tuple] | None
) -> dict[Hashable, tuple[float, float]]:
    """Nested clusters by ``groups`` (node -> path), else one cluster per value of
    ``group_attr``; the best-connected member of each in its middle."""
    if groups is None:
        groups = {}
        for v, d in G.nodes(data=True):
            value = d.get(group_attr)
            groups[v] = ("" if value is None else str(value),)
    order = _order_key(G)
    return grouped_positions(G, groups, lambda v: (-G.degree(v), order(v)))


def layout_positions(
    G: nx.Graph,
    kind: str = "force",
    *,
    seed: int = 0,
    metric: Mapping | None = None,
    group_attr: str | None = None,
    groups: Mapping[Hashable, tuple] | None = None,
    root: Hashable | None = None,
    scale: float = 1000,
) -> Positions:
    """Positions for every node of ``G``.

    ``metric`` (node -> value) orders ``concentric`` (highest in the centre; degree
    when None); ``groups`` (node -> path of group names, outermost first) nests
    ``grouped``, else ``group_attr`` clusters it (default ``"type"``); ``root``
    starts ``breadthfirst`` (the best-connected node of each component when None).
    Unknown ``kind`` raises ValueError.
    """
    if kind not in LAYOUT_KINDS:
        raise ValueError(f"unknown layout {kind!r}; choose one of {', '.join(LAYOUT_KINDS)}")
    if G.number_of_nodes() == 0:
        return {}
    if kind == "force":
        raw = _force(G, seed)
    elif kind == "concentric":
        raw = _concentric(G, metric)
    elif kind == "circle":
        raw = _circle(G)
    elif kind == "grid":
        raw = _grid(G)
    elif kind == "breadthfirst":
        raw = _breadthfirst(G, root if root in G else None)
    else:
        raw = _grouped(G, group_attr or "type", groups)
    return _fit(raw, scale, keep_origin=kind == "concentric")


def reuse_positions(H: nx.Graph, base: Mapping[Hashable, tuple[float, float]]) -> Positions:
    """Positions for a filtered view from the positions of the whole network.

    Why: filtering must not reshuffle the picture (and must not pay for a new force
    layout on every click). Nodes known to ``base`` keep their place; a node it does
    not know goes to the centroid of its placed neighbours, nudged so it does not
    cover them, or, with none, onto a row under the picture.
    """
    pos: Positions = {v: base[v] for v in H if v in base}
    missing = sorted((v for v in H if v not in base), key=_order_key(H))
    if not missing:
        return pos
    ys = [y for _, y in pos.values()] or [0.0]
    xs = [x for x, _ in pos.values()] or [0.0]
    U = H.to_undirected(as_view=True) if H.is_directed() else H
    spare_x, spare_y = min(xs), max(ys) + 40.0
    for i, v in enumerate(missing):
        placed = [pos[w] for w in U.neighbors(v) if w in pos and w != v]
        if placed:
            cx = sum(p[0] for p in placed) / len(placed)
            cy = sum(p[1] for p in placed) / len(placed)
            pos[v] = (round(cx + 15.0, 2), round(cy + 15.0, 2))
        else:
            pos[v] = (round(spare_x + 40.0 * i, 2), round(spare_y, 2))
    return pos


def union_graph(graphs: Iterable[nx.Graph]) -> nx.Graph:
    """Every node and edge of any graph, undirected; later attributes win."""
    U = nx.Graph()
    for H in graphs:
        U.add_nodes_from(H.nodes(data=True))
        U.add_edges_from(H.edges(data=True))
    return U


def stable_positions(
    graphs: Iterable[nx.Graph], kind: str = "force", **options
) -> tuple[Positions, list[Positions]]:
    """Positions for the time player: one layout of the union over all years.

    Returns (union positions, per-graph positions restricted to that graph's nodes),
    so stepping through the years keeps every node where it was and change shows as
    nodes and ties appearing, not as the picture reshuffling.
    """
    graphs = list(graphs)
    union = layout_positions(union_graph(graphs), kind, **options)
    return union, [{v: union[v] for v in H} for H in graphs]


class LayoutCache:
    """A small thread-safe LRU of positions keyed by (revision, filter, level, layout, seed).

    Why: the force layout costs up to a second; the same view must come back at once
    and identical. Derived data, never stored as truth (DESIGN.md).
    """

    def __init__(self, maxsize: int = 32) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[tuple, Positions] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(
        revision: str, filter_query: str, level: str, layout: str, seed: int, *extra: Hashable
    ) -> tuple:
        return (str(revision), str(filter_query), str(level), str(layout), int(seed), *extra)

    def get_or_compute(self, key: tuple, compute: Callable[[], Positions]) -> Positions:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
        positions = compute()  # outside the lock: other views may compute meanwhile
        with self._lock:
            self.misses += 1
            self._data[key] = positions
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return positions

    def __len__(self) -> int:
        return len(self._data)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


_DEFAULT_CACHE = LayoutCache()


def clear() -> None:
    """Forget every cached layout (erasure: positions are keyed by revisions of data
    that named the person)."""
    _DEFAULT_CACHE.clear()


def cached_layout(
    G: nx.Graph,
    *,
    revision: str,
    filter_query: str,
    level: str,
    kind: str = "force",
    seed: int = 0,
    cache: LayoutCache | None = None,
    **options,
) -> Positions:
    """``layout_positions`` through the LRU; ``options`` that change the picture
    (metric name, group attribute, root) must be part of the key, so pass them as
    ``key_extra=(...)`` when the same kind can be drawn several ways."""
    extra = options.pop("key_extra", ())
    cache = cache if cache is not None else _DEFAULT_CACHE
    key = LayoutCache.key(revision, filter_query, level, kind, seed, *tuple(extra))
    return cache.get_or_compute(key, lambda: layout_positions(G, kind, seed=seed, **options))
