"""The explorer's picture geometry: node sizes for the canvas, circles that never overlap.

Why: every layout returns points in a ``LAYOUT_SCALE`` box and Cytoscape fits that box
to the canvas, so a node's drawn size must follow the number of actors sharing the
box (20 actors: large circles; 2,000: small ones), and the circles must be pushed
apart with their real sizes (graph.overlap) before the box is fitted again, positions
and sizes by one factor. The camera then shows the same readable picture on any
screen. Also here: the grouped layout's nesting (region > organisation > person),
which needs records the graph does not carry.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable, Mapping
from typing import Final

import networkx as nx
import pandas as pd

from app.presenters.explorer_elements import node_sizes
from app.presenters.explorer_style import NODE_DEFAULT_PX
from graph.overlap import fit_sized, separate
from graph.records import NetworkRecords

#: Side of the box every layout fills (model units; Cytoscape fits it to the canvas).
LAYOUT_SCALE: Final = 1000.0
#: A node's default diameter is this share of the box side over sqrt(actors) ...
SIZE_SHARE: Final = 0.32
#: ... within these bounds (model units; ~0.75 px each on a 1440x900 screen).
BASE_MIN, BASE_MAX = 6.0, 64.0
#: Free space kept between two circles, as a share of the median diameter.
GAP_SHARE: Final = 0.25
#: Layouts whose shape is the message (rings, rows, a tree): stretched, never pushed.
REGULAR: Final = frozenset({"circle", "grid", "concentric", "breadthfirst"})


def base_diameter(actors: int) -> float:
    """The default node diameter for ``actors`` nodes sharing the layout box."""
    if actors <= 0:
        return BASE_MAX
    return min(BASE_MAX, max(BASE_MIN, SIZE_SHARE * LAYOUT_SCALE / math.sqrt(actors)))


def raw_sizes(
    G: nx.Graph, metrics: pd.DataFrame | None, size_by: str | None, actors: int
) -> dict[Hashable, float]:
    """Diameters before fitting: the metric's sizes (explorer_elements.node_sizes)
    rescaled so the default size is :func:`base_diameter` for ``actors``."""
    factor = base_diameter(actors) / NODE_DEFAULT_PX
    return {n: s * factor for n, s in node_sizes(G, metrics, size_by).items()}


def readable(
    positions: Mapping[Hashable, tuple[float, float]],
    sizes: Mapping[Hashable, float],
    layout: str,
) -> tuple[dict, float]:
    """(positions, size factor): circles apart, the picture fitted to the box.

    Drawn diameters are ``sizes`` times the factor. Force and grouped pictures are
    relaxed locally (clusters stay clusters); regular ones stretched as a whole.
    """
    if not positions:
        return {}, 1.0
    gap = GAP_SHARE * statistics.median(sizes.get(n, 0.0) for n in positions)
    apart = separate(positions, sizes, gap=gap, uniform=layout in REGULAR)
    return fit_sized(apart, sizes, LAYOUT_SCALE)


def drawn_sizes(raw: Mapping[Hashable, float], factor: float) -> dict[Hashable, float]:
    """Raw diameters times the fit factor, rounded down (rounding must not overlap)."""
    return {n: math.floor(s * factor * 100) / 100 for n, s in raw.items()}


def nesting(records: NetworkRecords, G: nx.Graph) -> dict[Hashable, tuple[str, ...]]:
    """Node -> (region, organisation) for the grouped layout.

    A person sits in their first organisation, which sits in its region; an actor
    without either gets an empty part, so all of them form one group of their own.
    """
    actors = records.actor_by_id()
    out: dict[Hashable, tuple[str, ...]] = {}
    for n, d in G.nodes(data=True):
        if d.get("kind") == "organisation":
            org = n
        else:
            orgs = [o for o in d.get("organisation_ids") or () if o in actors]
            org = orgs[0] if orgs else None
        region = actors[org].region if org is not None else d.get("region")
        out[n] = (str(region or ""), "" if org is None else f"o{org}")
    return out
