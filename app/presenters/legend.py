"""The explorer legend as plain data: every colour, shape, size, line style and arrow.

Why plain data: the page renders it with whatever components it likes, tests check
it without a browser, and it is computed from the very same colour table and scales
as the elements, so it follows the user's colour and size choices and cannot drift.
Each entry: ``{"section", "label", "swatch": {...}}`` where the swatch has some of
``colour``, ``shape``, ``size`` (px), ``line_style``, ``width`` (px), ``arrow``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import networkx as nx
import pandas as pd

from app.i18n import number_text
from app.presenters.explorer_details import metric_name
from app.presenters.explorer_elements import (
    colour_table,
    edge_class,
    edge_widths,
    is_two_mode,
    node_value,
)
from app.presenters.explorer_style import (
    AFFILIATION_COLOUR,
    EDGE_COLOUR,
    EDGE_DEFAULT_PX,
    EDGE_MAX_PX,
    EDGE_MIN_PX,
    EDGE_UNKNOWN_COLOUR,
    KINDS,
    LINE_STYLES,
    MISSING_COLOUR,
    NODE_DEFAULT_PX,
    NODE_MAX_PX,
    NODE_MIN_PX,
    OTHER_COLOUR,
    SHAPES,
)
from graph.labels import Labels

TEXT: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "section.colour": "Kleur: {choice}",
        "section.shape": "Vorm: soort actor",
        "section.size": "Grootte",
        "section.line": "Lijn: vorm van samenwerking",
        "section.width": "Dikte: hoe vaak en hoeveel samenwerking",
        "section.arrow": "Richting",
        "choice.type": "type actor",
        "choice.community": "gemeenschap (groep die onderling veel samenwerkt)",
        "choice.sector": "sector",
        "choice.region": "regio",
        "missing": "onbekend / niet ingevuld",
        "community": "gemeenschap {number}",
        "other_communities": "kleinere gemeenschappen",
        "kind.organisation": "organisatie",
        "kind.person": "persoon",
        "kind.group": "groep",
        "size.same": "alle actoren even groot",
        "size.min": "klein: laagste {metric} ({value})",
        "size.max": "groot: hoogste {metric} ({value})",
        "mode.face_to_face": "face-to-face",
        "mode.online": "online",
        "mode.hybrid": "hybride, of afwisselend face-to-face en online",
        "mode.unknown": "vorm niet ingevuld",
        "width.same": "alle banden even dik",
        "width.min": "dun: minst frequent (gewicht {value})",
        "width.max": "dik: meest frequent of meeste banden (gewicht {value})",
        "arrow": "pijl van initiatiefnemer naar partner",
        "membership": "lid van een groep (netwerk, PLG, werkgroep)",
        "affiliation": "werkt bij (dienstverband, geen band)",
    },
    "en": {
        "section.colour": "Colour: {choice}",
        "section.shape": "Shape: kind of actor",
        "section.size": "Size",
        "section.line": "Line: mode of collaboration",
        "section.width": "Width: how often and how much collaboration",
        "section.arrow": "Direction",
        "choice.type": "actor type",
        "choice.community": "community (a group that works together a lot)",
        "choice.sector": "sector",
        "choice.region": "region",
        "missing": "unknown / not coded",
        "community": "community {number}",
        "other_communities": "smaller communities",
        "kind.organisation": "organisation",
        "kind.person": "person",
        "kind.group": "group",
        "size.same": "all actors the same size",
        "size.min": "small: lowest {metric} ({value})",
        "size.max": "large: highest {metric} ({value})",
        "mode.face_to_face": "face-to-face",
        "mode.online": "online",
        "mode.hybrid": "hybrid, or alternating face-to-face and online",
        "mode.unknown": "mode not coded",
        "width.same": "all ties the same width",
        "width.min": "thin: least frequent (weight {value})",
        "width.max": "thick: most frequent or most ties (weight {value})",
        "arrow": "arrow from initiator to partner",
        "membership": "member of a group (network, PLC, working group)",
        "affiliation": "works at (affiliation, not a tie)",
    },
}

_CODE_CATEGORY = {"type": "actor_type", "sector": "sector"}


def _t(language: str, key: str, **kw: object) -> str:
    return TEXT["en" if language == "en" else "nl"][key].format(**kw)


def _number(value: float, language: str) -> str:
    return number_text(value, language) if isinstance(value, (int, float)) else str(value)


def _value_label(color_by: str, value, language: str, codebook: Labels | None) -> str:
    if color_by == "community":
        return _t(language, "community", number=int(value))
    category = _CODE_CATEGORY.get(color_by)
    if category and codebook is not None:
        return codebook.label(category, str(value), language)
    return str(value)


def _colour_entries(G, metrics, color_by, language, codebook, categories) -> list[dict]:
    values = [node_value(G, metrics, n, color_by) for n in G]
    table = colour_table(color_by, values, codebook=codebook, categories=categories)
    present = sorted({v for v in values if v is not None}, key=lambda v: (str(type(v)), v))
    kinds = {G.nodes[n].get("type"): G.nodes[n].get("kind") for n in G}
    entries, others = [], False
    for value in present:
        if color_by == "community" and table[value] == OTHER_COLOUR:
            others = True
            continue
        entries.append(
            {
                "section": "colour",
                "label": _value_label(color_by, value, language, codebook),
                "swatch": {"colour": table[value]},
            }
        )
        if color_by == "type":  # colours repeat across kinds: the shape disambiguates
            entries[-1]["swatch"]["shape"] = SHAPES.get(kinds.get(value) or "", "ellipse")
    if color_by != "community":  # communities stay in number order
        entries.sort(key=lambda e: e["label"].lower())
    if others:
        label = _t(language, "other_communities")
        entries.append({"section": "colour", "label": label, "swatch": {"colour": OTHER_COLOUR}})
    if any(v is None for v in values):
        label = _t(language, "missing")
        entries.append({"section": "colour", "label": label, "swatch": {"colour": MISSING_COLOUR}})
    return entries


def _size_entries(G, metrics, size_by, language) -> list[dict]:
    column = None
    if size_by and metrics is not None and size_by in metrics.columns:
        column = pd.to_numeric(metrics[size_by], errors="coerce").reindex(list(G)).dropna()
    if column is None or column.empty or column.min() == column.max():
        return [
            {
                "section": "size",
                "label": _t(language, "size.same"),
                "swatch": {"size": NODE_DEFAULT_PX, "shape": "ellipse"},
            }
        ]
    name = metric_name(size_by, language)
    return [
        {
            "section": "size",
            "label": _t(language, key, metric=name, value=_number(float(value), language)),
            "swatch": {"size": px, "shape": "ellipse"},
        }
        for key, value, px in (
            ("size.min", column.min(), NODE_MIN_PX),
            ("size.max", column.max(), NODE_MAX_PX),
        )
    ]


def _edge_entries(G, language) -> list[dict]:
    edges = [(u, v, d) for u, v, d in G.edges(data=True) if u != v]
    if not edges:
        return []
    if is_two_mode(G):
        return [
            {
                "section": "line",
                "label": _t(language, "membership"),
                "swatch": {"line_style": "solid", "colour": EDGE_COLOUR, "width": EDGE_DEFAULT_PX},
            }
        ]
    classes = {edge_class(u, v, d) for u, v, d in edges}
    entries = []
    for mode in ("face_to_face", "online", "hybrid", "unknown"):
        if f"mode-{mode}" in classes or (mode == "hybrid" and "mode-mixed" in classes):
            colour = EDGE_UNKNOWN_COLOUR if mode == "unknown" else EDGE_COLOUR
            entries.append(
                {
                    "section": "line",
                    "label": _t(language, f"mode.{mode}"),
                    "swatch": {"line_style": LINE_STYLES[mode], "colour": colour, "width": 3},
                }
            )
    if "affiliation" in classes:
        entries.append(
            {
                "section": "line",
                "label": _t(language, "affiliation"),
                "swatch": {"line_style": "solid", "colour": AFFILIATION_COLOUR, "width": 3},
            }
        )
    weights = [d["weight"] for _, _, d in edges if isinstance(d.get("weight"), int | float)]
    widths = set(edge_widths(G).values())
    if not weights or len(widths) <= 1:
        entries.append(
            {
                "section": "width",
                "label": _t(language, "width.same"),
                "swatch": {"width": EDGE_DEFAULT_PX, "line_style": "solid"},
            }
        )
    else:
        for key, value, px in (
            ("width.min", min(weights), EDGE_MIN_PX),
            ("width.max", max(weights), EDGE_MAX_PX),
        ):
            entries.append(
                {
                    "section": "width",
                    "label": _t(language, key, value=_number(float(value), language)),
                    "swatch": {"width": px, "line_style": "solid"},
                }
            )
    if G.is_directed():
        entries.append(
            {
                "section": "arrow",
                "label": _t(language, "arrow"),
                "swatch": {"arrow": "triangle", "line_style": "solid", "width": 2},
            }
        )
    return entries


def legend(
    G: nx.Graph,
    metrics: pd.DataFrame | None = None,
    *,
    color_by: str = "type",
    size_by: str | None = None,
    language: str = "nl",
    codebook: Labels | None = None,
    categories: Sequence[str] | None = None,
) -> list[dict]:
    """Legend entries for what is drawn, in section order colour, shape, size, line,
    width, arrow; only values present in ``G`` appear."""
    entries = _colour_entries(G, metrics, color_by, language, codebook, categories)
    kinds = {G.nodes[n].get("kind") for n in G}
    for kind in KINDS:
        if kind in kinds:
            entries.append(
                {
                    "section": "shape",
                    "label": _t(language, f"kind.{kind}"),
                    "swatch": {"shape": SHAPES[kind], "colour": MISSING_COLOUR},
                }
            )
    entries += _size_entries(G, metrics, size_by, language)
    entries += _edge_entries(G, language)
    return entries


def section_titles(color_by: str, language: str = "nl") -> dict[str, str]:
    """Heading per legend section, in ``language``."""
    choice = _t(language, f"choice.{color_by}")
    return {
        "colour": _t(language, "section.colour", choice=choice),
        "shape": _t(language, "section.shape"),
        "size": _t(language, "section.size"),
        "line": _t(language, "section.line"),
        "width": _t(language, "section.width"),
        "arrow": _t(language, "section.arrow"),
    }
