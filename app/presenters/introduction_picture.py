"""A small Cytoscape picture of a warm-introduction path, with a little context.

Why server-side positions: the path reads left to right (asker ... candidate), so
it is laid out as a line with a few grey neighbours above and below; Cytoscape gets
``preset`` positions and draws instantly (DESIGN.md: never a client-side layout).
Labels are plain Cytoscape text, never HTML.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Final

from graph.introductions import IntroductionPath
from graph.records import NetworkRecords

STEP_X: Final = 140
CONTEXT_Y: Final = 55
MAX_CONTEXT: Final = 6
MAX_LABEL: Final = 28
FONT_PX: Final = 12
MIN_LABEL_PX: Final = 11
#: How the page draws the picture: tall enough that fitting it keeps the zoom near 1,
#: and never zoomed out so far that a name is drawn below MIN_LABEL_PX (it was ~6 px).
PICTURE_PROPS: Final[dict] = {
    "layout": {"name": "preset", "fit": True, "padding": 20},
    "style": {"width": "100%", "height": "230px"},
    "minZoom": MIN_LABEL_PX / FONT_PX,
    "maxZoom": 1.5,
}

# One entry: the records object it was built from (kept, so identity is never reused)
# and its adjacency.
_ADJACENCY: list[tuple[NetworkRecords, dict[int, set[int]]]] = []

STYLESHEET: Final[list[dict]] = [
    {
        "selector": "node",
        "style": {
            "label": "data(label)",
            "font-size": FONT_PX,
            "text-valign": "bottom",
            "text-margin-y": 4,
            "text-wrap": "ellipsis",
            "text-max-width": 120,
            "width": 18,
            "height": 18,
            "background-color": "#c9ced6",
            "color": "#6c757d",
        },
    },
    {"selector": "edge", "style": {"width": 1, "line-color": "#dfe3e8"}},
    {
        "selector": "node.path",
        "style": {"background-color": "#2c7fb8", "color": "#212529", "width": 24, "height": 24},
    },
    {"selector": "node.asker", "style": {"background-color": "#f0a202", "shape": "diamond"}},
    {"selector": "node.candidate", "style": {"background-color": "#238b45", "shape": "star"}},
    {"selector": "node.organisation", "style": {"shape": "round-rectangle"}},
    {"selector": "edge.path", "style": {"width": 4, "line-color": "#2c7fb8"}},
]


def _adjacency(records: NetworkRecords) -> dict[int, set[int]]:
    """Who is next to whom over ties, works-at and memberships (cached per records object,
    which the page cache keeps for one data revision)."""
    if _ADJACENCY and _ADJACENCY[0][0] is records:
        return _ADJACENCY[0][1]
    adjacency: dict[int, set[int]] = defaultdict(set)
    pairs = [(t.source, t.target) for t in records.ties]
    pairs += [(a.person_id, a.organisation_id) for a in records.affiliations]
    pairs += [(m.actor_id, m.group_id) for m in records.memberships]
    for u, v in pairs:
        if u != v:
            adjacency[u].add(v)
            adjacency[v].add(u)
    _ADJACENCY[:] = [(records, adjacency)]  # one network at a time is plenty
    return adjacency


def _label(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[: MAX_LABEL - 1] + "…"


def path_elements(
    records: NetworkRecords, path: IntroductionPath | None, asker: int, candidate: int
) -> list[dict]:
    """Elements with ``preset`` positions; classes ``path``, ``asker``, ``candidate``.

    Without a path only the asker and the candidate are drawn, unconnected.
    """
    actors = records.actor_by_id()
    nodes = list(path.nodes) if path is not None else [asker, candidate]
    elements: list[dict] = []
    for i, node in enumerate(nodes):
        actor = actors[node]
        role = " asker" if node == asker else " candidate" if node == candidate else ""
        elements.append(
            {
                "data": {"id": str(node), "label": _label(actor.name)},
                "position": {"x": i * STEP_X * (1 if path is not None else 2), "y": 0},
                "classes": f"path {actor.kind}{role}",
            }
        )
    if path is None:
        return elements
    for hop in path.hops:
        elements.append(
            {
                "data": {
                    "id": f"p{hop.source}-{hop.target}",
                    "source": str(hop.source),
                    "target": str(hop.target),
                },
                "classes": "path",
            }
        )
    adjacency = _adjacency(records)
    on_path = set(nodes)
    added = 0
    for i, node in enumerate(nodes):
        for neighbour in sorted(adjacency.get(node, ())):
            if added >= MAX_CONTEXT or neighbour in on_path or neighbour not in actors:
                continue
            on_path.add(neighbour)
            side = 1 if added % 2 == 0 else -1
            elements.append(
                {
                    "data": {"id": str(neighbour), "label": _label(actors[neighbour].name)},
                    "position": {"x": i * STEP_X + 30 * (added // 2), "y": side * CONTEXT_Y},
                    "classes": f"context {actors[neighbour].kind}",
                }
            )
            elements.append(
                {
                    "data": {
                        "id": f"c{node}-{neighbour}",
                        "source": str(node),
                        "target": str(neighbour),
                    },
                    "classes": "context",
                }
            )
            added += 1
            break  # at most one context neighbour per path node keeps it readable
    return elements
