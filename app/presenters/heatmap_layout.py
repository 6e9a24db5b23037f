"""Plotly layout for a heatmap that names every column and every row.

Why apart from the figure: Plotly thins category ticks to what fits its autosized
width, so a map of 39 organisations named 20 and one of 192 persons named 32. Here
every tick is listed (``tickmode: array``), each column gets a fixed cell width, and
the chart is as wide as its columns need: the page scrolls it sideways instead of
dropping names. Column names are written upright when they fit in their cell and
vertically otherwise, so neighbouring names never overlap. Sizes are estimated from
the label lengths (a generous average character width) and ``automargin`` only adds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

CELL_PX: Final = 24  # the smallest column width and every row's height
WIDE_CELL_PX: Final = 80  # few columns spread up to this width
SPREAD_PX: Final = 640  # few columns share about this plot width
FONT_PX: Final = 11
CHAR_PX: Final = 6.5  # a little above the average width of a character at FONT_PX
COLORBAR_PX: Final = 130
PAD_PX: Final = 30


def label_px(labels: Sequence[str]) -> float:
    """Estimated drawn length of the longest label."""
    return max((len(label) for label in labels), default=0) * CHAR_PX


def heatmap_layout(columns: Sequence[str], rows: Sequence[str]) -> dict[str, Any]:
    """Width, height, margins and axes so each column and row has a readable name."""
    count = max(len(columns), 1)
    cell = min(WIDE_CELL_PX, max(CELL_PX, SPREAD_PX / count))
    upright = label_px(columns) <= cell - 6
    top = (FONT_PX * 2 if upright else label_px(columns)) + PAD_PX
    left = label_px(rows) + PAD_PX
    tick_font = {"size": FONT_PX}
    return {
        "autosize": False,
        "width": round(left + count * cell + COLORBAR_PX),
        "height": round(top + CELL_PX * len(rows) + PAD_PX),
        "margin": {"l": round(left), "r": 10, "t": round(top), "b": 10},
        "xaxis": {
            "side": "top",
            "tickmode": "array",
            "tickvals": list(columns),
            "ticktext": list(columns),
            "tickangle": 0 if upright else -90,
            "tickfont": tick_font,
            "automargin": True,
        },
        "yaxis": {
            "tickmode": "array",
            "tickvals": list(rows),
            "ticktext": list(rows),
            "tickfont": tick_font,
            "automargin": True,
            "autorange": "reversed",
        },
        "plot_bgcolor": "#ffffff",
    }
