"""Component ids of the explorer page, shared by its server and clientside callbacks
and the browser tests (one place: a typo is an AttributeError, not a dead callback)."""

from __future__ import annotations

from app.components.explorer_sidebar import SIDEBAR_CONTROLS

P = "explorer-"
GRAPH, QUERY, SELECTED, EDGE, READY = (
    P + "graph",
    P + "query",
    P + "selected",
    P + "edge",
    P + "ready",
)
SENTENCE, COUNTS, ALERT, LEGEND, DETAILS = (
    P + "sentence", P + "counts", P + "alert", P + "legend", P + "details",
)  # fmt: skip
SEARCH, HOVER, PLAY, TICK, EXTRA = P + "search", P + "hover", P + "play", P + "tick", P + "extra"
SERVER_MS, TITLE, LEGEND_TITLE, DETAILS_TITLE = (
    P + "server-ms", P + "title", P + "legend-title", P + "details-title",
)  # fmt: skip
EXPORTS = {fmt: P + f"export-{fmt}" for fmt in ("png", "svg", "csv", "xlsx")}
DOWNLOAD, TIME_LABEL, FIT = P + "download", P + "time-label", P + "fit"
FIT_BUTTON = P + "fit-button"
CONTROL_NAMES = tuple(SIDEBAR_CONTROLS)
PNG_CAPTION = P + "png-caption"  # title and legend the PNG export is framed with
#: A folded tie of the edge panel: its summary's and its body's pattern-matching type.
EDGE_TIE = (P + "tie-summary", P + "tie-body")
