"""The explorer's orchestration: records -> filter -> graph -> metrics -> positions -> elements.

Why one presenter with staged caches: a filter change must redraw in well under a
second, and nothing computed for a (data revision, view) pair is computed again
(DESIGN.md, "Speed"). Each stage has its own key, so changing only the colour reuses
the graph, the metrics and the positions; changing only the time window reuses the
positions of the same view without a time window (so positions stay put while the
time player steps through school years); and asking for the very same view twice
returns the very same :class:`ExplorerView` object.

The request is an :class:`ExplorerRequest`: H8's ``ExplorerState`` (level, filter,
colour, size, layout, years...) plus the ``directed`` switch, read from a forged URL
query by :func:`parse_request`. Selection is not part of the view: clicking a node
never rebuilds the elements.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Final

import networkx as nx
import pandas as pd

from app.presenters.explorer_details import DetailsIndex
from app.presenters.explorer_elements import (
    ElementsCache,
    ElementsKey,
    build_elements,
    too_large,
    too_large_message,
)
from app.presenters.explorer_picture import drawn_sizes, nesting, raw_sizes, readable
from app.presenters.explorer_state import ExplorerState
from app.presenters.explorer_view_request import (
    ExplorerRequest,
    effective_filter,
    parse_request,
    untimed,
)
from app.presenters.explorer_view_shape import (
    BACKBONE_ELEMENTS,
    EMPTY_TEXT,
    FALLBACK_LEVEL,
    NARROW_TEXT,
    STRONGEST_TEXT,
    number_text,
    strongest_ties,
    tidy_isolates,
)
from app.presenters.legend import legend as legend_entries
from graph.counts import tie_count
from graph.errors import GraphError
from graph.filter_text import describe_result
from graph.filters import NetworkFilter, network_for
from graph.labels import Labels
from graph.layout import cached_layout, reuse_positions
from graph.metrics import cached_metrics_panel, panel_key
from graph.projections import two_mode_graph
from graph.records import NetworkRecords
from graph.timeslice import school_years

__all__ = [
    "ExplorerRequest", "ExplorerView", "NetworkFilter", "available_years", "clear_caches",
    "data_key", "details_index", "effective_filter", "explorer_view", "full_metrics",
    "graph_for", "labels_of", "parse_request", "strongest_ties", "tidy_isolates",
]  # fmt: skip


@dataclass(frozen=True)
class ExplorerView:
    """Everything the explorer page draws for one request (treat as read-only)."""

    request: ExplorerRequest
    level: str  # the level drawn (may differ from the request's: too large)
    filter: NetworkFilter
    graph: nx.Graph
    metrics: pd.DataFrame | None  # what the drawing needs; full_metrics() has them all
    elements: list[dict]
    legend: list[dict]
    sentence: str
    nodes: int
    ties: int
    message: str | None
    years: tuple[str, ...]
    language: str

    @property
    def drawn(self) -> bool:
        return bool(self.elements)


class _Lru:
    """A small thread-safe LRU for one stage; values are shared, never copied."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        value = compute()
        with self._lock:
            value = self._data.setdefault(key, value)
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


_GRAPHS = _Lru(32)
_VIEWS = _Lru(32)
_YEARS = _Lru(8)
_LABELS = _Lru(8)
_INDEX = _Lru(4)
_KEYS: dict[int, tuple[NetworkRecords, str]] = {}
_KEYS_LOCK = threading.Lock()
_ELEMENTS = ElementsCache(32)


def clear_caches() -> None:
    """Forget every stage (tests; erasure, so no erased name stays in memory)."""
    for cache in (_GRAPHS, _VIEWS, _YEARS, _LABELS, _INDEX, _ELEMENTS):
        cache.clear()
    with _KEYS_LOCK:
        _KEYS.clear()


def data_key(records: NetworkRecords) -> str:
    """The data revision plus a fingerprint of the records: the root of every cache key.

    Why not the revision alone: it is a per-database counter, so two databases (tests,
    benchmarks, a future multi-partnership server) can share a revision number with
    different data. The fingerprint hashes every actor and tie once per records
    object (memoised by identity; the memo holds the object, so its id is never reused).
    """
    hit = _KEYS.get(id(records))
    if hit is not None and hit[0] is records:
        return hit[1]
    digest = hashlib.blake2b(digest_size=8)
    for a in records.actors:
        digest.update(f"{a.id}|{a.kind}|{a.type}|{a.name}\n".encode())
    for t in records.ties:
        digest.update(f"{t.id}|{t.source}|{t.target}|{t.frequency}|{t.start}|{t.end}\n".encode())
    key = f"{records.revision}:{digest.hexdigest()}"
    with _KEYS_LOCK:
        _KEYS[id(records)] = (records, key)
        while len(_KEYS) > 8:
            _KEYS.pop(next(iter(_KEYS)))
    return key


def graph_for(records: NetworkRecords, flt: NetworkFilter, level: str, directed: bool) -> nx.Graph:
    """The filtered graph at ``level`` (``two_mode``: actors x groups), cached."""

    def build() -> nx.Graph:
        if level == "two_mode":
            B = two_mode_graph(flt.apply_records(records))
            H = flt.apply(B)
            H.graph["filter"] = flt.to_query()
            return H
        return network_for(records, flt, level, directed)  # type: ignore[arg-type]

    key = (data_key(records), flt.to_query(), level, level != "two_mode" and directed)
    return _GRAPHS.get(key, build)


def _panel(records: NetworkRecords, flt: NetworkFilter, level: str, directed: bool, G: nx.Graph):
    grouping = "type" if level != "two_mode" else None
    key = panel_key(data_key(records), flt.to_query(), level, G.is_directed(), "explorer", grouping)
    return cached_metrics_panel(key, G, grouping=grouping)


#: Columns cheap enough to compute for every drawing (no paths, no communities).
CHEAP_COLUMNS: Final = ("degree", "strength", "in_degree", "out_degree")


def _draw_metrics(records, flt, level, directed, G: nx.Graph, state: ExplorerState):
    """The metric columns the drawing uses: cheap ones directly, else the full panel.

    Why: at thousands of actors the full panel (betweenness, closeness, communities)
    costs seconds; a filter change drawn with degree sizes must not wait for it. The
    details panel and the exports ask :func:`full_metrics`, cached the same way.
    """
    if state.color_by == "community" or (state.size_by and state.size_by not in CHEAP_COLUMNS):
        return _panel(records, flt, level, directed, G).nodes
    from graph.metrics import degree, in_degree, out_degree, strength

    columns: dict[str, dict] = {"degree": degree(G), "strength": strength(G)}
    if G.is_directed():
        columns.update(in_degree=in_degree(G), out_degree=out_degree(G))
    frame = pd.DataFrame(columns, index=pd.Index(list(G), name="id"))
    return frame


def full_metrics(records: NetworkRecords, view: ExplorerView) -> pd.DataFrame | None:
    """Every node metric of the drawn network (cached by revision, filter, level)."""
    if not view.drawn:
        return None
    directed = view.graph.is_directed()
    return _panel(records, view.filter, view.level, directed, view.graph).nodes


def _positions(records, flt, level, directed, state: ExplorerState):
    """Positions for the view, cached by graph.layout.

    Force layout (the default): one seeded layout of the whole network at this level,
    reused by every filtered and timed view (``graph.layout.reuse_positions``), so a
    filter click or a step of the time player never reshuffles the picture and never
    pays for a layout. The other layouts arrange the filtered network itself. ``flt``
    is untimed: :func:`_picture` reuses these places for every school year.
    """
    if state.layout == "force":
        whole = NetworkFilter()
        W = graph_for(records, whole, level, directed)
        base = cached_layout(
            W, revision=data_key(records), filter_query="", level=level, kind="force",
            seed=state.seed, key_extra=(directed,),
        )  # fmt: skip
        base = _tidy(records, level, directed, state.seed, W, base)
        return reuse_positions(graph_for(records, flt, level, directed), base)
    G = graph_for(records, flt, level, directed)
    metric, groups = None, None
    if state.layout == "concentric":
        metrics = _panel(records, flt, level, directed, G).nodes
        column = state.size_by if state.size_by in metrics.columns else "degree"
        metric = pd.to_numeric(metrics[column], errors="coerce").to_dict()
    if state.layout == "grouped":
        groups = _groups(records, flt, level, directed, G, state.color_by)
    grouping = "community" if state.color_by == "community" else "nest"
    extra = (directed, state.size_by if state.layout == "concentric" else None, grouping)
    return cached_layout(
        G,
        revision=data_key(records),
        filter_query=flt.to_query(),
        level=level,
        kind=state.layout,
        seed=state.seed,
        key_extra=extra,
        metric=metric,
        groups=groups,
    )


def _groups(records, flt, level, directed, G: nx.Graph, color_by: str) -> dict:
    """The grouped layout's nesting: by community when coloured so, else region >
    organisation > person (explorer_picture.nesting)."""
    if color_by == "community":
        communities = _panel(records, flt, level, directed, G).nodes["community"]
        return {n: (str(communities.get(n, "")),) for n in G}
    return nesting(records, G)


def _picture(records, flt, level, directed, state: ExplorerState):
    """(positions, size factor, actors) of the untimed view, circles apart and fitted.

    Why untimed: the time player reuses these positions (and the size factor) for every
    school year, so stepping through time never moves a node; ``actors`` is the node
    count the default diameter was scaled for.
    """
    base_flt = untimed(flt)
    key = (
        "picture", data_key(records), base_flt.to_query(), level, directed, state.layout,
        state.seed, state.size_by, state.color_by if state.layout == "grouped" else None,
    )  # fmt: skip

    def compute():
        G = graph_for(records, base_flt, level, directed)
        raw = _positions(records, base_flt, level, directed, state)
        metrics = _draw_metrics(records, base_flt, level, directed, G, state)
        sizes = raw_sizes(G, metrics, state.size_by, G.number_of_nodes())
        positions, factor = readable(raw, sizes, state.layout)
        return positions, factor, G.number_of_nodes()

    return _GRAPHS.get(key, compute)


def _tidy(records, level, directed, seed, W, base):
    key = ("tidy", data_key(records), level, directed, seed)
    return _GRAPHS.get(key, lambda: tidy_isolates(W, base))


def available_years(records: NetworkRecords) -> tuple[str, ...]:
    """School years with any dated tie, cached per revision (the slider's marks)."""
    return _YEARS.get(data_key(records), lambda: tuple(school_years(records)))


def details_index(records: NetworkRecords) -> DetailsIndex:
    """The details panels' lookups, built once per data revision."""
    return _INDEX.get(data_key(records), lambda: DetailsIndex.from_records(records))


def labels_of(records: NetworkRecords) -> Labels:
    return _LABELS.get(data_key(records), lambda: Labels.from_records(records))


def explorer_view(
    records: NetworkRecords, request: ExplorerRequest, viewer: object, language: str = "nl"
) -> ExplorerView:
    """The view for ``request`` (cached by data revision, view and language).

    Too large to draw at the requested level: the organisation level instead, saying
    so; still too large: no elements and a request to narrow the filter. A filter that
    names an unknown ego actor gives the empty view with its message, not an error.
    """
    del viewer  # no field is hidden yet; privacy rules will key off it here
    language = "en" if language == "en" else "nl"
    key = (data_key(records), request.view_key(), language)
    return _VIEWS.get(key, lambda: _build_view(records, request, language))


def _build_view(records: NetworkRecords, request: ExplorerRequest, language: str) -> ExplorerView:
    state, directed = request.state, request.directed
    labels = labels_of(records)
    try:
        flt = effective_filter(state)
        G = graph_for(records, flt, state.level, directed)
    except GraphError:
        flt = effective_filter(state).changed(ego=None)  # a stale or forged ego id
        G = graph_for(records, flt, state.level, directed)
    level, message = state.level, None
    if too_large(G) and level != FALLBACK_LEVEL:
        message = too_large_message(G, language)
        level = FALLBACK_LEVEL
        G = graph_for(records, flt, level, directed)
    strongest = strongest_ties(G, flt, BACKBONE_ELEMENTS) if too_large(G) else None
    if strongest is not None:
        flt = strongest
        G = graph_for(records, flt, level, directed)
        note = STRONGEST_TEXT[language].format(weight=number_text(flt.min_weight or 0, language))
        message = f"{message} {note}" if message else note
    names = {a.id: a.name for a in records.actors} if flt.ego is not None else None
    sentence = describe_result(G, flt, language=language, labels=labels, actor_names=names)
    years = available_years(records)
    if too_large(G):
        text = NARROW_TEXT[language].format(nodes=G.number_of_nodes(), edges=tie_count(G))
        return ExplorerView(
            request, level, flt, G, None, [], [], sentence, G.number_of_nodes(),
            tie_count(G), text, years, language,
        )  # fmt: skip
    metrics = _draw_metrics(records, flt, level, directed, G, state)
    if G.number_of_nodes() == 0:
        message = EMPTY_TEXT[language]
    picture, factor, actors = _picture(records, flt, level, directed, state)
    positions = reuse_positions(G, picture)
    sizes = drawn_sizes(raw_sizes(G, metrics, state.size_by, actors), factor)
    ekey = ElementsKey(
        revision=data_key(records),
        filter_query=flt.to_query() + ("&directed=1" if directed else ""),
        level=level,
        layout=state.layout,
        seed=state.seed,
        color_by=state.color_by,
        size_by=state.size_by,
        labels=state.labels,
        language=language,
    )
    regions = sorted({a.region for a in records.actors if a.region})
    elements = _ELEMENTS.get_or_build(
        ekey,
        lambda: build_elements(
            G,
            positions,
            metrics,
            color_by=state.color_by,
            size_by=state.size_by,
            language=language,
            labels=state.labels,
            codebook=labels,
            categories=regions,
            sizes=sizes,
        ),  # fmt: skip
    )
    entries = legend_entries(
        G, metrics, color_by=state.color_by, size_by=state.size_by, language=language,
        codebook=labels, categories=regions,
    )  # fmt: skip
    return ExplorerView(
        request=request,
        level=level,
        filter=flt,
        graph=G,
        metrics=metrics,
        elements=elements,
        legend=entries,
        sentence=sentence,
        nodes=G.number_of_nodes(),
        ties=tie_count(G),
        message=message,
        years=years,
        language=language,
    )
