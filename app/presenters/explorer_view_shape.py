"""The shape of a large or sparse explorer view: the strongest-ties backbone, isolates.

Why apart: these decide what is drawn when a network is too large for the browser or
has actors without ties, and they are pure functions of a graph, tested on their own.
"""

from __future__ import annotations

import math
from typing import Final

import networkx as nx

from app import i18n
from app.presenters.explorer_elements import MAX_ELEMENTS
from graph.filters import NetworkFilter

#: The level shown instead when the requested one is too large to draw.
FALLBACK_LEVEL: Final = "organisation"
EMPTY_TEXT: Final = {
    "nl": "Geen actoren over met dit filter. Maak het filter ruimer of klik op Herstel.",
    "en": "No actors left with this filter. Widen the filter or press Reset.",
}
NARROW_TEXT: Final = {
    "nl": (
        "Ook op organisatieniveau is dit netwerk te groot om vlot te tekenen "
        "({nodes} actoren, {edges} banden). Kies een thema, sector, regio of schooljaar."
    ),
    "en": (
        "Even at organisation level this network is too large to draw smoothly "
        "({nodes} actors, {edges} ties). Choose a theme, sector, region or school year."
    ),
}


#: Element budget of the strongest-ties backbone drawn when a level is too large: well
#: under the stall threshold, so the aggregated view opens quickly and stays readable.
BACKBONE_ELEMENTS: Final = 3000
STRONGEST_TEXT: Final = {
    "nl": "Alleen de sterkste banden worden getekend (gewicht vanaf {weight}).",
    "en": "Only the strongest ties are drawn (weight {weight} or more).",
}


def number_text(value: float, language: str) -> str:
    return i18n.number_text(float(value), language)


def strongest_ties(
    G: nx.Graph, flt: NetworkFilter, limit: int = MAX_ELEMENTS
) -> NetworkFilter | None:
    """The filter plus the lowest minimum tie weight that brings ``G`` under ``limit``.

    Why: an aggregated (organisation-level) network can still hold more ties than the
    browser draws smoothly; keeping its strongest ties shows its backbone, and the
    filter sentence says so. None when even the nodes alone are too many.
    """
    budget = limit - G.number_of_nodes()
    if budget <= 0:
        return None
    weights = sorted(
        (float(w) for u, v, w in G.edges(data="weight", default=1.0) if u != v), reverse=True
    )
    if len(weights) <= budget:
        return None
    cut = weights[budget - 1]
    if cut == weights[budget]:  # equal weights at the cut: the next distinct one up
        higher = [w for w in weights[:budget] if w > cut]
        if not higher:
            return None
        cut = min(higher)
    current = flt.min_weight or 0.0
    return flt.changed(min_weight=max(cut, current))


def tidy_isolates(G: nx.Graph, positions: dict) -> dict:
    """Actors without ties in neat rows under the network, not scattered at its rim.

    Why: the force layout pushes isolates to the edge of its box, which shrinks the
    connected part to a blob once Cytoscape fits everything on screen. They stay
    visible (an isolated school is information) but no longer cost the picture.
    """
    lonely = sorted(
        (n for n in G if G.degree(n) - 2 * G.has_edge(n, n) <= 0 and n in positions), key=str
    )
    if not lonely or len(lonely) == len(positions):
        return positions
    alone = set(lonely)
    linked = [positions[n] for n in positions if n in G and n not in alone]
    xs, ys = [p[0] for p in linked], [p[1] for p in linked]
    width = max(max(xs) - min(xs), 200.0)
    # At most ~3 rows, but no closer together than the linked nodes are (many
    # isolates: rows as wide as the network, not a tower under it).
    spacing = width / math.sqrt(len(linked))
    cols = max(5, min(math.ceil(len(lonely) / 3), int(width / spacing)))
    step = width / cols
    row = min(60.0, max(step, 30.0))
    out = dict(positions)
    for i, n in enumerate(lonely):
        x, y = min(xs) + (i % (cols + 1)) * step, max(ys) + 80.0 + row * (i // (cols + 1))
        out[n] = (round(x, 2), round(y, 2))
    return out
