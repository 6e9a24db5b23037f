"""The grouped layout: nested clusters (region > organisation > members), circle-packed.

Why: a board thinks in schools, not in springs. Each node has a path of group names
(``("Veenhoven", "o12")``: persons of organisation 12 in the Veenhoven cluster, or a
single attribute value); members of one innermost group form a sunflower with the
best-connected in the middle, and each level's groups are packed as circles around
the biggest, so a cluster never lies across another. Deterministic: no randomness.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping

import networkx as nx
import numpy as np

_GOLDEN = math.pi * (3 - math.sqrt(5))
#: Space between two packed clusters, in node spacings.
_MARGIN = 1.0


def _spiral(count: int) -> np.ndarray:
    """Sunflower (Vogel) spiral of ``count`` points at unit spacing, first in the middle."""
    i = np.arange(count, dtype=float)
    r = np.sqrt(i) * 0.62
    return np.column_stack([r * np.cos(i * _GOLDEN), r * np.sin(i * _GOLDEN)])


def _pack(radii: list[float]) -> list[tuple[float, float]]:
    """Centres for circles of ``radii`` (largest first), each placed at the first free
    spot on a spiral around the first one."""
    centres: list[tuple[float, float]] = []
    placed = np.empty((0, 3))
    for r in radii:
        if not centres:
            spot = (0.0, 0.0)
        else:
            pitch = (2 * r + _MARGIN) / (2 * math.pi)  # one turn further out per circle
            step = max(0.2, r / 3)
            t = 0.0
            while True:
                d = pitch * t
                t += step / max(d, step)
                spot = (d * math.cos(t), d * math.sin(t))
                gaps = np.hypot(placed[:, 0] - spot[0], placed[:, 1] - spot[1])
                if np.all(gaps >= placed[:, 2] + r + _MARGIN):
                    break
        centres.append(spot)
        placed = np.vstack([placed, [spot[0], spot[1], r]])
    return centres


def _cluster(
    members: list[Hashable],
    paths: Mapping[Hashable, tuple],
    depth: int,
    key: Callable[[Hashable], tuple],
) -> tuple[dict[Hashable, np.ndarray], float]:
    """Positions around (0, 0) of ``members`` grouped from path part ``depth`` on,
    and the radius of the circle holding them."""
    groups: dict[object, list[Hashable]] = {}
    for v in members:
        path = paths.get(v, ())
        groups.setdefault(path[depth] if depth < len(path) else None, []).append(v)
    if set(groups) == {None}:
        ordered = sorted(members, key=key)
        points = _spiral(len(ordered))
        radius = float(np.hypot(points[:, 0], points[:, 1]).max()) + 0.5
        return {v: p for v, p in zip(ordered, points, strict=True)}, radius
    parts = [_cluster(m, paths, depth + 1, key) for _g, m in groups.items()]
    parts.sort(key=lambda part: (-part[1], key(min(part[0], key=key))))
    centres = _pack([r for _pos, r in parts])
    out: dict[Hashable, np.ndarray] = {}
    radius = 0.0
    for (pos, r), (cx, cy) in zip(parts, centres, strict=True):
        for v, p in pos.items():
            out[v] = p + (cx, cy)
        radius = max(radius, math.hypot(cx, cy) + r)
    return out, radius


def grouped_positions(
    G: nx.Graph, paths: Mapping[Hashable, tuple], key: Callable[[Hashable], tuple]
) -> dict[Hashable, tuple[float, float]]:
    """Nested, circle-packed clusters by ``paths``; ``key`` orders members of one
    group (first in the middle). Nodes without a path share one group."""
    if G.number_of_nodes() == 0:
        return {}
    pos, _radius = _cluster(list(G), paths, 0, key)
    return {v: (float(p[0]), float(p[1])) for v, p in pos.items()}
