"""Plotly figures of the dashboard, as plain dicts (JSON-ready, testable without a browser).

Plotly interprets a few HTML-like tags in labels (``<b>``, ``<br>``, ``<a>``), so every
label that can come from user data (names, regions) goes through :func:`plain_label`:
user text is shown, never interpreted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from app.i18n import t
from graph.labels import Labels

CODEBOOK_CATEGORY = {"type": "actor_type", "sector": "sector"}
FONT = {"family": "system-ui, sans-serif", "size": 14}


def plain_label(text: object) -> str:
    """Text Plotly shows literally: its tag characters are escaped as entities."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: Plotly's chart toolbar (modebar) covers the top ~30 px of the figure on the right:
#: the title sits below it, left-aligned, and the plot starts below the title.
TITLE_TOP_PX = 34
MARGIN_TOP_PX = 76
MAX_TICKS = 12


def _layout(title: str, **extra: object) -> dict:
    layout = {
        "title": {
            "text": plain_label(title),
            "font": {"size": 16},
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": TITLE_TOP_PX},
        },
        "font": FONT,
        "margin": {"l": 60, "r": 20, "t": MARGIN_TOP_PX, "b": 60},
        "height": 360,
        "template": "plotly_white",
    }
    layout.update(extra)
    return layout


def degree_figure(nodes: pd.DataFrame, language: str) -> dict:
    """Bar chart: how many actors have 0, 1, 2, ... partners."""
    counts: Counter = Counter(
        int(v) for v in (nodes["degree"].tolist() if len(nodes) else []) if v is not pd.NA
    )
    xs = list(range(0, max(counts, default=0) + 1))
    # whole numbers, few enough to stay upright and apart (0..45 in steps of 1 ran together)
    steps = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
    step = next((s for s in steps if len(xs) / s <= MAX_TICKS), len(xs) // MAX_TICKS)
    return {
        "data": [
            {
                "type": "bar",
                "x": xs,
                "y": [counts.get(x, 0) for x in xs],
                "marker": {"color": "#2b6cb0"},
                "hovertemplate": "%{x}: %{y}<extra></extra>",
            }
        ],
        "layout": _layout(
            t("dashboard.degree_title", language),
            xaxis={
                "title": {"text": t("dashboard.degree_x", language)},
                "dtick": step,
                "tick0": 0,
                "tickangle": 0,
            },
            yaxis={"title": {"text": t("dashboard.degree_y", language)}},
            bargap=0.1,
        ),
    }


def group_label(attribute: str, value: object, labels: Labels, language: str) -> str:
    """A group's label: codebook label for types and sectors, the value itself for regions."""
    category = CODEBOOK_CATEGORY.get(attribute)
    text = labels.label(category, str(value), language) if category else str(value)
    return plain_label(text)


def mixing_figure(
    matrix: Mapping[object, Mapping[object, int]] | None,
    attribute: str,
    labels: Labels,
    language: str,
) -> dict:
    """Heatmap of tie counts between groups (rows: from, columns: with)."""
    attr_name = t(f"dashboard.attribute.{attribute}", language)
    title = t("dashboard.mixing_title", language, attribute=attr_name)
    groups = sorted(matrix or {}, key=lambda g: group_label(attribute, g, labels, language))
    if not groups or not any(v for row in (matrix or {}).values() for v in row.values()):
        layout = _layout(title)
        layout["annotations"] = [
            {
                "text": plain_label(t("dashboard.mixing_empty", language, attribute=attr_name)),
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
            }
        ]
        layout["xaxis"] = layout["yaxis"] = {"visible": False}
        return {"data": [], "layout": layout}
    names = [group_label(attribute, g, labels, language) for g in groups]
    z = [[int(matrix[r].get(c, 0)) for c in groups] for r in groups]  # type: ignore[index]
    hover = t("dashboard.mixing_hover", language, row="%{y}", col="%{x}", count="%{z}")
    size = max(360, 40 * len(groups) + 160)
    return {
        "data": [
            {
                "type": "heatmap",
                "x": names,
                "y": names,
                "z": z,
                "colorscale": "Blues",
                "reversescale": True,
                "hovertemplate": hover + "<extra></extra>",
                "texttemplate": "%{z}",
            }
        ],
        "layout": _layout(
            title,
            height=size,
            margin={"l": 200, "r": 20, "t": MARGIN_TOP_PX, "b": 160},
            yaxis={"autorange": "reversed", "automargin": True},
            xaxis={"automargin": True, "tickangle": -35},
        ),
    }


def years_figure(years: Sequence, language: str) -> dict:
    """Ties and active actors per school year (two lines)."""
    xs = [y.year for y in years]
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": plain_label(t("dashboard.metric.ties", language)),
                "x": xs,
                "y": [y.summary.get("ties", 0) for y in years],
            },
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": plain_label(t("dashboard.col.active", language)),
                "x": xs,
                "y": [y.active for y in years],
            },
        ],
        "layout": _layout(
            t("dashboard.years_chart", language),
            xaxis={"type": "category", "title": {"text": t("dashboard.col.year", language)}},
            legend={"orientation": "h", "y": -0.25},
        ),
    }
