"""The explorer request: H8's ``ExplorerState`` plus the direction switch, from a URL.

Why apart: parsing forged URLs and turning the time slider into a filter window are
small, pure and shared by the page, the view presenter and the exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final
from urllib.parse import parse_qsl

from app.presenters.explorer_state import MAX_QUERY, ExplorerState
from graph.filters import NetworkFilter

DIRECTED_KEY: Final = "directed"


@dataclass(frozen=True, slots=True)
class ExplorerRequest:
    """What the user asked to see: the URL state plus the direction switch."""

    state: ExplorerState = ExplorerState()
    directed: bool = False

    def to_query(self) -> str:
        """The canonical query string (selection and language included, as in the URL)."""
        parts = [self.state.to_query(), f"{DIRECTED_KEY}=1" if self.directed else ""]
        return "&".join(p for p in parts if p)

    def view_key(self) -> tuple:
        """Everything that changes the drawing (not the selection, not the language)."""
        s = self.state
        return (
            s.level, s.filter_query, s.color_by, s.size_by, s.layout, s.seed, s.labels,
            s.years, self.directed,
        )  # fmt: skip


def parse_request(query: object) -> ExplorerRequest:
    """A forged query string -> a valid request; never raises (bad parts fall back)."""
    if not isinstance(query, str) or len(query) > MAX_QUERY:
        return ExplorerRequest()
    try:
        pairs = parse_qsl(query.lstrip("?"), max_num_fields=64)
    except ValueError:
        return ExplorerRequest()
    directed = any(k == DIRECTED_KEY and v in ("1", "true") for k, v in pairs)
    return ExplorerRequest(state=ExplorerState.from_query(query), directed=directed)


def effective_filter(state: ExplorerState) -> NetworkFilter:
    """The URL filter with the school-year range of the time slider applied.

    One year becomes ``school_year`` (reads best in the sentence), a range a window
    from 1 August of the first year to 31 July after the last.
    """
    flt = NetworkFilter.from_query(state.filter_query) if state.filter_query else NetworkFilter()
    if state.years is None:
        return flt
    first, last = state.years
    cleared = flt.changed(as_of=None, school_year=None, window_start=None, window_end=None)
    if first == last:
        return cleared.changed(school_year=f"{first}-{first + 1}")
    return cleared.changed(window_start=date(first, 8, 1), window_end=date(last + 1, 7, 31))


def untimed(flt: NetworkFilter) -> NetworkFilter:
    """The same filter over all time: the graph whose layout the time player reuses."""
    return flt.changed(as_of=None, school_year=None, window_start=None, window_end=None)
