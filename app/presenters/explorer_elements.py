"""Networkx graph + positions + metrics -> the Cytoscape elements list.

Why a cached, plain function: building the element dicts costs ~10x their orjson
serialisation (DESIGN.md, "Speed"), so the explorer builds them once per graph
revision, filter and visual choice (``ElementsCache``) and never per request.
Element data stays minimal (id, label, colour, size; edge width) because every byte
goes to the browser and comes back whenever Cytoscape echoes its elements.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import networkx as nx
import pandas as pd

from app.presenters.explorer_labels import label_zooms
from app.presenters.explorer_style import (
    DEFAULT_SECTORS,
    DEFAULT_TYPES,
    EDGE_DEFAULT_PX,
    EDGE_MAX_PX,
    EDGE_MIN_PX,
    KINDS,
    MISSING_COLOUR,
    NODE_DEFAULT_PX,
    NODE_MAX_PX,
    NODE_MIN_PX,
    OTHER_COLOUR,
    PALETTE,
    ordered_colours,
    stable_index,
    type_colours,
)
from graph.counts import is_tie, tie_count
from graph.labels import Labels
from graph.layout import LayoutCache

COLOR_BY: Final[tuple[str, ...]] = ("type", "community", "sector", "region")
LABEL_MODES: Final[tuple[str, ...]] = ("auto", "all", "none")
#: In ``auto`` label mode: every node labelled up to this many nodes, else the largest.
LABEL_ALL_UP_TO: Final = 60
LABEL_TOP: Final = 25

#: Nodes + edges above which the browser stalls (measured: bench/bench_cytoscape.py,
#: docs/benchmarks.md "Explorer in the browser").
MAX_ELEMENTS: Final = 10_000

TOO_LARGE_MESSAGE: Final[dict[str, dict[str, str]]] = {
    "aggregated": {
        "nl": (
            "Dit netwerk is te groot om vlot te tekenen ({nodes} actoren, {edges} banden; "
            "grens {limit} elementen). We tonen het op organisatieniveau; verfijn het filter "
            "(thema, sector, regio of schooljaar) om personen te zien."
        ),
        "en": (
            "This network is too large to draw smoothly ({nodes} actors, {edges} ties; "
            "limit {limit} elements). It is shown at organisation level; narrow the filter "
            "(theme, sector, region or school year) to see persons."
        ),
    },
    "narrow": {
        "nl": (
            "Dit netwerk is te groot om vlot te tekenen ({nodes} actoren, {edges} banden; "
            "grens {limit} elementen), ook op organisatieniveau. Verfijn het filter "
            "(thema, sector, regio of schooljaar); de tabellen tonen intussen alles."
        ),
        "en": (
            "This network is too large to draw smoothly ({nodes} actors, {edges} ties; "
            "limit {limit} elements), even at organisation level. Narrow the filter "
            "(theme, sector, region or school year); the tables meanwhile show everything."
        ),
    },
}


def element_count(G: nx.Graph) -> int:
    """What Cytoscape will draw: nodes plus edges without self-loops."""
    return G.number_of_nodes() + G.number_of_edges() - nx.number_of_selfloops(G)


def too_large(G: nx.Graph, limit: int = MAX_ELEMENTS) -> bool:
    """True when drawing ``G`` would stall the browser tab (see MAX_ELEMENTS)."""
    return element_count(G) > limit


def too_large_message(
    G: nx.Graph, language: str = "nl", limit: int = MAX_ELEMENTS, *, kind: str = "aggregated"
) -> str:
    """Why the view was aggregated (``kind="aggregated"``) or not drawn (``"narrow"``)."""
    text = TOO_LARGE_MESSAGE[kind]["en" if language == "en" else "nl"]
    return text.format(
        nodes=G.number_of_nodes(),
        edges=tie_count(G),
        limit=limit,
    )


@dataclass(frozen=True, slots=True)
class StartDecision:
    """What the explorer draws first: the level, whether to draw at all, and why."""

    level: str
    draw: bool
    message: str | None = None


def start_decision(
    level: str,
    graph_at: Callable[[str], nx.Graph],
    language: str = "nl",
    limit: int = MAX_ELEMENTS,
) -> StartDecision:
    """Draw ``level`` if it fits; else organisation level if that fits (saying so);
    else draw nothing and ask the user to narrow the filter. ``graph_at(level)``
    returns the filtered graph of a level (cached by the caller)."""
    G = graph_at(level)
    if not too_large(G, limit):
        return StartDecision(level, True)
    if level != "organisation":
        if not too_large(graph_at("organisation"), limit):
            return StartDecision("organisation", True, too_large_message(G, language, limit))
    return StartDecision(level, False, too_large_message(G, language, limit, kind="narrow"))


def node_value(G: nx.Graph, metrics: pd.DataFrame | None, node: Hashable, color_by: str):
    """The value a node is coloured by (community from metrics, others from G)."""
    if color_by == "community":
        if metrics is None or "community" not in metrics.columns or node not in metrics.index:
            return None
        value = metrics.at[node, "community"]
        return None if pd.isna(value) else int(value)
    value = G.nodes[node].get(color_by)
    return None if value is None or value == "" else str(value)


def colour_table(
    color_by: str,
    values: Sequence,
    *,
    codebook: Labels | None = None,
    categories: Sequence[str] | None = None,
) -> dict:
    """Value -> colour for every value present, stable across filters.

    type: by codebook order within each kind (shapes tell kinds apart); sector: by
    codebook order; region: by ``categories`` (all regions of the partnership) when
    given, else the sorted values present; community: by community number (1 is the
    largest), past the palette ``OTHER_COLOUR``. Values no order knows get a hashed
    colour so they never change with the filter.
    """
    present = [v for v in values if v is not None]
    if color_by == "type":
        if codebook is not None and codebook.codes("actor_type"):
            order = [
                (c, codebook.parent("actor_type", c) or "") for c in codebook.codes("actor_type")
            ]
        else:
            order = list(DEFAULT_TYPES)
        table = type_colours(order)
    elif color_by == "sector":
        codes = codebook.codes("sector") if codebook is not None else ()
        table = ordered_colours(list(codes or DEFAULT_SECTORS), overflow=None)
    elif color_by == "region":
        order = list(categories) if categories else sorted({str(v) for v in present})
        table = ordered_colours(order, overflow=None)
    elif color_by == "community":
        return {v: PALETTE[v - 1] if 1 <= v <= len(PALETTE) else OTHER_COLOUR for v in present}
    else:
        raise ValueError(f"unknown colour choice {color_by!r}")
    return {v: table.get(v, PALETTE[stable_index(str(v))]) for v in present}


def _scale(values: Mapping[Hashable, float], low: float, high: float) -> dict[Hashable, float]:
    """Square-root scale into [low, high] so the node *area* follows the value."""
    finite = {k: float(v) for k, v in values.items() if v is not None and math.isfinite(float(v))}
    if not finite:
        return {}
    lo, hi = min(finite.values()), max(finite.values())
    if hi == lo:
        mid = round((low + high) / 2, 1)
        return dict.fromkeys(finite, mid)
    return {
        k: round(low + math.sqrt((v - lo) / (hi - lo)) * (high - low), 1) for k, v in finite.items()
    }


def node_sizes(G: nx.Graph, metrics: pd.DataFrame | None, size_by: str | None) -> dict:
    """Node -> diameter in px; missing or non-finite metric values get the minimum."""
    if size_by is None or metrics is None or size_by not in metrics.columns:
        return dict.fromkeys(G, NODE_DEFAULT_PX)
    column = pd.to_numeric(metrics[size_by], errors="coerce")
    values = {n: column.get(n) for n in G if n in column.index}
    values = {n: v for n, v in values.items() if v is not None and not pd.isna(v)}
    scaled = _scale(values, NODE_MIN_PX, NODE_MAX_PX)
    return {n: scaled.get(n, NODE_MIN_PX) for n in G}


def edge_widths(G: nx.Graph) -> dict:
    weights = {(u, v): d.get("weight") for u, v, d in G.edges(data=True) if u != v}
    weights = {k: w for k, w in weights.items() if isinstance(w, int | float)}
    scaled = _scale(weights, EDGE_MIN_PX, EDGE_MAX_PX)
    return {(u, v): scaled.get((u, v), EDGE_DEFAULT_PX) for u, v in G.edges() if u != v}


def is_two_mode(G: nx.Graph) -> bool:
    """Actors x groups (graph.projections.two_mode_graph): edges are memberships."""
    return G.graph.get("mode") == "two-mode"


def mode_class(modes) -> str:
    """``mode-face_to_face|online|hybrid``; several modes -> ``mode-mixed``; none -> unknown."""
    distinct = sorted(set(modes or ()))
    if not distinct:
        return "mode-unknown"
    if len(distinct) > 1:
        return "mode-mixed"
    return f"mode-{distinct[0]}"


def edge_class(u: Hashable, v: Hashable, data: Mapping) -> str:
    """``affiliation`` for a mixed-level "works at" edge without ties, else its mode."""
    if not is_tie(u, v, data):
        return "affiliation"
    return mode_class(data.get("modes"))


#: The zoom the first frame is labelled for, before the browser applies its own zoom.
FIRST_ZOOM: Final = 0.6


def _labelled(G: nx.Graph, sizes: Mapping, labels: str) -> set:
    if labels == "all":
        return set(G)
    if labels == "none":
        return set()
    if G.number_of_nodes() <= LABEL_ALL_UP_TO:
        return set(G)
    ranked = sorted(G, key=lambda n: (-sizes[n], -G.degree(n), str(n)))
    return set(ranked[:LABEL_TOP])


def build_elements(
    G: nx.Graph,
    positions: Mapping[Hashable, tuple[float, float]],
    metrics: pd.DataFrame | None = None,
    *,
    color_by: str = "type",
    size_by: str | None = None,
    language: str = "nl",
    labels: str = "auto",
    codebook: Labels | None = None,
    categories: Sequence[str] | None = None,
    sizes: Mapping[Hashable, float] | None = None,
) -> list[dict]:
    """Cytoscape elements with ``preset`` positions: nodes first, then edges.

    ``sizes`` (node -> diameter, explorer_picture) replaces the metric's px sizes and
    gives every node that may print its name ``data.lz``, the zoom from which it does
    (explorer_labels); the browser keeps ``labelled`` in step with its zoom.
    Node classes: its kind (shape) and ``labelled`` when its name is shown.
    Edge classes: ``mode-*`` (line style) and ``directed`` (arrow) in a directed
    graph; ``affiliation`` for a person's line to their organisation (mixed level).
    Self-loops (only in hand-made data: graph.build) are not drawn. Node ids
    are strings (Cytoscape's); ``language`` names the unnamed.
    """
    if color_by not in COLOR_BY:
        raise ValueError(f"unknown colour choice {color_by!r}")
    if labels not in LABEL_MODES:
        raise ValueError(f"unknown label mode {labels!r}")
    values = {n: node_value(G, metrics, n, color_by) for n in G}
    colours = colour_table(
        color_by, list(values.values()), codebook=codebook, categories=categories
    )
    unnamed = "(zonder naam)" if language != "en" else "(no name)"
    texts = {n: str(d.get("short_name") or d.get("name") or unnamed) for n, d in G.nodes(data=True)}
    zooms: dict = {}
    picture = sizes is not None
    if sizes is None:
        sizes = node_sizes(G, metrics, size_by)
        labelled = _labelled(G, sizes, labels)
    else:
        zooms = label_zooms(G, positions, sizes, labels, texts)
        labelled = {n for n, z in zooms.items() if z <= FIRST_ZOOM}
    elements: list[dict] = []
    for n, d in G.nodes(data=True):
        kind = d.get("kind") if d.get("kind") in KINDS else "organisation"
        x, y = positions.get(n, (0.0, 0.0))
        value = values[n]
        data = {
            "id": str(n),
            "label": texts[n],
            "colour": MISSING_COLOUR if value is None else colours[value],
            "size": sizes[n],
        }
        if picture:  # always set: Cytoscape merges new data into a node it already has
            data["lz"] = zooms.get(n)
        elements.append(
            {
                "data": data,
                "position": {"x": x, "y": y},
                "classes": f"{kind} labelled" if n in labelled else kind,
            }
        )
    widths = edge_widths(G)
    directed = G.is_directed()
    two_mode = is_two_mode(G)
    sep = ">" if directed else "-"
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        cls = "membership" if two_mode else edge_class(u, v, d)
        elements.append(
            {
                "data": {
                    "id": f"e{u}{sep}{v}",
                    "source": str(u),
                    "target": str(v),
                    "width": widths[(u, v)],
                },
                "classes": f"{cls} directed" if directed else cls,
            }
        )
    return elements


@dataclass(frozen=True, slots=True)
class ElementsKey:
    """Everything that changes the elements; hashable, so it keys the cache."""

    revision: str
    filter_query: str
    level: str
    layout: str
    seed: int
    color_by: str
    size_by: str | None
    labels: str = "auto"
    language: str = "nl"


class ElementsCache:
    """LRU of element lists per ``ElementsKey`` (a separate store from positions)."""

    def __init__(self, maxsize: int = 16) -> None:
        self._lru = LayoutCache(maxsize)

    def get_or_build(self, key: ElementsKey, build) -> list[dict]:
        return self._lru.get_or_compute((key,), build)  # type: ignore[return-value]

    @property
    def hits(self) -> int:
        return self._lru.hits

    @property
    def misses(self) -> int:
        return self._lru.misses

    def __len__(self) -> int:
        return len(self._lru)

    def clear(self) -> None:
        self._lru.clear()
