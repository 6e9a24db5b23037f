"""The explorer's Cytoscape stylesheet and the visual vocabulary it shares with the legend.

Why one module: elements, stylesheet and legend must agree on every colour, shape,
size and line style, or the legend lies. The stylesheet is lean on purpose (DESIGN.md,
"Speed"): haystack edges (straight arrows only in the directed view), labels only for
selected nodes or nodes marked ``labelled``, no shadows, no curved edges. Colours and
sizes travel in element data (``data(colour)``, ``data(size)``) so the stylesheet stays
a handful of selectors whatever the number of categories.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from typing import Final

#: Okabe & Ito (2008) colour-blind-safe colours without black, then three of Paul
#: Tol's "muted" scheme; yellow last because it washes out on a projector.
PALETTE: Final[tuple[str, ...]] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#882255",  # wine
    "#44AA99",  # teal
    "#999933",  # olive
    "#F0E442",  # yellow
)
MISSING_COLOUR: Final = "#BBBBBB"  # attribute not coded
OTHER_COLOUR: Final = "#DDDDDD"  # more categories than colours (small communities)
EDGE_COLOUR: Final = "#8A8A8A"
EDGE_UNKNOWN_COLOUR: Final = "#C8C8C8"
AFFILIATION_COLOUR: Final = "#9EC5E3"  # mixed level: a person works at an organisation
SELECTED_COLOUR: Final = "#000000"

#: Node shape per actor kind.
SHAPES: Final[dict[str, str]] = {
    "organisation": "round-rectangle",
    "person": "ellipse",
    "group": "hexagon",
}
DEFAULT_SHAPE: Final = "ellipse"
KINDS: Final[tuple[str, ...]] = ("organisation", "person", "group")

#: Cytoscape line-style per tie mode class; mixed modes draw as hybrid.
LINE_STYLES: Final[dict[str, str]] = {
    "face_to_face": "solid",
    "online": "dashed",
    "hybrid": "dotted",
    "mixed": "dotted",
    "unknown": "solid",
}
MODES: Final[tuple[str, ...]] = ("face_to_face", "online", "hybrid")

NODE_MIN_PX: Final = 16.0
NODE_MAX_PX: Final = 56.0
NODE_DEFAULT_PX: Final = 26.0
EDGE_MIN_PX: Final = 1.0
EDGE_MAX_PX: Final = 8.0
EDGE_DEFAULT_PX: Final = 2.0
LABEL_FONT_PX: Final = 14

#: Default codebook order (db/codebook/codebook.csv) with each type's kind, used when
#: no codebook is passed; a type's colour is its position within its kind, so colours
#: repeat across kinds and the shape tells them apart.
DEFAULT_TYPES: Final[tuple[tuple[str, str], ...]] = (
    ("school", "organisation"),
    ("school_board", "organisation"),
    ("teacher_education", "organisation"),
    ("lectoraat", "organisation"),
    ("university", "organisation"),
    ("company", "organisation"),
    ("out_of_school_partner", "organisation"),
    ("partnership", "organisation"),
    ("teacher", "person"),
    ("school_leader", "person"),
    ("student_teacher", "person"),
    ("teacher_educator", "person"),
    ("lector", "person"),
    ("researcher", "person"),
    ("internship_mentor", "person"),
    ("external_expert", "person"),
    ("learning_network", "group"),
    ("plg", "group"),
    ("thematic_network", "group"),
    ("working_group", "group"),
    ("research_workshop", "group"),
    ("design_team", "group"),
)
DEFAULT_SECTORS: Final[tuple[str, ...]] = ("po", "so", "vo", "mbo", "ho", "business", "public")


def stable_index(value: str) -> int:
    """A colour index for a value no ordering knows about: same value, same colour."""
    return zlib.crc32(value.encode("utf-8")) % len(PALETTE)


def type_colours(
    types: Iterable[tuple[str, str]] = DEFAULT_TYPES,
) -> dict[str, str]:
    """Actor type -> colour, numbered within each kind in codebook order."""
    seen: dict[str, int] = {}
    colours: dict[str, str] = {}
    for code, kind in types:
        i = seen.get(kind, 0)
        colours[code] = PALETTE[i % len(PALETTE)]
        seen[kind] = i + 1
    return colours


def ordered_colours(order: Sequence[str], *, overflow: str | None = OTHER_COLOUR) -> dict[str, str]:
    """Value -> colour by position; past the palette: ``overflow`` or cycle when None."""
    out: dict[str, str] = {}
    for i, value in enumerate(order):
        if i < len(PALETTE):
            out[value] = PALETTE[i]
        else:
            out[value] = overflow if overflow is not None else PALETTE[i % len(PALETTE)]
    return out


#: Props for ``dash_cytoscape.Cytoscape`` that go with this stylesheet: positions are
#: ``preset`` (server-side), box selection off, zoom bounded so a projected picture
#: cannot get lost. See docs/benchmarks.md for ``autoRefreshLayout``. The layout does
#: not fit: app/assets/explorer.js does, on the nodes without their names and with a
#: cap on the zoom (Cytoscape's own fit turned four nodes into giant ones).
CYTOSCAPE_PROPS: Final[dict] = {
    "layout": {"name": "preset", "fit": False},
    "minZoom": 0.05,
    "maxZoom": 4,
    "boxSelectionEnabled": False,
    "autoRefreshLayout": False,
}


def stylesheet() -> list[dict]:
    """The Cytoscape stylesheet; one for every view (arrows follow each edge's class).

    Cytoscape.js has no ``:hover`` selector: the page shows the name on hover from
    the component's ``mouseoverNodeData`` (a tooltip), not through this stylesheet.
    """
    return [
        {
            "selector": "node",
            "style": {
                "width": "data(size)",
                "height": "data(size)",
                "background-color": "data(colour)",
                "border-width": 1,
                "border-color": "#333333",
                "label": "",
                "min-zoomed-font-size": 8,
            },
        },
        *(
            {"selector": f"node.{kind}", "style": {"shape": shape}}
            for kind, shape in SHAPES.items()
        ),
        {
            "selector": "node.labelled, node:selected",
            "style": {
                "label": "data(label)",
                "font-size": LABEL_FONT_PX,
                "color": "#111111",
                "text-valign": "bottom",
                "text-margin-y": 3,
                "text-background-color": "#FFFFFF",
                "text-background-opacity": 0.75,
                "text-background-padding": 1,
                "z-index": 5,  # a printed name above the nodes drawn after its own
            },
        },
        {
            "selector": "node:selected",
            "style": {"border-width": 4, "border-color": SELECTED_COLOUR, "z-index": 10},
        },
        {"selector": "node.faded", "style": {"opacity": 0.25}},
        {
            "selector": "edge",
            "style": {
                "curve-style": "haystack",
                "haystack-radius": 0,
                "width": "data(width)",
                "line-color": EDGE_COLOUR,
                "opacity": 0.7,
            },
        },
        {"selector": "edge.mode-online", "style": {"line-style": LINE_STYLES["online"]}},
        {"selector": "edge.mode-hybrid", "style": {"line-style": LINE_STYLES["hybrid"]}},
        {"selector": "edge.mode-mixed", "style": {"line-style": LINE_STYLES["mixed"]}},
        {"selector": "edge.mode-unknown", "style": {"line-color": EDGE_UNKNOWN_COLOUR}},
        {"selector": "edge.affiliation", "style": {"line-color": AFFILIATION_COLOUR}},
        {
            "selector": "edge.directed",
            "style": {
                "curve-style": "straight",
                "target-arrow-shape": "triangle",
                "target-arrow-color": EDGE_COLOUR,
                "arrow-scale": 0.9,
            },
        },
        {
            "selector": "edge:selected",
            "style": {"line-color": SELECTED_COLOUR, "target-arrow-color": SELECTED_COLOUR},
        },
    ]
